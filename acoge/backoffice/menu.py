from django.utils.translation import gettext_lazy as _

from acoge.core.registries import MenuEntry, menu

menu.register(
    MenuEntry(
        key="backoffice.audit",
        label=_("Audit log"),
        url_name="backoffice:audit-list",
        permission="backoffice.view_audit",
        order=950,
        description=_("Who read or changed which sensitive record, and when."),
    )
)

menu.register(
    MenuEntry(
        key="backoffice.content_reviews",
        label=_("Content reviews"),
        url_name="backoffice:content-reviews",
        permission="backoffice.review_content",
        order=160,
        description=_(
            "Public pages, guides and documents past their review date or due soon, "
            "with who keeps each one."
        ),
    )
)
