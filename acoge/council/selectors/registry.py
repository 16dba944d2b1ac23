"""Reads of the registry that encode policy: the public list (accepted organisations only,
never a representative), the staff tabs, a representative's own organisations."""

from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from ..models import Organisation

TO_REVIEW = "revisar"
TABS = {
    TO_REVIEW: _("To review"),
    "aceptadas": _("Accepted"),
    "sin-confirmar": _("E-mail not confirmed"),
    "no-aceptadas": _("Not accepted"),
    "vencidas": _("Lapsed"),
    "todas": _("All"),
}
DEFAULT_TAB = TO_REVIEW
Status = Organisation.Status


def public_list(*, region: str = "", category: str = "") -> QuerySet[Organisation]:
    organisations = Organisation.objects.accepted().select_related("region", "category")
    if region:
        organisations = organisations.filter(region__cut_code=region)
    if category:
        organisations = organisations.filter(category__slug=category)
    return organisations.only(
        "name", "legal_form", "description", "accepted_on", "valid_until", "region", "category"
    ).order_by("name", "id")


def for_staff(tab: str = DEFAULT_TAB, search: str = "") -> QuerySet[Organisation]:
    organisations = Organisation.objects.select_related("region", "category").annotate(
        document_count=Count("documents")
    )
    organisations = {
        TO_REVIEW: organisations.to_review(),
        "aceptadas": organisations.filter(status=Status.ACCEPTED),
        "sin-confirmar": organisations.filter(
            status=Status.APPLIED, email_confirmed_at__isnull=True
        ),
        "no-aceptadas": organisations.filter(status=Status.REJECTED),
        "vencidas": organisations.filter(status=Status.LAPSED),
    }.get(tab, organisations)
    if search := search.strip():
        digits = "".join(ch for ch in search if ch.isalnum()).upper()
        organisations = organisations.filter(
            Q(name__icontains=search) | (Q(rut__startswith=digits) if digits else Q(pk=None))
        )
    if tab == TO_REVIEW:
        return organisations.order_by("submitted_at", "id")
    return organisations.order_by("name", "id")


def to_review_count() -> int:
    return Organisation.objects.to_review().count()
