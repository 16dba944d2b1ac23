"""The indicators staff read: by programme, worked out live, small counts hidden, as CSV too."""

import csv
import io
import re

import pytest
from django.urls import reverse

from acoge.accounts.models import Role
from acoge.core.models import Region
from acoge.workshops import services
from tests.contact.test_stats import contacted_after
from tests.workshops.test_backoffice import a_workshop

pytestmark = pytest.mark.django_db


def register_people(cut: str, count: int) -> None:
    workshop = a_workshop(cut, capacity=20)
    for n in range(count):
        services.registration_create(
            workshop=workshop,
            name=f"Persona {cut}-{n}",
            phone=f"+569{cut}{n:06d}",
            channel="sms",
            messages_safe=False,
        )


@pytest.fixture
def registrations():
    """7 in Antofagasta, 6 in Valparaíso, 2 in Biobío."""
    register_people("02", 7)
    register_people("05", 6)
    register_people("08", 2)
    return {cut: Region.objects.get(cut_code=cut).name for cut in ("02", "05", "08")}


def table_rows(html: str, caption: str) -> dict[str, str]:
    """{row label: shown value} of the table with this caption."""
    table = html[html.index(caption) :]
    table = table[: table.index("</table>")]
    cells = re.findall(
        r'<th scope="row" class="ac-table__header">(.*?)</th><td[^>]*>(.*?)</td>', table
    )
    return {label: re.sub(r"<[^>]+>", "", value) for label, value in cells}


def test_the_gender_unit_finds_the_womens_programme_indicators_from_the_dashboard(staff_client):
    client = staff_client(Role.GENDER_UNIT)
    dashboard = client.get(reverse("backoffice:dashboard")).content.decode()
    assert reverse("stats:indicators") in dashboard
    page = client.get(reverse("stats:indicators")).content.decode()
    assert "Apoya Mujer Migrante" in page
    for key in ("workshops.registrations", "contact.first_contact", "contact.referrals"):
        assert reverse("stats:indicator", args=[key]) in page


def test_small_counts_are_hidden_and_so_is_the_next_smallest(staff_client, registrations):
    client = staff_client(Role.GENDER_DELEGATE, [Region.objects.get(cut_code="05")])
    response = client.get(reverse("stats:indicator", args=["workshops.registrations"]))
    assert response.status_code == 200
    html = response.content.decode()
    rows = table_rows(html, "Inscripciones por región")
    assert rows[registrations["02"]] == "7"
    # Biobío's 2 would identify people; hiding it alone would let the total give it away, so
    # the next smallest (Valparaíso's 6) is hidden too.
    # Shown as "hidden", not "fewer than 5": the 6 is not fewer than 5.
    assert rows[registrations["08"]] == rows[registrations["05"]] == "oculto"
    assert "Total" in html and ">15<" in html


def test_the_csv_has_the_same_figures_and_no_names(staff_client, registrations):
    client = staff_client(Role.GENDER_UNIT)
    response = client.get(reverse("stats:indicator-csv", args=["workshops.registrations"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(
        'attachment; filename="workshops-registrations-'
    )
    text = response.content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    by_region = {row[1]: row[2] for row in rows if row[0] == "Inscripciones por región"}
    assert by_region[registrations["02"]] == "7"
    assert by_region[registrations["08"]] == by_region[registrations["05"]] == "oculto"
    assert "Persona" not in text and "+569" not in text


def test_an_unknown_indicator_is_not_found(staff_client):
    client = staff_client(Role.NATIONAL_ADMIN)
    assert client.get(reverse("stats:indicator", args=["nothing.here"])).status_code == 404


@pytest.mark.parametrize("role", [Role.REGIONAL_STAFF, Role.FACILITATOR])
def test_staff_outside_the_womens_programme_neither_see_nor_open_its_indicators(staff_client, role):
    client = staff_client(role, [Region.objects.get(cut_code="08")])
    dashboard = client.get(reverse("backoffice:dashboard")).content.decode()
    assert reverse("stats:indicators") not in dashboard
    assert client.get(reverse("stats:indicators")).status_code == 403
    url = reverse("stats:indicator", args=["contact.requests"])
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("role", [Role.ENGAGEMENT, Role.COSOC_SECRETARY])
def test_the_engagement_team_reads_its_own_indicators_and_not_the_womens(staff_client, role):
    client = staff_client(role)
    listed = client.get(reverse("stats:indicators")).content.decode()
    assert reverse("stats:indicator", args=["council.registry"]) in listed
    assert reverse("stats:indicator", args=["contact.requests"]) not in listed
    assert client.get(reverse("stats:indicator", args=["council.registry"])).status_code == 200
    assert client.get(reverse("stats:indicator", args=["contact.requests"])).status_code == 403


def test_a_measure_shows_how_many_cases_it_is_over_and_a_dash_where_there_are_none(staff_client):
    contacted_after([1, 2, 3, 4, 5, 6])
    client = staff_client(Role.GENDER_UNIT)
    html = client.get(reverse("stats:indicator", args=["contact.first_contact"])).content.decode()
    rows = table_rows(html, "Mediana de horas hasta el primer contacto")
    assert rows["Todas las regiones"] == "3,0"
    assert rows[Region.objects.get(cut_code="13").name] == "–"
    assert rows["Casos medidos"] == "6"
