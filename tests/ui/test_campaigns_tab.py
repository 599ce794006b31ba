"""The Team section's Campaigns tab (issue 25): a lead adds a campaign in the dialog (the
service's errors shown in it, one line), sees its progress per manager and per tier with
the members not contacted near the end flagged, and closes it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.ui.conftest import TODAY
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import Tier
from vipcrm.services.context import resolve_actor
from vipcrm.services.due import due_for
from vipcrm.ui.labels import qdate
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.lead.campaigns import NewCampaignDialog
from vipcrm.ui.screens.today.model import Col, Part


def _open_tab(gui):
    screen = gui.screens.lead
    screen.refresh()
    screen.show_tab(screen.tabs.indexOf(screen.campaigns))
    return screen.campaigns


def _dialog(panel, code="SF", **ticks) -> NewCampaignDialog:
    dialog = NewCampaignDialog(panel.lead, panel.ops, panel)
    dialog.show()
    dialog.code.setText(code)
    dialog.name.setText("春节回馈")
    dialog.starts.setDate(qdate(TODAY))
    dialog.ends.setDate(qdate(date(2026, 11, 27)))  # a Friday; today is Sunday 22nd
    for tier in ticks.get("tiers", ()):
        dialog.tier_boxes[tier].setChecked(True)
    return dialog


def _ok(dialog: NewCampaignDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_lead_adds_a_campaign_and_sees_its_progress(make_gui, team_db, job_errors, monkeypatch):
    gui = make_gui("L001")
    panel = _open_tab(gui)
    assert panel.model.rowCount() == 0
    assert not panel.close_button.isEnabled()

    dialog = _dialog(panel, tiers=(Tier.DIAMOND, Tier.GOLD))
    # The fields a template may name are there to copy.
    assert dialog.fields.text() == "{name} {manager} {tier}"
    dialog.sms.setPlainText("{name}您好，{manager}祝您{tier}新年快乐 {points}")
    _ok(dialog)
    # The service's error, one line, in the dialog; nothing written.
    assert dialog.error.isVisible()
    assert "points" in dialog.error.text() and "\n" not in dialog.error.text()
    assert panel.model.rowCount() == 0
    dialog.sms.setPlainText("{name}您好，{manager}祝您新年快乐")
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert job_errors == []

    # The hub refreshed the tab: one campaign, two gold/diamond members of M001.
    panel.refresh()
    assert panel.model.rowCount() == 1
    p = panel.model.row_value(0)
    assert (p.campaign.code, p.overall.targeted) == ("SF", 2)
    headers = [c.header for c in panel.model.columns]
    assert panel.model.text(0, headers.index("Targeted")) == "2"
    assert "Accepted 0" in panel.model.text(0, headers.index("Results"))
    panel.table.selectRow(0)
    assert panel.managers.rowCount() == 1 and panel.managers.text(0, 0) == "M001"
    assert [panel.tiers.text(r, 0) for r in range(panel.tiers.rowCount())] == [
        "All tiers",
        "Diamond",
        "Gold",
    ]

    # Only when two working days are left (Thursday) are the untouched members flagged.
    assert panel.flagged.rowCount() == 0
    gui2 = make_gui("L001", today=date(2026, 11, 26))
    later = _open_tab(gui2)
    later.table.selectRow(0)
    assert later.flagged.rowCount() == 2
    assert "2" in later.flagged_label.text()

    # Closing takes the items off the manager's work.
    panel.table.selectRow(0)
    assert panel.close_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.close_selected()
    panel.refresh()
    assert panel.model.text(0, headers.index("Status")) == "Closed"
    assert not panel.close_button.isEnabled()
    with team_db.reading() as s:
        due = due_for(s, resolve_actor(s, "M001"), today=TODAY, kinds=[DueKind.CAMPAIGN_CONTACT])
    assert not due.items


def test_a_target_that_matches_nobody_is_one_line_in_the_dialog(make_gui):
    gui = make_gui("L001")
    panel = _open_tab(gui)
    dialog = _dialog(panel, code="NONE")
    dialog.key_persons.setChecked(True)  # no key person in the team
    _ok(dialog)
    assert "no member matches" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.ends.setDate(qdate(date(2026, 11, 1)))
    _ok(dialog)
    assert "before the start" in dialog.error.text()


def test_a_lead_sets_a_step_for_diamond_members_and_sees_each_tiers_due_date(
    make_gui, team_db, job_errors
):
    gui = make_gui("L001")
    panel = _open_tab(gui)
    dialog = _dialog(panel, tiers=(Tier.DIAMOND, Tier.GOLD))
    step = date(2026, 11, 24)  # Tuesday; the end is Friday 27th
    assert not dialog.step_dates[Tier.DIAMOND].isEnabled()  # no step unless ticked
    assert dialog.step_dates[Tier.GOLD].date() == dialog.ends.date()  # shows the end
    dialog.step_boxes[Tier.DIAMOND].setChecked(True)
    assert dialog.step_dates[Tier.DIAMOND].isEnabled()
    assert dialog.step_dates[Tier.DIAMOND].date() == dialog.ends.date()  # from the end
    dialog.step_dates[Tier.DIAMOND].setDate(qdate(date(2026, 11, 28)))  # after the end
    _ok(dialog)
    assert "outside the campaign's period" in dialog.error.text()
    assert panel.model.rowCount() == 0
    dialog.step_boxes[Tier.SILVER].setChecked(True)  # silver is not targeted
    dialog.step_dates[Tier.DIAMOND].setDate(qdate(step))
    _ok(dialog)
    assert "targets diamond, gold only" in dialog.error.text()
    dialog.step_boxes[Tier.SILVER].setChecked(False)
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert job_errors == []

    panel.refresh()
    panel.table.selectRow(0)
    headers = [c.header for c in panel.model.columns]
    assert panel.model.text(0, headers.index("Steps")) == "Diamond by 11/24/2026"
    assert "Steps: Diamond by 11/24/2026; the other tiers by the end" in panel.detail_label.text()
    due = [c.header for c in panel.tiers.columns].index("Due by")
    assert [(panel.tiers.text(r, 0), panel.tiers.text(r, due)) for r in range(3)] == [
        ("All tiers", "11/27/2026"),
        ("Diamond", "11/24/2026"),
        ("Gold", "11/27/2026"),
    ]
    with team_db.reading() as s:
        items = due_for(
            s, resolve_actor(s, "M001"), today=TODAY, kinds=[DueKind.CAMPAIGN_CONTACT]
        ).items
    assert {i.tier: i.due_date for i in items} == {
        Tier.DIAMOND: step,
        Tier.GOLD: date(2026, 11, 27),
    }

    # M001's Today: the diamond member's item is due by the step and says so
    gui_m = make_gui("M001")
    today = gui_m.window.show_section(Section.TODAY)
    rows = {}
    for part in Part:
        parent = today.model.index(part, 0)
        for row in range(today.model.rowCount(parent)):
            item = today.model.item(today.model.index(row, 0, parent))
            if item.kind is DueKind.CAMPAIGN_CONTACT:
                text = [today.model.index(row, c, parent).data() for c in (Col.WHY, Col.DUE)]
                rows[item.tier] = tuple(text)
    assert rows[Tier.DIAMOND] == (
        "Campaign: SF 春节回馈: contact from 2026-11-22 to 2026-11-27 and record the outcome; "
        "Diamond members by 2026-11-24",
        "11/24/2026",
    )
    assert "members by" not in rows[Tier.GOLD][0] and rows[Tier.GOLD][1] == "11/27/2026"

    # Monday 23rd: two working days to the diamond step, four to the end
    later = _open_tab(make_gui("L001", today=date(2026, 11, 23)))
    later.table.selectRow(0)
    flagged = [later.flagged.row_value(r) for r in range(later.flagged.rowCount())]
    assert [t.tier for t in flagged] == [Tier.DIAMOND] and flagged[0].due_on == step
