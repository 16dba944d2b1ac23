"""Demo registry for make run: about thirty organisations across the regions (most accepted,
some waiting for review, one turned down, one lapsed), each with a supporting document; the
representatives' names and addresses are made up (example.org)."""

import datetime
import random
from collections.abc import Callable

from django.core.files.base import ContentFile
from django.utils import timezone

from acoge.core.demo import DemoLoader, register
from acoge.core.models import Region

from .models import Category, Document, LegalForm, Organisation
from .services import email_index

# name, category slug, legal form, region CUT code, what it does
ORGANISATIONS = [
    ("Fundación Puentes Migrantes", "ong", "foundation", "13", "Orientación legal y laboral."),
    ("Coordinadora de Mujeres Migrantes del Norte", "migrantes", "association", "15", ""),
    (
        "Asociación Haitiana de Chile Lakay",
        "migrantes",
        "association",
        "13",
        "Apoyo a familias haitianas.",
    ),
    (
        "Centro de Estudios Migratorios del Sur",
        "academia",
        "university",
        "08",
        "Investigación aplicada.",
    ),
    ("Junta Vecinal Villa Esperanza", "otras", "community", "05", ""),
    (
        "Red Venezolana de Antofagasta",
        "migrantes",
        "association",
        "02",
        "Acogida y redes de empleo.",
    ),
    (
        "Corporación Acción Intercultural",
        "ong",
        "association",
        "09",
        "Talleres de español e interculturalidad.",
    ),
    ("Observatorio de Movilidad Humana", "academia", "university", "13", ""),
    (
        "Agrupación de Mujeres Andinas de Arica",
        "migrantes",
        "community",
        "15",
        "Emprendimiento y cuidados.",
    ),
    ("Fundación Derecho a Migrar", "ong", "foundation", "05", "Acompañamiento jurídico gratuito."),
    ("Colectivo Colombiano en Tarapacá", "migrantes", "association", "01", ""),
    ("Centro Comunitario Nuevo Amanecer", "otras", "community", "06", "Apoyo escolar."),
    ("Asociación de Peruanos Residentes", "migrantes", "association", "13", ""),
    ("Fundación Manos Abiertas", "ong", "foundation", "07", "Ropero y orientación social."),
    ("Núcleo de Estudios Interculturales", "academia", "university", "05", "Formación a docentes."),
    ("Organización de Mujeres Afrodescendientes", "migrantes", "public_interest", "13", ""),
    ("Red de Apoyo Migrante de Magallanes", "ong", "association", "12", "Acogida en invierno."),
    ("Comunidad Boliviana de Calama", "migrantes", "community", "02", ""),
    ("Fundación Casa Común", "ong", "foundation", "10", "Albergue temporal."),
    ("Asociación Dominicana del Biobío", "migrantes", "association", "08", ""),
    ("Centro de Derechos Humanos de Atacama", "ong", "association", "03", "Litigio estratégico."),
    ("Colectivo Aprender Juntas", "otras", "public_interest", "04", "Alfabetización digital."),
    ("Red Universitaria de Migración", "academia", "university", "09", ""),
    ("Asociación Cultural Andina de Los Ríos", "otras", "association", "14", "Cultura y memoria."),
    ("Fundación Ñuble Acoge", "ong", "foundation", "16", ""),
    ("Agrupación de Trabajadoras de Casa Particular", "migrantes", "association", "13", ""),
    ("Corporación Aysén Diverso", "otras", "association", "11", "Encuentros comunitarios."),
    ("Colectivo Lenguas en Tránsito", "ong", "public_interest", "13", "Interpretación voluntaria."),
    ("Asociación de Mujeres Venezolanas de Valparaíso", "migrantes", "association", "05", ""),
    ("Fundación Raíces Compartidas", "ong", "foundation", "13", "Regularización y empleo."),
    ("Centro de Investigación en Interculturalidad", "academia", "university", "02", ""),
    ("Comunidad Senegalesa de Santiago", "migrantes", "community", "13", ""),
]
WAITING = {"Colectivo Lenguas en Tránsito", "Corporación Aysén Diverso", "Fundación Ñuble Acoge"}
TURNED_DOWN = "Asociación Cultural Andina de Los Ríos"
LAPSED = "Red Universitaria de Migración"
FIRST = ["Ana", "Rosa", "Marie", "Carmen", "Lucía", "Jean", "Pedro", "Daniela", "Yolanda", "Luis"]
LAST = ["Pérez", "Joseph", "Rojas", "Mamani", "Castillo", "Pierre", "Soto", "Quispe", "Vera"]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _rut(rng: random.Random) -> str:
    body = str(rng.randint(65_000_000, 65_999_999))
    total, factor = 0, 2
    for digit in reversed(body):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    check = 11 - total % 11
    return body + {10: "K", 11: "0"}.get(check, str(check))


def load(say: Callable[[str], None]) -> None:
    if Organisation.objects.exists():
        say("Registry of organisations: already loaded.")
        return
    rng = random.Random(20500)  # noqa: S311 - demo data, the same every time
    now = timezone.now()
    today = timezone.localdate()
    regions = {region.cut_code: region for region in Region.objects.all()}
    categories = {category.slug: category for category in Category.objects.all()}
    for number, (name, category, legal_form, region, description) in enumerate(ORGANISATIONS):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"representante{number + 1}@example.org"
        applied = now - datetime.timedelta(days=rng.randint(40, 600))
        organisation = Organisation(
            name=name,
            legal_form=LegalForm(legal_form),
            rut=_rut(rng),
            region=regions[region],
            category=categories[category],
            description=description,
            representative_name=f"{first} {last}",
            representative_position=rng.choice(["Presidenta", "Secretaria", "Presidente", ""]),
            email=email,
            email_index=email_index(email),
            submitted_at=applied,
            email_confirmed_at=applied,
        )
        if name in WAITING:
            organisation.submitted_at = organisation.email_confirmed_at = now - datetime.timedelta(
                days=rng.randint(1, 12)
            )
        elif name == TURNED_DOWN:
            organisation.status = Organisation.Status.REJECTED
            organisation.reviewed_at = applied + datetime.timedelta(days=9)
            organisation.reason = (
                "Los estatutos enviados no muestran que la organización no tenga fines de lucro. "
                "Pueden postular de nuevo con el certificado de vigencia."
            )
        else:
            accepted = timezone.localdate(applied) + datetime.timedelta(days=10)
            organisation.status = Organisation.Status.ACCEPTED
            organisation.accepted_on = accepted
            organisation.reviewed_at = applied + datetime.timedelta(days=10)
            organisation.valid_until = accepted.replace(year=accepted.year + 2)
            if name == LAPSED:
                organisation.status = Organisation.Status.LAPSED
                organisation.valid_until = today - datetime.timedelta(days=20)
        organisation.save()
        Document.objects.create(
            organisation=organisation,
            kind=Document.Kind.VALIDITY,
            file=ContentFile(PDF, name="certificado-vigencia.pdf"),
            file_kind="pdf",
            filename="certificado-vigencia.pdf",
            size=len(PDF),
            uploaded_at=organisation.submitted_at,
        )
    say(f"Registry of organisations: {len(ORGANISATIONS)} organisations.")


register(DemoLoader(name="council.registry", order=70, load=load))


# The COSOC ------------------------------------------------------------------------------------

AGENDAS = [
    "1. Bienvenida y aprobación del acta anterior\n2. Plan de trabajo del año\n3. Varios",
    "1. Aprobación del acta anterior\n2. Observaciones al borrador de la Cuenta Pública\n3. Varios",
    "1. Aprobación del acta anterior\n2. Consulta ciudadana sobre información migratoria\n"
    "3. Varios",
    "1. Aprobación del acta anterior\n2. Talleres Apoya Mujer Migrante en regiones\n3. Varios",
    "1. Aprobación del acta anterior\n2. Calendario del segundo semestre\n3. Varios",
]
AGREEMENTS = [
    (
        "Enviar al Servicio las observaciones del Consejo al borrador de la Cuenta Pública.",
        "Secretaría ejecutiva del COSOC",
    ),
    (
        "Pedir al Servicio un informe sobre los tiempos de respuesta de las solicitudes.",
        "Presidencia del Consejo",
    ),
    ("Invitar a la Unidad de Género a la próxima sesión.", "Secretaría ejecutiva del COSOC"),
    (
        "Difundir la consulta ciudadana entre las organizaciones del registro.",
        "Comisión de comunicaciones",
    ),
    ("Proponer fechas para un diálogo regional en Antofagasta.", "Departamento de Participación"),
]
GENDERS = ["woman", "woman", "man", "woman", "man", "trans_woman", "", "non_binary", "man", "woman"]


def _meeting_minutes(number: int, present: int, in_office: int) -> str:
    return (
        f"Sesión ordinaria N° {number}. Asisten {present} de {in_office} consejeras y consejeros "
        "en ejercicio; hay quórum.\n\n"
        "**Acuerdos:** los que se indican en esta página, con su responsable y plazo.\n\n"
        "La sesión termina a las 12:30."
    )


def _session_time(moment: datetime.datetime) -> datetime.datetime:
    """That week's Tuesday at 10:00, Santiago time."""
    local = timezone.localtime(moment)
    tuesday = local.date() - datetime.timedelta(days=local.weekday() - 1)
    return timezone.make_aware(datetime.datetime.combine(tuesday, datetime.time(10)))


def load_cosoc(say: Callable[[str], None]) -> None:
    from . import services
    from .models import Agreement, Attendance, Candidate, Councillor, Election, Meeting, Term

    if Term.objects.exists():
        say("COSOC: already loaded.")
        return
    rng = random.Random(74)  # noqa: S311 - demo data, the same every time
    now = timezone.now()
    today = timezone.localdate()
    organisations = list(Organisation.objects.accepted().order_by("pk"))
    starts = today - datetime.timedelta(days=160)
    current = Term.objects.create(starts_on=starts, ends_on=starts.replace(year=starts.year + 2))
    past = Term.objects.create(
        starts_on=starts.replace(year=starts.year - 2), ends_on=starts - datetime.timedelta(days=1)
    )
    for number, organisation in enumerate(organisations[:18]):
        Councillor.objects.create(
            term=past,
            organisation=organisation,
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            gender=GENDERS[number % len(GENDERS)],
            starts_on=past.starts_on,
            ends_on=past.ends_on,
        )

    # The election that filled the current term, counted and published.
    opened = now - datetime.timedelta(days=230)
    election = Election.objects.create(
        term=current,
        nominations_open=opened,
        nominations_close=opened + datetime.timedelta(days=20),
        voting_opens=opened + datetime.timedelta(days=30),
        voting_closes=opened + datetime.timedelta(days=40),
    )
    candidates = [
        Candidate.objects.create(
            election=election,
            organisation=organisation,
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            gender=GENDERS[number % len(GENDERS)],
            statement="Queremos que la voz de las comunidades migrantes llegue a las decisiones.",
            nominated_at=opened + datetime.timedelta(hours=number),
            votes=rng.randint(1, 14),
        )
        for number, organisation in enumerate(organisations)
    ]
    for organisation in organisations:
        election.ballots.create(
            organisation=organisation,
            cast_on=timezone.localdate(opened) + datetime.timedelta(days=33),
        )
    services.election_count(
        election=election, actor=None, now=election.voting_closes + datetime.timedelta(days=1)
    )
    services.election_publish(
        election=election, actor=None, now=election.voting_closes + datetime.timedelta(days=2)
    )
    seated = list(current.councillors.order_by("pk"))
    current.councillors.update(starts_on=current.starts_on)
    for councillor, position in zip(
        seated, ["president", "vice_president", "secretary"], strict=False
    ):
        councillor.position = position
        councillor.save(update_fields=["position"])
    left = seated[-1]
    left.ends_on = today - datetime.timedelta(days=60)
    left.left_reason = "Renunció a la organización"
    left.save()
    Councillor.objects.create(
        term=current,
        organisation=left.organisation,
        name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        gender="woman",
        starts_on=today - datetime.timedelta(days=45),
        replaces=left,
    )

    # Sessions: five held (the last without its minutes yet), two ahead.
    agreements = 0
    for number in range(1, 6):
        held_on = now - datetime.timedelta(days=150 - 30 * number)
        meeting = Meeting.objects.create(
            term=current,
            number=number,
            starts_at=_session_time(held_on),
            place="Dirección Nacional, San Antonio 580, Santiago",
            online_url="https://reuniones.example.org/cosoc",
            agenda=AGENDAS[number - 1],
            agenda_es=AGENDAS[number - 1],
        )
        in_office = services.expected(meeting)
        statuses = {
            c.pk: rng.choices(["present", "absent", "excused"], weights=[8, 1, 1])[0]
            for c in in_office
        }
        Attendance.objects.bulk_create(
            Attendance(meeting=meeting, councillor_id=pk, status=status)
            for pk, status in statuses.items()
        )
        present = sum(1 for status in statuses.values() if status == "present")
        meeting.status = Meeting.Status.HELD
        if number < 5:
            meeting.minutes = meeting.minutes_es = _meeting_minutes(number, present, len(in_office))
            meeting.minutes_published_at = meeting.starts_at + datetime.timedelta(days=7)
        meeting.save()
        for order in range(1, 3):
            text, owner = AGREEMENTS[(number + order) % len(AGREEMENTS)]
            due = timezone.localdate(meeting.starts_at) + datetime.timedelta(days=45)
            status = (
                "done"
                if due < today - datetime.timedelta(days=30)
                else rng.choice(["pending", "in_progress", "done"])
            )
            Agreement.objects.create(
                meeting=meeting,
                number=order,
                text=text,
                owner=owner,
                due_on=due,
                status=status,
                done_on=due - datetime.timedelta(days=5) if status == "done" else None,
            )
            agreements += 1
    for number, days in ((6, 12), (7, 42)):
        Meeting.objects.create(
            term=current,
            number=number,
            starts_at=_session_time(now + datetime.timedelta(days=days)),
            place="Dirección Nacional, San Antonio 580, Santiago",
            agenda=AGENDAS[number % len(AGENDAS)],
            agenda_es=AGENDAS[number % len(AGENDAS)],
        )
    say(
        f"COSOC: the council {current} with {current.councillors.count()} councillors, "
        f"{len(candidates)} candidates in its election, 7 sessions, {agreements} agreements; "
        f"the council {past}."
    )


register(DemoLoader(name="council.cosoc", order=71, load=load_cosoc))
