from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="rights",
        label=_("Data-protection requests"),
        url_name="rights_staff:list",
        permission="rights.list",
        order=150,
        description=_(
            "Requests to see, correct, delete, stop or pause the use of personal data "
            "(Law 21.719), with their legal due dates."
        ),
    )
)
