"""The public account as a citizen and staff use it: asking a question a page (an e-mail only
when she wants the answer; what she typed kept when something is missing), the sent page, the
questions and answers by theme; the staff's tabs, opening an observation with her e-mail
(audited), answering it, and the answers document."""

import pytest
from django.urls import reverse
from django.utils import translation

from acoge.accounts.models import Role
from acoge.core.models import AuditEntry
from acoge.public_account.models import Observation, StatsAnswer
from tests.public_account.builders import cycle, observation, theme

pytestmark = pytest.mark.django_db


def step(account, name: str, lang: str = "es") -> str:
    with translation.override(lang):
        return reverse("public_account:step", kwargs={"year": account.year, "step": name})


def test_asking_a_question_a_page_with_the_answer_sent_by_e_mail(client):
    account = cycle("open")
    topic = theme()
    ask = {"text": "¿Cuánto demora una residencia?", "theme": topic.pk}
    assert client.post(step(account, "pregunta"), ask).status_code == 302
    assert client.post(step(account, "region"), {"region": ""}).status_code == 302
    missing = client.post(step(account, "respuesta"), {"send": "yes", "email": ""})
    assert missing.status_code == 200 and 'class="ac-error-summary' in missing.content.decode()
    assert (
        client.post(
            step(account, "respuesta"), {"send": "yes", "email": "rosa@example.org"}
        ).status_code
        == 302
    )
    stats = {"gender_identity": "woman"}
    assert client.post(step(account, "estadisticas"), stats).status_code == 302
    review = client.get(step(account, "revisar"))
    assert "rosa@example.org" in review.content.decode() and "no-store" in review["Cache-Control"]
    response = client.post(step(account, "revisar"), {})
    assert response.status_code == 302
    sent = client.get(response.url)
    sent_one = Observation.objects.get()
    assert sent_one.reference in sent.content.decode() and "no-store" in sent["Cache-Control"]
    assert sent_one.email == "rosa@example.org" and sent_one.theme == topic
    assert StatsAnswer.objects.get().gender_identity == "woman"


def test_without_an_e_mail_nothing_of_her_is_kept(client):
    account = cycle("open")
    client.post(step(account, "pregunta"), {"text": "Propongo atención en la tarde."})
    client.post(step(account, "region"), {"region": ""})
    client.post(step(account, "respuesta"), {"send": "no", "email": "escrito@example.org"})
    client.post(step(account, "estadisticas"), {"omitir": "1"})
    client.post(step(account, "revisar"), {})
    sent = Observation.objects.get()
    assert sent.email == "" and sent.email_index is None
    assert not StatsAnswer.objects.exists()


def test_a_closed_window_sends_her_to_the_account(client):
    account = cycle("closed")
    response = client.get(step(account, "pregunta"))
    assert response.status_code == 302 and response.url == account.get_absolute_url()


def test_questions_and_answers_are_grouped_by_theme(client):
    account = cycle("closed")
    observation(
        account,
        theme=theme("tramites"),
        text="Sobre trámites",
        status="answered",
        answer="Respuesta publicada",
        responsible_unit="Extranjería",
    )
    observation(account, text="Sin tema")
    html = client.get(
        reverse("public_account:questions", kwargs={"year": account.year})
    ).content.decode()
    assert html.index("Sobre trámites") < html.index("Sin tema")
    assert "Respuesta publicada" in html and "Extranjería" in html


def test_an_unpublished_account_is_not_found(client):
    account = cycle("open", published=False)
    assert client.get(account.get_absolute_url()).status_code == 404
    assert client.get(step(account, "pregunta")).status_code == 404


def test_staff_open_an_observation_with_her_e_mail_audited_and_answer_it(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    account = cycle("closed")
    hers = observation(account, email="rosa@example.org")
    page = client.get(reverse("public_account_staff:observation", kwargs={"pk": hers.pk}))
    assert "rosa@example.org" in page.content.decode()
    assert AuditEntry.objects.filter(action="public_account.observation.read").count() == 1
    url = reverse("public_account_staff:action", kwargs={"pk": hers.pk, "action": "responder"})
    missing = client.post(url, {"responsible_unit": "Extranjería", "answer": ""})
    assert missing.status_code == 400 and "Extranjería" in missing.content.decode()
    assert (
        client.post(url, {"responsible_unit": "Extranjería", "answer": "Tres meses."}).status_code
        == 302
    )
    hers.refresh_from_db()
    assert hers.status == "answered" and hers.answer == "Tres meses."


def test_the_late_tab_lists_what_is_past_its_due_date(staff_client):
    import datetime

    from django.utils import timezone

    client = staff_client(Role.NATIONAL_ADMIN)
    account = cycle("closed")
    observation(account, text="Atrasada", due_on=timezone.localdate() - datetime.timedelta(days=3))
    observation(account, text="A tiempo")
    url = reverse("public_account_staff:observations", kwargs={"pk": account.pk})
    html = client.get(url, {"ver": "atrasadas"}).content.decode()
    assert "Atrasada" in html and "A tiempo" not in html


def test_the_answers_document_once_published(client, staff_client):
    account = cycle("closed")
    observation(account, status="answered", answer="Todo respondido", responsible_unit="Unidad")
    url = reverse("public_account:answers", kwargs={"year": account.year})
    assert client.get(url).status_code == 404
    staff = staff_client(Role.ENGAGEMENT)
    staff.post(reverse("public_account_staff:publish", kwargs={"pk": account.pk}))
    staff.logout()
    assert "Todo respondido" in client.get(url).content.decode()
