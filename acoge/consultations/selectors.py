"""What the public pages read: published consultations, and results counted in the database
and published through the stats app's suppression (no count from 1 to 4, nor any that would
let one be worked out)."""

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
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
    min_count,
)

from . import tally
from .forms import SCALE
from .models import (
    Answer,
    Channel,
    Conclusion,
    Consultation,
    Dialogue,
    DialogueAttendee,
    Grouping,
    Moderation,
    ParticipationCode,
    Question,
    Response,
    SecondEntry,
)
from .permissions import DIALOGUES

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


def dialogues_ahead(consultation: Consultation, now=None) -> list[Dialogue]:
    """The consultation's dialogues that have not ended, for the public page (every region)."""
    now = now or timezone.now()
    with scopes_disabled():
        return list(
            Dialogue.objects.filter(consultation=consultation, ends_at__gt=now).select_related(
                "region"
            )
        )


def published_one(slug: str, *, regions: bool = True) -> Consultation | None:
    """A published consultation by its address (without its regions for the answering pages,
    which do not show them: one query less on every question page)."""
    found = published() if regions else Consultation.objects.filter(published=True)
    return found.filter(slug=slug).first()


CHANNEL = choices_dimension("response__channel", _("Channel"), Channel, blank="")


def _about(dimension: Dimension, prefix: str) -> Dimension:
    return Dimension(
        field=f"{prefix}{dimension.field}",
        title=dimension.title,
        categories=dimension.categories,
        blank=dimension.blank,
    )


# What the results pages cross each question with (the API too): one list, one system.
CROSSED = tally.CROSSED
OTHER = tally.OTHER  # the category of "other — please say" in a single-choice question's column


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    tables: list[Table]  # by answer and channel, then by answer and each dimension asked for
    texts: int | None = 0  # open answers received (None: from 1 to 4, hidden)
    themes: list = dataclass_field(default_factory=list)  # ShownTheme: what may be quoted


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
    # Titled "Answer": the table's caption is the question already, and a narrow screen
    # keeps this column in view while the others scroll.
    if question.kind == Question.Kind.SCALE:
        points = [(int(value), label) for value, label in SCALE]
        return Dimension(f"q{question.pk}", _("Answer"), lambda: points)
    options = [(option.pk, option.label) for option in question.options.all()]
    if question.allow_other:
        options.append((OTHER, str(_("Other"))))
    return Dimension(f"q{question.pk}", _("Answer"), lambda: options)


def _several(question: Question) -> QuestionResult:
    """A multiple-choice question: how often each answer was chosen, a table of its own (its
    counts are choices, not people: no margin it shares with the other tables)."""
    options = [(option.pk, option.label) for option in question.options.all()]
    rows = Dimension(f"q{question.pk}", question.text, lambda: options, blank="")
    [table] = breakdowns(tally.counter(question.consultation), TableSpec(question.text, rows))
    table = Breakdown(
        title=table.title,
        rows=table.rows,
        total=table.total,
        empty=table.empty,
        total_label=_("Answers chosen (one person may choose several)"),
    )
    return QuestionResult(question, [table])


def _ranked(question: Question) -> QuestionResult:
    """A ranking: how many people put each answer in each place (a table of its own: its
    rows are answers ranked, not people)."""
    options = [(option.pk, option.label) for option in question.options.all()]
    top = question.max_choices or len(options)
    places = [(n, str(_("Place %(number)s") % {"number": n})) for n in range(1, top + 1)]
    [table] = breakdowns(
        tally.counter(question.consultation),
        TableSpec(
            title=question.text,
            rows=Dimension(f"q{question.pk}", _("Answer"), lambda: options, blank=""),
            cols=Dimension("value", _("Place"), lambda: places, blank=""),
        ),
    )
    return QuestionResult(question, [table])


def results(
    consultation: Consultation, *, crossed: tuple[str, ...] = CROSSED, public: bool = True
) -> Results:
    """Who took part, each question by answer and channel and crossed with who answered, and
    whose voice is missing: every table of the responses counted in the database and protected
    together, as one system, since they share their margins (a required question's total is
    the number of participants)."""
    questions = list(
        consultation.questions.select_related("consultation").prefetch_related("options")
    )
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
                    % {
                        "question": question.text.rstrip("."),
                        "dimension": str(other.title).lower(),
                    },
                    rows=rows,
                    cols=other,
                )
            )
    if not set(crossed) <= set(tally.CROSSED):
        raise ValueError(f"The tally crosses the answers only with {tally.CROSSED}.")
    tables = breakdowns(tally.counter(consultation), *specs)
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
        elif question.kind == Question.Kind.RANKING:
            found.append(_ranked(question))
        else:
            found.append(
                QuestionResult(
                    question, [], texts=written(question), themes=themes(question, public=public)
                )
            )
    comparisons = []
    for (field, dimension), table in zip(asked, participation, strict=True):
        if isinstance(table, Breakdown) and field in REFERENCE_FIELDS:
            comparison = compare(table, dimension, field)
            if comparison is not None and comparison.groups:
                comparisons.append(comparison)
    return Results(participation, found, comparisons)


# Dialogues --------------------------------------------------------------------------------------


def dialogues_for(user, consultation: Consultation | None = None) -> QuerySet[Dialogue]:
    """The dialogues the staff member reaches (her regions'), soonest first."""
    found = DIALOGUES.filter(user, Dialogue.objects.select_related("region", "consultation"))
    if consultation is not None:
        found = found.filter(consultation=consultation)
    return found.annotate(typed=Count("responses", distinct=True))


def dialogue_regions(consultation: Consultation, user) -> QuerySet[Region]:
    """Where she may hold a dialogue of this consultation: its regions (all, for a national
    one) that she covers."""
    regions = Region.objects.all()
    chosen = consultation.regions.all()
    if consultation.pk and chosen.exists():
        regions = regions.filter(pk__in=chosen.values("pk"))
    return regions.filter(
        pk__in=[region.pk for region in regions if DIALOGUES.covers(user, region)]
    )


def counted(dialogue: Dialogue) -> dict[tuple[str, str], int]:
    """Who came, as counted (not signed in one by one), by gender and age band."""
    rows = (
        DialogueAttendee.objects.filter(dialogue=dialogue, signed_in=False)
        .order_by()
        .values_list("gender_identity", "age_band")
        .annotate(n=Count("pk"))
    )
    return {(gender, age): n for gender, age, n in rows}


def attendance(dialogue: Dialogue) -> dict[str, int]:
    found = DialogueAttendee.objects.filter(dialogue=dialogue).aggregate(
        counted=Count("pk", filter=Q(signed_in=False)),
        signed_in=Count("pk", filter=Q(signed_in=True)),
    )
    return {**found, "total": found["counted"] + found["signed_in"]}


def typed(dialogue: Dialogue) -> dict[str, int]:
    """Paper questionnaires of the dialogue typed once (counted) and a second time."""
    return {
        "first": Response.objects.filter(dialogue=dialogue).count(),
        "second": SecondEntry.objects.filter(dialogue=dialogue).count(),
    }


# Open answers -----------------------------------------------------------------------------------

TEXTS_PER_PAGE = 50


def texts_page(question: Question, state: str, number) -> Page:
    """A page of a question's open answers in one moderation state, oldest first."""
    found = (
        Answer.objects.written(question).filter(moderation=state).order_by("pk").only("pk", "text")
    )
    return Paginator(found, TEXTS_PER_PAGE).get_page(number)


def texts_counts(question: Question) -> dict[str, int]:
    rows = (
        Answer.objects.written(question)
        .order_by()
        .values_list("moderation")
        .annotate(n=Count("pk"))
    )
    return dict.fromkeys(Moderation.values, 0) | dict(rows)


@dataclass(frozen=True)
class ShownTheme:
    terms: list[str]
    size: int
    quotes: list[str]


def grouping(question: Question, *, public: bool = False) -> Grouping | None:
    """The themes of the question's open answers as last made (`services.themes_regroup`)."""
    return Grouping.objects.filter(question=question, public=public).first()


def themes(
    question: Question, *, public: bool = False, made: Grouping | None = None
) -> list[ShownTheme]:
    """The themes a question's open answers fall into (themes.group: TF-IDF and k-means,
    deterministic, made in the background), each with its size and up to three quotes. For
    staff, of every answer not hidden; for the public, only of answers that may be quoted,
    and an answer hidden since is not quoted. No theme has fewer than 5. `made`: the
    grouping, when the caller has read it already."""
    made = made or grouping(question, public=public)
    if made is None:
        return []
    ids = [pk for theme in made.themes for pk in theme["quotes"]]
    quotable = Answer.objects.quotable(question, public=public).filter(pk__in=ids)
    said = dict(quotable.values_list("pk", "text"))
    return [
        ShownTheme(
            theme["terms"], theme["size"], [said[pk] for pk in theme["quotes"] if pk in said]
        )
        for theme in made.themes
    ]


def written(question: Question) -> int | None:
    """How many open answers a question got, as published: hidden from 1 to 4."""
    n = Answer.objects.written(question).count()
    return None if 0 < n < min_count() else n


def conclusions(consultation: Consultation) -> list[tuple[str, list[Conclusion]]]:
    """What the consultation's dialogues concluded, grouped by theme (every region)."""
    with scopes_disabled():
        found = list(
            Conclusion.objects.filter(dialogue__consultation=consultation)
            .select_related("dialogue__region")
            .order_by("theme", "dialogue__starts_at", "order")
        )
    grouped: dict[str, list[Conclusion]] = {}
    for conclusion in found:
        grouped.setdefault(conclusion.theme.strip(), []).append(conclusion)
    return list(grouped.items())
