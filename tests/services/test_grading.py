"""The monthly re-grading import: formats, encodings, validation, the diff, idempotence."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from vipcrm.domain.errors import PermissionDenied, ValidationError
from vipcrm.domain.values import MemberStatus, Role, Tier, TierChange
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.grading import ImportRefused, import_grading
from vipcrm.store.models import GradingImport, Member, OutboxEntry, TierHistory

HEADER_ZH = [
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
    ["+86 13800138002", "李娜", "金卡", "35000", "600", "1985/7/9", "", "", ""],
    ["13800138003", "王芳", "银卡", "12000", "250", "1990年1月2日", "G001", "A", "最高决策者"],
    ["１３８００１３８００４", "刘洋", "银卡", "11000", "210", "19750830", "", "", ""],
]


def write_csv(path: Path, header, rows, encoding="utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_xlsx(path: Path, header, rows) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def lead_db(db):
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        add_manager(s, resolve_actor(s, "A1"), code="L1", name="队长", team="T1", role=Role.LEAD)
        add_manager(s, resolve_actor(s, "A1"), code="M1", name="经理", team="T1")
    return db


def run(db, path, month, who="L1", **kw):
    with db.transaction() as s:
        return import_grading(s, resolve_actor(s, who), path, month=month, **kw)[0]


def members(db) -> dict[str, tuple]:
    with db.reading() as s:
        return {m.phone: (m.name, m.tier, m.status) for m in s.scalars(select(Member))}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_in_every_encoding(lead_db, tmp_path, encoding):
    result = run(lead_db, write_csv(tmp_path / "nov.csv", HEADER_ZH, NOV, encoding), "2026-11")
    assert result.written and result.counts["new"] == 4
    assert members(lead_db)["13800138004"][0] == "刘洋"


def test_xlsx_with_english_headers_and_date_cells(lead_db, tmp_path):
    from datetime import datetime

    rows = [
        ["13800138001", "Zhang Wei", "diamond", 70000, 1200.5, datetime(1980, 3, 5)],
        ["13800138002", "李娜", "gold", 35000, 600, None],
    ]
    path = write_xlsx(
        tmp_path / "nov.xlsx",
        ["msisdn", "name", "tier", "points", "monthly_spend", "birthday"],
        rows,
    )
    result = run(lead_db, path, "2026-11")
    assert result.counts["new"] == 2
    with lead_db.reading() as s:
        zhang = s.scalar(select(Member).where(Member.phone == "13800138001"))
        assert (zhang.monthly_spend_fen, zhang.birth_year, zhang.birth_month, zhang.birth_day) == (
            120050,
            1980,
            3,
            5,
        )


def test_the_month_after_new_up_down_left_unchanged(lead_db, tmp_path):
    run(lead_db, write_csv(tmp_path / "nov.csv", HEADER_ZH, NOV), "2026-11")
    dec = [
        ["13800138001", "张伟", "金卡", "", "", "", "", "", ""],  # down
        ["13800138002", "李娜", "钻卡", "", "", "", "", "", ""],  # up
        [
            "13800138003",
            "王芳",
            "银卡",
            "",
            "",
            "",
            "G001",
            "A",
            "最高决策者",
        ],  # key person: stays diamond
        ["13800138005", "赵强", "银卡", "", "", "", "", "", ""],
    ]  # new; 13800138004 left
    result = run(lead_db, write_csv(tmp_path / "dec.csv", HEADER_ZH, dec), "2026-12", dry_run=True)
    assert result.counts == {
        "new": 1,
        "reactivated": 0,
        "up": 1,
        "down": 1,
        "unchanged": 1,
        "left": 1,
    }
    assert members(lead_db)["13800138004"][2] is MemberStatus.ACTIVE  # a preview writes nothing
    run(lead_db, write_csv(tmp_path / "dec.csv", HEADER_ZH, dec), "2026-12", accept_leavers=1)
    after = members(lead_db)
    assert after["13800138004"][2] is MemberStatus.LEFT
    assert after["13800138003"][1] is Tier.DIAMOND
    with lead_db.reading() as s:
        left = s.scalar(
            select(TierHistory)
            .join(Member)
            .where(Member.phone == "13800138004", TierHistory.month == "2026-12")
        )
        assert left.change is TierChange.LEFT and left.tier is Tier.SILVER  # history kept


def test_tiers_are_computed_when_the_file_has_none(lead_db, tmp_path):
    header = ["手机号码", "姓名", "年累计积分", "月话费", "集团编码", "集团级别", "关键人角色"]
    rows = [
        ["13800138001", "甲", "65000", "0", "", "", ""],
        ["13800138002", "乙", "100", "520", "", "", ""],
        ["13800138003", "丙", "10500", "0", "G1", "A", "最高决策者"],
    ]  # earned silver, role diamond
    run(lead_db, write_csv(tmp_path / "f.csv", header, rows), "2026-11")
    tiers = {p: t for p, (_, t, _) in members(lead_db).items()}
    assert tiers == {
        "13800138001": Tier.DIAMOND,
        "13800138002": Tier.GOLD,
        "13800138003": Tier.DIAMOND,
    }


def test_every_bad_row_is_named_and_nothing_is_written(lead_db, tmp_path):
    bad = [
        *NOV,
        ["1380013800", "坏号码", "金卡", "", "", "", "", "", ""],
        ["13800138001", "重复", "金卡", "", "", "", "", "", ""],
        ["13800138006", "错级别", "白金卡", "", "", "", "", "", ""],
        ["13800138007", "错日期", "金卡", "", "", "2026-02-30", "", "", ""],
        ["13800138008", "", "金卡", "", "", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "bad.csv", HEADER_ZH, bad)
    with lead_db.reading() as s:
        outbox_before = s.scalar(select(func.count(OutboxEntry.seq)))
    with pytest.raises(ImportRefused) as refused:
        run(lead_db, path, "2026-11")
    text = str(refused.value)
    assert text.startswith("5 bad row(s) in bad.csv; nothing was written")
    assert refused.value.text.params["count"] == 5
    assert "bad.csv: row 6, column 手机号码:" in text
    assert "bad.csv: row 7, column 手机号码: 13800138001 is also on row 2" in text
    assert (
        "row 8, column 级别:" in text
        and "row 9, column 生日:" in text
        and "row 10, column 姓名:" in text
    )
    with lead_db.reading() as s:
        assert s.scalar(select(func.count(Member.id))) == 0
        assert s.scalar(select(func.count(OutboxEntry.seq))) == outbox_before
    result = run(lead_db, path, "2026-11", skip_invalid=True)
    assert result.written and result.counts["new"] == 4 and len(result.problems) == 5
    assert set(members(lead_db)) == {"13800138001", "13800138002", "13800138003", "13800138004"}


def test_the_same_month_twice_is_idempotent_and_an_older_month_is_refused(lead_db, tmp_path):
    path = write_csv(tmp_path / "nov.csv", HEADER_ZH, NOV)
    run(lead_db, path, "2026-11")
    before = members(lead_db)
    again = run(lead_db, path, "2026-11")
    assert again.already_imported and not again.written
    corrected = write_csv(tmp_path / "nov2.csv", HEADER_ZH, NOV[:3], "gb18030")
    run(lead_db, corrected, "2026-11")
    run(lead_db, path, "2026-11")  # and back: the original list again
    assert members(lead_db) == before
    with lead_db.reading() as s:
        assert s.scalar(select(func.count(GradingImport.id))) == 2
    run(lead_db, write_csv(tmp_path / "dec.csv", HEADER_ZH, NOV), "2026-12")
    with pytest.raises(ValidationError, match="older than the latest imported month 2026-12"):
        run(lead_db, path, "2026-11")


def test_only_leads_and_admins_import(lead_db, tmp_path):
    with pytest.raises(PermissionDenied):
        run(lead_db, write_csv(tmp_path / "nov.csv", HEADER_ZH, NOV), "2026-11", who="M1")


def test_a_file_without_the_needed_columns_is_refused_clearly(lead_db, tmp_path):
    with pytest.raises(ImportRefused, match="no 'phone' column") as refused:
        run(lead_db, write_csv(tmp_path / "x.csv", ["姓名", "级别"], [["张伟", "金卡"]]), "2026-11")
    first, *problems = str(refused.value).splitlines()
    assert first == "x.csv: the columns are not as expected; nothing was written:"
    assert problems and all(p.startswith("x.csv: row 1: no '") for p in problems)
    assert refused.value.text.params["file"] == "x.csv"
    with pytest.raises(ValidationError, match="only .csv and .xlsx"):
        (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
        run(lead_db, tmp_path / "x.pdf", "2026-11")


def test_an_unreadable_file_says_why_in_a_sentence(lead_db, tmp_path):
    gbk = write_csv(tmp_path / "nov.csv", HEADER_ZH, NOV, "gb18030")
    with pytest.raises(ValidationError) as wrong:
        run(lead_db, gbk, "2026-11", encoding="utf-8")
    assert str(wrong.value) == "encoding: nov.csv is not in utf-8"
    assert wrong.value.text.template == "{file} is not in {encoding}"
    with pytest.raises(ValidationError) as unknown:
        run(lead_db, gbk, "2026-11", encoding="klingon")
    assert str(unknown.value) == "encoding: nov.csv: unknown encoding klingon"
    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ValidationError) as unreadable:
        run(lead_db, broken, "2026-11")
    assert unreadable.value.text.template == "{file} is not a readable XLSX workbook ({reason})"
    assert isinstance(unreadable.value.text.params["reason"], str)
    with pytest.raises(ValidationError, match="missing.csv does not exist"):
        run(lead_db, tmp_path / "missing.csv", "2026-11")
