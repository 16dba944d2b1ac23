from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="contact",
        label=_("Contact requests"),
        url_name="contact_staff:inbox",
        permission="contact.list",
        order=110,
        description=_(
            "Women who asked to be contacted: safe-contact preferences, attempts, referrals."
        ),
    )
)
