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
