from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PermitsConfig(AppConfig):
    name = "acoge.permits"
    label = "permits"
    verbose_name = _("Humanitarian residence guide")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.accounts.models import Role
        from acoge.core import reviews, search, sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo  # noqa: F401
        from .models import Case
        from .search import cases
        from .selectors import published_cases

        # The Gender Unit keeps the guide with the national administrators.
        register_editors(self.label, [Role.GENDER_UNIT])
        reviews.register(
            reviews.ReviewedSource(
                "permits.case", _("Humanitarian residence case"), Case.objects.all
            )
        )
        search.register(search.SearchSource("permits.cases", _("Humanitarian residence"), cases))
        sitemaps.register("permits", sitemaps.Pages("permits:guide", "permits:checker"))
        sitemaps.register("permits.cases", sitemaps.Records(published_cases))

        public_sections.register(
            PublicSection(
                key="humanitarian-residence",
                title=_("Humanitarian residence"),
                summary=_(
                    "The temporary residence permit for humanitarian reasons: who it is for, "
                    "what you need, and a checker of what may apply to you."
                ),
                url_name="permits:guide",
                programme=Programme.WOMEN,
                order=30,
                landing="permits/public/_landing.html",
            )
        )
