from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="accounts.staff",
        label=_("Staff and roles"),
        url_name="accounts:staff-list",
        permission="accounts.manage_staff",
        order=900,
        description=_("Staff accounts, their roles and regions, second factors."),
    )
)
