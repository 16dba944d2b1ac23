"""Loads the reference data of acoge/core/reference_data.py (regions, institutions, helplines)."""

from django.db import migrations

from acoge.core.reference_data import load


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
