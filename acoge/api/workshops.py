"""Open data and partner channels for the workshops: the upcoming list with seats left, and
registration (for example by a helpline's assistant) through the same service as the web form."""

import datetime
from typing import Annotated, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema, Status
from ninja.decorators import decorate_view
from pydantic import ConfigDict, Field

from acoge.core.page_cache import SEATS, public_page
from acoge.core.ratelimit import HOUR
from acoge.core.reference_data import REGIONS
from acoge.workshops import selectors, services
from acoge.workshops.models import Registration, Topic, Workshop

from .auth import WRITE_AUTH
from .errors import ApiError, Error
from .fields import Email, Id, Name, NoValue, Phone, in_range, text

router = Router(tags=["workshops"])

Language = Literal["es", "en", "ht"]
# "" (or leaving the parameter out) is no filter; anything else not listed is refused (422).
RegionCode = Literal[("", *sorted(cut for _order, _name, cut, _numeral, _iso in REGIONS))]
TopicCode = Literal[("", *Topic.values)]
ERRORS = frozenset({400, 401, 403, 404, 409, 413, 415, 422, 429})


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


@router.get("/talleres", response={200: list[WorkshopOut], 422: Error})
@decorate_view(public_page(SEATS))
def list_workshops(
    request: HttpRequest, region: RegionCode = "", topic: TopicCode = "", lang: Language = "es"
):
    """Upcoming published workshops, soonest first. `region` is a CUT code and `topic` a
    session topic; an unknown one is refused (422), as are languages other than es, en, ht."""
    from acoge.core.models import Region

    region_id = Region.objects.filter(cut_code=region).values_list("id", flat=True).first()
    with translation.override(lang):
        return [
            _workshop_out(w)
            for w in selectors.upcoming_workshops(
                region_id=region_id if region else None, topic=topic
            )
        ]


ChildAge = Annotated[int, Field(ge=min(services.CHILD_AGES), le=max(services.CHILD_AGES))]


class RegistrationBase(Schema):
    """What every registration gives, whatever the channel of her messages."""

    model_config = ConfigDict(strict=True, extra="forbid")

    name: Name
    messages_safe: bool = Field(
        False, description="Whether messages to her contact are safe to send; none otherwise."
    )
    language: Language = Field("es", description="The language of her messages.")
    children_ages: Annotated[list[ChildAge], Field(max_length=services.MAX_CHILDREN)] = Field(
        [], description="The age (0 to 17) of each child who needs childcare."
    )
    interpreter_language: text(40, description="The language she needs an interpreter for.") = ""
    accessibility_needs: text(500, description="What she needs to take part.") = ""


class ByEmail(RegistrationBase):
    """Messages by e-mail: her e-mail address is needed."""

    channel: Literal["email"]
    email: Email
    phone: Phone | NoValue = ""


class ByPhone(RegistrationBase):
    """Messages by text or WhatsApp: her phone number is needed."""

    channel: Literal["sms", "whatsapp"]
    phone: Phone
    email: Email | NoValue = ""


RegistrationIn = Annotated[ByEmail | ByPhone, Field(discriminator="channel")]


class RegistrationOut(Schema):
    reference: str | None  # None when the contact was already registered: codes are private
    status: str | None
    created: bool


RESPONSE_DOCS = {
    200: {"description": "She was already registered: nothing is revealed about it."},
    201: {"description": "Registered: confirmed, or on the waiting list."},
    400: {"description": "The body is not JSON."},
    401: {
        "description": "The API key is not valid, or was revoked.",
        "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}},
    },
    403: {"description": "Sent from a web page of another site."},
    404: {"description": "No such workshop, or not published."},
    409: {"description": "Registration is closed, or the workshop is full."},
    413: {"description": "The body is over 64 kB."},
    415: {"description": "The body is not sent as application/json."},
    422: {"description": "The body or a parameter does not match this schema."},
    429: {
        "description": "Over the key's hourly limit, the anonymous limit, or the limits per "
        "contact and per workshop.",
        "headers": {
            "Retry-After": {
                "description": "Seconds until the limit's hour starts again.",
                "schema": {"type": "integer", "minimum": 1},
                "required": True,
            }
        },
    },
}


@router.post(
    "/talleres/{workshop_id}/inscripciones",
    response={201: RegistrationOut, 200: RegistrationOut, ERRORS: Error},
    auth=WRITE_AUTH,
    openapi_extra={"responses": RESPONSE_DOCS, "security": [{}]},
)
def register(request: HttpRequest, workshop_id: Id, payload: RegistrationIn):
    """Register a person. Same rules as the web form: one active registration per contact,
    waiting list when full; never any question about immigration status or ID. With an API
    key (`Authorization: Bearer …` or `X-Api-Key`), the key's own hourly limit; without one, 5
    an hour per address."""
    if not in_range(workshop_id):
        raise ApiError(404, _("This workshop does not exist."))
    try:
        result = services.registration_create(
            # Only the id: the service locks the row, and a missing or draft workshop is a
            # 404 there, so a registration costs no extra query before the lock.
            workshop=Workshop.by_id(workshop_id),
            name=payload.name,
            email=payload.email,
            phone=payload.phone,
            channel=payload.channel,
            messages_safe=payload.messages_safe,
            language=payload.language,
            children_ages=payload.children_ages,
            interpreter_language=payload.interpreter_language.strip(),
            accessibility_needs=payload.accessibility_needs.strip(),
            now=timezone.now(),
        )
    except services.WorkshopNotFound as exc:
        raise ApiError(404, exc.message) from exc
    except services.TooManyAttempts as exc:
        retry_after = getattr(exc.__cause__, "retry_after", HOUR)
        raise ApiError(429, exc.message, headers={"Retry-After": str(retry_after)}) from exc
    except services.InvalidRegistration as exc:
        raise ApiError(422, exc.message, errors=[(exc.field, exc.message)]) from exc
    except services.RegistrationError as exc:
        raise ApiError(409, exc.message) from exc
    except ValidationError as exc:
        errors = [(field, problems[0]) for field, problems in exc.message_dict.items()]
        raise ApiError(422, "; ".join(f"{f}: {m}" for f, m in errors), errors=errors) from exc
    registration: Registration = result.registration
    return Status(
        201 if result.created else 200,
        {
            "reference": registration.reference if result.created else None,
            # Whether a known contact is confirmed or waiting is hers to tell, not the API's.
            "status": registration.status if result.created else None,
            "created": result.created,
        },
    )
