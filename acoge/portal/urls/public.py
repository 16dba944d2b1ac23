from django.urls import path

from acoge.core.programmes import Programme

from ..views import pages

app_name = "portal"

urlpatterns = [
    path("", pages.home, name="home"),
    # Spanish paths in every language: they appear in messages already sent.
    path("mujer-migrante/", pages.programme, {"programme": Programme.WOMEN}, name="women"),
    path("participacion/", pages.programme, {"programme": Programme.ENGAGEMENT}, name="engagement"),
    path("buscar/", pages.search, name="search"),
    path("privacidad/", pages.privacy, name="privacy"),
    path("accesibilidad/", pages.accessibility, name="accessibility"),
    path("navegar-seguro/", pages.safe_browsing, name="safe-browsing"),
]
