from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Pages linked as sections of their programme's landing page (not listed again below it).
SECTION_PAGES = ("apoya-mujer-migrante", "participacion-ciudadana", "marco-legal")


class InformationConfig(AppConfig):
    name = "acoge.information"
    label = "information"
    verbose_name = _("Relevant information")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.core import reviews, search, sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, selectors  # noqa: F401
        from . import search as found
        from .models import Document, Initiative, LegalText, News, Page, Section
        from .permissions import EDITORS

        register_editors(self.label, EDITORS)
        public_sections.register(
            PublicSection(
                key="women-about",
                title=_("About the programme and the Gender Unit"),
                summary=_(
                    "What Apoya Mujer Migrante offers, and the service's Gender Unit with a "
                    "gender delegate in every region."
                ),
                url_name="information:page",
                url_kwargs={"slug": "apoya-mujer-migrante"},
                available=lambda: selectors.page_exists("apoya-mujer-migrante"),
                programme=Programme.WOMEN,
                order=5,
                landing="information/public/_landing.html",
                landing_context=lambda request: {
                    "pages": selectors.pages(Section.WOMEN).exclude(slug__in=SECTION_PAGES)
                },
            )
        )
        public_sections.register(
            PublicSection(
                key="relevant-information",
                title=_("Relevant information"),
                summary=_(
                    "The service's policies, plans, programmes and budgets, its news and documents."
                ),
                url_name="information:index",
                programme=Programme.ENGAGEMENT,
                order=10,
                landing="information/public/_landing.html",
                landing_context=lambda request: {
                    "pages": selectors.pages(Section.ENGAGEMENT).exclude(slug__in=SECTION_PAGES),
                    "index": True,
                },
            )
        )
        for order, slug, title, summary in (
            (
                20,
                "participacion-ciudadana",
                _("Citizen participation"),
                _("The four ways Law 20.500 gives you to take part, and how SERMIG runs them."),
            ),
            (
                30,
                "marco-legal",
                _("Legal framework"),
                _("The laws and decrees the service works under, with their official texts."),
            ),
        ):
            public_sections.register(
                PublicSection(
                    key=f"page-{slug}",
                    title=title,
                    summary=summary,
                    url_name="information:page",
                    url_kwargs={"slug": slug},
                    available=lambda slug=slug: selectors.page_exists(slug),
                    programme=Programme.ENGAGEMENT,
                    order=order,
                )
            )
        for key, label, model in (
            ("information.page", _("Page"), Page),
            ("information.news", _("News"), News),
            ("information.document", _("Document"), Document),
            ("information.initiative", _("Policy, plan, programme or action"), Initiative),
            ("information.legaltext", _("Legal framework"), LegalText),
        ):
            reviews.register(
                reviews.ReviewedSource(key, label, lambda model=model: model.objects.all())
            )
        for key, label, documents in (
            ("information.pages", _("Page"), found.pages),
            ("information.news", _("News"), found.news),
            ("information.documents", _("Document"), found.documents),
            ("information.initiatives", _("Policy, plan, programme or action"), found.initiatives),
        ):
            search.register(search.SearchSource(key, label, documents))
        sitemaps.register(
            "information",
            sitemaps.Pages(
                "information:index",
                "information:budgets",
                "information:news",
                "information:documents",
            ),
        )
        sitemaps.register("information.pages", sitemaps.Records(selectors.pages))
        sitemaps.register("information.news", sitemaps.Records(selectors.news))
        sitemaps.register("information.documents", sitemaps.Records(selectors.documents))
        sitemaps.register("information.initiatives", sitemaps.Records(selectors.initiatives))
