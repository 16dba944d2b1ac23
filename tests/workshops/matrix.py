"""Staff URLs of the workshops, for a workshop in Antofagasta (02)."""

from acoge.core.models import Institution
from acoge.core.scoping import scopes_disabled
from acoge.workshops import services
from acoge.workshops.models import Session, Workshop
from tests.factories import WorkshopFactory
from tests.matrix import UrlSpec

# Managers of workshops in Antofagasta.
MANAGERS = frozenset({"national_admin", "gender_unit", "delegate_antofagasta"})
# Staff who handle workshops elsewhere: another region's workshop is not found for them.
ELSEWHERE = {"delegate_valparaiso": 404, "regional_staff_biobio": 404, "facilitator_rm": 404}
LIST = frozenset({*MANAGERS, "delegate_valparaiso", "regional_staff_biobio", "facilitator_rm"})
CREATE = LIST - {"facilitator_rm"}


def _workshop() -> Workshop:
    return WorkshopFactory(
        cut="02", title="Salud de mujeres, niñas y niños", commune="Antofagasta", days_ahead=10
    )


def a_workshop() -> dict:
    return {"pk": _workshop().pk}


def a_session() -> dict:
    workshop = _workshop()
    with scopes_disabled():
        session = Session.objects.create(
            workshop=workshop,
            topic="health",
            institution=Institution.objects.get(short_name="MINSAL"),
            starts_at=workshop.starts_at,
            ends_at=workshop.ends_at,
        )
    return {"pk": workshop.pk, "session_pk": session.pk}


def a_registration() -> dict:
    workshop = _workshop()
    result = services.registration_create(
        workshop=workshop, name="Carolina", phone="+56961234567", channel="sms", messages_safe=False
    )
    return {"pk": workshop.pk, "registration_pk": result.registration.pk}


def spec(name: str, allowed=MANAGERS, kwargs=a_workshop, **options) -> UrlSpec:
    return UrlSpec(name, allowed=allowed, kwargs=kwargs, denied_by_subject=ELSEWHERE, **options)


WALK_IN = {"name": "Rosa", "contact": "+56961234599", "language": "es"}

MATRIX = [
    UrlSpec("workshops_staff:list", allowed=LIST),
    UrlSpec("workshops_staff:create", allowed=CREATE),
    spec("workshops_staff:detail"),
    spec("workshops_staff:edit"),
    spec("workshops_staff:sessions"),
    spec("workshops_staff:session-remove", kwargs=a_session, method="post", ok=302),
    spec("workshops_staff:cancel"),
    spec("workshops_staff:cancel", method="post", ok=302),
    spec("workshops_staff:registrations"),
    spec("workshops_staff:registrations-csv"),
    spec("workshops_staff:registrations-xlsx"),
    spec("workshops_staff:registration", kwargs=a_registration),
    spec("workshops_staff:registration-cancel", kwargs=a_registration, method="post", ok=302),
    spec("workshops_staff:attendance"),
    spec(
        "workshops_staff:attendance-mark",
        kwargs=a_registration,
        method="post",
        data={"attended": "1"},
        ok=302,
    ),
    spec("workshops_staff:walk-in"),
    spec("workshops_staff:walk-in", method="post", data=WALK_IN, ok=302),
    spec("workshops_staff:attendance-close"),
    spec("workshops_staff:attendance-close", method="post", ok=302),
    spec("workshops_staff:feedback"),
]
