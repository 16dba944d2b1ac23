"""Demo data of the Unidad de Género for make run: a desk in every region, delegates in 14 of
them (Aysén and Magallanes vacant), two Roundtable sessions held with their agreements and one
to come, work plans for five regions, the measures monitored, agenda commitments, and two Ley
Karin reports in different states. Names and addresses are made up (demo.acoge.invalid)."""

import datetime
import random
import secrets
from collections.abc import Callable
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from acoge.accounts import services as accounts
from acoge.accounts.models import Role, User
from acoge.core.demo import DemoLoader, register
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled

from .models import (
    Activity,
    Agreement,
    Appointment,
    Attendance,
    Commitment,
    Desk,
    Measure,
    MeasureStatus,
    Session,
    WorkPlan,
)

VACANT = {"11", "12"}  # Aysén, Magallanes
# Delegates who are demo staff too (accounts/demo.py, which may run first); the others only here.
EXISTING = {
    "02": ("delegada.antofagasta", "Daniela Castillo"),
    "05": ("delegada.valparaiso", "Camila Soto"),
}
NAMES = [
    "Valentina Araya", "Francisca Morales", "Carolina Pizarro", "Javiera Reyes", "Constanza Vega",
    "Fernanda Tapia", "Catalina Bravo", "Antonia Sepúlveda", "Macarena Núñez", "Ignacia Carrasco",
    "Bárbara Orellana", "Paulina Espinoza",
]  # fmt: skip
ALTERNATES = ["Rodrigo Salinas", "Natalia Cortés", "Felipe Lagos", "Gabriela Contreras"]

MEASURES = [
    (
        "Flexible hours for staff caring for children or dependants",
        Measure.Area.CONCILIATION,
        "Política de Gestión de Personas",
    ),
    (
        "Shared parental leave promoted among male staff",
        Measure.Area.CORESPONSIBILITY,
        "Política de Gestión de Personas",
    ),
    (
        "Protocol against workplace and sexual harassment known by every team",
        Measure.Area.VIOLENCE,
        "Protocolo de prevención, Ley 21.643",
    ),
    (
        "Inclusive language and non-discriminatory service at the counters",
        Measure.Area.DISCRIMINATION,
        "Instrucciones de la Subdirección Nacional",
    ),
]

ACTIVITIES = [
    ("Taller de enfoque de género para equipos de atención", "training", "staff"),
    ("Campaña 8M en oficinas de atención", "campaign", "public"),
    ("Mesa intersectorial con la SEREMI de la Mujer", "intersectoral", "staff"),
    ("Charla sobre Ley Karin para jefaturas", "training", "staff"),
    ("Difusión de derechos de mujeres migrantes en ferias", "promotion", "public"),
    ("Capacitación en atención a víctimas de violencia de género", "training", "staff"),
]

AGENDA = "- Bienvenida\n- Avance de los planes regionales\n- Ley Karin: protocolo\n- Varios"
COMMISSION = "Comisión Regional para la Igualdad de Derechos y la Equidad de Género"
COMMITMENTS = [
    "Capacitar a todo el personal de atención en violencia de género.",
    "Difundir la línea 1455 y los centros de la mujer en cada oficina.",
    "Registrar la atención desagregada por sexo y género.",
]


def _person(username: str, full_name: str, region: Region) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        first, _sep, last = full_name.partition(" ")
        user = accounts.staff_create(
            username=username,
            password=secrets.token_urlsafe(24),  # then made unusable: no one signs in as her
            first_name=first,
            last_name=last,
            email=f"{username}@demo.acoge.invalid",
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
        accounts.staff_role_grant(user=user, role=Role.GENDER_DELEGATE, regions=[region])
    return user


def load(say: Callable[[str], None]) -> None:
    with scopes_disabled(), transaction.atomic():
        _load(say)


def _load(say: Callable[[str], None]) -> None:
    if Desk.objects.exists():
        say("Unidad de Género: already loaded.")
        return
    rng = random.Random(15)  # noqa: S311 - demo data, the same every time
    today = timezone.localdate()
    regions = list(Region.objects.order_by("order"))
    names = iter(NAMES)
    alternates = iter(ALTERNATES)
    for region in regions:
        words = slugify(region.short_name).split("-")
        slug = "".join(words[:2]) if words[0] in {"la", "los"} else words[0]  # laaraucania
        Desk.objects.create(region=region, email=f"genero.{slug}@demo.acoge.invalid")
        if region.cut_code in VACANT:
            continue
        username, name = EXISTING.get(region.cut_code) or (f"delegada.{slug}", next(names))
        person = _person(username, name, region)
        Appointment.objects.create(
            region=region,
            kind=Appointment.Kind.DELEGATE,
            person=person,
            starts_on=today - datetime.timedelta(days=rng.randint(120, 700)),
            resolution=f"Res. Ex. {rng.randint(1000, 9999)}",
        )
        if region.cut_code in {"13", "05", "08", "02"}:
            Appointment.objects.create(
                region=region,
                kind=Appointment.Kind.ALTERNATE,
                person=_person(f"alterna.{slug}", next(alternates), region),
                starts_on=today - datetime.timedelta(days=90),
            )
    _roundtable(today, rng)
    plans = _plans(today, rng)
    _monitoring(regions, rng)
    _karin(today)
    say(
        f"Unidad de Género: {Appointment.objects.filter(kind='delegate').count()} delegates "
        f"({len(VACANT)} regions vacant), {Session.objects.count()} Roundtable sessions, "
        f"{plans} work plans, {Commitment.objects.count()} agenda commitments, 2 Ley Karin reports."
    )


def _roundtable(today: datetime.date, rng: random.Random) -> None:
    now = timezone.now()
    items = [
        ("Balance de los planes regionales del semestre", "Unidad de Género", 30),
        (
            "Proponer contenidos de capacitación en Ley Karin",
            "Delegadas de Antofagasta y Ñuble",
            60,
        ),
        ("Levantar brechas de conciliación por dirección regional", "Unidad de Género", -10),
        ("Coordinar la campaña 25N con las SEREMI", "Delegadas regionales", 20),
    ]
    for number, days_ago in ((1, 120), (2, 45)):
        starts = (now - datetime.timedelta(days=days_ago)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        session = Session.objects.create(
            number=number,
            starts_at=starts,
            online=True,
            place="Videoconferencia",
            agenda=AGENDA,
            minutes=(
                "Se revisó el avance de los planes de trabajo regionales y se acordó reforzar "
                "la capacitación del personal de atención."
            ),
            status=Session.Status.HELD,
        )
        day = timezone.localdate(starts)
        for appointment in Appointment.objects.in_office(day).filter(kind="delegate"):
            Attendance.objects.create(
                session=session,
                appointment=appointment,
                status=rng.choices(["present", "absent", "excused"], weights=[8, 1, 1])[0],
            )
        for order in (1, 2):
            text, owner, due_in = items[(number - 1) * 2 + order - 1]
            due = day + datetime.timedelta(days=due_in + days_ago // 2)
            status = (
                "done" if number == 1 and order == 1 else rng.choice(["pending", "in_progress"])
            )
            Agreement.objects.create(
                session=session,
                number=order,
                text=text,
                owner=owner,
                due_on=due,
                status=status,
                done_on=due - datetime.timedelta(days=3) if status == "done" else None,
            )
    Session.objects.create(
        number=3,
        starts_at=(now + datetime.timedelta(days=20)).replace(
            hour=10, minute=0, second=0, microsecond=0
        ),
        online=True,
        place="Videoconferencia",
        agenda="- Plan anual del próximo año\n- Informe de género anual",
    )


def _plans(today: datetime.date, rng: random.Random) -> int:
    count = 0
    with scopes_disabled():
        for cut_code in ("02", "05", "08", "13", "15", "16"):
            region = Region.objects.get(cut_code=cut_code)
            plan = WorkPlan.objects.create(
                region=region,
                year=today.year,
                summary="Instalar el enfoque de género en la atención y en los equipos.",
            )
            count += 1
            for position, (title, kind, audience) in enumerate(ACTIVITIES):
                planned = datetime.date(today.year, 1 + (position * 2 + rng.randint(0, 1)) % 12, 15)
                activity = Activity(
                    plan=plan, title=title, kind=kind, audience=audience, planned_on=planned
                )
                if planned < today and rng.random() < 0.75:
                    activity.status = Activity.Status.DONE
                    activity.done_on = planned + datetime.timedelta(days=rng.randint(0, 10))
                    activity.done_on = min(activity.done_on, today)
                    activity.women = rng.randint(4, 30)
                    activity.men = rng.randint(2, 15)
                    activity.other_gender = rng.randint(0, 2)
                    activity.gender_not_stated = rng.randint(0, 3)
                    if kind == "training":
                        activity.hours = Decimal(rng.choice([2, 3, 4, 8]))
                elif planned < today and rng.random() < 0.3:
                    activity.status = Activity.Status.CANCELLED
                activity.save()
            for text in COMMITMENTS[: 2 + (cut_code in {"05", "13"})]:
                Commitment.objects.create(
                    region=region,
                    agenda="Agenda Regional de Género 2022–2026",
                    commission=COMMISSION,
                    text=text,
                    due_on=datetime.date(today.year, rng.choice([3, 6, 9, 12]), 30),
                    status=rng.choice(["pending", "in_progress", "met"]),
                )
    return count


def _monitoring(regions: list[Region], rng: random.Random) -> None:
    with scopes_disabled():
        for title, area, instrument in MEASURES:
            measure = Measure.objects.create(
                title=title, area=area, instrument=instrument, owner="Unidad de Género"
            )
            for region in regions:
                if rng.random() < 0.7:
                    MeasureStatus.objects.create(
                        measure=measure,
                        region=region,
                        status=rng.choice(["not_started", "in_progress", "in_place"]),
                    )


def _karin(today: datetime.date) -> None:
    from .services import karin

    reporter = User.objects.filter(username="regional.biobio").first()
    receiver = User.objects.filter(username="receptora.karin").first()
    investigator = User.objects.filter(username="fiscal.karin").first()
    facilitator = User.objects.filter(username="facilitadora.rm").first()
    if not (reporter and receiver and investigator and facilitator):
        return
    first = karin.report_file(
        reporter=reporter,
        kind="workplace",
        facts="Relato de ejemplo: comentarios descalificadores reiterados en reuniones de equipo.",
        people="Persona de ejemplo, jefatura directa. Testigos: dos colegas del equipo.",
        region=Region.objects.get(cut_code="08"),
        now=timezone.now() - datetime.timedelta(days=20),
    )
    karin.measure_order(report=first, kind="separation", detail="Ejemplo.", actor=receiver)
    karin.investigator_assign(report=first, investigator=investigator, actor=receiver)
    karin.state_change(
        report=first,
        state="investigating",
        actor=receiver,
        note="Se inició la investigación. Te contactará la persona a cargo.",
    )
    karin.report_file(
        reporter=facilitator,
        kind="sexual",
        facts="Relato de ejemplo registrado a partir de lo que contó la persona.",
        region=Region.objects.get(cut_code="13"),
        recorded_by=receiver,
        now=timezone.now() - datetime.timedelta(days=2),
    )


register(DemoLoader(name="gender_unit", order=80, load=load))
