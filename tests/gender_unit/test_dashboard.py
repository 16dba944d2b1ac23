"""The dashboard across the service and the annual gender report: built from the indicators
every module registers, small counts hidden, charts drawn as SVG, the report also as a PDF."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from acoge.accounts.models import Role
from acoge.gender_unit import selectors
from acoge.gender_unit.stats import training
from acoge.stats.tables import HIDDEN
from tests.conftest import sign_in
from tests.gender_unit.builders import activity, plan, staff, staff_words

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def held(of, **counts):
    day = datetime.date(of.year, 1, 10)
    return activity(of, status="done", planned_on=day, done_on=day, **counts)


def test_training_coverage_by_region_and_gender_hides_counts_under_five():
    held(plan("05"), women=12, men=8, hours=3)
    held(plan("02"), women=3, men=1, hours=2)
    held(plan("13"), women=6, men=3)
    held(plan("08"), women=9, men=6, kind="campaign", audience="public")  # not training
    by_region, by_gender = training()
    rows = dict(by_region.rows)
    assert rows["Región de Valparaíso"] == 20
    assert rows["Región de Antofagasta"] is HIDDEN  # 4 people
    # and one more, or the total would give the 4 away
    assert rows["Región Metropolitana de Santiago"] is HIDDEN
    assert by_region.total == 33
    genders = dict(by_gender.rows)
    assert genders["Women"] == 21 and genders["Men"] == 12


def test_every_section_reads_the_registered_indicators():
    sections = {section.key: section for section in selectors.dashboard_sections()}
    assert list(sections) == ["workshops", "contact", "consultations", "cosoc", "training"]
    titles = [str(table.title) for table in sections["training"].tables]
    assert "Staff trained by region" in titles
    consultation_titles = [str(table.title) for table in sections["consultations"].tables]
    assert "Responses by gender and channel" in consultation_titles


def test_the_dashboard_draws_charts_with_their_tables(client):
    held(plan("05"), women=12, men=8, hours=3)
    sign_in(client, staff(Role.GENDER_DELEGATE, ("02",)))
    response = client.get(reverse("gender_staff:dashboard"))
    text = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in text and staff_words("Staff trained by region") in text
    assert "<table" in text


def test_the_annual_report_is_a_page_and_a_pdf_made_on_the_server(client):
    held(plan("05"), women=12, men=8, hours=3)
    sign_in(client, staff(Role.GENDER_UNIT))
    year = timezone.localdate().year
    page = client.get(reverse("gender_staff:report", kwargs={"year": year}))
    assert page.status_code == 200 and "<svg" in page.content.decode()
    document = client.get(reverse("gender_staff:report-pdf", kwargs={"year": year}))
    assert document.status_code == 200
    assert document["Content-Type"] == "application/pdf"
    assert document.content.startswith(b"%PDF")
    assert client.get(reverse("gender_staff:report", kwargs={"year": year + 1})).status_code == 404


def test_year_figures_add_up_the_regions_plans():
    today = timezone.localdate()
    held(plan("05"), women=5)
    activity(plan("02"), planned_on=datetime.date(today.year, 1, 2))
    figures = selectors.year_figures(today.year, today=today)
    assert (figures.planned, figures.done) == (2, 1)
