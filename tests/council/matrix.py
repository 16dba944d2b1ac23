"""Staff URLs of the registry of organisations (acoge/council/permissions.py): national
administrators, the citizen engagement team and the COSOC secretary keep it; every other role,
and a superuser without a role, gets 403. Deciding needs an application waiting for review."""

from tests.factories import organisation
from tests.matrix import UrlSpec

KEEPERS = frozenset({"national_admin", "engagement", "cosoc_secretary"})


def waiting() -> dict:
    return {"pk": organisation().pk}


def a_document() -> dict:
    found = organisation()
    return {"pk": found.pk, "document": found.documents.first().pk}


def spec(name: str, **options) -> UrlSpec:
    return UrlSpec(name, allowed=KEEPERS, kwargs=waiting, **options)


MATRIX = [
    UrlSpec("council_staff:organisations", allowed=KEEPERS),
    spec("council_staff:organisation"),
    UrlSpec("council_staff:document", allowed=KEEPERS, kwargs=a_document),
    spec("council_staff:accept", method="post", ok=302),
    spec("council_staff:reject"),
    spec("council_staff:reject", method="post", data={"reason": "Falta el certificado."}, ok=302),
]


def a_meeting() -> dict:
    from tests.council.builders import councillors, meeting, term

    council = term()
    councillors(council, 2)
    return {"pk": meeting(council).pk}


def an_agreement() -> dict:
    from acoge.council.models import Agreement
    from tests.council.builders import meeting, term

    made = Agreement.objects.create(meeting=meeting(term()), number=1, text="Enviar", owner="SE")
    return {"pk": made.pk}


def an_election() -> dict:
    from tests.council.builders import election

    return {"pk": election("counting").pk}


def a_candidate() -> dict:
    from tests.council.builders import candidate, election

    vote = election("voting")
    return {"pk": vote.pk, "candidate": candidate(vote, 1).pk}


MATRIX += [
    UrlSpec("council_staff:cosoc", allowed=KEEPERS),
    UrlSpec("council_staff:attendance", allowed=KEEPERS, kwargs=a_meeting),
    UrlSpec("council_staff:publish", allowed=KEEPERS, kwargs=a_meeting, method="post", ok=302),
    UrlSpec("council_staff:agreement", allowed=KEEPERS, kwargs=an_agreement),
    UrlSpec(
        "council_staff:agreement",
        allowed=KEEPERS,
        kwargs=an_agreement,
        method="post",
        data={"status": "done", "progress": "Hecho."},
        ok=302,
    ),
    UrlSpec("council_staff:election", allowed=KEEPERS, kwargs=an_election),
    UrlSpec(
        "council_staff:election",
        allowed=KEEPERS,
        kwargs=an_election,
        method="post",
        data={"accion": "contar"},
        ok=302,
    ),
    UrlSpec("council_staff:ineligible", allowed=KEEPERS, kwargs=a_candidate),
    UrlSpec(
        "council_staff:ineligible",
        allowed=KEEPERS,
        kwargs=a_candidate,
        method="post",
        data={"reason": "No está en el registro."},
        ok=302,
    ),
]
