"""`python -m bench.profile_pages`: where a public page's time goes, in-process, with production
settings, the demo data and the page cache off (so every request renders).

For each page it prints the time per request and how it splits: the view's template rendering,
the database (executing and fetching), translation lookups, the context processors, the session,
and what the middleware adds around the view. cProfile's overhead inflates every number alike,
so the shares are what to read; docs/performance.md keeps a run before and after a change.
`python -m bench.profile_pages inscripcion` also prints the profile of the pages whose path
contains that text, by cumulative and by own time.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = 60

PROFILE = r"""
import cProfile, pstats, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Workshop

with scopes_disabled():
    workshop = Workshop.objects.filter(status="published").order_by("starts_at").last().pk
PAGES = [
    "/es/",
    "/es/mujer-migrante/",
    "/es/mujer-migrante/talleres/",
    "/es/mujer-migrante/talleres/?region=13",
    f"/es/mujer-migrante/talleres/{workshop}/",
    "/es/mujer-migrante/contacto/",
    f"/es/mujer-migrante/talleres/{workshop}/inscripcion/nombre/",
    "/es/mujer-migrante/contacto/tema/",
    "/api/talleres",
]
PARTS = {
    "templates": ("django/template/backends/django.py", "render"),
    "database": ("django/db/backends/utils.py", "_execute"),
    "fetching": ("sqlite3.Cursor", "fetchmany"),
    "translations": ("django/utils/translation/trans_real.py", "gettext"),
    "context processors": ("acoge/portal/context_processors.py", "site"),
    "session": ("django/contrib/sessions/backends/base.py", "_get_session"),
    "session save": ("django/contrib/sessions/middleware.py", "process_response"),
}
n = int(sys.argv[1])
detail = sys.argv[2] if len(sys.argv) > 2 else ""
if detail:
    PAGES = [page for page in PAGES if detail in page]
print(f"| page | ms/request | queries | {' | '.join(PARTS)} | middleware around the view |")
print("|---|---|---|" + "---|" * len(PARTS) + "---|")
for path in PAGES:
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get(path).status_code == 200, path
    client.cookies.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    query_count = len(queries.captured_queries)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(n):
        # One client, as one server process (a new client would load the middleware again),
        # with no cookie: an anonymous visitor each time.
        client.cookies.clear()
        client.get(path)
    profile.disable()
    stats = pstats.Stats(profile).stats
    if detail:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)

    def cumulative(file: str, name: str) -> float:
        return sum(
            ct for (f, _line, fn), (_cc, _nc, _tt, ct, _callers) in stats.items()
            if file in f and fn == name or (file in fn and name in fn)
        )

    total = cumulative("django/core/handlers/base.py", "get_response")
    view = cumulative("django/core/handlers/base.py", "_get_response")
    shares = [cumulative(*where) / total for where in PARTS.values()]
    cells = " | ".join(f"{share:.0%}" for share in shares)
    print(
        f"| `{path.replace(str(workshop), '<id>')}` | {total / n * 1000:.1f} | "
        f"{query_count} | {cells} | {(total - view) / total:.0%} |"
    )
"""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="acoge-profile-") as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ACOGE_")}
        env.pop("DATABASE_URL", None)
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            ACOGE_SECRET_KEY="profile-" + "k" * 50,
            ACOGE_FIELD_KEYS=Fernet.generate_key().decode(),
            ACOGE_BLIND_INDEX_KEY="b" * 64,
            ACOGE_AUDIT_IP_KEY="a" * 64,
            ACOGE_ALLOWED_HOSTS="127.0.0.1",
            ACOGE_SSL_REDIRECT="0",
            ACOGE_SQLITE_PATH=str(Path(folder) / "db.sqlite3"),
            ACOGE_STATIC_ROOT=str(Path(folder) / "static"),
            ACOGE_PAGE_CACHE="false",
            ACOGE_RATELIMIT_ENABLED="false",
        )
        manage = [sys.executable, str(ROOT / "manage.py")]
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["load_demo", "--allow-without-debug"],
            ["collectstatic", "--noinput", "-v0"],
        ):
            subprocess.run([*manage, *command], env=env, cwd=ROOT, check=True, capture_output=True)
        subprocess.run(
            [sys.executable, "-c", PROFILE, str(REQUESTS), *sys.argv[1:2]],
            env=env,
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()
