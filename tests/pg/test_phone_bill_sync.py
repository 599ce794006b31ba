"""Contacts imported from a phone bill travel to the central store like any contact, keep
their source there and on the lead's laptop, and take no stranger's number with them."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path

from vipcrm.services.phone_bill import import_bill

_spec = importlib.util.spec_from_file_location(
    "bills", Path(__file__).resolve().parents[1] / "services" / "bills.py"
)
bills = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bills)

STRANGER = "13512345678"


def test_bill_contacts_reach_the_central_store_and_the_leads_laptop(org, laptops, tmp_path):
    org.add_member("13800000001", "A", name="张伟")
    org.add_member("13800000002", "A", name="李娜")
    a, lead = laptops("A"), laptops("L1")
    a.sync()
    calls = bills.write_csv(
        tmp_path / "calls.csv",
        bills.CALL_HEADER,
        [
            bills.call("2026-11-03 10:15:32", "主叫", "+86 138-0000-0001", "1分23秒"),
            bills.call("2026-11-03 10:20:00", "主叫", STRANGER, "2分"),
        ],
        "gb18030",
        title=bills.TITLE,
    )
    texts = bills.write_csv(
        tmp_path / "sms.csv",
        bills.SMS_HEADER,
        [bills.sms("2026-11-04 08:00:00", "13800000002", "发送")],
    )
    now = datetime(2026, 12, 1, tzinfo=UTC)
    for path in (calls, texts):
        with a.work() as (s, actor):
            s.info["actor"] = actor
            assert import_bill(s, actor, path, now=now)[0].logged == 1
    assert a.pending() == 2
    a.sync()
    assert a.pending() == 0
    central = org.sql(
        "SELECT channel, outcome, source, note FROM contact_attempts WHERE source = 'bill' "
        "ORDER BY at"
    )
    assert central == [
        ("phone", "reached", "bill", "详单：主叫 1分23秒"),
        ("sms", "reached", "bill", "详单：发送 短信"),
    ]
    assert (
        org.one(
            "SELECT count(*) FROM audit_log WHERE table_name = 'contact_attempts' "
            "AND changes->'source'->>1 = 'bill'"
        )
        == 2
    )
    for table in ("contact_attempts", "audit_log", "members"):
        assert (
            org.one(f"SELECT count(*) FROM {table} t WHERE t::text LIKE %s", (f"%{STRANGER}%",))
            == 0
        )
    lead.sync()
    assert lead.count("contact_attempts", "source = 'bill'") == 2
    assert a.rows("contact_attempts") == {
        k: v for k, v in lead.rows("contact_attempts").items() if k in a.rows("contact_attempts")
    }
    # a contact written by an older client (no source column sent) is typed by hand
    assert org.one("SELECT count(*) FROM contact_attempts WHERE source = 'hand'") == 0
    org.add_contact(org.one("SELECT id FROM members WHERE phone = '13800000001'"))
    assert org.one("SELECT count(*) FROM contact_attempts WHERE source = 'hand'") == 1
