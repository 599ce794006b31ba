"""Translations: zh_CN is complete for every tr() in the sources, and it loads."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from vipcrm.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "vipcrm" / "app.py", *sorted((ROOT / "vipcrm" / "ui").rglob("*.py"))]


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                problems.append(f"{name}: {source!r}")
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if not all(f and f.strip() for f in forms):
                problems.append(f"{name}: {source!r} (empty)")
    return problems


def test_zh_cn_has_no_unfinished_messages():
    assert unfinished(i18n.ts_path("zh_CN")) == []


def test_en_has_no_unfinished_messages():
    assert unfinished(i18n.ts_path("en")) == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_translations_have_every_message_of_the_sources(tmp_path, lang):
    """lupdate over the current sources adds nothing new (new messages come unfinished)."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "check.ts"
    shutil.copy(i18n.ts_path(lang), ts)
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", *map(str, SOURCES), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    assert unfinished(ts) == []


def test_english_plurals_are_finished():
    ts = ET.parse(i18n.ts_path("en")).getroot()
    numerus = [m for m in ts.iter("message") if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        assert len([f for f in message.iter("numerusform") if f.text]) == 2


def test_qm_is_built_into_the_cache_rebuilt_when_the_ts_changes_and_translates(
    tmp_path, monkeypatch
):
    ts = tmp_path / "vipcrm_zh_CN.ts"
    shutil.copy(i18n.ts_path("zh_CN"), ts)
    monkeypatch.setattr(i18n, "ts_path", lambda lang: tmp_path / f"vipcrm_{lang}.ts")
    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    qm = i18n.find_qm("zh_CN")
    assert qm is not None and qm.parent == tmp_path / "cache" and qm.exists()
    built = qm.stat().st_mtime_ns
    assert i18n.find_qm("zh_CN") == qm and qm.stat().st_mtime_ns == built  # current: kept
    # An upgrade brings a changed .ts whose mtime (the wheel's build time) is older than the
    # .qm cached from the previous version: it is rebuilt all the same, and the old one goes.
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            "<translation>钻卡+金卡</translation>", "<translation>钻石卡+金卡</translation>"
        ),
        encoding="utf-8",
    )
    earlier = qm.stat().st_mtime - 3600
    os.utime(ts, (earlier, earlier))
    rebuilt = i18n.find_qm("zh_CN")
    assert rebuilt is not None and rebuilt != qm and not qm.exists()
    translator = QTranslator()
    assert translator.load(str(rebuilt))
    assert translator.translate("ChurnPanel", "Diamond + gold") == "钻石卡+金卡"
    # (QCoreApplication.translate substitutes %n; the translator gives the form)
    assert translator.translate("MemberListPage", "%n member(s)", "", 3) == "%n 位会员"


def test_installing_zh_cn_translates_the_gui(qapp):
    from vipcrm.domain.values import Tier
    from vipcrm.ui.labels import tier_label

    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert tier_label(Tier.GOLD) == "金卡"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") != "&Yes"  # Qt's own too
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(QLocale("en_US"))  # the session's English (the window's locale)
    assert tier_label(Tier.GOLD) == "Gold"


@pytest.mark.parametrize(
    ("requested", "saved", "expected"),
    [
        ("zh_CN", "", "zh_CN"),
        ("zh-CN", "en", "zh_CN"),
        ("zh", "", "zh_CN"),
        (None, "en", "en"),
        ("en_US", "zh_CN", "en"),
    ],
)
def test_choose_language(requested, saved, expected):
    assert i18n.choose_language(requested, saved) == expected


def test_fill_replaces_placeholders_in_one_pass():
    from vipcrm.ui.labels import fill

    assert fill("User: %1 (%2)", "a%2", "L01") == "User: a%2 (L01)"
    assert fill("%1 and %3", "x") == "x and %3"
