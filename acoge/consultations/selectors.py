"""What the public pages read: published consultations, and results counted in the database
and published through the stats app's suppression (no count from 1 to 4, nor any that would
let one be worked out)."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
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
    """Every consultation, newest first, with its answers by channel (staff see real counts)."""
    today = timezone.localdate()
    return [
        {
            "consultation": consultation,
            "counts": counts_by_channel(consultation),
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
    counts = {channel: 0 for channel in Channel.values}
    counts.update(dict(rows))
    return counts


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


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    tables: list[Table]  # by answer and channel, then by answer and each dimension asked for
    texts: int = 0  # open answers received (read by staff, not published here)


def question_result(question: Question, *, crossed: tuple[str, ...] = ()) -> QuestionResult:
    """A choice or scale question's answers by channel, and crossed by the statistics answers
    named in `crossed` (gender_identity, age_band…, region), all protected together."""
    answers = Answer.objects.filter(question=question)
    if question.kind in Question.TEXT_KINDS:
        return QuestionResult(question, [], texts=answers.exclude(text="").count())
    if question.kind == Question.Kind.SCALE:
        points = [(int(value), label) for value, label in SCALE]
        rows = Dimension("value", question.text, lambda: points, blank="")
    else:
        options = [(option.pk, option.label) for option in question.options.all()]
        rows = Dimension("option", question.text, lambda: options, blank="")
        answers = answers.filter(option__isnull=False)
    dimensions = {d.field: d for d in EVERYONE_DIMENSIONS}
    specs = [TableSpec(title=question.text, rows=rows, cols=CHANNEL)]
    for field in crossed:
        other = (
            region_dimension("response__stats__region")
            if field == "region"
            else _about(dimensions[field], "response__stats__")
        )
        specs.append(
            TableSpec(
                title=_("%(question)s, by %(dimension)s")
                % {"question": question.text, "dimension": str(other.title).lower()},
                rows=rows,
                cols=other,
            )
        )
    return QuestionResult(question, breakdowns(answers, *specs))


def results(consultation: Consultation, *, crossed: tuple[str, ...] = ()) -> list[QuestionResult]:
    return [
        question_result(question, crossed=crossed)
        for question in consultation.questions.prefetch_related("options")
    ]


def _participation(consultation: Consultation) -> tuple[list[tuple[str, Dimension]], list[Table]]:
    responses = Response.objects.filter(consultation=consultation)
    channel = choices_dimension("channel", _("Channel"), Channel, blank="")
    asked = [("channel", channel)]
    asked += [(d.field, _about(d, "stats__")) for d in EVERYONE_DIMENSIONS]
    asked.append(("region", region_dimension("stats__region")))
    titles = {"channel": _("Answers by channel")}
    specs = [TableSpec(title=titles.get(field, dim.title), rows=dim) for field, dim in asked]
    return asked, breakdowns(responses, *specs)


def participation(consultation: Consultation) -> list[Table]:
    """Who answered: by channel, and by each statistics answer and region, protected together
    (the representativeness of the consultation)."""
    return _participation(consultation)[1]


def representation(consultation: Consultation) -> list[Comparison]:
    """Who answered next to the population they come from, for each group with reference
    figures; the under-represented groups named (acoge/stats/representation.py)."""
    asked, tables = _participation(consultation)
    found = []
    for (field, dimension), table in zip(asked, tables, strict=True):
        if isinstance(table, Breakdown) and field in REFERENCE_FIELDS:
            comparison = compare(table, dimension, field)
            if comparison is not None and comparison.groups:
                found.append(comparison)
    return found
