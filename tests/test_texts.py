"""One catalogue per language for what the core returns as codes (vipcrm.texts): the two
say the same things, every code has its words, and the words are written nowhere else."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest

from vipcrm.domain.due import REASON_VALUES, DueKind, Reason
from vipcrm.domain.lunar import GreetingHoliday
from vipcrm.domain.values import CardState, GiftStatus, Occasion, Tier
from vipcrm.texts import Texts, en, zh_CN

PACKAGE = Path(__file__).parents[1] / "vipcrm"


def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def texts_of(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [t for v in value for t in texts_of(v)]
    if isinstance(value, dict):
        return [t for v in value.values() for t in texts_of(v)]
    return []


def test_both_catalogues_have_the_same_names_keys_and_placeholders():
    names = {n for n in vars(zh_CN) if n.isupper()}
    assert names == {n for n in vars(en) if n.isupper()}
    for name in names:
        zh, english = getattr(zh_CN, name), getattr(en, name)
        if isinstance(zh, dict):
            assert zh.keys() == english.keys(), name
            for key in zh:
                assert [placeholders(t) for t in texts_of(zh[key])] == [
                    placeholders(t) for t in texts_of(english[key])
                ], (name, key)
        else:
            assert placeholders(zh) == placeholders(english), name


def test_every_code_the_core_returns_has_its_words():
    for words in (zh_CN, en):
        assert set(words.TIERS) == {t.value for t in Tier}
        assert set(words.DUE_KINDS) == set(words.REASONS) == {k.value for k in DueKind}
        assert set(words.HOLIDAYS) == {h.value for h in GreetingHoliday}
        assert set(words.GIFT_STATUS) == {s.value for s in GiftStatus}
        assert set(words.OCCASIONS) == {o.value for o in Occasion}
        assert set(words.CARD_STATES) == {s.value for s in CardState}
        for head, body in words.REASONS.values():
            assert placeholders(head) == set()
            assert placeholders(body) <= set(REASON_VALUES)


def test_a_reason_is_written_in_either_language_from_the_same_codes():
    reason = Reason.of(
        DueKind.MINIMUM_CONTACT,
        tier=Tier.GOLD,
        start=date(2026, 10, 1),
        end=date(2026, 12, 31),
        important=True,
    )
    assert Texts("zh_CN").reason(reason) == (
        "最低联系：金卡会员 2026-10-01 至 2026-12-31 至少联系一次；重要客户，宜面访"
    )
    assert Texts("en").reason(reason, year=2026, head=False) == (
        "Gold member, at least once from 10-01 to 12-31; important VIP: face to face where suitable"
    )
    greeting = Reason.of(
        DueKind.BIRTHDAY_GREETING, birthday=date(2026, 9, 25), lunar=(8, 15, False)
    )
    assert Texts("en").reason(greeting) == "Birthday greeting: birthday 2026-09-25 (lunar 八月十五)"
    # a value a damaged row or a newer version lacks leaves a gap, not a crash
    assert Texts("zh_CN").reason(Reason.of(DueKind.CARD_DELIVERY)) == "上门送卡：约定 "


def test_a_reason_survives_storage_and_a_damaged_value_is_left_out():
    reason = Reason.of(DueKind.RETENTION_CALL, month=date(2026, 12, 1), causes=("tier_down",), n=7)
    assert Reason.from_json(DueKind.RETENTION_CALL, reason.to_json()) == reason
    damaged = Reason.from_json(DueKind.ROUTINE_SMS, {"start": "someday", "end": "2026-11-22"})
    assert damaged == Reason.of(DueKind.ROUTINE_SMS, end=date(2026, 11, 22))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_provisional_calendar_warning_names_the_year(lang):
    (warning,) = Texts(lang).provisional_years({2027})
    assert "2027" in warning and "vipcrm calendar import" in warning


def test_tier_names_are_written_once():
    """钻卡/金卡/银卡 only in the catalogue, and in the billing file's vocabulary that the
    re-grading import reads (domain/grading.py); "Diamond" only in the catalogue."""
    allowed = {PACKAGE / "texts" / "zh_CN.py", PACKAGE / "domain" / "grading.py"}
    found = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"[\"'](钻卡|金卡|银卡)[\"']", text) and path not in allowed:
            found.add(str(path.relative_to(PACKAGE)))
        if re.search(r"[\"']Diamond[\"']", text) and path != PACKAGE / "texts" / "en.py":
            found.add(str(path.relative_to(PACKAGE)))
    assert found == set()


def test_every_campaign_kind_and_result_has_its_words_in_both_languages():
    from vipcrm.domain.values import CampaignKind, CampaignResult

    for lang in ("zh_CN", "en"):
        t = Texts(lang)
        for kind in CampaignKind:
            assert t.campaign_kind(kind.value) != kind.value
        for result in CampaignResult:
            assert t.campaign_result(result.value) != result.value
