from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="api.keys",
        label=_("API keys"),
        url_name="api_staff:key-list",
        permission="api.manage_keys",
        order=910,
        description=_("Keys for partners that register people through the API."),
    )
)
