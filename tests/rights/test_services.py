"""The rules of data-subject requests, in the services: the code (hashed, short-lived, few
tries, few per contact), what is stored (nothing personal in plain text), the due date, the
audit entries, and what retention erases."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone, translation

from acoge.core import personal_data, retention
from acoge.core.models import AuditEntry, RateCounter
from acoge.rights import services
from acoge.rights.errors import CodeUnusable, RightsError, WrongCode
from acoge.rights.models import RightsRequest, Verification
from tests.factories import WorkshopFactory, registration, rights_request

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """The assertions below read the English wording."""
    with translation.override("en"):
        yield


ROSA = "rosa.m@example.org"
MESSAGE = "Mi apellido es Pérez-Soto."


def start(captured, rights=("rectification",), contact=ROSA, **options):
    with captured(execute=True):
        verification = services.verification_start(
            rights=list(rights),
            contact_kind="email",
            contact=contact,
            message=MESSAGE if set(rights) & {"rectification", "opposition", "blocking"} else "",
            **options,
        )
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    return verification, code


def raw_rows(table: str) -> str:
    """Every value of every row of a table as the database holds it."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


def test_nothing_personal_is_stored_in_plain_text(django_capture_on_commit_callbacks):
    verification, code = start(django_capture_on_commit_callbacks)
    stored = raw_rows(Verification._meta.db_table)
    assert ROSA not in stored and "Pérez" not in stored
    assert code not in stored, "the code is kept only as a keyed hash"
    services.verification_confirm(verification=verification, code=code)
    for table in (RightsRequest._meta.db_table, Verification._meta.db_table, "django_session"):
        stored = raw_rows(table)
        assert ROSA not in stored and "Pérez" not in stored, table
    audit = " ".join(str(entry.data) + entry.object_label for entry in AuditEntry.objects.all())
    assert ROSA not in audit and "Pérez" not in audit
    request = RightsRequest.objects.get()
    assert request.contact == ROSA and request.message == MESSAGE, "staff can read them"
    assert request.contact_index == services.contact_index(ROSA)
    verification.refresh_from_db()
    assert verification.contact == "" and verification.message == "", "the code row keeps none"


def test_a_wrong_code_is_refused_and_the_fifth_wrong_one_ends_the_code(
    django_capture_on_commit_callbacks,
):
    verification, code = start(django_capture_on_commit_callbacks)
    wrong = "000000" if code != "000000" else "111111"
    for remaining in (4, 3, 2, 1):
        with pytest.raises(WrongCode) as refused:
            services.verification_confirm(verification=verification, code=wrong)
        assert refused.value.remaining == remaining
    with pytest.raises(CodeUnusable):
        services.verification_confirm(verification=verification, code=wrong)
    with pytest.raises(CodeUnusable):
        services.verification_confirm(verification=verification, code=code)
    assert not RightsRequest.objects.exists()
    assert AuditEntry.objects.filter(action="rights.code.wrong").count() == 5


def test_a_code_expires(django_capture_on_commit_callbacks):
    verification, code = start(django_capture_on_commit_callbacks)
    later = timezone.now() + datetime.timedelta(minutes=services.CODE_MINUTES + 1)
    with pytest.raises(CodeUnusable):
        services.verification_confirm(verification=verification, code=code, now=later)


def test_a_code_works_once(django_capture_on_commit_callbacks):
    verification, code = start(django_capture_on_commit_callbacks)
    services.verification_confirm(verification=verification, code=code)
    with pytest.raises(CodeUnusable):
        services.verification_confirm(verification=verification, code=code)
    assert RightsRequest.objects.count() == 1


def test_few_codes_are_sent_to_one_contact_in_an_hour(django_capture_on_commit_callbacks):
    for _ in range(services.PER_CONTACT.count):
        start(django_capture_on_commit_callbacks)
    with pytest.raises(RightsError, match="several codes"):
        start(django_capture_on_commit_callbacks)
    assert RateCounter.objects.filter(key__startswith="rights.code.contact:").exists()
    start(django_capture_on_commit_callbacks, contact="otra@example.org")  # another contact


def test_a_correction_needs_her_message():
    with pytest.raises(RightsError):
        services.verification_start(rights=["rectification"], contact_kind="email", contact=ROSA)
    with pytest.raises(RightsError):
        services.verification_start(rights=[], contact_kind="email", contact=ROSA)


def test_the_answer_is_due_in_calendar_days_unless_business_days_are_set(settings):
    friday = datetime.datetime(2026, 12, 4, 12, tzinfo=datetime.UTC)
    settings.ACOGE_RIGHTS_ANSWER_DAYS = 30
    settings.ACOGE_RIGHTS_BUSINESS_DAYS = False
    assert services.due_date(friday) == datetime.date(2027, 1, 3)
    settings.ACOGE_RIGHTS_BUSINESS_DAYS = True
    settings.ACOGE_RIGHTS_ANSWER_DAYS = 2
    # Monday 7, Tuesday 8 is the Immaculate Conception: Wednesday 9.
    assert services.due_date(friday) == datetime.date(2026, 12, 9)


def test_access_records_counts_and_deletion_keeps_the_request_without_her(
    django_capture_on_commit_callbacks,
):
    registration(WorkshopFactory(), name="Rosa", email=ROSA, phone="", channel="email")
    verification, code = start(django_capture_on_commit_callbacks, rights=["access", "deletion"])
    answered = services.verification_confirm(verification=verification, code=code)
    assert set(answered.copy) == {"workshops.registrations"}
    assert answered.erased == {"workshops.registrations": 1}
    access, deletion = sorted(answered.requests, key=lambda item: item.right)
    assert access.status == deletion.status == "answered" and access.automatic
    assert access.outcome == {"records": {"workshops.registrations": 1}}
    assert deletion.contact_index is None and deletion.contact == ""
    assert personal_data.find_all(personal_data.Contact(email=ROSA)) == {}, "nothing finds her"
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"rights.request.received", "rights.request.answered_automatically"} <= actions


def test_her_own_requests_are_in_the_registry_and_erased_with_the_rest():
    mine = rights_request()
    found = personal_data.export_all(personal_data.Contact(email=ROSA))
    assert found["rights.requests"][0]["reference"] == mine.reference
    personal_data.erase_all(personal_data.Contact(email=ROSA))
    mine.refresh_from_db()
    assert mine.contact == "" and mine.message == "" and mine.contact_index is None
    assert mine.right == "rectification", "the request itself stays"


def test_retention_erases_answered_requests_and_old_codes(
    settings, make_staff, django_capture_on_commit_callbacks
):
    from acoge.accounts.models import Role

    admin = make_staff(Role.NATIONAL_ADMIN)
    old = rights_request()
    services.request_answer(
        request=old, actor=admin, now=timezone.now() - datetime.timedelta(days=400)
    )
    still_open = rights_request(contact="otra@example.org")
    verification, _code = start(django_capture_on_commit_callbacks)
    Verification.objects.filter(pk=verification.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    counts = retention.run_retention()
    assert counts["rights.request_personal_data"] == 1 and counts["rights.codes"] == 1
    old.refresh_from_db()
    still_open.refresh_from_db()
    assert old.contact == "" and old.message == "" and old.personal_data_erased_at
    assert still_open.contact == "otra@example.org"
