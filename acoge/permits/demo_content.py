"""The demo content of the humanitarian residence guide and its checker, in es, en and ht
(loaded by demo.py).

The facts come from ../shared/domain/facts.md §2 with their sources; those it marks UNVERIFIED
(fees and validity for several cases) are not confirmed, so they show as "to be confirmed" and
flag their case for a legal check. One case is past its review date, to show the public "under
review" state.
"""

from datetime import date

from .models import CaseFact

HUMANITARIAN = "https://serviciomigraciones.cl/en/residencia-temporal-permit/subcategories/humanitarian-reasons/"
VIF = "https://serviciomigraciones.cl/en/residencia-temporal-permit/subcategories/vif"
PREGNANCY = (
    "https://www-pre.serviciomigraciones.cl/en/residencia-temporal-permit/subcategories/pregnancy"
)
NNA = "https://www-pre.serviciomigraciones.cl/en/residencia-temporal-permit/subcategories/nna"
SMUGGLING = "https://wp-web.dev.senamig.cl/en/residencia-temporal-permit/subcategories/smuggling"
TEMPORARY = "https://wp-web.dev.senamig.cl/categoria/residencia-temporal/page/4"
SERMIG = "Servicio Nacional de Migraciones"

REVIEWED = date(2026, 11, 20)
NEXT_REVIEW = date(2027, 5, 20)
OVERDUE = date(2026, 11, 30)  # the smuggling case: past its review date on purpose

TO_CONFIRM = {
    "es": "Aún no está publicado en una fuente que hayamos revisado.",
    "en": "Not yet published in a source we have checked.",
    "ht": "Poko pibliye nan yon sous nou verifye.",
}
TWO_YEARS = {
    "es": "La Residencia Temporal dura hasta 2 años; falta confirmar cuánto dura en este caso.",
    "en": "Temporary Residence lasts up to 2 years; how long it lasts in this case is not yet "
    "confirmed.",
    "ht": "Rezidans Tanporè a dire jiska 2 zan; nou poko konfime konbyen tan li dire nan ka sa a.",
}

# slug, order, review by, official page, title, summary, facts:
# (topic, text by language, source, confirmed)
CASES = [
    (
        "violencia",
        1,
        NEXT_REVIEW,
        VIF,
        {
            "es": "Violencia intrafamiliar o de género",
            "en": "Domestic or gender-based violence",
            "ht": "Vyolans nan fanmi oswa vyolans sou fanm",
        },
        {
            "es": "Para mujeres extranjeras que viven o vivieron violencia de su pareja, "
            "expareja o "
            "familia, o violencia por ser mujer, y cuya situación de víctima reconoce un tribunal "
            "o la Fiscalía.",
            "en": "For foreign women who live or have lived through violence from a partner, a "
            "former partner or their family, or violence because they are women, whose situation "
            "as a victim a court or the prosecutor's office recognises.",
            "ht": "Pou fanm etranje ki ap viv oswa ki te viv vyolans nan men patnè yo, ansyen "
            "patnè yo oswa fanmi yo, oswa vyolans paske yo se fanm, epi yon tribinal oswa "
            "Pakè a rekonèt yo se viktim.",
        },
        [
            (
                CaseFact.Topic.WHO,
                {
                    "es": "Una mujer extranjera a quien un Tribunal de Familia reconoce como "
                    "víctima "
                    "de violencia intrafamiliar o de género; si hubo un delito, la Fiscalía "
                    "(Ministerio Público) o un tribunal penal.",
                    "en": "A foreign woman whom a family court recognises as a victim of domestic "
                    "or gender-based violence; where there was a crime, the prosecutor's office "
                    "(Ministerio Público) or a criminal court.",
                    "ht": "Yon fanm etranje yon Tribinal Fanmi rekonèt se viktim vyolans nan "
                    "fanmi oswa vyolans sou fanm; si te gen yon krim, se Pakè a (Ministerio "
                    "Público) oswa yon tribinal kriminèl.",
                },
                VIF,
                True,
            ),
            (
                CaseFact.Topic.FILES,
                {
                    "es": "No la presentas tú: la presenta el tribunal o la Fiscalía que reconoció "
                    "tu situación, en el Portal de Trámites Digitales del Servicio.",
                    "en": "You do not file it: the court or prosecutor's office that recognised "
                    "your situation files it, on the Service's digital procedures portal.",
                    "ht": "Se pa ou ki depoze l: se tribinal la oswa Pakè a ki rekonèt sitiyasyon "
                    "ou ki depoze l, sou pòtay demach dijital Sèvis la.",
                },
                VIF,
                True,
            ),
            (
                CaseFact.Topic.NEEDS,
                {
                    "es": "Que un tribunal o la Fiscalía conozca tu caso. Si todavía no lo sabe, "
                    "el "
                    "primer paso es pedir ayuda: llama al 1455 o escribe al punto de contacto.",
                    "en": "A court or the prosecutor's office must know about your case. If it "
                    "does not yet, the first step is to ask for help: call 1455 or write to the "
                    "contact point.",
                    "ht": "Fòk yon tribinal oswa Pakè a konnen ka ou. Si yo poko konnen, premye "
                    "etap la se mande èd: rele 1455 oswa ekri pwen kontak la.",
                },
                VIF,
                True,
            ),
            (
                CaseFact.Topic.NEEDS,
                {
                    "es": "Tus hijas e hijos u otras personas a tu cargo: con una condena firme, "
                    "reciben el permiso como titulares; con un certificado de la Fiscalía, hasta "
                    "que termine el proceso, y se puede prorrogar.",
                    "en": "Your children or others who depend on you: with a final conviction they "
                    "get the permit in their own name; with a certificate from the prosecutor's "
                    "office, until the proceedings end, and it can be extended.",
                    "ht": "Pitit ou oswa lòt moun ki depann de ou: avèk yon kondanasyon definitif, "
                    "yo resevwa pèmi a nan pwòp non yo; avèk yon sètifika Pakè a, jiskaske pwosè "
                    "a fini, epi yo ka pwolonje l.",
                },
                VIF,
                True,
            ),
            (CaseFact.Topic.COST, TO_CONFIRM, "", False),
            (CaseFact.Topic.DURATION, TWO_YEARS, TEMPORARY, False),
        ],
    ),
    (
        "embarazo",
        2,
        NEXT_REVIEW,
        PREGNANCY,
        {
            "es": "Mujeres embarazadas",
            "en": "Pregnant women",
            "ht": "Fanm ansent",
        },
        {
            "es": "Un permiso especial para mujeres extranjeras embarazadas que están en Chile.",
            "en": "A special permit for foreign women in Chile who are pregnant.",
            "ht": "Yon pèmi espesyal pou fanm etranje ki nan Chili epi ki ansent.",
        },
        [
            (
                CaseFact.Topic.WHO,
                {
                    "es": "Mujeres embarazadas que tienen Permanencia Transitoria o Residencia "
                    "Temporal. Se pide en línea, desde Chile.",
                    "en": "Pregnant women who hold Permanencia Transitoria or Temporary Residence. "
                    "You apply online, from within Chile.",
                    "ht": "Fanm ansent ki gen Permanencia Transitoria oswa Rezidans Tanporè. Ou "
                    "fè demand lan sou entènèt, pandan ou nan Chili.",
                },
                PREGNANCY,
                True,
            ),
            (
                CaseFact.Topic.FILES,
                {
                    "es": "Tú misma, o el Servicio de Salud con tu autorización.",
                    "en": "You, or the health service with your permission.",
                    "ht": "Ou menm, oswa sèvis sante a avèk otorizasyon ou.",
                },
                PREGNANCY,
                True,
            ),
            (
                CaseFact.Topic.NEEDS,
                {
                    "es": "Pasaporte o documento de identidad.",
                    "en": "A passport or identity document.",
                    "ht": "Paspò oswa yon dokiman idantite.",
                },
                PREGNANCY,
                True,
            ),
            (
                CaseFact.Topic.NEEDS,
                {
                    "es": "Si tienes 18 años o más: certificado de antecedentes penales de tu país "
                    "de origen o de los países donde viviste en los últimos 5 años.",
                    "en": "If you are 18 or older: a criminal record certificate from your country "
                    "of origin or the countries you lived in during the last 5 years.",
                    "ht": "Si ou gen 18 an oswa plis: yon sètifika dosye kriminèl peyi orijin ou "
                    "oswa peyi kote ou te viv nan 5 dènye ane yo.",
                },
                PREGNANCY,
                True,
            ),
            (
                CaseFact.Topic.NEEDS,
                {
                    "es": "Certificado de embarazo de la red pública de salud, legalizado con "
                    "firma "
                    "electrónica avanzada.",
                    "en": "A pregnancy certificate from the public health network, certified with "
                    "an advanced electronic signature.",
                    "ht": "Yon sètifika gwosès rezo sante piblik la bay, sètifye ak yon siyati "
                    "elektwonik avanse.",
                },
                PREGNANCY,
                True,
            ),
            (
                CaseFact.Topic.COST,
                {
                    "es": "Si te lo otorgan, pagas los derechos del permiso; falta confirmar "
                    "el monto.",
                    "en": "If it is granted, you pay the permit's fees; the amount is not yet "
                    "confirmed.",
                    "ht": "Si yo ba ou li, ou peye frè pèmi a; nou poko konfime konbyen.",
                },
                PREGNANCY,
                False,
            ),
            (CaseFact.Topic.DURATION, TWO_YEARS, TEMPORARY, False),
            (
                CaseFact.Topic.STEPS,
                {
                    "es": "Cuando te lo otorgan: paga los derechos, descarga el Estampado "
                    "Electrónico y, dentro de 30 días, pide hora en el Registro Civil para tu "
                    "cédula de identidad; si no, hay una sanción (artículo 106).",
                    "en": "Once it is granted: pay the fees, download the Estampado Electrónico "
                    "and, within 30 days, book at the Registro Civil for your identity card; "
                    "otherwise there is a penalty (article 106).",
                    "ht": "Lè yo ba ou li: peye frè yo, telechaje Estampado Electrónico a epi, "
                    "nan 30 jou, pran randevou nan Registro Civil pou kat idantite ou; si ou pa "
                    "fè l, gen yon sanksyon (atik 106).",
                },
                PREGNANCY,
                True,
            ),
        ],
    ),
    (
        "ninos-ninas-adolescentes",
        3,
        NEXT_REVIEW,
        NNA,
        {
            "es": "Niñas, niños y adolescentes",
            "en": "Children and adolescents",
            "ht": "Timoun ak adolesan",
        },
        {
            "es": "Un permiso para personas menores de 18 años, cualquiera sea la situación de "
            "su madre o su padre.",
            "en": "A permit for people under 18, whatever the situation of their mother or father.",
            "ht": "Yon pèmi pou moun ki poko gen 18 an, kèlkeswa sitiyasyon manman yo oswa papa "
            "yo.",
        },
        [
            (
                CaseFact.Topic.WHO,
                {
                    "es": "Niñas, niños y adolescentes, sin importar la situación migratoria de su "
                    "madre o su padre. El permiso no se extiende a la familia.",
                    "en": "Children and adolescents, whatever their parents' immigration "
                    "situation. The permit does not extend to the family.",
                    "ht": "Timoun ak adolesan, kèlkeswa sitiyasyon imigrasyon manman yo oswa papa "
                    "yo. Pèmi a pa pou rès fanmi an.",
                },
                NNA,
                True,
            ),
            (
                CaseFact.Topic.FILES,
                {
                    "es": "La madre, el padre, la persona tutora o cuidadora, o el Servicio Mejor "
                    "Niñez.",
                    "en": "The mother, the father, a guardian or carer, or the Mejor Niñez "
                    "service.",
                    "ht": "Manman an, papa a, yon moun ki gadyen oswa k ap pran swen timoun nan, "
                    "oswa sèvis Mejor Niñez.",
                },
                NNA,
                True,
            ),
            (
                CaseFact.Topic.NEEDS,
                {
                    "es": "Certificado de nacimiento, documento de identidad y Tarjeta Única "
                    "Migratoria (TUM).",
                    "en": "A birth certificate, an identity document and the Tarjeta Única "
                    "Migratoria (TUM).",
                    "ht": "Yon batistè, yon dokiman idantite ak Tarjeta Única Migratoria (TUM).",
                },
                NNA,
                True,
            ),
            (
                CaseFact.Topic.COST,
                {
                    "es": "Gratis. No hay multas ni hace falta una autodenuncia.",
                    "en": "Free. There are no fines and no self-report is needed.",
                    "ht": "Gratis. Pa gen amann epi ou pa bezwen fè oto-denonsyasyon.",
                },
                NNA,
                True,
            ),
            (CaseFact.Topic.DURATION, TWO_YEARS, TEMPORARY, False),
        ],
    ),
    (
        "trata-de-personas",
        4,
        NEXT_REVIEW,
        HUMANITARIAN,
        {
            "es": "Víctimas de trata de personas",
            "en": "Victims of human trafficking",
            "ht": "Viktim trafik moun",
        },
        {
            "es": "Para quien fue traída o retenida con engaño o fuerza para explotarla.",
            "en": "For someone brought or held by deceit or force to be exploited.",
            "ht": "Pou moun yo te mennen oswa kenbe ak manti oswa fòs pou eksplwate l.",
        },
        [
            (
                CaseFact.Topic.WHO,
                {
                    "es": "Víctimas de trata de personas que están en contacto con la Mesa "
                    "Intersectorial sobre Trata de Personas.",
                    "en": "Victims of human trafficking in contact with the Mesa Intersectorial "
                    "sobre Trata de Personas (the inter-agency round table on trafficking).",
                    "ht": "Viktim trafik moun ki an kontak ak Mesa Intersectorial sobre Trata de "
                    "Personas (tab ant enstitisyon sou trafik moun).",
                },
                SMUGGLING,
                True,
            ),
            (
                CaseFact.Topic.FILES,
                {
                    "es": "Funcionarias y funcionarios del Servicio Nacional de Migraciones "
                    "ingresan la solicitud.",
                    "en": "Staff of the National Migration Service enter the application.",
                    "ht": "Anplwaye Sèvis Nasyonal Migrasyon an ki antre demand lan.",
                },
                SMUGGLING,
                True,
            ),
            (CaseFact.Topic.COST, TO_CONFIRM, "", False),
            (CaseFact.Topic.DURATION, TWO_YEARS, TEMPORARY, False),
        ],
    ),
    (
        "trafico-de-migrantes",
        5,
        OVERDUE,
        SMUGGLING,
        {
            "es": "Víctimas de tráfico de migrantes",
            "en": "Victims of migrant smuggling",
            "ht": "Viktim trafik migran",
        },
        {
            "es": "Para quien fue víctima de tráfico de migrantes, cuando la Fiscalía lo "
            "investiga.",
            "en": "For someone who was a victim of migrant smuggling, when the prosecutor's "
            "office investigates it.",
            "ht": "Pou moun ki te viktim trafik migran, lè Pakè a ap mennen ankèt sou sa.",
        },
        [
            (
                CaseFact.Topic.FILES,
                {
                    "es": "La Fiscalía (Ministerio Público) presenta la solicitud.",
                    "en": "The prosecutor's office (Ministerio Público) files the application.",
                    "ht": "Pakè a (Ministerio Público) ki depoze demand lan.",
                },
                SMUGGLING,
                True,
            ),
            (CaseFact.Topic.COST, TO_CONFIRM, "", False),
            (CaseFact.Topic.DURATION, TWO_YEARS, TEMPORARY, False),
        ],
    ),
]

# The checker: (slug, order, multiple, asked after (question slug, answer index) or None,
# text, hint, answers: (label, case slugs, none applies)).
QUESTIONS = [
    (
        "situacion",
        1,
        True,
        None,
        {
            "es": "¿Alguna de estas situaciones se parece a la tuya?",
            "en": "Is your situation like any of these?",
            "ht": "Èske sitiyasyon ou sanble ak youn nan sa yo?",
        },
        {
            "es": "Marca todas las que correspondan. Nada de lo que marques se guarda.",
            "en": "Select all that apply. Nothing you select is kept.",
            "ht": "Make tout sa ki koresponn. Anyen ou make pa anrejistre.",
        },
        [
            (
                {
                    "es": "Vivo o viví violencia de mi pareja, expareja o familia",
                    "en": "I live or have lived through violence from my partner, a former "
                    "partner or my family",
                    "ht": "M ap viv oswa m te viv vyolans nan men patnè m, ansyen patnè m oswa "
                    "fanmi m",
                },
                ["violencia"],
                False,
            ),
            (
                {"es": "Estoy embarazada", "en": "I am pregnant", "ht": "Mwen ansent"},
                ["embarazo"],
                False,
            ),
            (
                {
                    "es": "Alguien me trajo a Chile o me hizo cruzar la frontera y se aprovechó "
                    "de mí",
                    "en": "Someone brought me to Chile or got me across the border and took "
                    "advantage of me",
                    "ht": "Yon moun te mennen m Chili oswa te fè m travèse fwontyè a epi li te "
                    "pwofite de mwen",
                },
                [],
                False,
            ),
            (
                {
                    "es": "Busco información para una niña, un niño o un adolescente menor de 18 "
                    "años",
                    "en": "I am looking for information for a child or adolescent under 18",
                    "ht": "M ap chèche enfòmasyon pou yon timoun oswa yon adolesan ki poko gen "
                    "18 an",
                },
                ["ninos-ninas-adolescentes"],
                False,
            ),
            (
                {"es": "Ninguna de estas", "en": "None of these", "ht": "Okenn nan sa yo"},
                [],
                True,
            ),
        ],
    ),
    (
        "que-paso",
        2,
        False,
        ("situacion", 2),
        {
            "es": "¿Qué se parece más a lo que te pasó?",
            "en": "What is closest to what happened to you?",
            "ht": "Kisa ki pi sanble ak sa ki te rive w?",
        },
        {"es": "", "en": "", "ht": ""},
        [
            (
                {
                    "es": "Me engañaron o me obligan a trabajar o a hacer cosas que no quiero, y "
                    "no me dejan irme",
                    "en": "I was deceived, or I am forced to work or do things I do not want to, "
                    "and I am not allowed to leave",
                    "ht": "Yo te twonpe m, oswa yo fòse m travay oswa fè bagay mwen pa vle, epi "
                    "yo pa kite m ale",
                },
                ["trata-de-personas"],
                False,
            ),
            (
                {
                    "es": "Pagué para cruzar la frontera y en el camino me hicieron daño o me "
                    "amenazaron",
                    "en": "I paid to cross the border and on the way I was harmed or threatened",
                    "ht": "Mwen te peye pou travèse fwontyè a epi sou wout la yo te fè m mal "
                    "oswa menase m",
                },
                ["trafico-de-migrantes"],
                False,
            ),
            (
                {"es": "No estoy segura", "en": "I am not sure", "ht": "Mwen pa fin sèten"},
                ["trata-de-personas", "trafico-de-migrantes"],
                False,
            ),
        ],
    ),
]
