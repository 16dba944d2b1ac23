"""Staff URLs of data-protection requests (acoge/rights/permissions.py): national
administrators handle them; every other role, and a superuser without a role, gets 403."""

from tests.factories import rights_request
from tests.matrix import UrlSpec

HANDLERS = frozenset({"national_admin"})


def a_request() -> dict:
    return {"pk": rights_request().pk}


def spec(name: str, **options) -> UrlSpec:
    return UrlSpec(name, allowed=HANDLERS, kwargs=a_request, **options)


MATRIX = [
    UrlSpec("rights_staff:list", allowed=HANDLERS),
    spec("rights_staff:detail"),
    spec("rights_staff:start", method="post", ok=302),
    spec("rights_staff:answer"),
    spec("rights_staff:answer", method="post", data={"resolution": "Corregido."}, ok=302),
    spec("rights_staff:refuse"),
    spec("rights_staff:refuse", method="post", data={"reason": "No es suyo."}, ok=302),
]
