"""Templates are written as readable HTML: no line over 200 characters, and the GOV.UK
summary-list row typed once (portal/components/summary.html), used everywhere through it."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "acoge"
TEMPLATES = sorted(ROOT.glob("*/templates/**/*.html"))
LIMIT = 200


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_template_line_is_over_the_limit(path):
    long = [
        number
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > LIMIT
    ]
    assert not long, f"lines over {LIMIT} characters: {long}"


def test_the_summary_list_row_is_typed_in_one_place():
    typed = [
        str(path.relative_to(ROOT))
        for path in TEMPLATES
        if "ac-summary-list__row" in path.read_text(encoding="utf-8")
    ]
    assert typed == ["portal/templates/portal/components/summary.html"]
