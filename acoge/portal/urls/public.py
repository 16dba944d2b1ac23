from django.urls import path

from ..views import pages

app_name = "portal"

urlpatterns = [
    path("", pages.home, name="home"),
    path("privacidad/", pages.privacy, name="privacy"),
    path("accesibilidad/", pages.accessibility, name="accessibility"),
    path("navegar-seguro/", pages.safe_browsing, name="safe-browsing"),
]
