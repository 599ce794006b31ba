"""Grab the window to a PNG, headless, for the docs: ``python tools/screenshot.py --db PATH``.

Builds the same object graph as the application (``vipcrm.app.build_gui``), with
throw-away settings so the user's saved window state does not leak into the picture.
``--section`` picks the section (today, members, member, cards, gifts, plans, plans-week
(the week's plan), worklog, settings, log, log-campaign, gift, lead, lead-trends, lead-approvals,
lead-churn, lead-campaigns, lead-new-campaign, lead-edit-steps, lead-import, lead-calendar, lead-log); ``member`` opens the first
member of the list (or ``--member``); ``log``, ``gift`` and ``settings`` grab that dialog over
the window; ``log-campaign`` the log dialog for Today's first campaign item, its results offered. ``lead`` is the team lead's Team section (its
dashboard; ``lead-trends`` its charts; the others its tabs; ``lead-log`` the read-only work-log drill-down of the
first manager; ``lead-campaigns`` selects the first campaign with steps (or ``--campaign CODE``); ``lead-new-campaign`` the New campaign dialog filled in for diamond and gold members, diamond
with a step three days before the end; ``lead-edit-steps`` the Edit steps dialog of the campaign
``lead-campaigns`` selects); ``lead-import`` previews ``--file`` for ``--month``, ``lead-calendar`` a
working-day calendar ``--file`` (nothing is written); ``bill-import`` is Work log → Import
phone records previewing ``--file`` (a phone bill).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SECTIONS = (
    "today",
    "members",
    "member",
    "cards",
    "gifts",
    "plans",
    "plans-week",
    "worklog",
    "settings",
    "log",
    "log-campaign",
    "gift",
    "lead",
    "lead-trends",
    "lead-approvals",
    "lead-churn",
    "lead-campaigns",
    "lead-new-campaign",
    "lead-edit-steps",
    "lead-import",
    "lead-calendar",
    "lead-log",
    "bill-import",
)
LEAD_TABS = {  # the Team section's panel each shows
    "lead": "dashboard",
    "lead-log": "dashboard",
    "lead-trends": "trends",
    "lead-approvals": "approvals",
    "lead-churn": "churn",
    "lead-campaigns": "campaigns",
    "lead-new-campaign": "campaigns",
    "lead-edit-steps": "campaigns",
    "lead-import": "regrading",
    "lead-calendar": "calendar",
}


def take_screenshot(
    db_arg: str | None,
    out: Path,
    lang: str = "zh_CN",
    user: str | None = None,
    size: tuple[int, int] = (1180, 720),
    demo: bool = False,
    section: str = "members",
    member: str | None = None,
    search: str | None = None,
    file: str | None = None,
    month: str | None = None,
    ahead: int = 0,
    campaign: str | None = None,
) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from vipcrm.app import build_gui, ensure_application, use_cjk_fallback_font
    from vipcrm.services.context import resolve_actor
    from vipcrm.store.db import open_database
    from vipcrm.ui.i18n import install_translators, remove_translators
    from vipcrm.ui.runner import SyncRunner
    from vipcrm.ui.screens.base import Section
    from vipcrm.ui.settings import AppSettings

    app = ensure_application()
    with tempfile.TemporaryDirectory() as scratch:
        settings = AppSettings.in_file(str(Path(scratch) / "settings.ini"))
        translators = install_translators(app, lang)
        use_cjk_fallback_font(app)
        db = open_database(db_arg)
        try:
            if demo and db.is_empty():
                from vipcrm.services.demo import generate_demo

                generate_demo(db)
            # Before the window: an unknown user would get a modal message box, which
            # nobody can click offscreen (the tool would wait for ever).
            with db.reading() as s:
                actor = resolve_actor(s, user)
            if not actor.known and not actor.bootstrap:
                raise SystemExit(
                    f"screenshot: user {actor.code!r} is not in {db.display_name} "
                    "(see 'vipcrm manager list')"
                )
            kw = {}
            if section == "lead-campaigns" and ahead:  # days on: the flagged members show
                from datetime import timedelta

                from vipcrm.ui.backends.base import local_today

                kw["today"] = lambda: local_today() + timedelta(days=ahead)
            gui = build_gui(db, settings, user=user, runner=SyncRunner(), language=lang, **kw)
            if gui is None:  # checked above; build_gui has told the user already
                raise SystemExit(f"screenshot: user {actor.code!r} is not in {db.display_name}")
            window = gui.window
            window.resize(*size)
            window.show()
            target: QWidget = window
            if section in ("today", "log", "log-campaign"):
                window.show_section(Section.TODAY)
            elif section == "members":
                window.show_section(Section.MEMBERS)
                if search:
                    page = gui.screens.members.list_page
                    page.search_box.setText(search)
                    page._apply_search()
            elif section in ("member", "gift"):
                window.show_section(Section.MEMBERS)
                member_id = gui.model.member_id(0) if member is None else None
                if member is not None:
                    from vipcrm.services.members import find_member

                    with db.reading() as s:
                        member_id = find_member(s, member).id
                window.open_member(member_id)
            elif section in LEAD_TABS:
                if not window.has_section(Section.TEAM):
                    raise SystemExit(f"user {gui.actor.code} is not a team lead: no Team section")
                lead = window.show_section(Section.TEAM)
                lead.show_tab(lead.tabs.indexOf(getattr(lead, LEAD_TABS[section])))
                for _ in range(1000):  # the charts are drawn one per turn of the event loop
                    if section != "lead-trends" or lead.trends.drawn:
                        break
                    app.processEvents()
                if section == "lead-import" and file:
                    panel = lead.regrading
                    if month:
                        panel.month_edit.setText(month)
                    panel.file_edit.setText(file)
                    panel.run_preview()
                # a campaign with steps, if one has them (or the one --campaign names)
                if section in ("lead-campaigns", "lead-edit-steps"):
                    panel = lead.campaigns
                    rows = panel.model.rows()
                    found = next(
                        (
                            i
                            for i, p in enumerate(rows)
                            if (p.campaign.code == campaign if campaign else p.campaign.steps)
                        ),
                        None,
                    )
                    if found is None and campaign:
                        raise SystemExit(
                            f"screenshot: no campaign {campaign!r} in {gui.actor.code}'s "
                            "Campaigns tab (see 'vipcrm campaign list')"
                        )
                    if found is not None:
                        proxy = panel.table.model()
                        panel.table.selectRow(
                            proxy.mapFromSource(panel.model.index(found, 0)).row()
                        )
                if section == "lead-calendar" and file:
                    lead.calendar.file_edit.setText(file)
                    lead.calendar.run_preview()
            elif section in ("plans", "plans-week"):
                plans = window.show_section(Section.PLANS)
                plans.set_weekly(section == "plans-week")
                if ahead:
                    plans.shift(ahead)
            elif section == "bill-import":
                window.show_section(Section.WORKLOG)
            elif section == "worklog":
                worklog = window.show_section(Section.WORKLOG)
                if ahead:
                    worklog.step(ahead)  # days (negative: back)
            elif section != "settings":
                window.show_section(Section[section.upper()])
            app.processEvents()
            dialog = None
            if section == "settings":
                from vipcrm.ui.settings_dialog import SettingsDialog

                dialog = SettingsDialog(settings, window)
            elif section == "log":
                from vipcrm.domain.values import Channel
                from vipcrm.ui.log_dialog import LogContactDialog

                item = gui.screens.today.current_item()
                dialog = LogContactDialog(item.member_name if item else "—", Channel.PHONE, window)
            elif section == "log-campaign":
                from vipcrm.domain.due import DueKind
                from vipcrm.domain.values import CampaignResult, Channel
                from vipcrm.ui.log_dialog import LogContactDialog

                today = gui.screens.today
                found = next(
                    (i for i in today.model.items() if i.kind is DueKind.CAMPAIGN_CONTACT), None
                )
                if found is None:
                    raise SystemExit(f"no campaign item on {gui.actor.code}'s Today")
                campaigns = today.ctx.backend.open_campaigns(found.member_id)
                dialog = LogContactDialog(found.member_name, Channel.PHONE, window, campaigns)
                dialog.result_combo.setCurrentIndex(
                    max(dialog.result_combo.findData(CampaignResult.ACCEPTED.value), 0)
                )
            elif section == "gift":
                from vipcrm.domain.values import Occasion
                from vipcrm.ui.screens.gifts.request_dialog import GiftRequestDialog

                profile = gui.screens.members.page.profile
                dialog = GiftRequestDialog(
                    profile.name,
                    profile.tier,
                    Occasion.BIRTHDAY,
                    lambda o, day: gui.backends.gifts.gift_terms(profile.id, o, day),
                    gui.backends.gifts.today(),
                    lang.startswith("zh"),
                    window,
                )
            elif section == "lead-log":
                from vipcrm.ui.screens.lead.dashboard import ManagerLogDialog

                panel = gui.screens.lead.dashboard
                first = panel.model.row_value(0)
                dialog = ManagerLogDialog(panel.lead, gui.ops, first.code, first.name, window)
                dialog.log_table.selectRow(0)
            elif section == "lead-new-campaign":
                from datetime import timedelta

                from vipcrm.domain.values import Tier
                from vipcrm.ui.labels import qdate
                from vipcrm.ui.screens.lead.campaigns import NewCampaignDialog

                panel = gui.screens.lead.campaigns
                dialog = NewCampaignDialog(panel.lead, gui.ops, window)
                dialog.code.setText("SF2027")
                dialog.name.setText(
                    "春节回馈" if lang.startswith("zh") else "Spring Festival reward"
                )
                end = panel.lead.today() + timedelta(days=14)
                dialog.ends.setDate(qdate(end))
                for tier in (Tier.DIAMOND, Tier.GOLD):
                    dialog.tier_boxes[tier].setChecked(True)
                dialog.step_boxes[Tier.DIAMOND].setChecked(True)
                dialog.step_dates[Tier.DIAMOND].setDate(qdate(end - timedelta(days=3)))
            elif section == "lead-edit-steps":
                dialog = gui.screens.lead.campaigns.edit_selected()
            elif section == "bill-import":
                dialog = gui.screens.worklog.import_phone_records()
                if file:
                    dialog.file_edit.setText(file)
                    dialog.run_preview()
            if dialog is not None:
                dialog.show()
                dialog.adjustSize()
                if section == "lead-log":
                    dialog.resize(1000, 640)
                target = dialog
            for _ in range(3):
                app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not target.grab().save(str(out)):
                raise SystemExit(f"cannot write {out}")
            if dialog is not None:
                dialog.close()
            window.close()
            gui.digest.stop()
        finally:
            db.dispose()
            remove_translators(app, translators)
            QApplication.processEvents()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/screenshot.py", description=__doc__)
    parser.add_argument("--db", help="database file (default: the user's)")
    parser.add_argument("--lang", default="zh_CN", help="zh_CN or en")
    parser.add_argument("--user", help="acting user's code (default: the laptop's)")
    parser.add_argument("--out", required=True, type=Path, help="PNG file to write")
    parser.add_argument("--size", default="1180x720", help="window size, WxH")
    parser.add_argument("--demo", action="store_true", help="fill an empty database first")
    parser.add_argument("--section", default="members", choices=SECTIONS)
    parser.add_argument("--member", help="the member to open (mobile number or id)")
    parser.add_argument("--search", help="text typed into the member search")
    parser.add_argument(
        "--file",
        help="lead-import: the re-grading file; lead-calendar: the calendar file; "
        "bill-import: the phone bill to preview",
    )
    parser.add_argument("--month", help="lead-import: the month (YYYY-MM)")
    parser.add_argument(
        "--ahead",
        type=int,
        default=0,
        help="plans, plans-week: months or weeks ahead of today; worklog: days (-1: yesterday); "
        "lead-campaigns: days ahead of today (near a campaign's end its flagged members show)",
    )
    parser.add_argument(
        "--campaign",
        help="lead-campaigns, lead-edit-steps: the code of the campaign to select "
        "(default: the first with steps)",
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    path = take_screenshot(
        args.db,
        args.out,
        args.lang,
        args.user,
        (width, height),
        args.demo,
        args.section,
        args.member,
        args.search,
        args.file,
        args.month,
        args.ahead,
        args.campaign,
    )
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
