"""Every change to the registry of organisations goes through these functions.

An organisation applies (`organisation_apply`: the application and a one-time code to the
representative's e-mail address); the code confirms the address (`code_confirm`) and signs her
in, and she uploads the supporting documents (`document_add`). Staff accept or turn down a
confirmed application with its documents (`organisation_accept`, `organisation_reject`, with a
reason she reads); an accepted registration lasts ACOGE_COUNCIL_REGISTRY_YEARS, may be renewed
from ACOGE_COUNCIL_RENEWAL_DAYS before it ends (`renewal_request`, reviewed the same way) and
lapses when it is not (`organisations_lapse`, every day). Every step is audit-logged.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from stdnum.cl import rut as cl_rut
from stdnum.exceptions import ValidationError as NumberError

from acoge.accounts.models import User
from acoge.core import one_time_codes, ratelimit, uploads
from acoge.core.audit import log_action, register_action
from acoge.core.crypto import blind_index
from acoge.core.models import Region
from acoge.core.page_cache import public_pages_changed

from ..errors import CouncilError
from ..models import Category, Document, LegalForm, Organisation, SignInCode
from ..notifications import send_decision

CODE_MINUTES = one_time_codes.CODE_MINUTES
PER_ADDRESS = ratelimit.Limit("council.code.address", 5)
MAX_DOCUMENTS = 10
REASON_LIMIT = 2000

register_action("council.organisation.applied", gettext_lazy("%(object)s applied to the registry"))
register_action("council.organisation.confirmed", gettext_lazy("%(object)s confirmed its e-mail"))
register_action("council.document.added", gettext_lazy("%(object)s uploaded a document"))
register_action("council.document.removed", gettext_lazy("%(object)s removed a document"))
register_action("council.organisation.renewal", gettext_lazy("%(object)s asked to renew"))
register_action("council.organisation.accepted", gettext_lazy("accepted %(object)s"))
register_action("council.organisation.rejected", gettext_lazy("turned down %(object)s"))
register_action(
    "council.organisation.lapsed", gettext_lazy("the registration of %(object)s lapsed")
)
register_action("council.organisation.read", gettext_lazy("read the application of %(object)s"))
register_action("council.code.sent", gettext_lazy("a sign-in code was sent to a representative"))


def email_index(email: str) -> str:
    return blind_index(email, purpose="council.email")


def clean_rut(value: str) -> str:
    """The organisation's RUT in compact form (digits and check digit), or CouncilError."""
    try:
        return cl_rut.validate(value or "")
    except NumberError as error:
        raise CouncilError(
            _("Enter the organisation's RUT as it appears on its papers, like 65.123.456-7")
        ) from error


def display_rut(value: str) -> str:
    return cl_rut.format(value) if value else ""


def live_with_rut(rut: str) -> QuerySet[Organisation]:
    return Organisation.objects.filter(rut=rut).exclude(status=Organisation.Status.REJECTED)


# She applies and signs in -------------------------------------------------------------------


def _send_code(email: str, language: str, now: datetime.datetime, *, known: bool) -> SignInCode:
    """A code for this address, counted per address whoever asks. For an address no
    organisation gave, nothing is sent and the pending code can never be right: the page she
    sees is the same, so the registry does not tell who represents whom."""
    pending = SignInCode(
        contact_kind=one_time_codes.ContactKind.EMAIL,
        contact=email,
        contact_index=email_index(email),
        language=language,
        created_at=now,
    )
    if known:
        one_time_codes.issue(pending, limit=PER_ADDRESS, now=now, error=CouncilError)
        log_action("council.code.sent", obj=pending)
    else:
        one_time_codes.count_sent(PER_ADDRESS, pending.contact_index, error=CouncilError)
        one_time_codes.new_code(pending, now)  # never sent
        pending.save()
    return pending


def _known(index: str) -> bool:
    return Organisation.objects.filter(email_index=index).exists()


@transaction.atomic
def organisation_apply(
    *,
    name: str,
    legal_form: str,
    rut: str,
    region: Region,
    category: Category,
    representative_name: str,
    email: str,
    representative_position: str = "",
    phone: str = "",
    description: str = "",
    language: str = "es",
    now: datetime.datetime | None = None,
) -> tuple[Organisation, SignInCode]:
    """Register the application and send a code to the representative's address."""
    now = now or timezone.now()
    rut = clean_rut(rut)
    if legal_form not in LegalForm.values:
        raise CouncilError(_("Choose the organisation's legal form."))
    if not category.active:
        raise CouncilError(_("Choose one of the categories listed."))
    if not (name.strip() and representative_name.strip() and email.strip()):
        raise CouncilError(_("Give the organisation's name, its representative and an e-mail."))
    if live_with_rut(rut).exists():
        raise CouncilError(
            _(
                "An organisation with this RUT is already in the registry or waiting for "
                "review. Its representative can sign in to see it."
            )
        )
    email = email.strip()
    organisation = Organisation(
        name=name.strip(),
        legal_form=legal_form,
        rut=rut,
        region=region,
        category=category,
        description=description.strip(),
        representative_name=representative_name.strip(),
        representative_position=representative_position.strip(),
        email=email,
        email_index=email_index(email),
        phone=phone,
        language=language,
        submitted_at=now,
    )
    organisation.full_clean(exclude=["email_index"])
    try:
        with transaction.atomic():
            organisation.save()
    except IntegrityError as error:  # the same RUT sent twice at once
        raise CouncilError(
            _("An organisation with this RUT is already in the registry or waiting for review.")
        ) from error
    log_action("council.organisation.applied", obj=organisation)
    return organisation, _send_code(email, language, now, known=True)


@transaction.atomic
def code_send(*, email: str, language: str = "es", now: datetime.datetime | None = None):
    """A sign-in code to a representative's address (sent only if an organisation gave it)."""
    now = now or timezone.now()
    email = email.strip()
    return _send_code(email, language, now, known=_known(email_index(email)))


@transaction.atomic
def code_resend(*, pending: SignInCode, now: datetime.datetime | None = None) -> None:
    now = now or timezone.now()
    if pending.confirmed_at is not None:
        raise CouncilError(_("This code was already used. Sign in again."))
    if _known(pending.contact_index):
        one_time_codes.issue(pending, limit=PER_ADDRESS, now=now, error=CouncilError)
    else:
        one_time_codes.count_sent(PER_ADDRESS, pending.contact_index, error=CouncilError)
        one_time_codes.new_code(pending, now)
        pending.save()


def code_confirm(*, pending: SignInCode, code: str, now: datetime.datetime | None = None) -> str:
    """Check the code typed: the address's blind index when right (its organisations' e-mail
    is then confirmed); WrongCode or CodeUnusable otherwise."""
    now = now or timezone.now()
    locked, right = one_time_codes.check(pending, code, now)
    if not right:
        one_time_codes.refuse(locked)
    with transaction.atomic():
        SignInCode.objects.filter(pk=locked.pk).update(contact="")
        for organisation in Organisation.objects.filter(
            email_index=locked.contact_index, email_confirmed_at__isnull=True
        ):
            organisation.email_confirmed_at = now
            organisation.save(update_fields=["email_confirmed_at", "updated_at"])
            log_action("council.organisation.confirmed", obj=organisation)
    return locked.contact_index


def represented(index: str) -> QuerySet[Organisation]:
    """The organisations whose representative signed in with this address."""
    return Organisation.objects.filter(email_index=index).select_related("region", "category")


# Her documents and renewal --------------------------------------------------------------------


def _editable(organisation: Organisation) -> None:
    under_review = organisation.status == Organisation.Status.APPLIED or (
        organisation.renewal_requested_at is not None
    )
    if not under_review:
        raise CouncilError(
            _("Documents can be added while an application or a renewal waits for review.")
        )


@transaction.atomic
def document_add(
    *, organisation: Organisation, kind: str, upload: File, now: datetime.datetime | None = None
) -> Document:
    _editable(organisation)
    if kind not in Document.Kind.values:
        raise CouncilError(_("Choose what kind of document it is."))
    if organisation.documents.count() >= MAX_DOCUMENTS:
        raise CouncilError(
            _("An application holds at most %(count)s documents. Remove one first.")
            % {"count": MAX_DOCUMENTS}
        )
    try:
        uploads.validate_document(upload)
    except ValidationError as error:
        raise CouncilError(error.messages[0]) from error
    document = Document.objects.create(
        organisation=organisation,
        kind=kind,
        file=upload,
        file_kind=uploads.kind_of(upload).key,
        filename=(upload.name or "documento").rsplit("/", 1)[-1][:200],
        size=upload.size or 0,
        uploaded_at=now or timezone.now(),
    )
    log_action("council.document.added", obj=organisation, data={"kind": kind})
    return document


@transaction.atomic
def document_remove(*, document: Document) -> None:
    organisation = document.organisation
    _editable(organisation)
    document.file.delete(save=False)
    document.delete()
    log_action("council.document.removed", obj=organisation, data={"kind": document.kind})


@transaction.atomic
def renewal_request(*, organisation: Organisation, now: datetime.datetime | None = None) -> None:
    now = now or timezone.now()
    if not organisation.can_renew(timezone.localdate(now)):
        raise CouncilError(
            _("The registration can be renewed from %(days)s days before it ends.")
            % {"days": settings.ACOGE_COUNCIL_RENEWAL_DAYS}
        )
    if organisation.status == Organisation.Status.LAPSED:
        organisation.status = Organisation.Status.APPLIED
        organisation.submitted_at = now
    else:
        organisation.renewal_requested_at = now
    organisation.reason = ""
    organisation.save()
    log_action("council.organisation.renewal", obj=organisation)


# Staff review ---------------------------------------------------------------------------------


def _reviewable(organisation: Organisation) -> None:
    if not Organisation.objects.to_review().filter(pk=organisation.pk).exists():
        raise CouncilError(_("This organisation has nothing waiting for review."))


@transaction.atomic
def organisation_accept(
    *, organisation: Organisation, actor: User, now: datetime.datetime | None = None
) -> Organisation:
    """Accept an application or a renewal: registered for ACOGE_COUNCIL_REGISTRY_YEARS more."""
    now = now or timezone.now()
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    _reviewable(organisation)
    if not organisation.documents.exists():
        raise CouncilError(_("The organisation has not uploaded its supporting documents yet."))
    today = timezone.localdate(now)
    start = today
    if organisation.renewal_requested_at and organisation.valid_until:
        start = max(today, organisation.valid_until)  # a renewal adds to the time left
    organisation.status = Organisation.Status.ACCEPTED
    organisation.accepted_on = organisation.accepted_on or today
    organisation.valid_until = _years_after(start, settings.ACOGE_COUNCIL_REGISTRY_YEARS)
    organisation.renewal_requested_at = None
    organisation.reviewed_at, organisation.reviewed_by, organisation.reason = now, actor, ""
    organisation.save()
    log_action("council.organisation.accepted", actor=actor, obj=organisation)
    send_decision(organisation)
    public_pages_changed()
    return organisation


@transaction.atomic
def organisation_reject(
    *, organisation: Organisation, actor: User, reason: str, now: datetime.datetime | None = None
) -> Organisation:
    """Turn down an application (or a renewal: the registration then runs to its end), with
    the reason she reads."""
    now = now or timezone.now()
    reason = (reason or "").strip()
    if not reason:
        raise CouncilError(_("Say why, so the organisation knows what to do."))
    if len(reason) > REASON_LIMIT:
        raise CouncilError(_("Write at most %(limit)s characters.") % {"limit": REASON_LIMIT})
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    _reviewable(organisation)
    if organisation.status == Organisation.Status.APPLIED:
        organisation.status = Organisation.Status.REJECTED
    organisation.renewal_requested_at = None
    organisation.reviewed_at, organisation.reviewed_by, organisation.reason = now, actor, reason
    organisation.save()
    log_action("council.organisation.rejected", actor=actor, obj=organisation)
    send_decision(organisation)
    return organisation


def _years_after(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def organisations_lapse(*, today: datetime.date | None = None) -> int:
    """Registrations past their end become lapsed; returns how many."""
    today = today or timezone.localdate()
    count = 0
    with transaction.atomic():
        for organisation in Organisation.objects.select_for_update().filter(
            status=Organisation.Status.ACCEPTED, valid_until__lt=today
        ):
            organisation.status = Organisation.Status.LAPSED
            organisation.renewal_requested_at = None
            organisation.save(update_fields=["status", "renewal_requested_at", "updated_at"])
            log_action("council.organisation.lapsed", obj=organisation)
            count += 1
    if count:
        public_pages_changed()
    return count


def erase_representative(queryset: QuerySet[Organisation], now: datetime.datetime) -> int:
    """Empty the representative's name and contact; the organisation's entry stays."""
    count = 0
    for organisation in queryset.filter(representative_erased_at__isnull=True):
        organisation.representative_name = ""
        organisation.email = ""
        organisation.email_index = None
        organisation.phone = ""
        organisation.representative_erased_at = now
        organisation.save()
        count += 1
    return count


def purge_codes(cutoff: datetime.datetime) -> int:
    return SignInCode.objects.filter(created_at__lt=cutoff).delete()[0]


__all__ = [
    "CODE_MINUTES",
    "MAX_DOCUMENTS",
    "PER_ADDRESS",
    "clean_rut",
    "code_confirm",
    "code_resend",
    "code_send",
    "display_rut",
    "document_add",
    "document_remove",
    "email_index",
    "erase_representative",
    "organisation_accept",
    "organisation_apply",
    "organisation_reject",
    "organisations_lapse",
    "purge_codes",
    "renewal_request",
    "represented",
]
