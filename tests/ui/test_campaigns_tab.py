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
from vipcrm.ui.screens.lead.campaigns import NewCampaignDialog


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
    assert panel.managers.rowCount() == 1 and panel.managers.text(0, 0) == "赵磊 (M001)"
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


def test_manager_names_in_the_progress_and_the_flagged_list(make_gui, team_db):
    """The per-manager rows and the flagged members show the manager's name (as the rest
    of the Team section does), not the code alone."""
    panel = _open_tab(make_gui("L001"))
    dialog = _dialog(panel, tiers=(Tier.DIAMOND, Tier.GOLD))
    _ok(dialog)
    later = _open_tab(make_gui("L001", today=date(2026, 11, 26)))
    later.table.selectRow(0)
    assert later.managers.text(0, 0) == "赵磊 (M001)"
    headers = [c.header for c in later.flagged.columns]
    managers = {
        later.flagged.text(r, headers.index("Manager")) for r in range(later.flagged.rowCount())
    }
    assert managers == {"赵磊 (M001)"}
