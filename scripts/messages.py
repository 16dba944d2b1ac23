"""Update the translation catalogues: extract strings, keep English as its own source, compile.

English msgids are the source, so the `en` catalogue translates each string to itself; es and ht
are written by people (see docs/translations.md).
"""

import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("es", "en", "ht")


def main() -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.test"),
    }
    args = [sys.executable, str(ROOT / "manage.py")]
    langs = [flag for lang in LANGUAGES for flag in ("-l", lang)]
    # Run inside acoge/ so only the application's strings are collected, into acoge/locale.
    subprocess.run(
        [*args, "makemessages", *langs, "--no-obsolete", "--no-location"],
        cwd=ROOT / "acoge",
        env=env,
        check=True,
    )
    english = ROOT / "acoge/locale/en/LC_MESSAGES/django.po"
    po = polib.pofile(str(english))
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.msgstr = entry.msgid
    po.save()
    subprocess.run(
        [*args, "compilemessages", "--ignore", ".venv", "--ignore", "node_modules"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    for lang in ("es", "ht"):
        catalogue = polib.pofile(str(ROOT / f"acoge/locale/{lang}/LC_MESSAGES/django.po"))
        todo = len(catalogue.untranslated_entries()) + len(catalogue.fuzzy_entries())
        if todo:
            print(f"{lang}: {todo} strings to translate (untranslated or fuzzy).")


if __name__ == "__main__":
    main()
