"""Demo public account for make run: the 2025 account, its window closed three weeks ago, with
questions online and from two presentations, most answered, some waiting (one late), one
merged into another and one hidden; the 2026 account, not yet open."""

import datetime
import random
from collections.abc import Callable

from django.utils import timezone

from acoge.core.demo import DemoLoader, localised, register
from acoge.core.models import Region

from .models import Channel, Cycle, Event, Observation, StatsAnswer, Theme

QUESTIONS = [
    (
        "tramites",
        "¿Cuánto demora hoy una solicitud de residencia temporal y qué se hará para acortarlo?",
    ),
    ("tramites", "¿Por qué la plataforma de trámites se cae en las horas de más uso?"),
    ("atencion", "¿Habrá atención presencial en las comunas alejadas de la capital regional?"),
    ("atencion", "Pedimos intérpretes de creole en las oficinas de atención."),
    ("genero", "¿Qué apoyo da el Servicio a mujeres migrantes que viven violencia?"),
    ("genero", "¿Cuántos talleres Apoya Mujer Migrante se hicieron en regiones?"),
    ("informacion", "La información en la web debería estar también en creole y en inglés."),
    ("informacion", "¿Dónde se publican las respuestas de la consulta ciudadana?"),
    ("presupuesto", "¿Cuánto presupuesto se ejecutó en atención regional?"),
    ("tramites", "¿Cuánto demora una residencia temporal? Llevo meses esperando."),
    ("atencion", "Propongo horarios de atención en la tarde para quienes trabajan."),
    ("genero", "¿Cómo participa la Unidad de Género en las direcciones regionales?"),
]
UNITS = {
    "tramites": "Departamento de Extranjería",
    "atencion": "Departamento de Atención de Usuarios",
    "genero": "Unidad de Género",
    "informacion": "Departamento de Comunicaciones",
    "presupuesto": "Departamento de Administración y Finanzas",
}
ANSWER = (
    "Gracias por tu pregunta. Durante el año se trabajó en este tema y los resultados están en "
    "el informe de la cuenta pública; para el próximo año nos comprometemos a informar los "
    "avances en esta misma página."
)


def load(say: Callable[[str], None]) -> None:
    if Cycle.objects.exists():
        say("Public account: already loaded.")
        return
    rng = random.Random(72)  # noqa: S311 - demo data, the same every time
    now = timezone.now()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    regions = list(Region.objects.order_by("order"))
    closes = now - datetime.timedelta(days=21)
    past = Cycle.objects.create(
        year=2025,
        published=True,
        questions_open=closes - datetime.timedelta(days=21),
        questions_close=closes,
        **localised(
            "title",
            {
                "es": "Cuenta Pública Participativa 2025",
                "en": "Participatory Public Account 2025",
                "ht": "Kont Piblik Patisipatif 2025",
            },
        ),
        **localised(
            "summary",
            {
                "es": "En 2025 el Servicio redujo los tiempos de respuesta, abrió atención en "
                "regiones y amplió el programa Apoya Mujer Migrante.\n\n- 16 direcciones "
                "regionales con delegada de género\n- Talleres en 12 regiones",
                "en": "In 2025 the service cut its response times, opened offices in the regions "
                "and extended the Apoya Mujer Migrante programme.\n\n- 16 regional directorates "
                "with a gender delegate\n- Workshops in 12 regions",
                "ht": "An 2025 Sèvis la diminye tan repons yo, li louvri biwo nan rejyon yo e li "
                "agrandi pwogram Apoya Mujer Migrante.\n\n- 16 direksyon rejyonal ak yon delege "
                "pou kesyon jan\n- Atelye nan 12 rejyon",
            },
        ),
        **localised(
            "cosoc_observations",
            {
                "es": "El Consejo pidió incluir datos desagregados por género y por región, y "
                "explicar los plazos de los trámites.",
                "en": "The council asked for figures by gender and by region, and for the "
                "processing times to be explained.",
                "ht": "Konsèy la mande pou mete chif pa jan ak pa rejyon, e pou eksplike delè "
                "demach yo.",
            },
        ),
    )
    events = [
        Event.objects.create(
            cycle=past,
            region=None,
            modality=Event.Modality.MIXED,
            starts_at=closes - datetime.timedelta(days=20),
            place="Dirección Nacional, Santiago",
            online_url="https://transmision.example.org/cuenta-publica",
            **localised(
                "title",
                {
                    "es": "Presentación nacional",
                    "en": "National presentation",
                    "ht": "Prezantasyon nasyonal",
                },
            ),
        ),
        Event.objects.create(
            cycle=past,
            region=Region.objects.get(cut_code="02"),
            modality=Event.Modality.IN_PERSON,
            starts_at=closes - datetime.timedelta(days=12),
            place="Dirección Regional de Antofagasta",
            **localised(
                "title",
                {
                    "es": "Diálogo regional en Antofagasta",
                    "en": "Regional dialogue in Antofagasta",
                    "ht": "Dyalòg rejyonal nan Antofagasta",
                },
            ),
        ),
    ]
    made: list[Observation] = []
    for number, (theme, text) in enumerate(QUESTIONS):
        channel = Channel.ONLINE if number % 3 else Channel.EVENT
        observation = Observation.objects.create(
            cycle=past,
            reference=f"CP25{number:02d}",
            text=text,
            theme=themes[theme],
            region=rng.choice(regions),
            channel=channel,
            event=events[number % 2] if channel == Channel.EVENT else None,
            received_at=closes - datetime.timedelta(days=rng.randint(1, 20)),
            responsible_unit=UNITS[theme],
            due_on=past.answers_due(),
        )
        made.append(observation)
        if channel == Channel.ONLINE:
            StatsAnswer.objects.create(
                cycle=past,
                channel=channel,
                region=observation.region,
                month=timezone.localdate(observation.received_at).replace(day=1),
                gender_identity=rng.choice(["woman", "woman", "man", ""]),
            )
    for observation in made[:7]:
        observation.status = Observation.Status.ANSWERED
        observation.answer = ANSWER
        observation.answered_at = now - datetime.timedelta(days=rng.randint(1, 10))
        observation.save()
    made[9].status = Observation.Status.MERGED
    made[9].merged_into = made[0]
    made[9].save()
    made[10].status = Observation.Status.HIDDEN
    made[10].hidden_reason = "Nombraba a una funcionaria."
    made[10].save()
    made[11].due_on = timezone.localdate() - datetime.timedelta(days=2)
    made[11].save()
    upcoming = now + datetime.timedelta(days=120)
    Cycle.objects.create(
        year=2026,
        published=True,
        questions_open=upcoming,
        questions_close=upcoming + datetime.timedelta(days=21),
        **localised(
            "title",
            {
                "es": "Cuenta Pública Participativa 2026",
                "en": "Participatory Public Account 2026",
                "ht": "Kont Piblik Patisipatif 2026",
            },
        ),
        **localised(
            "summary",
            {
                "es": "El informe se publicará antes de abrir las preguntas.",
                "en": "The report will be published before questions open.",
                "ht": "N ap pibliye rapò a anvan kesyon yo louvri.",
            },
        ),
    )
    say(f"Public account: 2025 with {len(made)} questions (7 answered), 2026 upcoming.")


register(DemoLoader(name="public_account", order=72, load=load))
