"""The demo content of relevant information (loaded by demo.py): pages, the legal framework, the
official channels, policies, plans, programmes and actions with their budgets, news and
documents, in es, en and ht.

The facts (law and decree numbers, dates, institutions, deadlines, helplines, addresses) come
from ../shared/domain/facts.md (§1, §3, §4, §5, §7, §8) and ../shared/seeds/; what facts.md marks
UNVERIFIED is left out. Legal texts link to the official LeyChile portal unless facts.md gives an
official address for the text itself.

Illustrative, not real: every budget amount (Chilean pesos, demo values of a plausible size);
the initiatives other than the Política Nacional de Migración y Extranjería and Apoya Mujer
Migrante, whose names describe them and are not official names; the regional workshop cycle,
the interpretation pilot and the workshop report. One page (marco-legal) is past its review
date on purpose, to show the public "under review" state.
"""

from datetime import date

REVIEWED = date(2026, 11, 20)
NEXT_REVIEW = date(2027, 5, 20)
OVERDUE = date(2026, 11, 28)  # one page past its review date on purpose, to show "under review"

SERMIG_WEBSITE = "https://serviciomigraciones.cl"
SIAC = "https://siac.interior.gob.cl"
# Not in facts.md: the Consejo para la Transparencia's portal for information requests, as the
# brief names it. Staff must confirm this address before publishing.
TRANSPARENCY_PORTAL = "https://www.portaltransparencia.cl"
COSOC_PAGE = "https://serviciomigraciones.cl/en/citizen-engagement/cosoc/"  # in English
LEYCHILE = "https://www.bcn.cl/leychile"
# DFL 1-19.653 (the consolidated Ley 18.575), where the rules of Ley 20.500 now sit (arts. 69 ff.)
DFL_19653 = "https://www.bcn.cl/leychile/navegar?idNorma=1077273"

# PAGES: (slug, section, order, shows, review_by, title, summary, body)
PAGES = [
    (
        "apoya-mujer-migrante",
        "women",
        1,
        "",
        NEXT_REVIEW,
        {
            "es": "Apoya Mujer Migrante",
            "en": "Apoya Mujer Migrante: support for migrant women",
            "ht": "Apoya Mujer Migrante: sipò pou fanm migran",
        },
        {
            "es": "Talleres de información para todas las mujeres migrantes, con charlas de "
            "instituciones del Estado sobre migración, violencia contra las mujeres, derechos "
            "laborales, salud y educación. Puedes venir cualquiera sea tu situación migratoria.",
            "en": "Information workshops for every migrant woman, with talks by State "
            "institutions on migration, violence against women, labour rights, health and "
            "education. You can come whatever your immigration status.",
            "ht": "Atelye enfòmasyon pou tout fanm migran, ak prezantasyon enstitisyon Leta yo "
            "sou migrasyon, vyolans sou fanm, dwa travayè, sante ak edikasyon. Ou ka vini "
            "kèlkeswa sitiyasyon imigrasyon ou.",
        },
        {
            "es": (
                "El Servicio Nacional de Migraciones (SERMIG) creó Apoya Mujer Migrante para "
                "acortar la distancia entre las mujeres extranjeras y la información que "
                "necesitan: las normas migratorias vigentes y otros temas de su interés. La idea "
                "es acercar las instituciones del Estado a las mujeres migrantes y apoyar su "
                "inclusión en el país.\n\n"
                "## Para quién es\n\n"
                "Para todas las mujeres migrantes, cualquiera sea su situación migratoria y el "
                "tiempo que lleven en Chile. Nunca te preguntamos por tu situación migratoria: "
                "ni para inscribirte ni durante el taller.\n\n"
                "Los talleres se dictan en español.\n\n"
                "## De qué se habla\n\n"
                "En los talleres exponen personas de instituciones asociadas, cada una sobre su "
                "tema:\n\n"
                "- **Gestión migratoria**, con el Servicio Nacional de Migraciones.\n"
                "- **Violencia contra las mujeres y acceso a programas**, con el Servicio "
                "Nacional de la Mujer y la Equidad de Género (SernamEG).\n"
                "- **Derechos laborales**, con la Dirección del Trabajo.\n"
                "- **Salud de mujeres, niñas, niños y adolescentes**, con el Ministerio de Salud "
                "(MINSAL).\n"
                "- **Acceso a la educación**, con el Ministerio de Educación (MINEDUC).\n\n"
                "Revisa las fechas y los lugares en la "
                "[lista de talleres](/es/mujer-migrante/talleres/).\n\n"
                "## Escríbenos\n\n"
                "Si quieres saber más sobre la iniciativa o los talleres, usa el "
                "[punto de contacto](/es/mujer-migrante/contacto/): nos escribes y nos "
                "comunicamos contigo.\n\n"
                "## Residencia Temporal por razones humanitarias\n\n"
                "El Decreto 177 de 2022 del Ministerio del Interior y Seguridad Pública, que fija "
                "las subcategorías de la Residencia Temporal, señala en su párrafo octavo las "
                "razones humanitarias por las que se puede otorgar un permiso de residencia. "
                "Entre ellas están la violencia intrafamiliar o de género y un permiso especial "
                "para mujeres extranjeras embarazadas.\n\n"
                "Lo primero es revisar los requisitos. La "
                "[guía de residencia humanitaria](/es/residencia-humanitaria/) los explica caso "
                "a caso, y el [verificador](/es/residencia-humanitaria/verificar/) te ayuda a "
                "ver qué caso se parece al tuyo. Nada de lo que marques se guarda.\n\n"
                "## Si necesitas ayuda ahora\n\n"
                "- [1455](tel:1455): orientación gratuita sobre violencia contra las mujeres, "
                "para víctimas y para testigos.\n"
                "- [133](tel:133): Carabineros, en una emergencia.\n\n"
                "Conoce también la [Unidad de Género](/es/informacion/unidad-de-genero/) del "
                "Servicio."
            ),
            "en": (
                "The National Migration Service (Servicio Nacional de Migraciones, SERMIG) "
                "created Apoya Mujer Migrante to close the gap between foreign women and the "
                "information they need: the immigration rules in force and other matters that "
                "concern them. The aim is to bring State institutions closer to migrant women "
                "and to support their inclusion in the country.\n\n"
                "## Who it is for\n\n"
                "Every migrant woman, whatever her immigration status and however long she has "
                "been in Chile. We never ask about your immigration status: not when you sign "
                "up, not during the workshop.\n\n"
                "The workshops are held in Spanish.\n\n"
                "## What the workshops cover\n\n"
                "Speakers from partner institutions each talk about their own field:\n\n"
                "- **Migration procedures**, by the National Migration Service.\n"
                "- **Violence against women and access to programmes**, by the National Service "
                "for Women and Gender Equity (Servicio Nacional de la Mujer y la Equidad de "
                "Género, SernamEG).\n"
                "- **Labour rights**, by the Labour Directorate (Dirección del Trabajo).\n"
                "- **Health care for women, children and adolescents**, by the Ministry of "
                "Health (MINSAL).\n"
                "- **Access to education**, by the Ministry of Education (MINEDUC).\n\n"
                "See dates and places in the "
                "[list of workshops](/en/mujer-migrante/talleres/).\n\n"
                "## Write to us\n\n"
                "To learn more about the programme or the workshops, use the "
                "[contact point](/en/mujer-migrante/contacto/): write to us and we will get in "
                "touch with you.\n\n"
                "## Temporary Residence on humanitarian grounds\n\n"
                "Decree 177 of 2022 of the Ministry of the Interior and Public Security, which "
                "sets the subcategories of Temporary Residence (Residencia Temporal), lists in "
                "its eighth paragraph the humanitarian reasons for which a residence permit can "
                "be granted. They include domestic or gender-based violence, and there is a "
                "special permit for pregnant foreign women.\n\n"
                "The first step is to check the requirements. The "
                "[humanitarian residence guide](/en/residencia-humanitaria/) explains them case "
                "by case, and the [checker](/en/residencia-humanitaria/verificar/) helps you see "
                "which case is closest to yours. Nothing you select is kept.\n\n"
                "## If you need help now\n\n"
                "- [1455](tel:1455): free guidance on violence against women, for victims and "
                "for witnesses.\n"
                "- [133](tel:133): Carabineros (the police), in an emergency.\n\n"
                "See also the service's [Gender Unit](/en/informacion/unidad-de-genero/)."
            ),
            "ht": (
                "Sèvis Nasyonal Migrasyon an (Servicio Nacional de Migraciones, SERMIG) kreye "
                "Apoya Mujer Migrante pou rapwoche fanm etranje yo ak enfòmasyon yo bezwen: "
                "règ imigrasyon ki an vigè yo ak lòt sijè ki enterese yo. Objektif la se "
                "rapwoche enstitisyon Leta yo ak fanm migran yo epi ede yo antre nan lavi "
                "peyi a.\n\n"
                "## Pou ki moun li ye\n\n"
                "Pou tout fanm migran, kèlkeswa sitiyasyon imigrasyon yo ak konbyen tan yo "
                "genyen nan Chili. Nou pa janm mande w ki sitiyasyon imigrasyon ou: ni lè w ap "
                "enskri, ni pandan atelye a.\n\n"
                "Atelye yo fèt an panyòl.\n\n"
                "## Kisa yo pale nan atelye yo\n\n"
                "Moun ki soti nan enstitisyon patnè yo vin pale, chak sou domèn pa yo:\n\n"
                "- **Demach imigrasyon**, ak Sèvis Nasyonal Migrasyon an.\n"
                "- **Vyolans sou fanm ak aksè nan pwogram yo**, ak Servicio Nacional de la "
                "Mujer y la Equidad de Género (SernamEG), sèvis nasyonal pou fanm ak egalite "
                "ant fanm ak gason.\n"
                "- **Dwa travayè**, ak Dirección del Trabajo (Direksyon Travay).\n"
                "- **Swen sante pou fanm, timoun ak adolesan**, ak Ministè Sante a (MINSAL).\n"
                "- **Aksè nan edikasyon**, ak Ministè Edikasyon an (MINEDUC).\n\n"
                "Gade dat ak kote yo nan "
                "[lis atelye yo](/ht/mujer-migrante/talleres/).\n\n"
                "## Ekri nou\n\n"
                "Si ou vle konnen plis sou pwogram nan oswa sou atelye yo, sèvi ak "
                "[pwen kontak la](/ht/mujer-migrante/contacto/): ekri nou epi n ap kontakte "
                "w.\n\n"
                "## Rezidans Tanporè pou rezon imanitè\n\n"
                "Dekrè 177 ane 2022 Ministè Enteryè ak Sekirite Piblik la, ki fikse "
                "soukategori Rezidans Tanporè yo (Residencia Temporal), bay nan uityèm "
                "paragraf li rezon imanitè ki pèmèt yo bay yon pèmi rezidans. Pami rezon sa yo "
                "gen vyolans nan fanmi oswa vyolans sou fanm, epi gen yon pèmi espesyal pou "
                "fanm etranje ki ansent.\n\n"
                "Premye bagay pou fè se gade kondisyon yo. "
                "[Gid rezidans imanitè a](/ht/residencia-humanitaria/) esplike yo ka pa ka, "
                "epi [zouti verifikasyon an](/ht/residencia-humanitaria/verificar/) ede w wè "
                "ki ka ki pi sanble ak pa w. Anyen ou make pa anrejistre.\n\n"
                "## Si ou bezwen èd kounye a\n\n"
                "- [1455](tel:1455): oryantasyon gratis sou vyolans sou fanm, pou viktim ak "
                "pou temwen.\n"
                "- [133](tel:133): Carabineros (lapolis), lè gen yon ijans.\n\n"
                "Gade tou [Inite Jan](/ht/informacion/unidad-de-genero/) Sèvis la."
            ),
        },
    ),
    (
        "unidad-de-genero",
        "women",
        2,
        "",
        NEXT_REVIEW,
        {
            "es": "Unidad de Género",
            "en": "Gender Unit",
            "ht": "Inite Jan (Unidad de Género)",  # unsure: "jan" for "gender"
        },
        {
            "es": "La Unidad de Género, también llamada Unidad de Género y Diversidades, lleva "
            "la perspectiva de género a todo el trabajo del Servicio. En cada Dirección Regional "
            "la representa una persona delegada de género.",
            "en": "The Gender Unit, also called the Gender and Diversity Unit (Unidad de Género "
            "y Diversidades), brings a gender perspective into all of the service's work. In "
            "each regional directorate a gender delegate represents it.",
            "ht": "Inite Jan an, yo rele l tou Unidad de Género y Diversidades, mete pèspektiv "
            "jan nan tout travay Sèvis la. Nan chak Direksyon Rejyonal, gen yon delege jan "
            "ki reprezante l.",
        },
        {
            "es": (
                "El Servicio Nacional de Migraciones asumió la responsabilidad y el compromiso "
                "de incorporar la perspectiva de género en su trabajo y en las iniciativas que "
                "impulsa. Como institución pública, debe cumplir los compromisos internacionales "
                "sobre igualdad de género que Chile ha ratificado. También debe aplicar la "
                "legislación migratoria vigente e implementar la Política Nacional de Migración "
                "y Extranjería, favoreciendo la integración y la inclusión de la población "
                "extranjera en Chile, sin importar su nacionalidad, su origen social ni su "
                "género.\n\n"
                "Para que ese enfoque sea permanente e institucional, se creó la Unidad de "
                "Género, que depende de la Subdirección Nacional. También se la conoce como "
                "Unidad de Género y Diversidades.\n\n"
                "## Sus objetivos\n\n"
                "- Coordinar el trabajo de género dentro del Servicio: orientar y dar coherencia "
                "al trabajo institucional con perspectiva de género, y dar indicaciones para "
                "diseñar y aplicar políticas, planes y programas.\n"
                "- Promover relaciones de género igualitarias dentro del Servicio y llevar la "
                "perspectiva de género a todos sus niveles, para asegurar una igualdad real "
                "entre quienes trabajan en él y quienes usan sus servicios: sin discriminación, "
                "previniendo y sancionando la violencia de género, con un sello de igualdad en "
                "la gestión.\n"
                "- Trabajar con otros ministerios e instituciones relacionadas para incorporar "
                "la perspectiva de género en el Servicio.\n\n"
                "## Una persona delegada de género en cada región\n\n"
                "Para que la perspectiva de género llegue a todo el país, cada Dirección "
                "Regional del Servicio tiene una delegada o un delegado de género. Sus "
                "funciones son:\n\n"
                "- Representar a la Dirección Regional "
                "ante la Mesa de Género.\n"  # the seed's "Roundtable on Gender": check its name
                "- Velar por que el enfoque de género esté presente en toda la gestión regional "
                "del Servicio.\n"
                "- Facilitar y promover, junto con la Unidad de Género, actividades de difusión "
                "y de capacitación en perspectiva de género en la Dirección Regional.\n"
                "- Ser punto focal, junto con la Unidad, en la coordinación de las políticas, "
                "planes, normas y medidas de corresponsabilidad social y de conciliación que "
                "establece la Política de Gestión de Personas y otros instrumentos, y hacer "
                "seguimiento de su cumplimiento.\n"
                "- Impulsar, junto con la Unidad, instrumentos, normas y medidas para prevenir y "
                "abordar la discriminación arbitraria y la violencia sexual y de género que "
                "puedan afectar al personal de la Dirección Regional.\n"
                "- Ser la contraparte de la Dirección Regional en todas las instancias "
                "intersectoriales regionales sobre equidad de género, sobre todo en la Agenda "
                "Regional de Género que lidera cada SEREMI de la Mujer y la Equidad de "
                "Género.\n\n"
                "## La Agenda Regional de Género\n\n"
                "La Ley 20.820, que creó el Ministerio de la Mujer y la Equidad de Género, "
                "estableció un Comité Interministerial para la Igualdad de Derechos y la "
                "Equidad de Género. En las regiones, la SEREMI de la Mujer y la Equidad de "
                "Género cumple el papel de secretaría técnica.\n\n"
                "En 2022, regiones como Valparaíso, Ñuble, Los Ríos y Magallanes constituyeron "
                "una Comisión Regional para la Igualdad de Derechos y la Equidad de Género, con "
                "la Delegación Presidencial, el Gobierno Regional, las SEREMI y los puntos "
                "focales de género de los servicios. Esa comisión elabora una Agenda Regional "
                "de Género 2022–2026, con compromisos de cada servicio público.\n\n"
                "Las reglas sobre acoso laboral, acoso sexual y violencia en el trabajo "
                "(Ley 21.643, conocida como Ley Karin) están en el "
                "[marco legal](/es/informacion/marco-legal/). El trabajo del Servicio con "
                "mujeres migrantes está en "
                "[Apoya Mujer Migrante](/es/informacion/apoya-mujer-migrante/)."
            ),
            "en": (
                "The National Migration Service has taken on the responsibility and the "
                "commitment to bring a gender perspective into its work and into the "
                "initiatives it promotes. As a public institution, it must honour the "
                "international commitments on gender equality that Chile has ratified. It must "
                "also apply the migration law in force and implement the National Migration and "
                "Foreigners Policy (Política Nacional de Migración y Extranjería), fostering the "
                "integration and inclusion of the foreign population in Chile whatever their "
                "nationality, social background or gender.\n\n"
                "To make this approach permanent and part of the institution, the Gender Unit "
                "(Unidad de Género) was created under the National Deputy Directorate "
                "(Subdirección Nacional). It is also known as the Gender and Diversity Unit "
                "(Unidad de Género y Diversidades).\n\n"
                "## Its objectives\n\n"
                "- Coordinate gender work within the service: guide the institution's work from "
                "a gender perspective, keep it consistent, and give directions for designing and "
                "carrying out policies, plans and programmes.\n"
                "- Encourage equal gender relations within the service and carry the gender "
                "perspective to every level of it, so that there is real equality among those "
                "who work there and those who use its services: no discrimination, gender-based "
                "violence prevented and punished, and equality as a mark of how it is run.\n"
                "- Work with other ministries and related institutions to bring the gender "
                "perspective into the service.\n\n"
                "## A gender delegate in every region\n\n"
                "So that the gender perspective reaches the whole country, each regional "
                "directorate (Dirección Regional) of the service has a gender delegate. The "
                "delegate's duties are to:\n\n"
                "- Represent the regional directorate at the Roundtable on Gender.\n"
                "- Make sure the gender approach is part of all the service's regional "
                "management.\n"
                "- Facilitate and encourage, with the Gender Unit, outreach and training on the "
                "gender perspective in the regional directorate.\n"
                "- Act as focal point, with the Unit, in coordinating the policies, plans, rules "
                "and measures on shared care responsibilities and work–life balance set by the "
                "People Management Policy and other instruments, and follow up on how they are "
                "applied.\n"
                "- Promote, with the Unit, instruments, rules and measures to prevent and deal "
                "with arbitrary discrimination and sexual and gender-based violence that may "
                "affect the staff of the regional directorate.\n"
                "- Be the regional directorate's counterpart in all regional inter-sectoral "
                "bodies on gender equity, above all the Regional Gender Agenda led by each "
                "Regional Ministerial Secretariat for Women and Gender Equity (SEREMI de la "
                "Mujer y la Equidad de Género).\n\n"
                "## The Regional Gender Agenda\n\n"
                "Law 20.820, which created the Ministry of Women and Gender Equity, set up an "
                "Inter-Ministerial Committee for Equal Rights and Gender Equity. In the regions, "
                "the SEREMI de la Mujer y la Equidad de Género acts as its technical "
                "secretariat.\n\n"
                "In 2022, regions such as Valparaíso, Ñuble, Los Ríos and Magallanes set up a "
                "Regional Commission for Equal Rights and Gender Equity, bringing together the "
                "Presidential Delegation, the Regional Government, the SEREMIs and the gender "
                "focal points of public services. The commission draws up a Regional Gender "
                "Agenda 2022–2026, with commitments from each public service.\n\n"
                "The rules on workplace harassment, sexual harassment and violence at work (Law "
                "21.643, known as the Ley Karin) are in the "
                "[legal framework](/en/informacion/marco-legal/). The service's work with "
                "migrant women is in "
                "[Apoya Mujer Migrante](/en/informacion/apoya-mujer-migrante/)."
            ),
            "ht": (
                "Sèvis Nasyonal Migrasyon an pran responsablite ak angajman pou l mete "
                "pèspektiv jan nan travay li ak nan inisyativ li ankouraje yo. Kòm enstitisyon "
                "piblik, li dwe respekte angajman entènasyonal Chili ratifye sou egalite ant "
                "fanm ak gason. Li dwe aplike lwa imigrasyon ki an vigè yo tou, epi mete an "
                "aplikasyon Política Nacional de Migración y Extranjería (Politik Nasyonal "
                "Migrasyon ak Etranje), pou ede moun etranje yo entegre nan Chili, kèlkeswa "
                "nasyonalite yo, orijin sosyal yo oswa sèks yo.\n\n"  # unsure: "sèks" for "género"
                "Pou apwòch sa a rete pou toutan e fè pati enstitisyon an, yo kreye Inite Jan "
                "an (Unidad de Género), anba Subdirección Nacional (Sou-direksyon Nasyonal). "
                "Yo rele l tou Unidad de Género y Diversidades.\n\n"
                "## Objektif li yo\n\n"
                "- Kowòdone travay sou kesyon jan anndan Sèvis la: gide travay enstitisyon an "
                "ak yon pèspektiv jan, ba li koyerans, epi bay enstriksyon pou konsevwa ak "
                "aplike politik, plan ak pwogram.\n"
                "- Ankouraje relasyon egal ant fanm ak gason anndan Sèvis la epi mete "
                "pèspektiv jan nan tout nivo li, pou gen yon egalite reyèl ant moun ki travay "
                "la ak moun ki sèvi ak sèvis li yo: san diskriminasyon, ak prevansyon ak "
                "sanksyon vyolans ki baze sou jan, "
                "pou egalite make fason li jere.\n"  # unsure: "sello de igualdad"
                "- Travay ak lòt ministè ak enstitisyon ki gen rapò pou mete pèspektiv jan nan "
                "Sèvis la.\n\n"
                "## Yon delege jan nan chak rejyon\n\n"
                "Pou pèspektiv jan rive nan tout peyi a, chak Direksyon Rejyonal Sèvis la gen "
                "yon delege jan. Travay delege a se:\n\n"
                "- Reprezante Direksyon Rejyonal la "
                "devan Tab Travay sou Jan an.\n"  # unsure: name of the Roundtable on Gender
                "- Veye pou apwòch jan an la nan tout jesyon rejyonal Sèvis la.\n"
                "- Fasilite ak ankouraje, ansanm ak Inite Jan an, aktivite enfòmasyon ak "
                "fòmasyon sou pèspektiv jan nan Direksyon Rejyonal la.\n"
                "- Sèvi kòm pwen fokal, ansanm ak Inite a, pou kowòdone politik, plan, règ ak "
                "mezi sou pataj responsablite swen "
                "ak balans ant travay ak lavi fanmi "  # unsure: corresponsabilidad, conciliación
                "Politik Jesyon Moun yo ak lòt enstriman tabli, epi swiv jan yo aplike yo.\n"
                "- Ankouraje, ansanm ak Inite a, enstriman, règ ak mezi pou anpeche ak trete "
                "diskriminasyon abitrè ak vyolans seksyèl ak vyolans ki baze sou jan ki ka "
                "touche anplwaye Direksyon Rejyonal la.\n"
                "- Reprezante Direksyon Rejyonal la nan tout espas rejyonal ant plizyè sektè "
                "sou egalite jan, sitou nan Ajanda Rejyonal sou Jan chak SEREMI de la Mujer y "
                "la Equidad de Género dirije.\n\n"
                "## Ajanda Rejyonal sou Jan\n\n"
                "Lwa 20.820, ki kreye Ministè Fanm ak Egalite Jan (Ministerio de la Mujer y la "
                "Equidad de Género), tabli yon Komite Entèministeryèl pou Egalite Dwa ak "
                "Ekite Jan. Nan rejyon yo, SEREMI de la Mujer y la Equidad de Género a jwe wòl "
                "sekretarya teknik.\n\n"
                "An 2022, rejyon tankou Valparaíso, Ñuble, Los Ríos ak Magallanes mete sou pye "
                "yon Komisyon Rejyonal pou Egalite Dwa ak Ekite Jan, ak Delegasyon "
                "Prezidansyèl la, Gouvènman Rejyonal la, SEREMI yo ak pwen fokal jan sèvis "
                "piblik yo. Komisyon sa a prepare yon Ajanda Rejyonal sou Jan 2022–2026, ak "
                "angajman chak sèvis piblik.\n\n"
                "Règ sou arasman nan travay, arasman seksyèl ak vyolans nan travay (Lwa "
                "21.643, yo rele Ley Karin) nan [kad legal la](/ht/informacion/marco-legal/). "
                "Travay Sèvis la ak fanm migran yo nan "
                "[Apoya Mujer Migrante](/ht/informacion/apoya-mujer-migrante/)."
            ),
        },
    ),
    (
        "participacion-ciudadana",
        "engagement",
        1,
        "",
        NEXT_REVIEW,
        {
            "es": "Participación ciudadana",
            "en": "Citizen participation",
            "ht": "Patisipasyon sitwayen",
        },
        {
            "es": "En Chile, todas las personas tienen derecho a participar en las políticas, "
            "planes, programas y acciones del Estado. La Ley 20.500 fija cuatro mecanismos para "
            "hacerlo: así los aplica el Servicio Nacional de Migraciones.",
            "en": "In Chile everyone has the right to take part in the State's policies, plans, "
            "programmes and actions. Law 20.500 sets four ways of doing so: this is how the "
            "National Migration Service applies them.",
            "ht": "Nan Chili, tout moun gen dwa patisipe nan politik, plan, pwogram ak aksyon "
            "Leta. Lwa 20.500 bay kat mwayen pou fè sa: men kijan Sèvis Nasyonal Migrasyon an "
            "aplike yo.",
        },
        {
            "es": (
                "En Chile, todas las personas tienen derecho a participar en las políticas, "
                "planes, programas y acciones del Estado. Para garantizarlo, cada órgano de la "
                "Administración debe fijar las formas concretas en que las personas y las "
                "organizaciones sociales pueden participar en los temas de su competencia.\n\n"
                "## La ley\n\n"
                "La Ley 20.500, sobre asociaciones y participación ciudadana en la gestión "
                "pública, es del 16 de febrero de 2011. Modificó la Ley 18.575, sobre la "
                "Administración del Estado, y la Ley 18.695, sobre las municipalidades. Hoy sus "
                "reglas están en los artículos 69 y siguientes del DFL 1-19.653, el texto "
                "refundido de la Ley 18.575. Cada institución fija en una norma general cómo "
                "se aplican en ella (artículo 70).\n\n"
                "## Cómo lo hace el Servicio\n\n"
                "En línea con la Ley 20.500 y con la Norma de Participación Ciudadana del "
                "Ministerio del Interior y Seguridad Pública (Resolución Exenta N° 925, del 29 "
                "de marzo de 2023), el Servicio Nacional de Migraciones tiene un área de "
                "participación ciudadana que aplica estos mecanismos con perspectiva de género "
                "e interseccional. Busca una participación activa y diversa en las decisiones y "
                "en la construcción de políticas públicas que reflejen las necesidades y "
                "realidades de la población migrante y refugiada. Sus objetivos son:\n\n"
                "- Aplicar los mecanismos de participación de la Ley 20.500 y de la norma del "
                "Ministerio.\n"
                "- Incorporar la participación ciudadana en toda la gestión del Servicio, con "
                "perspectiva de género e interseccional.\n"
                "- Apoyar la implementación de la Política Nacional de Migración y "
                "Extranjería.\n\n"
                "## 1. Acceso a información relevante\n\n"
                "Los órganos del Estado deben dar a conocer sus políticas, planes, programas, "
                "acciones y presupuestos, de forma oportuna, completa y ampliamente accesible. "
                "En este sitio la encuentras en "
                "[información relevante](/es/informacion/), con sus "
                "[presupuestos](/es/informacion/presupuestos/), "
                "[documentos](/es/informacion/documentos/) y "
                "[noticias](/es/informacion/noticias/).\n\n"
                "## 2. Consultas ciudadanas\n\n"
                "Recogen la opinión de las personas sobre un tema de interés público, y deben "
                "ser informadas, pluralistas y representativas (artículo 73). Pueden hacerse en "
                "persona, con diálogos participativos, en forma virtual o de ambas formas a la "
                "vez. Por ejemplo, el Servicio realizó diálogos regionales para la Política "
                "Nacional de Migración y Extranjería.\n\n"
                "## 3. Cuentas públicas participativas\n\n"
                "Cada año, el Servicio da cuenta pública participativa de la gestión de sus "
                "políticas, planes, programas y acciones, y de su ejecución presupuestaria "
                "(artículo 72). Es un diálogo entre la institución y la ciudadanía: la "
                "autoridad rinde cuentas de lo que hizo y las personas ejercen control social "
                "e influyen en la gestión pública. Puede hacerse en persona, en forma virtual o "
                "de ambas formas, y las observaciones y preguntas se responden en un documento "
                "público. El Servicio aprobó su Manual de Procedimiento Cuenta Pública y "
                "Balance de Gestión Integral por la Resolución Exenta 1.434, del 12 de enero de "
                "2024.\n\n"
                "## 4. Consejo de la Sociedad Civil (COSOC)\n\n"
                "El COSOC del Servicio es un órgano autónomo y consultivo. Su fin es que la "
                "sociedad civil analice y discuta, de forma institucional, la migración en "
                "Chile en los temas que son competencia del Servicio, y que su mirada llegue a "
                "las principales decisiones de la autoridad, con pleno respeto a la diversidad "
                "social y cultural de las comunidades migrantes y refugiadas y de las "
                "organizaciones que promueven sus derechos y deberes.\n\n"
                "- Tiene 20 integrantes, que duran dos años en el cargo.\n"
                "- Hoy sus cupos los ocupan organizaciones migrantes y pro migrantes y "
                "universidades.\n"
                "- Para postular o votar, una organización debe estar inscrita en el Registro "
                "de Organizaciones Sociales del Servicio, según su categoría. La inscripción "
                "también abre la puerta a consultas, diálogos y capacitaciones.\n\n"
                "Los documentos de sus sesiones están en la "
                f"[página del COSOC]({COSOC_PAGE}) del sitio del Servicio (en inglés). Los "
                "demás canales del Servicio están en "
                "[canales oficiales](/es/informacion/canales-oficiales/)."
            ),
            "en": (
                "In Chile everyone has the right to take part in the State's policies, plans, "
                "programmes and actions. To guarantee it, each public body must set out the "
                "specific ways in which people and social organisations can take part in the "
                "matters it deals with.\n\n"
                "## The law\n\n"
                "Law 20.500, on associations and citizen participation in public management, "
                "dates from 16 February 2011. It amended Law 18.575, on the State "
                "administration, and Law 18.695, on municipalities. Its rules are now in "
                "articles 69 onwards of DFL 1-19.653, the consolidated text of Law 18.575. Each "
                "institution sets out in a general rule how they apply to it (article 70).\n\n"
                "## How the service does it\n\n"
                "In line with Law 20.500 and with the Citizen Participation Rule of the "
                "Ministry of the Interior and Public Security (Exempt Resolution No. 925 of 29 "
                "March 2023), the National Migration Service has a citizen participation area "
                "that runs these mechanisms with a gender and intersectional perspective. It "
                "seeks active and diverse participation in decisions and in building public "
                "policies that reflect the needs and realities of migrants and refugees. Its "
                "objectives are to:\n\n"
                "- Run the participation mechanisms of Law 20.500 and of the Ministry's rule.\n"
                "- Make citizen participation part of all the service's work, with a gender and "
                "intersectional perspective.\n"
                "- Support the implementation of the National Migration and Foreigners Policy "
                "(Política Nacional de Migración y Extranjería).\n\n"
                "## 1. Access to relevant information\n\n"
                "State bodies must make known their policies, plans, programmes, actions and "
                "budgets, in a timely, complete and widely accessible way. On this site you "
                "find it under [relevant information](/en/informacion/), with its "
                "[budgets](/en/informacion/presupuestos/), "
                "[documents](/en/informacion/documentos/) and "
                "[news](/en/informacion/noticias/).\n\n"
                "## 2. Citizen consultations\n\n"
                "They gather people's views on a matter of public interest, and they must be "
                "informed, pluralist and representative (article 73). They can be held in "
                "person, as participatory dialogues, online, or both at once. For example, the "
                "service held regional dialogues for the National Migration and Foreigners "
                "Policy.\n\n"
                "## 3. Participatory public accounts\n\n"
                "Every year the service gives a participatory public account of how it has "
                "managed its policies, plans, programmes and actions, and of how it has spent "
                "its budget (article 72). It is a dialogue between the institution and the "
                "public: the authority accounts for what it did, and people keep watch over "
                "public management and influence it. It can be held in person, online or both, "
                "and comments and questions are answered in a public document. The service "
                "approved its procedure manual for the public account (Manual de Procedimiento "
                "Cuenta Pública y Balance de Gestión Integral) by Exempt Resolution 1.434 of 12 "
                "January 2024.\n\n"
                "## 4. Civil Society Council (COSOC)\n\n"
                "The service's COSOC is an autonomous, consultative body. Its purpose is to let "
                "civil society analyse and discuss migration in Chile, in an institutional way, "
                "on the matters the service deals with, and to bring that view into the "
                "authority's main decisions, with full respect for the social and cultural "
                "diversity of migrant and refugee communities and of the organisations that "
                "promote their rights and duties.\n\n"
                "- It has 20 members, who serve for two years.\n"
                "- Its seats are currently held by migrant and pro-migrant organisations and "
                "universities.\n"
                "- To stand or to vote, an organisation must be accepted into the service's "
                "Register of Social Organisations (Registro de Organizaciones Sociales), by "
                "category. Being registered also opens the way to consultations, dialogues and "
                "training.\n\n"
                "The documents of its sessions are on the "
                f"[COSOC page]({COSOC_PAGE}) of the service's website. The service's other "
                "channels are under [official channels](/en/informacion/canales-oficiales/)."
            ),
            "ht": (
                "Nan Chili, tout moun gen dwa patisipe nan politik, plan, pwogram ak aksyon "
                "Leta. Pou garanti dwa sa a, chak enstitisyon Leta dwe fikse fason presi moun "
                "ak òganizasyon sosyal yo ka patisipe nan sijè ki nan responsablite l.\n\n"
                "## Lwa a\n\n"
                "Lwa 20.500, sou asosyasyon ak patisipasyon sitwayen nan jesyon piblik, se yon "
                "lwa 16 fevriye 2011. Li modifye Lwa 18.575, sou administrasyon Leta a, ak Lwa "
                "18.695, sou minisipalite yo. Jodi a règ li yo nan atik 69 ak atik ki vin apre "
                "yo nan DFL 1-19.653, tèks ki rasanble Lwa 18.575 la. Chak enstitisyon fikse "
                "nan yon règleman jeneral kijan li aplike yo (atik 70).\n\n"
                "## Kijan Sèvis la fè l\n\n"
                "Dapre Lwa 20.500 ak Règleman Patisipasyon Sitwayen Ministè Enteryè ak "
                "Sekirite Piblik la (Resolución Exenta N° 925, 29 mas 2023), Sèvis Nasyonal "
                "Migrasyon an gen yon seksyon patisipasyon sitwayen ki aplike mwayen sa yo ak "
                "yon pèspektiv jan ak entèseksyonèl. Li chèche yon patisipasyon aktif e divès "
                "nan desizyon yo ak nan konstriksyon politik piblik ki reflete bezwen ak "
                "reyalite moun migran ak refijye yo. Objektif li yo se:\n\n"
                "- Aplike mwayen patisipasyon Lwa 20.500 ak règleman Ministè a.\n"
                "- Mete patisipasyon sitwayen nan tout jesyon Sèvis la, ak yon pèspektiv jan "
                "ak entèseksyonèl.\n"
                "- Sipòte aplikasyon Política Nacional de Migración y Extranjería (Politik "
                "Nasyonal Migrasyon ak Etranje).\n\n"
                "## 1. Aksè nan enfòmasyon enpòtan\n\n"
                "Enstitisyon Leta yo dwe fè piblik la konnen politik, plan, pwogram, aksyon ak "
                "bidjè yo, alè, konplè, epi yon fason tout moun ka jwenn li. Sou sit sa a, ou "
                "jwenn li nan [enfòmasyon enpòtan](/ht/informacion/), ak "
                "[bidjè yo](/ht/informacion/presupuestos/), "
                "[dokiman yo](/ht/informacion/documentos/) ak "
                "[nouvèl yo](/ht/informacion/noticias/).\n\n"
                "## 2. Konsiltasyon sitwayen\n\n"
                "Yo ranmase opinyon moun sou yon sijè ki enterese tout moun, epi yo dwe "
                "enfòme, pliralis e reprezantatif (atik 73). Yo ka fèt an pèsòn, ak dyalòg "
                "patisipatif, sou entènèt, oswa toude an menm tan. Pa egzanp, Sèvis la te fè "
                "dyalòg nan rejyon yo pou Politik Nasyonal Migrasyon ak Etranje a.\n\n"
                "## 3. Rapò piblik patisipatif\n\n"  # unsure: "rapò piblik" for "cuenta pública"
                "Chak ane, Sèvis la bay yon rapò piblik patisipatif sou jan li jere politik, "
                "plan, pwogram ak aksyon li yo, ak sou jan li depanse bidjè li (atik 72). Se "
                "yon dyalòg ant enstitisyon an ak sitwayen yo: otorite a rann kont sa li fè, "
                "epi moun yo kontwole jesyon piblik la e enfliyanse l. Li ka fèt an pèsòn, sou "
                "entènèt oswa toude, epi yo reponn obsèvasyon ak kesyon yo nan yon dokiman "
                "piblik. Sèvis la apwouve manyèl pwosedi li pou rapò piblik la (Manual de "
                "Procedimiento Cuenta Pública y Balance de Gestión Integral) ak Resolución "
                "Exenta 1.434, 12 janvye 2024.\n\n"
                "## 4. Konsèy Sosyete Sivil (COSOC)\n\n"
                "COSOC Sèvis la se yon òganis otonòm ki bay konsèy. Objektif li se pou sosyete "
                "sivil la analize e diskite, yon fason enstitisyonèl, sou migrasyon nan Chili "
                "nan sijè ki nan responsablite Sèvis la, epi pou pwen de vi sa a rive nan "
                "gwo desizyon otorite a, ak tout respè pou divèsite sosyal ak kiltirèl "
                "kominote migran ak refijye yo ak òganizasyon ki defann dwa ak devwa yo.\n\n"
                "- Li gen 20 manm, ki la pou dezan.\n"
                "- Jodi a, se òganizasyon migran, òganizasyon ki sipòte migran ak inivèsite ki "
                "okipe plas yo.\n"
                "- Pou yon òganizasyon poze kandidati oswa vote, fòk li enskri nan Registro de "
                "Organizaciones Sociales (rejis òganizasyon sosyal) Sèvis la, dapre kategori "
                "li. Enskripsyon an louvri pòt pou konsiltasyon, dyalòg ak fòmasyon tou.\n\n"
                "Dokiman reyinyon li yo sou "
                f"[paj COSOC la]({COSOC_PAGE}) sou sit Sèvis la (an angle). Lòt kanal Sèvis "
                "la nan [kanal ofisyèl yo](/ht/informacion/canales-oficiales/)."
            ),
        },
    ),
    (
        "marco-legal",
        "engagement",
        2,
        "legal_texts",
        OVERDUE,
        {
            "es": "Marco legal",
            "en": "Legal framework",
            "ht": "Kad legal: lwa ak règleman",
        },
        {
            "es": "Las leyes, decretos y resoluciones con que trabaja el Servicio, cada una con "
            "un resumen en palabras simples y un enlace a su texto oficial, que se publica solo "
            "en español.",
            "en": "The laws, decrees and resolutions the service works under, each with a "
            "plain-language summary and a link to its official text, which is published in "
            "Spanish only.",
            "ht": "Lwa, dekrè ak rezolisyon Sèvis la travay avè yo, chak ak yon rezime an mo "
            "senp ak yon lyen pou tèks ofisyèl li, ki pibliye an panyòl sèlman.",
        },
        {
            "es": (
                "El Servicio Nacional de Migraciones trabaja bajo leyes, decretos y "
                "resoluciones. Aquí están las principales: de cada una, un resumen breve en "
                "palabras simples y un enlace a su texto oficial.\n\n"
                "Los textos oficiales se publican solo en español. Los resúmenes te ayudan a "
                "entenderlos, pero no los reemplazan: lo que vale es el texto oficial, en su "
                "versión vigente, que puedes revisar en "
                f"[LeyChile]({LEYCHILE}).\n\n"
                "Si tienes dudas sobre cómo se aplica una norma a tu caso, escríbenos al "
                "[punto de contacto](/es/mujer-migrante/contacto/)."
            ),
            "en": (
                "The National Migration Service works under laws, decrees and resolutions. "
                "Here are the main ones: for each, a short plain-language summary and a link to "
                "its official text.\n\n"
                "The official texts are published in Spanish only. The summaries help you "
                "understand them but do not replace them: what counts is the official text, in "
                f"its current version, which you can read on [LeyChile]({LEYCHILE}).\n\n"
                "If you are unsure how a rule applies to your case, write to us at the "
                "[contact point](/en/mujer-migrante/contacto/)."
            ),
            "ht": (
                "Sèvis Nasyonal Migrasyon an travay dapre lwa, dekrè ak rezolisyon. Men "
                "prensipal yo: pou chak, yon ti rezime an mo senp ak yon lyen pou tèks "
                "ofisyèl li.\n\n"
                "Tèks ofisyèl yo pibliye an panyòl sèlman. Rezime yo ede w konprann yo, men yo "
                "pa ranplase yo: se tèks ofisyèl la ki konte, nan vèsyon ki an vigè a, ou ka li "
                f"sou [LeyChile]({LEYCHILE}).\n\n"
                "Si ou pa sèten kijan yon règ aplike nan ka ou, ekri nou nan "
                "[pwen kontak la](/ht/mujer-migrante/contacto/)."
            ),
        },
    ),
    (
        "canales-oficiales",
        "information",
        1,
        "channels",
        NEXT_REVIEW,
        {
            "es": "Canales oficiales del Servicio",
            "en": "The service's official channels",
            "ht": "Kanal ofisyèl Sèvis la",
        },
        {
            "es": "Dónde encontrar al Servicio Nacional de Migraciones en internet, cómo hacer "
            "una consulta o un reclamo por SIAC y cómo pedir información pública por la Ley de "
            "Transparencia.",
            "en": "Where to find the National Migration Service online, how to make a query or a "
            "complaint through SIAC, and how to ask for public information under the "
            "Transparency Law.",
            "ht": "Ki kote pou jwenn Sèvis Nasyonal Migrasyon an sou entènèt, kijan pou fè yon "
            "demand oswa yon plent pa SIAC, ak kijan pou mande enfòmasyon piblik dapre lwa sou "
            "transparans lan.",
        },
        {
            "es": (
                "Estos son los canales oficiales del Servicio Nacional de Migraciones. Aquí "
                "solo los enlazamos: no los incrustamos en la página, y este sitio no se conecta "
                "con ninguno de ellos hasta que tú haces clic en un enlace. Ese sitio tiene sus "
                "propias reglas de privacidad.\n\n"
                "Si un perfil dice ser del Servicio y no aparece aquí, compruébalo en el sitio "
                "web oficial antes de darle tus datos.\n\n"
                "## Consultas y reclamos: SIAC\n\n"
                "Para hacer una consulta, una solicitud o un reclamo al Servicio, usa SIAC.\n\n"
                "- Es gratis.\n"
                "- Al enviarla recibes un número de folio: guárdalo para seguir tu caso.\n"
                "- El plazo de respuesta es de 10 días hábiles para las consultas y de 20 días "
                "hábiles para las solicitudes de información.\n\n"
                "## Pedir información pública: Ley 20.285\n\n"
                "También puedes pedir información pública al Servicio con una solicitud de "
                "acceso a la información, según la Ley 20.285 sobre transparencia.\n\n"
                "- El Servicio debe responder en 20 días hábiles; ese plazo se puede extender "
                "por 10 días hábiles más.\n"
                "- Si no te responde o te niega la información, puedes reclamar ante el "
                "Consejo para la Transparencia dentro de 15 días.\n\n"
                "Lo que el Servicio publica sin que nadie lo pida se explica en "
                "[Transparencia](/es/informacion/transparencia/)."
            ),
            "en": (
                "These are the official channels of the National Migration Service. We only "
                "link to them: we do not embed them in the page, and this site does not "
                "connect to any of them until you click a link. That site has its own privacy "
                "rules.\n\n"
                "If a profile claims to be the service's and is not listed here, check on the "
                "official website before giving it your details.\n\n"
                "## Queries and complaints: SIAC\n\n"
                "To send the service a query, a request or a complaint, use SIAC.\n\n"
                "- It is free.\n"
                "- When you send it you get a reference number (folio): keep it to follow your "
                "case.\n"
                "- Replies come within 10 business days for queries and 20 business days for "
                "information requests.\n\n"
                "## Asking for public information: Law 20.285\n\n"
                "You can also ask the service for public information with an access to "
                "information request, under Law 20.285 on transparency.\n\n"
                "- The service must answer within 20 business days; this can be extended by "
                "10 more business days.\n"
                "- If it does not answer or refuses the information, you can complain to the "
                "Consejo para la Transparencia (the Council for Transparency) within 15 "
                "days.\n\n"
                "What the service publishes without being asked is explained under "
                "[Transparency](/en/informacion/transparencia/)."
            ),
            "ht": (
                "Men kanal ofisyèl Sèvis Nasyonal Migrasyon an. Nou mete lyen yo sèlman: nou "
                "pa mete yo anndan paj la, epi sit sa a pa konekte ak okenn nan yo toutotan "
                "ou pa klike sou yon lyen. Sit sa a gen pwòp règ pa l sou vi prive.\n\n"
                "Si yon kont di se pou Sèvis la li ye epi li pa parèt la a, verifye sou sit "
                "entènèt ofisyèl la anvan ou ba li enfòmasyon ou.\n\n"
                "## Demand ak plent: SIAC\n\n"
                "Pou voye yon kesyon, yon demand oswa yon plent bay Sèvis la, sèvi ak SIAC.\n\n"
                "- Li gratis.\n"
                "- Lè ou voye l, ou resevwa yon nimewo dosye (folio): kenbe l pou swiv ka "
                "ou.\n"
                "- Yo reponn nan 10 jou ouvrab pou kesyon yo ak nan 20 jou ouvrab pou demand "
                "enfòmasyon yo.\n\n"
                "## Mande enfòmasyon piblik: Lwa 20.285\n\n"
                "Ou ka mande Sèvis la enfòmasyon piblik tou, ak yon demand aksè nan "
                "enfòmasyon, dapre Lwa 20.285 sou transparans.\n\n"
                "- Sèvis la dwe reponn nan 20 jou ouvrab; delè sa a ka pwolonje 10 jou ouvrab "
                "anplis.\n"
                "- Si li pa reponn oswa li refize ba ou enfòmasyon an, ou ka pote plent devan "
                "Consejo para la Transparencia (Konsèy pou Transparans) nan 15 jou.\n\n"
                "Sa Sèvis la pibliye san pèsonn pa mande l esplike nan "
                "[Transparans](/ht/informacion/transparencia/)."
            ),
        },
    ),
    (
        "transparencia",
        "information",
        2,
        "",
        NEXT_REVIEW,
        {
            "es": "Transparencia: qué publica el Servicio y cómo pedir información",
            "en": "Transparency: what the service publishes and how to ask for information",
            "ht": "Transparans: sa Sèvis la pibliye ak kijan pou mande enfòmasyon",
        },
        {
            "es": "La Ley 20.285 obliga al Servicio a publicar cierta información en su sitio web "
            "sin que nadie la pida, y a responder las solicitudes de información que le hacen "
            "las personas. Te explicamos ambas cosas.",
            "en": "Law 20.285 requires the service to publish certain information on its website "
            "without being asked, and to answer the information requests people send it. Here "
            "is how both work.",
            "ht": "Lwa 20.285 oblije Sèvis la pibliye kèk enfòmasyon sou sit entènèt li san "
            "pèsonn pa mande l, epi reponn demand enfòmasyon moun voye ba li. Men kijan toude "
            "mache.",
        },
        {
            "es": (
                "La Ley 20.285, sobre transparencia y acceso a la información pública, tiene "
                "dos partes que te sirven: lo que el Servicio debe publicar por iniciativa "
                "propia, y lo que debe entregarte cuando lo pides.\n\n"
                "## Transparencia Activa: lo que se publica sin pedirlo\n\n"
                "El artículo 7 de la ley obliga a cada servicio público a mantener en su sitio "
                "web, y a actualizar al menos una vez al mes, información como esta:\n\n"
                "- su estructura y las funciones de cada unidad;\n"
                "- el marco legal que se le aplica;\n"
                "- su personal y sus remuneraciones;\n"
                "- sus compras y contrataciones;\n"
                "- las transferencias de fondos que hace;\n"
                "- los actos y resoluciones que afectan a terceros;\n"
                "- los trámites que ofrece y sus requisitos;\n"
                "- los subsidios que entrega.\n\n"
                "Los datos sensibles de las personas quedan fuera.\n\n"
                "Dicho simple: cualquiera puede ver, sin hacer ningún trámite, cómo está "
                "organizado el Servicio, quién trabaja en él y cuánto gana, en qué gasta y qué "
                "trámites ofrece. A eso se le llama Transparencia Activa.\n\n"
                "## Cómo pedir información\n\n"
                "Si lo que buscas no está publicado, puedes pedirlo con una solicitud de "
                "acceso a la información. Los canales para hacerlo están en "
                "[canales oficiales](/es/informacion/canales-oficiales/).\n\n"
                "- Describe con claridad la información que buscas.\n"
                "- El Servicio tiene 20 días hábiles para responder, y puede extender ese plazo "
                "por 10 días hábiles más.\n"
                "- Si no te responde o te niega la información, puedes reclamar ante el "
                "Consejo para la Transparencia dentro de 15 días.\n\n"
                "## Lo que encuentras en este sitio\n\n"
                "Como parte de la participación ciudadana (Ley 20.500), este sitio publica la "
                "información relevante del Servicio: sus "
                "[políticas, planes, programas y acciones](/es/informacion/), sus "
                "[presupuestos](/es/informacion/presupuestos/), "
                "[documentos](/es/informacion/documentos/) y "
                "[noticias](/es/informacion/noticias/). Eso complementa la Transparencia "
                "Activa que el Servicio publica por ley, pero no la reemplaza."
            ),
            "en": (
                "Law 20.285, on transparency and access to public information, has two parts "
                "that matter to you: what the service must publish on its own initiative, and "
                "what it must give you when you ask.\n\n"
                "## Active Transparency: what is published without asking\n\n"
                "Article 7 of the law requires every public service to keep on its website, "
                "and to update at least once a month, information such as:\n\n"
                "- its structure and what each unit does;\n"
                "- the legal framework that applies to it;\n"
                "- its staff and their pay;\n"
                "- its purchases and contracts;\n"
                "- the transfers of funds it makes;\n"
                "- the acts and decisions that affect third parties;\n"
                "- the procedures it offers and their requirements;\n"
                "- the subsidies it grants.\n\n"
                "People's sensitive data are left out.\n\n"
                "Put simply: anyone can see, without filling in any form, how the service is "
                "organised, who works there and what they earn, what it spends money on and "
                "which procedures it offers. This is called Active Transparency (Transparencia "
                "Activa).\n\n"
                "## How to ask for information\n\n"
                "If what you are looking for is not published, you can ask for it with an "
                "access to information request. The channels to do so are under "
                "[official channels](/en/informacion/canales-oficiales/).\n\n"
                "- Describe clearly the information you are looking for.\n"
                "- The service has 20 business days to answer, and may extend this by 10 more "
                "business days.\n"
                "- If it does not answer or refuses the information, you can complain to the "
                "Consejo para la Transparencia (the Council for Transparency) within 15 "
                "days.\n\n"
                "## What you find on this site\n\n"
                "As part of citizen participation (Law 20.500), this site publishes the "
                "service's relevant information: its "
                "[policies, plans, programmes and actions](/en/informacion/), its "
                "[budgets](/en/informacion/presupuestos/), "
                "[documents](/en/informacion/documentos/) and "
                "[news](/en/informacion/noticias/). This adds to the Active Transparency the "
                "service publishes by law, but does not replace it."
            ),
            "ht": (
                "Lwa 20.285, sou transparans ak aksè nan enfòmasyon piblik, gen de pati ki "
                "enpòtan pou ou: sa Sèvis la dwe pibliye poukont li, ak sa li dwe ba ou lè ou "
                "mande l.\n\n"
                "## Transparans Aktif: sa yo pibliye san ou pa mande\n\n"
                "Atik 7 lwa a oblije chak sèvis piblik kenbe sou sit entènèt li, epi mete l "
                "ajou omwen yon fwa pa mwa, enfòmasyon tankou:\n\n"
                "- jan li òganize ak sa chak inite fè;\n"
                "- lwa ak règ ki aplike pou li;\n"
                "- anplwaye li yo ak salè yo;\n"
                "- acha ak kontra li fè;\n"
                "- lajan li transfere bay lòt moun oswa lòt enstitisyon;\n"
                "- desizyon li pran ki touche lòt moun;\n"
                "- demach li ofri ak kondisyon yo;\n"
                "- sibvansyon li bay.\n\n"
                "Done sansib moun yo pa ladan l.\n\n"
                "An mo senp: nenpòt moun ka wè, san fè okenn demach, kijan Sèvis la òganize, "
                "ki moun ki travay ladan l ak konbyen yo touche, nan kisa li depanse lajan ak "
                "ki demach li ofri. Se sa yo rele Transparans Aktif (Transparencia Activa).\n\n"
                "## Kijan pou mande enfòmasyon\n\n"
                "Si sa w ap chèche a pa pibliye, ou ka mande l ak yon demand aksè nan "
                "enfòmasyon. Kanal pou fè sa yo nan "
                "[kanal ofisyèl yo](/ht/informacion/canales-oficiales/).\n\n"
                "- Di klèman ki enfòmasyon w ap chèche.\n"
                "- Sèvis la gen 20 jou ouvrab pou reponn, epi li ka pwolonje delè a 10 jou "
                "ouvrab anplis.\n"
                "- Si li pa reponn oswa li refize ba ou enfòmasyon an, ou ka pote plent devan "
                "Consejo para la Transparencia (Konsèy pou Transparans) nan 15 jou.\n\n"
                "## Sa ou jwenn sou sit sa a\n\n"
                "Kòm pati nan patisipasyon sitwayen (Lwa 20.500), sit sa a pibliye enfòmasyon "
                "enpòtan Sèvis la: "
                "[politik, plan, pwogram ak aksyon li yo](/ht/informacion/), "
                "[bidjè li yo](/ht/informacion/presupuestos/), "
                "[dokiman yo](/ht/informacion/documentos/) ak "
                "[nouvèl yo](/ht/informacion/noticias/). Sa ajoute sou Transparans Aktif "
                "Sèvis la pibliye dapre lwa a, men li pa ranplase l."
            ),
        },
    ),
]

# LEGAL_TEXTS: (kind, number, year, order, url, spanish_only, title, summary)
# Decreto Supremo 296 (the Reglamento of Ley 21.325) is left out: facts.md gives no year for it.
# Where facts.md gives only secondary sources, or sources that are not the text itself, the link
# is the LeyChile portal.
LEGAL_TEXTS = [
    (
        "law",
        "21.325",
        2021,
        1,
        LEYCHILE,
        True,
        {
            "es": "Ley 21.325, la ley de migraciones",
            "en": "Law 21.325, the migration law",
            "ht": "Lwa 21.325, lwa sou migrasyon",
        },
        {
            "es": "Promulgada el 11 de abril y publicada el 20 de abril de 2021; rige desde el 12 "
            "de febrero de 2022, junto con su reglamento, el Decreto Supremo 296. Es la ley "
            "migratoria vigente: regula los permisos de residencia, como la Residencia Temporal, "
            "que dura hasta 2 años, y creó el Servicio Nacional de Migraciones, un servicio "
            "público descentralizado con personalidad jurídica propia.",
            "en": "Enacted on 11 April and published on 20 April 2021; in force since 12 February "
            "2022, together with its regulation, Supreme Decree 296. It is the migration law in "
            "force: it governs residence permits, such as Temporary Residence, which lasts up to "
            "2 years, and it created the National Migration Service, a decentralised public "
            "service with its own legal personality.",
            "ht": "Yo pwomilge l 11 avril epi pibliye l 20 avril 2021; li an vigè depi 12 fevriye "
            "2022, ansanm ak règleman li, Dekrè Siprèm 296. Se lwa imigrasyon ki an vigè a: li "
            "regle pèmi rezidans yo, tankou Rezidans Tanporè, ki dire jiska 2 zan, epi li kreye "
            "Sèvis Nasyonal Migrasyon an, yon sèvis piblik desantralize ki gen pwòp "
            "pèsonalite jiridik li.",
        },
    ),
    (
        "decree",
        "177",
        2022,
        2,
        LEYCHILE,
        True,
        {
            "es": "Decreto 177 de 2022: subcategorías de la Residencia Temporal",
            "en": "Decree 177 of 2022: the subcategories of Temporary Residence",
            "ht": "Dekrè 177 ane 2022: soukategori Rezidans Tanporè yo",
        },
        {
            "es": "Del Ministerio del Interior y Seguridad Pública. Fija las subcategorías "
            "migratorias de la Residencia Temporal. Su párrafo octavo trata las razones "
            "humanitarias, con cinco casos: niñas, niños y adolescentes; mujeres embarazadas; "
            "víctimas de trata de personas; víctimas de tráfico de migrantes; y víctimas de "
            "violencia intrafamiliar o de género. La guía de residencia humanitaria de este "
            "sitio explica cada caso.",
            "en": "Issued by the Ministry of the Interior and Public Security. It sets the "
            "immigration subcategories of Temporary Residence. Its eighth paragraph deals with "
            "humanitarian reasons, in five cases: children and adolescents; pregnant women; "
            "victims of human trafficking; victims of migrant smuggling; and victims of domestic "
            "or gender-based violence. This site's humanitarian residence guide explains each "
            "case.",
            "ht": "Se Ministè Enteryè ak Sekirite Piblik la ki pran l. Li fikse soukategori "
            "imigrasyon Rezidans Tanporè yo. Uityèm paragraf li pale de rezon imanitè, nan senk "
            "ka: timoun ak adolesan; fanm ansent; viktim trafik moun; viktim trafik migran; ak "
            "viktim vyolans nan fanmi oswa vyolans sou fanm. Gid rezidans imanitè sit sa a "
            "esplike chak ka.",
        },
    ),
    (
        "law",
        "20.500",
        2011,
        3,
        DFL_19653,  # the consolidated text where its rules now sit (DFL 1-19.653, arts. 69 ff.)
        True,
        {
            "es": "Ley 20.500 sobre asociaciones y participación ciudadana en la gestión pública",
            "en": "Law 20.500 on associations and citizen participation in public management",
            "ht": "Lwa 20.500 sou asosyasyon ak patisipasyon sitwayen nan jesyon piblik",
        },
        {
            "es": "Del 16 de febrero de 2011. Reconoce el derecho de las personas a participar en "
            "las políticas, planes, programas y acciones del Estado, y obliga a cada servicio a "
            "ofrecer cuatro mecanismos: acceso a información relevante, consultas ciudadanas, "
            "cuentas públicas participativas y consejos de la sociedad civil (COSOC). Modificó "
            "las Leyes 18.575 y 18.695. Sus reglas están hoy en los artículos 69 y siguientes "
            "del DFL 1-19.653 (texto refundido de la Ley 18.575), que es el texto al que lleva "
            "el enlace.",
            "en": "Dated 16 February 2011. It recognises people's right to take part in the "
            "State's policies, plans, programmes and actions, and requires every service to "
            "offer four mechanisms: access to relevant information, citizen consultations, "
            "participatory public accounts and civil society councils (COSOC). It amended Laws "
            "18.575 and 18.695. Its rules are now in articles 69 onwards of DFL 1-19.653 (the "
            "consolidated text of Law 18.575), which is the text the link leads to.",
            "ht": "Lwa 16 fevriye 2011. Li rekonèt dwa moun genyen pou patisipe nan politik, "
            "plan, pwogram ak aksyon Leta, epi li oblije chak sèvis ofri kat mwayen: aksè nan "
            "enfòmasyon enpòtan, konsiltasyon sitwayen, rapò piblik patisipatif ak konsèy "
            "sosyete sivil (COSOC). Li modifye Lwa 18.575 ak Lwa 18.695. Jodi a règ li yo nan "
            "atik 69 ak atik ki vin apre yo nan DFL 1-19.653 (tèks ki rasanble Lwa 18.575 la); "
            "se tèks sa a lyen an louvri.",
        },
    ),
    (
        "resolution",
        "925",
        2023,
        4,
        LEYCHILE,
        True,
        {
            "es": "Resolución Exenta 925 de 2023: Norma de Participación Ciudadana del "
            "Ministerio del Interior y Seguridad Pública",
            "en": "Exempt Resolution 925 of 2023: Citizen Participation Rule of the Ministry of "
            "the Interior and Public Security",
            "ht": "Resolución Exenta 925 ane 2023: Règleman Patisipasyon Sitwayen Ministè Enteryè "
            "ak Sekirite Piblik la",
        },
        {
            "es": "Del 29 de marzo de 2023. Es la norma de participación ciudadana del "
            "Ministerio del Interior y Seguridad Pública; la Ley 20.500 pide que cada "
            "institución fije en una norma general cómo se participa en ella (artículo 70). El "
            "Servicio aplica la Ley 20.500 y esta norma con perspectiva de género e "
            "interseccional. Sobre esta base, la Resolución Exenta 1.434 del Servicio, del 12 "
            "de enero de 2024, aprobó su Manual de Procedimiento Cuenta Pública y Balance de "
            "Gestión Integral.",
            "en": "Dated 29 March 2023. It is the citizen participation rule of the Ministry of "
            "the Interior and Public Security; Law 20.500 asks each institution to set out in a "
            "general rule how people take part in it (article 70). The service applies Law "
            "20.500 and this rule with a gender and intersectional perspective. On this basis, "
            "the service's Exempt Resolution 1.434 of 12 January 2024 approved its procedure "
            "manual for the public account (Manual de Procedimiento Cuenta Pública y Balance de "
            "Gestión Integral).",
            "ht": "Rezolisyon 29 mas 2023. Se règleman patisipasyon sitwayen Ministè Enteryè ak "
            "Sekirite Piblik la; Lwa 20.500 mande chak enstitisyon fikse nan yon règleman "
            "jeneral kijan moun ka patisipe ladan l (atik 70). Sèvis la aplike Lwa 20.500 ak "
            "règleman sa a ak yon pèspektiv jan ak entèseksyonèl. Sou baz sa a, Resolución "
            "Exenta 1.434 Sèvis la, 12 janvye 2024, apwouve manyèl pwosedi li pou rapò piblik "
            "la (Manual de Procedimiento Cuenta Pública y Balance de Gestión Integral).",
        },
    ),
    (
        "law",
        "20.285",
        2008,  # not in facts.md: staff to confirm the year on LeyChile
        5,
        LEYCHILE,
        True,
        {
            "es": "Ley 20.285 sobre transparencia y acceso a la información pública",
            "en": "Law 20.285 on transparency and access to public information",
            "ht": "Lwa 20.285 sou transparans ak aksè nan enfòmasyon piblik",
        },
        {
            "es": "Es la ley de transparencia. Obliga a los servicios públicos a publicar en su "
            "sitio web, y actualizar al menos cada mes, información sobre su estructura, "
            "funciones, marco legal, personal y remuneraciones, compras, transferencias, "
            "trámites y subsidios, sin datos sensibles (Transparencia Activa, artículo 7). "
            "Además, permite pedir información: el servicio responde en 20 días hábiles, "
            "prorrogables por 10, y si no responde o la niega se puede reclamar ante el Consejo "
            "para la Transparencia dentro de 15 días.",
            "en": "The transparency law. It requires public services to publish on their "
            "website, and update at least monthly, information on their structure, functions, "
            "legal framework, staff and pay, purchases, transfers, procedures and subsidies, "
            "without sensitive data (Active Transparency, article 7). It also lets anyone ask "
            "for information: the service answers within 20 business days, extendable by 10, "
            "and if it does not answer or refuses, you can complain to the Consejo para la "
            "Transparencia within 15 days.",
            "ht": "Se lwa sou transparans lan. Li oblije sèvis piblik yo pibliye sou sit entènèt "
            "yo, epi mete l ajou omwen chak mwa, enfòmasyon sou jan yo òganize, sa yo fè, lwa "
            "ki aplike pou yo, anplwaye ak salè, acha, transfè lajan, demach ak sibvansyon, san "
            "done sansib (Transparans Aktif, atik 7). Li pèmèt tou pou mande enfòmasyon: sèvis "
            "la reponn nan 20 jou ouvrab, ki ka pwolonje 10 jou, epi si li pa reponn oswa li "
            "refize, ou ka pote plent devan Consejo para la Transparencia nan 15 jou.",
        },
    ),
    (
        "law",
        "21.719",
        2024,
        6,
        LEYCHILE,
        True,
        {
            "es": "Ley 21.719 sobre protección de datos personales",
            "en": "Law 21.719 on the protection of personal data",
            "ht": "Lwa 21.719 sou pwoteksyon done pèsonèl",
        },
        {
            "es": "Publicada el 13 de diciembre de 2024; rige desde el 1 de diciembre de 2026. "
            "Reforma la Ley 19.628 y crea la Agencia de Protección de Datos Personales. Reconoce "
            "tus derechos de acceso, rectificación, supresión, oposición, portabilidad y "
            "bloqueo de tus datos. Los datos sensibles, como los de salud, origen étnico, "
            "orientación sexual o identidad de género, solo pueden tratarse con tu "
            "consentimiento expreso, salvo excepciones. Las multas pueden llegar a 20.000 UTM.",
            "en": "Published on 13 December 2024; in force from 1 December 2026. It reforms Law "
            "19.628 and creates the Personal Data Protection Agency (Agencia de Protección de "
            "Datos Personales). It gives you the rights of access, rectification, erasure, "
            "objection, portability and blocking of your data. Sensitive data, such as health, "
            "ethnic origin, sexual orientation or gender identity, may only be processed with "
            "your express consent, with some exceptions. Fines can reach 20,000 UTM.",
            "ht": "Yo pibliye l 13 desanm 2024; li an vigè apati 1ye desanm 2026. Li refòme Lwa "
            "19.628 epi li kreye Agencia de Protección de Datos Personales (Ajans Pwoteksyon "
            "Done Pèsonèl). Li ba ou dwa pou wè done ou, korije yo, efase yo, opoze w, pote "
            "yo ale yon lòt kote ak bloke yo. Done sansib, tankou sante, orijin etnik, "
            "oryantasyon seksyèl oswa idantite jan, pa ka itilize san konsantman klè ou, "
            "sof kèk eksepsyon. Amann yo ka rive 20.000 UTM.",  # unsure: "idantite jan"
        },
    ),
    (
        "law",
        "21.643",
        2024,
        7,
        LEYCHILE,
        True,
        {
            "es": "Ley 21.643 (Ley Karin) sobre acoso laboral, acoso sexual y violencia en el "
            "trabajo",
            "en": "Law 21.643 (Ley Karin) on workplace harassment, sexual harassment and "
            "violence at work",
            "ht": "Lwa 21.643 (Ley Karin) sou arasman nan travay, arasman seksyèl ak vyolans nan "
            "travay",
        },
        {
            "es": "Publicada el 15 de enero de 2024 y vigente desde el 1 de agosto de 2024. Trata "
            "el acoso laboral (no hace falta que se repita), el acoso sexual y la violencia en "
            "el trabajo, también la que ejercen terceras personas. En el sector público "
            "modificó las Leyes 18.575, 18.834 y 18.883: cada servicio debe tener un protocolo "
            "de prevención, con evaluación de riesgos, capacitación y responsables designados, "
            "y la jefatura del servicio informa cada seis meses sobre sus canales de denuncia. "
            "Según la Contraloría, no se admiten denuncias anónimas.",
            "en": "Published on 15 January 2024 and in force since 1 August 2024. It covers "
            "workplace harassment (it need not be repeated), sexual harassment and violence at "
            "work, including violence by third parties. In the public sector it amended Laws "
            "18.575, 18.834 and 18.883: each service must have a prevention protocol, with a "
            "risk assessment, training and named people in charge, and the head of the service "
            "reports on its complaint channels every six months. According to the Contraloría, "
            "anonymous complaints are not accepted.",
            "ht": "Yo pibliye l 15 janvye 2024 epi li an vigè depi 1ye out 2024. Li trete "
            "arasman nan travay (li pa bezwen repete), arasman seksyèl ak vyolans nan travay, "
            "menm lè se lòt moun deyò ki fè l. Nan sektè piblik la, li modifye Lwa 18.575, "
            "18.834 ak 18.883: chak sèvis dwe gen yon pwotokòl prevansyon, ak evalyasyon risk, "
            "fòmasyon ak moun ki responsab, epi chèf sèvis la rann kont chak sis mwa sou kanal "
            "pou fè plent yo. Dapre Contraloría, yo pa aksepte plent anonim.",
        },
    ),
]

# CHANNELS: (kind, order, shown, url, label, description)
# The service's social networks are left out: their addresses are not verified. Staff add them
# (facebook, instagram, x, youtube, linkedin) once confirmed.
CHANNELS = [
    (
        "website",
        1,
        True,
        SERMIG_WEBSITE,
        {
            "es": "Sitio web del Servicio Nacional de Migraciones",
            "en": "National Migration Service website",
            "ht": "Sit entènèt Sèvis Nasyonal Migrasyon an",
        },
        {
            "es": "El sitio oficial del Servicio: permisos, trámites y noticias.",
            "en": "The service's official website: permits, procedures and news.",
            "ht": "Sit ofisyèl Sèvis la: pèmi, demach ak nouvèl.",
        },
    ),
    (
        "siac",
        2,
        True,
        SIAC,
        {
            "es": "SIAC: consultas, solicitudes y reclamos",
            "en": "SIAC: queries, requests and complaints",
            "ht": "SIAC: kesyon, demand ak plent",
        },
        {
            "es": "Gratis. Recibes un número de folio. Respuesta en 10 días hábiles a las "
            "consultas y en 20 a las solicitudes de información.",
            "en": "Free. You get a reference number (folio). Replies within 10 business days for "
            "queries and 20 for information requests.",
            "ht": "Gratis. Ou resevwa yon nimewo dosye (folio). Repons nan 10 jou ouvrab pou "
            "kesyon ak nan 20 pou demand enfòmasyon.",
        },
    ),
    (
        "transparency",
        3,
        True,
        TRANSPARENCY_PORTAL,  # not in facts.md: confirm before publishing
        {
            "es": "Portal de Transparencia (Ley 20.285)",
            "en": "Transparency portal (Law 20.285)",
            "ht": "Pòtay Transparans (Lwa 20.285)",
        },
        {
            "es": "Del Consejo para la Transparencia: pide información pública. Respuesta en 20 "
            "días hábiles, prorrogables por 10.",
            "en": "Run by the Consejo para la Transparencia: ask for public information. Answer "
            "within 20 business days, extendable by 10.",
            "ht": "Se Consejo para la Transparencia ki jere l: mande enfòmasyon piblik. Repons "
            "nan 20 jou ouvrab, ki ka pwolonje 10 jou.",
        },
    ),
]

# INITIATIVES: (kind, slug, order, start_year, end_year, part_of, region CUT codes, page slugs,
# budgets (year, planned, executed or None), title, objective, description, responsible_unit)
# Every amount is illustrative (CLP). Budget rows go newest first.
SERMIG_UNIT = {
    "es": "Servicio Nacional de Migraciones",
    "en": "National Migration Service",
    "ht": "Sèvis Nasyonal Migrasyon",
}

INITIATIVES = [
    (
        "policy",
        "politica-nacional-de-migracion-y-extranjeria",
        1,
        2023,  # unsure: facts.md gives no year for the policy; staff to confirm
        None,
        None,
        (),
        ("participacion-ciudadana",),
        (),
        {
            "es": "Política Nacional de Migración y Extranjería",
            "en": "National Migration and Foreigners Policy",
            "ht": "Politik Nasyonal Migrasyon ak Etranje",
        },
        {
            "es": "Orientar la acción del Estado en migración y favorecer la integración y la "
            "inclusión de la población extranjera en Chile, sin importar su nacionalidad, su "
            "origen social ni su género.",
            "en": "To guide the State's action on migration and foster the integration and "
            "inclusion of the foreign population in Chile, whatever their nationality, social "
            "background or gender.",
            "ht": "Gide aksyon Leta sou migrasyon epi ede moun etranje yo entegre nan Chili, "
            "kèlkeswa nasyonalite yo, orijin sosyal yo oswa sèks yo.",
        },
        {
            "es": (
                "El Servicio Nacional de Migraciones trabaja para implementarla, también desde "
                "su área de participación ciudadana y su Unidad de Género.\n\n"
                "Para construirla se hicieron diálogos públicos en las regiones, una de las "
                "formas de consulta ciudadana de la Ley 20.500. Más en "
                "[participación ciudadana](/es/informacion/participacion-ciudadana/)."
            ),
            "en": (
                "The National Migration Service works to implement it, including through its "
                "citizen participation area and its Gender Unit.\n\n"
                "Public dialogues were held in the regions to build it, one of the forms of "
                "citizen consultation under Law 20.500. More under "
                "[citizen participation](/en/informacion/participacion-ciudadana/)."
            ),
            "ht": (
                "Sèvis Nasyonal Migrasyon an ap travay pou mete l an aplikasyon, tou atravè "
                "seksyon patisipasyon sitwayen li ak Inite Jan li.\n\n"
                "Pou bati l, yo te fè dyalòg piblik nan rejyon yo, youn nan fòm konsiltasyon "
                "sitwayen Lwa 20.500 prevwa. Plis enfòmasyon nan "
                "[patisipasyon sitwayen](/ht/informacion/participacion-ciudadana/)."
            ),
        },
        SERMIG_UNIT,
    ),
    (
        "programme",
        "apoya-mujer-migrante",
        1,
        2023,  # regional Apoya Mujer Migrante days appear in 2023 press (facts.md §3)
        None,
        None,
        (),
        ("apoya-mujer-migrante",),
        (
            (2026, 45_000_000, None),
            (2025, 42_000_000, 40_870_000),
            (2024, 38_500_000, 36_120_000),
        ),
        {
            "es": "Apoya Mujer Migrante",
            "en": "Apoya Mujer Migrante (support for migrant women)",
            "ht": "Apoya Mujer Migrante (sipò pou fanm migran)",
        },
        {
            "es": "Acortar la brecha de acceso de las mujeres extranjeras a la información sobre "
            "la normativa migratoria vigente y otros temas de su interés, acercando las "
            "instituciones del Estado y promoviendo su inclusión.",
            "en": "To close the gap in foreign women's access to information on the immigration "
            "rules in force and other matters of interest to them, bringing State institutions "
            "closer and promoting their inclusion.",
            "ht": "Diminye distans ki genyen ant fanm etranje yo ak enfòmasyon sou règ "
            "imigrasyon ki an vigè yo ak lòt sijè ki enterese yo, pandan n ap rapwoche "
            "enstitisyon Leta yo epi ankouraje yo antre nan lavi peyi a.",
        },
        {
            "es": (
                "Talleres de información para todas las mujeres migrantes, cualquiera sea su "
                "situación migratoria, con charlas del Servicio Nacional de Migraciones, el "
                "Servicio Nacional de la Mujer y la Equidad de Género (SernamEG), la Dirección "
                "del Trabajo, el Ministerio de Salud (MINSAL) y el Ministerio de Educación "
                "(MINEDUC). Los talleres se dictan en español.\n\n"
                "Incluye un [punto de contacto](/es/mujer-migrante/contacto/) y la "
                "[guía de residencia humanitaria](/es/residencia-humanitaria/)."
            ),
            "en": (
                "Information workshops for every migrant woman, whatever her immigration "
                "status, with talks by the National Migration Service, the National Service "
                "for Women and Gender Equity (SernamEG), the Labour Directorate, the Ministry "
                "of Health (MINSAL) and the Ministry of Education (MINEDUC). The workshops are "
                "held in Spanish.\n\n"
                "It includes a [contact point](/en/mujer-migrante/contacto/) and the "
                "[humanitarian residence guide](/en/residencia-humanitaria/)."
            ),
            "ht": (
                "Atelye enfòmasyon pou tout fanm migran, kèlkeswa sitiyasyon imigrasyon yo, "
                "ak prezantasyon Sèvis Nasyonal Migrasyon an, SernamEG, Dirección del "
                "Trabajo, Ministè Sante (MINSAL) ak Ministè Edikasyon (MINEDUC). Atelye yo fèt "
                "an panyòl.\n\n"
                "Li gen yon [pwen kontak](/ht/mujer-migrante/contacto/) ak "
                "[gid rezidans imanitè a](/ht/residencia-humanitaria/)."
            ),
        },
        SERMIG_UNIT,
    ),
    (
        "plan",
        "plan-de-transversalizacion-del-enfoque-de-genero",
        1,
        2025,
        2027,
        None,
        (),
        ("unidad-de-genero",),
        (
            (2026, 19_500_000, None),
            (2025, 18_000_000, 17_250_000),
        ),
        {
            "es": "Plan de trabajo para incorporar el enfoque de género en el Servicio",
            "en": "Work plan to bring the gender approach into the service",
            "ht": "Plan travay pou mete apwòch jan nan Sèvis la",
        },
        {
            "es": "Que la perspectiva de género esté presente de forma permanente en todos los "
            "niveles del Servicio, en todas las regiones, para asegurar igualdad y no "
            "discriminación entre quienes trabajan en él y quienes usan sus servicios.",
            "en": "To make the gender perspective a permanent part of every level of the "
            "service, in every region, ensuring equality and non-discrimination among those who "
            "work there and those who use its services.",
            "ht": "Pou pèspektiv jan an toujou la nan tout nivo Sèvis la, nan tout rejyon yo, "
            "pou asire egalite ak pa gen diskriminasyon ni pou moun ki travay la ni pou moun "
            "ki sèvi ak sèvis li yo.",
        },
        {
            "es": (
                "Sus líneas de trabajo:\n\n"
                "- Capacitación en perspectiva de género para el personal, con las personas "
                "delegadas de género de cada región.\n"
                "- Seguimiento de las medidas de corresponsabilidad social y conciliación.\n"
                "- Prevención de la discriminación arbitraria y de la violencia sexual y de "
                "género que pueda afectar al personal.\n"
                "- Participación en las Agendas Regionales de Género."
            ),
            "en": (
                "Its lines of work:\n\n"
                "- Training on the gender perspective for staff, with the gender delegates of "
                "each region.\n"
                "- Follow-up of the measures on shared care responsibilities and work–life "
                "balance.\n"
                "- Prevention of arbitrary discrimination and of sexual and gender-based "
                "violence that may affect staff.\n"
                "- Taking part in the Regional Gender Agendas."
            ),
            "ht": (
                "Liy travay li yo:\n\n"
                "- Fòmasyon sou pèspektiv jan pou anplwaye yo, ak delege jan chak rejyon.\n"
                "- Swivi mezi sou pataj responsablite swen ak balans ant travay ak lavi "
                "fanmi.\n"
                "- Prevansyon diskriminasyon abitrè ak vyolans seksyèl ak vyolans ki baze sou "
                "jan ki ka touche anplwaye yo.\n"
                "- Patisipasyon nan Ajanda Rejyonal sou Jan yo."
            ),
        },
        {
            "es": "Unidad de Género (Subdirección Nacional)",
            "en": "Gender Unit (National Deputy Directorate)",
            "ht": "Inite Jan (Subdirección Nacional)",
        },
    ),
    (
        "programme",
        "programa-de-participacion-ciudadana",
        2,
        2024,
        None,
        None,
        (),
        ("participacion-ciudadana",),
        (
            (2026, 58_000_000, None),
            (2025, 55_000_000, 53_400_000),
            (2024, 52_000_000, 49_800_000),
        ),
        {
            "es": "Programa de participación ciudadana (Ley 20.500)",
            "en": "Citizen participation programme (Law 20.500)",
            "ht": "Pwogram patisipasyon sitwayen (Lwa 20.500)",
        },
        {
            "es": "Aplicar los mecanismos de participación de la Ley 20.500 y de la norma del "
            "Ministerio del Interior y Seguridad Pública, con perspectiva de género e "
            "interseccional, y apoyar la implementación de la Política Nacional de Migración y "
            "Extranjería.",
            "en": "To run the participation mechanisms of Law 20.500 and of the Ministry of the "
            "Interior and Public Security's rule, with a gender and intersectional perspective, "
            "and to support the implementation of the National Migration and Foreigners Policy.",
            "ht": "Aplike mwayen patisipasyon Lwa 20.500 ak règleman Ministè Enteryè ak Sekirite "
            "Piblik la, ak yon pèspektiv jan ak entèseksyonèl, epi sipòte aplikasyon Politik "
            "Nasyonal Migrasyon ak Etranje a.",
        },
        {
            "es": (
                "Cubre los cuatro mecanismos:\n\n"
                "- la información relevante que publica este sitio;\n"
                "- las consultas ciudadanas, en persona o en línea;\n"
                "- la cuenta pública participativa de cada año;\n"
                "- el Consejo de la Sociedad Civil (COSOC), de 20 integrantes."
            ),
            "en": (
                "It covers the four mechanisms:\n\n"
                "- the relevant information this site publishes;\n"
                "- citizen consultations, in person or online;\n"
                "- each year's participatory public account;\n"
                "- the Civil Society Council (COSOC), with 20 members."
            ),
            "ht": (
                "Li kouvri kat mwayen yo:\n\n"
                "- enfòmasyon enpòtan sit sa a pibliye;\n"
                "- konsiltasyon sitwayen, an pèsòn oswa sou entènèt;\n"
                "- rapò piblik patisipatif chak ane;\n"
                "- Konsèy Sosyete Sivil la (COSOC), ki gen 20 manm."
            ),
        },
        {
            "es": "Área de participación ciudadana",
            "en": "Citizen participation area",
            "ht": "Seksyon patisipasyon sitwayen",
        },
    ),
    (
        "action",
        "ciclo-regional-de-talleres-en-el-norte",
        1,
        2025,
        2026,
        "apoya-mujer-migrante",
        ("15", "01", "02", "03"),
        ("apoya-mujer-migrante",),
        (
            (2026, 12_000_000, None),
            (2025, 9_600_000, 9_150_000),
        ),
        {
            "es": "Ciclo regional de talleres en el norte del país",
            "en": "Regional workshop cycle in the north of the country",
            "ht": "Sik atelye rejyonal nan nò peyi a",
        },
        {
            "es": "Llevar los talleres de Apoya Mujer Migrante a Arica y Parinacota, Tarapacá, "
            "Antofagasta y Atacama, con charlas de las instituciones asociadas en cada región.",
            "en": "To take the Apoya Mujer Migrante workshops to Arica y Parinacota, Tarapacá, "
            "Antofagasta and Atacama, with talks by the partner institutions in each region.",
            "ht": "Mennen atelye Apoya Mujer Migrante yo nan Arica y Parinacota, Tarapacá, "
            "Antofagasta ak Atacama, ak prezantasyon enstitisyon patnè yo nan chak rejyon.",
        },
        {
            "es": (
                "Un ciclo de talleres en cada región, en español. Las fechas y lugares están en "
                "la [lista de talleres](/es/mujer-migrante/talleres/)."
            ),
            "en": (
                "A cycle of workshops in each region, in Spanish. Dates and places are in the "
                "[list of workshops](/en/mujer-migrante/talleres/)."
            ),
            "ht": (
                "Yon sik atelye nan chak rejyon, an panyòl. Dat ak kote yo nan "
                "[lis atelye yo](/ht/mujer-migrante/talleres/)."
            ),
        },
        SERMIG_UNIT,
    ),
    (
        "action",
        "interpretacion-al-creole-haitiano-en-talleres",
        2,
        2026,
        2026,
        "apoya-mujer-migrante",
        ("13", "05"),
        ("apoya-mujer-migrante",),
        ((2026, 4_800_000, None),),
        {
            "es": "Interpretación al creole haitiano en talleres (piloto)",
            "en": "Haitian Creole interpretation at workshops (pilot)",
            "ht": "Entèpretasyon an kreyòl ayisyen nan atelye yo (pilòt)",
        },
        {
            "es": "Que las mujeres haitianas que hablan poco o nada de español puedan seguir las "
            "charlas de los talleres, que se dictan en español.",
            "en": "To let Haitian women who speak little or no Spanish follow the talks at the "
            "workshops, which are held in Spanish.",
            "ht": "Pou fanm ayisyen ki pale ti kras panyòl oswa ki pa pale panyòl ditou ka swiv "
            "prezantasyon atelye yo, ki fèt an panyòl.",
        },
        {
            "es": (
                "Un piloto con intérpretes en algunas sesiones de la Región Metropolitana y de "
                "Valparaíso. Los talleres siguen siendo en español; la interpretación acompaña "
                "las charlas.\n\n"
                "En 2018, el MINSAL estimó que más del 80% de las personas haitianas en Chile "
                "tenía un español básico o no lo hablaba."
            ),
            "en": (
                "A pilot with interpreters at some sessions in the Metropolitan Region and "
                "Valparaíso. The workshops are still in Spanish; interpretation accompanies "
                "the talks.\n\n"
                "In 2018 MINSAL estimated that more than 80% of Haitians in Chile had basic "
                "Spanish or none."
            ),
            "ht": (
                "Yon pilòt ak entèprèt nan kèk sesyon nan Rejyon Metwopoliten an ak nan "
                "Valparaíso. Atelye yo toujou fèt an panyòl; entèpretasyon an akonpaye "
                "prezantasyon yo.\n\n"
                "An 2018, MINSAL te estime plis pase 80% moun ayisyen nan Chili te pale yon ti "
                "panyòl sèlman oswa yo pa t pale l ditou."
            ),
        },
        SERMIG_UNIT,
    ),
]

# NEWS: (slug, published_on, title, summary, body)
NEWS = [
    (
        "nuevo-ciclo-de-talleres-en-el-norte",
        date(2026, 10, 13),
        {
            "es": "Apoya Mujer Migrante abre un nuevo ciclo de talleres en el norte",
            "en": "Apoya Mujer Migrante opens a new workshop cycle in the north",
            "ht": "Apoya Mujer Migrante louvri yon nouvo sik atelye nan nò a",
        },
        {
            "es": "Los talleres llegan a Arica y Parinacota, Tarapacá, Antofagasta y Atacama. Son "
            "para todas las mujeres migrantes, cualquiera sea su situación migratoria.",
            "en": "The workshops come to Arica y Parinacota, Tarapacá, Antofagasta and Atacama. "
            "They are for every migrant woman, whatever her immigration status.",
            "ht": "Atelye yo ap rive nan Arica y Parinacota, Tarapacá, Antofagasta ak Atacama. "
            "Yo la pou tout fanm migran, kèlkeswa sitiyasyon imigrasyon yo.",
        },
        {
            "es": (
                "Apoya Mujer Migrante comienza un nuevo ciclo de talleres en las regiones de "
                "Arica y Parinacota, Tarapacá, Antofagasta y Atacama.\n\n"
                "En cada taller exponen personas del Servicio Nacional de Migraciones, del "
                "SernamEG, de la Dirección del Trabajo, del MINSAL y del MINEDUC, sobre "
                "trámites migratorios, violencia contra las mujeres, derechos laborales, salud "
                "y educación. Los talleres se dictan en español, y nunca te preguntamos por tu "
                "situación migratoria.\n\n"
                "Revisa las fechas y los lugares e inscríbete en la "
                "[lista de talleres](/es/mujer-migrante/talleres/). Si tienes preguntas, "
                "escríbenos al [punto de contacto](/es/mujer-migrante/contacto/)."
            ),
            "en": (
                "Apoya Mujer Migrante is starting a new cycle of workshops in the regions of "
                "Arica y Parinacota, Tarapacá, Antofagasta and Atacama.\n\n"
                "At each workshop, speakers from the National Migration Service, SernamEG, the "
                "Labour Directorate, MINSAL and MINEDUC talk about migration procedures, "
                "violence against women, labour rights, health and education. The workshops "
                "are held in Spanish, and we never ask about your immigration status.\n\n"
                "See the dates and places and sign up in the "
                "[list of workshops](/en/mujer-migrante/talleres/). If you have questions, "
                "write to us at the [contact point](/en/mujer-migrante/contacto/)."
            ),
            "ht": (
                "Apoya Mujer Migrante ap kòmanse yon nouvo sik atelye nan rejyon Arica y "
                "Parinacota, Tarapacá, Antofagasta ak Atacama.\n\n"
                "Nan chak atelye, moun ki soti nan Sèvis Nasyonal Migrasyon an, SernamEG, "
                "Dirección del Trabajo, MINSAL ak MINEDUC ap pale sou demach imigrasyon, "
                "vyolans sou fanm, dwa travayè, sante ak edikasyon. Atelye yo fèt an panyòl, "
                "epi nou pa janm mande w ki sitiyasyon imigrasyon ou.\n\n"
                "Gade dat ak kote yo epi enskri nan "
                "[lis atelye yo](/ht/mujer-migrante/talleres/). Si ou gen kesyon, ekri nou "
                "nan [pwen kontak la](/ht/mujer-migrante/contacto/)."
            ),
        },
    ),
    (
        "el-sitio-ya-esta-en-creole-haitiano",
        date(2026, 11, 3),
        {
            "es": "Este sitio ya está disponible en creole haitiano",
            "en": "This site is now available in Haitian Creole",
            "ht": "Sit sa a disponib an kreyòl ayisyen kounye a",
        },
        {
            "es": "Además de español e inglés, ahora puedes leer este sitio en creole haitiano "
            "(kreyòl ayisyen): la información de los talleres, la guía de residencia "
            "humanitaria y la información relevante del Servicio.",
            "en": "As well as Spanish and English, you can now read this site in Haitian Creole "
            "(kreyòl ayisyen): the workshop information, the humanitarian residence guide and "
            "the service's relevant information.",
            "ht": "Anplis panyòl ak angle, kounye a ou ka li sit sa a an kreyòl ayisyen: "
            "enfòmasyon sou atelye yo, gid rezidans imanitè a ak enfòmasyon enpòtan Sèvis la.",
        },
        {
            "es": (
                "Desde hoy, este sitio se puede leer en tres idiomas: español, inglés y creole "
                "haitiano. Para cambiar de idioma, usa el selector en la parte superior de la "
                "página.\n\n"
                "Según la estimación del INE y el Servicio al 31 de diciembre de 2023, en Chile "
                "residían 188.131 personas de nacionalidad haitiana, el 9,8% de la población "
                "extranjera. Muchas hablan creole haitiano como primera lengua.\n\n"
                "Los textos oficiales de las leyes y decretos se publican solo en español, y "
                "los talleres se siguen dictando en español. Empieza por "
                "[Apoya Mujer Migrante](/es/mujer-migrante/)."
            ),
            "en": (
                "From today this site can be read in three languages: Spanish, English and "
                "Haitian Creole. To change language, use the selector at the top of the "
                "page.\n\n"
                "According to the INE and the service's estimate at 31 December 2023, 188,131 "
                "people of Haitian nationality lived in Chile, 9.8% of the foreign population. "
                "Many speak Haitian Creole as their first language.\n\n"
                "The official texts of laws and decrees are published in Spanish only, and the "
                "workshops are still held in Spanish. Start with "
                "[Apoya Mujer Migrante](/en/mujer-migrante/)."
            ),
            "ht": (
                "Apati jodi a, ou ka li sit sa a nan twa lang: panyòl, angle ak kreyòl "
                "ayisyen. Pou chanje lang, sèvi ak seleksyon lang ki anlè paj la.\n\n"
                "Dapre estimasyon INE ak Sèvis la nan dat 31 desanm 2023, te gen 188.131 moun "
                "nasyonalite ayisyen ki t ap viv nan Chili, sa vle di 9,8% popilasyon etranje "
                "a. Anpil ladan yo pale kreyòl ayisyen kòm premye lang.\n\n"
                "Tèks ofisyèl lwa ak dekrè yo pibliye an panyòl sèlman, epi atelye yo toujou "
                "fèt an panyòl. Kòmanse ak [Apoya Mujer Migrante](/ht/mujer-migrante/)."
            ),
        },
    ),
    (
        "nueva-guia-de-residencia-humanitaria",
        date(2026, 11, 18),
        {
            "es": "Nueva guía sobre la Residencia Temporal por razones humanitarias",
            "en": "New guide to Temporary Residence on humanitarian grounds",
            "ht": "Nouvo gid sou Rezidans Tanporè pou rezon imanitè",
        },
        {
            "es": "Una guía en palabras simples explica los cinco casos de razones humanitarias "
            "del Decreto 177 de 2022, y un verificador te ayuda a ver cuál se parece a tu "
            "situación, sin guardar nada de lo que marques.",
            "en": "A plain-language guide explains the five humanitarian cases of Decree 177 of "
            "2022, and a checker helps you see which is closest to your situation, without "
            "keeping anything you select.",
            "ht": "Yon gid an mo senp esplike senk ka rezon imanitè Dekrè 177 ane 2022 la, epi "
            "yon zouti verifikasyon ede w wè kilès ki pi sanble ak sitiyasyon ou, san li pa "
            "anrejistre anyen ou make.",
        },
        {
            "es": (
                "El Decreto 177 de 2022, en su párrafo octavo, fija las razones humanitarias "
                "para otorgar una Residencia Temporal. Son cinco casos: niñas, niños y "
                "adolescentes; mujeres embarazadas; víctimas de trata de personas; víctimas de "
                "tráfico de migrantes; y víctimas de violencia intrafamiliar o de género.\n\n"
                "La nueva [guía de residencia humanitaria](/es/residencia-humanitaria/) explica "
                "cada caso: quién puede pedirlo, quién presenta la solicitud y qué documentos "
                "se necesitan. En varios casos no la presentas tú: por ejemplo, en la violencia "
                "intrafamiliar la presenta el tribunal o la Fiscalía.\n\n"
                "El [verificador](/es/residencia-humanitaria/verificar/) te hace unas pocas "
                "preguntas y te muestra qué caso se parece al tuyo. Nada de lo que marques se "
                "guarda."
            ),
            "en": (
                "Decree 177 of 2022, in its eighth paragraph, sets the humanitarian reasons "
                "for granting Temporary Residence. There are five cases: children and "
                "adolescents; pregnant women; victims of human trafficking; victims of migrant "
                "smuggling; and victims of domestic or gender-based violence.\n\n"
                "The new [humanitarian residence guide](/en/residencia-humanitaria/) explains "
                "each case: who can apply, who files the application and which documents are "
                "needed. In several cases you do not file it yourself: for domestic violence, "
                "for example, the court or the prosecutor's office files it.\n\n"
                "The [checker](/en/residencia-humanitaria/verificar/) asks you a few questions "
                "and shows you which case is closest to yours. Nothing you select is kept."
            ),
            "ht": (
                "Dekrè 177 ane 2022, nan uityèm paragraf li, fikse rezon imanitè pou bay yon "
                "Rezidans Tanporè. Gen senk ka: timoun ak adolesan; fanm ansent; viktim trafik "
                "moun; viktim trafik migran; ak viktim vyolans nan fanmi oswa vyolans sou "
                "fanm.\n\n"
                "Nouvo [gid rezidans imanitè a](/ht/residencia-humanitaria/) esplike chak ka: "
                "ki moun ki ka mande l, ki moun ki depoze demand lan ak ki dokiman ki "
                "nesesè. Nan plizyè ka, se pa ou ki depoze l: pa egzanp, pou vyolans nan "
                "fanmi, se tribinal la oswa Pakè a ki depoze l.\n\n"
                "[Zouti verifikasyon an](/ht/residencia-humanitaria/verificar/) poze w kèk "
                "kesyon epi li montre w ki ka ki pi sanble ak pa w. Anyen ou make pa "
                "anrejistre."
            ),
        },
    ),
]

# DOCUMENTS: (slug, published_on, language of the file, filename, title, summary)
DOCUMENTS = [
    (
        "ejecucion-presupuestaria-apoya-mujer-migrante",
        date(2026, 11, 10),
        "es",
        "ejecucion-presupuestaria-apoya-mujer-migrante-2024-2026.csv",
        {
            "es": "Ejecución presupuestaria de Apoya Mujer Migrante, 2024–2026",
            "en": "Apoya Mujer Migrante budget execution, 2024–2026",
            "ht": "Egzekisyon bidjè Apoya Mujer Migrante, 2024–2026",  # unsure: "egzekisyon"
        },
        {
            "es": (
                "Una planilla con lo presupuestado y lo ejecutado por Apoya Mujer Migrante cada "
                "año, en pesos chilenos. Las cifras son de demostración.\n\n"
                "- **2024**: presupuestado $38.500.000; ejecutado $36.120.000 (94%).\n"
                "- **2025**: presupuestado $42.000.000; ejecutado $40.870.000 (97%).\n"
                "- **2026**: presupuestado $45.000.000; el año está en curso y aún no hay "
                "monto ejecutado.\n\n"
                "Las mismas cifras están en [presupuestos](/es/informacion/presupuestos/)."
            ),
            "en": (
                "A spreadsheet (in Spanish) with what Apoya Mujer Migrante planned and spent "
                "each year, in Chilean pesos. The figures are demo figures.\n\n"
                "- **2024**: planned CLP 38,500,000; spent CLP 36,120,000 (94%).\n"
                "- **2025**: planned CLP 42,000,000; spent CLP 40,870,000 (97%).\n"
                "- **2026**: planned CLP 45,000,000; the year is still running, so there is no "
                "spent amount yet.\n\n"
                "The same figures are under [budgets](/en/informacion/presupuestos/)."
            ),
            "ht": (
                "Yon tablo (an panyòl) ak sa Apoya Mujer Migrante te planifye ak sa li depanse "
                "chak ane, an peso chilyen. Chif yo se chif demonstrasyon.\n\n"
                "- **2024**: planifye 38.500.000 CLP; depanse 36.120.000 CLP (94%).\n"
                "- **2025**: planifye 42.000.000 CLP; depanse 40.870.000 CLP (97%).\n"
                "- **2026**: planifye 45.000.000 CLP; ane a poko fini, kidonk poko gen montan "
                "ki depanse.\n\n"
                "Menm chif yo nan [bidjè yo](/ht/informacion/presupuestos/)."
            ),
        },
    ),
    (
        "informe-ciclo-de-talleres-en-el-norte-2025",
        date(2026, 10, 20),
        "es",
        "informe-ciclo-de-talleres-en-el-norte-2025.pdf",
        {
            "es": "Informe del ciclo regional de talleres en el norte, 2025",
            "en": "Report on the 2025 regional workshop cycle in the north",
            "ht": "Rapò sou sik atelye rejyonal nan nò a, 2025",
        },
        {
            "es": (
                "Un informe (documento de demostración) sobre el ciclo de talleres de Apoya "
                "Mujer Migrante de 2025 en Arica y Parinacota, Tarapacá, Antofagasta y "
                "Atacama.\n\n"
                "- **Qué se hizo**: talleres en español con charlas del Servicio, el SernamEG, "
                "la Dirección del Trabajo, el MINSAL y el MINEDUC.\n"
                "- **Qué se aprendió**: algunas participantes necesitaban apoyo en creole "
                "haitiano para seguir las charlas.\n"
                "- **Qué sigue**: en 2026 el ciclo continúa y se prueba la interpretación al "
                "creole haitiano en algunas sesiones."
            ),
            "en": (
                "A report (a demo document, in Spanish) on the 2025 Apoya Mujer Migrante "
                "workshop cycle in Arica y Parinacota, Tarapacá, Antofagasta and Atacama.\n\n"
                "- **What was done**: workshops in Spanish with talks by the service, SernamEG, "
                "the Labour Directorate, MINSAL and MINEDUC.\n"
                "- **What was learnt**: some participants needed help in Haitian Creole to "
                "follow the talks.\n"
                "- **What comes next**: in 2026 the cycle goes on, and interpretation into "
                "Haitian Creole is tried at some sessions."
            ),
            "ht": (
                "Yon rapò (dokiman demonstrasyon, an panyòl) sou sik atelye Apoya Mujer "
                "Migrante 2025 nan Arica y Parinacota, Tarapacá, Antofagasta ak Atacama.\n\n"
                "- **Sa yo te fè**: atelye an panyòl ak prezantasyon Sèvis la, SernamEG, "
                "Dirección del Trabajo, MINSAL ak MINEDUC.\n"
                "- **Sa yo te aprann**: kèk patisipan te bezwen èd an kreyòl ayisyen pou swiv "
                "prezantasyon yo.\n"
                "- **Sa k ap vini**: an 2026 sik la ap kontinye, epi y ap eseye entèpretasyon "
                "an kreyòl ayisyen nan kèk sesyon."
            ),
        },
    ),
    (
        "guia-residencia-temporal-por-razones-humanitarias",
        date(2026, 11, 18),
        "es",
        "guia-residencia-temporal-por-razones-humanitarias.pdf",
        {
            "es": "Guía: Residencia Temporal por razones humanitarias",
            "en": "Guide: Temporary Residence on humanitarian grounds (in Spanish)",
            "ht": "Gid: Rezidans Tanporè pou rezon imanitè (an panyòl)",
        },
        {
            "es": (
                "Una guía para imprimir sobre la Residencia Temporal por razones humanitarias "
                "del Decreto 177 de 2022 (párrafo octavo).\n\n"
                "- Explica los cinco casos: niñas, niños y adolescentes; mujeres embarazadas; "
                "trata de personas; tráfico de migrantes; y violencia intrafamiliar o de "
                "género.\n"
                "- Dice quién presenta la solicitud en cada caso: en la violencia "
                "intrafamiliar, el tribunal o la Fiscalía; en el embarazo, tú misma o el "
                "Servicio de Salud con tu autorización.\n"
                "- Para niñas, niños y adolescentes, el permiso es gratis.\n\n"
                "La misma información, siempre al día, está en la "
                "[guía en línea](/es/residencia-humanitaria/)."
            ),
            "en": (
                "A printable guide, in Spanish only, to Temporary Residence on humanitarian "
                "grounds under Decree 177 of 2022 (eighth paragraph).\n\n"
                "- It explains the five cases: children and adolescents; pregnant women; human "
                "trafficking; migrant smuggling; and domestic or gender-based violence.\n"
                "- It says who files the application in each case: for domestic violence, the "
                "court or the prosecutor's office; for pregnancy, you yourself or the health "
                "service with your permission.\n"
                "- For children and adolescents, the permit is free.\n\n"
                "The same information, kept up to date and in English, is in the "
                "[online guide](/en/residencia-humanitaria/)."
            ),
            "ht": (
                "Yon gid pou enprime, an panyòl sèlman, sou Rezidans Tanporè pou rezon imanitè "
                "dapre Dekrè 177 ane 2022 (uityèm paragraf).\n\n"
                "- Li esplike senk ka yo: timoun ak adolesan; fanm ansent; trafik moun; trafik "
                "migran; ak vyolans nan fanmi oswa vyolans sou fanm.\n"
                "- Li di ki moun ki depoze demand lan nan chak ka: pou vyolans nan fanmi, se "
                "tribinal la oswa Pakè a; pou gwosès, se ou menm oswa sèvis sante a ak "
                "otorizasyon ou.\n"
                "- Pou timoun ak adolesan, pèmi a gratis.\n\n"
                "Menm enfòmasyon an, toujou ajou e an kreyòl, nan "
                "[gid sou entènèt la](/ht/residencia-humanitaria/)."
            ),
        },
    ),
]
