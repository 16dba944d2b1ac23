"""The registry's categories at the start (staff edit them in the admin afterwards)."""

from django.db import migrations

CATEGORIES = [
    (
        "migrantes",
        {
            "es": "Organizaciones de personas migrantes",
            "en": "Migrant organisations",
            "ht": "Òganizasyon moun ki migre",
        },
        {
            "es": "Formadas y dirigidas por personas migrantes.",
            "en": "Formed and led by migrants.",
            "ht": "Se moun ki migre ki fòme yo e ki dirije yo.",
        },
    ),
    (
        "ong",
        {
            "es": "ONG pro migrantes",
            "en": "Pro-migrant NGOs",
            "ht": "ONG ki travay pou moun ki migre",
        },
        {
            "es": "Organizaciones que trabajan con y por las personas migrantes.",
            "en": "Organisations that work with and for migrants.",
            "ht": "Òganizasyon ki travay avèk moun ki migre e pou yo.",
        },
    ),
    (
        "academia",
        {"es": "Academia", "en": "Academia", "ht": "Inivèsite ak rechèch"},
        {
            "es": "Universidades y centros de estudio sin fines de lucro.",
            "en": "Non-profit universities and research centres.",
            "ht": "Inivèsite ak sant rechèch ki pa fè pwofi.",
        },
    ),
    (
        "otras",
        {"es": "Otras organizaciones", "en": "Other organisations", "ht": "Lòt òganizasyon"},
        {
            "es": "Otras organizaciones de la sociedad civil sin fines de lucro.",
            "en": "Other non-profit civil-society organisations.",
            "ht": "Lòt òganizasyon sosyete sivil ki pa fè pwofi.",
        },
    ),
]


def load(apps, schema_editor):
    Category = apps.get_model("council", "Category")
    for order, (slug, names, descriptions) in enumerate(CATEGORIES, start=1):
        values = {"order": order, "name": names["es"], "description": descriptions["es"]}
        for language in ("es", "en", "ht"):
            values[f"name_{language}"] = names[language]
            values[f"description_{language}"] = descriptions[language]
        Category.objects.update_or_create(slug=slug, defaults=values)


class Migration(migrations.Migration):
    dependencies = [("council", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
