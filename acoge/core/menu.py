from django.utils.translation import gettext_lazy as _

from .registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="core.audit",
        label=_("Audit log"),
        url_name="core:audit-list",
        permission="core.view_audit",
        order=950,
        description=_("Who read or changed which sensitive record, and when."),
    )
)

menu.register(
    MenuEntry(
        key="core.indicators",
        label=_("Indicators"),
        url_name="core:indicators",
        permission="core.view_indicators",
        order=900,
        description=_(
            "Figures for monitoring, by region, topic and more; counts under 5 are hidden."
        ),
    )
)
