"""A saved plan keeps codes, not sentences: the items done stay done whatever the language
the plan was made, shown or printed in, and plans saved by an older vipcrm (a sentence in
Chinese or in English per rule item) are read back into codes by revision 4507f52ce829."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from vipcrm.domain.due import DueKind, Reason
from vipcrm.domain.lunar import GreetingHoliday, lunar_label
from vipcrm.domain.money import format_fen
from vipcrm.domain.values import Tier
from vipcrm.reports.plan_report import render_plan
from vipcrm.services import saved_plans
from vipcrm.services.context import resolve_actor
from vipcrm.services.demo import DemoOptions, generate_demo
from vipcrm.services.plan_contents import month_plan, reason_key
from vipcrm.store.db import open_database
from vipcrm.store.models import PlanItem

TODAY = date(2026, 11, 22)
REVISION = next(Path(__file__).parents[2].glob("migrations/versions/*_4507f52ce829_*.py"))
_spec = importlib.util.spec_from_file_location("plan_items_reasons", REVISION)
revision = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(revision)

pdfcheck_spec = importlib.util.spec_from_file_location(
    "pdfcheck", Path(__file__).parents[1] / "reports" / "pdfcheck.py"
)
pdfcheck = importlib.util.module_from_spec(pdfcheck_spec)
pdfcheck_spec.loader.exec_module(pdfcheck)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.db"
    database = open_database(path)
    generate_demo(database, DemoOptions(managers=1, members=150, seed=2, today=TODAY))
    yield database, path
    database.dispose()


def generate(database, replace=False) -> saved_plans.PlanView:
    with database.transaction() as s:
        view, _ = saved_plans.generate_plan(
            s, resolve_actor(s, "M001"), period="2026-12", replace=replace
        )
    return view


def tick(database, view: saved_plans.PlanView) -> set:
    """Tick done every third rule item and every item carried over; their ids."""
    chosen = {
        i.id for k, i in enumerate(view.items) if not i.own and (k % 3 == 0 or i.carried_from)
    }
    with database.transaction() as s:
        for item_id in chosen:
            saved_plans.mark_done(s, resolve_actor(s, "M001"), item_id)
    return chosen


def key(item: saved_plans.PlanItemRow) -> tuple:
    return (item.member_id, item.kind, reason_key(item.reason))


def load(database, plan_id) -> saved_plans.PlanView:
    with database.reading() as s:
        return saved_plans.load_plan(s, resolve_actor(s, "M001"), plan_id)


def test_generating_again_keeps_every_item_done_and_plans_none_twice(demo):
    database, _ = demo
    view = generate(database)
    assert any(i.carried_from for i in view.items) and len({i.kind for i in view.items}) >= 4
    done = tick(database, view)
    again = generate(database, replace=True)
    kept = {i.id for i in again.items if i.done}
    assert kept == done  # the same rows, still ticked
    assert again.total == view.total  # nothing done is planned a second time
    keys = [key(i) for i in again.items]
    assert len(keys) == len(set(keys))


def test_the_saved_plan_prints_the_same_items_done_in_chinese_and_in_english(demo, tmp_path):
    database, _ = demo
    view = generate(database)
    done = tick(database, view)
    with database.reading() as s:
        data = month_plan(s, resolve_actor(s, "M001"), manager="M001", month="2026-12")
    assert sum(1 for r in data.rows if r.done) == len(done)
    ticks = len(done) + sum(1 for r in data.card_items if r.done)  # cards: listed twice
    for lang, word in (("zh_CN", "结转"), ("en", "carried over")):
        text = pdfcheck.pdf_text(render_plan(data, tmp_path / f"{lang}.pdf", lang))
        assert text.count("✓") == ticks, lang
        assert word in text  # the reasons are written in the document's language
    zh = pdfcheck.pdf_text(tmp_path / "zh_CN.pdf")
    assert "Weekly SMS" not in zh and "one in the week" not in zh


# -- plans saved by an older vipcrm --------------------------------------------------------------
def old_sentence(reason: Reason, carried: date | None, lang: str) -> str:
    """The note vipcrm wrote for a rule item before this revision (its templates)."""
    words = revision.WORDS[lang]
    tiers = {code: word for word, code in words["tier"].items()}
    holidays = {code: word for word, code in words["holiday"].items()}
    causes = {code: word for word, code in words["causes"].items()}
    values: dict[str, str] = {"important": ""}
    for name, value in reason.values:
        if name == "month":
            values[name] = f"{value:%Y-%m}"
        elif name == "tier":
            values[name] = tiers[value.value]
        elif name == "holiday":
            values[name] = holidays[value.value]
        elif name == "cap":
            values[name] = format_fen(value)
        elif name == "causes":
            values[name] = words["causes_sep"].join(causes[c] for c in value)
        elif name == "important":
            values[name] = words["important"] if value else ""
        elif isinstance(value, date):
            values[name] = value.isoformat()
        else:
            values[name] = str(value)
    lunar = reason.get("lunar")
    if lunar is not None:
        values["birthday"] += words["lunar"].format(label=lunar_label(*lunar))
    text = revision.TEMPLATES[lang][reason.kind].format(**values)
    if carried is None:
        return text
    prefix = "结转（原定 {d}）：" if lang == "zh_CN" else "carried over (due {d}): "
    return prefix.format(d=carried.isoformat()) + text


def test_a_plan_saved_in_either_language_by_an_older_vipcrm_keeps_what_is_done(demo):
    database, path = demo
    view = generate(database)
    done = tick(database, view)
    saved = {i.id: (i.reason, i.carried_from) for i in view.items if not i.own}
    # as an older vipcrm left it: the sentence only, half in Chinese, half in English
    with database.transaction() as s:
        s.info["no_outbox"] = True
        for k, (item_id, (reason, carried)) in enumerate(sorted(saved.items())):
            if reason.kind is DueKind.CAMPAIGN_CONTACT:
                continue  # no older vipcrm had campaigns: saved with codes from the start
            note = old_sentence(reason, carried, "zh_CN" if k % 2 else "en")
            s.execute(
                update(PlanItem)
                .where(PlanItem.id == item_id)
                .values(note=note, reason=None, carried_from=None)
            )
    with database.engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision.down_revision,))
    database.dispose()
    database = open_database(path)  # migrates
    try:
        with database.reading() as s:
            rows = {
                i.id: (i.reason, i.carried_from, i.note)
                for i in s.scalars(
                    select(PlanItem).where(PlanItem.kind.notin_(saved_plans.OWN_KINDS))
                )
            }
        for item_id, (reason, carried) in saved.items():
            assert rows[item_id] == (reason.to_json(), carried, ""), reason
        again = generate(database, replace=True)
        assert {i.id for i in again.items if i.done} == done
        assert again.total == view.total
    finally:
        database.dispose()


SAMPLES = [
    Reason.of(DueKind.FIRST_CONTACT, assigned=date(2026, 9, 29), n=3),
    Reason.of(DueKind.FIRST_CALL, sms=date(2026, 9, 30), n=3),
    Reason.of(DueKind.EXPLAIN_SMS, assigned=date(2026, 3, 2), deadline=date(2026, 3, 5)),
    Reason.of(DueKind.UNREACHABLE_RETRY, assigned=date(2026, 3, 2), start=date(2026, 3, 10)),
    Reason.of(DueKind.GROUP_SMS_CHECK, sms=date(2026, 11, 20)),
    Reason.of(DueKind.ROUTINE_SMS, start=date(2026, 11, 16), end=date(2026, 11, 22)),
    Reason.of(DueKind.ROUTINE_CALL, month=date(2026, 11, 1)),
    Reason.of(
        DueKind.MINIMUM_CONTACT, tier=Tier.GOLD, start=date(2026, 10, 1), end=date(2026, 12, 31)
    ),
    Reason.of(
        DueKind.MINIMUM_CONTACT,
        tier=Tier.DIAMOND,
        start=date(2026, 11, 1),
        end=date(2026, 11, 30),
        important=True,
    ),
    Reason.of(DueKind.CARD_DATA, since=date(2026, 11, 2), n=1),
    Reason.of(DueKind.CARD_NOTIFY, since=date(2026, 11, 2), n=3),
    Reason.of(DueKind.CARD_RECEIPT_CHECK, since=date(2026, 11, 2), n=7),
    Reason.of(DueKind.CARD_PICKUP_REMINDER, since=date(2026, 11, 2)),
    Reason.of(DueKind.CARD_DELIVERY, agreed=date(2026, 11, 30)),
    Reason.of(DueKind.BIRTHDAY_GIFT, birthday=date(2026, 11, 25), n=3, cap=150000),
    Reason.of(DueKind.BIRTHDAY_GREETING, birthday=date(2026, 9, 25), lunar=(8, 15, False)),
    Reason.of(DueKind.BIRTHDAY_GREETING, birthday=date(2028, 6, 22), lunar=(5, 8, True)),
    Reason.of(DueKind.HOLIDAY_GREETING, holiday=GreetingHoliday.MID_AUTUMN, day=date(2026, 9, 25)),
    Reason.of(
        DueKind.RETENTION_CALL,
        month=date(2026, 12, 1),
        causes=("tier_down", "below_minimum"),
        n=7,
    ),
]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("reason", SAMPLES, ids=lambda r: r.kind.value)
def test_the_revision_reads_every_sentence_vipcrm_wrote(reason, lang):
    # campaign items came after the revision: their plan items were always saved as codes
    assert {r.kind for r in SAMPLES} == set(DueKind) - {DueKind.CAMPAIGN_CONTACT}
    for carried in (None, date(2026, 11, 30)):
        values, due = revision.read_note(reason.kind, old_sentence(reason, carried, lang))
        assert Reason.from_json(reason.kind, values) == reason
        assert due == carried


def test_the_revision_leaves_a_note_it_cannot_read_as_it_is():
    assert revision.read_note("routine_sms", "每周短信：下周一条") is None
    assert revision.read_note("routine_sms", "每周短信：2026-11-16 至 2026-13-45 一周一条") is None
    assert (
        revision.read_note("first_contact", "每周短信：2026-11-16 至 2026-11-22 一周一条") is None
    )
    assert revision.read_note("routine_sms", "结转（原定 2026-02-30）：每周短信") is None
