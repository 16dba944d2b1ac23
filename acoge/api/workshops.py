"""Open data and partner channels for the workshops: the upcoming list with seats left, and
registration (for example by a helpline's assistant) through the same service and rate limit."""

import datetime
from typing import Annotated

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.http import HttpRequest
from django.utils import timezone, translation
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import AfterValidator

from acoge.core.ratelimit import RateLimited, hit
from acoge.workshops import selectors, services
from acoge.workshops.models import Workshop

router = Router(tags=["workshops"])


class SessionOut(Schema):
    topic: str
    institution: str
    starts_at: datetime.datetime


class WorkshopOut(Schema):
    id: int
    title: str
    region: str
    region_cut_code: str
    commune: str
    modality: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    language: str
    childcare: bool
    interpretation: bool
    step_free_access: bool
    capacity: int
    seats_left: int
    waiting_list: bool
    registration_open: bool
    sessions: list[SessionOut]


def _workshop_out(workshop: Workshop) -> dict:
    return {
        "id": workshop.pk,
        "title": workshop.title,
        "region": workshop.region.name,
        "region_cut_code": workshop.region.cut_code,
        "commune": workshop.commune,
        "modality": workshop.modality,
        "starts_at": workshop.starts_at,
        "ends_at": workshop.ends_at,
        "language": workshop.language,
        "childcare": workshop.offers_childcare,
        "interpretation": workshop.offers_interpretation,
        "step_free_access": workshop.step_free_access,
        "capacity": workshop.capacity,
        "seats_left": workshop.seats_left,
        "waiting_list": workshop.waitlist_enabled,
        "registration_open": workshop.registration_open(),
        "sessions": [
            {"topic": s.topic, "institution": s.institution.short_name, "starts_at": s.starts_at}
            for s in workshop.sessions.all()
        ],
    }


@router.get("/talleres", response=list[WorkshopOut])
def list_workshops(request: HttpRequest, region: str = "", topic: str = "", lang: str = "es"):
    """Upcoming published workshops, soonest first; `region` is a CUT code, `lang` es, en or ht."""
    from acoge.core.models import Region

    region_id = Region.objects.filter(cut_code=region).values_list("id", flat=True).first()
    with translation.override(lang if lang in {"es", "en", "ht"} else "es"):
        return [
            _workshop_out(w) for w in selectors.upcoming_workshops(region_id=region_id, topic=topic)
        ]


def _no_null_characters(value: str) -> str:
    if "\x00" in value:
        raise ValueError("null characters are not allowed")
    return value


# Text a partner sends: never a NUL character (PostgreSQL refuses it; the web forms do too).
Text = Annotated[str, AfterValidator(_no_null_characters)]


class RegistrationIn(Schema):
    name: Text
    email: Text = ""
    phone: Text = ""
    channel: Text  # email, sms or whatsapp
    messages_safe: bool = False
    language: Text = "es"
    children_ages: list[int] = []
    interpreter_language: Text = ""
    accessibility_needs: Text = ""


class RegistrationOut(Schema):
    reference: str | None  # None when the contact was already registered: codes are private
    status: str | None
    created: bool


@router.post(
    "/talleres/{workshop_id}/inscripciones", response={201: RegistrationOut, 200: RegistrationOut}
)
def register(request: HttpRequest, workshop_id: int, payload: RegistrationIn):
    """Register a person. Same rules as the web form: one active registration per contact,
    waiting list when full; never any question about immigration status or ID."""
    try:
        hit(request, "workshops.register", limit=20, window=3600)
    except RateLimited as exc:
        raise HttpError(429, "Too many registrations from this address; try again later.") from exc
    # Only the id: the service locks the row, and a missing or draft workshop is a 404 there,
    # so a registration costs no extra query before the lock.
    workshop = Workshop.by_id(workshop_id)
    phone = ""
    if payload.phone:
        try:
            number = phonenumbers.parse(payload.phone, "CL")
        except phonenumbers.NumberParseException as exc:
            raise HttpError(422, "phone: not a valid phone number") from exc
        if not phonenumbers.is_valid_number(number):
            raise HttpError(422, "phone: not a valid phone number")
        phone = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    email = payload.email.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError as exc:
            raise HttpError(422, "email: not a valid e-mail address") from exc
    try:
        result = services.registration_create(
            workshop=workshop,
            name=payload.name.strip()[:120],
            email=email,
            phone=phone,
            channel=payload.channel,
            messages_safe=payload.messages_safe,
            language=payload.language if payload.language in {"es", "en", "ht"} else "es",
            children_ages=payload.children_ages,
            interpreter_language=payload.interpreter_language[:40],
            accessibility_needs=payload.accessibility_needs[:500],
            now=timezone.now(),
        )
    except services.WorkshopNotFound as exc:
        raise HttpError(404, "Not Found") from exc
    except services.InvalidRegistration as exc:
        raise HttpError(422, f"{exc.field}: {exc.message}") from exc
    except services.RegistrationError as exc:
        raise HttpError(409, str(exc.message)) from exc
    except ValidationError as exc:
        problems = "; ".join(f"{field}: {errors[0]}" for field, errors in exc.message_dict.items())
        raise HttpError(422, problems) from exc
    return Status(
        201 if result.created else 200,
        {
            "reference": result.registration.reference if result.created else None,
            # Whether a known contact is confirmed or waiting is hers to tell, not the API's.
            "status": result.registration.status if result.created else None,
            "created": result.created,
        },
    )
