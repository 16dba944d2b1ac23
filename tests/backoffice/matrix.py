from tests.matrix import ALL_STAFF, UrlSpec

MATRIX = [
    UrlSpec("backoffice:dashboard", allowed=ALL_STAFF),
    UrlSpec("backoffice:components", allowed=ALL_STAFF),
    UrlSpec("core:audit-list", allowed=frozenset({"national_admin"})),
]
