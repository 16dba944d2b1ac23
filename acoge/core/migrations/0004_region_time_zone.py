"""Each region's time zone: Magallanes keeps America/Punta_Arenas and Aysén America/Coyhaique
(both UTC−3 all year); every other region America/Santiago. Only this field: staff may have
edited the rest of the reference data since it was loaded."""

from django.db import migrations, models

import acoge.core.zones

ZONES = {"11": "America/Coyhaique", "12": "America/Punta_Arenas"}


def set_zones(apps, schema_editor) -> None:
    Region = apps.get_model("core", "Region")
    for cut, zone in ZONES.items():
        Region.objects.filter(cut_code=cut).update(time_zone=zone)


class Migration(migrations.Migration):
    dependencies = [("core", "0003_nuble_iso_code")]
    operations = [
        migrations.AddField(
            model_name="region",
            name="time_zone",
            field=models.CharField(
                default="America/Santiago",
                help_text="As in the tz database: America/Santiago, America/Punta_Arenas…",
                max_length=40,
                validators=[acoge.core.zones.validate_zone],
                verbose_name="time zone",
            ),
        ),
        migrations.RunPython(set_zones, migrations.RunPython.noop),
    ]
