"""What the public pages read: published consultations, and results counted in the database
and published through the stats app's suppression (no count from 1 to 4, nor any that would
let one be worked out)."""

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.stats.demographics import EVERYONE_DIMENSIONS, region_dimension
from acoge.stats.models import DIMENSIONS as REFERENCE_DIMENSIONS
from acoge.stats.representation import Comparison, compare
from acoge.stats.tables import (
    Breakdown,
    Dimension,
    Table,
    TableSpec,
    breakdowns,
    choices_dimension,
)

from .forms import SCALE
from .models import Answer, Channel, Consultation, ParticipationCode, Question, Response

REFERENCE_FIELDS = {field for field, _label in REFERENCE_DIMENSIONS}


def published() -> QuerySet[Consultation]:
    return Consultation.objects.filter(published=True).prefetch_related("regions")


def by_status(now=None) -> dict[str, list[Consultation]]:
    now = now or timezone.now()
    order = (Consultation.Status.OPEN, Consultation.Status.UPCOMING, Consultation.Status.CLOSED)
    found: dict[str, list[Consultation]] = {status: [] for status in order}
    for consultation in published():
        found[consultation.status(now)].append(consultation)
    found[Consultation.Status.UPCOMING].reverse()  # the soonest first
    return found


def for_staff() -> list[dict]:
    """Every consultation, newest first, with its answers by channel (staff see real counts),
    counted in one query."""
    today = timezone.localdate()
    counts: dict[int, dict[str, int]] = {}
    for consultation_id, channel, n in (
        Response.objects.order_by()
        .values_list("consultation_id", "channel")
        .annotate(n=Count("pk"))
    ):
        counts.setdefault(consultation_id, {})[channel] = n
    return [
        {
            "consultation": consultation,
            "counts": {
                channel: counts.get(consultation.pk, {}).get(channel, 0)
                for channel in Channel.values
            },
            "overdue": consultation.response_overdue(today),
        }
        for consultation in Consultation.objects.all()
    ]


def counts_by_channel(consultation: Consultation) -> dict[str, int]:
    rows = (
        Response.objects.filter(consultation=consultation)
        .order_by()
        .values_list("channel")
        .annotate(n=Count("pk"))
    )
    return dict.fromkeys(Channel.values, 0) | dict(rows)


def entered_by(consultation: Consultation, user) -> int:
    """Paper questionnaires this staff member entered for the consultation."""
    return Response.objects.filter(consultation=consultation, entered_by=user).count()


def code_batches(consultation: Consultation) -> list[dict]:
    return list(
        ParticipationCode.objects.filter(consultation=consultation)
        .order_by("batch")
        .values("batch")
        .annotate(made=Count("pk"), used=Count("used_on"))
    )


def published_one(slug: str) -> Consultation | None:
    return published().filter(slug=slug).first()


CHANNEL = choices_dimension("response__channel", _("Channel"), Channel, blank="")


def _about(dimension: Dimension, prefix: str) -> Dimension:
    return Dimension(
        field=f"{prefix}{dimension.field}",
        title=dimension.title,
        categories=dimension.categories,
        blank=dimension.blank,
    )


# What the results pages cross each question with (the API too): one list, one system.
CROSSED = ("gender_identity", "age_band", "nationality_group", "region")
OTHER = -1  # the category of "other — please say" in a single-choice question's column


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    tables: list[Table]  # by answer and channel, then by answer and each dimension asked for
    texts: int = 0  # open answers received (read by staff, not published here)


@dataclass(frozen=True)
class Results:
    """Everything a results page (or the API) publishes about one consultation."""

    participation: list[Table]
    questions: list[QuestionResult]
    representation: list[Comparison]


def _who(field: str, prefix: str) -> Dimension:
    if field == "region":
        return region_dimension(f"{prefix}region")
    return _about({d.field: d for d in EVERYONE_DIMENSIONS}[field], prefix)


def _one_answer(question: Question) -> Dimension:
    """A single-choice or scale question as a column of each response (not answered: blank)."""
    if question.kind == Question.Kind.SCALE:
        points = [(int(value), label) for value, label in SCALE]
        return Dimension(f"q{question.pk}", question.text, lambda: points)
    options = [(option.pk, option.label) for option in question.options.all()]
    if question.allow_other:
        options.append((OTHER, str(_("Other"))))
    return Dimension(f"q{question.pk}", question.text, lambda: options)


def _annotated(consultation: Consultation, questions: list[Question]) -> QuerySet[Response]:
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


def _several(question: Question) -> QuestionResult:
    """A multiple-choice question: how often each answer was chosen, a table of its own (its
    counts are choices, not people: no margin it shares with the other tables)."""
    options = [(option.pk, option.label) for option in question.options.all()]
    rows = Dimension("option", question.text, lambda: options, blank="")
    answers = Answer.objects.filter(question=question, option__isnull=False)
    [table] = breakdowns(answers, TableSpec(title=question.text, rows=rows))
    table = Breakdown(
        title=table.title,
        rows=table.rows,
        total=table.total,
        empty=table.empty,
        total_label=_("Answers chosen (one person may choose several)"),
    )
    return QuestionResult(question, [table])


def results(consultation: Consultation, *, crossed: tuple[str, ...] = CROSSED) -> Results:
    """Who took part, each question by answer and channel and crossed with who answered, and
    whose voice is missing: every table of the responses counted in the database and protected
    together, as one system, since they share their margins (a required question's total is
    the number of participants)."""
    questions = list(consultation.questions.prefetch_related("options"))
    single = [q for q in questions if q.kind in (Question.Kind.SINGLE, Question.Kind.SCALE)]
    channel = choices_dimension("channel", _("Channel"), Channel, blank="")
    asked = [("channel", channel)]
    asked += [(d.field, _about(d, "stats__")) for d in EVERYONE_DIMENSIONS]
    asked.append(("region", region_dimension("stats__region")))
    titles = {"channel": _("Answers by channel")}
    specs = [TableSpec(title=titles.get(field, dim.title), rows=dim) for field, dim in asked]
    for question in single:
        rows = _one_answer(question)
        specs.append(TableSpec(title=question.text, rows=rows, cols=channel))
        for field in crossed:
            other = _who(field, "stats__")
            specs.append(
                TableSpec(
                    title=_("%(question)s, by %(dimension)s")
                    % {"question": question.text, "dimension": str(other.title).lower()},
                    rows=rows,
                    cols=other,
                )
            )
    tables = breakdowns(_annotated(consultation, single), *specs)
    participation = tables[: len(asked)]
    per_question = iter(tables[len(asked) :])
    found = []
    for question in questions:
        if question in single:
            found.append(
                QuestionResult(question, [next(per_question) for _n in range(1 + len(crossed))])
            )
        elif question.kind == Question.Kind.MULTIPLE:
            found.append(_several(question))
        else:
            written = Answer.objects.filter(question=question).exclude(text="").count()
            found.append(QuestionResult(question, [], texts=written))
    comparisons = []
    for (field, dimension), table in zip(asked, participation, strict=True):
        if isinstance(table, Breakdown) and field in REFERENCE_FIELDS:
            comparison = compare(table, dimension, field)
            if comparison is not None and comparison.groups:
                comparisons.append(comparison)
    return Results(participation, found, comparisons)
