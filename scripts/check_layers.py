"""`make lint`: the layers of acoge/ hold. Reads every module's imports (ast, no import made).

- core imports no other acoge package;
- accounts imports only core;
- stats imports only core and accounts;
- a domain app imports only core, accounts and stats: never another domain app;
- the shells (portal, backoffice) import no domain app: they see them through registries.
The api, a channel onto the domain apps, may import them.

Exits 1 and lists each import that breaks a rule.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "acoge"
FOUNDATION = {"core": set(), "accounts": {"core"}, "stats": {"core", "accounts"}}
SHELLS = {"portal", "backoffice"}
CHANNELS = {"api"}
NOT_APPS = {"locale", "formats"}


def packages(root: Path) -> set[str]:
    return {
        path.name
        for path in root.iterdir()
        if path.is_dir() and (path / "__init__.py").exists() and path.name not in NOT_APPS
    }


def imported(root: Path, path: Path, package: str) -> set[str]:
    """The acoge packages a module imports, relative imports resolved. In `from acoge import x`
    (or `from .. import x` at the top of an app) the imported names are the packages."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = ["acoge", *path.relative_to(root).parts[:-1]]  # the module's own package
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                if node.level > len(here):  # climbs out of acoge: not ours to judge
                    continue
                base = here[: len(here) - node.level + 1]
            else:
                base = []
            module = [*base, *(node.module.split(".") if node.module else [])]
            if module == ["acoge"]:
                names = [f"acoge.{alias.name}" for alias in node.names if alias.name != "*"]
            else:
                names = [".".join(module)]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "acoge" and len(parts) > 1 and parts[1] != package:
                found.add(parts[1])
    return found


def allowed(package: str, domain: set[str]) -> set[str]:
    if package in FOUNDATION:
        return FOUNDATION[package]
    if package in SHELLS:
        return set(FOUNDATION) | (SHELLS - {package})
    if package in CHANNELS:
        return set(FOUNDATION) | domain
    return set(FOUNDATION)  # a domain app


def problems(root: Path = ROOT) -> list[str]:
    """Each import under `root` (the acoge folder) that breaks a rule, as a line."""
    every = packages(root)
    domain = every - set(FOUNDATION) - SHELLS - CHANNELS
    found = []
    for package in sorted(every):
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for other in sorted(imported(root, path, package) - allowed(package, domain)):
                kind = "domain app" if other in domain else "layer"
                found.append(f"{path.relative_to(root.parent)}: {package} imports {kind} {other}")
    return found


def main() -> int:
    every = packages(ROOT)
    broken = problems()
    for problem in broken:
        print(problem)
    if broken:
        print(f"{len(broken)} import(s) break the layers (scripts/check_layers.py).")
        return 1
    print(f"Layers hold: {len(every)} packages, core at the bottom, no domain app imports another.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
