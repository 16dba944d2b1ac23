"""The Unidad de Género's public page (/es|en|ht/genero/): the Unit and its objectives, what
the regional delegates do, and each regional directorate's gender contact — a role e-mail, or
"vacant". The same for every visitor, from the page cache; staff changes invalidate it."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from acoge.core.page_cache import STABLE, public_page

from ..services.delegates import roster


@public_page(STABLE)
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "gender_unit/public/home.html", {"roster": roster()})
