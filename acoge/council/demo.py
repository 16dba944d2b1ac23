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
