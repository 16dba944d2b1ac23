from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="stats.indicators",
        label=_("Indicators"),
        url_name="stats:indicators",
        permission="stats.view_indicators",
        order=900,
        description=_(
            "Figures for monitoring, by region, topic and more; counts under 5 are hidden."
        ),
    )
)
