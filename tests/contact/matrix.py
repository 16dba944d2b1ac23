"""Staff URLs of the contact point, for a request in Biobío (08).

Who may do what (acoge/contact/permissions.py and the views):
- the inbox and "open a request for someone": every contact handler (the Gender Unit, gender
  delegates, regional staff);
- the export: the Gender Unit and gender delegates (only their own regions' rows);
- one request: handlers whose roles cover its region — the Gender Unit and Biobío's regional
  staff here. Handlers of other regions get 404 (the request is not found in their scope);
  staff with no part in the contact point (national administrators, engagement, COSOC,
  facilitators) and a superuser without a role get 403.
"""

from acoge.accounts.models import Role, User
from acoge.contact import services
from acoge.core.models import Institution, Region
from tests.factories import ANY_TIME_REASON, StaffRoleFactory, UserFactory
from tests.matrix import UrlSpec

BIOBIO = "08"
HANDLERS = frozenset(
    {"gender_unit", "delegate_antofagasta", "delegate_valparaiso", "regional_staff_biobio"}
)
EXPORTERS = frozenset({"gender_unit", "delegate_antofagasta", "delegate_valparaiso"})
# Handlers whose roles cover Biobío.
BIOBIO_HANDLERS = frozenset({"gender_unit", "regional_staff_biobio"})
# Handlers of other regions: a Biobío request is not found for them.
ELSEWHERE = {"delegate_antofagasta": 404, "delegate_valparaiso": 404}
COLLEAGUE = "colega.biobio"

SAFE_CALLS = {
    "methods": ["call"],
    "call": "yes",
    "voicemail": "no",
    "days": [0, 1, 2, 3, 4],
    "times": ["morning", "afternoon"],
}


class Lookup:
    """A form value found when the test client encodes the POST, i.e. after `kwargs()` has
    created the rows it names (primary keys differ from one database to another)."""

    def __init__(self, find) -> None:
        self.find = find

    def __str__(self) -> str:
        return str(self.find())


def a_request() -> dict:
    """A new request in Biobío, and a Biobío colleague it can be assigned to."""
    StaffRoleFactory(
        user=UserFactory(username=COLLEAGUE),
        role=Role.REGIONAL_STAFF,
        regions=list(Region.objects.filter(cut_code=BIOBIO)),
    )
    created = services.request_create(
        topic="work",
        region=Region.objects.get(cut_code=BIOBIO),
        preferences=SAFE_CALLS,
        language="es",
        name="Rosa",
        phone="+56961110008",
        message="¿Cuándo hay taller en Concepción?",
    )
    return {"pk": created.request.pk}


def spec(name: str, **options) -> UrlSpec:
    return UrlSpec(
        name, allowed=BIOBIO_HANDLERS, kwargs=a_request, denied_by_subject=ELSEWHERE, **options
    )


# Opening a request on her behalf, in Biobío: the delegates of other regions see the form
# again with an error (200); the Gender Unit and Biobío's regional staff are sent to it (302).
CREATE = {
    "intake": "phone",
    "topic": "work",
    "region": BIOBIO,
    "message": "Llamó por un problema con su contrato.",
    "methods": ["call"],
    "phone": "9 6111 2233",
    "name": "Rosa",
    "call": "yes",
    "voicemail": "no",
    "language": "es",
}
ASSIGN = {"assignee": Lookup(lambda: User.objects.get(username=COLLEAGUE).pk)}
REFERRAL = {
    "institution": Lookup(lambda: Institution.objects.get(short_name="SernamEG").pk),
    "unit": "Centro de la Mujer de Concepción",
    "referred_on_day": "2",
    "referred_on_month": "3",
    "referred_on_year": "2026",
    "agreed": "Hora de atención el martes.",
}

MATRIX = [
    UrlSpec("contact_staff:inbox", allowed=HANDLERS),
    UrlSpec("contact_staff:create", allowed=HANDLERS),
    UrlSpec(
        "contact_staff:create",
        allowed=BIOBIO_HANDLERS,
        method="post",
        data=CREATE,
        ok=302,
        denied_by_subject={"delegate_antofagasta": 200, "delegate_valparaiso": 200},
    ),
    UrlSpec("contact_staff:export", allowed=EXPORTERS),
    spec("contact_staff:detail"),
    spec("contact_staff:take", method="post", ok=302),
    spec("contact_staff:assign", method="post", data=ASSIGN, ok=302),
    spec("contact_staff:attempt"),
    spec(
        "contact_staff:attempt",
        method="post",
        data={"channel": "call", "result": "no_answer", "reason": ANY_TIME_REASON},
        ok=302,
    ),
    spec("contact_staff:referral"),
    spec("contact_staff:referral", method="post", data=REFERRAL, ok=302),
    spec("contact_staff:note", method="post", data={"text": "Prefiere los martes."}, ok=302),
    spec("contact_staff:close"),
    spec("contact_staff:close", method="post", data={"outcome": "informed"}, ok=302),
    spec("contact_staff:spam"),
    spec("contact_staff:spam", method="post", ok=302),
]
