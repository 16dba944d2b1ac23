from acoge.consultations.models import Consultation, Question
from tests.matrix import UrlSpec

TEAM = frozenset({"national_admin", "engagement"})
# Regional staff run their region's dialogues (here Biobío's).
DIALOGUE_STAFF = TEAM | {"regional_staff_biobio"}


def _consultation() -> dict:
    from tests.consultations.test_answering import make

    return {"pk": (Consultation.objects.first() or make()).pk}


def _dialogue(code: str):
    def kwargs() -> dict:
        from tests.consultations.test_dialogues import dialogue_in

        return {"pk": dialogue_in(code).pk}

    return kwargs


def _question() -> dict:
    pk = _consultation()["pk"]
    return {"pk": pk, "question": Question.objects.get(consultation_id=pk, slug="comentario").pk}


def _export(fmt: str):
    return lambda: {**_consultation(), "fmt": fmt}


DIALOGUE_URLS = [
    "dialogue", "attendance", "conclusions", "dialogue-paper", "second-entry",
]  # fmt: skip

MATRIX = [
    UrlSpec("consultations_staff:list", allowed=DIALOGUE_STAFF),
    UrlSpec("consultations_staff:detail", allowed=TEAM, kwargs=_consultation),
    UrlSpec("consultations_staff:preview", allowed=TEAM, kwargs=_consultation),
    UrlSpec("consultations_staff:paper", allowed=TEAM, kwargs=_consultation),
    UrlSpec("consultations_staff:codes", allowed=TEAM, kwargs=_consultation),
    UrlSpec("consultations_staff:texts", allowed=TEAM, kwargs=_question),
    UrlSpec("consultations_staff:export-results", allowed=TEAM, kwargs=_export("csv")),
    UrlSpec(
        "consultations_staff:export-answers",
        allowed=frozenset({"national_admin"}),
        kwargs=_export("xlsx"),
    ),
    UrlSpec("consultations_staff:dialogues", allowed=DIALOGUE_STAFF, kwargs=_consultation),
    *[
        UrlSpec(f"consultations_staff:{name}", allowed=DIALOGUE_STAFF, kwargs=_dialogue("08"))
        for name in DIALOGUE_URLS
    ],
    # Another region's dialogue is not found by regional staff (its existence not revealed).
    *[
        UrlSpec(
            f"consultations_staff:{name}",
            allowed=TEAM,
            kwargs=_dialogue("05"),
            denied_by_subject={"regional_staff_biobio": 404},
        )
        for name in DIALOGUE_URLS
    ],
    UrlSpec(
        "consultations_staff:correct",
        allowed=DIALOGUE_STAFF,
        kwargs=_dialogue("08"),
        method="post",
        data={"sheet": "1"},
        ok=302,
    ),
]
