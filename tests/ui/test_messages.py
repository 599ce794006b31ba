"""The services' sentences reach the window in its language, values as labels."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from vipcrm.domain.cards import InvalidCardStep
from vipcrm.domain.errors import NotFound, ValidationError, msg
from vipcrm.domain.money import Fen, parse_money
from vipcrm.domain.values import CardState, Tier
from vipcrm.ui import i18n
from vipcrm.ui.errors import error_text, message_text, placeholders

ROOT = Path(__file__).resolve().parents[2]


def load_tool():
    spec = importlib.util.spec_from_file_location("messages_tool", ROOT / "tools" / "messages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_sentence_the_services_show_is_a_listed_template():
    tool = load_tool()
    templates, plain = tool.scan()
    assert [str(f) for f in plain] == []
    assert len(templates) > 100
    assert tool.CATALOGUE.read_text(encoding="utf-8") == tool.render(templates), (
        "run tools/messages.py"
    )


def translations(lang: str) -> dict[str, str]:
    root = ET.parse(i18n.ts_path(lang)).getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == "ServiceErrors":
            for message in context.iter("message"):
                found[message.findtext("source")] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_translations_keep_every_placeholder(lang):
    """A translation that drops or renames {name} would lose the value the user needs."""
    found = translations(lang)
    assert len(found) > 100
    wrong = {s: t for s, t in found.items() if placeholders(s) != placeholders(t)}
    assert wrong == {}


@pytest.fixture
def chinese(qapp):
    installed = i18n.install_translators(qapp, "zh_CN")
    yield
    i18n.remove_translators(qapp, installed)
    i18n.install_translators(qapp, "en")


def test_a_refused_card_step_reads_in_chinese_with_labels(chinese):
    exc = InvalidCardStep(CardState.ARRIVED, "mailed")
    text = error_text(exc)
    assert re.search(r"[A-Za-z]", text) is None, text  # no English left, values as labels
    assert "card step" in str(exc)  # the command line keeps the English sentence


def test_a_validation_error_names_the_field_in_chinese(chinese):
    with pytest.raises(ValidationError) as caught:
        parse_money("-5", "amount")
    text = error_text(caught.value)
    assert text.startswith("金额")
    assert "-5" in text and re.search(r"[A-Za-z]", text) is None, text


def test_values_become_labels_dates_and_money_of_the_locale(chinese):
    template = "{field}: no member with id {ref}"
    exc = NotFound(msg(template, field="member", ref="x1"))
    assert "x1" in error_text(exc) and "member" not in error_text(exc)
    # values are formatted whatever the template: money, dates, tiers, lists
    from vipcrm.ui.labels import enum_label, format_date, format_money

    text = message_text(msg(template, field="member", ref=[Tier.GOLD, Tier.SILVER]))
    assert enum_label(Tier.GOLD) in text and enum_label(Tier.SILVER) in text
    assert format_money(Fen(150000)) == "¥1,500.00"
    assert format_date(date(2026, 11, 22)) == "2026/11/22"


def test_english_window_shows_the_command_line_sentence(qapp):
    exc = NotFound(msg("{field}: no member with id {ref}", field="member", ref="x1"))
    assert error_text(exc) == "member: no member with id x1"
    assert error_text(RuntimeError("plain")) == "plain"
