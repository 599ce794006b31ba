"""``vipcrm import-grading``: the monthly re-grading file from billing (preview, guard,
import, undo), and ``vipcrm assign``: new or unassigned members to a team's managers."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tqdm import tqdm

from vipcrm.commands.args import arg, int_range
from vipcrm.commands.common import print_json, today, unit_of_work
from vipcrm.domain.dates import DEFAULT_TZ, parse_date
from vipcrm.domain.errors import ValidationError
from vipcrm.services.assignment import assign_new_members, reassign
from vipcrm.services.grading import GradingResult, ImportRefused, Progress, import_grading
from vipcrm.services.grading_undo import UndoResult, undo_import


@contextmanager
def progress_bars() -> Iterator[Progress]:
    """One tqdm bar per phase on stderr (only on a terminal)."""
    bars: dict[str, tqdm[Any]] = {}

    def report(phase: str, done: int, total: int) -> None:
        bar = bars.get(phase)
        if bar is None:
            for other in bars.values():
                other.close()
            size = shutil.get_terminal_size()
            bar = bars[phase] = tqdm(
                total=total or None,
                desc=phase,
                unit="",
                unit_scale=True,
                disable=None,
                leave=False,
                file=sys.stderr,
                # a terminal that reports no size (0 x 0) would get no bar at all
                ncols=size.columns,
                nrows=size.lines,
            )
        if total and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    try:
        yield report
    finally:
        for bar in bars.values():
            bar.close()


def _counts(c: dict[str, int]) -> str:
    return (
        f"{c.get('new', 0)} new, {c.get('reactivated', 0)} back, {c.get('up', 0)} up, "
        f"{c.get('down', 0)} down, {c.get('unchanged', 0)} unchanged, {c.get('left', 0)} left"
    )


def _percent(share: float) -> str:
    return f"{share * 100:.1f} %".replace(".0 %", " %")


def _leavers(result: GradingResult) -> list[str]:
    """Per manager: how many of the book leave, and a few names."""
    lines = []
    for m in result.leavers_by_manager:
        who = f"{m.code} {m.name}" if m.code else "unassigned"
        names = ", ".join(m.sample) + (", …" if m.leaving > len(m.sample) else "")
        lines.append(f"  {who}: {m.leaving} of {m.book} leave ({names})")
    return lines


def _refused_json(exc: ImportRefused) -> dict[str, Any]:
    first, *rest = str(exc).splitlines()
    out: dict[str, Any] = {"written": False, "error": first, "problems": rest}
    if exc.result is not None:
        r = exc.result
        out |= {
            "counts": r.counts,
            "book": r.book,
            "leave_share": r.leave_share,
            "guard_share": r.guard_share,
            "leavers_by_manager": [asdict(m) for m in r.leavers_by_manager],
        }
    return out


def cmd_import_grading(args: argparse.Namespace) -> int:
    if args.undo:
        return _undo(args)
    if not args.file:
        raise ValidationError("file", "give the FILE to import (or --undo --month M)")
    try:
        with unit_of_work(args) as (session, actor), progress_bars() as progress:
            result, _ = import_grading(
                session,
                actor,
                Path(args.file),
                month=args.month,
                dry_run=args.dry_run,
                skip_invalid=args.skip_invalid,
                encoding=args.encoding,
                accept_leavers=args.accept_leavers,
                progress=progress,
            )
    except ImportRefused as exc:
        if args.json:
            print_json(_refused_json(exc))
            return 2
        if exc.result is None or exc.result.problem_count and not args.skip_invalid:
            raise
        print(f"vipcrm: error: {exc}", file=sys.stderr)
        for line in _leavers(exc.result):
            print(line, file=sys.stderr)
        return 2
    if args.json:
        print_json(result)
        return 0
    verb = (
        "already imported: nothing written"
        if result.already_imported
        else "nothing written (dry run)"
        if args.dry_run
        else "written"
    )
    encoding = f", {result.encoding}" if result.encoding else ""
    print(
        f"{result.file} ({result.rows} rows{encoding}) for {result.month}: "
        f"{_counts(result.counts)} — {verb}"
    )
    if result.replaces and not result.already_imported:
        print(f"it {'replaces' if result.written else 'would replace'} {result.replaces}")
    if args.dry_run and result.needs_confirmation and not result.already_imported:
        print(
            f"{result.counts['left']} of {result.book} members ({_percent(result.leave_share)}) "
            f"would leave: more than the {_percent(result.guard_share)} allowed without "
            f"confirmation; importing needs --accept-leavers {result.counts['left']}"
        )
        for line in _leavers(result):
            print(line)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problem_count > len(result.problems):
        print(f"… and {result.problem_count - len(result.problems)} more", file=sys.stderr)
    if result.problem_count and result.written:
        print(f"{result.problem_count} bad row(s) skipped", file=sys.stderr)
    if result.untouched and result.written:
        print(f"{result.untouched} member(s) on skipped rows left as they were", file=sys.stderr)
    return 0


def _undo(args: argparse.Namespace) -> int:
    if args.file:
        raise ValidationError("file", "--undo takes no FILE: it undoes the month's import")
    for flag, given in (
        ("--skip-invalid", args.skip_invalid),
        ("--encoding", args.encoding),
        ("--accept-leavers", args.accept_leavers is not None),
    ):
        if given:
            raise ValidationError("undo", f"{flag} is for importing, not for --undo")
    with unit_of_work(args) as (session, actor), progress_bars() as progress:
        result, _ = undo_import(
            session, actor, month=args.month, dry_run=args.dry_run, progress=progress
        )
    if args.json:
        print_json(result)
        return 0
    print(_undo_text(result, args.dry_run))
    if result.kept_left:
        print(
            f"kept as left, because contacts, notes, cards, gifts or plans refer to them: "
            f"{', '.join(result.kept_left)}"
        )
    if result.counts["kept_edits"]:
        print(f"{result.counts['kept_edits']} field(s) changed since the import were kept")
    if result.counts["missing"]:
        print(f"{result.counts['missing']} member(s) are no longer on this laptop: not restored")
    return 0


def _undo_text(r: UndoResult, dry_run: bool) -> str:
    at = r.imported_at.astimezone(DEFAULT_TZ).strftime("%Y-%m-%d %H:%M")
    by = f" by {r.imported_by}" if r.imported_by else ""
    c = r.counts
    verb = "nothing written (dry run)" if dry_run else "undone"
    return (
        f"the import of {r.file} for {r.month} (imported{by} on {at}): "
        f"{c['restored']} member(s) restored, {c['removed']} removed, "
        f"{c['kept_left']} kept as left — {verb}"
    )


def cmd_assign(args: argparse.Namespace) -> int:
    on = args.on or today()
    if args.member or args.to:
        if not (args.member and args.to):
            raise ValidationError("to", "reassigning needs both --member and --to")
        with unit_of_work(args) as (session, actor):
            reassign(session, actor, member_ref=args.member, to=args.to, today=on)
        print(f"{args.member} now belongs to {args.to} (first contact due from {on})")
        return 0
    if args.unassigned and args.month:
        raise ValidationError("month", "give --month YYYY-MM or --unassigned, not both")
    if not args.month and not args.unassigned:
        raise ValidationError(
            "month",
            "give --month YYYY-MM, --unassigned (every member nobody serves yet), "
            "or --member M --to C to reassign one member",
        )
    with unit_of_work(args) as (session, actor):
        result, _ = assign_new_members(
            session,
            actor,
            month=None if args.unassigned else args.month,
            today=on,
            team=args.team,
            dry_run=args.dry_run,
        )
        if args.dry_run:
            session.rollback()
    if args.json:
        print_json(result)
        return 0
    given = ", ".join(f"{code} +{n}" for code, n in sorted(result.by_manager.items()))
    loads = ", ".join(f"{code} {n}" for code, n in sorted(result.loads.items()))
    verb = "would assign" if args.dry_run else "assigned"
    which = f"{result.month}" if result.month else "every month"
    what = "new" if result.month else "unassigned"
    print(f"team {result.team}, {which}: {verb} {result.assigned} {what} member(s): {given}")
    print(f"weighted books now: {loads}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-grading",
        help="apply (or undo) the monthly re-grading file (升降级) from billing (lead/admin)",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help=".csv (UTF-8 or GB18030) or .xlsx; see docs/import-format.md",
    )
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the good rows, report the bad ones"
    )
    p.add_argument("--encoding", help="CSV encoding when detection is not enough (e.g. gbk)")
    p.add_argument(
        "--accept-leavers",
        type=int_range(0, 10**9),
        metavar="N",
        help="confirm that N members leave (needed when more than the rules' share would)",
    )
    p.add_argument(
        "--undo",
        action="store_true",
        help="undo the month's import (on the laptop that imported it)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_grading)
    p = sub.add_parser(
        "assign",
        help="give new or unassigned members to the team's managers, balanced (lead/admin)",
    )
    p.add_argument(
        "--month", metavar="YYYY-MM", help="members who joined in this month's re-grading"
    )
    p.add_argument(
        "--unassigned",
        action="store_true",
        help="every member nobody serves yet, whichever month they joined",
    )
    p.add_argument("--team", metavar="T", help="default: your team")
    p.add_argument(
        "--on",
        type=arg(lambda v: parse_date(v, "on")),
        metavar="YYYY-MM-DD",
        help="assignment date",
    )
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--member", metavar="PHONE_OR_ID", help="reassign one member ...")
    p.add_argument("--to", metavar="C", help="... to this manager")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_assign)
