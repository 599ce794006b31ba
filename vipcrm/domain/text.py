"""What a name or a note may hold, and how stored text is shown where it could do harm.

A *name* is one line a person reads to recognise something — a member's or a manager's
name, a team, a code, an address, a gift's items. It may not hold control characters
(NUL, ESC, newlines, tabs ...), the characters that reorder text on screen (the
bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
"Trojan source" spoofing), invisible formatting characters (zero-width space and joiners,
word joiner, soft hyphen, byte-order mark ...) or line separators: two names that look the
same must be the same. A *note* is free text over several lines: newlines, carriage returns
and tabs are fine, zero-width joiners too (emoji), but no other control character and no
direction override.

The central store enforces the same sets (CHECK constraints generated from these ranges in
:mod:`vipcrm.sync.central_schema`), so text typed with ``psql`` is held to them as well.
What was stored before (or arrives some other way) is shown escaped where it could act:
:func:`shown_safely` on a terminal, and the spreadsheets write it as text.
"""

from __future__ import annotations

import re
from functools import cache

from vipcrm.domain.errors import ValidationError, msg

Ranges = tuple[tuple[int, int], ...]

#: C0 and C1 control characters (NUL, ESC, DEL ... and newline, tab, carriage return).
CONTROLS: Ranges = ((0x00, 0x1F), (0x7F, 0x9F))
#: Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
BIDI_CONTROLS: Ranges = ((0x202A, 0x202E), (0x2066, 0x2069))
#: Invisible formatting: soft hyphen, Arabic letter mark, Mongolian vowel separator,
#: zero-width space/non-joiner/joiner, LRM/RLM, line and paragraph separators, word joiner
#: and invisible operators, deprecated format characters, BOM, interlinear annotation, tags.
INVISIBLE: Ranges = (
    (0x00AD, 0x00AD),
    (0x061C, 0x061C),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x2029),
    (0x2060, 0x2064),
    (0x206A, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0xE0000, 0xE007F),
)
#: Control characters a note keeps: tab, newline, carriage return.
NOTE_CONTROLS = frozenset({0x09, 0x0A, 0x0D})

#: Refused in a name.
NAME_REFUSED: Ranges = CONTROLS + BIDI_CONTROLS + INVISIBLE
#: Refused in a note: the control characters but tab, newline and carriage return, and the
#: direction overrides.
NOTE_REFUSED: Ranges = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F)) + BIDI_CONTROLS


def _inside(code: int, ranges: Ranges) -> bool:
    return any(low <= code <= high for low, high in ranges)


@cache
def _pattern(ranges: Ranges) -> re.Pattern[str]:
    """A regular expression matching one character inside ``ranges``: the search runs in C
    (a 100,000-row import checks every name)."""
    return re.compile(
        "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"
    )


def first_refused(text: str, ranges: Ranges) -> str | None:
    """The first character of ``text`` inside ``ranges`` (None when there is none)."""
    found = _pattern(ranges).search(text)
    return found.group() if found else None


def code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def check_name_text(text: str, field: str) -> str:
    """``text`` if it may be a name; ValidationError naming ``field`` otherwise."""
    bad = first_refused(text, NAME_REFUSED)
    if bad is None:
        return text
    raise ValidationError(
        field,
        msg(
            "contains an invisible, control or text-direction character ({code}) "
            "that a name cannot hold; type it again without it",
            code=code_point(bad),
        ),
    )


def check_note_text(text: str, field: str) -> str:
    """``text`` if it may be a note (several lines); ValidationError naming ``field``."""
    bad = first_refused(text, NOTE_REFUSED)
    if bad is None:
        return text
    raise ValidationError(
        field,
        msg(
            "contains a control or text-direction character ({code}) that a note "
            "cannot hold; type it again without it",
            code=code_point(bad),
        ),
    )


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000  # as a JSON string writes it: a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def shown_safely(text: str, keep: str = "") -> str:
    """``text`` with every character a name may not hold written as an escape (``\\u001b``,
    ``\\u202e``), except those in ``keep``: what a terminal prints without acting on it.
    The escapes are JSON's, so JSON stays JSON (and decodes to the same text)."""
    if first_refused(text, NAME_REFUSED) is None:
        return text
    return "".join(
        _escape(ch) if ch not in keep and _inside(ord(ch), NAME_REFUSED) else ch for ch in text
    )
