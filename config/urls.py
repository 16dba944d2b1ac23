"""URLs: /es/ /en/ /ht/ public pages, /gestion/ staff, /api/ open data, /admin/ national admins."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from acoge.core import sitemaps
from acoge.core.page_cache import STABLE, public_page
from acoge.core.views.public import quick_exit

handler400 = "acoge.portal.views.errors.bad_request"
handler403 = "acoge.portal.views.errors.permission_denied"
handler404 = "acoge.portal.views.errors.page_not_found"
handler500 = "acoge.portal.views.errors.server_error"

urlpatterns = [
    path("salida/", csrf_exempt(quick_exit), name="quick-exit"),
    path(
        "sitemap.xml",
        public_page(STABLE)(sitemap),
        {"sitemaps": sitemaps.registered()},
        name="sitemap",
    ),
    path("gestion/", include("acoge.backoffice.urls")),
    path("gestion/", include("acoge.accounts.urls.backoffice")),
    path("gestion/", include("acoge.stats.urls")),
    path("gestion/", include("acoge.workshops.urls.backoffice")),
    path("gestion/", include("acoge.contact.urls.backoffice")),
    path("gestion/", include("acoge.api.urls.backoffice")),
    path("gestion/", include("acoge.rights.urls.backoffice")),
    path("gestion/", include("acoge.consultations.urls.backoffice")),
    path("gestion/", include("acoge.council.urls.backoffice")),
    path("gestion/", include("acoge.public_account.urls.backoffice")),
    path("gestion/", include("acoge.gender_unit.urls.backoffice")),
    path("api/", include("acoge.api.urls.public")),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", include("acoge.portal.urls.public")),
    path("", include("acoge.workshops.urls.public")),
    path("", include("acoge.contact.urls.public")),
    path("", include("acoge.rights.urls.public")),
    path("", include("acoge.permits.urls")),
    path("", include("acoge.information.urls.public")),
    path("", include("acoge.consultations.urls.public")),
    path("", include("acoge.council.urls.public")),
    path("", include("acoge.public_account.urls.public")),
    path("", include("acoge.gender_unit.urls.public")),
    prefix_default_language=True,
)
