"""What every benchmark shares: free ports on 127.0.0.1, the production environment of a run,
servers started and always stopped, wrk, the machine a run is on, and the marked sections of
docs/performance.md that the benchmarks write."""

import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLIENTS = 32  # wrk connections
THREADS = 2  # wrk threads: the client leaves most of the two cores to the server
WORKERS = 2  # gunicorn sync workers, for Acoge and the one-line view alike
RESULTS = ROOT / "bench" / "results"
PERFORMANCE = ROOT / "docs" / "performance.md"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url: str | None, sqlite_path: Path) -> dict:
    """Production settings with throwaway keys; the database, the page cache and nothing else
    of the run outside its temporary folder (the folder of `sqlite_path`)."""
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
        # Never var/cache/pages: a page stored by an earlier run must not answer this one.
        ACOGE_PAGE_CACHE_DIR=str(sqlite_path.parent / "page-cache"),
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def python(env: dict, *args: str, timeout: float = 300) -> str:
    return subprocess.run(
        [PYTHON, *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    ).stdout.strip()


def manage(env: dict, *args: str) -> None:
    """A manage.py command; its output is shown only when it fails."""
    done = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True  # it answers, even if not with a 200
    except OSError:
        return False


@contextmanager
def server(
    name: str, command: list[str], *, probe: str, cwd: Path = ROOT, env: dict | None = None
) -> Iterator[subprocess.Popen]:
    """Start `command` in its own process group, wait until `probe` answers, and stop it (and
    every process it started) however the block ends."""
    process = subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not answers(probe):
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with status {process.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer {probe} within 60 s")
            time.sleep(0.2)
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
    # What it left behind in its group (a worker that missed its master's end).
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def gunicorn(name: str, app: str, port: int, *, probe: str, cwd: Path = ROOT, env: dict):
    """The same gunicorn for every Django under test: WORKERS sync workers, no access log."""
    command = [PYTHON, "-m", "gunicorn", "-w", str(WORKERS), "-b", f"127.0.0.1:{port}"]
    command += ["--chdir", str(cwd), "--log-level", "warning", app]
    return server(name, command, probe=probe, cwd=cwd, env=env)


WRK_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nBENCH {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p99_us": %d, '
    .. '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def wrk(url: str, seconds: float, script: str = "") -> dict:
    """Run wrk (THREADS threads, CLIENTS connections). Returns requests per second, requests,
    p50 and p99 in milliseconds, non-2xx/3xx answers (`status`) and socket errors."""
    command = ["wrk", "-t", str(THREADS), "-c", str(CLIENTS), "-d", f"{seconds:g}s"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        lua.write(script + WRK_DONE)
        lua.flush()
        out = subprocess.run(
            [*command, "-s", lua.name, url],
            check=True,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        ).stdout
    found = json.loads(re.search(r"^BENCH (\{.*\})$", out, re.M).group(1))
    return {
        "rps": found["requests"] / (found["duration_us"] / 1e6),
        "requests": found["requests"],
        "p50_ms": found["p50_us"] / 1000,
        "p99_ms": found["p99_us"] / 1000,
        "status": found["status"],
        "socket_errors": sum(found[k] for k in ("connect", "read", "write", "timeout")),
    }


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except OSError:
        return "not installed"
    return (done.stdout or done.stderr).strip().splitlines()[0]


def machine() -> dict:
    """The machine and software a run is on, for the report."""
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    memory = re.search(r"^MemTotal:\s*(\d+) kB", meminfo, re.M)
    release = (
        platform.freedesktop_os_release() if hasattr(platform, "freedesktop_os_release") else {}
    )
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": model.group(1).strip() if model else platform.processor(),
        "cores": len(os.sched_getaffinity(0)),
        "memory_gib": round(int(memory.group(1)) / 2**20, 1) if memory else None,
        "os": f"{release.get('PRETTY_NAME', platform.system())}, Linux {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "django": metadata.version("django"),
        "gunicorn": metadata.version("gunicorn"),
        "nginx": _first_line(["/usr/sbin/nginx", "-v"]).removeprefix("nginx version: nginx/"),
        "wrk": _first_line(["wrk", "-v"]).split(" [")[0].removeprefix("wrk "),
    }


def machine_lines(info: dict) -> list[str]:
    return [
        f"- Run: {info['date']}; load average at the start {info['load']}",
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB, {info['os']}",
        f"- Software: Python {info['python']}, Django {info['django']}, gunicorn "
        f"{info['gunicorn']} ({WORKERS} sync workers), nginx {info['nginx']}, wrk {info['wrk']} "
        f"(-t{THREADS} -c{CLIENTS})",
    ]


NEW_PERFORMANCE = """# Performance

## Benchmark

Written by `make bench` (`bench/`, `docs/operations.md`) between the `bench:` markers; the
prose outside them is kept.
"""


def wrapped(markdown: str, width: int = 100) -> str:
    """Prose and list items wrapped as the rest of docs/ is; tables and headings left whole."""
    lines = []
    for line in markdown.splitlines():
        if not line or line.startswith(("|", "#", "<!--")):
            lines.append(line)
        else:
            indent = "  " if line.startswith("- ") else ""
            lines += textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False)
    return "\n".join(lines)


def write_section(name: str, body: str) -> None:
    """Replace what lies between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` in
    docs/performance.md (added at the end when missing); the prose around it is kept."""
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    block = f"{start}\n{wrapped(body.strip())}\n{end}"
    text = PERFORMANCE.read_text() if PERFORMANCE.exists() else NEW_PERFORMANCE
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _match: block, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    PERFORMANCE.write_text(text)


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"
