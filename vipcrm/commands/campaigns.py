"""``vipcrm campaign add|list|show|edit|close|targets|outcome``: a lead's campaigns and
satisfaction call-back rounds (活动推广 · 满意度回访), and the outcomes managers record."""

from __future__ import annotations

import argparse
import re
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from vipcrm.commands.args import arg, enum_arg, enum_help, int_range
from vipcrm.commands.common import open_db, print_json, print_table, today, unit_of_work
from vipcrm.domain.dates import parse_date
from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import (
    CAMPAIGN_RESULTS,
    CampaignChannel,
    CampaignKind,
    CampaignResult,
    GroupClass,
    Tier,
    parse_enum,
)
from vipcrm.services import campaigns
from vipcrm.services.context import resolve_actor


def _listed(enum: type[Tier] | type[GroupClass], field: str) -> Callable[[str], tuple[object, ...]]:
    def parse(text: str) -> tuple[object, ...]:
        parts = [p for p in re.split(r"[,，\s]+", text or "") if p.strip()]
        if not parts:
            raise ValidationError(field, msg("name at least one"))
        return tuple(dict.fromkeys(parse_enum(enum, p, field) for p in parts))

    return arg(parse)


def _step(text: str) -> tuple[Tier, date]:
    """``diamond=2027-02-05``: a tier and the day its members are due by."""
    tier, sep, day = (text or "").replace("＝", "=").partition("=")
    if not sep or not tier.strip() or not day.strip():
        raise ValidationError("step", msg("'{text}' is not TIER=YYYY-MM-DD", text=text))
    return parse_enum(Tier, tier, "step"), parse_date(day.strip(), "step")


def cmd_add(args: argparse.Namespace) -> int:
    new = campaigns.NewCampaign(
        code=args.code,
        name=args.name,
        kind=args.kind,
        starts_on=args.starts_on,
        ends_on=args.ends_on,
        tiers=tuple(args.tiers or ()),
        group_classes=tuple(args.group_classes or ()),
        key_persons=args.key_persons,
        important=args.important,
        members_file=Path(args.members) if args.members else None,
        channel=args.channel or CampaignChannel.CALL,
        sms_template=args.sms or "",
        call_script=args.script or "",
        steps=tuple(args.steps or ()),
    )
    with unit_of_work(args) as (session, actor):
        campaign, changes = campaigns.add_campaign(
            session, actor, new, today=today(), team=args.team
        )
        code = campaign.code
    print(f"campaign {code} added: {len(changes.members)} member(s) targeted")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            rows = campaigns.list_campaigns(session, resolve_actor(session, args.user))
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "code": r.code,
                    "name": r.name,
                    "kind": r.kind.value,
                    "from": r.starts_on.isoformat(),
                    "to": r.ends_on.isoformat(),
                    "channel": r.channel.value,
                    "status": r.status.value,
                    "team": r.team_code,
                    "targeted": r.targeted,
                    "steps": {t.value: d.isoformat() for t, d in r.steps.items()},
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["code", "team", "name", "kind", "from", "to", "channel", "status", "targeted"],
        [
            [
                r.code,
                r.team_code or "-",  # "-": the administrator's, for every team
                r.name,
                r.kind.value,
                r.starts_on,
                r.ends_on,
                r.channel.value,
                r.status.value,
                r.targeted,
            ]
            for r in rows
        ],
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            actor = resolve_actor(session, args.user)
            progress = campaigns.campaign_progress(
                session, actor, args.code, today=today(), team=args.team
            )
    finally:
        db.dispose()
    if args.json:
        print_json(progress.to_json())
        return 0
    c, kind = progress.campaign, progress.campaign.kind
    print(f"{c.code}  {c.name}  ({kind.value}, {c.channel.value}, {c.status.value})")
    print(f"period: {c.starts_on} – {c.ends_on}; working days left: {progress.working_days_left}")
    if c.steps:
        steps = ", ".join(f"{tier.value} by {day}" for tier, day in c.steps.items())
        print(f"steps: {steps}; the other tiers by the end")
    if c.sms_template:
        print(f"SMS: {c.sms_template}")
    if c.call_script:
        print(f"script: {c.call_script}")
    results = [r.value for r in CAMPAIGN_RESULTS[kind]]
    headers = ["", "due", "targeted", "contacted", "reached", *results, "flagged"]
    if kind is CampaignKind.SURVEY:
        headers.append("average")

    def line(label: str, t: campaigns.Tally, due: object = "") -> list[object]:
        out: list[object] = [label, due, t.targeted, t.contacted, t.reached]
        out += [t.results.get(r, 0) for r in results]
        out.append(t.flagged)
        if kind is CampaignKind.SURVEY:
            out.append("-" if t.average_score is None else t.average_score)
        return out

    rows = [line("all", progress.overall, c.ends_on)]
    rows += [line(f"manager {m or '-'}", t) for m, t in sorted(progress.by_manager.items())]
    rows += [
        line(f"tier {tier.value}", t, c.due_on(tier))
        for tier, t in sorted(progress.by_tier.items(), key=lambda kv: kv[0].rank)
    ]
    print_table(headers, rows)
    flagged = [r for r in progress.targets if r.flagged]
    if flagged:
        print("not contacted with two working days or fewer left before their due date:")
        for r in flagged:
            print(f"  {r.phone} {r.name} ({r.tier.value}, {r.manager_code}, due {r.due_on})")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    edit = campaigns.CampaignEdit(
        ends_on=args.ends_on,
        steps=tuple(args.steps or ()),
        clear_steps=tuple(dict.fromkeys(args.clear_steps or ())),
    )
    with unit_of_work(args) as (session, actor):
        campaign, changes = campaigns.edit_campaign(
            session, actor, args.code, edit, today=today(), team=args.team
        )
        code, ends_on, steps = campaign.code, campaign.ends_on, campaign.steps
        kept = campaigns.plans_keeping_old_days(session, campaign) if changes.contacts else []
    said = ", ".join(f"{tier.value} by {day}" for tier, day in steps.items()) or "none"
    done = "changed" if changes.contacts else "unchanged"
    print(f"campaign {code} {done}: ends {ends_on}; steps: {said}")
    notice = campaigns.kept_plans_notice(kept, code)
    if notice is not None:
        print(notice)
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        campaigns.close_campaign(session, actor, args.code, team=args.team)
    print(f"campaign {args.code} closed")
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            actor = resolve_actor(session, args.user)
            _row, rows = campaigns.campaign_targets(
                session, actor, args.code, today=today(), team=args.team
            )
    finally:
        db.dispose()
    if args.json:
        print_json(
            [
                {
                    "member": str(r.member_id),
                    "phone": r.phone,
                    "name": r.name,
                    "tier": r.tier.value,
                    "status": r.status.value,
                    "manager": r.manager_code,
                    "contacted": r.contacted,
                    "reached": r.reached,
                    "result": r.result.value if r.result else None,
                    "score": r.score,
                    "note": r.note,
                    "outcomes": r.outcomes,
                    "flagged": r.flagged,
                    "due": r.due_on.isoformat(),
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [
            "phone",
            "name",
            "tier",
            "manager",
            "due",
            "contacted",
            "reached",
            "result",
            "score",
            "flag",
        ],
        [
            [
                r.phone,
                r.name,
                r.tier.value,
                r.manager_code or "-",
                r.due_on,
                "yes" if r.contacted else "no",
                "yes" if r.reached else "no",
                r.result.value if r.result else "-",
                "-" if r.score is None else r.score,
                "!" if r.flagged else "",
            ]
            for r in rows
        ],
    )
    return 0


def cmd_outcome(args: argparse.Namespace) -> int:
    with unit_of_work(args) as (session, actor):
        outcome, _changes = campaigns.record_outcome(
            session,
            actor,
            campaign_code=args.campaign,
            member_ref=args.member,
            result=args.result,
            score=args.score,
            note=args.note or "",
            contact_id=args.contact,
            campaign_team=args.team,
        )
        result, score = outcome.result, outcome.score
    scored = f" (score {score})" if score is not None else ""
    print(f"outcome recorded: {args.campaign} {args.member}: {result.value}{scored}")
    return 0


TEAM_HELP = (
    "the campaign's team, for an administrator when two teams use the code "
    "('-': the administrator's campaign for every team); a manager's or a lead's "
    "is their team's"
)


def _team(p: argparse.ArgumentParser, help_text: str = TEAM_HELP) -> None:
    p.add_argument("--team", metavar="T", help=help_text)


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ValidationError("contact", msg("'{text}' is not a contact id", text=text)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "campaign", help="campaigns and satisfaction call-backs (活动推广 · 满意度回访)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = group.add_parser("add", help="define a campaign and its targets (lead/admin)")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument(
        "--kind", required=True, type=enum_arg(CampaignKind, "kind"), help=enum_help(CampaignKind)
    )
    p.add_argument(
        "--from",
        dest="starts_on",
        required=True,
        type=arg(lambda v: parse_date(v, "from")),
        metavar="YYYY-MM-DD",
    )
    p.add_argument(
        "--to",
        dest="ends_on",
        required=True,
        type=arg(lambda v: parse_date(v, "to")),
        metavar="YYYY-MM-DD",
    )
    p.add_argument("--tiers", type=_listed(Tier, "tiers"), metavar="diamond,gold")
    p.add_argument("--group-classes", type=_listed(GroupClass, "group-classes"), metavar="A,B")
    p.add_argument("--key-persons", action="store_true", help="group customers' key persons only")
    p.add_argument("--important", action="store_true", help="important members only")
    p.add_argument(
        "--members", metavar="FILE", help="CSV/XLSX listing the members by mobile number"
    )
    p.add_argument(
        "--channel", type=enum_arg(CampaignChannel, "channel"), help=enum_help(CampaignChannel)
    )
    p.add_argument("--sms", metavar="TEXT", help="SMS template; fields {name} {manager} {tier}")
    p.add_argument("--script", metavar="TEXT", help="the call script")
    _team(
        p,
        "an administrator's campaign for team T (its members, as its lead would target); "
        "without it, for every team. A code is unique within a team",
    )
    p.add_argument(
        "--step",
        dest="steps",
        action="append",
        type=arg(_step),
        metavar="TIER=YYYY-MM-DD",
        help="an earlier day, within the period, by which that tier's members are due "
        "(repeatable: --step diamond=2027-02-05); the other tiers are due by the end",
    )
    p.set_defaults(func=cmd_add)
    p = group.add_parser("list", help="the team's campaigns")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = group.add_parser("show", help="a campaign's progress: overall, per manager, per tier")
    p.add_argument("--code", required=True)
    _team(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = group.add_parser(
        "edit", help="change an open campaign's steps or its end (lead/admin): the items follow"
    )
    p.add_argument("--code", required=True)
    _team(p)
    p.add_argument(
        "--to",
        dest="ends_on",
        type=arg(lambda v: parse_date(v, "to")),
        metavar="YYYY-MM-DD",
        help="a new end: not before the start nor before today",
    )
    p.add_argument(
        "--step",
        dest="steps",
        action="append",
        type=arg(_step),
        metavar="TIER=YYYY-MM-DD",
        help="set or move that tier's step, a day within the period (repeatable); "
        "the steps not named stay",
    )
    p.add_argument(
        "--clear-step",
        dest="clear_steps",
        action="append",
        type=enum_arg(Tier, "clear-step"),
        metavar="TIER",
        help="drop that tier's step: its members are due by the end again (repeatable)",
    )
    p.set_defaults(func=cmd_edit)
    p = group.add_parser("close", help="close a campaign (lead/admin): its items end")
    p.add_argument("--code", required=True)
    _team(p)
    p.set_defaults(func=cmd_close)
    p = group.add_parser("targets", help="the members a campaign targets and what was done")
    p.add_argument("--code", required=True)
    _team(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_targets)
    p = group.add_parser("outcome", help="record what a targeted member said")
    p.add_argument("--campaign", required=True, metavar="CODE")
    _team(p)
    p.add_argument("--member", required=True, metavar="PHONE_OR_ID")
    p.add_argument(
        "--result", type=enum_arg(CampaignResult, "result"), help=enum_help(CampaignResult)
    )
    p.add_argument("--score", type=int_range(1, 5), metavar="1-5", help="a survey's score")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument(
        "--contact",
        type=arg(_uuid),
        metavar="ID",
        help="the logged contact it belongs to (default: the latest in the period)",
    )
    p.set_defaults(func=cmd_outcome)
