"""A billing re-grading export made from the members in a database, for demos, pictures
and tests: what ``vipcrm import-grading`` and the Team section are shown with.

    write_regrading_file(session, path, new=12, up=3, down=5, left=2, bad_rows=2)

The file lists every active member (as billing would) in GB18030 with Chinese headers,
with ``up`` members one tier higher, ``down`` one lower, ``left`` members missing, ``new``
members added, and ``bad_rows`` broken rows: a new member with a number one digit short,
then a second row for a member already listed (the first row stays good, so the bad rows
change no count). Picks are deterministic for a seed.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipcrm.domain.grading import TIER_WORDS
from vipcrm.domain.values import MemberStatus, Tier
from vipcrm.store.models import Member

#: A tier as the billing file writes it: the first of the words the import reads for it.
TIER_ZH = {tier: word for word, tier in reversed(TIER_WORDS.items())}
HIGHER = {Tier.SILVER: Tier.GOLD, Tier.GOLD: Tier.DIAMOND}
LOWER = {Tier.DIAMOND: Tier.GOLD, Tier.GOLD: Tier.SILVER}
HEADERS = ["手机号码", "姓名", "级别", "年累计积分", "月话费", "生日"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"


def write_regrading_file(
    session: Session,
    path: str | Path,
    *,
    new: int = 12,
    up: int = 3,
    down: int = 5,
    left: int = 2,
    bad_rows: int = 2,
    seed: int = 7,
    encoding: str = "gb18030",
) -> Path:
    rng = random.Random(seed)
    members = session.execute(
        select(Member.phone, Member.name, Member.tier, Member.points, Member.monthly_spend_fen)
        .where(
            Member.status == MemberStatus.ACTIVE,
            Member.deleted.is_(False),
            Member.manager_id.is_not(None),
        )
        .order_by(Member.phone)
    ).all()
    rows: list[list[Any]] = [[p, n, t, pts, fen] for p, n, t, pts, fen in members]
    rng.shuffle(rows)
    gone = {r[0] for r in rows[:left]}
    movable = rows[left:]
    ups = [r for r in movable if r[2] in HIGHER][:up]
    downs = [r for r in movable if r[2] in LOWER and r not in ups][:down]
    for r in ups:
        r[2] = HIGHER[r[2]]
    for r in downs:
        r[2] = LOWER[r[2]]
    listed = [r for r in rows if r[0] not in gone]
    taken = {r[0] for r in rows}
    fresh: list[list[Any]] = []
    while len(fresh) < new + min(bad_rows, 1):
        phone = f"13{rng.randrange(5, 10)}{rng.randrange(10**8):08d}"
        if phone not in taken:
            taken.add(phone)
            name = rng.choice(SURNAMES) + "".join(
                rng.choice(GIVEN) for _ in range(rng.randint(1, 2))
            )
            fresh.append(
                [
                    phone,
                    name,
                    rng.choice([Tier.SILVER] * 4 + [Tier.GOLD] * 2 + [Tier.DIAMOND]),
                    0,
                    0,
                ]
            )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    body = [*listed, *fresh[:new]]
    body.sort(key=lambda r: r[0])
    for phone, name, tier, points, fen in body:
        writer.writerow([phone, name, TIER_ZH[tier], points, f"{fen / 100:.2f}", ""])
    if bad_rows >= 1 and len(fresh) > new:
        phone, name, tier, _p, _f = fresh[new]
        writer.writerow([phone[:-1], name, TIER_ZH[tier], 0, "0.00", ""])
    for k in range(1, bad_rows):
        phone, name, tier, points, fen = body[(k * 7) % len(body)]
        writer.writerow([phone, name, TIER_ZH[tier], points, f"{fen / 100:.2f}", ""])
    path = Path(path)
    path.write_bytes(out.getvalue().encode(encoding))
    return path
