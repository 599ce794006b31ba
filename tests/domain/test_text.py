"""What a name and a note may hold (vipcrm.domain.text)."""

from __future__ import annotations

import json

import pytest

from vipcrm.domain.errors import ValidationError
from vipcrm.domain.text import check_name_text, check_note_text, shown_safely


@pytest.mark.parametrize(
    "name", ["王伟", "欧阳娜娜", "Zhang Wei", "O'Brien-Smith", "李·娜", "𠮷野家", "=1+1"]
)
def test_ordinary_names_pass(name):
    assert check_name_text(name, "name") == name


@pytest.mark.parametrize(
    "bad",
    ["\x00", "\x1b", "\t", "\n", "\r", "\x7f", "\x85", "\u202a", "\u202e", "\u2066", "\u2069",
     "\u200b", "\u200d", "\u200e", "\u2060", "\ufeff", "\u00ad", "\u2028", "\U000e0041"],
)  # fmt: skip
def test_a_name_refuses_control_direction_and_invisible_characters(bad):
    with pytest.raises(ValidationError) as refused:
        check_name_text(f"王{bad}伟", "name")
    assert refused.value.field == "name"
    assert f"U+{ord(bad):04X}" in str(refused.value)


def test_a_note_keeps_lines_tabs_and_emoji_but_not_controls_or_overrides():
    text = "第一行\r\n\t第二行 👨\u200d👩\u200d👧"
    assert check_note_text(text, "note") == text
    for bad in ("\x00", "\x1b", "\x07", "\x0b", "\x7f", "\x9b", "\u202e", "\u2067"):
        with pytest.raises(ValidationError):
            check_note_text(f"记{bad}", "note")


def test_shown_safely_escapes_what_acts_on_a_terminal_and_stays_json():
    evil = "\x1b[31m王\u202e伟\U000e0041\n"
    shown = shown_safely(evil, keep="\n")
    assert shown == "\\u001b[31m王\\u202e伟\\udb40\\udc41\n"
    assert json.loads(f'"{shown.strip()}"') == evil.strip()
    assert shown_safely("王伟\t") == "王伟\\u0009"
    assert shown_safely("plain") == "plain"
