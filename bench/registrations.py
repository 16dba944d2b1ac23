"""The registration storm: registrations through the API against gunicorn (2 workers, 32
clients), on SQLite and on PostgreSQL. Reports registrations per second, the ratio to a baseline
of cheap GET requests measured in the same round on the same server, and how many seats were
overbooked (must be 0). Each database gets ROUNDS rounds (a new workshop each, baseline then
storm); the report is the median round, so one noisy moment on a shared machine does not decide
the result. `python -m bench` also sets it against the one-line Django view of the page
benchmark (bench/pages.py), measured in the same run.

PostgreSQL: ACOGE_BENCH_POSTGRES_URL names a server (any database on it; the role needs
CREATEDB). Without it, the private cluster of scripts/local-postgres is used, started if need be
and stopped again afterwards. Each run creates its own database there and drops it at the end, so
no data is ever touched and runs never pile rows on one another.

The load comes from `wrk` (Debian package wrk) when it is installed: a C client that leaves the
two cores to the server. Without it a Python client does, which takes much of the CPU itself and
so measures lower. Traffic goes only to 127.0.0.1; the storm is bounded in count and time.
"""

import json
import os
import secrets
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .harness import (
    CLIENTS,
    ROOT,
    environment,
    free_port,
    gunicorn,
    manage,
    python,
    wrk,
)

REGISTRATIONS = 2000
CAPACITY = 300
ROUNDS = 3
TARGET = 200  # registrations per second, the bar of an earlier issue
SHARE = 0.25  # of the one-line view's requests per second (issue 11)
BASELINE_SECONDS = 3.0
STORM_SECONDS = 6.0

SETUP = """
import django, sys
django.setup()
from datetime import timedelta
from django.utils import timezone
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Workshop
start = timezone.now() + timedelta(days=3)
with scopes_disabled():
    w = Workshop.objects.create(title="Bench", region=Region.objects.get(cut_code="13"),
        modality="in_person", starts_at=start, ends_at=start + timedelta(hours=2),
        capacity=int(sys.argv[1]), status="published")
print(w.pk)
"""

CHECK = """
import django, json, sys
django.setup()
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Registration, Workshop
with scopes_disabled():
    w = Workshop.objects.get(pk=int(sys.argv[1]))
    confirmed = Registration.objects.filter(workshop=w, status="confirmed").count()
    waiting = Registration.objects.filter(workshop=w, status="waitlisted").count()
print(json.dumps({"confirmed": confirmed, "waitlisted": waiting, "seats_taken": w.seats_taken,
                  "capacity": w.capacity}))
"""

WRK_POST = """
counter = 0
local next_id = 0
function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
end
function request()
  counter = counter + 1
  local body = string.format(
    '{"name": "Bench", "phone": "+5699%02d%05d", "channel": "sms"}', tid, counter)
  local address = string.format("10.%d.%d.%d", tid, math.floor(counter / 256) % 256, counter % 256)
  return wrk.format("POST", nil,
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = address}, body)
end
"""


def run_clients(worker, total: int | None, seconds: float | None) -> tuple[int, int, float]:
    """Run CLIENTS threads; returns (ok, failed, elapsed)."""
    counter = iter(range(10**9))
    lock = threading.Lock()
    results = {"ok": 0, "failed": 0}
    deadline = time.monotonic() + (seconds or 120)

    def loop() -> None:
        while time.monotonic() < deadline:
            with lock:
                n = next(counter)
            if total is not None and n >= total:
                return
            ok = worker(n)
            with lock:
                results["ok" if ok else "failed"] += 1

    threads = [threading.Thread(target=loop) for _ in range(CLIENTS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results["ok"], results["failed"], time.monotonic() - started


def one_round(base: str, env: dict) -> dict:
    """A fresh workshop; the GET baseline, then the storm; what the database holds after."""
    workshop = python(env, "-c", SETUP, str(CAPACITY))
    if shutil.which("wrk"):
        client = "wrk"
        baseline = wrk(base + "/api/regiones", BASELINE_SECONDS)["rps"]
        storm = wrk(f"{base}/api/talleres/{workshop}/inscripciones", STORM_SECONDS, WRK_POST)
        failed = storm["status"] + storm["socket_errors"]
        ok, elapsed = storm["requests"] - storm["status"], STORM_SECONDS
    else:
        client = "python"
        baseline, ok, failed, elapsed = python_storm(base, workshop)
    check = json.loads(python(env, "-c", CHECK, workshop))
    rate = ok / elapsed
    return {
        "client": client,
        "registrations": ok,
        "failed": failed,
        "seconds": round(elapsed, 2),
        "registrations_per_second": round(rate, 1),
        "baseline_get_per_second": round(baseline, 1),
        "ratio_to_baseline": round(rate / baseline, 3),
        "overbooked": max(0, check["confirmed"] - check["capacity"]),
        **check,
    }


def storm(name: str, database_url: str | None) -> dict:
    """ROUNDS rounds against one gunicorn; the median round, with every round kept."""
    with tempfile.TemporaryDirectory(prefix="acoge-bench-storm-") as tmp:
        env = environment(database_url, Path(tmp) / "bench.sqlite3")
        env["ACOGE_STATIC_ROOT"] = tmp  # nothing to serve; keeps WhiteNoise quiet
        # The storm is thousands of registrations into one workshop within seconds, which
        # production refuses past 300 an hour. Every registration still pays for that counter
        # (as for the per-address and per-contact ones); none is refused by it.
        env["ACOGE_RATE_LIMITS"] = f"workshops.register.workshop={10**9}"
        manage(env, "migrate", "-v0")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with gunicorn("Acoge", "config.wsgi", port, probe=base + "/api/regiones", env=env):
            rounds = [one_round(base, env) for _ in range(ROUNDS)]
    median = statistics.median(r["registrations_per_second"] for r in rounds)
    middle = next(r for r in rounds if r["registrations_per_second"] == median)
    return {
        "database": name,
        **middle,
        # Every round must hold: the median is the speed, but one overbooked seat is a failure.
        "overbooked": max(r["overbooked"] for r in rounds),
        "failed": sum(r["failed"] for r in rounds),
        "rounds": rounds,
    }


def python_storm(base: str, workshop: str) -> tuple[float, int, int, float]:
    """The fallback client: threads with urllib. Returns (baseline/s, ok, failed, seconds)."""

    def get(_n: int) -> bool:
        with urllib.request.urlopen(base + "/api/regiones", timeout=10) as response:
            return response.status == 200

    ok, _failed, elapsed = run_clients(get, None, BASELINE_SECONDS)
    baseline = ok / elapsed

    def post(n: int) -> bool:
        body = json.dumps({"name": f"Bench {n}", "phone": f"+5699{n:07d}", "channel": "sms"})
        request = urllib.request.Request(
            f"{base}/api/talleres/{workshop}/inscripciones",
            data=body.encode(),
            headers={
                "Content-Type": "application/json",
                "X-Forwarded-For": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status == 201
        except OSError:  # HTTP errors, timeouts and refused connections all count
            return False

    ok, failed, elapsed = run_clients(post, REGISTRATIONS, None)
    return baseline, ok, failed, elapsed


def database_url_named(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path="/" + name))


@contextmanager
def postgres_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server of `server_url`, dropped when the run ends."""
    import psycopg

    name = f"acoge_bench_{secrets.token_hex(4)}"
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url_named(server_url, name)
    finally:
        with psycopg.connect(server_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """ACOGE_BENCH_POSTGRES_URL, or the private cluster of scripts/local-postgres (started for
    this run and stopped after it if it was not running); None when there is no PostgreSQL."""
    url = os.environ.get("ACOGE_BENCH_POSTGRES_URL", "")
    if url:
        yield url
        return
    script = str(ROOT / "scripts" / "local-postgres")
    if not shutil.which("pg_lsclusters"):
        print("PostgreSQL: skipped. Install Debian's postgresql package (scripts/local-postgres")
        print("then runs a private cluster) or set ACOGE_BENCH_POSTGRES_URL to a server.")
        yield None
        return
    was_online = subprocess.run([script, "online"], check=False).returncode == 0
    started = subprocess.run([script, "up"], check=False, capture_output=True, text=True)
    if started.returncode != 0:
        print(f"PostgreSQL: skipped, the private cluster did not start:\n{started.stderr}")
        yield None
        return
    try:
        yield started.stdout.strip()
    finally:
        if not was_online:
            subprocess.run([script, "down"], check=False)


def run() -> list[dict]:
    """The storm on SQLite, then on PostgreSQL when there is one."""
    reports = [storm("sqlite", None)]
    print(report_line(reports[-1]))
    with postgres_server() as server:
        if server:
            with postgres_database(server) as url:
                reports.append(storm("postgresql", url))
            print(report_line(reports[-1]))
    return reports


def against_view(reports: list[dict], view_rps: float) -> None:
    """Set each database's registrations per second against the one-line view's requests per
    second of the same run."""
    for report in reports:
        report["one_line_view_per_second"] = round(view_rps, 1)
        report["share_of_one_line_view"] = round(report["registrations_per_second"] / view_rps, 3)
        report["meets_goal"] = (
            report["share_of_one_line_view"] >= SHARE
            and not report["failed"]
            and not report["overbooked"]
        )


def report_line(report: dict) -> str:
    rates = ", ".join(str(r["registrations_per_second"]) for r in report["rounds"])
    return (
        f"{report['database']:<10} {report['registrations_per_second']:>7} registrations/s "
        f"(median of {len(report['rounds'])} rounds: {rates}; {report['client']} client), "
        f"{report['ratio_to_baseline']}x the {report['baseline_get_per_second']} GET/s "
        f"baseline; {report['failed']} failed, "
        f"confirmed {report['confirmed']}/{report['capacity']}, "
        f"waitlisted {report['waitlisted']}, overbooked {report['overbooked']} (all rounds)"
    )


def markdown(reports: list[dict]) -> str:
    """The registrations table of docs/performance.md (after against_view)."""
    lines = [
        "### Registrations through the API",
        "",
        f"`POST /api/talleres/<id>/inscripciones` from {CLIENTS} connections, each from its own "
        f"address, {STORM_SECONDS:g} s a round, a fresh workshop of {CAPACITY} seats each "
        f"round, median of {ROUNDS} rounds; set against the one-line view of the page table "
        "above (same run). Goal: ≥ 25 % of the one-line view, 0 failed, 0 overbooked.",
        "",
        "| database | registrations/s | share of the one-line view | failed | overbooked | "
        "confirmed / waitlisted | goal |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in reports:
        lines.append(
            f"| {r['database']} | {r['registrations_per_second']:,.0f} | "
            f"{r['share_of_one_line_view']:.2f} | {r['failed']} | {r['overbooked']} | "
            f"{r['confirmed']} / {r['waitlisted']} | {'✓' if r['meets_goal'] else '✗'} |"
        )
    if len(reports) == 1:
        lines += ["", "PostgreSQL was not measured in this run (no server)."]
    return "\n".join(lines)


def failures(reports: list[dict]) -> list[str]:
    """What makes the storm fail: a seat overbooked, a registration failed, too slow."""
    problems = []
    for r in reports:
        short = any(
            round_["client"] == "python" and round_["registrations"] < REGISTRATIONS
            for round_ in r["rounds"]
        )
        if r["overbooked"] or r["failed"] or short:
            problems.append(f"{r['database']}: failed or overbooked")
        if r["registrations_per_second"] < TARGET:
            problems.append(f"{r['database']}: below {TARGET} registrations/s")
        if r.get("share_of_one_line_view", SHARE) < SHARE:
            problems.append(f"{r['database']}: below {SHARE:.0%} of the one-line view")
    return problems
