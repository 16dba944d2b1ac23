"""1455 (SernamEG's guidance on violence against women) is named in the "if you are in danger
now" boxes too, beside 133 and 149. Only this flag of this line: staff may have edited the rest."""

from django.db import migrations


def name_1455(apps, schema_editor) -> None:
    apps.get_model("core", "Helpline").objects.filter(number="1455").update(emergency=True)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_region_time_zone")]
    operations = [migrations.RunPython(name_1455, migrations.RunPython.noop)]
