"""Work log → Import phone records, as a manager does it: choose the bill, read the
preview (nothing written), import on the runner with progress, see the contacts in the log."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import func, select

from vipcrm.domain.values import ContactSource
from vipcrm.store.models import ContactAttempt
from vipcrm.ui.screens.base import Section

_spec = importlib.util.spec_from_file_location(
    "bills", Path(__file__).resolve().parents[1] / "services" / "bills.py"
)
bills = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bills)

ROWS = [  # M001's members are 张伟 13800138000 and 李娜 13900139001 (tests/ui/conftest.py)
    bills.call("2026-11-21 10:15:32", "主叫", "+86 138-0013-8000", "1分23秒"),
    bills.call("2026-11-21 10:20:00", "主叫", "13900139001", "0秒"),
    bills.call("2026-11-21 10:25:00", "主叫", "18600186002", "2分"),  # M002's member
    bills.call("2026-11-21 10:30:00", "被叫", "13512345678", "3分"),  # a stranger
]


def bill_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).where(ContactAttempt.source == ContactSource.BILL))


def open_dialog(make_gui, qtbot, tmp_path, rows):
    gui = make_gui("M001")
    screen = gui.window.show_section(Section.WORKLOG)
    assert screen.import_button.isVisible()
    dialog = screen.import_phone_records()
    qtbot.addWidget(dialog)
    path = bills.write_csv(
        tmp_path / "详单.csv", bills.CALL_HEADER, rows, "gb18030", title=bills.TITLE
    )
    dialog.ask_path = lambda parent, title: str(path)
    return gui, screen, dialog


def test_choose_preview_import_and_see_the_contacts_in_the_log(
    make_gui, team_db, qtbot, tmp_path, job_errors
):
    gui, screen, dialog = open_dialog(make_gui, qtbot, tmp_path, ROWS)
    progress: list[tuple[int, int]] = []
    gui.ctx.ops.runner.progress.connect(lambda d, t: progress.append((d, t)))
    assert not dialog.import_button.isEnabled()
    dialog.browse_button.click()  # choose → preview
    assert job_errors == []
    assert [p.text() for p in dialog.pills.values()] == [
        "To log 2",
        "Already logged 0",
        "Not in your book 2",
        "Not contacts 0",
        "Bad rows 0",
    ]
    assert "4 row(s)" in dialog.summary.text() and "nothing is written yet" in dialog.summary.text()
    assert bill_count(team_db) == 0
    assert dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "preview.png"))

    dialog.import_button.click()
    assert job_errors == []
    assert bill_count(team_db) == 2
    assert dialog.pills["logged"].text() == "Logged 2"
    assert "2 contact(s) logged with 2 member(s)" in dialog.summary.text()
    assert progress and progress[-1][0] == progress[-1][1]
    # The work log (refreshed through the hub) shows them, marked as from the bill.
    screen.day.setDate(screen.day.date().addDays(-1))  # 21 November
    texts = [screen.model.index(r, 4).data() for r in range(screen.model.rowCount())]
    assert texts.count("Phone call (phone bill)") == 2
    assert "13512345678" not in " ".join(
        str(screen.model.index(r, c).data())
        for r in range(screen.model.rowCount())
        for c in range(screen.model.columnCount())
    )
    # Again: nothing new.
    dialog.run_preview()
    assert dialog.pills["already_logged"].text() == "Already logged 2"
    assert dialog.pills["logged"].text() == "To log 0"


def test_bad_rows_are_listed_and_import_needs_skipping_them(
    make_gui, team_db, qtbot, tmp_path, job_errors
):
    rows = [*ROWS, bills.call("2026-11-21 11:00:00", "主叫", "13800138000", "1分23")]
    _, _, dialog = open_dialog(make_gui, qtbot, tmp_path, rows)
    dialog.browse_button.click()
    assert dialog.pills["refused"].text() == "Bad rows 1"
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "详单.csv: row 9, column 通信时长: not a duration (like 1分23秒, 23秒, 1小时2分3秒 or 00:01:23)"
    ]
    assert not dialog.import_button.isEnabled()  # all or nothing
    dialog.skip_invalid.setChecked(True)
    dialog.import_button.click()
    assert job_errors == [] and bill_count(team_db) == 2


def test_a_file_that_is_no_bill_says_what_a_bill_looks_like(make_gui, qtbot, tmp_path):
    _, _, dialog = open_dialog(make_gui, qtbot, tmp_path, ROWS)
    other = tmp_path / "grading.csv"
    other.write_text("手机号码,姓名,级别\n13800138000,张伟,金卡\n", encoding="utf-8")
    dialog.file_edit.setText(str(other))
    dialog.preview_button.click()
    assert "does not look like an itemised phone bill" in dialog.file_error.text()
    assert not dialog.import_button.isEnabled()
    assert all(p.isHidden() for p in dialog.pills.values())  # no counts: no pills


def test_the_bill_attached_to_an_open_campaign(make_gui, team_db, qtbot, tmp_path, job_errors):
    from datetime import date

    from vipcrm.domain.values import CampaignKind
    from vipcrm.services.campaigns import NewCampaign, add_campaign, campaign_progress
    from vipcrm.services.context import resolve_actor

    with team_db.transaction() as s:
        lead = s.info["actor"] = resolve_actor(s, "L001")
        new = NewCampaign(
            code="SF",
            name="春节回馈",
            kind=CampaignKind.MARKETING,
            starts_on=date(2026, 11, 16),
            ends_on=date(2026, 11, 30),
        )
        add_campaign(s, lead, new, today=date(2026, 11, 16))
    _, _, dialog = open_dialog(make_gui, qtbot, tmp_path, ROWS)
    qtbot.waitUntil(lambda: dialog.campaign.count() == 2)
    assert dialog.campaign.itemText(1) == "SF · 春节回馈"
    dialog.campaign.setCurrentIndex(1)
    dialog.browse_button.click()
    assert job_errors == []
    text = dialog.summary.text()
    assert "Campaign SF: 2 contact(s) with 2 targeted member(s), 1 reached, 1 awaiting" in text
    dialog.import_button.click()
    assert job_errors == [] and bill_count(team_db) == 2
    assert "1 awaiting a result" in dialog.summary.text()
    with team_db.reading() as s:
        shown = campaign_progress(s, resolve_actor(s, "L001"), "SF", today=date(2026, 11, 22))
    assert (shown.overall.contacted, shown.overall.reached) == (2, 1)
