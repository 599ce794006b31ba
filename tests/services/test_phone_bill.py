"""Contacts from the manager's own phone bill: layouts, encodings, matching, outcomes,
idempotence, all or nothing, and other people's numbers never stored."""

from __future__ import annotations

import importlib.util
import sqlite3
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vipcrm.domain.due import DueKind
from vipcrm.domain.errors import PermissionDenied
from vipcrm.domain.values import Channel, ContactSource, Outcome, Role, Tier
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.due import due_for
from vipcrm.services.members import NewMember, add_member
from vipcrm.services.phone_bill import BillRefused, import_bill
from vipcrm.store.models import AuditEntry, ContactAttempt, OutboxEntry

_spec = importlib.util.spec_from_file_location("bills", Path(__file__).with_name("bills.py"))
bills = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bills)
call, sms, write_csv, write_xlsx = bills.call, bills.sms, bills.write_csv, bills.write_xlsx
CALL_HEADER, SMS_HEADER, TITLE = bills.CALL_HEADER, bills.SMS_HEADER, bills.TITLE

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
ZHANG, LI, WANG = "13800138000", "13900139000", "13700137001"  # M1's members
OTHER_BOOK = "13600136000"  # M2's member: not in M1's book
STRANGERS = ("13512345678", "18698765432", "01088886666")  # nobody's


@pytest.fixture
def book(db):
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        admin = resolve_actor(s, "A1")
        add_manager(s, admin, code="L1", name="队长", team="T1", role=Role.LEAD)
        add_manager(s, admin, code="M1", name="王经理", team="T1")
        add_manager(s, admin, code="M2", name="赵经理", team="T1")
        for phone, name, who in (
            (ZHANG, "张伟", "M1"),
            (LI, "李娜", "M1"),
            (WANG, "王芳", "M1"),
            (OTHER_BOOK, "刘洋", "M2"),
        ):
            add_member(
                s,
                admin,
                NewMember(
                    phone=phone,
                    name=name,
                    tier=Tier.GOLD,
                    manager=who,
                    assigned_on=date(2026, 9, 1),
                ),
                today=date(2026, 9, 1),
            )
    return db


def run(db, path, who="M1", **kw):
    kw.setdefault("now", NOW)
    with db.transaction() as s:
        actor = s.info["actor"] = resolve_actor(s, who)
        return import_bill(s, actor, path, **kw)[0]


def contacts(db, phone: str | None = None) -> list[tuple]:
    """(local time, channel, outcome, source, note) of the logged contacts, oldest first."""
    from vipcrm.domain.dates import DEFAULT_TZ
    from vipcrm.store.models import Member

    with db.reading() as s:
        q = select(
            ContactAttempt.at,
            ContactAttempt.channel,
            ContactAttempt.outcome,
            ContactAttempt.source,
            ContactAttempt.note,
        ).join(Member, Member.id == ContactAttempt.member_id)
        if phone:
            q = q.where(Member.phone == phone)
        return [
            (at.astimezone(DEFAULT_TZ).replace(tzinfo=None), ch, out, src, note)
            for at, ch, out, src, note in s.execute(q.order_by(ContactAttempt.at))
        ]


def counts(result) -> dict[str, int]:
    return {
        k: getattr(result, k)
        for k in ("rows", "logged", "already_logged", "duplicates", "not_in_book", "ignored")
    } | {"refused": len(result.refused)}


CALLS = [
    call("2026-11-03 10:15:32", "主叫", "+86 138-0013-8000", "1分23秒"),  # reached
    call("2026-11-03 10:20:00", "主叫", LI, "0秒"),  # no answer
    call("2026-11-04 09:00:00", "被叫", LI, "00:01:23"),  # reached (the member called)
    call("2026-11-04 09:30:00", "被叫", WANG, "0秒"),  # a missed call: no contact
    call("2026-11-04 11:00:00", "呼转", WANG, "23秒"),  # forwarded: no contact
    call("2026-11-05 18:00:00", "主叫", STRANGERS[0], "1小时2分3秒"),
    call("2026-11-05 18:30:00", "被叫", STRANGERS[2], "23秒"),
    call("2026-11-06 08:00:00", "主叫", OTHER_BOOK, "5分"),  # another manager's member
    call("2026-11-06 09:00:00", "主叫", WANG, "1小时2分3秒"),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_calls_become_contacts_with_the_outcome_the_bill_shows(book, tmp_path, encoding):
    path = write_csv(tmp_path / "calls.csv", CALL_HEADER, CALLS, encoding, title=TITLE)
    result = run(book, path)
    assert counts(result) == {
        "rows": 9,
        "logged": 4,
        "already_logged": 0,
        "duplicates": 0,
        "not_in_book": 3,
        "ignored": 2,
        "refused": 0,
    }
    assert result.encoding == encoding if encoding != "gb18030" else result.encoding == "gb18030"
    assert result.logged_by == {"phone no_answer": 1, "phone reached": 3}
    assert contacts(book) == [
        (datetime(2026, 11, 3, 10, 15, 32), Channel.PHONE, Outcome.REACHED, ContactSource.BILL, "详单：主叫 1分23秒"),
        (datetime(2026, 11, 3, 10, 20), Channel.PHONE, Outcome.NO_ANSWER, ContactSource.BILL, "详单：主叫 0秒"),
        (datetime(2026, 11, 4, 9, 0), Channel.PHONE, Outcome.REACHED, ContactSource.BILL, "详单：被叫 00:01:23"),
        (datetime(2026, 11, 6, 9, 0), Channel.PHONE, Outcome.REACHED, ContactSource.BILL, "详单：主叫 1小时2分3秒"),
    ]  # fmt: skip
    with book.reading() as s:  # stored in UTC: 10:15:32 in Beijing is 02:15:32 UTC
        first = s.scalar(select(func.min(ContactAttempt.at)))
        assert first == datetime(2026, 11, 3, 2, 15, 32, tzinfo=UTC)


def test_sms_sent_are_contacts_and_received_are_not(book, tmp_path):
    rows = [
        sms("2026-11-02 08:00:00", ZHANG, "发送"),
        sms("2026-11-02 08:05:00", "8613900139000", "发送", "彩信"),
        sms("2026-11-02 09:00:00", ZHANG, "接收"),
        sms("2026-11-02 09:10:00", STRANGERS[1], "发送"),
    ]
    result = run(book, write_csv(tmp_path / "sms.csv", SMS_HEADER, rows, "gb18030", title=TITLE))
    assert (result.logged, result.ignored, result.not_in_book) == (2, 1, 1)
    assert [c[1:] for c in contacts(book)] == [
        (Channel.SMS, Outcome.REACHED, ContactSource.BILL, "详单：发送 短信"),
        (Channel.SMS, Outcome.REACHED, ContactSource.BILL, "详单：发送 彩信"),
    ]


def test_an_xlsx_workbook_with_a_calls_and_an_sms_sheet(book, tmp_path):
    path = write_xlsx(
        tmp_path / "详单.xlsx",
        [
            (
                "通话详单",
                CALL_HEADER,
                [
                    [datetime(2026, 11, 3, 10, 15, 32), "北京", "主叫", 13800138000, time(0, 1, 23), "本地", "", 0],
                    [datetime(2026, 11, 3, 11, 0), "北京", "主叫", "139 0013 9000", "23秒", "本地", "", 0],
                ],
            ),
            ("短信详单", SMS_HEADER, [[datetime(2026, 11, 4, 8, 0), "北京", ZHANG, "发送", "短信", "", "", 0.1]]),
        ],
        title=TITLE,
    )  # fmt: skip
    result = run(book, path)
    assert [k.value for k in result.kinds] == ["calls", "sms"]
    assert (result.rows, result.logged, result.encoding) == (3, 3, None)
    assert [(c[0], c[1], c[4]) for c in contacts(book)] == [
        (datetime(2026, 11, 3, 10, 15, 32), Channel.PHONE, "详单：主叫 00:01:23"),
        (datetime(2026, 11, 3, 11, 0), Channel.PHONE, "详单：主叫 23秒"),
        (datetime(2026, 11, 4, 8, 0), Channel.SMS, "详单：发送 短信"),
    ]


def test_header_synonyms_a_date_column_and_times_without_a_year(book, tmp_path):
    header = ["序号", "日期", "通话起始时间", "通话地点", "呼叫类型", "对端号码", "通话时长(秒)"]
    rows = [
        ["1", "2026年11月03日", "10:15:32", "北京", "本地主叫", ZHANG, "83"],
        ["2", "11-04", "09:00", "北京", "被叫", LI, "0"],  # the title names the month
        ["3", "12-30", "09:00:00", "北京", "主叫", WANG, "5"],  # December of last year
    ]
    title = [["通话详单 查询时间：2027年01月"], [], [""]]
    result = run(
        book,
        write_csv(tmp_path / "c.csv", header, rows, title=title),
        now=datetime(2027, 2, 1, tzinfo=UTC),
    )
    assert (result.logged, result.ignored, len(result.refused)) == (2, 1, 0)
    assert [c[0] for c in contacts(book)] == [datetime(2026, 11, 3, 10, 15, 32), datetime(2026, 12, 30, 9, 0)]  # fmt: skip


def test_a_time_without_a_year_needs_a_title_naming_the_month(book, tmp_path):
    rows = [call("11-03 10:15:32", "主叫", ZHANG, "23秒")]
    with pytest.raises(BillRefused, match="row 2, column 起始时间: the time has no year"):
        run(book, write_csv(tmp_path / "c.csv", CALL_HEADER, rows))


def test_the_same_file_twice_and_overlapping_months_log_nothing_twice(book, tmp_path):
    november = write_csv(tmp_path / "nov.csv", CALL_HEADER, CALLS, title=TITLE)
    assert run(book, november).logged == 4
    again = run(book, november)
    assert (again.logged, again.already_logged, again.not_in_book) == (0, 4, 3)
    overlap = write_csv(
        tmp_path / "mid.csv",
        CALL_HEADER,
        [*CALLS[6:], call("2026-11-20 10:00:00", "主叫", ZHANG, "2分")],
    )
    result = run(book, overlap)
    assert (result.logged, result.already_logged) == (1, 1)
    assert len(contacts(book)) == 5
    with book.reading() as s:  # and nothing went to the outbox twice either
        assert (
            s.scalar(select(func.count()).where(OutboxEntry.table_name == "contact_attempts")) == 5
        )


def test_a_contact_typed_by_hand_within_ten_minutes_is_not_doubled(book, tmp_path):
    with book.transaction() as s:
        me = resolve_actor(s, "M1")
        for phone, channel, at in (
            (ZHANG, Channel.PHONE, datetime(2026, 11, 3, 2, 25, tzinfo=UTC)),  # 10:25 local
            (LI, Channel.PHONE, datetime(2026, 11, 3, 2, 31, tzinfo=UTC)),  # 11 minutes off
            (WANG, Channel.SMS, datetime(2026, 11, 3, 2, 15, tzinfo=UTC)),  # another channel
        ):
            log_contact(s, me, member_ref=phone, channel=channel, outcome=Outcome.REACHED, at=at)
    rows = [
        call("2026-11-03 10:15:32", "主叫", ZHANG, "1分"),  # the typed 10:25 one
        call("2026-11-03 10:18:00", "主叫", ZHANG, "2分"),  # a second call: logged
        call("2026-11-03 10:20:00", "主叫", LI, "1分"),
        call("2026-11-03 10:15:00", "主叫", WANG, "1分"),
    ]
    result = run(book, write_csv(tmp_path / "c.csv", CALL_HEADER, rows))
    assert (result.logged, result.already_logged) == (3, 1)
    zhang = contacts(book, ZHANG)
    assert [(c[0].time(), c[3]) for c in zhang] == [
        (time(10, 18), ContactSource.BILL),
        (time(10, 25), ContactSource.HAND),
    ]


def test_duplicate_rows_in_one_file_are_logged_once(book, tmp_path):
    rows = [CALLS[0], CALLS[0], call("2026-11-03 10:15:32", "主叫", ZHANG, "1分23秒")]
    result = run(book, write_csv(tmp_path / "c.csv", CALL_HEADER, rows))
    assert (result.rows, result.logged, result.duplicates) == (3, 1, 2)


BAD = [
    call("2026-11-03 10:15:32", "主叫", ZHANG, "1分23秒"),
    call("2026-13-45 25:00:00", "主叫", LI, "1分"),  # row 3: no such time
    call("2026-11-03 11:00:00", "主叫", STRANGERS[0], "1分23"),  # row 4: no unit
    call("2026-11-03 11:30:00", "未知", WANG, "abc"),  # row 5: two bad cells
    call("2026-11-03 12:00:00", "主叫", WANG, "2分"),
    call("2026-12-24 12:00:00", "主叫", WANG, "2分"),  # row 7: after NOW
]


def test_bad_rows_refuse_the_whole_file_naming_file_row_and_column(book, tmp_path):
    path = write_csv(tmp_path / "bad.csv", CALL_HEADER, BAD)
    with book.reading() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    with pytest.raises(BillRefused) as caught:
        run(book, path)
    text = str(caught.value)
    assert text.startswith("5 bad row(s) in bad.csv; nothing was written")
    assert "bad.csv: row 3, column 起始时间: not a date and time" in text
    assert "bad.csv: row 4, column 通信时长: not a duration" in text
    assert "bad.csv: row 5, column 通信方式: not a call direction" in text
    assert "bad.csv: row 5, column 通信时长" in text
    assert "bad.csv: row 7, column 起始时间: the time is in the future" in text
    assert STRANGERS[0] not in text and LI not in text  # row numbers, never the numbers
    assert contacts(book) == []
    with book.reading() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before


def test_control_and_direction_characters_never_reach_a_contacts_note(book, tmp_path):
    """The direction and the kind of an SMS go into the contact's note: a cell holding an
    ESC sequence or a direction override refuses the file like any bad cell (the flush-time
    check does not see this bulk write; the central store would refuse the contact)."""
    calls = write_csv(
        tmp_path / "calls.csv",
        CALL_HEADER,
        [call("2026-11-03 10:15:32", "\x1b[31m主叫", ZHANG, "1分23秒")],
    )
    with pytest.raises(BillRefused) as caught:
        run(book, calls)
    assert (
        "calls.csv: row 2, column 通信方式: contains a control or text-direction character (U+001B)"
        in str(caught.value)
    )
    texts = write_csv(
        tmp_path / "sms.csv",
        SMS_HEADER,
        [
            sms("2026-11-02 08:00:00", ZHANG, "发送", "短信\u202e"),
            sms("2026-11-02 08:05:00", LI, "发送"),
        ],
    )
    result = run(book, texts, skip_invalid=True)
    assert [(p.row, p.column) for p in result.refused] == [(2, SMS_HEADER[4])]
    assert "U+202E" in result.refused[0].reason
    assert [c[4] for c in contacts(book)] == ["详单：发送 短信"]


def test_skip_invalid_logs_the_good_rows_and_lists_the_bad(book, tmp_path):
    result = run(book, write_csv(tmp_path / "bad.csv", CALL_HEADER, BAD), skip_invalid=True)
    assert (result.rows, result.logged, len(result.refused)) == (6, 2, 5)
    assert [(p.row, p.column) for p in result.refused] == [
        (3, "起始时间"),
        (4, "通信时长"),
        (5, "通信方式"),
        (5, "通信时长"),
        (7, "起始时间"),
    ]
    assert len(contacts(book)) == 2


def test_a_dry_run_previews_and_writes_nothing(book, tmp_path):
    result = run(book, write_csv(tmp_path / "c.csv", CALL_HEADER, CALLS), dry_run=True)
    assert (result.logged, result.not_in_book, result.written) == (4, 3, False)
    assert contacts(book) == []


@pytest.mark.parametrize(
    ("header", "rows", "why"),
    [
        (  # last month's re-grading file
            ["手机号码", "姓名", "级别", "年累计积分"],
            [[ZHANG, "张伟", "金卡", "35000"]],
            "",
        ),
        (  # a bank statement
            [
                "交易日期",
                "交易时间",
                "摘要",
                "收入金额",
                "支出金额",
                "余额",
                "对方户名",
                "对方账号",
            ],
            [
                [
                    "2026-11-03",
                    "10:15:32",
                    "转账",
                    "",
                    "100.00",
                    "900.00",
                    "张伟",
                    "6222020200112233",
                ]
            ],
            "",
        ),
        (  # a bill's columns without a duration or a message type
            ["起始时间", "通信方式", "对方号码"],
            [["2026-11-03 10:15:32", "主叫", ZHANG]],
            "neither a call nor an SMS bill",
        ),
    ],
)
def test_a_file_of_the_wrong_kind_is_refused_saying_what_a_bill_looks_like(
    book, tmp_path, header, rows, why
):
    path = write_csv(tmp_path / "file.csv", header, rows, "gb18030")
    with pytest.raises(BillRefused) as caught:
        run(book, path)
    text = str(caught.value)
    assert text.startswith("file.csv does not look like an itemised phone bill")
    assert "起始时间, 对方号码 and 通信方式" in text and why in text
    assert contacts(book) == []


def test_only_a_user_of_this_database_imports_a_bill(book, tmp_path):
    path = write_csv(tmp_path / "c.csv", CALL_HEADER, CALLS)
    with pytest.raises(PermissionDenied), book.transaction() as s:
        import_bill(s, resolve_actor(s, "nobody"), path, now=NOW)


def test_numbers_that_are_not_members_are_never_stored(book, tmp_path):
    """Counted, then dropped: not in any table, the audit trail, the outbox or the raw file."""
    rows = [
        *CALLS,
        call("2026-11-07 08:00:00", "被叫", STRANGERS[1], "0秒"),
        call("2026-11-07 09:00:00", "主叫", "+86 135-1234-5679", "abc"),  # bad and a stranger
    ]
    path = write_csv(tmp_path / "c.csv", CALL_HEADER, rows)
    result = run(book, path, skip_invalid=True)
    assert (result.logged, result.not_in_book, len(result.refused)) == (4, 4, 1)
    with book.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) > 0  # the trail exists
    book.dispose()
    forms = [
        *STRANGERS,
        "13512345679",
        *(f"{n[:3]}-{n[3:7]}-{n[7:]}" for n in STRANGERS),
        *(f"+86{n}" for n in STRANGERS),
    ]
    files = [
        p for p in Path(book.engine.url.database).parent.iterdir() if p.name.startswith("vipcrm.db")
    ]
    for file in files:
        raw = file.read_bytes()
        for form in forms:
            for encoded in (form.encode(), form.encode("utf-16-le")):
                assert encoded not in raw, (file.name, form)
    with sqlite3.connect(files[0]) as conn:  # and the known members' numbers are there
        assert conn.execute("SELECT count(*) FROM members WHERE phone = ?", (ZHANG,)).fetchone()[0]
        dump = "\n".join(conn.iterdump())
    assert all(form not in dump for form in forms)


def test_the_due_list_drops_what_the_bill_shows_as_done(db, tmp_path):
    with db.transaction() as s:
        add_manager(s, resolve_actor(s, "setup"), code="A1", name="管理员", role=Role.ADMIN)
        admin = resolve_actor(s, "A1")
        add_manager(s, admin, code="M1", name="王经理", team="T1")
        for phone, name, assigned in (
            (ZHANG, "张伟", date(2026, 11, 2)),
            (LI, "李娜", date(2026, 9, 1)),
        ):
            add_member(
                s,
                admin,
                NewMember(
                    phone=phone, name=name, tier=Tier.GOLD, manager="M1", assigned_on=assigned
                ),
                today=assigned,
            )
        log_contact(  # 李娜 was reached in October: routine SMS and calls are due
            s, resolve_actor(s, "M1"), member_ref=LI, channel=Channel.PHONE,
            outcome=Outcome.REACHED, at=datetime(2026, 10, 8, 2, 0, tzinfo=UTC),
        )  # fmt: skip
    today = date(2026, 11, 25)

    def due() -> set[tuple[str, DueKind]]:
        with db.reading() as s:
            result = due_for(s, resolve_actor(s, "M1"), today=today, horizon_days=7)
            return {(i.member_name, i.kind) for i in result.items}

    before = due()
    assert ("张伟", DueKind.FIRST_CONTACT) in before
    assert ("李娜", DueKind.ROUTINE_SMS) in before and ("李娜", DueKind.ROUTINE_CALL) in before
    bill = [
        call("2026-11-03 10:15:32", "主叫", ZHANG, "1分23秒"),
        call("2026-11-24 10:30:00", "被叫", LI, "3分"),
    ]
    run(db, write_csv(tmp_path / "c.csv", CALL_HEADER, bill))
    run(db, write_csv(tmp_path / "s.csv", SMS_HEADER, [sms("2026-11-24 11:00:00", LI, "发送")]))
    after = due()
    for done in (("张伟", DueKind.FIRST_CONTACT), ("李娜", DueKind.ROUTINE_SMS), ("李娜", DueKind.ROUTINE_CALL)):  # fmt: skip
        assert done not in after


def test_the_contacts_and_their_audit_entries_go_to_the_outbox(book, tmp_path):
    run(book, write_csv(tmp_path / "c.csv", CALL_HEADER, CALLS))
    with book.reading() as s:
        ids = set(s.scalars(select(ContactAttempt.id)))
        sent = {
            uuid.UUID(str(r)) if not isinstance(r, uuid.UUID) else r
            for r in s.scalars(
                select(OutboxEntry.row_id).where(OutboxEntry.table_name == "contact_attempts")
            )
        }
        assert sent == ids and len(ids) == 4
        trail = s.execute(
            select(AuditEntry.row_id, AuditEntry.actor_code, AuditEntry.changes).where(
                AuditEntry.table_name == "contact_attempts"
            )
        ).all()
        assert {r for r, _, _ in trail} == ids
        assert {who for _, who, _ in trail} == {"M1"}
        assert all(c["source"] == [None, "bill"] for _, _, c in trail)
        payloads = s.scalars(
            select(OutboxEntry.payload).where(OutboxEntry.table_name == "contact_attempts")
        ).all()
        assert {p["row"]["source"] for p in payloads} == {"bill"}


def test_a_bill_a_week_long_keeps_its_days_in_beijing_time(book, tmp_path):
    """23:30 on the 3rd in Beijing is 15:30 UTC the same day; 00:30 on the 4th is the 3rd in UTC."""
    rows = [
        call("2026-11-03 23:30:00", "主叫", ZHANG, "1分"),
        call("2026-11-04 00:30:00", "主叫", ZHANG, "1分"),
    ]
    run(book, write_csv(tmp_path / "c.csv", CALL_HEADER, rows))
    with book.reading() as s:
        stamps = sorted(s.scalars(select(ContactAttempt.at)))
    assert stamps == [
        datetime(2026, 11, 3, 15, 30, tzinfo=UTC),
        datetime(2026, 11, 3, 16, 30, tzinfo=UTC),
    ]
