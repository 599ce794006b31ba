"""``vipcrm init`` and ``vipcrm demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url
from tqdm import tqdm

from vipcrm.commands.args import int_range
from vipcrm.commands.common import open_db, print_json
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.store import known_links
from vipcrm.store.db import current_revision, resolve_db_url


def _file_of(db: str | None) -> Path | None:
    url = make_url(resolve_db_url(db))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def cmd_init(args: argparse.Namespace) -> int:
    # brings the schema to head; a lost database that was linked to a central store is
    # made anew here by choice, empty and unlinked (sync --fresh would copy it instead)
    path = _file_of(args.db)
    missing = path is not None and not (path.exists() and path.stat().st_size)
    if path is not None and missing and known_links.recall(path):
        known_links.forget(path)
    db = open_db(args)
    try:
        print(f"database ready: {db.display_name} (schema {current_revision(db.engine)})")
    finally:
        db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    options = DemoOptions(managers=args.managers, members=args.members, seed=args.seed)
    options.validate()
    db = open_db(args)
    try:
        with tqdm(
            total=options.members, desc="demo", unit="member", disable=None, leave=False
        ) as bar:

            def progress(done: int, total: int) -> None:
                bar.update(done - bar.n)

            summary = generate_demo(db, options, progress)
    finally:
        db.dispose()
    if args.json:
        print_json(summary)
    else:
        print(
            f"demo data loaded: {summary.teams} team(s), {summary.managers} managers, "
            f"{summary.members} members, {summary.contacts} contact attempts, "
            f"{summary.cards} cards, {summary.gifts} gifts"
        )
        print(
            f"this laptop now acts as {summary.default_user} (the team lead); use --user CODE for another"
        )
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    """Check the resources, open and migrate a throw-away database, add data, compute what
    is due, print a PDF, encrypt the database with a throw-away key."""
    import os
    import secrets
    import tempfile
    from datetime import date
    from pathlib import Path

    from vipcrm.domain.values import Occasion, Role, Tier
    from vipcrm.paths import check_installation
    from vipcrm.reports.ledger import render_ledger
    from vipcrm.services import budgets, gifts
    from vipcrm.services.context import resolve_actor
    from vipcrm.services.directory import add_manager
    from vipcrm.services.due import due_for
    from vipcrm.services.ledger import gift_ledger
    from vipcrm.services.members import NewMember, add_member
    from vipcrm.store import crypto
    from vipcrm.store.db import current_revision, head_revision, open_database

    resources = check_installation()
    # A throw-away database: opened plain, so no key of it is left in the user's keyring
    # (and the test runs where no keyring is); SQLCipher is checked on it below.
    os.environ["VIPCRM_ENCRYPTION"] = "off"
    with tempfile.TemporaryDirectory(prefix="vipcrm-self-test-") as folder:
        path = Path(folder) / "self-test.db"
        db = open_database(path)
        try:
            checks = [resources, f"schema migrated to {current_revision(db.engine)}"]
            if current_revision(db.engine) != head_revision():
                raise RuntimeError("the schema is not at head")
            today = date(2026, 9, 29)
            with db.transaction() as s:
                add_manager(
                    s,
                    resolve_actor(s, "self-test"),
                    code="L1",
                    name="队长",
                    team="T1",
                    role=Role.LEAD,
                )
                lead = resolve_actor(s, "L1")
                add_manager(s, lead, code="M1", name="李欣", team="T1")
                add_member(
                    s,
                    lead,
                    NewMember(
                        phone="13800138000",
                        name="张伟",
                        tier=Tier.DIAMOND,
                        manager="M1",
                        assigned_on=today,
                    ),
                    today,
                )
                budgets.set_team_budget(s, lead, team="T1", period="2026-09", amount_fen=100000)
                budgets.set_manager_budget(
                    s, lead, manager="M1", period="2026-09", amount_fen=50000
                )
                gifts.request_gift(
                    s,
                    resolve_actor(s, "M1"),
                    member_ref="13800138000",
                    occasion=Occasion.BIRTHDAY,
                    amount_fen=15000,
                    today=today,
                )
            with db.reading() as s:
                due = due_for(s, resolve_actor(s, "M1"), today=today, horizon_days=14)
                first = [i for i in due.items if i.kind == "first_contact"]
                if not first or first[0].due_date != date(2026, 10, 9):
                    raise RuntimeError(
                        f"first contact due on {first[0].due_date if first else None}, not 2026-10-09"
                    )
                checks.append("due engine: first contact 2026-09-29 -> 2026-10-09 (National Day)")
                ledger = gift_ledger(s, resolve_actor(s, "L1"), team="T1", period="2026-09")
            pdf = render_ledger(ledger, Path(folder) / "self-test.pdf", args.lang or "zh_CN")
            data = pdf.read_bytes()
            if not data.startswith(b"%PDF") or b"WenQuanYi" not in data:
                raise RuntimeError("the PDF was not written with the embedded font")
            checks.append(f"one-page PDF rendered ({len(data) // 1024} KiB, CJK font embedded)")
        finally:
            db.dispose()
        rows = crypto.encrypt_in_place(path, secrets.token_hex(32))  # verifies every row count
        checks.append(f"SQLCipher: database encrypted and read back ({sum(rows.values())} rows)")
    for check in checks:
        print(f"ok  {check}")
    print("self-test passed")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create or upgrade the database schema")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    p.add_argument(
        "--managers", type=int_range(1, 500), default=5, help="account managers (default 5)"
    )
    p.add_argument(
        "--members", type=int_range(1, 200_000), default=200, help="members (default 200)"
    )
    p.add_argument(
        "--seed", type=int_range(0, 2**31), default=1, help="random seed (same seed, same data)"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "self-test", help="check this installation: resources, database, migrations, rules, a PDF"
    )
    p.set_defaults(func=cmd_self_test)
