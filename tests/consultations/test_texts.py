"""Open answers: read by the team, grouped into themes in the background after each reading, and
quoted in public only while they may be quoted."""

import pytest

from acoge.accounts.models import Role
from acoge.consultations import selectors, services
from acoge.consultations.models import Answer, Moderation
from acoge.consultations.services import Given
from tests.consultations.test_answering import make, option

pytestmark = pytest.mark.django_db

SAID = [
    *["Los horarios de atención no sirven a quienes trabajan de día, horarios el sábado."] * 6,
    *["Información en creole con intérpretes de creole en las oficinas."] * 6,
]


def _answered(consultation) -> list[Answer]:
    for text in SAID:
        services.response_submit(
            consultation=consultation,
            given={
                "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
                "claridad": Given(value=4),
                "comentario": Given(text=text),
            },
        )
    return list(Answer.objects.filter(question__slug="comentario").order_by("pk"))


def test_read_answers_are_grouped_and_only_quotable_ones_are_quoted(
    make_staff, django_capture_on_commit_callbacks
):
    consultation = make()
    question = consultation.questions.get(slug="comentario")
    answers = _answered(consultation)
    staff = make_staff(Role.ENGAGEMENT)
    assert selectors.themes(question, public=True) == [], "nothing is grouped before reading"
    with django_capture_on_commit_callbacks(execute=True):
        services.texts_moderate(
            question=question,
            answer_ids=[a.pk for a in answers],
            state=Moderation.PUBLISHED,
            actor=staff,
        )
    shown = selectors.themes(question, public=True)
    assert sorted(theme.size for theme in shown) == [6, 6]
    assert any("horarios" in " ".join(theme.terms) for theme in shown)
    assert all(quote in SAID for theme in shown for quote in theme.quotes)
    # Hidden later: never quoted again, even before the themes are made again.
    Answer.objects.filter(pk__in=[a.pk for a in answers]).update(moderation=Moderation.HIDDEN)
    assert all(theme.quotes == [] for theme in selectors.themes(question, public=True))
    assert selectors.grouping(question, public=True).answers == 12


def test_staff_ask_for_the_themes_again_from_the_answers_page(staff_client):
    consultation = make()
    question = consultation.questions.get(slug="comentario")
    _answered(consultation)
    client = staff_client(Role.ENGAGEMENT)
    url = f"/gestion/consultas/{consultation.pk}/textos/{question.pk}/"
    assert "no se han agrupado" in client.get(url).content.decode()
    response = client.post(url, {"regroup": "1"}, follow=True)  # the test tasks run at once
    page = response.content.decode()
    assert "12 respuestas" in page
    assert sorted(theme.size for theme in selectors.themes(question)) == [6, 6]


def test_hiding_an_answer_takes_its_quote_off_the_published_results_at_once(
    make_staff, django_capture_on_commit_callbacks, settings
):
    from django.test import Client
    from django.utils import timezone

    settings.ACOGE_PAGE_CACHE = True
    consultation = make(opens=-10, closes=10)
    question = consultation.questions.get(slug="comentario")
    answers = _answered(consultation)
    staff = make_staff(Role.ENGAGEMENT)
    with django_capture_on_commit_callbacks(execute=True):
        services.texts_moderate(
            question=question, answer_ids=[a.pk for a in answers], state="published", actor=staff
        )
    consultation.closes_at = timezone.now() - timezone.timedelta(days=1)
    consultation.results_published = True
    consultation.save()
    url = f"/es/participacion/consultas/{consultation.slug}/resultados/"
    assert "intérpretes de creole" in Client().get(url).content.decode()
    creole = [a.pk for a in answers if "creole" in a.text]
    with django_capture_on_commit_callbacks(execute=True):
        services.texts_moderate(question=question, answer_ids=creole, state="hidden", actor=staff)
    assert "intérpretes de creole" not in Client().get(url).content.decode()


def test_answers_are_told_apart_by_language_and_grouped_in_their_own(
    make_staff, django_capture_on_commit_callbacks
):
    from acoge.consultations.themes import language_of

    assert language_of("Mwen bezwen enfòmasyon nan lang pa mwen") == "ht"
    assert language_of("Necesito información en mi idioma, por favor") == "es"
    assert language_of("I need the information in my own language") == "en"
    assert language_of("Salud") == "es", "no function word: the default"
    consultation = make()
    question = consultation.questions.get(slug="comentario")
    creole = ["Mwen bezwen entèprèt kreyòl nan biwo a pou mwen ka konprann."] * 6
    for text in [*SAID, *creole]:
        services.response_submit(
            consultation=consultation,
            given={
                "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
                "claridad": Given(value=4),
                "comentario": Given(text=text),
            },
        )
    services.themes_regroup(question)
    shown = selectors.themes(question)
    assert sorted(theme.size for theme in shown) == [6, 6, 6]
    words = {term for theme in shown for term in theme.terms}
    assert {"entèprèt", "kreyòl"} & words, "the Creole answers make a theme of their own"
    assert not {"mwen", "nan", "pou"} & words, "with Creole function words left out"
