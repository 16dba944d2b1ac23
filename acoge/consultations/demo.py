"""Demo consultations for make run: one open (online and in person, with about 1,200 answers,
a third of them entered from three dialogues), one closed with its results published, one
upcoming. The answers are generated (seeded), with the optional statistics answered by most."""

import datetime
import random
from collections.abc import Callable

from django.utils import timezone

from acoge.core.demo import DemoLoader, localised, register
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.core.tokens import new_reference
from acoge.stats.demographics import EVERYONE_GENDERS, AgeBand, NationalityGroup

from . import tally
from .models import (
    Answer,
    Channel,
    Conclusion,
    Consultation,
    Dialogue,
    DialogueAttendee,
    Modality,
    Moderation,
    Option,
    Participation,
    Question,
    Response,
    StatsAnswer,
)
from .services import RECEIPT_LENGTH, receipt_hash, themes_regroup

POLICY = {
    "es": "Prioridades para la información migratoria",
    "en": "Priorities for migration information",
    "ht": "Priyorite pou enfòmasyon sou migrasyon",
}
SUMMARY = {
    "es": "Queremos saber qué información necesitas, por qué medios y qué te impide obtenerla.",
    "en": "We want to know what information you need, through which channels, and what "
    "stops you getting it.",
    "ht": "Nou vle konnen ki enfòmasyon ou bezwen, pa ki mwayen, ak sa ki anpeche w jwenn li.",
}
QUESTIONS = [
    # slug, kind, required, max, other, shown after (question slug, option index), text, options
    (
        "prioridad", "single", True, None, True, None,
        {"es": "¿Qué tema te parece más urgente?", "en": "Which topic seems most urgent to you?",
         "ht": "Ki sijè ki sanble pi ijan pou ou?"},
        [
            {"es": "Trámites de residencia", "en": "Residence procedures", "ht": "Demach rezidans"},
            {"es": "Trabajo y derechos laborales", "en": "Work and labour rights",
             "ht": "Travay ak dwa travayè"},
            {"es": "Salud", "en": "Health", "ht": "Sante"},
            {"es": "Idioma e interpretación", "en": "Language and interpreting",
             "ht": "Lang ak entèpretasyon"},
        ],
    ),
    (
        "idioma", "short", False, None, False, ("prioridad", 3),
        {"es": "¿En qué idioma te gustaría recibir la información?",
         "en": "In which language would you like the information?",
         "ht": "Nan ki lang ou ta renmen resevwa enfòmasyon an?"},
        [],
    ),
    (
        "barreras", "multiple", False, 2, False, None,
        {"es": "¿Qué te impide obtener información? (hasta 2)",
         "en": "What stops you getting information? (up to 2)",
         "ht": "Kisa ki anpeche w jwenn enfòmasyon? (jiska 2)"},
        [
            {"es": "No sé dónde buscar", "en": "I do not know where to look",
             "ht": "Mwen pa konnen ki kote pou m chèche"},
            {"es": "El idioma", "en": "The language", "ht": "Lang lan"},
            {"es": "Horarios de atención", "en": "Opening hours", "ht": "Lè biwo yo louvri"},
            {"es": "Miedo a dar mis datos", "en": "Fear of giving my details",
             "ht": "Pè bay enfòmasyon sou mwen"},
        ],
    ),
    (
        "claridad", "scale", True, None, False, None,
        {"es": "La información del Servicio es fácil de entender.",
         "en": "The Service's information is easy to understand.",
         "ht": "Enfòmasyon Sèvis la fasil pou konprann."},
        [],
    ),
    (
        "medios", "ranking", False, 3, False, None,
        {"es": "¿Por qué medios prefieres recibir la información? Ordena hasta 3.",
         "en": "How would you rather get the information? Rank up to 3.",
         "ht": "Pa ki mwayen ou pito resevwa enfòmasyon an? Mete jiska 3 nan lòd."},
        [
            {"es": "WhatsApp", "en": "WhatsApp", "ht": "WhatsApp"},
            {"es": "Página web del Servicio", "en": "The Service's website",
             "ht": "Sit entènèt Sèvis la"},
            {"es": "Radio", "en": "Radio", "ht": "Radyo"},
            {"es": "En una oficina, en persona", "en": "At an office, in person",
             "ht": "Nan yon biwo, an pèsòn"},
            {"es": "Talleres en mi barrio", "en": "Workshops in my neighbourhood",
             "ht": "Atelye nan katye mwen"},
        ],
    ),
    (
        "comentario", "long", False, None, False, None,
        {"es": "¿Algo más que quieras decirnos?", "en": "Anything else you want to tell us?",
         "ht": "Èske gen lòt bagay ou vle di nou?"},
        [],
    ),
]  # fmt: skip


# The service's response to the closed demo consultation (illustrative, not a real one).
RESPONSE = {
    "es": "## Lo que escuchamos\n\nLa mayoría pidió información clara sobre los trámites de "
    "residencia, y muchas personas dijeron que no saben dónde buscarla.\n\n"
    "## Lo que haremos\n\n- Publicar guías en español y en creole haitiano.\n"
    "- Llevar charlas informativas a las regiones con menos participación.",
    "en": "## What we heard\n\nMost asked for clear information about residence procedures, and "
    "many said they do not know where to look for it.\n\n## What we will do\n\n"
    "- Publish guides in Spanish and Haitian Creole.\n"
    "- Take information talks to the regions where fewer took part.",
    "ht": "## Sa nou tande\n\nPifò moun mande enfòmasyon klè sou demach rezidans, e anpil di "
    "yo pa konnen ki kote pou yo chèche l.\n\n## Sa nou pral fè\n\n"
    "- Pibliye gid an panyòl ak an kreyòl ayisyen.\n"
    "- Mennen chita pale enfòmasyon nan rejyon kote mwens moun te patisipe.",
}


def _consultation(slug, opens, closes, modality, participation, results, title_suffix):
    consultation = Consultation.objects.create(
        slug=slug,
        opens_at=opens,
        closes_at=closes,
        modality=modality,
        participation=participation,
        published=True,
        results_published=results,
        **localised("title", {code: f"{text}{title_suffix}" for code, text in POLICY.items()}),
        **localised("summary", SUMMARY),
        **localised("topic", {"es": "Información", "en": "Information", "ht": "Enfòmasyon"}),
    )
    options: dict[str, list[Option]] = {}
    for order, (slug_q, kind, required, most, other, after, text, labels) in enumerate(QUESTIONS):
        question = Question.objects.create(
            consultation=consultation,
            order=order,
            slug=slug_q,
            kind=kind,
            required=required,
            max_choices=most,
            allow_other=other,
            shown_if=options[after[0]][after[1]] if after else None,
            **localised("text", text),
        )
        options[slug_q] = [
            Option.objects.create(question=question, order=index, **localised("label", label))
            for index, label in enumerate(labels)
        ]
    return consultation


DIALOGUES = [  # region, place, days after opening, hours
    ("15", "Centro Comunitario Cerro La Cruz, Arica", 3, 17),
    ("13", "Biblioteca Municipal de Estación Central, Santiago", 6, 11),
    ("08", "Sede vecinal Población Aurora de Chile, Concepción", 9, 18),
]
CONCLUSIONS = [
    ("Horarios", "Las charlas deberían hacerse también de noche y los fines de semana."),
    ("Idioma", "Hace falta material en creole haitiano y personas que lo hablen en la atención."),
]


def _dialogues(consultation: Consultation, with_conclusions: bool) -> list[Dialogue]:
    made = []
    for code, place, days, hour in DIALOGUES:
        starts = (consultation.opens_at + datetime.timedelta(days=days)).replace(hour=hour)
        dialogue = Dialogue.objects.create(
            consultation=consultation, region=Region.objects.get(cut_code=code), place=place,
            starts_at=starts, ends_at=starts + datetime.timedelta(hours=2),
            facilitator="Equipo de Participación Ciudadana",
        )  # fmt: skip
        month = timezone.localdate(starts).replace(day=1)
        DialogueAttendee.objects.bulk_create(
            DialogueAttendee(dialogue=dialogue, month=month, gender_identity=gender, age_band=age)
            for gender, age, n in (("woman", "30-44", 14), ("woman", "18-29", 9), ("man", "", 6))
            for _n in range(n)
        )
        if with_conclusions:
            for order, (theme, text) in enumerate(CONCLUSIONS):
                Conclusion.objects.create(dialogue=dialogue, order=order, theme=theme, text=text)
        made.append(dialogue)
    return made


def _answers(consultation: Consultation, count: int, seed: int, dialogues: list[Dialogue]) -> None:
    pick = random.Random(seed)  # noqa: S311 - demo data, the same every time
    sheets = {dialogue.pk: 0 for dialogue in dialogues}
    questions = {q.slug: q for q in consultation.questions.prefetch_related("options")}
    regions = list(Region.objects.values_list("pk", flat=True))
    genders = [value for value, _label in EVERYONE_GENDERS]
    topics, barriers, ways = (
        list(questions[slug].options.all()) for slug in ("prioridad", "barreras", "medios")
    )
    responses, answers, stats = [], [], []
    for number in range(count):
        channel = Channel.IN_PERSON if number % 3 == 0 else Channel.ONLINE
        dialogue = dialogues[number % len(dialogues)] if channel == Channel.IN_PERSON else None
        if dialogue is not None:
            sheets[dialogue.pk] += 1
        response = Response(
            consultation=consultation,
            channel=channel,
            integrity=consultation.participation,
            submitted_on=timezone.localdate(consultation.opens_at),
            receipt_hash=receipt_hash(new_reference(RECEIPT_LENGTH)),
            dialogue=dialogue,
            sheet=str(sheets[dialogue.pk]) if dialogue else "",
        )
        responses.append(response)
        first = pick.choice(topics)
        answers.append(Answer(response=response, question=questions["prioridad"], option=first))
        for option in pick.sample(barriers, pick.randint(0, 2)):
            answers.append(Answer(response=response, question=questions["barreras"], option=option))
        answers.append(
            Answer(response=response, question=questions["claridad"], value=pick.randint(1, 5))
        )
        ranked = pick.sample(ways, pick.randint(0, 3))
        answers += [
            Answer(response=response, question=questions["medios"], option=way, value=place)
            for place, way in enumerate(ranked, start=1)
        ]
        if pick.random() < 0.8:
            stats.append(
                StatsAnswer(
                    response=response,
                    month=timezone.localdate(consultation.opens_at).replace(day=1),
                    region_id=pick.choice(regions[:8]) if pick.random() < 0.9 else None,
                    gender_identity=pick.choices(genders, weights=[50, 38, 3, 1, 2, 1])[0],
                    age_band=pick.choice(AgeBand.values[1:]),
                    nationality_group=pick.choice(NationalityGroup.values),
                )
            )
    Response.objects.bulk_create(responses)
    Answer.objects.bulk_create(answers)
    StatsAnswer.objects.bulk_create(stats)
    tally.rebuild(consultation)  # written in bulk, so counted once from the answers
    closed = consultation.closes_at < timezone.now()
    comments = [
        Answer(
            response=response,
            question=questions["comentario"],
            text=pick.choice(COMMENTS),
            # The closed consultation's were read: most may be quoted, a few not.
            moderation=(Moderation.HIDDEN if pick.random() < 0.1 else Moderation.PUBLISHED)
            if closed
            else Moderation.PENDING,
        )
        for response in responses
        if pick.random() < 0.125
    ]
    Answer.objects.bulk_create(comments)
    themes_regroup(questions["comentario"])


# What some people wrote in the last question (the demo's own words), so the results show
# themes and quotes; one in eight answers it.
COMMENTS = [
    "Que los horarios de atención sean también el sábado, porque trabajo toda la semana.",
    "Los horarios de atención no sirven a quienes trabajamos de día.",
    "Atención en la tarde o el sábado, por favor; no puedo faltar al trabajo.",
    "Necesito información en creole, mi español todavía no es bueno.",
    "Información en creole y en otros idiomas, con intérpretes en las oficinas.",
    "Que haya intérpretes de creole en la atención presencial.",
    "Los videos en creole ayudan mucho más que los documentos largos.",
    "La página web es difícil de entender, usa palabras muy técnicas.",
    "Explicar los trámites con palabras simples y paso a paso.",
    "Los trámites de residencia son difíciles de entender en la página.",
    "Me da miedo dar mis datos, no sé quién los va a ver.",
    "Tengo miedo de que mis datos lleguen a otras instituciones.",
    "Que expliquen qué hacen con nuestros datos personales.",
    "En el consultorio no saben informar sobre los trámites de migración.",
    "Información sobre salud y trámites en el consultorio del barrio.",
    "Más talleres en los barrios, cerca de donde vivimos.",
    "Talleres en la junta de vecinos, los fines de semana.",
    "Gracias por preguntar nuestra opinión.",
]


# Answers made up for the open and the closed consultation (browser tests make fewer).
OPEN_ANSWERS = 2000
CLOSED_ANSWERS = 900


def load(say: Callable[[str], None]) -> None:
    if Consultation.objects.exists():
        say("Demo consultations: already loaded.")
        return
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    day = datetime.timedelta(days=1)
    open_now = _consultation(
        "prioridades-informacion-2026", now - 10 * day, now + 20 * day,
        Modality.BOTH, Participation.OPEN, False, "",
    )  # fmt: skip
    closed = _consultation(
        "prioridades-informacion-2025", now - 400 * day, now - 340 * day,
        Modality.BOTH, Participation.CODES, True, " (2025)",
    )  # fmt: skip
    _consultation(
        "prioridades-informacion-2027", now + 30 * day, now + 60 * day,
        Modality.ONLINE, Participation.CODES, False, " (2027)",
    )  # fmt: skip
    with scopes_disabled():
        _answers(open_now, OPEN_ANSWERS, seed=13, dialogues=_dialogues(open_now, False))
        _answers(closed, CLOSED_ANSWERS, seed=25, dialogues=_dialogues(closed, True))
    for field, text in RESPONSE.items():
        setattr(closed, f"response_{field}", text)
    closed.response_published_on = timezone.localdate(closed.closes_at) + 20 * day
    closed.save()
    say(
        f"Demo consultations: one open with {OPEN_ANSWERS:,} answers "
        "(a third from three dialogues), "
        "one closed with results and conclusions, one upcoming."
    )


register(DemoLoader(name="consultations", order=90, load=load))
