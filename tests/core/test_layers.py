"""The layer check of `make lint` (scripts/check_layers.py) finds what it must, and the tree
passes it."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("check_layers", ROOT / "scripts/check_layers.py")
check_layers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_layers)


def package(root: Path, name: str, source: str = "") -> None:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").write_text("")
    (folder / "module.py").write_text(source)


def test_the_tree_keeps_its_layers():
    assert check_layers.problems() == []


def test_core_importing_accounts_and_one_domain_app_importing_another_are_both_found(tmp_path):
    root = tmp_path / "acoge"
    package(root, "core", "from acoge.accounts.policy import can\n")
    package(root, "accounts", "from acoge.core import models\n")
    package(root, "stats", "from acoge.accounts import policy\n")
    package(root, "workshops", "from acoge.contact.models import ContactRequest\n")
    package(root, "contact", "from ..stats import tables\nfrom . import models\n")
    package(root, "portal", "import acoge.workshops.views\n")
    package(root, "api", "from acoge.workshops import services\n")
    found = check_layers.problems(root)
    assert found == [
        "acoge/core/module.py: core imports layer accounts",
        "acoge/portal/module.py: portal imports domain app workshops",
        "acoge/workshops/module.py: workshops imports domain app contact",
    ]


def test_packages_imported_by_name_from_acoge_or_from_above_the_app_are_found(tmp_path):
    root = tmp_path / "acoge"
    package(root, "core", "from acoge import accounts\n")
    package(root, "accounts", "from acoge import core\n")
    package(root, "stats", "from .. import core, accounts\n")
    package(root, "workshops", "from .. import contact\n")
    package(root, "contact", "from ..rights import models\n")
    package(root, "rights", "from .. import stats\nfrom . import module\n")
    package(root, "portal", "from acoge import workshops as w\n")
    found = check_layers.problems(root)
    assert found == [
        "acoge/contact/module.py: contact imports domain app rights",
        "acoge/core/module.py: core imports layer accounts",
        "acoge/portal/module.py: portal imports domain app workshops",
        "acoge/workshops/module.py: workshops imports domain app contact",
    ]


def test_a_module_deeper_in_an_app_is_caught_climbing_out_but_not_moving_within(tmp_path):
    root = tmp_path / "acoge"
    package(root, "core")
    package(root, "contact")
    package(root, "workshops")
    package(root, "workshops/services", "from .. import models\nfrom ...contact import models\n")
    package(
        root, "workshops/views", "from ..services import registrations\nfrom ... import contact\n"
    )
    found = check_layers.problems(root)
    assert found == [
        "acoge/workshops/services/module.py: workshops imports domain app contact",
        "acoge/workshops/views/module.py: workshops imports domain app contact",
    ]
