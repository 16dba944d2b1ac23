"""Staff URLs of the Participatory Public Account (acoge/public_account/permissions.py):
national administrators and the citizen engagement team; every other role gets 403."""

from tests.matrix import UrlSpec

KEEPERS = frozenset({"national_admin", "engagement"})


def a_cycle() -> dict:
    from tests.public_account.builders import cycle

    return {"pk": cycle("closed").pk}


def an_observation() -> dict:
    from tests.public_account.builders import cycle, observation

    return {"pk": observation(cycle("closed")).pk}


def an_action(action: str):
    def kwargs() -> dict:
        return {**an_observation(), "action": action}

    return kwargs


MATRIX = [
    UrlSpec("public_account_staff:cycles", allowed=KEEPERS),
    UrlSpec("public_account_staff:observations", allowed=KEEPERS, kwargs=a_cycle),
    UrlSpec("public_account_staff:enter", allowed=KEEPERS, kwargs=a_cycle),
    UrlSpec(
        "public_account_staff:enter",
        allowed=KEEPERS,
        kwargs=a_cycle,
        method="post",
        data={"text": "Se pidió atención en la tarde.", "channel": "event"},
        ok=302,
    ),
    UrlSpec("public_account_staff:publish", allowed=KEEPERS, kwargs=a_cycle, method="post", ok=302),
    UrlSpec("public_account_staff:observation", allowed=KEEPERS, kwargs=an_observation),
    UrlSpec(
        "public_account_staff:action",
        allowed=KEEPERS,
        kwargs=an_action("responder"),
        method="post",
        data={"responsible_unit": "Extranjería", "answer": "Tres meses."},
        ok=302,
    ),
]
