"""The permission matrix: every staff URL × every kind of staff member → the answer they get.

Each app lists its staff URLs in `tests/<app>/matrix.py` as `MATRIX = [UrlSpec(...)]`;
`tests/backoffice/test_permission_matrix.py` runs them all and fails if a staff URL has no spec.
"""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver

from acoge.accounts.models import Role

# Who asks: a role and the regions (by CUT code) it covers; None = signed in with no role.
SUBJECTS: dict[str, tuple[Role | None, list[str]]] = {
    "no_role": (None, []),
    "superuser_without_role": (None, []),  # Django's superuser flag must grant nothing
    "national_admin": (Role.NATIONAL_ADMIN, []),
    "gender_unit": (Role.GENDER_UNIT, []),
    "delegate_antofagasta": (Role.GENDER_DELEGATE, ["02"]),
    "delegate_valparaiso": (Role.GENDER_DELEGATE, ["05"]),
    "regional_staff_biobio": (Role.REGIONAL_STAFF, ["08"]),
    "engagement": (Role.ENGAGEMENT, []),
    "cosoc_secretary": (Role.COSOC_SECRETARY, []),
    "facilitator_rm": (Role.FACILITATOR, ["13"]),
    "karin_receiver": (Role.KARIN_RECEIVER, []),
    "karin_investigator": (Role.KARIN_INVESTIGATOR, []),
}
SUPERUSERS = frozenset({"superuser_without_role"})
ALL_STAFF = frozenset(SUBJECTS) - {"no_role"} - SUPERUSERS
EVERYONE = frozenset({"anonymous", *SUBJECTS})


@dataclass(frozen=True)
class UrlSpec:
    """`allowed` get `ok` (200 by default); other subjects get `denied` (403 by default, or a
    per-subject status such as 404 for another region's record); anonymous visitors are sent
    to the login page unless the URL is public."""

    name: str
    allowed: frozenset[str]
    kwargs: Callable[[], dict] = dict
    method: str = "get"
    data: dict = field(default_factory=dict)
    ok: int = 200
    denied: int = 403
    denied_by_subject: dict[str, int] = field(default_factory=dict)
    public: bool = False

    def expected(self, subject: str) -> int | str:
        if subject in self.allowed:
            return self.ok
        if subject == "anonymous" and not self.public:
            return "login"
        return self.denied_by_subject.get(subject, self.denied)


def staff_url_names() -> set[str]:
    """Every named URL under /gestion/, as 'namespace:name'."""
    names: set[str] = set()

    def walk(patterns, prefix: str, namespace: str) -> None:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                ns = pattern.namespace or namespace
                walk(pattern.url_patterns, route, ns)
            elif isinstance(pattern, URLPattern) and route.startswith("gestion/") and pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns, "", "")
    return names


def all_specs() -> list[UrlSpec]:
    """Every app's MATRIX, found by importing tests/<app>/matrix.py."""
    import tests

    specs: list[UrlSpec] = []
    for module in pkgutil.iter_modules(tests.__path__):
        if not module.ispkg:
            continue
        try:
            matrix = importlib.import_module(f"tests.{module.name}.matrix")
        except ModuleNotFoundError:
            continue
        specs.extend(matrix.MATRIX)
    return specs
