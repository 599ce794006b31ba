"""Deterministic benchmark data at a named scale, written straight into a vipcrm SQLite file.

    python bench/generate.py book   --out bench/data/book.db
    python bench/generate.py region --out bench/data/region.db
    python bench/generate.py team   --out bench/data/team.db

Scales: ``book`` — 1 manager, 500 members, 2 years of contacts; ``region`` — 30 teams,
300 managers, 100,000 members, 1,000,000 contact attempts, cards and gifts; ``team`` — one
team of 50 managers with 400 members each (20,000), 1,000,000 contact attempts over a year. Rows go in
with the driver's ``executemany`` (the schema comes from the real migrations), so a region
takes well under two minutes. The same scale and seed give the same database.

How it stays fast (:func:`bulk_load`): every row goes in in one transaction with a
256 MiB page cache and the foreign-key checks off, the secondary indexes of the filled
tables are dropped first and built once the rows are in (a sort, each page written
once), and temporary sorting stays in memory. The driver's own transaction handling is
off in vipcrm's connections (``isolation_level = None``), so without the explicit
``BEGIN`` every row of an ``executemany`` would be its own transaction: the region set
took 20 minutes and wrote 57.6 GB for a 541 MB file that way. The harness
(``bench/run.py --only generate_book generate_region``) measures the time and the bytes
written against the file's size.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The data sets are encrypted as a laptop's database is, their keys in the keyring; run on
# its own (not from bench/run.py, which says the same) on a machine with no desktop keyring,
# the test keyring is named rather than refused.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")

from tqdm import tqdm  # noqa: E402

from vipcrm.domain.phone_bill import CALL_EXPORT  # noqa: E402
from vipcrm.domain.pinyin import pinyin_key  # noqa: E402
from vipcrm.domain.values import CardState  # noqa: E402
from vipcrm.store import contact_summary, member_search  # noqa: E402
from vipcrm.store.db import open_database  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳"
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国文斌宇浩凯婷雪琳晨欣怡佳俊峰"
)
PREFIXES = "134 135 136 137 138 139 150 151 152 157 158 159 178 182 183 184 187 188 198".split()
TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class Scale:
    teams: int
    managers: int
    members: int
    contacts: int
    days: int  # history length


SCALES = {
    "book": Scale(teams=1, managers=1, members=500, contacts=500 * 2 * 60, days=730),
    "region": Scale(teams=30, managers=300, members=100_000, contacts=1_000_000, days=365),
    # one team of 50 managers with 400 members each: the printed plans' team batch
    "team": Scale(teams=1, managers=50, members=20_000, contacts=1_000_000, days=365),
}


#: The tables the generator fills: their secondary indexes are built after the rows.
FILLED_TABLES = ("teams", "managers", "members", "contact_attempts", "cards")


@contextmanager
def bulk_load(raw: sqlite3.Connection, tables: tuple[str, ...]) -> Iterator[sqlite3.Cursor]:
    """One transaction for the rows of ``tables``: a large cache, foreign keys off, their
    secondary indexes and triggers dropped first and made again (from the schema's own
    SQL) after, then the derived tables the triggers keep rebuilt from the rows."""
    cur = raw.cursor()
    marks = ",".join("?" * len(tables))
    indexes = cur.execute(
        f"SELECT name, sql, type FROM sqlite_master WHERE type IN ('index', 'trigger')"
        f" AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY type, name",
        tables,
    ).fetchall()
    cur.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or it is ignored
    cur.execute("PRAGMA cache_size = -262144")  # 256 MiB
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("BEGIN IMMEDIATE")
    for name, _sql, kind in indexes:
        cur.execute(f'DROP {kind.upper()} "{name}"')
    yield cur
    for _name, sql, _kind in indexes:
        cur.execute(sql)
    for sql in (*contact_summary.REBUILD, *member_search.REBUILD):
        cur.execute(sql)
    cur.execute("COMMIT")
    cur.execute("PRAGMA foreign_keys = ON")


# The version (4) and variant bits of a random UUID, as uuid.UUID(version=4) sets them.
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


def _ts(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def generate(out: Path, scale_name: str, seed: int = 1, today: date = TODAY) -> dict[str, int]:
    scale = SCALES[scale_name]
    rng = random.Random(seed)

    bits = rng.getrandbits

    def uid() -> str:  # uuid.UUID(int=bits(128), version=4).hex, without the object
        return f"{bits(128) & _UUID4_CLEAR | _UUID4_SET:032x}"

    if out.exists():
        out.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    db = open_database(out)
    raw = db.engine.raw_connection()
    with bulk_load(raw.driver_connection, FILLED_TABLES) as cur:
        counts = _fill(cur, scale, uid, rng, today)
    cur.execute("ANALYZE")
    raw.close()
    db.dispose()
    return counts


def _fill(cur: sqlite3.Cursor, scale: Scale, uid: Callable[[], str], rng: random.Random,
          today: date) -> dict[str, int]:  # fmt: skip
    stamp = _ts(datetime(2026, 11, 1))
    synced = (1, stamp, 0)
    teams, managers = [], []
    for t in range(scale.teams):
        teams.append((uid(), f"T{t + 1:02d}", f"第{t + 1}组", None, *synced))
    cur.executemany(
        "INSERT INTO teams (id, code, name, lead_id, version, updated_at, deleted) VALUES (?,?,?,?,?,?,?)",
        teams,
    )
    for m in range(scale.managers):
        team = teams[m * scale.teams // scale.managers]
        managers.append(
            (
                uid(),
                f"M{m + 1:04d}",
                rng.choice(SURNAMES) + rng.choice(GIVEN),
                None,
                team[0],
                "manager",
                1,
                *synced,
            )
        )
    cur.executemany(
        "INSERT INTO managers (id, code, name, phone, team_id, role, active, version, updated_at, deleted)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        managers,
    )
    phones: set[str] = set()
    pinyin_cache: dict[str, str] = {}
    members = []
    for k in tqdm(range(scale.members), desc="members", unit="row", disable=None, leave=False):
        while True:
            phone = rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"
            if phone not in phones:
                phones.add(phone)
                break
        name = (
            rng.choice(SURNAMES)
            + rng.choice(GIVEN)
            + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        )
        key = pinyin_cache.get(name) or pinyin_cache.setdefault(name, pinyin_key(name))
        x = rng.random()
        tier = "diamond" if x < 0.05 else "gold" if x < 0.30 else "silver"
        lunar = rng.random() < 0.25
        assigned = today - timedelta(days=rng.randrange(0, scale.days))
        members.append(
            (
                uid(),
                phone,
                name,
                key,
                tier,
                rng.randrange(10000, 90000),
                rng.randrange(20000, 150000),
                "lunar" if lunar else "solar",
                rng.randrange(1950, 2000),
                rng.randrange(1, 13),
                rng.randrange(1, 29),
                0,
                int(tier == "diamond" and rng.random() < 0.3),
                managers[k % len(managers)][0],
                assigned.isoformat(),
                "active",
                assigned.strftime("%Y-%m"),
                "",
                *synced,
            )
        )
    cur.executemany(
        "INSERT INTO members (id, phone, name, name_pinyin, tier, points, monthly_spend_fen, birth_calendar,"
        " birth_year, birth_month, birth_day, birth_leap_month, important, manager_id, assigned_on, status,"
        " joined_month, notes, version, updated_at, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        members,
    )
    channels = ["sms"] * 6 + ["phone"] * 3 + ["visit"]
    outcomes = ["reached"] * 8 + ["no_answer", "phone_off"]
    sql = (
        "INSERT INTO contact_attempts (id, member_id, manager_id, at, channel, outcome, group_sms, note,"
        " version, updated_at, deleted, sent_confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    )
    # The hot loop (1,000,000 rows at region scale): plain arithmetic on random() instead of
    # randrange/choice, timestamps from a day's text and a time of day's text.
    start = datetime.combine(today, datetime.min.time()) - timedelta(days=scale.days)
    days = [_ts(start + timedelta(days=d))[:10] + " " for d in range(scale.days + 1)]
    clock = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86400)]
    # Group SMS of all but the last two days were checked (12580) the next day.
    checked_before = scale.days - 2
    random, owners = rng.random, [(m[0], m[13]) for m in members]
    n_members, seconds = len(owners), scale.days * 86400
    batch = []
    for _ in tqdm(range(scale.contacts), desc="contacts", unit="row", disable=None, leave=False):
        member_id, manager_id = owners[int(random() * n_members)]
        day, second = divmod(int(random() * seconds), 86400)
        channel = channels[int(random() * 10)]
        attempt_id = uid()
        if channel == "sms":
            outcome, group = "reached", int(random() < 0.5)
        else:
            outcome, group = outcomes[int(random() * 10)], 0
        checked = days[day + 1] + clock[second] if group and day < checked_before else None
        batch.append(
            (attempt_id, member_id, manager_id, days[day] + clock[second], channel, outcome,
             group, "", *synced, checked)
        )  # fmt: skip
        if len(batch) >= 50_000:
            cur.executemany(sql, batch)
            batch.clear()
    cur.executemany(sql, batch)
    states = [s.value for s in CardState]
    cards = [
        (
            uid(),
            m[0],
            "new",
            states[i % len(states)],
            (today - timedelta(days=rng.randrange(0, 40))).isoformat(),
            *synced,
        )
        for i, m in enumerate(members[: max(len(states), len(members) // 10)])
    ]
    cur.executemany(
        "INSERT INTO cards (id, member_id, kind, state, state_since, version, updated_at, deleted) VALUES (?,?,?,?,?,?,?,?)",
        cards,
    )
    return {
        "teams": len(teams),
        "managers": len(managers),
        "members": len(members),
        "contacts": scale.contacts,
        "cards": len(cards),
    }


GRADING_HEADER = [
    "手机号码",
    "姓名",
    "级别",
    "年累计积分",
    "月话费",
    "生日",
    "集团编码",
    "集团级别",
    "关键人角色",
]


def grading_rows(rows: int, seed: int = 1) -> Iterator[list[str]]:
    """The rows of a billing re-grading export, made one at a time (a million fit)."""
    rng = random.Random(seed)
    phones: set[str] = set()
    for _ in range(rows):
        while (phone := rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}") in phones:
            pass
        phones.add(phone)
        x = rng.random()
        tier = "钻卡" if x < 0.05 else "金卡" if x < 0.30 else "银卡"
        key = rng.random() < 0.01
        yield [
            phone,
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            tier,
            str(rng.randrange(10000, 90000)),
            f"{rng.randrange(20000, 150000) / 100:.2f}",
            f"{rng.randrange(1950, 2000)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            f"G{rng.randrange(1, 200):03d}" if key else "",
            rng.choice("ABCD") if key else "",
            rng.choice(["最高决策者", "联系人", "通信部门中层"]) if key else "",
        ]


def grading_file(
    out: Path, rows: int = 100_000, seed: int = 1, data: Iterable[list[str]] | None = None
) -> Path:
    """A billing re-grading export of ``rows`` members (.csv in GB18030, or .xlsx), written
    as it is made; ``data``: these rows instead."""
    data = grading_rows(rows, seed) if data is None else data
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(GRADING_HEADER)
        for row in data:
            sheet.append(row)
        book.save(out)
    else:
        import csv

        with out.open("w", encoding="gb18030", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(GRADING_HEADER)
            writer.writerows(data)
    return out


_BILL_DURATIONS = ("0秒", "23秒", "1分23秒", "12分5秒", "1小时2分3秒", "00:01:23", "00:00:00")


def bill_file(
    out: Path, members: list[str], rows: int = 20_000, seed: int = 1, end: date = TODAY
) -> Path:
    """A manager's itemised call bill (通话详单) of ``rows`` calls over the 30 days before
    ``end``: a title above the header, about half the calls with ``members`` (numbers in
    the forms bills write them), the rest with other numbers; .csv in GB18030 or .xlsx."""
    rng = random.Random(seed)
    start = datetime.combine(end - timedelta(days=30), datetime.min.time())
    data = []
    for _ in range(rows):
        at = start + timedelta(seconds=rng.randrange(30 * 86400))
        if rng.random() < 0.5:
            phone = rng.choice(members)
            number = rng.choice((phone, f"+86 {phone[:3]}-{phone[3:7]}-{phone[7:]}", "86" + phone))
        else:
            number = rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"
        data.append(
            [
                at.strftime("%Y-%m-%d %H:%M:%S"),
                "北京",
                rng.choice(("主叫", "主叫", "被叫", "呼转")),
                number,
                rng.choice(_BILL_DURATIONS),
                "本地",
                "",
                f"{rng.randrange(0, 100) / 100:.2f}",
            ]
        )
    data.sort()
    title = [["中国移动通信客户详单"], [f"查询月份：{end.year}年{end.month}月"], []]
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("通话详单")
        for row in [*title, list(CALL_EXPORT), *data]:
            sheet.append(row)
        book.save(out)
    else:
        import csv

        with out.open("w", encoding="gb18030", newline="") as f:
            writer = csv.writer(f)
            writer.writerows([*title, list(CALL_EXPORT), *data])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scale", choices=sorted(SCALES))
    parser.add_argument("--out", type=Path, help="database file (default bench/data/SCALE.db)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    out = args.out or Path(__file__).parent / "data" / f"{args.scale}.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = generate(out, args.scale, args.seed)
    print(f"{args.scale}: {counts} -> {out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
