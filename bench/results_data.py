"""Run in its own process by bench/results.py, with the run's environment (production settings,
a fresh database already migrated): generates one closed consultation of 10 questions with the
statistics block and RESPONSES responses, then times its results. Prints one JSON line.

    python bench/results_data.py 1000000

The answers are written in bulk (executemany on SQLite, COPY on PostgreSQL), as no one would
wait for a million submissions; the tally each of them adds is made by the very function that
`response_submit` calls (`tally.keys`), fed with the same rows, and checked against counts made
from the answers in the database. Timed, each the median of ROUNDS: `selectors.results()` (the
data of the results page, every table suppressed) and the whole public results page rendered.
"""

import json
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter, namedtuple
from datetime import timedelta

import django

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from acoge.consultations import selectors, tally  # noqa: E402
from acoge.consultations.models import (  # noqa: E402
    Answer,
    Consultation,
    Option,
    Question,
    Response,
    StatsAnswer,
)
from acoge.core.models import Region  # noqa: E402
from acoge.stats.demographics import (  # noqa: E402
    EVERYONE_GENDERS,
    AgeBand,
    NationalityGroup,
    TimeInChile,
    YesNo,
)

ROUNDS = 3
CHUNK = 20_000
A = namedtuple("A", "question_id option_id value text")
S = namedtuple(
    "S",
    "age_band nationality_group time_in_chile gender_identity disability indigenous_or_afro "
    "region_id",
)
# slug, kind, options, max choices, other
QUESTIONS = [
    ("tema", "single", 5, None, True),
    ("medio", "single", 4, None, False),
    ("oficina", "single", 6, None, False),
    ("horario", "single", 3, None, False),
    ("idioma", "single", 5, None, False),
    ("claridad", "scale", 0, None, False),
    ("trato", "scale", 0, None, False),
    ("barreras", "multiple", 5, 3, False),
    ("prioridades", "ranking", 5, 3, False),
    ("comentario", "long", 0, None, False),
]
WORDS = [
    "horarios",
    "atención",
    "sábado",
    "creole",
    "intérpretes",
    "oficina",
    "trámites",
    "residencia",
    "datos",
    "miedo",
    "consultorio",
    "salud",
    "talleres",
    "barrio",
    "página",
    "información",
    "idioma",
    "trabajo",
]


def consultation() -> tuple[Consultation, list[Question], dict[int, list[int]]]:
    now = timezone.now()
    made = Consultation.objects.create(
        slug="bench", title_es="Consulta de prueba de carga", summary_es="Resumen.",
        topic_es="Información", modality="both", participation="open",
        opens_at=now - timedelta(days=60), closes_at=now - timedelta(days=1),
        published=True, results_published=True,
    )  # fmt: skip
    questions, options = [], {}
    for order, (slug, kind, count, most, other) in enumerate(QUESTIONS):
        question = Question.objects.create(
            consultation=made, order=order, slug=slug, kind=kind, text_es=f"¿{slug}?",
            max_choices=most, allow_other=other, required=kind in ("single", "scale"),
        )  # fmt: skip
        for index in range(count):
            Option.objects.create(question=question, order=index, label_es=f"{slug} {index}")
        questions.append(question)
        options[question.pk] = list(question.options.values_list("pk", flat=True))
    return made, questions, options


def one(pick: random.Random, questions, options, regions) -> tuple[list[A], S | None, str]:
    answers = []
    for question in questions:
        mine = options[question.pk]
        if question.kind == "single":
            roll = pick.random()
            if roll < 0.04 and question.allow_other:
                answers.append(A(question.pk, None, None, "otra cosa"))
            elif roll < 0.97:  # a few skipped (shown only after some answer)
                answers.append(A(question.pk, pick.choice(mine), None, ""))
        elif question.kind == "scale":
            answers.append(A(question.pk, None, pick.randint(1, 5), ""))
        elif question.kind == "multiple":
            for option in pick.sample(mine, pick.randint(0, 3)):
                answers.append(A(question.pk, option, None, ""))
        elif question.kind == "ranking":
            for place, option in enumerate(pick.sample(mine, pick.randint(0, 3)), start=1):
                answers.append(A(question.pk, option, place, ""))
        elif pick.random() < 0.05:
            answers.append(A(question.pk, None, None, " ".join(pick.sample(WORDS, 8))))
    stats = None
    if pick.random() < 0.8:

        def maybe(values):
            return pick.choice(values) if pick.random() < 0.9 else ""

        stats = S(
            maybe(AgeBand.values[1:]),
            maybe(NationalityGroup.values),
            maybe(TimeInChile.values),
            maybe([value for value, _label in EVERYONE_GENDERS]),
            maybe(YesNo.values),
            maybe(YesNo.values),
            pick.choice(regions) if pick.random() < 0.95 else None,
        )
    channel = "in_person" if pick.random() < 0.3 else "online"
    return answers, stats, channel


def _write(model, columns: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def generate(made: Consultation, questions, options, count: int) -> Counter:
    pick = random.Random(2026)
    regions = list(Region.objects.values_list("pk", flat=True))
    day = timezone.localdate(made.opens_at)
    month = day.replace(day=1)
    postgres = connection.vendor == "postgresql"
    counts: Counter = Counter()
    serial = 0
    for start in range(0, count, CHUNK):
        responses, answers, stats_rows = [], [], []
        for _n in range(start, min(start + CHUNK, count)):
            serial += 1
            given, stats, channel = one(pick, questions, options, regions)
            counts.update(tally.keys(questions, channel, given, stats))
            response_id = uuid.UUID(int=serial)
            key = str(response_id) if postgres else response_id.hex
            responses.append((key, made.pk, channel, "open", day, f"{serial:064x}", ""))
            answers += [
                (key, a.question_id, a.option_id, a.value, a.text, "pending") for a in given
            ]
            if stats:
                stats_id = uuid.UUID(int=serial + 10**12)
                stats_rows.append((str(stats_id) if postgres else stats_id.hex, key, month, *stats))
        with transaction.atomic():  # one commit a chunk, not one a row
            _write_chunk(responses, answers, stats_rows)
    return counts


def _write_chunk(responses: list[tuple], answers: list[tuple], stats_rows: list[tuple]) -> None:
    _write(
        Response,
        ["id", "consultation_id", "channel", "integrity", "submitted_on", "receipt_hash", "sheet"],
        responses,
    )
    _write(
        Answer, ["response_id", "question_id", "option_id", "value", "text", "moderation"], answers
    )
    _write(
        StatsAnswer,
        ["id", "response_id", "month", "age_band", "nationality_group", "time_in_chile",
         "gender_identity", "disability", "indigenous_or_afro", "region_id"],
        stats_rows,
    )  # fmt: skip


def check(made: Consultation, counts: Counter, questions) -> None:
    """The generated tally against counts made from the answers in the database (the cheap
    ones: who took part by channel and region, a multiple-choice question by option)."""
    kept = tally.kept(made)
    by_channel = Response.objects.filter(consultation=made).order_by().values_list("channel")
    for channel, n in by_channel.annotate(n=Count("pk")):
        assert kept[(tally.PEOPLE, tally.NONE, "channel", channel)] == n, channel
    several = next(q for q in questions if q.kind == "multiple")
    chosen = Answer.objects.filter(question=several).order_by().values_list("option")
    for option, n in chosen.annotate(n=Count("pk")):
        assert kept[(several.pk, option, tally.CHOSEN, "")] == n, option
    assert kept == +counts


def timed(call) -> float:
    times = []
    for _n in range(ROUNDS):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1])
    made, questions, options = consultation()
    started = time.perf_counter()
    counts = generate(made, questions, options, count)
    tally.add(made, counts)
    generated = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    check(made, counts, questions)
    answers = Answer.objects.filter(question__consultation=made).count()
    data = timed(lambda: selectors.results(made))
    client = Client(HTTP_HOST="127.0.0.1")  # the page cache is off for this run
    url = f"/es/participacion/consultas/{made.slug}/resultados/"
    assert client.get(url).status_code == 200
    page = timed(lambda: client.get(url))
    print(
        json.dumps(
            {
                "database": connection.vendor,
                "responses": count,
                "answers": answers,
                "tally_rows": len(+counts),
                "generate_seconds": round(generated, 1),
                "results_seconds": round(data, 3),
                "page_seconds": round(page, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
