"""`make bench`: a registration storm through HTTP against gunicorn (2 workers, 32 clients), on
SQLite and on PostgreSQL. Reports registrations per second, the ratio to a baseline of cheap GET
requests measured in the same run on the same server, and how many seats were overbooked (must
be 0). Each database gets ROUNDS rounds (a new workshop each, baseline then storm); the report is
the median round, so one noisy moment on a shared machine does not decide the result.

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
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLIENTS = 32
WORKERS = 2
REGISTRATIONS = 2000
CAPACITY = 300
ROUNDS = 3
TARGET = 200  # registrations per second, the bar
BASELINE_SECONDS = 3.0
STORM_SECONDS = 6.0
RESULTS = ROOT / "bench" / "results"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url: str | None, sqlite_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACOGE_")}
    env.pop("DATABASE_URL", None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ACOGE_SECRET_KEY="bench-" + "k" * 50,
        ACOGE_FIELD_KEYS=Fernet.generate_key().decode(),
        ACOGE_BLIND_INDEX_KEY="b" * 64,
        ACOGE_AUDIT_IP_KEY="a" * 64,
        ACOGE_ALLOWED_HOSTS="127.0.0.1",
        ACOGE_SSL_REDIRECT="0",
        # As behind nginx: the rate limit is on and counts the address nginx forwards. Each
        # registration in the storm comes from its own address, as women register from their
        # own phones, so every one pays for the limiter and none is refused by it.
        ACOGE_TRUSTED_PROXIES="127.0.0.1",
        ACOGE_SQLITE_PATH=str(sqlite_path),
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


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


def wrk(url: str, seconds: float, script: str | None = None) -> tuple[float, int, int]:
    """Run wrk with CLIENTS connections; returns (requests per second, requests, non-2xx)."""
    command = ["wrk", "-t", "4", "-c", str(CLIENTS), "-d", f"{int(seconds)}s", url]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        if script:
            lua.write(script)
            lua.flush()
            command[1:1] = ["-s", lua.name]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rate, total, int(bad.group(1)) if bad else 0


def python(env: dict, *args: str) -> str:
    return subprocess.run(
        [PYTHON, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def one_round(base: str, env: dict) -> dict:
    """A fresh workshop; the GET baseline, then the storm; what the database holds after."""
    workshop = python(env, "-c", SETUP, str(CAPACITY))
    if shutil.which("wrk"):
        client = "wrk"
        baseline, _total, _bad = wrk(base + "/api/regiones", BASELINE_SECONDS)
        _rate, total, bad = wrk(
            f"{base}/api/talleres/{workshop}/inscripciones", STORM_SECONDS, WRK_POST
        )
        ok, failed, elapsed = total - bad, bad, STORM_SECONDS
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
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(database_url, Path(tmp) / "bench.sqlite3")
        env["ACOGE_STATIC_ROOT"] = tmp  # nothing to serve; keeps WhiteNoise quiet
        subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "-w",
                str(WORKERS),
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "config.wsgi",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/api/regiones", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            rounds = [one_round(base, env) for _ in range(ROUNDS)]
        finally:
            server.terminate()
            server.wait(20)
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


def main() -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    reports = [storm("sqlite", None)]
    print(report_line(reports[-1]))
    with postgres_server() as server:
        if server:
            with postgres_database(server) as url:
                reports.append(storm("postgresql", url))
            print(report_line(reports[-1]))
    (RESULTS / "registration_storm.json").write_text(json.dumps(reports, indent=2))
    print(f"Target: {TARGET}/s on each database.")
    short = [
        r
        for r in reports
        for round_ in r["rounds"]
        if round_["client"] == "python" and round_["registrations"] < REGISTRATIONS
    ]
    slow = [r["database"] for r in reports if r["registrations_per_second"] < TARGET]
    if slow:
        print(f"Below the target: {', '.join(slow)}.")
    if any(r["overbooked"] or r["failed"] for r in reports) or short or slow:
        sys.exit(1)


if __name__ == "__main__":
    main()
