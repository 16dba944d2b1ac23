"""The results' counts kept as answers come in (the `Tally` model), so that a results page with
a million responses reads a few hundred rows, not the million.

Each response adds one to a row per dimension of who took part (channel, the statistics block,
region), and per single-choice or scale question one to a row per answer and dimension of
`TALLIED`; a multiple-choice answer adds one to its option, a ranking to its option's place.
`add` is called in the transaction that stores the response (or corrects it), so the counts
are never behind the answers; `rebuild` counts them again from the answers, in the database,
for a consultation whose answers were written some other way (the demo data) or to check the
kept counts (the tests compare them). `counter` hands the counts to the stats app's tables,
which suppress them as they do any other counts."""

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from acoge.stats.demographics import EVERYONE_DIMENSIONS
from acoge.stats.tables import Counter as CountsOf
from acoge.stats.tables import Dimension

from .models import Answer, Consultation, Question, Response, StatsAnswer, Tally

# Who took part, and what each question's answers are crossed with on the results pages.
PARTICIPANTS = ("channel", *(dimension.field for dimension in EVERYONE_DIMENSIONS), "region")
CROSSED = ("gender_identity", "age_band", "nationality_group", "region")
TALLIED = ("channel", *CROSSED)
PEOPLE = 0  # the `question` of the counts of who took part
NONE = 0  # the `answer` of a question not answered (and of the participants' rows)
OTHER = -1  # "other — please say" in a single-choice question
CHOSEN = ""  # the dimension of a multiple-choice question's counts: how often each was chosen
PLACE = "place"  # the dimension of a ranking's counts
ONE_ANSWER = (Question.Kind.SINGLE, Question.Kind.SCALE)
NUMBERED = {"region", PLACE}  # categories that are numbers (a region's pk, a place)

Key = tuple[int, int, str, str]  # question, answer, dimension, category


def _profile(channel: str, stats: StatsAnswer | None) -> dict[str, str]:
    profile = {"channel": channel}
    for field in PARTICIPANTS[1:-1]:
        profile[field] = (getattr(stats, field) or "") if stats else ""
    profile["region"] = str(stats.region_id) if stats and stats.region_id else ""
    return profile


def _one(question: Question, answers: list[Answer]) -> int:
    """A single-choice or scale answer as counted: the option, else "other", else nothing."""
    if question.kind == Question.Kind.SCALE:
        return next((a.value for a in answers if a.value), NONE)
    chosen = next((a.option_id for a in answers if a.option_id), None)
    if chosen:
        return chosen
    return OTHER if question.allow_other and any(a.text for a in answers) else NONE


def keys(
    questions: Iterable[Question], channel: str, answers: list[Answer], stats: StatsAnswer | None
) -> Counter[Key]:
    """What one response adds to the tally."""
    profile = _profile(channel, stats)
    found: Counter[Key] = Counter((PEOPLE, NONE, field, profile[field]) for field in PARTICIPANTS)
    mine: dict[int, list[Answer]] = {}
    for answer in answers:
        mine.setdefault(answer.question_id, []).append(answer)
    for question in questions:
        given = mine.get(question.pk, [])
        if question.kind in ONE_ANSWER:
            answer = _one(question, given)
            found.update((question.pk, answer, field, profile[field]) for field in TALLIED)
        elif question.kind == Question.Kind.MULTIPLE:
            found.update((question.pk, a.option_id, CHOSEN, "") for a in given if a.option_id)
        elif question.kind == Question.Kind.RANKING:
            found.update(
                (question.pk, a.option_id, PLACE, str(a.value)) for a in given if a.option_id
            )
    return found


def response_keys(response: Response) -> Counter[Key]:
    """What a stored response added to the tally (read back, to take it away again)."""
    questions = response.consultation.questions.all()
    stats = StatsAnswer.objects.filter(response=response).first()
    return keys(questions, response.channel, list(response.answers.all()), stats)


def add(consultation: Consultation, counts: Counter[Key], *, sign: int = 1) -> None:
    """Add the counts to the tally (or take them away, sign -1), in the caller's transaction.
    The rows are written in one order, so two responses stored at once never wait on each
    other in a circle."""
    table = connection.ops.quote_name(Tally._meta.db_table)  # the model's own name, no input
    sql = (
        f"INSERT INTO {table} (consultation_id, question, answer, dimension, category, n) "  # noqa: S608
        "VALUES (%s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (consultation_id, question, answer, dimension, category) "
        f"DO UPDATE SET n = {table}.n + excluded.n"
    )
    rows = [(consultation.pk, *key, sign * n) for key, n in sorted(counts.items()) if n]
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


# Counting again from the answers ----------------------------------------------------------------


def answered(consultation: Consultation, questions: Sequence[Question]) -> QuerySet[Response]:
    """The consultation's responses, each with a column per single-choice or scale question
    (`q<pk>`): its answer as counted, null when not answered."""
    columns = {}
    for question in questions:
        own = Answer.objects.filter(response=OuterRef("pk"), question=question)
        if question.kind == Question.Kind.SCALE:
            columns[f"q{question.pk}"] = Subquery(own.values("value")[:1])
            continue
        chosen = Subquery(
            own.filter(option__isnull=False).values("option_id")[:1], output_field=IntegerField()
        )
        if question.allow_other:
            other = own.filter(option__isnull=True).annotate(o=Value(OTHER)).values("o")[:1]
            chosen = Coalesce(chosen, Subquery(other), output_field=IntegerField())
        columns[f"q{question.pk}"] = chosen
    return Response.objects.filter(consultation=consultation).annotate(**columns)


def _column(field: str) -> str:
    return field if field == "channel" else f"stats__{field}"


def _grouped(queryset: QuerySet, *fields: str) -> Iterable[tuple[Any, ...]]:
    return queryset.order_by().values_list(*fields).annotate(n=Count("pk"))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def counted(consultation: Consultation) -> Counter[Key]:
    """The whole tally, counted again from the answers (in the database, by GROUP BY)."""
    questions = list(consultation.questions.all())
    found: Counter[Key] = Counter()
    responses = Response.objects.filter(consultation=consultation)
    for field in PARTICIPANTS:
        for value, n in _grouped(responses, _column(field)):
            found[(PEOPLE, NONE, field, _text(value))] += n
    single = [q for q in questions if q.kind in ONE_ANSWER]
    annotated = answered(consultation, single)
    for question in single:
        for field in TALLIED:
            for answer, value, n in _grouped(annotated, f"q{question.pk}", _column(field)):
                found[(question.pk, answer or NONE, field, _text(value))] += n
    for question in questions:
        chosen = Answer.objects.filter(question=question, option__isnull=False)
        if question.kind == Question.Kind.MULTIPLE:
            for option, n in _grouped(chosen, "option"):
                found[(question.pk, option, CHOSEN, "")] += n
        elif question.kind == Question.Kind.RANKING:
            for option, place, n in _grouped(chosen, "option", "value"):
                found[(question.pk, option, PLACE, _text(place))] += n
    return found


@transaction.atomic
def rebuild(consultation: Consultation) -> None:
    """Count the tally again from the answers (the demo data; a repair)."""
    Consultation.objects.select_for_update().filter(pk=consultation.pk).first()
    Tally.objects.filter(consultation=consultation).delete()
    add(consultation, counted(consultation))


def kept(consultation: Consultation) -> Counter[Key]:
    """The tally as kept (what `counted` must equal)."""
    rows = Tally.objects.filter(consultation=consultation).exclude(n=0)
    return Counter(
        {
            (row.question, row.answer, row.dimension, row.category): row.n
            for row in rows.only("question", "answer", "dimension", "category", "n")
        }
    )


# Reading it for the results tables ---------------------------------------------------------------


def _dimension(field: str) -> tuple[int | None, str]:
    """A results table's field as the tally keeps it: `q<pk>` (a question) or who answered
    (`channel`, `stats__<field>`), or a ranking's `value` (its place)."""
    if field.startswith("q") and field[1:].isdigit():
        return int(field[1:]), ""
    if field == "value":
        return None, PLACE
    return None, field.removeprefix("stats__")


def _category(dimension: str, category: str) -> Any:
    if category == "":
        return None
    return int(category) if dimension in NUMBERED else category


def counter(consultation: Consultation) -> CountsOf:
    """The tally as the stats app's tables count: a one-way table of who took part
    (`channel`, `stats__…`), a multiple-choice question (`q<pk>`), or a question crossed with
    who answered or with the places of a ranking (`q<pk>` by `channel`, `stats__…`, `value`)."""

    def count(dims: Sequence[Dimension]) -> dict[tuple[Any, ...], int]:
        question, dimension = _dimension(dims[0].field)
        if len(dims) == 2:
            dimension = _dimension(dims[1].field)[1]
        elif question is not None:
            dimension = CHOSEN
        rows = (
            Tally.objects.filter(
                consultation=consultation, question=question or PEOPLE, dimension=dimension
            )
            .exclude(n=0)
            .values_list("answer", "category", "n")
        )
        found: dict[tuple[Any, ...], int] = {}
        for answer, category, n in rows:
            value = _category(dimension, category)
            if question is None:
                key: tuple[Any, ...] = (value,)
            elif len(dims) == 1:
                key = (answer or None,)
            else:
                key = (answer or None, value)
            found[key] = found.get(key, 0) + n
        return found

    return count
