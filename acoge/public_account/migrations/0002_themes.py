"""The themes observations are classified by, at the start (staff edit them in the admin)."""

from django.db import migrations

THEMES = [
    ("tramites", {"es": "Trámites y residencia", "en": "Procedures and residence", "ht": "Demach ak rezidans"}),
    ("atencion", {"es": "Atención y oficinas", "en": "Service and offices", "ht": "Sèvis ak biwo"}),
    ("genero", {"es": "Género y derechos", "en": "Gender and rights", "ht": "Jan ak dwa"}),
    (
        "informacion",
        {"es": "Información y comunicación", "en": "Information and communication", "ht": "Enfòmasyon ak kominikasyon"},
    ),
    ("presupuesto", {"es": "Presupuesto y gestión", "en": "Budget and management", "ht": "Bidjè ak jesyon"}),
]


def load(apps, schema_editor):
    Theme = apps.get_model("public_account", "Theme")
    for order, (slug, names) in enumerate(THEMES, start=1):
        values = {"order": order, "name": names["es"]}
        values.update({f"name_{language}": name for language, name in names.items()})
        Theme.objects.update_or_create(slug=slug, defaults=values)


class Migration(migrations.Migration):
    dependencies = [("public_account", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
