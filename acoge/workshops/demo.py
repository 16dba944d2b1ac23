"""Demo workshops: 12 upcoming in 7 regions covering the five topics (one nearly full, one full
with a waiting list, one online, one hybrid) and one past workshop with attendance and feedback.
Loaded once: if the demo workshops exist, nothing changes."""

from collections.abc import Callable
from datetime import datetime, time, timedelta

from django.utils import timezone

from acoge.core.demo import DemoLoader, register
from acoge.core.models import Institution, Region
from acoge.core.scoping import scopes_disabled

from . import services
from .models import Modality, Session, Topic, Workshop

INSTITUTION_FOR = {
    Topic.MIGRATION: "SERMIG",
    Topic.VIOLENCE: "SernamEG",
    Topic.LABOUR: "Dirección del Trabajo",
    Topic.HEALTH: "MINSAL",
    Topic.EDUCATION: "MINEDUC",
}

# days ahead, region CUT, commune, (es, en, ht) title, topics, modality, capacity, seats to fill
UPCOMING = [
    (
        4,
        "13",
        "Estación Central",
        (
            "Derechos laborales para trabajadoras migrantes",
            "Labour rights for migrant women workers",
            "Dwa travay pou fanm migran k ap travay",
        ),
        [Topic.LABOUR, Topic.MIGRATION],
        Modality.IN_PERSON,
        30,
        28,
    ),
    (
        6,
        "02",
        "Antofagasta",
        (
            "Salud de mujeres, niñas y niños",
            "Health care for women and children",
            "Swen sante pou fanm ak timoun",
        ),
        [Topic.HEALTH, Topic.EDUCATION],
        Modality.IN_PERSON,
        8,
        10,
    ),
    (
        8,
        "05",
        "Valparaíso",
        (
            "Trámites migratorios paso a paso",
            "Migration procedures step by step",
            "Demach imigrasyon etap pa etap",
        ),
        [Topic.MIGRATION],
        Modality.HYBRID,
        40,
        12,
    ),
    (
        9,
        "13",
        "",
        (
            "Vivir sin violencia: dónde pedir ayuda",
            "Living without violence: where to find help",
            "Viv san vyolans: ki kote pou jwenn èd",
        ),
        [Topic.VIOLENCE, Topic.MIGRATION],
        Modality.ONLINE,
        100,
        20,
    ),
    (
        11,
        "01",
        "Iquique",
        (
            "Escuela y jardín infantil para tus hijas e hijos",
            "School and nursery for your children",
            "Lekòl ak jaden danfan pou pitit ou yo",
        ),
        [Topic.EDUCATION],
        Modality.IN_PERSON,
        25,
        5,
    ),
    (
        13,
        "08",
        "Concepción",
        (
            "Trabajo, contratos y cotizaciones",
            "Work, contracts and contributions",
            "Travay, kontra ak kotizasyon",
        ),
        [Topic.LABOUR],
        Modality.IN_PERSON,
        30,
        9,
    ),
    (
        15,
        "07",
        "Talca",
        ("Atención de salud y embarazo", "Health care and pregnancy", "Swen sante ak gwosès"),
        [Topic.HEALTH, Topic.VIOLENCE],
        Modality.IN_PERSON,
        20,
        4,
    ),
    (
        18,
        "13",
        "Santiago",
        ("Jornada Apoya Mujer Migrante", "Apoya Mujer Migrante day", "Jounen Apoya Mujer Migrante"),
        [Topic.MIGRATION, Topic.VIOLENCE, Topic.LABOUR, Topic.HEALTH, Topic.EDUCATION],
        Modality.IN_PERSON,
        60,
        15,
    ),
    (
        20,
        "02",
        "Calama",
        (
            "Regularización y permisos de residencia",
            "Residence permits and regularisation",
            "Pèmi rezidans ak regilarizasyon",
        ),
        [Topic.MIGRATION],
        Modality.IN_PERSON,
        30,
        3,
    ),
    (
        23,
        "05",
        "Viña del Mar",
        (
            "Derechos de las trabajadoras de casa particular",
            "Rights of domestic workers",
            "Dwa travayèz kay",
        ),
        [Topic.LABOUR, Topic.VIOLENCE],
        Modality.IN_PERSON,
        25,
        0,
    ),
    (
        27,
        "09",
        "Temuco",
        (
            "Salud mental y redes de apoyo",
            "Mental health and support networks",
            "Sante mantal ak rezo sipò",
        ),
        [Topic.HEALTH],
        Modality.IN_PERSON,
        20,
        2,
    ),
    (
        32,
        "13",
        "Independencia",
        ("Educación de personas adultas", "Adult education", "Edikasyon pou granmoun"),
        [Topic.EDUCATION, Topic.MIGRATION],
        Modality.IN_PERSON,
        30,
        1,
    ),
]

NAMES = [
    "Marie",
    "Rosa",
    "Yesenia",
    "Carolina",
    "Daniela",
    "Roseline",
    "Fabiola",
    "Wislande",
    "Andrea",
    "Lucía",
    "Naomie",
    "Paola",
]


def _at(days: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def _workshop(days, cut, commune, titles, topics, modality, capacity, waitlist=True) -> Workshop:
    start = _at(days, 10)
    workshop = Workshop(
        title=titles[0],
        title_es=titles[0],
        title_en=titles[1],
        title_ht=titles[2],
        description_es="Un taller gratuito, en español, para todas las mujeres migrantes.",
        description_en="A free workshop, in Spanish, for every migrant woman.",
        description_ht="Yon atelye gratis, an panyòl, pou tout fanm migran.",
        region=Region.objects.get(cut_code=cut),
        commune=commune,
        venue="" if modality == Modality.ONLINE else "Sede comunitaria",
        address="" if modality == Modality.ONLINE else "Avenida Principal 123",
        directions_es="A dos cuadras del metro o del paradero principal.",
        directions_en="Two blocks from the metro or the main bus stop.",
        directions_ht="De blòk de metwo a oswa arè bis prensipal la.",
        accessibility_es="Acceso sin escalones y baño accesible.",
        accessibility_en="Step-free access and an accessible toilet.",
        accessibility_ht="Antre san mach eskalye ak yon twalèt aksesib.",
        modality=modality,
        online_url="https://reuniones.example.gob.cl/acoge"
        if modality != Modality.IN_PERSON
        else "",
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        capacity=capacity,
        waitlist_enabled=waitlist,
        offers_childcare=True,
        offers_interpretation=True,
        step_free_access=True,
        status=Workshop.Status.PUBLISHED,
    )
    workshop.full_clean()
    workshop.save()
    for n, topic in enumerate(topics):
        Session.objects.create(
            workshop=workshop,
            topic=topic,
            institution=Institution.objects.get(short_name=INSTITUTION_FOR[topic]),
            speaker_name="Equipo " + INSTITUTION_FOR[topic],
            speaker_role_es="Profesional del equipo regional",
            speaker_role_en="Member of the regional team",
            speaker_role_ht="Pwofesyonèl ekip rejyonal la",
            starts_at=start + timedelta(minutes=40 * n),
            ends_at=start + timedelta(minutes=40 * (n + 1)),
        )
    return workshop


def _fill(workshop: Workshop, count: int, seed: int) -> None:
    for n in range(count):
        services.registration_create(
            workshop=workshop,
            name=NAMES[(seed + n) % len(NAMES)],
            phone=f"+5699{seed:02d}{n:05d}",
            channel="whatsapp",
            messages_safe=n % 3 != 0,
            language=("ht", "es", "es")[n % 3],
            children_ages=[3, 6] if n % 4 == 0 else [],
            interpreter_language="ht" if n % 3 == 0 else "",
        )


def load(say: Callable[[str], None]) -> None:
    with scopes_disabled():
        if Workshop.objects.filter(title_es=UPCOMING[0][3][0]).exists():
            say("Demo workshops: already loaded.")
            return
        for seed, (days, cut, commune, titles, topics, modality, capacity, fill) in enumerate(
            UPCOMING
        ):
            workshop = _workshop(days, cut, commune, titles, topics, modality, capacity)
            _fill(workshop, fill, seed)
        past = _workshop(
            -20,
            "13",
            "Quilicura",
            ("Conoce tus derechos", "Know your rights", "Konnen dwa ou"),
            [Topic.MIGRATION, Topic.LABOUR],
            Modality.IN_PERSON,
            20,
        )
        Workshop.objects.filter(pk=past.pk).update(status=Workshop.Status.PUBLISHED)
        _fill_past(past)
    say(f"Demo workshops: {len(UPCOMING)} upcoming and 1 past, with registrations.")


def _fill_past(workshop: Workshop) -> None:
    """Registrations made before the workshop, attendance taken, feedback given."""
    from .models import Registration

    start = workshop.starts_at
    for n in range(12):
        services.registration_create(
            workshop=workshop,
            name=NAMES[n],
            phone=f"+5699800{n:04d}",
            channel="sms",
            messages_safe=False,
            now=start - timedelta(days=5),
        )
    for n, registration in enumerate(Registration.objects.filter(workshop=workshop)):
        services.attendance_set(registration=registration, attended=n % 4 != 0, actor=None)
    services.workshop_close(workshop=workshop, actor=None)
    for n in range(7):
        services.feedback_submit(
            workshop=workshop,
            usefulness={Topic.MIGRATION: 4 + n % 2, Topic.LABOUR: 3 + n % 3},
            wants_to_learn=["Cómo pedir la residencia definitiva", "Derechos en el trabajo", ""][
                n % 3
            ],
        )


register(DemoLoader(name="workshops", order=50, load=load))
