"""The registry of organisations as its services keep it: the RUT's check digit, one live entry
per RUT, the code that confirms the representative's address, documents, the staff's decision,
renewal and lapsing, and what the retention rules and the personal-data registry do."""

import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from acoge.core import personal_data, retention
from acoge.core.audit import entries_for
from acoge.core.models import Region
from acoge.core.personal_data import Contact
from acoge.council import services
from acoge.council.errors import CodeUnusable, CouncilError, WrongCode
from acoge.council.models import Category, Organisation
from tests.factories import PDF_BYTES, RUTS, organisation

pytestmark = pytest.mark.django_db

ROSA = "rosa@fundacion.example.org"


@pytest.fixture(autouse=True)
def _in_english():
    """The refusals are matched by their English text."""
    with translation.override("en"):
        yield


def apply(captured, **fields):
    values = {
        "name": "Fundación Puentes",
        "legal_form": "foundation",
        "rut": "65.000.001-3",
        "region": Region.objects.get(cut_code="13"),
        "category": Category.objects.get(slug="ong"),
        "representative_name": "Rosa Joseph",
        "email": ROSA,
        **fields,
    }
    with captured(execute=True):
        return services.organisation_apply(**values)


def the_code() -> str:
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


@pytest.mark.parametrize(
    "typed, kept",
    [("65.000.001-3", "650000013"), ("65000003-k", "65000003K"), (" 650000021 ", "650000021")],
)
def test_a_rut_is_kept_in_compact_form_whatever_its_punctuation(typed, kept):
    assert services.clean_rut(typed) == kept


@pytest.mark.parametrize("typed", ["65.000.001-4", "65000003-1", "12", "", "abc-d"])
def test_a_rut_with_a_wrong_check_digit_or_shape_is_refused(typed):
    with pytest.raises(CouncilError):
        services.clean_rut(typed)


def test_applying_keeps_the_representative_encrypted_and_sends_a_code(
    django_capture_on_commit_callbacks,
):
    found, pending = apply(django_capture_on_commit_callbacks)
    assert found.status == Organisation.Status.APPLIED and found.rut == "650000013"
    assert found.email_confirmed_at is None
    assert mail.outbox[-1].to == [ROSA] and "Fundación" not in mail.outbox[-1].body
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT representative_name, email FROM council_organisation WHERE id = %s",
            [found.pk],
        )
        stored = cursor.fetchone()
    assert "Rosa" not in stored[0] and ROSA not in stored[1]
    assert pending.contact_index == services.email_index(ROSA.upper())


def test_the_code_confirms_the_address_once(django_capture_on_commit_callbacks):
    found, pending = apply(django_capture_on_commit_callbacks)
    with pytest.raises(WrongCode):
        services.code_confirm(pending=pending, code="000000" if the_code() != "000000" else "1")
    index = services.code_confirm(pending=pending, code=the_code())
    assert index == found.email_index
    found.refresh_from_db()
    assert found.email_confirmed_at is not None
    with pytest.raises(CodeUnusable):
        services.code_confirm(pending=pending, code=the_code())


def test_one_live_entry_per_rut_but_a_turned_down_organisation_may_apply_again(
    django_capture_on_commit_callbacks, make_staff
):
    organisation(rut=RUTS[0])
    with pytest.raises(CouncilError, match="already in the registry"):
        apply(django_capture_on_commit_callbacks, rut="65.000.001-3")
    staff = make_staff("engagement")
    services.organisation_reject(
        organisation=Organisation.objects.get(), actor=staff, reason="Faltan los estatutos."
    )
    found, _pending = apply(django_capture_on_commit_callbacks, rut="65.000.001-3")
    assert found.status == Organisation.Status.APPLIED


def test_signing_in_with_an_unknown_address_sends_nothing_and_no_code_opens_it(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        pending = services.code_send(email="nadie@example.org")
    assert mail.outbox == []
    for guess in ("000000", "123456", "999999"):
        with pytest.raises(WrongCode):
            services.code_confirm(pending=pending, code=guess)


def test_codes_to_one_address_are_limited_per_hour(django_capture_on_commit_callbacks):
    organisation(email=ROSA)
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(services.PER_ADDRESS.count):
            services.code_send(email=ROSA)
    with pytest.raises(CouncilError, match="several codes"):
        services.code_send(email=ROSA)


def test_documents_are_checked_by_content_and_only_while_under_review(make_staff):
    found = organisation(documents=0)
    pdf = SimpleUploadedFile("estatutos.pdf", PDF_BYTES, content_type="application/pdf")
    document = services.document_add(organisation=found, kind="statutes", upload=pdf)
    assert document.file_kind == "pdf" and document.filename == "estatutos.pdf"
    fake = SimpleUploadedFile("estatutos.pdf", b"<html><script>x</script>", content_type="x")
    with pytest.raises(CouncilError, match="not one of the kinds"):
        services.document_add(organisation=found, kind="statutes", upload=fake)
    services.organisation_accept(organisation=found, actor=make_staff("engagement"))
    found.refresh_from_db()
    another = SimpleUploadedFile("otro.pdf", PDF_BYTES)
    with pytest.raises(CouncilError, match="while an application or a renewal"):
        services.document_add(organisation=found, kind="other", upload=another)


def test_staff_accept_only_a_confirmed_application_with_documents(make_staff):
    staff = make_staff("cosoc_secretary")
    unconfirmed = organisation(email_confirmed_at=None)
    with pytest.raises(CouncilError, match="nothing waiting"):
        services.organisation_accept(organisation=unconfirmed, actor=staff)
    bare = organisation(rut=RUTS[1], documents=0)
    with pytest.raises(CouncilError, match="supporting documents"):
        services.organisation_accept(organisation=bare, actor=staff)


def test_accepting_registers_it_for_the_set_years_and_tells_the_representative(
    make_staff, django_capture_on_commit_callbacks, settings
):
    settings.ACOGE_COUNCIL_REGISTRY_YEARS = 2
    found = organisation(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        services.organisation_accept(organisation=found, actor=make_staff("engagement"))
    found.refresh_from_db()
    today = timezone.localdate()
    assert found.status == Organisation.Status.ACCEPTED and found.accepted_on == today
    assert found.valid_until == today.replace(year=today.year + 2)
    assert "is in the registry" in mail.outbox[-1].body  # her language
    assert [entry.action for entry in entries_for(found)][:1] == ["council.organisation.accepted"]


def test_turning_down_needs_a_reason_she_then_reads(make_staff, django_capture_on_commit_callbacks):
    found = organisation()
    staff = make_staff("engagement")
    with pytest.raises(CouncilError):
        services.organisation_reject(organisation=found, actor=staff, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.organisation_reject(organisation=found, actor=staff, reason="Falta la vigencia.")
    found.refresh_from_db()
    assert found.status == Organisation.Status.REJECTED
    assert "Falta la vigencia." in mail.outbox[-1].body


def test_renewal_opens_before_the_end_and_adds_to_the_time_left(make_staff, settings):
    settings.ACOGE_COUNCIL_RENEWAL_DAYS = 60
    today = timezone.localdate()
    far = organisation("accepted", valid_until=today + datetime.timedelta(days=200))
    with pytest.raises(CouncilError, match="60 days"):
        services.renewal_request(organisation=far)
    ends = today + datetime.timedelta(days=30)
    near = organisation("accepted", rut=RUTS[1], valid_until=ends)
    services.renewal_request(organisation=near)
    near.refresh_from_db()
    assert Organisation.objects.to_review().filter(pk=near.pk).exists()
    services.organisation_accept(organisation=near, actor=make_staff("engagement"))
    near.refresh_from_db()
    assert near.valid_until == ends.replace(year=ends.year + 2)
    assert near.renewal_requested_at is None and near.status == Organisation.Status.ACCEPTED


def test_a_turned_down_renewal_leaves_the_registration_running(make_staff):
    today = timezone.localdate()
    found = organisation("accepted", valid_until=today + datetime.timedelta(days=10))
    services.renewal_request(organisation=found)
    services.organisation_reject(organisation=found, actor=make_staff("engagement"), reason="No.")
    found.refresh_from_db()
    assert found.status == Organisation.Status.ACCEPTED and found.renewal_requested_at is None


def test_registrations_past_their_end_lapse_and_may_then_renew():
    today = timezone.localdate()
    ended = organisation("accepted", valid_until=today - datetime.timedelta(days=1))
    running = organisation("accepted", rut=RUTS[1], valid_until=today)
    assert services.organisations_lapse(today=today) == 1
    ended.refresh_from_db()
    running.refresh_from_db()
    assert ended.status == Organisation.Status.LAPSED
    assert running.status == Organisation.Status.ACCEPTED
    services.renewal_request(organisation=ended)
    ended.refresh_from_db()
    assert ended.status == Organisation.Status.APPLIED
    assert Organisation.objects.to_review().filter(pk=ended.pk).exists()


def test_retention_erases_the_representative_of_old_turned_down_and_lapsed_entries(settings):
    settings.ACOGE_COUNCIL_REJECTED_RETENTION_DAYS = 180
    settings.ACOGE_COUNCIL_LAPSED_RETENTION_DAYS = 365
    now = timezone.now()
    old_no = organisation("rejected", reviewed_at=now - datetime.timedelta(days=181))
    new_no = organisation("rejected", rut=RUTS[1], reviewed_at=now - datetime.timedelta(days=10))
    old_lapsed = organisation(
        "lapsed", rut=RUTS[2], valid_until=timezone.localdate() - datetime.timedelta(days=400)
    )
    unconfirmed = organisation(
        rut=RUTS[3], email_confirmed_at=None, submitted_at=now - datetime.timedelta(days=31)
    )
    counts = retention.run_retention(now=now)
    assert counts["council.rejected_representatives"] == 1
    assert counts["council.lapsed_representatives"] == 1
    assert counts["council.unconfirmed"] >= 1
    for kept_name, record in ((False, old_no), (True, new_no), (False, old_lapsed)):
        record.refresh_from_db()
        assert bool(record.representative_name) is kept_name
        assert record.name  # the organisation's entry stays
    assert not Organisation.objects.filter(pk=unconfirmed.pk).exists()


def test_the_personal_data_registry_finds_shows_and_erases_a_representative():
    found = organisation(email=ROSA)
    exported = personal_data.export_all(Contact(email=ROSA.upper()))
    record = exported["council.representatives"][0]
    assert record["name"] == "Rosa Joseph" and record["organisation"] == "Fundación Puentes"
    assert personal_data.erase_all(Contact(email=ROSA))["council.representatives"] == 1
    found.refresh_from_db()
    assert found.representative_name == "" and found.email_index is None
    assert found.name == "Fundación Puentes"
    assert "council.representatives" not in personal_data.find_all(Contact(email=ROSA))
