"""`make bench` (`python -m bench`): the page benchmark, then the registration storm, in one run,
so the registrations are set against the page benchmark's one-line view, then the results of a
consultation of a million responses (bench/results.py). Writes the tables to
docs/performance.md (between the `bench:` markers; the prose around them is kept) and the raw
figures to bench/results/.

    python -m bench                  both (what `make bench` runs)
    python -m bench pages            only the page benchmark (bench/pages.py)
    python -m bench registrations    only the registration storm (bench/registrations.py)
    python -m bench results          only the consultation results (bench/results.py)

The whole run is bounded (--timeout): when it is over, or on Ctrl-C or SIGTERM, every server is
stopped and every temporary folder removed. Exits 1 when a goal is missed.
"""

import argparse
import json
import shutil
import signal
import subprocess
import sys

from . import pages, registrations, results
from .harness import RESULTS, write_section


def out_of_time(_signum, _frame) -> None:
    raise TimeoutError("the benchmark ran past its --timeout")


def stopped(signum, _frame) -> None:
    raise SystemExit(128 + signum)  # unwinds, so the finally blocks stop the servers


def tools_missing(which: str) -> list[str]:
    needed = {"wrk": shutil.which("wrk") is not None or which == "results"}
    if which in ("all", "pages"):
        needed["nginx-light"] = shutil.which(pages.NGINX) is not None
    return [name for name, found in needed.items() if not found]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "which", nargs="?", choices=["all", "pages", "registrations", "results"], default="all"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=pages.ROUNDS,
        help="page benchmark rounds (median; at least 3 for the report)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=pages.SECONDS,
        help="seconds of load per page target and round",
    )
    parser.add_argument(
        "--no-page-cache",
        action="store_true",
        help="run Acoge with ACOGE_PAGE_CACHE=false (every request renders)",
    )
    parser.add_argument(
        "--responses",
        type=int,
        default=results.RESPONSES,
        help="responses of the generated consultation (the goal is set for a million)",
    )
    parser.add_argument("--timeout", type=int, default=3600, help="seconds the whole run may take")
    args = parser.parse_args()
    missing = tools_missing(args.which)
    if missing:
        sys.exit(f"Missing: {', '.join(missing)}. Install them: apt-get install -y wrk nginx-light")
    signal.signal(signal.SIGALRM, out_of_time)
    signal.signal(signal.SIGTERM, stopped)
    signal.alarm(args.timeout)
    RESULTS.mkdir(parents=True, exist_ok=True)
    problems = []
    view_rps = None
    try:
        if args.which in ("all", "pages"):
            report = pages.run(
                rounds=args.rounds, seconds=args.seconds, page_cache=not args.no_page_cache
            )
            (RESULTS / "pages.json").write_text(json.dumps(report, indent=2))
            text = pages.markdown(report)
            write_section("pages", text)
            print(text)
            problems += pages.failures(report)
            view_rps = report["one_line_view_rps"]
        if args.which in ("all", "registrations"):
            reports = registrations.run()
            if view_rps:
                registrations.against_view(reports, view_rps)
                text = registrations.markdown(reports)
                write_section("registrations", text)
                print(text)
            else:
                print("Not set against the one-line view: run `python -m bench` for both.")
            (RESULTS / "registration_storm.json").write_text(json.dumps(reports, indent=2))
            print(f"Target: {registrations.TARGET}/s on each database.")
            problems += registrations.failures(reports)
        if args.which in ("all", "results"):
            found = results.run(args.responses)
            (RESULTS / "consultation_results.json").write_text(json.dumps(found, indent=2))
            text = results.markdown(found)
            write_section("results", text)
            print(text)
            problems += results.failures(found)
    except subprocess.CalledProcessError as error:
        sys.exit(f"{' '.join(map(str, error.cmd))[:200]} failed:\n{error.stdout}{error.stderr}")
    finally:
        signal.alarm(0)
    if problems:
        print("Goals missed:\n- " + "\n- ".join(problems))
        sys.exit(1)
    print("Every goal met.")


if __name__ == "__main__":
    main()
