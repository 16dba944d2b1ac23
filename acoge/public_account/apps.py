from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicAccountConfig(AppConfig):
    name = "acoge.public_account"
    label = "public_account"
    verbose_name = _("Participatory Public Account")

    def ready(self) -> None:
        from acoge.accounts.backends import register_editors
        from acoge.core import sitemaps
        from acoge.core.programmes import Programme
        from acoge.core.registries import PublicSection, public_sections

        from . import demo, menu, permissions, personal_data, retention, stats  # noqa: F401
        from .selectors import published

        register_editors(self.label, permissions.EDITORS)
        public_sections.register(
            PublicSection(
                key="public_account",
                title=_("Participatory Public Account"),
                summary=_(
                    "Every year the service accounts for its management: read it, ask your "
                    "questions, and see every answer."
                ),
                url_name="public_account:index",
                programme=Programme.ENGAGEMENT,
                order=20,
            )
        )
        sitemaps.register("public_account", sitemaps.Pages("public_account:index"))
        sitemaps.register("public_account.cycles", sitemaps.Records(published))
        retention.register_rules()
        personal_data.register_sources()
        stats.register_indicators()
