"""Regional work plans: what execution figures say (planned, done, late, to come, the share
done, people and hours), the rules of an activity's record, and that a delegate writes only her
own region's plan, measures and commitments."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from acoge.accounts.models import Role
from acoge.core.scoping import scopes_disabled
from acoge.gender_unit.models import Activity, Commitment, MeasureStatus, WorkPlan
from acoge.gender_unit.services import plans
from acoge.gender_unit.services.plans import ActivityInvalid
from tests.conftest import sign_in
from tests.gender_unit.builders import activity, plan, region, staff, staff_words

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def test_execution_counts_planned_done_late_and_to_come_without_the_cancelled():
    today = timezone.localdate()
    of = plan("05", year=today.year)
    past = today - datetime.timedelta(days=10)
    future = today + datetime.timedelta(days=10)
    if past.year != today.year or future.year != today.year:
        pytest.skip("the plan's dates must fall within the year")
    activity(of, status="done", planned_on=past, done_on=past, women=7, men=3, hours=4)
    activity(of, status="done", planned_on=past, done_on=past, women=2, kind="campaign")
    activity(of, planned_on=past)  # late
    activity(of, planned_on=future)  # to come
    activity(of, status="cancelled", planned_on=past)
    with scopes_disabled():
        figures = plans.execution(of, today=today)
    assert (figures.planned, figures.done, figures.late, figures.upcoming) == (4, 2, 1, 1)
    assert figures.cancelled == 1
    assert figures.percent_done == 50
    assert figures.participants == 12 and figures.hours == 4


def test_an_empty_plan_has_no_share_done():
    with scopes_disabled():
        assert plans.execution(plan("05")).percent_done is None


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"status": "done"}, "done_on"),  # held, but when?
        (
            {"status": "done", "done_on": timezone.localdate() + datetime.timedelta(days=3)},
            "done_on",
        ),
        ({"done_on": timezone.localdate()}, "done_on"),  # planned, with a day it was held
        ({"women": 4}, "women"),  # counted before it was held
        (
            {"status": "done", "done_on": timezone.localdate(), "kind": "campaign", "hours": 2},
            "hours",
        ),
        ({"planned_on": datetime.date(2019, 5, 1)}, "planned_on"),  # not in the plan's year
    ],
)
def test_an_activitys_record_follows_its_rules(fields, field):
    of = plan("05")
    values = {
        "title": "Taller",
        "kind": "training",
        "audience": "staff",
        "planned_on": datetime.date(of.year, 1, 10),
        **fields,
    }
    with pytest.raises(ActivityInvalid) as refused:
        plans.check_activity(Activity(plan=of, **values))
    assert field in refused.value.errors


def test_a_delegate_adds_an_activity_to_her_regions_plan_and_not_to_another(client):
    own, other = plan("05"), plan("02")
    sign_in(client, staff(Role.GENDER_DELEGATE, ("05",)))
    data = {
        "title": "Charla de corresponsabilidad",
        "kind": "promotion",
        "audience": "staff",
        "planned_on_day": "10",
        "planned_on_month": "3",
        "planned_on_year": str(own.year),
        "status": "planned",
        "women": "0",
        "men": "0",
        "other_gender": "0",
        "gender_not_stated": "0",
        "hours": "0",
    }
    added = client.post(reverse("gender_staff:activity-create", kwargs={"pk": own.pk}), data)
    assert added.status_code == 302
    refused = client.post(reverse("gender_staff:activity-create", kwargs={"pk": other.pk}), data)
    assert refused.status_code == 404
    with scopes_disabled():
        assert list(Activity.objects.values_list("plan__region__cut_code", flat=True)) == ["05"]


def test_a_refused_activity_shows_the_error_by_its_field_and_keeps_what_was_typed(client):
    own = plan("05")
    sign_in(client, staff(Role.GENDER_DELEGATE, ("05",)))
    response = client.post(
        reverse("gender_staff:activity-create", kwargs={"pk": own.pk}),
        {
            "title": "Campaña 25N",
            "kind": "campaign",
            "audience": "public",
            "planned_on_day": "10",
            "planned_on_month": "3",
            "planned_on_year": str(own.year),
            "status": "done",
            "women": "0",
            "men": "0",
            "other_gender": "0",
            "gender_not_stated": "0",
            "hours": "0",
        },
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert staff_words("Give the day it was held.") in text and "Campaña 25N" in text


def test_the_plans_list_of_a_delegate_shows_her_region_only(client):
    plan("05"), plan("02")
    sign_in(client, staff(Role.GENDER_DELEGATE, ("02",)))
    response = client.get(reverse("gender_staff:plans"))
    regions = [item.plan.region.cut_code for item in response.context["executions"]]
    assert regions == ["02"]


def test_a_delegate_reports_on_a_measure_for_her_region_only(client):
    from acoge.gender_unit.models import Measure

    measure = Measure.objects.create(title="Horario flexible", area="conciliation", owner="UG")
    sign_in(client, staff(Role.GENDER_DELEGATE, ("05",)))
    url = reverse(
        "gender_staff:monitoring-change", kwargs={"pk": measure.pk, "region": region("05").pk}
    )
    assert client.post(url, {"status": "in_place", "note": "Vigente"}).status_code == 302
    other = reverse(
        "gender_staff:monitoring-change", kwargs={"pk": measure.pk, "region": region("02").pk}
    )
    assert client.post(other, {"status": "in_place"}).status_code == 404
    with scopes_disabled():
        assert [(s.region.cut_code, s.status) for s in MeasureStatus.objects.all()] == [
            ("05", "in_place")
        ]


def test_a_commitment_past_its_due_date_is_late_until_met():
    with scopes_disabled():
        commitment = Commitment.objects.create(
            region=region("05"),
            agenda="Agenda 2022–2026",
            commission="Comisión",
            text="Capacitar al personal",
            due_on=timezone.localdate() - datetime.timedelta(days=1),
        )
    assert commitment.is_late()
    commitment.status = Commitment.Status.MET
    assert not commitment.is_late()


def test_evidence_is_checked_by_its_content():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from acoge.gender_unit.errors import GenderUnitError

    found = activity(plan("05"))
    fake = SimpleUploadedFile("lista.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    with pytest.raises(GenderUnitError):
        plans.evidence_add(upload=fake, activity=found, actor=staff(Role.GENDER_UNIT))


def test_one_plan_per_region_and_year():
    from acoge.gender_unit.errors import GenderUnitError

    made = plan("05")
    with scopes_disabled(), pytest.raises(GenderUnitError):
        plans.plan_create(
            region=made.region, year=made.year, summary="", actor=staff(Role.GENDER_UNIT)
        )
    with scopes_disabled():
        assert WorkPlan.objects.count() == 1


def test_a_delegate_adds_a_commitment_for_her_region_only(client):
    sign_in(client, staff(Role.GENDER_DELEGATE, ("05",)))
    data = {
        "agenda": "Agenda Regional de Género 2022–2026",
        "commission": "Comisión Regional",
        "text": "Difundir la línea 1455 en cada oficina",
        "due_on_day": "30",
        "due_on_month": "6",
        "due_on_year": str(timezone.localdate().year),
    }
    url = reverse("gender_staff:commitment-create")
    refused = client.post(url, {**data, "region": region("02").pk})
    assert refused.status_code == 400  # not a region she writes
    assert "Difundir la línea 1455" in refused.content.decode()
    assert client.post(url, {**data, "region": region("05").pk}).status_code == 302
    with scopes_disabled():
        made = Commitment.objects.get()
    assert made.region.cut_code == "05" and made.due_on.month == 6
