"""The page benchmark: Acoge's public pages side by side with the framework's floor, in one run.

Three servers on 127.0.0.1, all started and stopped here:
- nginx (Debian's nginx-light) serving a saved copy of `/es/`;
- a one-line Django view returning the same bytes, in a project of two settings written into a
  temporary folder, under the same gunicorn as Acoge (WORKERS sync workers): the floor the
  goals are measured against;
- Acoge under gunicorn with production settings, SQLite and the demo data, static files
  collected, the rate limit on (it counts the start of a question flow, not a GET).

wrk loads each target for a few seconds, in turn, ROUNDS times (interleaved, so a noisy moment
on a shared machine spreads over every target); the report is the median of each figure. Then
the weight of each page as a browser fetches it (compressed, with the files it references) and
the queries each page makes, in-process under Django's test client.

PAGES is the one list of pages: a new module adds its public pages there.
"""

import gzip
import json
import os
import pwd
import re
import statistics
import tempfile
import textwrap
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import brotli

from .harness import (
    CLIENTS,
    WORKERS,
    environment,
    free_port,
    gunicorn,
    machine,
    machine_lines,
    manage,
    mark,
    python,
    server,
    wrk,
)

ROUNDS = 3
SECONDS = 4.0  # per target and round
WARM_UP_SECONDS = 1.0
PUBLIC_SHARE = 0.5  # of the one-line view's requests per second, for a public page
PUBLIC_P99 = 2.0  # at most this many times the one-line view's p99
FORM_SHARE = 0.25  # for a page with a form or a private link
NGINX = "/usr/sbin/nginx"
# As a browser asks (Chromium also offers deflate and zstd, which Acoge does not use).
BROWSER_ENCODING = "gzip, br"


@dataclass(frozen=True)
class Page:
    """A public GET page of the anonymous visitor. `{workshop}` in the path is a published
    workshop open for registration (from /api/talleres)."""

    path: str
    # A form (a CSRF token in the session) or a private link: never from a shared cache, and
    # the goal is FORM_SHARE instead of PUBLIC_SHARE and PUBLIC_P99.
    form: bool = False
    # Measured only when it answers 200 (a module that is not there yet).
    optional: bool = False


PAGES = (
    Page("/es/"),
    Page("/es/mujer-migrante/"),
    Page("/es/mujer-migrante/talleres/"),
    Page("/es/mujer-migrante/talleres/?region=13"),
    Page("/es/mujer-migrante/talleres/{workshop}/"),
    Page("/es/mujer-migrante/contacto/"),
    Page("/es/mujer-migrante/talleres/{workshop}/inscripcion/nombre/", form=True),
    Page("/es/mujer-migrante/contacto/tema/", form=True),
    Page("/api/talleres"),
    Page("/es/mis-datos/", optional=True),
    Page("/es/residencia-humanitaria/", optional=True),
    Page("/es/informacion/", optional=True),
    Page("/es/informacion/programas/apoya-mujer-migrante/", optional=True),
    Page("/es/buscar/?q=violencia", form=True, optional=True),  # what she typed: no-store
    Page("/api/programas", optional=True),
    Page("/es/participacion/consultas/", optional=True),
    Page("/es/participacion/consultas/prioridades-informacion-2026/", optional=True),
    Page(
        "/es/participacion/consultas/prioridades-informacion-2026/responder/prioridad/",
        form=True,
        optional=True,
    ),
    Page("/es/participacion/consultas/prioridades-informacion-2025/resultados/", optional=True),
    Page("/api/consultas", optional=True),
)
HOME = "/es/"  # the page nginx and the one-line view serve a copy of


@dataclass(frozen=True)
class Target:
    label: str
    url: str
    page: Page | None = None  # None: nginx or the one-line view
    path: str = ""  # the page's path with the workshop's id


# The one-line view's project: settings, a URLconf of one view, the WSGI entry point.
VIEW_FILES = {
    "oneline_settings.py": """
        SECRET_KEY = "bench-one-line-view-" + "k" * 40
        DEBUG = False
        ALLOWED_HOSTS = ["127.0.0.1"]
        ROOT_URLCONF = "oneline_urls"
        INSTALLED_APPS = []
        MIDDLEWARE = []
        USE_TZ = True
    """,
    "oneline_urls.py": """
        from pathlib import Path

        from django.http import HttpResponse
        from django.urls import path

        PAGE = (Path(__file__).parent / "page.html").read_bytes()

        urlpatterns = [path("es/", lambda request: HttpResponse(PAGE))]
    """,
    "oneline_wsgi.py": """
        import os

        from django.core.wsgi import get_wsgi_application

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oneline_settings")
        application = get_wsgi_application()
    """,
}

NGINX_CONF = """
{user}daemon off;
worker_processes {workers};
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    default_type "text/html; charset=utf-8";
    server {{
        listen 127.0.0.1:{port};
        root {folder}/www;
        index index.html;
    }}
}}
"""

# Queries of each page, in-process: "rendered" with the page cache off (the second request of
# the process, so per-process caches are warm), "repeat" with the cache on in an empty folder
# (the second visit, which the cache may answer).
QUERIES = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

counts = {}
for path in json.loads(sys.argv[1]):
    for _visit in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = Client(HTTP_HOST="127.0.0.1").get(path)
    counts[path] = {"status": response.status_code, "queries": len(queries.captured_queries)}
print(json.dumps(counts))
"""


def fetch(url: str, encoding: str = "identity") -> tuple[int, dict, bytes]:
    """GET `url` as sent on the wire (not decompressed): status, headers, body."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def decoded(headers: dict, body: bytes) -> bytes:
    encoding = headers.get("Content-Encoding", "")
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "br":
        return brotli.decompress(body)
    return body


def pick_workshop(base: str) -> int:
    """A workshop of the demo data that takes registrations, so its form pages answer 200."""
    _status, headers, body = fetch(base + "/api/talleres")
    listed = json.loads(decoded(headers, body))
    items = listed["items"] if isinstance(listed, dict) else listed
    for item in items:
        if item["registration_open"] and item["seats_left"] > 0:
            return item["id"]
    raise RuntimeError("/api/talleres lists no workshop open for registration")


def targets(base: str, workshop: int) -> list[Target]:
    """The pages of PAGES that answer: each must answer 200, unless optional."""
    found = []
    for page in PAGES:
        path = page.path.format(workshop=workshop)
        status, _headers, _body = fetch(base + path)
        if status != 200:
            if page.optional:
                print(f"{path}: {status}, left out")
                continue
            raise RuntimeError(f"{path} answered {status}, not 200")
        found.append(Target(page.path.replace("{workshop}", "<id>"), base + path, page, path))
    return found


class References(HTMLParser):
    """The files an HTML page makes a browser fetch: stylesheets, icons, preloads, scripts,
    images."""

    RELS = frozenset({"stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload"})

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.icon = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and self.RELS & set(values.get("rel", "").lower().split()):
            self.urls.append(values.get("href", ""))
            self.icon = self.icon or "icon" in values.get("rel", "").lower()
        elif values.get("src") and (
            tag in ("script", "img", "source", "iframe")
            or (tag == "input" and values.get("type") == "image")
        ):
            self.urls.append(values["src"])


CSS_URL = r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]"""


def css_references(css: str) -> list[str]:
    return [a or b for a, b in re.findall(CSS_URL, css)]


def weight(url: str) -> dict:
    """What a first visit costs on the wire: the page and every same-origin file it
    references (CSS, JS, images, fonts; each fetched once), compressed as a browser asks."""
    status, headers, body = fetch(url, BROWSER_ENCODING)
    origin = urlsplit(url).netloc
    files = [{"url": url, "bytes": len(body), "encoding": headers.get("Content-Encoding", "")}]
    pending: list[str] = []
    if "html" in headers.get("Content-Type", ""):
        parser = References()
        parser.feed(decoded(headers, body).decode("utf-8", "replace"))
        pending = [urljoin(url, ref) for ref in parser.urls]
        if not parser.icon:  # browsers then ask for the default icon
            pending.append(urljoin(url, "/favicon.ico"))
    seen = {url}
    while pending:
        asset = pending.pop(0).split("#")[0]
        if not asset or asset in seen or asset.startswith("data:"):
            continue
        seen.add(asset)
        if urlsplit(asset).netloc != origin:
            files.append({"url": asset, "bytes": None, "encoding": "elsewhere"})
            continue
        asset_status, asset_headers, asset_body = fetch(asset, BROWSER_ENCODING)
        files.append(
            {
                "url": asset,
                "status": asset_status,
                "bytes": len(asset_body),
                "encoding": asset_headers.get("Content-Encoding", ""),
            }
        )
        if "css" in asset_headers.get("Content-Type", ""):
            css = decoded(asset_headers, asset_body).decode("utf-8", "replace")
            pending += [urljoin(asset, ref) for ref in css_references(css)]
    return {
        "status": status,
        "html_bytes": len(body),
        "bytes": sum(f["bytes"] or 0 for f in files),
        "requests": len(files),
        "sets_cookie": "Set-Cookie" in headers,
        "files": files,
    }


def query_counts(env: dict, folder: Path, paths: list[str]) -> dict:
    rendered = dict(env, ACOGE_PAGE_CACHE="false")
    repeat = dict(env, ACOGE_PAGE_CACHE_DIR=str(folder / "query-cache"))
    if env.get("ACOGE_PAGE_CACHE") == "false":
        repeat["ACOGE_PAGE_CACHE"] = "false"
    counts = {}
    for name, settings in (("rendered", rendered), ("repeat", repeat)):
        for path, found in json.loads(python(settings, "-c", QUERIES, json.dumps(paths))).items():
            if found["status"] != 200:
                raise RuntimeError(f"{path} answered {found['status']} in-process")
            counts.setdefault(path, {})[name] = found["queries"]
    return counts


@contextmanager
def one_line_view(folder: Path, page: bytes, port: int):
    folder.mkdir()
    for name, source in VIEW_FILES.items():
        (folder / name).write_text(textwrap.dedent(source).lstrip())
    (folder / "page.html").write_bytes(page)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACOGE_", "DJANGO_"))}
    env["DJANGO_SETTINGS_MODULE"] = "oneline_settings"
    base = f"http://127.0.0.1:{port}"
    with gunicorn(
        "the one-line view", "oneline_wsgi", port, probe=base + HOME, cwd=folder, env=env
    ):
        yield base + HOME


@contextmanager
def nginx(folder: Path, page: bytes, port: int):
    (folder / "www" / HOME.strip("/")).mkdir(parents=True)
    (folder / "www" / HOME.strip("/") / "index.html").write_bytes(page)
    # As root, nginx's workers would switch to another user, who could not read this folder.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    conf = folder / "nginx.conf"
    conf.write_text(NGINX_CONF.format(user=user, workers=WORKERS, folder=folder, port=port))
    command = [NGINX, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(conf)]
    base = f"http://127.0.0.1:{port}"
    with server("nginx", command, probe=base + HOME, cwd=folder):
        yield base + HOME


def measure(all_targets: list[Target], rounds: int, seconds: float) -> dict[str, list[dict]]:
    """Every target once a round, in turn; each round starts one target further on."""
    for target in all_targets:
        wrk(target.url, WARM_UP_SECONDS)
    samples: dict[str, list[dict]] = {t.label: [] for t in all_targets}
    for number in range(rounds):
        shift = number % len(all_targets)
        for target in all_targets[shift:] + all_targets[:shift]:
            samples[target.label].append(wrk(target.url, seconds))
        print(f"round {number + 1}/{rounds} done")
    return samples


def median_of(runs: list[dict]) -> dict:
    return {
        "rps": statistics.median(r["rps"] for r in runs),
        "p50_ms": statistics.median(r["p50_ms"] for r in runs),
        "p99_ms": statistics.median(r["p99_ms"] for r in runs),
        "errors": sum(r["status"] + r["socket_errors"] for r in runs),
        "rounds_rps": [round(r["rps"], 1) for r in runs],
    }


def run(*, rounds: int = ROUNDS, seconds: float = SECONDS, page_cache: bool = True) -> dict:
    """Set up, start the three servers, measure; every server stopped and every file removed
    however it ends."""
    info = machine()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="acoge-bench-")))
        env = environment(None, folder / "acoge.sqlite3")
        env["ACOGE_STATIC_ROOT"] = str(folder / "static")
        if not page_cache:
            env["ACOGE_PAGE_CACHE"] = "false"
        print("Setting up Acoge (migrate, load_demo, collectstatic)...")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo", "--allow-without-debug")
        manage(env, "collectstatic", "--noinput", "-v0")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        stack.enter_context(gunicorn("Acoge", "config.wsgi", port, probe=base + HOME, env=env))
        workshop = pick_workshop(base)
        pages = targets(base, workshop)
        _status, _headers, home = fetch(base + HOME)
        view = stack.enter_context(one_line_view(folder / "view", home, free_port()))
        copy = stack.enter_context(nginx(folder / "nginx", home, free_port()))
        for url in (view, copy):
            if fetch(url)[2] != home:
                raise RuntimeError(f"{url} does not serve the bytes of {HOME}")
        print(f"Acoge {base}, one-line view {view}, nginx {copy}; workshop {workshop}")
        queries = query_counts(env, folder, [t.path for t in pages])
        weights = {t.label: weight(t.url) for t in pages}
        reference = [Target("nginx serving a copy of `/es/`", copy), Target("one-line view", view)]
        samples = measure(reference + pages, rounds, seconds)
    medians = {label: median_of(runs) for label, runs in samples.items()}
    floor = medians["one-line view"]
    rows = []
    for target in reference + pages:
        found = medians[target.label]
        row = {
            "target": target.label,
            "path": target.path or None,
            "form": bool(target.page and target.page.form),
            **found,
            "share": found["rps"] / floor["rps"],
            "p99_ratio": found["p99_ms"] / floor["p99_ms"],
        }
        if target.page:
            row["weight"] = weights[target.label]
            row["queries"] = queries[target.path]
            row["meets_goal"] = meets_goal(row)
        rows.append(row)
    return {
        "machine": info,
        "rounds": rounds,
        "seconds": seconds,
        "page_cache": page_cache,
        "workshop": workshop,
        "one_line_view_rps": floor["rps"],
        "rows": rows,
    }


def meets_goal(row: dict) -> bool:
    if row["errors"]:
        return False
    if row["form"]:
        return row["share"] >= FORM_SHARE
    return row["share"] >= PUBLIC_SHARE and row["p99_ratio"] < PUBLIC_P99


def goal_text(row: dict) -> str:
    if "meets_goal" not in row:
        return ""
    wanted = (
        f"≥ {FORM_SHARE:.0%}" if row["form"] else f"≥ {PUBLIC_SHARE:.0%}, p99 < {PUBLIC_P99:g}×"
    )
    return f"{mark(row['meets_goal'])} {wanted}"


def markdown(report: dict) -> str:
    rows = report["rows"]
    lines = [
        "### Pages side by side with the one-line view",
        "",
        *machine_lines(report["machine"]),
        f"- Each target {report['seconds']:g} s a round with wrk ({CLIENTS} connections, no "
        f"compression asked), {report['rounds']} interleaved rounds, medians; Acoge with "
        "production settings, SQLite, the demo data, the rate limit on, the page cache "
        f"{'on' if report['page_cache'] else 'off'}. The one-line view is a Django project "
        "with no middleware whose one view returns the saved bytes of `/es/`, under the same "
        f"gunicorn ({WORKERS} sync workers); nginx serves the same bytes from a file.",
        "",
        "| target | req/s | p50 | p99 | share of the one-line view (req/s) | "
        "p99 vs the one-line view | errors | goal |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['target'] if r['path'] is None else '`' + r['target'] + '`'}"
            f"{' (form)' if r['form'] else ''} | {r['rps']:,.0f} | {r['p50_ms']:.1f} ms | "
            f"{r['p99_ms']:.1f} ms | {r['share']:.2f} | {r['p99_ratio']:.2f}× | {r['errors']} | "
            f"{goal_text(r)} |"
        )
    public = [r for r in rows if "meets_goal" in r and not r["form"]]
    forms = [r for r in rows if "meets_goal" in r and r["form"]]
    lines += [
        "",
        f"- {mark(all(r['meets_goal'] for r in public))} Every anonymous public GET page ≥ "
        f"{PUBLIC_SHARE:.0%} of the one-line view's req/s and p99 < {PUBLIC_P99:g}× its p99 "
        f"({sum(r['meets_goal'] for r in public)} of {len(public)}).",
        f"- {mark(all(r['meets_goal'] for r in forms))} Pages with a form or a private link "
        f"(the first question pages) ≥ {FORM_SHARE:.0%} ({sum(r['meets_goal'] for r in forms)} "
        f"of {len(forms)}).",
        "",
        "### Page weight and queries",
        "",
        f"A first visit as a browser makes it (`Accept-Encoding: {BROWSER_ENCODING}`): the page "
        "and every file it references (stylesheets, scripts, icons, images, and the fonts and "
        "images the stylesheets name), each fetched once; bytes are the compressed bodies. "
        "Queries: one request in-process under Django's test client, the page rendered (page "
        "cache off), and a repeat visit (page cache on: 0 when the cache answers).",
        "",
        "| page | HTML bytes | total bytes | requests | queries (rendered) | "
        "queries (repeat visit) | sets a cookie |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "weight" not in r:
            continue
        w, q = r["weight"], r["queries"]
        lines.append(
            f"| `{r['target']}` | {w['html_bytes']:,} | {w['bytes']:,} | {w['requests']} | "
            f"{q['rendered']} | {q['repeat']} | {'yes' if w['sets_cookie'] else 'no'} |"
        )
    return "\n".join(lines)


def failures(report: dict) -> list[str]:
    return [
        f"{r['target']}: below its goal" for r in report["rows"] if r.get("meets_goal") is False
    ]
