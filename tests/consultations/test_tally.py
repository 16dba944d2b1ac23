"""The tally: the results' counts kept as responses are stored, corrected or sent at once, always
equal to the same counts made again from the answers (`tally.counted`); what is counted at all
(only questions she was asked; nothing once the results are published)."""

import random

import pytest
from django.db import connection

from acoge.accounts.models import Role
from acoge.consultations import selectors, services, tally
from acoge.consultations.errors import ConsultationError
from acoge.consultations.models import Answer, Channel, Response, Tally
from acoge.consultations.services import Given
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.stats.demographics import AgeBand, NationalityGroup
from tests.concurrency import at_once
from tests.consultations.test_answering import make, option
from tests.consultations.test_dialogues import dialogue_in
from tests.consultations.test_verified import _ranking

pytestmark = pytest.mark.django_db


def _random_response(consultation, pick: random.Random, regions: list[int], **kwargs) -> None:
    ranking = consultation.questions.get(slug="prioridades")
    ranked = [o.pk for o in ranking.options.all()]
    pick.shuffle(ranked)
    tema = pick.choice(["Salud", "Trabajo", "Idioma", None])
    given = {
        "tema": Given(options=(option(consultation, "tema", tema).pk,))
        if tema
        else Given(text="Vivienda"),  # "other"
        "barreras": Given(
            options=tuple(
                option(consultation, "barreras", label).pk
                for label in pick.sample(["Horarios", "Idioma", "Miedo"], pick.randint(0, 2))
            )
        ),
        "prioridades": Given(options=tuple(ranked[: pick.randint(0, 2)])),
        "comentario": Given(text=pick.choice(["", "Más horarios."])),
    }
    if pick.random() < 0.8:
        given["claridad"] = Given(value=pick.randint(1, 5))
    stats = {}
    if pick.random() < 0.7:
        stats = {
            "gender_identity": pick.choice(["woman", "man", "non_binary"]),
            "age_band": pick.choice(AgeBand.values[1:]),
            "nationality_group": pick.choice(NationalityGroup.values),
        }
    region_id = pick.choice([*regions, None])
    services.response_submit(
        consultation=consultation, given=given, stats=stats, region_id=region_id, **kwargs
    )


def _consultation():
    consultation = make()
    _ranking(consultation)
    return consultation


def test_the_kept_counts_equal_the_answers_counted_again(make_staff):
    consultation = _consultation()
    pick = random.Random(7)
    regions = list(Region.objects.values_list("pk", flat=True)[:4])
    staff = make_staff(Role.ENGAGEMENT)
    for _n in range(40):
        _random_response(consultation, pick, regions)
    for _n in range(15):
        _random_response(consultation, pick, regions, channel=Channel.IN_PERSON, entered_by=staff)
    kept = tally.kept(consultation)
    assert kept == tally.counted(consultation)
    assert kept[(tally.PEOPLE, tally.NONE, "channel", Channel.IN_PERSON)] == 15
    assert sum(n for (q, _a, d, _c), n in kept.items() if q == tally.PEOPLE and d == "region") == 55
    tema = consultation.questions.get(slug="tema")
    other = sum(n for (q, a, d, _c), n in kept.items() if (q, a, d) == (tema.pk, -1, "channel"))
    assert other > 0, "the 'other' answers are counted as one answer"


def test_a_rebuild_gives_the_same_counts_and_the_same_results(make_staff):
    consultation = _consultation()
    pick = random.Random(3)
    regions = list(Region.objects.values_list("pk", flat=True)[:3])
    for _n in range(30):
        _random_response(consultation, pick, regions)
    before = tally.kept(consultation)
    published = selectors.results(consultation, public=False)
    Tally.objects.filter(consultation=consultation).delete()
    assert selectors.results(consultation).participation[0].total in (0, None)
    tally.rebuild(consultation)
    assert tally.kept(consultation) == before
    again = selectors.results(consultation, public=False)
    assert [q.tables for q in again.questions] == [q.tables for q in published.questions]


def test_correcting_a_paper_sheet_moves_its_counts(make_staff):
    consultation = make()
    dialogue = dialogue_in("08", consultation)
    staff = make_staff(Role.REGIONAL_STAFF)
    given = {
        "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
        "claridad": Given(value=2),
    }
    services.response_submit(
        consultation=consultation, given=given, stats={"gender_identity": "woman"},
        region_id=dialogue.region_id, channel=Channel.IN_PERSON, entered_by=staff,
        dialogue=dialogue, sheet="1",
    )  # fmt: skip
    with scopes_disabled():  # as the staff views are, within the staff member's reach
        services.second_entry_save(
            dialogue=dialogue,
            sheet="1",
            given={**given, "claridad": Given(value=5)},
            stats={"gender_identity": "man"},
            region_id=dialogue.region_id,
            actor=staff,
        )
        services.entry_correct(dialogue=dialogue, sheet="1", actor=staff)
    kept = tally.kept(consultation)
    assert kept == tally.counted(consultation)
    claridad = consultation.questions.get(slug="claridad")
    assert kept[(claridad.pk, 5, "gender_identity", "man")] == 1
    assert (claridad.pk, 2, "gender_identity", "woman") not in kept, "the old count is gone"


@pytest.mark.django_db(transaction=True)
def test_responses_sent_at_once_are_each_counted():
    consultation = _consultation()
    regions = list(Region.objects.values_list("pk", flat=True)[:2])

    def send(n: int) -> None:
        _random_response(consultation, random.Random(n), regions)

    sending = 8 if connection.vendor == "postgresql" else 4
    _done, errors = at_once(send, sending)
    stored = Response.objects.filter(consultation=consultation).count()
    if connection.vendor == "postgresql":
        assert errors == [] and stored == sending
    assert stored == sending - len(errors), "a refused response is not stored"
    assert tally.kept(consultation) == tally.counted(consultation)
    people = tally.kept(consultation)
    assert sum(n for (q, _a, d, _c), n in people.items() if (q, d) == (0, "channel")) == stored


def test_an_answer_to_a_question_not_asked_is_not_counted(make_staff):
    """'¿Qué idioma?' is asked only after 'Idioma': typed from a sheet answered past its arrow,
    it is left out."""
    consultation = make()
    staff = make_staff(Role.ENGAGEMENT)
    services.response_submit(
        consultation=consultation,
        given={
            "tema": Given(options=(option(consultation, "tema", "Salud").pk,)),
            "claridad": Given(value=4),
            "idioma": Given(text="Creole"),
        },
        channel=Channel.IN_PERSON,
        entered_by=staff,
    )
    assert not Answer.objects.filter(question__slug="idioma").exists()
    services.response_submit(
        consultation=consultation,
        given={
            "tema": Given(options=(option(consultation, "tema", "Idioma").pk,)),
            "claridad": Given(value=4),
            "idioma": Given(text="Creole"),
        },
    )
    assert Answer.objects.get(question__slug="idioma").text == "Creole"


def test_once_results_are_published_nothing_more_is_counted(make_staff):
    consultation = make()
    staff = make_staff(Role.ENGAGEMENT)
    consultation.results_published = True
    consultation.save()
    with pytest.raises(ConsultationError, match="resultados están publicados"):
        services.response_submit(
            consultation=consultation,
            given={"tema": Given(options=(option(consultation, "tema", "Salud").pk,))},
            channel=Channel.IN_PERSON,
            entered_by=staff,
        )
    assert not Response.objects.filter(consultation=consultation).exists()
