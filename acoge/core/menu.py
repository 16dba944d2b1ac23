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
