"""Bulk writes (vipcrm/store/bulk.py) store exactly what the ORM types and the outbox hook would.

The reference below is the previous implementation (SQLAlchemy Core ``insert``/``update``
with the column types' own conversions, and the outbox payloads built value by value),
kept to prove that the faster path writes the same rows, outbox entries and audit trail.
"""

from __future__ import annotations

import csv
import gc
import json
import re
import sqlite3
import uuid
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import DBAPIError

from vipcrm.domain.actor import Actor
from vipcrm.domain.values import KeyRole, MemberStatus, Role, Tier, TierChange
from vipcrm.services import grading as grading_service
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.grading import import_grading
from vipcrm.store import audit, bulk, outbox
from vipcrm.store.bulk import BULK_CACHE_KIB, RowUpdate, bulk_writes, insert_rows, update_rows
from vipcrm.store.db import open_database
from vipcrm.store.models import Manager, Member, OutboxEntry, TierHistory
from vipcrm.store.outbox import to_json

FROZEN = datetime(2026, 12, 1, 8, 30, 15, 123456, tzinfo=UTC)


# --- the previous implementation ----------------------------------------------------


def _ref_utcnow() -> datetime:
    return bulk.utcnow()  # the clock the test froze


def ref_insert_rows(session, model, rows) -> None:
    if not rows:
        return
    now = _ref_utcnow()
    synced = {"version": 1, "updated_at": now, "deleted": False}
    full = [{**synced, **row} for row in rows]
    common = _ref_plain(synced)
    session.connection().execute(insert(model.__table__), full)
    if not session.info.get("no_outbox"):
        _ref_write_outbox(
            session,
            [
                (model.__tablename__, row["id"], "insert", None, {"row": _ref_plain(row) | common})
                for row in rows
            ],
            now,
        )


def ref_update_rows(session, model, updates) -> None:
    if not updates:
        return
    now = _ref_utcnow()
    table = model.__table__
    groups: dict[tuple[str, ...], list[RowUpdate]] = {}
    for u in updates:
        groups.setdefault(tuple(sorted(u.changes)), []).append(u)
    for fields, items in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"), table.c.version == bindparam("_version"))
            .values(
                {f: bindparam(f"_v_{f}") for f in fields}
                | {"version": bindparam("_new_version"), "updated_at": bindparam("_now")}
            )
        )
        params = [
            {"_id": u.id, "_version": u.version, "_new_version": u.version + 1, "_now": now}
            | {f"_v_{f}": u.changes[f] for f in fields}
            for u in items
        ]
        result = session.connection().execute(stmt, params)
        assert result.rowcount == len(items)
    if not session.info.get("no_outbox"):
        _ref_write_outbox(
            session,
            [
                (
                    model.__tablename__,
                    u.id,
                    "delete" if u.changes.get("deleted") is True else "update",
                    u.version,
                    {"changes": _ref_plain(u.changes), "base": _ref_plain(u.base)},
                )
                for u in updates
            ],
            now,
        )


_REF_AS_JSON: dict[type, Any] = {t: None for t in (str, int, float, bool, type(None))}


def _ref_plain(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in values.items():
        kind = type(value)
        if kind not in _REF_AS_JSON:
            _REF_AS_JSON[kind] = (lambda v: v.value) if issubclass(kind, Enum) else to_json
        convert = _REF_AS_JSON[kind]
        out[key] = value if convert is None else convert(value)
    return out


def _ref_write_outbox(session, entries, now) -> None:
    stamp = now.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    cursor = session.connection().connection.driver_connection.cursor()
    cursor.executemany(
        "INSERT INTO outbox (op_id, table_name, row_id, op, base_version, payload, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(uuid.uuid4().hex, t, r.hex, op, b, json.dumps(p), stamp) for t, r, op, b, p in entries],
    )


# --- comparing what two databases hold ----------------------------------------------

TABLES = {
    "members": "rowid",
    "tier_history": "rowid",
    "group_customers": "rowid",
    "grading_imports": "rowid",
    "audit_log": "rowid",
    "outbox": "seq",
}
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00)?")


def dump(path: Path, with_undo: bool = False) -> dict[str, str]:
    """Every row of the tables an import writes, with ids and times named by first use.

    Ids and timestamps made by the ORM's column defaults are random or the clock's; naming
    each distinct value by its first appearance (keeping its written form) compares
    everything else exactly, and still shows a row pointing at a different row.
    """
    con = sqlite3.connect(path)
    text = {
        table: "\n".join(
            repr(row)
            for row in con.execute(f"SELECT * FROM {table} ORDER BY {order}")  # noqa: S608
        )
        for table, order in (TABLES | ({"grading_undo": "id"} if with_undo else {})).items()
    }
    con.close()
    ids: dict[str, str] = {}
    stamps: dict[datetime, str] = {}

    def name_id(m: re.Match) -> str:
        value = uuid.UUID(m.group()).hex
        form = "-" if "-" in m.group() else ""
        return f"<id{ids.setdefault(value, str(len(ids)))}{form}>"

    def name_stamp(m: re.Match) -> str:
        raw = m.group()
        when = datetime.fromisoformat(raw.replace(" ", "T").removesuffix("+00:00"))
        shape = "T" if "T" in raw else " "
        shape += ("." if "." in raw else "") + ("+" if raw.endswith("+00:00") else "")
        return f"<t{stamps.setdefault(when, str(len(stamps)))}{shape}>"

    return {t: _STAMP.sub(name_stamp, _UUID.sub(name_id, v)) for t, v in text.items()}


@pytest.fixture
def frozen(monkeypatch):
    """Deterministic uuid4 (the reference's and the hooks' ids) and a frozen clock."""
    counter = iter(range(1, 10**9))
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter), version=4))
    for module in (bulk, outbox, audit, grading_service):
        monkeypatch.setattr(module, "utcnow", lambda: FROZEN)

    def restart() -> None:
        nonlocal counter
        counter = iter(range(1, 10**9))

    return restart


def _new_db(path: Path):
    db = open_database(path)
    with db.transaction() as s:
        s.info["actor"] = Actor("setup")
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        add_manager(s, resolve_actor(s, "A1"), code="L1", name="队长", team="T1", role=Role.LEAD)
    return db


# --- the tests --------------------------------------------------------------------------


def _member_rows(manager_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = []
    for i, (name, tier, role) in enumerate(
        [
            ("张伟", Tier.DIAMOND, None),
            ('O\'Brien "Pat" \\ 李', Tier.GOLD, KeyRole.CONTACT),
            ("", "silver", None),  # an enum given as its plain value
            ("王芳\u00a0芳", Tier.SILVER, KeyRole.DECISION_MAKER),
        ]
    ):
        rows.append(
            {
                "id": uuid.uuid4(),
                "phone": f"1380013800{i}",
                "name": name,
                "name_pinyin": "zhangwei zw" if i == 0 else "",
                "tier": tier,
                "status": MemberStatus.ACTIVE if i != 2 else MemberStatus.LEFT,
                "points": 1000 * i,
                "monthly_spend_fen": 12345 * i,
                "birth_calendar": "solar" if i % 2 else None,
                "birth_year": 1980 + i if i % 2 else None,
                "birth_month": 3 if i % 2 else None,
                "birth_day": 5 if i % 2 else None,
                "birth_leap_month": False,
                "important": i == 1,
                "manager_id": manager_id if i % 2 else None,
                "assigned_on": date(2026, 11, i + 1) if i != 3 else None,
                "key_role": role,
                "joined_month": "2026-11",
                "left_month": "2026-12" if i == 2 else None,
                "notes": "备注\n第二行" if i == 0 else "",
            }
        )
    return rows


def test_inserted_rows_and_their_outbox_are_what_the_column_types_store(tmp_path, frozen):
    dumps = []
    for name, insert_fn, update_fn in (
        ("ref", ref_insert_rows, ref_update_rows),
        ("new", insert_rows, update_rows),
    ):
        frozen()
        db = _new_db(tmp_path / f"{name}.db")
        with db.transaction() as s:
            manager_id = s.scalar(select(Manager.id).where(Manager.code == "L1"))
            rows = _member_rows(manager_id)
            insert_fn(s, Member, rows)
            insert_fn(s, Member, [])
            history = [
                {
                    "id": uuid.uuid4(),
                    "member_id": r["id"],
                    "month": "2026-12",
                    "tier": r["tier"] if i != 3 else None,
                    "change": TierChange.NEW,
                    "points": r["points"],
                    "monthly_spend_fen": r["monthly_spend_fen"],
                }
                for i, r in enumerate(rows)
            ]
            insert_fn(s, TierHistory, history)
            update_fn(
                s,
                Member,
                [
                    RowUpdate(rows[0]["id"], 1, {"tier": Tier.GOLD}, {"tier": Tier.DIAMOND}),
                    RowUpdate(rows[1]["id"], 1, {"deleted": True}, {"deleted": False}),
                ],
            )
        db.dispose()
        dumps.append(dump(tmp_path / f"{name}.db"))
    ref, new = dumps
    assert ref["members"].count("\n") == 3 and ref["tier_history"].count("\n") == 3
    assert ref["outbox"].count("'insert'") >= 8
    assert new == ref


def test_rows_inserted_without_the_outbox(tmp_path, frozen):
    db = _new_db(tmp_path / "plain.db")
    with db.transaction() as s:
        before = s.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
        s.info["no_outbox"] = True
        rows = _member_rows(None)
        insert_rows(s, Member, rows)
        after = s.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
        assert after == before
        stored = s.execute(select(Member.phone, Member.tier, Member.version, Member.deleted))
        assert sorted(stored) == sorted((r["phone"], Tier(r["tier"]), 1, False) for r in rows)
    db.dispose()


def test_a_refused_row_fails_as_a_database_error_and_nothing_is_kept(tmp_path, frozen):
    db = _new_db(tmp_path / "refused.db")
    rows = _member_rows(None)
    rows[1]["points"] = -1  # the points CHECK constraint
    with pytest.raises(DBAPIError), db.transaction() as s:
        insert_rows(s, Member, rows)
    with db.reading() as s:
        assert s.scalar(select(Member.id).limit(1)) is None
    db.dispose()


HEADER = [
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
NOV = [
    ["138 0013 8001", "张伟", "钻卡", "70000", "1200.50", "1980-03-05", "", "", ""],
    ["+86 13800138002", "李娜", "金卡", "35000", "600", "", "", "", ""],
    ["13800138003", "王芳", "银卡", "12000", "250", "1990年1月2日", "G001", "A", "最高决策者"],
    ["１３８００１３８００４", "刘洋", "银卡", "11000", "210", "19750830", "", "", ""],
    ["13800138005", "Zoë 陈", "银卡", "10500", "0", "", "G002", "C", "联系人"],
]
DEC = [
    ["13800138001", "张伟", "金卡", "40000", "800", "1980-03-05", "", "", ""],  # down
    ["13800138002", "李娜", "钻卡", "80000", "1500", "1985-07-09", "", "", ""],  # up, birthday
    ["13800138003", "王芳芳", "银卡", "12500", "260", "", "G001", "A", "最高决策者"],  # renamed
    ["13800138005", "Zoë 陈", "银卡", "10500", "0", "", "G002", "C", "决策者"],  # role
    ["13800138006", "赵敏", "金卡", "36000", "700", "2000-02-29", "G003", "B", "联系人"],  # new
    ["13800138007", '钱"七"', "银卡", "15000", "300", "", "", "", ""],  # new
]
DEC_CORRECTED = [r for r in DEC if r[0] != "13800138007"] + [  # drops 007 again
    ["13800138004", "刘洋", "银卡", "11000", "210", "", "", "", ""]
]
JAN = [r for r in DEC if r[0] not in ("13800138002",)] + [
    ["13800138004", "刘洋", "金卡", "33000", "610", "", "", "", ""]  # back after leaving
]


def _write(path: Path, rows) -> Path:
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


def test_a_grading_import_writes_what_it_wrote_before(tmp_path, frozen, monkeypatch):
    """New, up, down, unchanged, left, renamed, re-joined, corrected months: the members,
    tier history, groups, imports, audit trail and outbox are the same as before."""
    files = [
        ("2026-11", _write(tmp_path / "nov.csv", NOV)),
        ("2026-12", _write(tmp_path / "dec.csv", DEC)),
        ("2026-12", _write(tmp_path / "dec-corrected.csv", DEC_CORRECTED)),
        ("2026-12", _write(tmp_path / "dec.csv", DEC)),  # the first December file again
        ("2027-01", _write(tmp_path / "jan.csv", JAN)),
    ]
    dumps = []
    for name, insert_fn, update_fn in (
        ("ref", ref_insert_rows, ref_update_rows),
        ("new", insert_rows, update_rows),
    ):
        monkeypatch.setattr(grading_service, "insert_rows", insert_fn)
        monkeypatch.setattr(grading_service, "update_rows", update_fn)
        # the first file's new members written in SQL, against item by item
        monkeypatch.setattr(grading_service, "NEW_IN_SQL", name == "new")
        frozen()
        db = _new_db(tmp_path / f"{name}.db")
        for month, path in files:
            db.actor = Actor("L1")
            with db.transaction() as s:
                lead = resolve_actor(s, "L1")
                preview, _ = import_grading(s, lead, path, month=month, dry_run=True)
                leaving = preview.counts["left"]  # confirmed, as the lead does
                result, _ = import_grading(s, lead, path, month=month, accept_leavers=leaving)
                assert result.written and not result.problems
        db.dispose()
        dumps.append(dump(tmp_path / f"{name}.db"))
    ref, new = dumps
    # eight rows: seven members, and 007 once more: the corrected file's import undid the
    # first December file (removing 007, which it had created), the first file added it again
    assert ref["members"].count("\n") == 7
    assert ref["tier_history"].count("'left'") >= 2 and "'up'" in ref["tier_history"]
    assert "'members', '<id" in ref["outbox"] and "'update'" in ref["outbox"]
    for table in TABLES:
        assert new[table] == ref[table], table


#: A first month's file of new members only (written in SQL), with what its JSON and its
#: columns must get right: quotes, backslashes and characters outside the BMP in names,
#: rows with and without a birthday, a group, a group with a key person's role, and the
#: largest and smallest numbers.
FIRST_MONTH = [
    ["13800138001", 'O\'Brien "Pat" \\ 李', "钻卡", "70000", "1200.50", "1980-03-05", "", "", ""],
    ["13800138002", "𠮷野家", "金卡", "0", "0", "", "", "", ""],
    ["13800138003", "王芳", "银卡", "12000", "250", "1990年1月2日", "G001", "A", ""],
    ["13800138004", "Zoë/陈", "银卡", "999999999", "9999999.99", "19750830", "G002", "C", "决策者"],
    ["13800138005", "ＡＢＣ", "银卡", "1", "0.01", "", "", "", ""],
    ["13800138006", "赵敏", "金卡", "36000", "700", "2000-02-29", "G001", "A", "最高决策者"],
]


def test_new_members_written_in_sql_are_what_item_by_item_wrote(tmp_path, frozen, monkeypatch):
    """A chunk of new members only is written by INSERT … SELECT from the file's table: the
    members, tier history, groups, outbox (payload text included) and undo data are those
    the item-by-item writer stored, row for row and in the same order."""
    path = _write(tmp_path / "first.csv", FIRST_MONTH)
    dumps = []
    sql_chunks = []
    write_new = grading_service._Writer.write_new

    def counted(self, chunk, groups):
        sql_chunks.append(len(chunk))
        write_new(self, chunk, groups)

    monkeypatch.setattr(grading_service._Writer, "write_new", counted)
    for name in ("items", "sql"):
        monkeypatch.setattr(grading_service, "NEW_IN_SQL", name == "sql")
        frozen()
        db = _new_db(tmp_path / f"{name}.db")
        db.actor = Actor("L1")
        with db.transaction() as s:
            lead = resolve_actor(s, "L1")
            result, _ = import_grading(s, lead, path, month="2026-11")
            assert result.written and not result.problems, result.problems
            assert result.counts["new"] == len(FIRST_MONTH)
        db.dispose()
        dumps.append(dump(tmp_path / f"{name}.db", with_undo=True))
    assert sql_chunks == [len(FIRST_MONTH)]  # the SQL run only
    items, sql = dumps
    assert "\\\\ud842\\\\udfb7" in items["outbox"]  # 𠮷 as JSON escapes it, in the text
    for table in [*TABLES, "grading_undo"]:
        assert sql[table] == items[table], table


def _op_ids(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT op_id FROM outbox ORDER BY seq")]
    con.close()
    return ids


def test_new_outbox_ids_are_distinct_random_uuids(tmp_path):
    db = _new_db(tmp_path / "ids.db")
    with db.transaction() as s:
        insert_rows(s, Member, _member_rows(None))
    db.dispose()
    ids = _op_ids(tmp_path / "ids.db")
    assert len(set(ids)) == len(ids) > 4
    assert all(uuid.UUID(i).hex == i and uuid.UUID(i).version == 4 for i in ids)


@pytest.mark.parametrize("encrypted", [False, True])
def test_bulk_writes_restore_the_page_cache_and_the_collector(tmp_path, monkeypatch, encrypted):
    if encrypted:  # SQLCipher answers some pragmas with text: the laptops' default
        monkeypatch.delenv("VIPCRM_ENCRYPTION")
    db = _new_db(tmp_path / "cache.db")
    assert (db.key is not None) == encrypted
    with db.transaction() as s:
        cursor = s.connection().connection.driver_connection.cursor()

        def cache_size() -> int:
            return int(cursor.execute("PRAGMA cache_size").fetchone()[0])

        before = cache_size()
        assert gc.isenabled()
        with bulk_writes(s):
            assert cache_size() == -BULK_CACHE_KIB and not gc.isenabled()
            insert_rows(s, Member, _member_rows(None))
        assert cache_size() == before and gc.isenabled()
        with pytest.raises(ZeroDivisionError), bulk_writes(s):
            1 / 0  # noqa: B018
        assert cache_size() == before and gc.isenabled()
        cursor.execute(f"PRAGMA cache_size = {-2 * BULK_CACHE_KIB}")  # larger already: kept
        with bulk_writes(s):
            assert cache_size() == -2 * BULK_CACHE_KIB
        assert cache_size() == -2 * BULK_CACHE_KIB
        cursor.execute(f"PRAGMA cache_size = {before}")
    with db.reading() as s:
        assert len(s.scalars(select(Member.id)).all()) == 4
    db.dispose()
