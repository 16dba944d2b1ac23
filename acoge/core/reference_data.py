"""Reference data: Chile's 16 regions (CUT codes, Decreto exento 817), partner institutions and
the helplines shown in the footer. Loaded by a data migration; staff keep institutions and
helplines up to date afterwards. `load` is idempotent; it is also used by the browser tests,
so a schema change it needs goes with a new data migration."""

from .zones import REGION_ZONES, SANTIAGO

REGIONS = [
    # order, name, CUT code, former numeral, ISO 3166-2
    (1, "Región de Arica y Parinacota", "15", "XV", "CL-AP"),
    (2, "Región de Tarapacá", "01", "I", "CL-TA"),
    (3, "Región de Antofagasta", "02", "II", "CL-AN"),
    (4, "Región de Atacama", "03", "III", "CL-AT"),
    (5, "Región de Coquimbo", "04", "IV", "CL-CO"),
    (6, "Región de Valparaíso", "05", "V", "CL-VS"),
    (7, "Región Metropolitana de Santiago", "13", "RM", "CL-RM"),
    (8, "Región del Libertador General Bernardo O'Higgins", "06", "VI", "CL-LI"),
    (9, "Región del Maule", "07", "VII", "CL-ML"),
    (10, "Región del Ñuble", "16", "XVI", "CL-NB"),  # 2018 code; the holidays package uses NB
    (11, "Región del Biobío", "08", "VIII", "CL-BI"),
    (12, "Región de La Araucanía", "09", "IX", "CL-AR"),
    (13, "Región de Los Ríos", "14", "XIV", "CL-LR"),
    (14, "Región de Los Lagos", "10", "X", "CL-LL"),
    (15, "Región de Aysén del General Carlos Ibáñez del Campo", "11", "XI", "CL-AI"),
    (16, "Región de Magallanes y de la Antártica Chilena", "12", "XII", "CL-MA"),
]

INSTITUTIONS = [
    # short name, (es, en, ht), website
    (
        "SERMIG",
        (
            "Servicio Nacional de Migraciones",
            "National Migration Service",
            "Sèvis Nasyonal Migrasyon",
        ),
        "https://serviciomigraciones.cl/",
    ),
    (
        "SernamEG",
        (
            "Servicio Nacional de la Mujer y la Equidad de Género",
            "National Service for Women and Gender Equity",
            "Sèvis Nasyonal pou Fanm ak Ekite ant Sèks yo",
        ),
        "https://www.sernameg.gob.cl/",
    ),
    (
        "Dirección del Trabajo",
        ("Dirección del Trabajo", "Labour Directorate", "Direksyon Travay"),
        "https://www.dt.gob.cl/",
    ),
    (
        "MINSAL",
        ("Ministerio de Salud", "Ministry of Health", "Ministè Lasante"),
        "https://www.minsal.cl/",
    ),
    (
        "MINEDUC",
        ("Ministerio de Educación", "Ministry of Education", "Ministè Edikasyon"),
        "https://www.mineduc.cl/",
    ),
]

SERNAMEG_HOURS = (
    "Lunes a viernes, excepto festivos, de 08:00 a 24:00",
    "Monday to Friday, except public holidays, 08:00 to midnight",
    "Lendi rive vandredi, eksepte jou ferye, 08:00 rive minwi",
)
HELPLINES = [
    # number, shown as, channel, (names), (hours), in the "danger now" boxes, source
    (
        "133",
        "133",
        "phone",
        (
            "Carabineros: emergencias",
            "Carabineros (police): emergencies",
            "Karabinye (lapolis): ijans",
        ),
        ("", "", ""),
        True,
        "https://regionesnoticias.cl/antofagasta/2024/03/13/sernameg-refuerza-informacion-sobre-los-canales-de-orientacion-y-denuncia-en-casos-de-violencia-de-genero/36320/amp",
    ),
    (
        "1455",
        "1455",
        "phone",
        (
            "Orientación en violencia contra las mujeres, gratuita",
            "Free guidance on violence against women",
            "Konsèy gratis sou vyolans kont fanm",
        ),
        SERNAMEG_HOURS,
        True,  # named in every "if you are in danger now" box, beside 133 and 149
        "https://minmujeryeg.gob.cl/?page_id=4023",
    ),
    (
        "+56997007000",
        "+56 9 9700 7000",
        "whatsapp",
        (
            "SernamEG te Orienta, por WhatsApp",
            "SernamEG guidance on WhatsApp",
            "SernamEG ba ou konsèy sou WhatsApp",
        ),
        SERNAMEG_HOURS,
        False,
        "https://regionesnoticias.cl/antofagasta/2024/03/13/sernameg-refuerza-informacion-sobre-los-canales-de-orientacion-y-denuncia-en-casos-de-violencia-de-genero/36320/amp",
    ),
    (
        "149",
        "149",
        "phone",
        (
            "Fono Familia de Carabineros: violencia intrafamiliar, gratuito y confidencial",
            "Carabineros family line: domestic violence, free and confidential",
            "Liy Fanmi Karabinye: vyolans nan fanmi, gratis e konfidansyèl",
        ),
        ("", "", ""),
        True,
        "https://cambio21.cl/tendencias/denuncias-por-violencia-intrafamiliar-disminuyen-en-un-59-durante-cuarentena-5e8d08b2aa2d746df56f4f8e",
    ),
]


def load(apps, schema_editor=None) -> None:
    Region = apps.get_model("core", "Region")
    Institution = apps.get_model("core", "Institution")
    Helpline = apps.get_model("core", "Helpline")
    # Migration 0002 runs this before the time zone exists (0004 adds it).
    has_zone = any(field.name == "time_zone" for field in Region._meta.get_fields())
    for order, name, cut, numeral, iso in REGIONS:
        defaults = {"name": name, "order": order, "legacy_numeral": numeral, "iso_code": iso}
        if has_zone:
            # Aysén and Magallanes keep their own zone (zones.REGION_ZONES); the others,
            # Valparaíso with Easter Island too, Santiago's.
            defaults["time_zone"] = REGION_ZONES.get(cut, SANTIAGO)
        Region.objects.update_or_create(cut_code=cut, defaults=defaults)
    for order, (short, (es, en, ht), website) in enumerate(INSTITUTIONS, start=1):
        Institution.objects.update_or_create(
            short_name=short,
            defaults={
                "name": es,
                "name_es": es,
                "name_en": en,
                "name_ht": ht,
                "website": website,
                "order": order,
            },
        )
    for order, (number, shown, channel, names, hours, emergency, source) in enumerate(
        HELPLINES, start=1
    ):
        Helpline.objects.update_or_create(
            number=number,
            defaults={
                "display_number": shown,
                "channel": channel,
                "order": order,
                "name": names[0],
                "name_es": names[0],
                "name_en": names[1],
                "name_ht": names[2],
                "hours": hours[0],
                "hours_es": hours[0],
                "hours_en": hours[1],
                "hours_ht": hours[2],
                "emergency": emergency,
                "source_url": source,
            },
        )
