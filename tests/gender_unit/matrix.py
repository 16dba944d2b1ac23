"""Staff URLs of the Unidad de Género (acoge/gender_unit/permissions.py). Gender staff —
national administrators, the Gender Unit, the delegates — read; a delegate writes her own
region's records, and another region's are not found (404); the Roundtable's attendance and
agreements are the Unit's. The Ley Karin channel: every staff member reports; a report opens
only for the receivers (and its assigned investigator, tested in test_karin.py); for anyone else
it does not exist (404)."""

from acoge.accounts.models import Role
from acoge.core.scoping import scopes_disabled
from tests.factories import PDF_BYTES
from tests.gender_unit import builders
from tests.matrix import ALL_STAFF, UrlSpec

GENDER_STAFF = frozenset(
    {"national_admin", "gender_unit", "delegate_antofagasta", "delegate_valparaiso"}
)
UNIT = frozenset({"national_admin", "gender_unit"})
VALPARAISO_READERS = frozenset({"national_admin", "gender_unit", "delegate_valparaiso"})
VALPARAISO_WRITERS = frozenset({"gender_unit", "delegate_valparaiso"})
OTHER_REGION = {"delegate_antofagasta": 404}
NO_ROLE = {"no_role": 403, "superuser_without_role": 403}


def a_plan() -> dict:
    return {"pk": builders.plan("05").pk}


def an_activity() -> dict:
    return {"pk": builders.activity(builders.plan("05")).pk}


def evidence() -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from acoge.gender_unit.services import plans

    found = builders.activity(builders.plan("05"))
    upload = SimpleUploadedFile("lista.pdf", PDF_BYTES, content_type="application/pdf")
    added = plans.evidence_add(
        upload=upload, activity=found, actor=builders.staff(Role.GENDER_UNIT)
    )
    return {"pk": added.pk}


def a_session() -> dict:
    builders.delegate("05")
    return {"pk": builders.session().pk}


def an_agreement() -> dict:
    from acoge.gender_unit.models import Agreement

    made = Agreement.objects.create(session=builders.session(), number=1, text="Enviar", owner="UG")
    return {"pk": made.pk}


def a_measure_in_valparaiso() -> dict:
    from acoge.gender_unit.models import Measure

    measure = Measure.objects.create(title="Horario flexible", area="conciliation", owner="UG")
    return {"pk": measure.pk, "region": builders.region("05").pk}


def a_commitment() -> dict:
    from acoge.gender_unit.models import Commitment

    with scopes_disabled():
        made = Commitment.objects.create(
            region=builders.region("05"),
            agenda="Agenda 2026",
            commission="Comisión",
            text="Capacitar",
        )
    return {"pk": made.pk}


def a_report() -> dict:
    return {"pk": builders.report().pk}


def a_year() -> dict:
    from django.utils import timezone

    return {"year": timezone.localdate().year}


def spec(name: str, allowed=GENDER_STAFF, **options) -> UrlSpec:
    return UrlSpec(name, allowed=allowed, **options)


MATRIX = [
    spec("gender_staff:home"),
    spec("gender_staff:delegates"),
    spec("gender_staff:roundtable"),
    spec("gender_staff:session", kwargs=a_session),
    spec("gender_staff:attendance", allowed=UNIT, kwargs=a_session),
    spec("gender_staff:agreement", allowed=UNIT, kwargs=an_agreement),
    spec(
        "gender_staff:agreement",
        allowed=UNIT,
        kwargs=an_agreement,
        method="post",
        data={"status": "done", "progress": "Hecho."},
        ok=302,
    ),
    spec("gender_staff:plans"),
    spec("gender_staff:plan-create", allowed=GENDER_STAFF - {"national_admin"}),
    spec(
        "gender_staff:plan",
        allowed=VALPARAISO_READERS,
        kwargs=a_plan,
        denied_by_subject=OTHER_REGION,
    ),
    spec(
        "gender_staff:activity-create",
        allowed=VALPARAISO_WRITERS,
        kwargs=a_plan,
        denied_by_subject=OTHER_REGION,
    ),
    spec(
        "gender_staff:activity",
        allowed=VALPARAISO_WRITERS,
        kwargs=an_activity,
        denied_by_subject=OTHER_REGION,
    ),
    spec(
        "gender_staff:activity-evidence",
        allowed=VALPARAISO_WRITERS,
        kwargs=an_activity,
        method="post",
        ok=302,
        denied_by_subject=OTHER_REGION,
    ),
    spec(
        "gender_staff:evidence",
        allowed=VALPARAISO_READERS,
        kwargs=evidence,
        denied_by_subject=OTHER_REGION,
    ),
    spec("gender_staff:monitoring"),
    spec(
        "gender_staff:monitoring-change",
        allowed=VALPARAISO_WRITERS,
        kwargs=a_measure_in_valparaiso,
        denied_by_subject=OTHER_REGION,
    ),
    spec("gender_staff:agenda"),
    spec("gender_staff:commitment-create", allowed=GENDER_STAFF - {"national_admin"}),
    spec(
        "gender_staff:commitment",
        allowed=VALPARAISO_WRITERS,
        kwargs=a_commitment,
        denied_by_subject=OTHER_REGION,
    ),
    spec("gender_staff:dashboard"),
    spec("gender_staff:report", kwargs=a_year),
    spec("gender_staff:report-pdf", kwargs=a_year),
    spec("gender_staff:karin", allowed=ALL_STAFF),
    spec("gender_staff:karin-new", allowed=ALL_STAFF),
    spec("gender_staff:karin-verbal", allowed=frozenset({"karin_receiver"})),
    spec("gender_staff:karin-inbox", allowed=frozenset({"karin_receiver", "karin_investigator"})),
    # Someone else's report: no one follows it but its reporter, and it is not found.
    spec(
        "gender_staff:karin-mine",
        allowed=frozenset(),
        kwargs=a_report,
        denied=404,
        denied_by_subject=NO_ROLE,
    ),
    spec(
        "gender_staff:karin-report",
        allowed=frozenset({"karin_receiver"}),
        kwargs=a_report,
        denied=404,
        denied_by_subject=NO_ROLE,
    ),
    spec(
        "gender_staff:karin-action",
        allowed=frozenset({"karin_receiver"}),
        kwargs=lambda: {**a_report(), "action": "sin-medidas"},
        method="post",
        ok=302,
        denied=404,
        denied_by_subject=NO_ROLE,
    ),
    spec(
        "gender_staff:karin-channel-report",
        allowed=frozenset({"karin_receiver", "gender_unit", "national_admin"}),
    ),
]
