"""The foreign-resident population figures of ../shared/domain/facts.md §6, to compare
consultation participants with: the INE–SERMIG estimate of 31 December 2023 (by nationality;
compared with) and the 2024 census (by country of birth; not comparable with the estimate).
Shares are computed from the counts the sources give. Staff keep them in the admin."""

import datetime

from django.db import migrations

ESTIMATE_TOTAL = 1_918_583
ESTIMATE = {
    "gender_identity": {"woman": 939_012, "man": 979_571},
    "age_band": {"u18": 302_306},
    "nationality_group": {
        "VE": 728_586, "PE": 260_785, "CO": 209_946, "HT": 188_131, "BO": 180_266, "AR": 83_265,
    },
}  # fmt: skip
CENSUS_TOTAL = 1_608_650
CENSUS = {
    "nationality_group": {
        "VE": 669_408, "PE": 233_432, "CO": 197_813, "BO": 168_083, "HT": 80_781, "AR": 70_266,
    },
}  # fmt: skip
REVIEWED = datetime.date(2026, 12, 4)


def load(apps, schema_editor):
    Source = apps.get_model("stats", "PopulationSource")
    Figure = apps.get_model("stats", "PopulationFigure")
    estimate = Source.objects.create(
        title="Estimación de personas extranjeras residentes en Chile (INE–SERMIG)",
        url="https://pauta.cl/actualidad/2025/01/02/cifras-del-ine-dan-cuenta-que-un-10-de-la-poblacion-del-pais-son-inmigrantes.html",
        year=2023,
        note="Por nacionalidad, al 31 de diciembre de 2023; cifras citadas por la prensa: confirmar con el INE.",
        used_for_comparison=True,
        last_reviewed=REVIEWED,
        review_by=REVIEWED + datetime.timedelta(days=365),
    )
    for dimension, counts in ESTIMATE.items():
        for category, count in counts.items():
            Figure.objects.create(
                source=estimate,
                dimension=dimension,
                category=category,
                share=round(100 * count / ESTIMATE_TOTAL, 2),
            )
    Figure.objects.create(source=estimate, dimension="region", category="13", share="56.80")
    census = Source.objects.create(
        title="Censo de Población y Vivienda 2024: personas nacidas en el extranjero",
        url="https://www.duna.cl/noticias/2025/04/30/nuevos-datos-del-censo-2024-inmigrantes-en-chile-son-el-88-de-la-poblacion-nacional",
        year=2024,
        note="Por país de nacimiento: no comparable con la estimación por nacionalidad.",
        last_reviewed=REVIEWED,
        review_by=REVIEWED + datetime.timedelta(days=365),
    )
    for dimension, counts in CENSUS.items():
        for category, count in counts.items():
            Figure.objects.create(
                source=census,
                dimension=dimension,
                category=category,
                share=round(100 * count / CENSUS_TOTAL, 2),
            )


def unload(apps, schema_editor):
    apps.get_model("stats", "PopulationSource").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("stats", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
