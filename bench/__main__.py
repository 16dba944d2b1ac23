"""`make bench`: a registration storm through HTTP against gunicorn (2 workers, 32 clients), on
SQLite and, when ACOGE_BENCH_POSTGRES_URL names a PostgreSQL database (never a live one), on
PostgreSQL too. Reports registrations per second, the ratio to a baseline of cheap GET requests
measured in the same run, and how many seats were overbooked (must be 0).

The load comes from `wrk` (Debian package wrk) when it is installed: a C client that leaves the
two cores to the server. Without it a Python client does, which takes much of the CPU itself and
so measures lower. Traffic goes only to 127.0.0.1; the storm is bounded in count and time.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLIENTS = 32
WORKERS = 2
REGISTRATIONS = 2000
CAPACITY = 300
BASELINE_SECONDS = 4.0
STORM_SECONDS = 8.0
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
        ACOGE_RATELIMIT_ENABLED="0",
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
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
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


def storm(name: str, database_url: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(database_url, Path(tmp) / "bench.sqlite3")
        env["ACOGE_STATIC_ROOT"] = tmp  # nothing to serve; keeps WhiteNoise quiet
        subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        workshop = subprocess.run(
            [PYTHON, "-c", SETUP, str(CAPACITY)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
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
        finally:
            server.terminate()
            server.wait(20)
        check = json.loads(
            subprocess.run(
                [PYTHON, "-c", CHECK, workshop],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
    rate = ok / elapsed
    return {
        "database": name,
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
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status == 201
        except OSError:  # HTTP errors, timeouts and refused connections all count
            return False

    ok, failed, elapsed = run_clients(post, REGISTRATIONS, None)
    return baseline, ok, failed, elapsed


def main() -> None:
    runs = [("sqlite", None)]
    # Only a database named for the bench: it is migrated and filled with test registrations.
    pg = os.environ.get("ACOGE_BENCH_POSTGRES_URL", "")
    if pg.startswith("postgres"):
        runs.append(("postgresql", pg))
    RESULTS.mkdir(parents=True, exist_ok=True)
    reports = []
    for name, url in runs:
        report = storm(name, url)
        reports.append(report)
        print(
            f"{name:<10} {report['registrations_per_second']:>7} registrations/s "
            f"({report['client']} client) "
            f"({report['ratio_to_baseline']}x the {report['baseline_get_per_second']} GET/s "
            "baseline), "
            f"{report['registrations']} ok, {report['failed']} failed, "
            f"confirmed {report['confirmed']}/{report['capacity']}, "
            f"waitlisted {report['waitlisted']}, overbooked {report['overbooked']}"
        )
    (RESULTS / "registration_storm.json").write_text(json.dumps(reports, indent=2))
    short = [r for r in reports if r["client"] == "python" and r["registrations"] < REGISTRATIONS]
    if any(r["overbooked"] or r["failed"] for r in reports) or short:
        sys.exit(1)


if __name__ == "__main__":
    main()
