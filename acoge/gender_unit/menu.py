from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="gender_unit",
        label=_("Unidad de Género"),
        url_name="gender_staff:home",
        permission="gender_unit.enter",
        order=80,
        description=_(
            "Regional delegates, the Roundtable on Gender, work plans, measures, the Regional "
            "Gender Agenda and the dashboard across the service."
        ),
    )
)
menu.register(
    MenuEntry(
        key="gender_unit.karin",
        label=_("Ley Karin channel"),
        url_name="gender_staff:karin",
        permission="karin.report",
        order=81,
        description=_(
            "Report workplace harassment, sexual harassment or violence at work, and follow "
            "what you reported. Only the designated receivers read it."
        ),
    )
)
