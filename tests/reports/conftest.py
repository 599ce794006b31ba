"""Data for the printed plans and reviews: built once per session, read by the tests.

``book_db``: demo data as of 2026-11-22 with one manager (M001, 500 members) in team T01
(lead L01), plus a gold member with rare characters in the name (刘䶮) born on 10
December, a December gift budget and two December gifts (one approved, one pending).

``team_db``: a smaller team (three managers, 90 members) with two members who left the
club in November 2026 (one gold, one silver), for the batch form and the review.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from vipcrm.cli import main
from vipcrm.domain.values import MemberStatus, Tier
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.store.db import open_database
from vipcrm.store.models import Member

TODAY = date(2026, 11, 22)
RARE = "刘䶮"  # 䶮: CJK extension A, not in WenQuanYi Micro Hei
RARE_PHONE = "13900000001"


def run(db: list[str], *argv: str) -> None:
    assert main([*db, *argv]) == 0, argv


def run_json(db: list[str], capsys, *argv: str):
    capsys.readouterr()
    assert main([*db, *argv, "--json"]) == 0, argv
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="session")
def book_db(tmp_path_factory) -> list[str]:
    path = tmp_path_factory.mktemp("book") / "book.db"
    database = open_database(path)
    generate_demo(database, DemoOptions(managers=1, members=500, seed=2, today=TODAY))
    database.dispose()
    db = ["--db", str(path)]
    lead = [*db, "--user", "L01"]
    run(
        lead,
        "member",
        "add",
        "--phone",
        RARE_PHONE,
        "--name",
        RARE,
        "--tier",
        "gold",
        "--manager",
        "M001",
        "--assigned-on",
        "2025-01-06",
        "--birthday",
        "1980-12-10",
    )
    run(lead, "budget", "set", "--team", "T01", "--period", "2026-12", "--amount", "2000")
    run(lead, "budget", "set", "--manager", "M001", "--period", "2026-12", "--amount", "800")
    m1 = [*db, "--user", "M001", "gift", "request", "--member", RARE_PHONE]
    run(m1, "--occasion", "birthday", "--amount", "100", "--on", "2026-12-07")
    run(m1, "--occasion", "business_opening", "--amount", "180", "--on", "2026-12-15")
    return db


@pytest.fixture(scope="session")
def team_db(tmp_path_factory) -> list[str]:
    path = tmp_path_factory.mktemp("team") / "team.db"
    database = open_database(path)
    generate_demo(database, DemoOptions(managers=3, members=90, seed=5, today=TODAY))
    with database.transaction() as s:
        s.info["no_outbox"] = True
        for tier in (Tier.GOLD, Tier.SILVER):
            member = s.scalars(
                select(Member)
                .where(Member.tier == tier, Member.joined_month < "2026-01")
                .order_by(Member.phone)
                .limit(1)
            ).one()
            member.status = MemberStatus.LEFT
            member.left_month = "2026-11"
    database.dispose()
    return ["--db", str(path)]
