from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="workshops",
        label=_("Workshops"),
        url_name="workshops_staff:list",
        permission="workshops.list",
        order=100,
        description=_(
            "Apoya Mujer Migrante workshops: programme, registrations, attendance and feedback."
        ),
    )
)
