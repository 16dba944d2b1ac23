from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="content-reviews",
        label=_("Content reviews"),
        url_name="information_staff:reviews",
        permission="information.review_content",
        order=160,
        description=_(
            "Public pages, guides and documents past their review date or due soon, "
            "with who keeps each one."
        ),
    )
)
