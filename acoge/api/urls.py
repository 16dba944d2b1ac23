"""The read-only open data API (django-ninja, OpenAPI at /api/docs). Apps add routers here."""

from django.utils import translation
from ninja import NinjaAPI, Schema

from acoge.core.models import Institution, Region

from .workshops import router as workshops_router

api = NinjaAPI(
    title="Acoge open data",
    version="1",
    description="Open data of SERMIG's Acoge platform. Read-only unless stated; no personal data.",
    docs_url="/docs",
)


api.add_router("/", workshops_router)


class RegionOut(Schema):
    name: str
    cut_code: str
    legacy_numeral: str
    order: int


class InstitutionOut(Schema):
    short_name: str
    name: str
    website: str


@api.get("/regiones", response=list[RegionOut], tags=["reference"])
def list_regions(request):
    """Chile's 16 regions, in official order, with their CUT codes."""
    return list(Region.objects.all())


@api.get("/instituciones", response=list[InstitutionOut], tags=["reference"])
def list_institutions(request, lang: str = "es"):
    """Partner institutions; `lang` chooses the language of the names (es, en, ht)."""
    with translation.override(lang if lang in {"es", "en", "ht"} else "es"):
        return [
            {"short_name": i.short_name, "name": i.name, "website": i.website}
            for i in Institution.objects.all()
        ]
