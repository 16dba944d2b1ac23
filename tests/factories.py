"""Factories registered once in conftest.py, and builders of the records tests need most: a
workshop, a session, a registration, a contact request (the last two through their services,
so they hold what real ones hold)."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from acoge.accounts.models import Role, StaffRole, User
from acoge.contact import services as contact_services
from acoge.contact.models import ContactRequest
from acoge.core.models import AuditEntry, Institution, Region
from acoge.core.scoping import scopes_disabled
from acoge.core.tokens import new_reference
from acoge.council import services as council_services
from acoge.council.models import Category, Document, Organisation
from acoge.rights import services as rights_services
from acoge.rights.models import RightsRequest
from acoge.workshops import services as workshop_services
from acoge.workshops.models import Modality, Session, Workshop
from acoge.workshops.services import RegistrationResult


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    first_name = "Test"
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.invalid")
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class StaffRoleFactory(DjangoModelFactory):
    class Meta:
        model = StaffRole
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    role = Role.REGIONAL_STAFF
    all_regions = False

    @factory.post_generation
    def regions(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.regions.set(extracted)


class AuditEntryFactory(DjangoModelFactory):
    class Meta:
        model = AuditEntry

    action = "test.thing.done"


# Workshops and contact requests -------------------------------------------------------------


class WorkshopFactory(DjangoModelFactory):
    """A published in-person workshop a week from now, in Estación Central (region 13):
    `WorkshopFactory(cut="02", capacity=20, title=...)`."""

    class Meta:
        model = Workshop

    class Params:
        cut = "13"
        days_ahead = 7

    title = "Derechos laborales"
    region = factory.LazyAttribute(lambda o: Region.objects.get(cut_code=o.cut))
    commune = "Estación Central"
    modality = Modality.IN_PERSON
    starts_at = factory.LazyAttribute(
        lambda o: timezone.now() + datetime.timedelta(days=o.days_ahead)
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=3))
    capacity = 10
    status = Workshop.Status.PUBLISHED

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with scopes_disabled():
            return super()._create(model_class, *args, **kwargs)


def session_of(workshop: Workshop, topic: str, short_name: str, **fields) -> Session:
    """A session of the workshop's programme given by the institution `short_name`."""
    values = {
        "starts_at": workshop.starts_at,
        "ends_at": workshop.starts_at + datetime.timedelta(hours=1),
        **fields,
    }
    return Session.objects.create(
        workshop=workshop,
        topic=topic,
        institution=Institution.objects.get(short_name=short_name),
        **values,
    )


def registration(workshop: Workshop, n: int = 1, **fields) -> RegistrationResult:
    """Person number `n` registers through the service, by phone (each n its own number)."""
    values = {
        "name": f"Persona {n}",
        "phone": f"+5696123{n:04d}",
        "channel": "whatsapp",
        "messages_safe": False,
        **fields,
    }
    return workshop_services.registration_create(workshop=workshop, **values)


SAFE_CALLS = {
    "methods": ["call", "whatsapp"],
    "call": "yes",
    "voicemail": "no",
    "write": "yes",
    "days": [0, 1, 2, 3, 4],
    "times": ["morning", "afternoon"],
    "say": "",
    "avoid": "",
}


def contact_request(cut: str | None = "08", **fields) -> ContactRequest:
    """A web request to the contact point in the region `cut` (None: no region given), through
    the service."""
    values = {
        "topic": "work",
        "region": Region.objects.get(cut_code=cut) if cut else None,
        "preferences": SAFE_CALLS,
        "language": "es",
        "name": "Rosa",
        "phone": "+56961110008",
        **fields,
    }
    return contact_services.request_create(**values).request


# A reason for attempts at whatever time the test runs: the service keeps it only when the time
# (or the way) is outside what she chose, and refuses such an attempt without one.
ANY_TIME_REASON = "Only time the team could call."


def attempt(**fields):
    """Staff record a contact attempt through the service, giving a reason in case the wall
    clock falls outside her safe windows."""
    return contact_services.attempt_record(**{"reason": ANY_TIME_REASON, **fields})


def rights_request(
    right: str = "rectification", contact: str = "rosa.m@example.org", **fields
) -> RightsRequest:
    """A data-protection request staff answer, received now from the e-mail `contact`, as the
    code page leaves it (its contact encrypted, next to its blind index)."""
    now = timezone.now()
    values = {
        "reference": new_reference(),
        "right": right,
        "received_at": now,
        "due_on": rights_services.due_date(now),
        "contact_kind": "email",
        "contact": contact,
        "contact_index": rights_services.contact_index(contact),
        "message": "Mi apellido se escribe Pérez, con tilde.",
        **fields,
    }
    return RightsRequest.objects.create(**values)


PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
# Valid organisation RUTs (check digit right), for tests that need several.
RUTS = ["650000013", "650000021", "65000003K", "650000048", "650000056", "650000064"]


def organisation(
    status: str = "applied",
    *,
    rut: str = RUTS[0],
    email: str = "directiva@fundacion.example.org",
    documents: int = 1,
    **fields,
) -> Organisation:
    """An organisation of the registry as the flow leaves it: applied, its e-mail confirmed,
    `documents` supporting PDFs uploaded; accepted (for two years from today) when asked."""
    from django.core.files.base import ContentFile

    now = timezone.now()
    values = {
        "name": "Fundación Puentes",
        "legal_form": "foundation",
        "rut": rut,
        "region": Region.objects.get(cut_code="13"),
        # get_or_create: a test that commits starts from tables its data migration no longer fills
        "category": Category.objects.get_or_create(slug="ong", defaults={"name": "ONG"})[0],
        "representative_name": "Rosa Joseph",
        "email": email,
        "email_index": council_services.email_index(email),
        "email_confirmed_at": now,
        "status": status,
        "submitted_at": now,
        **fields,
    }
    if status == "accepted":
        today = timezone.localdate()
        values.setdefault("accepted_on", today)
        values.setdefault("valid_until", today.replace(year=today.year + 2))
    created = Organisation.objects.create(**values)
    for number in range(documents):
        Document.objects.create(
            organisation=created,
            kind="validity",
            file=ContentFile(PDF_BYTES, name=f"vigencia{number}.pdf"),
            file_kind="pdf",
            filename=f"vigencia{number}.pdf",
            size=len(PDF_BYTES),
        )
    return created
