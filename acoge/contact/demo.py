"""Demo contact requests in five queues and every state: new, overdue, assigned, contacted, one
paused because it was not safe, referred and closed. Loaded once."""

from collections.abc import Callable
from datetime import timedelta

from django.utils import timezone

from acoge.accounts.models import User
from acoge.core.demo import DemoLoader, register
from acoge.core.models import Institution, Region
from acoge.core.scoping import scopes_disabled

from . import services
from .models import Attempt, ContactRequest, Intake, Topic
from .safety import usable_methods

SAFE_CALLS = {
    "methods": ["call", "whatsapp"],
    "call": "yes",
    "voicemail": "no",
    "write": "yes",
    "days": [0, 1, 2, 3, 4],
    "times": ["morning"],
    "say": "Llamo del consultorio por la hora de control.",
    "avoid": "No mencionar Migraciones.",
}
WRITE_ONLY = {
    "methods": ["whatsapp"],
    "call": "no",
    "voicemail": "no",
    "write": "yes",
    "days": [1, 3],
    "times": ["afternoon"],
    "say": "",
    "avoid": "",
}
EMAIL_ANY_TIME = {
    "methods": ["email"],
    "call": "no",
    "voicemail": "no",
    "write": "yes",
    "days": [],
    "times": [],
    "say": "",
    "avoid": "",
}

# days ago, region CUT (None: not given), topic, language, name, phone, email, preferences,
# message, what happened: (assignee username, [attempt results], referral, outcome)
REQUESTS = [
    (
        0,
        "05",
        Topic.VIOLENCE,
        "es",
        "Carla",
        "+56961110001",
        "",
        SAFE_CALLS,
        "Quisiera saber qué puedo hacer. No puedo hablar en las tardes.",
        None,
    ),
    (
        1,
        "02",
        Topic.RESIDENCE,
        "ht",
        "Nadège",
        "+56961110002",
        "",
        WRITE_ONLY,
        "Mwen ta renmen konnen si mwen ka mande rezidans imanitè a.",
        None,
    ),
    (
        7,
        "05",
        Topic.WORK,
        "es",
        "",
        "+56961110003",
        "",
        SAFE_CALLS,
        "Mi empleadora no me paga las horas extra.",
        None,
    ),
    (
        8,
        None,
        Topic.HEALTH,
        "es",
        "Yesenia",
        "",
        "yesenia@example.invalid",
        EMAIL_ANY_TIME,
        "",
        None,
    ),
    (
        6,
        "13",
        Topic.EDUCATION,
        "en",
        "Grace",
        "",
        "grace@example.invalid",
        EMAIL_ANY_TIME,
        "How can I enrol my son in school?",
        None,
    ),
    (
        3,
        "02",
        Topic.VIOLENCE,
        "es",
        "Luz",
        "+56961110006",
        "",
        SAFE_CALLS,
        "",
        ("delegada.antofagasta", [], None, ""),
    ),
    (
        4,
        "05",
        Topic.VIOLENCE,
        "ht",
        "Widline",
        "+56961110007",
        "",
        SAFE_CALLS,
        "",
        ("delegada.valparaiso", ["not_safe"], None, ""),
    ),
    (
        5,
        "08",
        Topic.WORKSHOPS,
        "es",
        "Rosa",
        "+56961110008",
        "",
        SAFE_CALLS,
        "¿Cuándo hay taller en Concepción?",
        ("regional.biobio", ["no_answer", "reached"], None, ""),
    ),
    (
        9,
        "02",
        Topic.VIOLENCE,
        "es",
        "María",
        "+56961110009",
        "",
        SAFE_CALLS,
        "",
        ("delegada.antofagasta", ["reached"], "SernamEG", ""),
    ),
    (
        20,
        "05",
        Topic.WORK,
        "es",
        "Andrea",
        "+56961110010",
        "",
        SAFE_CALLS,
        "",
        ("delegada.valparaiso", ["reached"], "Dirección del Trabajo", "referred"),
    ),
    (
        25,
        "02",
        Topic.WORKSHOPS,
        "es",
        "Daniela",
        "+56961110011",
        "",
        WRITE_ONLY,
        "",
        ("delegada.antofagasta", ["reached"], None, "workshop"),
    ),
    (
        30,
        None,
        Topic.OTHER,
        "es",
        "",
        "+56961110012",
        "",
        SAFE_CALLS,
        "",
        ("genero", ["no_answer", "no_answer", "no_answer"], None, "unreachable"),
    ),
]


def load(say: Callable[[str], None]) -> None:
    with scopes_disabled():
        if ContactRequest.objects.exists():
            say("Demo contact requests: already loaded.")
            return
        now = timezone.now()
        for days, cut, topic, language, name, phone, email, preferences, message, story in REQUESTS:
            arrived = now - timedelta(days=days, hours=2)
            created = services.request_create(
                topic=topic,
                region=Region.objects.get(cut_code=cut) if cut else None,
                preferences=preferences,
                language=language,
                message=message,
                name=name,
                phone=phone,
                email=email,
                intake=Intake.WEB if days % 3 else Intake.PHONE,
                now=arrived,
            )
            if story is not None:
                _handle(created.request, arrived, *story)
    say(f"Demo contact requests: {len(REQUESTS)} in 5 queues, some overdue, one paused.")


def _handle(request, arrived, username, results, institution, outcome) -> None:
    staff = User.objects.get(username=username)
    services.request_take(request=request, actor=staff, now=arrived + timedelta(hours=3))
    for n, result in enumerate(results):
        at = arrived + timedelta(days=1, hours=n)
        if result == "not_safe":
            at = timezone.now()  # paused until her next window, which starts after now
        services.attempt_record(
            request=request,
            actor=staff,
            channel=(usable_methods(request.preferences) or [Attempt.Channel.CALL])[0],
            result=result,
            note="Contestó otra persona; corté." if result == "not_safe" else "",
            # Kept only when the demo time falls outside her safe windows.
            reason="Único momento en que la delegada podía llamar esta semana.",
            now=at,
        )
    if institution:
        services.referral_record(
            request=request,
            actor=staff,
            institution=Institution.objects.get(short_name=institution),
            referred_on=(arrived + timedelta(days=2)).date(),
            agreed="Hora de atención en la oficina más cercana.",
        )
    if outcome:
        services.request_close(
            request=request, actor=staff, outcome=outcome, now=arrived + timedelta(days=5)
        )


register(DemoLoader(name="contact", order=60, load=load))
