from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="consultations",
        label=_("Consultations"),
        url_name="consultations_staff:list",
        permission="consultations.list",
        order=60,
        description=_(
            "Citizen consultations: who is taking part, results, paper questionnaires and "
            "participation codes."
        ),
    )
)
