"""Themes in open answers: answers about one thing grouped together and named by their own words
(never a stop word), quoted by their most representative answers, the same grouping for the same
answers in any order, no theme about fewer than `min_size` answers, blank answers and too few
answers left ungrouped, in Spanish, English and Haitian Creole."""

import random
import re
from collections import Counter

import pytest

from acoge.consultations.themes import Grouping, Theme, group

HEALTH = [
    "En el consultorio no me quisieron atender porque todavía no tengo RUT.",
    "Las horas del CONSULTORIO se acaban a las siete de la mañana, nunca alcanzo hora.",
    "Me costó muchísimo inscribirme en el consultorio con mi pasaporte.",
    "Necesitamos médicos en el consultorio que expliquen las cosas con calma.",
    "La atención de salud para los migrantes es muy lenta, esperé meses por un médico.",
    "En la urgencia del hospital me atendieron bien, pero en el consultorio no.",
    "Quiero que la salud sea igual para todos: mi hija no tiene atención en el consultorio.",
    "Sin Fonasa no hay atención de salud, ni en el consultorio ni en el hospital.",
    "El médico del consultorio no entendía lo que yo le decía sobre mi enfermedad.",
    "Pedir hora con el médico es imposible, el consultorio siempre está lleno.",
    "Mi mamá está enferma y en el hospital nos dijeron que vayamos al consultorio.",
    "Más horas de atención en el consultorio, y médicos que atiendan a los extranjeros.",
]
WORK = [
    "Mi empleador no me quiere hacer contrato de trabajo desde hace un año.",
    "Trabajo sin contrato y el patrón no paga mis imposiciones.",
    "Sin contrato de trabajo no puedo pedir la visa, y sin visa no me dan contrato.",
    "En la construcción nos pagan menos del sueldo mínimo y sin contrato.",
    "El EMPLEADOR me despidió sin finiquito cuando le pedí el contrato.",
    "Trabajamos doce horas y el sueldo no alcanza; el contrato dice ocho horas.",
    "Que la Inspección del Trabajo revise a los empleadores que no hacen contrato.",
    "Me pagan el sueldo atrasado y sin liquidación, no sé cuáles son mis derechos laborales.",
    "Quisiera saber mis derechos de trabajo, el empleador dice que no tengo ninguno.",
    "Muchas compañeras trabajan en casas particulares sin contrato ni imposiciones.",
    "Perdí el trabajo y el empleador nunca pagó las imposiciones de mi contrato.",
    "Necesitamos que el trabajo con contrato sea posible para los extranjeros.",
]
HOUSING = [
    "El arriendo de una pieza está carísimo y el dueño pide tres meses de garantía.",
    "Vivimos seis personas en una pieza porque no alcanza para arrendar un departamento.",
    "Los dueños no quieren arrendar a extranjeros, me pidieron un aval chileno.",
    "Pagamos un arriendo muy alto por una pieza sin ventana.",
    "Sin contrato de arriendo no puedo demostrar mi domicilio.",
    "El dueño de la casa nos subió el arriendo y nos amenazó con echarnos.",
    "Queremos postular al subsidio de vivienda pero piden años de residencia.",
    "La vivienda es el problema más grande: arriendos caros y piezas en malas condiciones.",
    "Mi familia vive en un campamento porque el arriendo no nos alcanza.",
    "Para arrendar un departamento piden liquidaciones y un aval, y no tenemos.",
    "El DUEÑO no devuelve la garantía del arriendo de la pieza.",
    "Necesitamos una vivienda digna, no una pieza cara y húmeda.",
]
SPANISH = {"salud": HEALTH, "trabajo": WORK, "vivienda": HOUSING}

# Words of the Snowball Spanish list that these answers use.
SPANISH_STOP_WORDS = {"el", "la", "de", "en", "no", "que", "sin", "mi", "una", "es", "más", "está"}

ENGLISH = {
    "clinic": [
        "The clinic would not see my son because we have no ID number yet.",
        "Waiting times at the CLINIC are months long for a doctor.",
        "I could not register at the clinic with my passport.",
        "We need doctors at the clinic who explain things slowly.",
        "The doctor at the clinic did not understand my illness.",
        "At the hospital they sent us back to the clinic to see a doctor.",
        "There are never appointments at the clinic, the doctors are always busy.",
        "Clinics should give appointments to migrants like everyone else.",
    ],
    "work": [
        "My employer refuses to give me a written contract for my job.",
        "I work without a contract and my employer does not pay my pension.",
        "Without a work contract I cannot apply for the visa.",
        "Employers pay us less than the minimum wage and give no contract.",
        "I lost my job and the employer never paid my wages.",
        "We work twelve hours a day but the contract says eight hours of work.",
        "The labour inspectorate should check employers who hire without contracts.",
        "I want to know my rights at work, my employer says I have none.",
    ],
    "housing": [
        "The rent for one room is very high and the landlord wants a deposit.",
        "Six of us live in one room because we cannot afford the rent of a flat.",
        "Landlords will not rent to foreigners and ask for a guarantor.",
        "We pay a high rent for a damp room with no window.",
        "The landlord raised the rent and threatened to evict us.",
        "Housing is our biggest problem: expensive rent and rooms in bad condition.",
        "The landlord never gave back the deposit for the room.",
        "My family lives in a camp because we cannot pay the rent.",
    ],
}

CREOLE = {
    "lopital": [
        "Mwen te ale lopital la men doktè a pa t vle wè mwen.",
        "Nou bezwen plis doktè nan lopital yo pou moun ki malad.",
        "Lopital la twò lwen, epi doktè yo pa pale kreyòl.",
        "Pitit mwen malad e lopital la voye nou tounen lakay.",
        "Doktè lopital la pa konprann sa mwen di li sou maladi mwen.",
        "Se pou lopital yo resevwa moun malad ki pa gen papye.",
    ],
    "travay": [
        "Patwon an pa vle ban mwen kontra travay.",
        "Mwen travay san kontra e patwon an pa peye mwen lajan.",
        "San kontra travay mwen pa ka jwenn viza a.",
        "Patwon yo peye nou mwens pase salè minimòm nan travay la.",
        "Nou travay douz èdtan men kontra a di uit èdtan travay.",
        "Mwen pèdi travay mwen epi patwon an pa peye mwen.",
    ],
}


def keyed(themes: dict[str, list[str]]) -> list[tuple[tuple[str, int], str]]:
    """(key, text) pairs, the key naming the theme the answer was written for."""
    return [((theme, n), text) for theme, texts in themes.items() for n, text in enumerate(texts)]


def purity(grouping: Grouping) -> float:
    """The share of grouped answers that sit with the most answers written for their theme."""
    right = sum(
        max(Counter(name for name, _n in theme.members).values()) for theme in grouping.themes
    )
    return right / sum(len(theme.members) for theme in grouping.themes)


def written_for(theme: Theme) -> str:
    """The theme most of its answers were written for."""
    return Counter(name for name, _n in theme.members).most_common(1)[0][0]


def assert_every_answer_once(grouping: Grouping, pairs) -> None:
    given = [key for key, _text in pairs]
    returned = [key for theme in grouping.themes for key in theme.members] + grouping.ungrouped
    assert sorted(returned) == sorted(given)


def test_answers_about_one_thing_are_grouped_together():
    grouping = group(keyed(SPANISH))

    assert len(grouping.themes) == 3
    assert purity(grouping) >= 0.9
    # Each theme's answers are in one theme, not split across two.
    assert sorted(written_for(theme) for theme in grouping.themes) == sorted(SPANISH)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_answers_are_grouped_alike_whatever_the_seed(seed):
    grouping = group(keyed(SPANISH), seed=seed)

    assert len(grouping.themes) == 3
    assert purity(grouping) >= 0.9


def test_a_theme_is_named_by_its_own_words_as_the_answers_write_them():
    grouping = group(keyed(SPANISH))
    written = {
        word for text in HEALTH + WORK + HOUSING for word in re.findall(r"\w+", text.lower())
    }
    expected = {
        "salud": {"consultorio", "médico"},
        "trabajo": {"contrato", "empleador"},
        "vivienda": {"arriendo", "pieza"},
    }

    for theme in grouping.themes:
        name = written_for(theme)
        assert 3 <= len(theme.terms) <= 5
        assert expected[name] <= set(theme.terms)
        assert not set(theme.terms) & SPANISH_STOP_WORDS
        assert set(theme.terms) <= written
    assert "médico" in next(
        theme.terms for theme in grouping.themes if "consultorio" in theme.terms
    )


def test_quotes_are_representative_members():
    grouping = group(keyed(SPANISH))

    for theme in grouping.themes:
        assert 1 <= len(theme.quotes) <= 3
        assert len(set(theme.quotes)) == len(theme.quotes)
        assert set(theme.quotes) <= set(theme.members)


def test_a_sentence_is_quoted_rather_than_a_single_word_and_a_repeated_answer_once():
    answers = {**SPANISH, "corta": ["Consultorio.", "consultorio", "El consultorio."]}
    answers["repetida"] = ["Más médicos en el consultorio."] * 3
    grouping = group(keyed(answers))

    health = next(theme for theme in grouping.themes if "consultorio" in theme.terms)
    assert {("corta", 0), ("corta", 1), ("corta", 2)} <= set(health.members)
    assert not {key for key in health.quotes if key[0] == "corta"}
    assert sum(key[0] == "repetida" for key in health.quotes) <= 1


def test_the_same_answers_give_the_same_grouping():
    pairs = keyed(SPANISH)

    assert group(pairs, seed=3) == group(pairs, seed=3)


def test_the_order_of_the_answers_changes_nothing_but_the_order_of_members():
    pairs = keyed(SPANISH)
    shuffled = pairs[:]
    random.Random(7).shuffle(shuffled)
    grouping, reordered = group(pairs), group(shuffled)

    assert [theme.terms for theme in reordered.themes] == [theme.terms for theme in grouping.themes]
    for theme, other in zip(grouping.themes, reordered.themes, strict=True):
        assert sorted(other.members) == sorted(theme.members)
        assert other.quotes == theme.quotes  # no two answers here are the same text
    order = [key for key, _text in shuffled]
    for theme in reordered.themes:
        assert theme.members == sorted(theme.members, key=order.index)


def test_every_answer_comes_back_once():
    pairs = keyed(SPANISH)

    assert_every_answer_once(group(pairs), pairs)


@pytest.mark.parametrize("min_size", [5, 8, 13])
def test_no_theme_has_fewer_answers_than_min_size(min_size):
    pairs = keyed(SPANISH)
    grouping = group(pairs, min_size=min_size)

    assert all(len(theme.members) >= min_size for theme in grouping.themes)
    assert_every_answer_once(grouping, pairs)


def test_a_group_smaller_than_min_size_is_left_ungrouped():
    few = {
        "salud": HEALTH,
        "trabajo": WORK,
        "transporte": [
            "Las micros no pasan por la población y el transporte es caro.",
            "El transporte público no llega a la población de noche.",
            "Pagar el transporte todos los días cuesta mucho, las micros van llenas.",
            "Necesitamos más micros y transporte hasta la población.",
        ],
    }
    grouping = group(keyed(few))

    assert {("transporte", n) for n in range(4)} <= set(grouping.ungrouped)
    assert sorted(written_for(theme) for theme in grouping.themes) == ["salud", "trabajo"]
    assert all(len(theme.members) >= 5 for theme in grouping.themes)


def test_fewer_than_twice_min_size_answers_give_no_themes():
    pairs = keyed({"salud": HEALTH[:5], "trabajo": WORK[:4]})

    assert group(pairs) == Grouping(themes=[], ungrouped=[key for key, _text in pairs])


def test_answers_that_share_no_word_give_no_themes():
    words = (
        "Salud, contratos, arriendo caro, micros, colegio, visa, hospital, pieza, sueldo, escuela"
    )
    pairs = list(enumerate(words.split(", ")))

    assert group(pairs) == Grouping(themes=[], ungrouped=list(range(10)))


def test_blank_answers_are_left_ungrouped_and_change_nothing():
    pairs = keyed(SPANISH)
    blanks = keyed({"blanco": ["", "   \n\t", "de la que y en el", "¿?", "123"]})
    grouping = group(pairs + blanks)

    assert grouping.themes == group(pairs).themes
    assert [key for key in grouping.ungrouped if key[0] == "blanco"] == [
        key for key, _text in blanks
    ]


def test_english_answers_are_grouped_with_english_words():
    grouping = group(keyed(ENGLISH), language="en")

    assert len(grouping.themes) == 3
    assert purity(grouping) >= 0.9
    terms = {term for theme in grouping.themes for term in theme.terms}
    assert {"clinic", "contract", "rent"} <= terms
    assert not terms & {"the", "a", "my", "and", "we", "not", "at", "for"}


def test_haitian_creole_answers_are_grouped_by_their_words_unstemmed():
    pairs = keyed(CREOLE)
    grouping = group(pairs, language="ht")

    assert_every_answer_once(grouping, pairs)
    assert sorted(written_for(theme) for theme in grouping.themes) == ["lopital", "travay"]
    assert purity(grouping) >= 0.9
    terms = {term for theme in grouping.themes for term in theme.terms}
    assert {"lopital", "doktè", "travay", "kontra"} <= terms
    assert not terms & {"mwen", "nou", "yo", "pa", "la", "an", "nan", "epi", "se", "ki"}


@pytest.mark.parametrize(
    "options", [{"language": "fr"}, {"min_size": 0}, {"max_groups": 1}], ids=str
)
def test_options_it_cannot_follow_are_refused(options):
    with pytest.raises(ValueError):
        group(keyed(SPANISH), **options)
