from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="council.organisations",
        label=_("Registry of organisations"),
        url_name="council_staff:organisations",
        permission="council.organisations",
        order=70,
        description=_(
            "Organisations that apply to elect the COSOC: applications to review, renewals, "
            "the public registry."
        ),
    )
)
menu.register(
    MenuEntry(
        key="council.cosoc",
        label=_("COSOC"),
        url_name="council_staff:cosoc",
        permission="council.cosoc",
        order=71,
        description=_(
            "The Civil Society Council: attendance and quorum, minutes, agreements to follow, "
            "elections."
        ),
    )
)
