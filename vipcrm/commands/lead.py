"""The team lead's figures: ``vipcrm churn`` and ``vipcrm dashboard`` (lead or admin)."""

from __future__ import annotations

import argparse
from pathlib import Path

from vipcrm.commands.args import arg, int_range
from vipcrm.commands.common import open_db, print_json, print_table, today
from vipcrm.domain.dates import parse_date
from vipcrm.domain.money import format_fen
from vipcrm.domain.plan_layout import ChurnFigure
from vipcrm.domain.values import Tier
from vipcrm.services.context import resolve_actor
from vipcrm.texts import Texts

GROUPS = ("all", "diamond_gold", *(t.value for t in Tier))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.2f}%"


def _figure(f: ChurnFigure) -> str:
    verdict = "" if f.met is None else (" ok" if f.met else " OVER")
    return f"{f.left}/{f.base} {_pct(f.rate)}{verdict}"


def cmd_churn(args: argparse.Namespace) -> int:
    from vipcrm.services.churn import churn_report, report_json

    db = open_db(args)
    try:
        with db.reading() as session:
            report = churn_report(
                session,
                resolve_actor(session, args.user),
                team=args.team,
                year=args.year,
                today=args.on or today(),
            )
    finally:
        db.dispose()
    if args.json:
        print_json(report_json(report))
        return 0
    print(
        f"churn of team {report.team_code} in {report.year} (through {report.through}); "
        f"yearly targets: all {_pct(report.target_all)}, diamond+gold "
        f"{_pct(report.target_diamond_gold)}"
    )
    ytd = report.ytd
    print(
        f"year to date: all {_figure(ytd['all'])} (target {_pct(ytd['all'].target)}), "
        f"diamond+gold {_figure(ytd['diamond_gold'])} (target {_pct(ytd['diamond_gold'].target)})"
    )
    print()
    print_table(
        ["month", *GROUPS],
        [[m, *(f"{figs[g].left}/{figs[g].base}" for g in GROUPS)] for m, figs in report.months],
    )
    print()
    print(f"left in {report.year}: {len(report.leavers)}")
    if report.leavers:
        print_table(
            ["left", "member", "mobile", "tier", "manager"],
            [[x.left_month, x.name, x.phone, x.tier.value, x.manager_code] for x in report.leavers],
        )
    print()
    month = report.regrading_month or "—"
    print(f"at risk after the {month} re-grading (retention calls 客户挽留): {len(report.at_risk)}")
    if report.at_risk:
        print_table(
            ["member", "mobile", "tier", "manager", "why", "last reached", "called", "due"],
            [
                [
                    a.name,
                    a.phone,
                    a.tier.value + (f" (was {a.previous_tier.value})" if a.previous_tier else ""),
                    a.manager_code,
                    ", ".join(a.causes),
                    a.last_reached or "—",
                    a.called_on or "—",
                    a.due_date,
                ]
                for a in report.at_risk
            ],
        )
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    from vipcrm.services.dashboard import dashboard_json, team_dashboard

    lang = args.lang or "zh_CN"
    db = open_db(args)
    trends = None
    try:
        with db.reading() as session:
            actor = resolve_actor(session, args.user)
            board = team_dashboard(session, actor, team=args.team, today=args.on or today())
            if args.xlsx:  # the workbook carries the lead's charts
                from vipcrm.services.team_trends import team_trends

                trends = team_trends(session, actor, team=board.team_code, today=board.today)
    finally:
        db.dispose()
    warnings = Texts(lang).provisional_years(board.provisional_years)
    if args.xlsx:
        from vipcrm.reports.dashboard_xlsx import export_dashboard

        print(f"written {export_dashboard(board, args.xlsx, lang, trends)}")
    if args.json:
        print_json(dashboard_json(board) | {"warnings": warnings})
        return 0
    if args.xlsx:
        return 0
    print(f"team {board.team_code} — {board.month} (as of {board.today})")
    print_table(
        [
            "manager",
            "book D/G/S",
            "standard",
            "below min",
            "overdue",
            "1st contact",
            "cards stuck",
            "gifts pending",
            "budget used",
            "at risk",
        ],
        [
            [
                f"{m.code} {m.name}",
                "/".join(str(m.book.get(t, 0)) for t in Tier),
                _pct(m.standard_rate),
                m.below_minimum,
                m.overdue,
                f"{m.sla_hit}/{m.sla_judged}",
                m.cards_stuck,
                m.gifts_pending,
                "—"
                if m.budget is None
                else f"{format_fen(m.budget_used_fen or 0)} / {format_fen(m.budget.allocated_fen)}",
                m.at_risk,
            ]
            for m in board.managers
        ],
    )
    ytd = board.churn.ytd
    print(
        f"churn {board.churn.year} to date: all {_figure(ytd['all'])}, "
        f"diamond+gold {_figure(ytd['diamond_gold'])}"
    )
    return 0


def _xlsx_path(text: str) -> Path:
    from vipcrm.domain.errors import ValidationError

    path = Path(text).expanduser()
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("xlsx", f"'{text}' should end in .xlsx")
    return path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    on = arg(lambda v: parse_date(v, "on"))
    p = sub.add_parser(
        "churn",
        help="members who left by month and tier, churn to date against the targets, "
        "recent leavers and members at risk (team lead)",
    )
    p.add_argument("--team", metavar="T", help="default: your own team")
    p.add_argument("--year", type=int_range(2000, 2999), metavar="YYYY", help="default: this year")
    p.add_argument("--on", type=on, metavar="YYYY-MM-DD", help="as of (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_churn)

    p = sub.add_parser(
        "dashboard",
        help="per manager: book, compliance, overdue, first-contact SLA, cards, gifts, "
        "budget this month (team lead)",
    )
    p.add_argument("--team", metavar="T", help="default: your own team")
    p.add_argument("--on", type=on, metavar="YYYY-MM-DD", help="as of (default today)")
    p.add_argument("--xlsx", type=arg(_xlsx_path), metavar="FILE.xlsx", help="export the table")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_dashboard)
