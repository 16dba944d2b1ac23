"""The humanitarian residence guide: each case with who, who files, what she needs, cost,
length and steps, the source of each fact, what is not confirmed said so, and a case past its
review date shown as under review; in three languages, with quick exit, linked from the home
and the women's programme page."""

from datetime import date, timedelta

import pytest
from django.test import Client

from acoge.permits import demo
from acoge.permits.models import Case

pytestmark = pytest.mark.django_db

GUIDE = "/es/residencia-humanitaria/"


@pytest.fixture
def guide(db):
    demo.load(lambda line: None)


def text(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_the_guide_lists_the_five_cases_and_says_it_is_not_a_decision(guide):
    page = text(GUIDE)
    for slug in (
        "violencia",
        "embarazo",
        "ninos-ninas-adolescentes",
        "trata-de-personas",
        "trafico-de-migrantes",
    ):
        assert f'href="{GUIDE}{slug}/"' in page
    assert "Decreto 177" in page or "Decree 177" in page
    assert f'href="{GUIDE}verificar/"' in page
    assert "ac-permits-notice" in page


def test_a_case_shows_each_fact_with_its_source_and_what_is_to_be_confirmed(guide):
    page = text(GUIDE + "embarazo/")
    assert "Certificado de embarazo de la red pública de salud" in page
    assert (
        "https://www-pre.serviciomigraciones.cl/en/residencia-temporal-permit/subcategories/pregnancy"
        in page
    )
    assert "Registro Civil" in page, "the steps after it is granted"
    assert page.count("ac-tag--grey") == 2, "the fee amount and the length are to be confirmed"
    assert "Last reviewed" in page or "Última revisión" in page


def test_facts_not_confirmed_flag_their_case_for_a_legal_check(guide):
    assert Case.objects.get(slug="trafico-de-migrantes").needs_legal_check
    fully = Case.objects.get(slug="ninos-ninas-adolescentes")
    fully.facts.update(confirmed=True)
    assert not Case.objects.get(pk=fully.pk).needs_legal_check


def test_a_case_past_its_review_date_is_shown_under_review(guide):
    case = Case.objects.get(slug="violencia")
    assert not case.under_review(today=case.review_by)
    assert case.under_review(today=case.review_by + timedelta(days=1))
    Case.objects.filter(pk=case.pk).update(review_by=date.today() - timedelta(days=1))
    page = text(GUIDE + "violencia/")
    assert "ac-warning-text" in page
    assert "ac-tag--yellow" in text(GUIDE), "the list says so too"


def test_the_guide_speaks_haitian_creole_and_english(guide):
    assert "Vyolans nan fanmi oswa vyolans sou fanm" in text(
        "/ht/residencia-humanitaria/violencia/"
    )
    assert "Domestic or gender-based violence" in text("/en/residencia-humanitaria/violencia/")
    assert "Okenn nan sa yo" in text("/ht/residencia-humanitaria/verificar/situacion/")


@pytest.mark.parametrize(
    "path",
    [GUIDE, GUIDE + "violencia/", GUIDE + "verificar/", GUIDE + "verificar/situacion/"],
)
def test_every_page_of_the_guide_has_the_quick_exit(guide, path):
    assert 'class="ac-exit' in text(path)


def test_the_home_and_the_womens_page_link_to_the_guide(guide):
    assert f'href="{GUIDE}"' in text("/es/")
    assert f'href="{GUIDE}"' in text("/es/mujer-migrante/")


def test_an_unknown_case_is_not_found(guide):
    assert Client().get(GUIDE + "no-existe/").status_code == 404
    Case.objects.filter(slug="embarazo").update(published=False)
    assert Client().get(GUIDE + "embarazo/").status_code == 404


def test_staff_see_which_cases_need_a_legal_check(guide, staff_client):
    from acoge.accounts.models import Role
    from acoge.permits.models import CaseFact

    CaseFact.objects.exclude(case__slug="trafico-de-migrantes").update(confirmed=True)
    page = staff_client(Role.NATIONAL_ADMIN).get("/admin/permits/case/").content.decode()
    # Every case is published (True); only the smuggling case still needs a legal check.
    assert page.count('alt="False"') == 4
    assert page.count('alt="True"') == 5 + 1
