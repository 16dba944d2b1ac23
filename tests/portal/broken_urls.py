"""The real URLconf plus one page that fails, to see the 500 handler at work."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from config.urls import handler400, handler403, handler404, handler500, urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [*urlpatterns, *i18n_patterns(path("roto/", broken))]
