"""What people type, made safe to keep and to show, in one place.

- Control characters (NUL, escape, the C1 range…; not tab, newline or carriage return) are never
  stored or echoed: `PostedTextMiddleware` replaces each in posted form data by U+FFFD, which
  shows where it was, and every form's text fields refuse U+FFFD with a translated error that
  says so (`no_control_characters`, added to every CharField in CoreConfig.ready). Nothing she
  typed is lost: the rest of her answer comes back as it was.
- Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
  removed, so a name cannot reorder what staff read next to it. Letters of right-to-left
  scripts are untouched: browsers order those correctly without the controls.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MARK = "\ufffd"
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def as_typed(value: str) -> str:
    """`value` as it is kept: bidi controls removed, control characters marked with U+FFFD."""
    return CONTROL_CHARACTERS.sub(MARK, BIDI_CONTROLS.sub("", value))


def has_control_characters(value: str) -> bool:
    return bool(CONTROL_CHARACTERS.search(value) or BIDI_CONTROLS.search(value))


def no_control_characters(value) -> None:
    """Refuse text with control characters (marked by PostedTextMiddleware, or raw)."""
    if isinstance(value, str) and (MARK in value or CONTROL_CHARACTERS.search(value)):
        raise ValidationError(
            _(
                "This answer has invisible control characters, shown as �. Delete them and "
                "send it again."
            ),
            code="control_characters",
        )
