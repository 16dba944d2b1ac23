from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="backoffice.audit",
        label=_("Audit log"),
        url_name="backoffice:audit-list",
        permission="backoffice.view_audit",
        order=950,
        description=_("Who read or changed which sensitive record, and when."),
    )
)
