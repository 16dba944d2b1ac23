"""Staff pages: results while the consultation is open, paper questionnaires entered fast (one
page, saved as in person, in the audit log, a blank one next), and participation codes shown
once as cards, kept only as hashes."""

import pytest

from acoge.accounts.models import Role
from acoge.consultations.models import Channel, ParticipationCode, Response
from acoge.consultations.services import code_hash
from acoge.core.models import AuditEntry, Region
from tests.consultations.test_answering import make, option

pytestmark = pytest.mark.django_db


def test_a_paper_questionnaire_is_saved_as_in_person_and_the_form_comes_back_blank(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    consultation = make()
    url = f"/gestion/consultas/{consultation.pk}/papel/"
    page = client.get(url).content.decode()
    assert 'name="tema-answer"' in page and 'name="claridad-answer"' in page
    saved = client.post(
        url,
        {
            "tema-answer": option(consultation, "tema", "Trabajo").pk,
            "claridad-answer": "2",
            "comentario-answer": "Escrito a mano.",
            "region-region": Region.objects.get(cut_code="15").pk,
            "stats-gender_identity": "woman",
        },
    )
    assert saved.status_code == 302 and saved["Location"] == url
    response = Response.objects.get(consultation=consultation)
    assert response.channel == Channel.IN_PERSON and response.entered_by == client.user
    assert response.stats.region.cut_code == "15"
    assert AuditEntry.objects.filter(action="consultations.response.entered").count() == 1
    again = client.get(url).content.decode()
    assert "Escrito a mano." not in again and "Has ingresado 1 cuestionario" in again


def test_a_blank_paper_questionnaire_is_kept_as_blank(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    consultation = make()
    client.post(f"/gestion/consultas/{consultation.pk}/papel/", {})
    response = Response.objects.get(consultation=consultation)
    assert response.answers.count() == 0


def test_a_wrong_paper_answer_is_refused_and_what_was_typed_comes_back(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    consultation = make()
    three = [o.pk for o in consultation.questions.get(slug="barreras").options.all()]
    page = client.post(
        f"/gestion/consultas/{consultation.pk}/papel/",
        {"barreras-answer": three, "comentario-answer": "Texto largo a mano."},
    )
    assert page.status_code == 400 and "Texto largo a mano." in page.content.decode()
    assert not Response.objects.exists()


def test_codes_are_shown_once_as_cards_and_kept_only_as_hashes(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    consultation = make(participation="codes")
    cards = client.post(
        f"/gestion/consultas/{consultation.pk}/codigos/", {"batch": "Diálogo Arica", "count": 3}
    )
    assert cards.status_code == 200 and "no-store" in cards["Cache-Control"]
    body = cards.content.decode()
    shown = [part.split("<")[0] for part in body.split('class="ac-code-card__code">')[1:]]
    assert len(shown) == 3
    for code in shown:
        assert ParticipationCode.objects.filter(code_hash=code_hash(code)).exists()
    kept = " ".join(ParticipationCode.objects.values_list("code_hash", flat=True))
    assert not any(code.replace("-", "") in kept for code in shown), "never the code itself"
    again = client.get(f"/gestion/consultas/{consultation.pk}/codigos/").content.decode()
    assert shown[0] not in again and "Diálogo Arica" in again


def test_results_while_open_show_who_is_taking_part(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    consultation = make()
    page = client.get(f"/gestion/consultas/{consultation.pk}/").content.decode()
    assert "<table" in page and consultation.title_es in page


def test_a_refused_paper_entry_says_why_even_without_questions(staff_client):
    from acoge.consultations.models import Question

    client = staff_client(Role.ENGAGEMENT)
    consultation = make(modality="online")  # takes no in-person answers
    for question in Question.objects.filter(consultation=consultation).order_by("-order"):
        question.delete()  # the later ones first: one is asked after an earlier answer
    page = client.post(f"/gestion/consultas/{consultation.pk}/papel/", {})
    assert page.status_code == 400 and "ac-error-summary" in page.content.decode()
    assert not Response.objects.exists()


def test_the_team_previews_every_page_in_each_language(staff_client):
    consultation = make(opens=5)
    client = staff_client(Role.ENGAGEMENT)
    url = f"/gestion/consultas/{consultation.pk}/vista-previa/"
    page = client.get(url).content.decode()
    assert "¿Qué tema?" in page and "Salud" in page and "¿Qué barreras?" in page
    assert "Se pregunta solo cuando la respuesta a “¿Qué tema?” es “Idioma”." in page
    assert "Página 5" in page and "se puede saltar" in page
    assert "pueden cambiar en el administrador" in page, "not yet open: still editable"
    consultation.questions.filter(slug="tema").update(text_en="Which topic?")
    english = client.get(url, {"idioma": "en"}).content.decode()
    assert "Which topic?" in english and "Vista previa del cuestionario" in english
    assert client.get(url, {"idioma": "xx"}).status_code == 200
