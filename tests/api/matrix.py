from acoge.api import services
from tests.factories import UserFactory
from tests.matrix import UrlSpec

ADMINS = frozenset({"national_admin"})


def a_key() -> dict:
    issued = services.api_key_issue(
        name="Fono 1455", organisation="SernamEG", hourly_limit=100, actor=UserFactory()
    )
    return {"pk": issued.key.pk}


MATRIX = [
    UrlSpec("api_staff:key-list", allowed=ADMINS),
    UrlSpec("api_staff:key-create", allowed=ADMINS),
    UrlSpec("api_staff:key-detail", allowed=ADMINS, kwargs=a_key),
    UrlSpec("api_staff:key-revoke", allowed=ADMINS, kwargs=a_key, method="post", ok=302),
    UrlSpec("api_staff:key-rotate", allowed=ADMINS, kwargs=a_key, method="post"),
]
