"""Reference data: regions and partner institutions."""

from typing import Literal

from django.http import HttpRequest
from django.utils import translation
from ninja import Router, Schema
from ninja.decorators import decorate_view

from acoge.core.models import Institution, Region
from acoge.core.page_cache import STABLE, public_page

from .errors import Error

router = Router(tags=["reference"])


class RegionOut(Schema):
    name: str
    cut_code: str
    legacy_numeral: str
    order: int


class InstitutionOut(Schema):
    short_name: str
    name: str
    website: str


@router.get("/regiones", response=list[RegionOut])
@decorate_view(public_page(STABLE))
def list_regions(request: HttpRequest):
    """Chile's 16 regions, in official order, with their CUT codes."""
    return list(Region.objects.all())


@router.get("/instituciones", response={200: list[InstitutionOut], 422: Error})
@decorate_view(public_page(STABLE))
def list_institutions(request: HttpRequest, lang: Literal["es", "en", "ht"] = "es"):
    """Partner institutions; `lang` chooses the language of the names (es, en, ht)."""
    with translation.override(lang):
        return [
            {"short_name": i.short_name, "name": i.name, "website": i.website}
            for i in Institution.objects.all()
        ]
