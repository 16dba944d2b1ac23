"""Bad input never gives a 500: random text (NUL characters, huge numbers, odd Unicode, lists
where one value is expected) sent to every public form step, the finds, the feedback form, the
API and the filters and searches of public and staff lists. Run on SQLite and on PostgreSQL,
which refuses some text SQLite accepts (a NUL)."""

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acoge.accounts.models import Role
from acoge.core.models import Region
from tests.conftest import sign_in
from tests.contact.test_public import ROSA
from tests.factories import StaffRoleFactory, UserFactory
from tests.matrix import SUBJECTS, all_specs
from tests.workshops.test_public import MARIE
from tests.workshops.test_registration import make_workshop

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every run and both databases
    database=None,  # nothing written to .hypothesis/
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NASTY = st.sampled_from(
    [
        "",
        "\x00",
        "a\x00b",
        "%00",
        "9" * 40,
        "-1",
        "1e309",
        "2026-13-45",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "ﷺ" * 300,
        "\ud7ff\ue000",
        " ",
        "x" * 5000,
    ]
)
VALUES = st.one_of(NASTY, st.text(max_size=60))
FIELD_VALUE = st.one_of(VALUES, st.lists(VALUES, max_size=3))
QUERY_KEYS = [
    "region",
    "topic",
    "modality",
    "month",
    "page",
    "q",
    "status",
    "tab",
    "actor",
    "action",
    "since",
    "until",
    "lang",
    "volver",
    "texto",
    "contraste",
]
QUERIES = st.dictionaries(st.sampled_from(QUERY_KEYS), VALUES, max_size=5)


def fields_of(answers: dict) -> list[str]:
    names = {name for data in answers.values() for name in data}
    return sorted(names | {"omitir", "website", "reference", "contact"})


FORM_DATA = st.dictionaries(st.sampled_from(fields_of({**MARIE, **ROSA})), FIELD_VALUE, max_size=8)


def no_server_error(response) -> None:
    assert response.status_code < 500, response.status_code


def es(name: str, **kwargs) -> str:
    with translation.override("es"):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def workshop():
    return make_workshop(capacity=5)


@FUZZ
@given(data=FORM_DATA, query=QUERIES)
def test_every_registration_step_answers_random_input_without_a_server_error(
    client, workshop, data, query
):
    for step, valid in {**MARIE, "revisar": {}}.items():
        address = es("workshops:register", pk=workshop.pk, step=step)
        no_server_error(client.post(address + "?" + "&".join(f"{k}=1" for k in query), data))
        no_server_error(client.get(address, query))
        client.post(address, valid)  # then the right answer, to reach the next step


@FUZZ
@given(data=FORM_DATA)
def test_every_contact_step_answers_random_input_without_a_server_error(client, data):
    for step, valid in {**ROSA, "estadisticas": {"omitir": "1"}, "revisar": {}}.items():
        address = es("contact:step", step=step)
        no_server_error(client.post(address, data))
        client.post(address, valid)


@FUZZ
@given(data=FORM_DATA, token=VALUES.filter(lambda t: "/" not in t and t.strip()))
def test_finds_links_and_feedback_answer_random_input_without_a_server_error(
    client, workshop, data, token
):
    for name, kwargs in [
        ("workshops:find", {}),
        ("contact:find", {}),
        ("workshops:manage", {"token": token}),
        ("workshops:manage-cancel", {"token": token}),
        ("contact:status", {"token": token}),
        ("contact:withdraw", {"token": token}),
        ("workshops:feedback", {"key": workshop.feedback_key}),
    ]:
        address = es(name, **kwargs)
        no_server_error(client.get(address))
        no_server_error(client.post(address, data))


@FUZZ
@given(query=QUERIES)
def test_public_lists_and_feeds_answer_random_filters_without_a_server_error(client, query):
    for name in ("workshops:list", "workshops:calendar", "portal:women", "portal:home"):
        no_server_error(client.get(es(name), query))
    no_server_error(client.get("/api/talleres", query))


PAYLOADS = st.dictionaries(
    st.sampled_from(
        [
            "name",
            "email",
            "phone",
            "channel",
            "messages_safe",
            "language",
            "children_ages",
            "interpreter_language",
            "accessibility_needs",
        ]
    ),
    st.one_of(
        VALUES,
        st.booleans(),
        st.integers(),
        st.lists(st.integers(), max_size=4),
        st.none(),
        st.lists(VALUES, max_size=2),
    ),
)


@FUZZ
@given(payload=PAYLOADS, workshop_id=st.one_of(st.just(0), st.integers(), st.just(2**70)))
def test_the_registration_api_answers_random_json_without_a_server_error(
    client, settings, workshop, payload, workshop_id
):
    settings.ACOGE_RATELIMIT_ENABLED = False
    for target in (workshop.pk, workshop_id):
        response = client.post(
            f"/api/talleres/{target}/inscripciones", payload, content_type="application/json"
        )
        no_server_error(response)
    no_server_error(
        client.post(
            f"/api/talleres/{workshop.pk}/inscripciones",
            "{not json",
            content_type="application/json",
        )
    )


@FUZZ
@given(query=QUERIES)
def test_staff_lists_and_searches_answer_random_filters_without_a_server_error(
    staff_client, workshop, query
):
    for role in (Role.NATIONAL_ADMIN, Role.GENDER_UNIT):
        client = staff_client(role)
        for name, kwargs in [
            ("workshops_staff:list", {}),
            ("workshops_staff:registrations", {"pk": workshop.pk}),
            ("workshops_staff:attendance", {"pk": workshop.pk}),
            ("contact_staff:inbox", {}),
            ("accounts:staff-list", {}),
            ("backoffice:audit-list", {}),
            ("stats:indicators", {}),
        ]:
            no_server_error(client.get(reverse(name, kwargs=kwargs), query))


STAFF_FIELDS = st.dictionaries(
    st.sampled_from(
        [
            # workshops: the workshop form, sessions, walk-in, attendance, cancelling
            "title_es",
            "title",
            "region",
            "commune",
            "venue",
            "modality",
            "online_url",
            "starts_at_0",
            "starts_at_1",
            "ends_at_0",
            "ends_at_1",
            "capacity",
            "status",
            "language",
            "topic",
            "institution",
            "speaker_name",
            "name",
            "phone",
            "attended",
            "q",
            "reason",
            # contact: attempt, referral, note, close, assign, a request on her behalf
            "channel",
            "result",
            "note",
            "unit",
            "referred_on_day",
            "referred_on_month",
            "referred_on_year",
            "agreed",
            "text",
            "outcome",
            "handler",
            "message",
            "methods",
            # staff accounts
            "username",
            "email",
            "first_name",
            "role",
            "regions",
            "all_regions",
        ]
    ),
    FIELD_VALUE,
    max_size=10,
)
STAFF_URLS = all_specs()
STAFF_SUBJECTS = ["national_admin", "gender_unit", "delegate_valparaiso", "facilitator_rm"]


@settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=STAFF_FIELDS)
def test_every_staff_page_answers_a_random_post_without_a_server_error(client, data):
    """Each staff URL of the permission matrix, posted random fields by a member it admits."""
    with transaction.atomic():  # each example starts from the same empty database
        users = {}
        for subject in STAFF_SUBJECTS:
            role, cut_codes = SUBJECTS[subject]
            regions = list(Region.objects.filter(cut_code__in=cut_codes))
            users[subject] = user = UserFactory()
            StaffRoleFactory(user=user, role=role, regions=regions, all_regions=not regions)
        for spec in STAFF_URLS:
            subject = next((s for s in STAFF_SUBJECTS if s in spec.allowed), "national_admin")
            sign_in(client, users[subject])
            with transaction.atomic():  # each URL's own records, as in the matrix test
                url = reverse(spec.name, kwargs=spec.kwargs())
                no_server_error(client.post(url, data))
                transaction.set_rollback(True)
        transaction.set_rollback(True)
