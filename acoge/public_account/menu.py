from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="public_account",
        label=_("Public account"),
        url_name="public_account_staff:cycles",
        permission="public_account.list",
        order=72,
        description=_(
            "The Participatory Public Account: questions and observations to answer by their "
            "due date, what is late, the answers document."
        ),
    )
)
