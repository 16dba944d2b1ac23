"""Every interface string is translated into es, en and ht; compiled catalogues are current."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "acoge" / "locale"
LANGUAGES = ("es", "en", "ht")


def catalogue(lang: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_is_untranslated_or_fuzzy(lang):
    po = catalogue(lang)
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated in {lang}: {untranslated[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {lang}: {fuzzy[:10]}"
    assert len(po) > 100


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang):
    import re

    pattern = re.compile(r"%\(\w+\)[sd]|\{\{ ?\w+ ?\}\}|%[sd]")
    broken = []
    for entry in catalogue(lang).translated_entries():
        if (
            sorted(pattern.findall(entry.msgid)) != sorted(pattern.findall(entry.msgstr))
            and not entry.msgid_plural
        ):
            broken.append(entry.msgid)
    assert not broken, broken


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(lang):
    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in mo}
    for entry in catalogue(lang).translated_entries():
        expected = entry.msgstr or {int(k): v for k, v in entry.msgstr_plural.items()}
        got = compiled.get((entry.msgctxt, entry.msgid))
        if isinstance(got, dict):
            got = {int(k): v for k, v in got.items()}
        assert got == expected, f"run `make messages`: {entry.msgid!r} is stale in {lang}"


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="needs GNU gettext (apt-get install gettext)"
)
def test_makemessages_finds_no_string_missing_from_the_catalogues(tmp_path):
    root = Path(__file__).resolve().parents[2]
    work = tmp_path / "src"
    shutil.copytree(
        root / "acoge", work / "acoge", ignore=shutil.ignore_patterns("*.mo", "__pycache__")
    )
    shutil.copy(root / "manage.py", work / "manage.py")
    shutil.copytree(root / "config", work / "config", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [
            sys.executable,
            "../manage.py",
            "makemessages",
            "-l",
            "es",
            "-l",
            "en",
            "-l",
            "ht",
            "--no-obsolete",
            "--no-location",
            "-v",
            "0",
        ],
        cwd=work / "acoge",
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "PYTHONPATH": f"{work}{os.pathsep}{root}",
        },
    )
    for lang in LANGUAGES:
        po = polib.pofile(str(work / "acoge/locale" / lang / "LC_MESSAGES/django.po"))
        new = [e.msgid for e in po.untranslated_entries()] + [e.msgid for e in po.fuzzy_entries()]
        assert not new, f"strings not yet in the {lang} catalogue: {new[:10]}"
