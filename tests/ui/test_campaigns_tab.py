"""The Team section's Campaigns tab (issue 25): a lead adds a campaign in the dialog (the
service's errors shown in it, one line), sees its progress per manager and per tier with
the members not contacted near the end flagged, and closes it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.ui.conftest import TODAY
from vipcrm.domain.due import DueKind
from vipcrm.domain.values import CampaignKind, Tier
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


def _second_team_and_admin(team_db) -> None:
    """T2 (lead L002, manager M003 with a gold member) and an administrator A001; both
    teams run a campaign SF (a code is unique per team, not across teams)."""
    from vipcrm.domain.values import CampaignKind, Role
    from vipcrm.services.campaigns import NewCampaign, add_campaign
    from vipcrm.services.directory import add_manager
    from vipcrm.services.members import NewMember, add_member
    from vipcrm.store.models import Manager

    with team_db.transaction() as s:
        s.info["no_outbox"] = True
        s.add(Manager(code="A001", name="管理员", role=Role.ADMIN))  # in no team
        s.flush()
        boot = resolve_actor(s, "A001")
        add_manager(s, boot, code="L002", name="周敏", team="T2", role=Role.LEAD)
        add_manager(s, boot, code="M003", name="吴刚", team="T2", role=Role.MANAGER)
        new = NewMember(phone="13700137004", name="郑爽", tier=Tier.GOLD, manager="M003")
        add_member(s, boot, new, TODAY)
        for lead, tiers in (("L001", (Tier.DIAMOND, Tier.GOLD)), ("L002", (Tier.GOLD,))):
            campaign = NewCampaign(
                code="SF",
                name="春节回馈",
                kind=CampaignKind.MARKETING,
                starts_on=TODAY,
                ends_on=date(2026, 11, 27),
                tiers=tiers,
            )
            add_campaign(s, resolve_actor(s, lead), campaign, today=TODAY)


def test_an_admins_campaigns_open_on_the_chosen_team_and_pick_another_or_all(
    make_gui, team_db, job_errors
):
    """An administrator's Campaigns tab shows the Team section's chosen team (what its lead
    sees), with a picker for another team or all teams; New campaign… makes the chosen
    team's, targeting its members."""
    from vipcrm.services.campaigns import list_campaigns

    _second_team_and_admin(team_db)
    lead_panel = _open_tab(make_gui("L001"))
    assert lead_panel.team_combo.isHidden() and lead_panel.table.isColumnHidden(
        lead_panel.team_column
    )
    gui = make_gui("A001")
    screen = gui.window.show_section(Section.TEAM)
    screen.choose_team("T1")
    panel = _open_tab(gui)
    assert panel.team_caption.isVisible() and panel.team_combo.isVisible()
    assert panel.team_caption.buddy() is panel.team_combo
    labels = [panel.team_combo.itemText(i) for i in range(panel.team_combo.count())]
    assert labels == ["All teams (the whole region)", "T1", "T2"]
    assert not panel.table.isColumnHidden(panel.team_column)

    def shown():
        return sorted(
            (p.campaign.code, p.campaign.team_code, p.overall.targeted) for p in panel.progress
        )

    assert panel.viewed_team() == "T1"
    assert shown() == [("SF", "T1", 2)]  # T1's: 张伟 and 李娜, not T2's
    panel.table.selectRow(0)
    assert [panel.managers.text(r, 0) for r in range(panel.managers.rowCount())] == ["赵磊 (M001)"]
    panel.team_combo.setCurrentIndex(panel.team_combo.findData("T2"))
    assert panel.viewed_team() == "T2" and shown() == [("SF", "T2", 1)]
    panel.table.selectRow(0)
    assert panel.managers.text(0, 0) == "吴刚 (M003)"
    panel.team_combo.setCurrentIndex(0)  # every team: both SF, told apart by team
    assert panel.viewed_team() is None
    assert shown() == [("SF", "T1", 2), ("SF", "T2", 1)]
    team_texts = sorted(panel.model.text(r, panel.team_column) for r in range(2))
    assert team_texts == ["T1", "T2"]

    # New campaign… for the chosen team: its members only, the team's campaign
    panel.team_combo.setCurrentIndex(panel.team_combo.findData("T2"))
    panel.new_campaign()
    dialog = panel.findChild(NewCampaignDialog)
    assert dialog is not None and dialog.team == "T2"
    assert dialog.team_label is not None and dialog.team_label.text() == "T2"
    dialog.code.setText("T2GOLD")
    dialog.name.setText("金卡回访")
    dialog.tier_boxes[Tier.GOLD].setChecked(True)
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    panel.refresh()
    assert ("T2GOLD", "T2", 1) in shown()
    with team_db.reading() as s:
        t1 = {c.code for c in list_campaigns(s, resolve_actor(s, "L001"))}
        t2 = {c.code for c in list_campaigns(s, resolve_actor(s, "L002"))}
    assert t1 == {"SF"} and t2 == {"SF", "T2GOLD"}

    # the section's team moves: the tab follows it
    panel.team_combo.setCurrentIndex(0)
    screen.choose_team("T2")
    screen.show_tab(screen.tabs.indexOf(screen.campaigns))
    assert panel.viewed_team() == "T2" and shown() == [("SF", "T2", 1), ("T2GOLD", "T2", 1)]
    assert job_errors == []


def test_manager_names_in_the_progress_and_the_flagged_list(make_gui, team_db):
    """The per-manager rows and the flagged members show the manager's name (as the rest
    of the Team section does), not the code alone."""
    _second_team_and_admin(team_db)
    panel = _open_tab(make_gui("L001", today=date(2026, 11, 26)))
    panel.table.selectRow(0)
    assert panel.managers.text(0, 0) == "赵磊 (M001)"
    headers = [c.header for c in panel.flagged.columns]
    managers = {
        panel.flagged.text(r, headers.index("Manager")) for r in range(panel.flagged.rowCount())
    }
    assert managers == {"赵磊 (M001)"}


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


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_the_flagged_list_shows_its_due_date_at_the_default_window_size(make_demo_gui, language):
    """At 1180×720 the flagged members' last column (their due date) showed only by
    scrolling sideways; now every column of the list is in view, the manager's name too."""
    gui = make_demo_gui("L01")  # the window at its default size
    team = gui.window.show_section(Section.TEAM)
    team.show_tab(team.tabs.indexOf(team.campaigns))
    panel = team.campaigns
    proxy = panel.table.model()
    row = next(r for r, p in enumerate(panel.model.rows()) if p.overall.flagged)
    panel.table.selectRow(proxy.mapFromSource(panel.model.index(row, 0)).row())
    for _ in range(8):  # let the splitter and the tables settle
        QGuiApplication.sendPostedEvents()
        QGuiApplication.processEvents()
    view = panel.flagged_table
    assert panel.flagged.rowCount() > 0
    headers = [c.header for c in panel.flagged.columns]
    due = headers.index("Due by" if language == "en" else "应完成日期")
    assert view.columnViewportPosition(due) + view.columnWidth(due) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    manager = headers.index("Manager" if language == "en" else "客户经理")
    assert "(" in panel.flagged.text(0, manager) or "（" in panel.flagged.text(0, manager)
    # A marketing campaign records no score: its progress tables leave the column out.
    score = [c.header for c in panel.managers.columns].index(panel.tr("Average score"))
    marketing = panel.current().campaign.kind is CampaignKind.MARKETING
    assert panel.managers_table.isColumnHidden(score) == marketing


def test_a_lead_edits_a_wrong_step_in_the_tab_and_the_items_follow(
    make_gui, team_db, job_errors, monkeypatch
):
    gui = make_gui("L001")
    panel = _open_tab(gui)
    dialog = _dialog(panel, tiers=(Tier.DIAMOND, Tier.GOLD))
    dialog.step_boxes[Tier.DIAMOND].setChecked(True)
    dialog.step_dates[Tier.DIAMOND].setDate(qdate(date(2026, 11, 26)))  # meant the 24th
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    panel.refresh()
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled()

    edit = panel.edit_selected()
    # the campaign's steps and end, as they are; a tier it does not target has none
    assert edit.steps_row.boxes[Tier.DIAMOND].isChecked()
    assert edit.steps_row.dates[Tier.DIAMOND].date() == qdate(date(2026, 11, 26))
    assert not edit.steps_row.boxes[Tier.GOLD].isChecked()
    assert not edit.steps_row.boxes[Tier.SILVER].isEnabled()
    assert edit.ends.date() == qdate(date(2026, 11, 27))
    # a step after the end: one line in the dialog, nothing written
    edit.steps_row.dates[Tier.DIAMOND].setDate(qdate(date(2026, 11, 28)))
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "outside the campaign's period" in edit.error.text()
    assert "\n" not in edit.error.text()
    assert edit.result() != edit.DialogCode.Accepted
    # an end before the start (today): refused too
    edit.steps_row.dates[Tier.DIAMOND].setDate(qdate(date(2026, 11, 24)))
    edit.ends.setDate(qdate(date(2026, 11, 21)))
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "before the start" in edit.error.text()
    panel.refresh()
    assert panel.model.row_value(0).campaign.steps == {Tier.DIAMOND: date(2026, 11, 26)}

    # the right step, a gold one and a later end
    edit.ends.setDate(qdate(date(2026, 12, 4)))
    edit.steps_row.boxes[Tier.GOLD].setChecked(True)
    assert edit.steps_row.dates[Tier.GOLD].date() == qdate(date(2026, 12, 4))  # from the end
    edit.steps_row.dates[Tier.GOLD].setDate(qdate(date(2026, 11, 27)))
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert edit.result() == edit.DialogCode.Accepted
    assert job_errors == []
    panel.refresh()
    panel.table.selectRow(0)
    headers = [c.header for c in panel.model.columns]
    assert panel.model.text(0, headers.index("Steps")) == (
        "Diamond by 11/24/2026 · Gold by 11/27/2026"
    )
    assert panel.model.row_value(0).campaign.ends_on == date(2026, 12, 4)
    with team_db.reading() as s:
        items = due_for(
            s, resolve_actor(s, "M001"), today=TODAY, kinds=[DueKind.CAMPAIGN_CONTACT]
        ).items
    assert {i.tier: i.due_date for i in items} == {
        Tier.DIAMOND: date(2026, 11, 24),
        Tier.GOLD: date(2026, 11, 27),
    }

    # unticking a step clears it: diamond is due by the end again
    edit = panel.edit_selected()
    edit.steps_row.boxes[Tier.DIAMOND].setChecked(False)
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert edit.result() == edit.DialogCode.Accepted
    panel.refresh()
    assert panel.model.row_value(0).campaign.steps == {Tier.GOLD: date(2026, 11, 27)}

    # a closed campaign is not edited
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.close_selected()
    panel.refresh()
    panel.table.selectRow(0)
    assert not panel.edit_button.isEnabled()
    assert panel.edit_selected() is None


def test_only_an_administrator_edits_or_closes_the_campaign_for_every_team(
    make_gui, team_db, job_errors
):
    from vipcrm.domain.values import CampaignKind
    from vipcrm.services.campaigns import NewCampaign, add_campaign

    _second_team_and_admin(team_db)
    with team_db.transaction() as s:
        s.info["no_outbox"] = True
        everyone = NewCampaign(
            code="ALL",
            name="全区回访",
            kind=CampaignKind.SURVEY,
            starts_on=TODAY,
            ends_on=date(2026, 11, 27),
        )
        add_campaign(s, resolve_actor(s, "A001"), everyone, today=TODAY)

    def select(panel, code):
        proxy = panel.table.model()
        row = next(r for r, p in enumerate(panel.model.rows()) if p.campaign.code == code)
        panel.table.selectRow(proxy.mapFromSource(panel.model.index(row, 0)).row())

    lead = _open_tab(make_gui("L001"))
    select(lead, "ALL")
    assert not lead.edit_button.isEnabled() and lead.edit_selected() is None
    # Close too: the lead sees why, instead of a refusal after the click
    assert not lead.close_button.isEnabled()
    assert "administrator" in lead.close_button.toolTip()
    assert "administrator" in lead.edit_button.toolTip()
    select(lead, "SF")
    assert lead.edit_button.isEnabled() and lead.close_button.isEnabled()
    assert "administrator" not in lead.close_button.toolTip()

    gui = make_gui("A001")
    gui.window.show_section(Section.TEAM).choose_team("T1")
    admin = _open_tab(gui)
    admin.team_combo.setCurrentIndex(0)  # all teams
    select(admin, "ALL")
    assert admin.edit_button.isEnabled() and admin.close_button.isEnabled()
    dialog = admin.edit_selected()
    dialog.steps_row.boxes[Tier.GOLD].setChecked(True)  # it targets every tier
    dialog.steps_row.dates[Tier.GOLD].setDate(qdate(date(2026, 11, 25)))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert job_errors == []
    admin.refresh()
    steps = {p.campaign.code: p.campaign.steps for p in admin.model.rows()}
    assert steps["ALL"] == {Tier.GOLD: date(2026, 11, 25)}


def test_a_lead_who_moves_a_step_is_told_which_saved_plans_keep_the_old_days(
    make_gui, team_db, job_errors, message_boxes
):
    """M001's November plan, saved before the step moved, is not re-spread (it is the
    manager's); the lead reads one line saying so and how it is spread again."""
    from vipcrm.services.saved_plans import generate_plan

    panel = _open_tab(make_gui("L001"))
    dialog = _dialog(panel, tiers=(Tier.DIAMOND, Tier.GOLD))
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with team_db.transaction() as s:
        actor = resolve_actor(s, "M001")
        s.info["actor"] = actor
        generate_plan(s, actor, period="2026-11")
    panel.refresh()
    panel.table.selectRow(0)
    edit = panel.edit_selected()
    edit.steps_row.boxes[Tier.DIAMOND].setChecked(True)
    edit.steps_row.dates[Tier.DIAMOND].setDate(qdate(date(2026, 11, 24)))
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert edit.result() == edit.DialogCode.Accepted
    assert job_errors == []
    assert message_boxes == [
        (
            "information",
            "1 saved plan(s) not yet approved keep SF's items on their old days (赵磊 "
            "(M001) 2026-11); a plan is its manager's: they spread it again with Plans → "
            "Generate again… (vipcrm plans generate --period P --replace)",
        )
    ]
