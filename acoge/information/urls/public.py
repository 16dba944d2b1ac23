"""Public pages of relevant information, under /es|en|ht/informacion/. The paths are Spanish in
every language and people share them: keep them."""

from django.urls import path, register_converter

from ..models import KIND_PATHS
from ..views import public as views

app_name = "information"


class KindConverter:
    """The address of a kind of initiative: politicas, planes, programas, acciones."""

    regex = "|".join(KIND_PATHS.values())

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(KindConverter, "initiative_kind")

urlpatterns = [
    path("informacion/", views.index, name="index"),
    path("informacion/presupuestos/", views.budgets, name="budgets"),
    path("informacion/presupuestos.csv", views.budgets_csv, name="budgets-csv"),
    path("informacion/noticias/", views.news_list, name="news"),
    path("informacion/noticias/feed/", views.news_feed, name="news-feed"),
    path("informacion/noticias/<slug:slug>/", views.news_detail, name="news-detail"),
    path("informacion/documentos/", views.documents, name="documents"),
    path("informacion/documentos/<slug:slug>/", views.document, name="document"),
    path("informacion/documentos/<slug:slug>/archivo/", views.document_file, name="document-file"),
    path("informacion/<initiative_kind:kind>/<slug:slug>/", views.initiative, name="initiative"),
    path(
        "informacion/<initiative_kind:kind>/<slug:slug>/presupuesto.csv",
        views.initiative_csv,
        name="initiative-csv",
    ),
    path("informacion/<slug:slug>/", views.page, name="page"),
]
