"""Ñuble's ISO 3166-2 code, CL-NB (the code the `holidays` package knows its holidays by), so
its regional holiday counts for deadlines there. Only this field: staff may have edited the rest
of the reference data since it was loaded."""

from django.db import migrations


def set_code(apps, schema_editor) -> None:
    apps.get_model("core", "Region").objects.filter(cut_code="16", iso_code="").update(
        iso_code="CL-NB"
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0002_reference_data")]
    operations = [migrations.RunPython(set_code, migrations.RunPython.noop)]
