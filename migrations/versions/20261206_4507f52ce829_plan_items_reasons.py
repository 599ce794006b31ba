"""saved plans keep codes, not sentences: ``plan_items.reason`` and ``carried_from``

A rule item of a saved plan kept the due engine's sentence in the language the plan was
generated in (``note``), and "carried over (due D): " in front of it when it was; the
plan then matched items done on that text, so generating it again in the other language
planned them again. It now keeps why it is due as codes and values (``reason``: JSON, the
values of :class:`vipcrm.domain.due.Reason`) and the day a carried-over item was due
(``carried_from``); ``note`` is the manager's own text only.

The sentences saved so far are read back here, once, with the templates that wrote them
(frozen below: these are what vipcrm wrote up to this revision, in Chinese and English).
A note none of them reads stays as it is, with no reason: it prints as it was saved.

On PostgreSQL the central objects are re-applied, which raises the central schema to 4:
a client that pushes the new columns never writes to a central store without them.

Revision ID: 4507f52ce829
Revises: 4aaa5277ebe8
Create Date: 2026-12-06
"""

import json
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "4507f52ce829"
down_revision: str | None = "4aaa5277ebe8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWN_KINDS = ("visit", "meeting", "note")

# -- the sentences vipcrm wrote up to this revision ----------------------------------------------
TEMPLATES = {
    "zh_CN": {
        "first_contact": "首次联系：分配于 {assigned}，{n}个工作日内",
        "first_call": "首次电话：{sms} 已短信联系，{n}个工作日内电话联系",
        "explain_sms": "说明短信：分配于 {assigned}，{deadline} 前未能电话联系上，发短信说明",
        "unreachable_retry": "未联系上：分配于 {assigned}，自 {start} 起每周电话或短信一次直至联系上",
        "group_sms_check": "12580核实：{sms} 经12580集团短信平台发送，核实确已发出",
        "routine_sms": "每周短信：{start} 至 {end} 一周一条",
        "routine_call": "每月电话：{month} 每月一次",
        "minimum_contact": "最低联系：{tier}会员 {start} 至 {end} 至少联系一次{important}",
        "card_data": "制卡数据：{since} 已收集，{n}个工作日内送制卡",
        "card_notify": "到卡通知：{since} 卡已到，{n}天内通知会员并约定领取方式",
        "card_receipt_check": "邮寄回访：{since} 已寄出，{n}天后确认收到",
        "card_pickup_reminder": "自取提醒：{since} 通知自取，尚未领取，电话提醒",
        "card_delivery": "上门送卡：约定 {agreed}",
        "birthday_gift": "生日礼品：生日 {birthday}，提前{n}天准备，限额 {cap}",
        "birthday_greeting": "生日祝福：生日 {birthday}",
        "holiday_greeting": "节日问候：{holiday} {day}（关键人）",
        "retention_call": "客户挽留：{month} 升降级后有流失风险（{causes}），{n}天内电话挽留",
    },
    "en": {
        "first_contact": "First contact: assigned {assigned}, within {n} working days",
        "first_call": "First call: reached by SMS {sms}, call within {n} working days",
        "explain_sms": "Explaining SMS: assigned {assigned}, not reached by phone by {deadline}; "
        "send an SMS explaining the matter",
        "unreachable_retry": "Unreachable: assigned {assigned}; from {start} a call or SMS every "
        "week until reached",
        "group_sms_check": "12580 check: SMS of {sms} sent through the 12580 group platform; "
        "confirm it was really sent",
        "routine_sms": "Weekly SMS: one in the week {start} to {end}",
        "routine_call": "Monthly call: one in {month}",
        "minimum_contact": "Minimum contact: {tier} member, at least once from {start} to "
        "{end}{important}",
        "card_data": "Card data: collected {since}, send to the card maker within {n} working days",
        "card_notify": "Card arrived {since}: notify the member within {n} days and agree delivery",
        "card_receipt_check": "Card mailed {since}: confirm receipt after {n} days",
        "card_pickup_reminder": "Card pick-up: notified {since}, not collected yet; phone reminder",
        "card_delivery": "Card hand delivery: agreed for {agreed}",
        "birthday_gift": "Birthday gift: birthday {birthday}, prepare {n} days ahead, cap {cap}",
        "birthday_greeting": "Birthday greeting: birthday {birthday}",
        "holiday_greeting": "Holiday greeting: {holiday} {day} (key person)",
        "retention_call": "Retention call: at risk after the {month} re-grading ({causes}); "
        "call within {n} days",
    },
}
WORDS = {
    "zh_CN": {
        "tier": {"钻卡": "diamond", "金卡": "gold", "银卡": "silver"},
        "holiday": {
            "元旦": "new_year",
            "春节": "spring_festival",
            "端午节": "dragon_boat",
            "中秋节": "mid_autumn",
        },
        "causes": {"降级": "tier_down", "低于最低联系要求": "below_minimum"},
        "causes_sep": "；",
        "lunar": "（农历{label}）",
        "important": "；重要客户，宜面访",
        "carried": r"结转（原定 (\d{4}-\d{2}-\d{2})）：",
    },
    "en": {
        "tier": {"diamond": "diamond", "gold": "gold", "silver": "silver"},
        "holiday": {
            "New Year's Day": "new_year",
            "Spring Festival": "spring_festival",
            "Dragon Boat Festival": "dragon_boat",
            "Mid-Autumn Festival": "mid_autumn",
        },
        "causes": {"tier dropped": "tier_down", "below the minimum contact": "below_minimum"},
        "causes_sep": "; ",
        "lunar": " (lunar {label})",
        "important": "; important VIP: face to face where suitable",
        "carried": r"carried over \(due (\d{4}-\d{2}-\d{2})\): ",
    },
}
DATE = r"\d{4}-\d{2}-\d{2}"


def _lunar_labels() -> dict[str, list[Any]]:
    """Every lunar date's label (十月初八, 闰四月初一 ...) -> [month, day, leap month]."""
    digits = "一二三四五六七八九十"
    months = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]

    def day_label(d: int) -> str:
        if d <= 10:
            return "初" + digits[d - 1]
        if d < 20:
            return "十" + digits[d - 11]
        if d == 20:
            return "二十"
        if d < 30:
            return "廿" + digits[d - 21]
        return "三十"

    return {
        f"{'闰' if leap else ''}{months[m - 1]}月{day_label(d)}": [m, d, leap]
        for m in range(1, 13)
        for d in range(1, 31)
        for leap in (False, True)
    }


def _parsers() -> list[tuple[str, re.Pattern[str], str]]:
    """(kind, pattern, language) for every template, most specific first."""
    out = []
    for lang, templates in TEMPLATES.items():
        w = WORDS[lang]
        alt = {
            "tier": "|".join(map(re.escape, w["tier"])),
            "holiday": "|".join(map(re.escape, w["holiday"])),
        }
        lunar = re.escape(w["lunar"]).replace(re.escape("{label}"), "(?P<lunar>[^）)]+)")
        groups = {
            "month": r"(?P<month>\d{4}-\d{2})",
            "n": r"(?P<n>\d+)",
            "cap": r"(?P<cap>¥[\d,]+\.\d\d)",
            "tier": f"(?P<tier>{alt['tier']})",
            "holiday": f"(?P<holiday>{alt['holiday']})",
            "causes": r"(?P<causes>.+?)",
            "birthday": f"(?P<birthday>{DATE})(?:{lunar})?",
            "important": f"(?P<important>{re.escape(w['important'])})?",
        }
        for kind, template in templates.items():
            pattern = ""
            for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
                pattern += re.escape(literal)
                if name:
                    pattern += groups.get(name, f"(?P<{name}>{DATE})")
            out.append((kind, re.compile(f"^{pattern}$"), lang))
    return out


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def read_note(kind: str, note: str) -> tuple[dict[str, Any], date | None] | None:
    """(the reason's values as JSON, the day a carried-over item was due) of a sentence
    vipcrm wrote for a rule item; None if none of the templates reads it."""
    for lang in TEMPLATES:
        found = re.match(WORDS[lang]["carried"], note)
        if found is not None:
            carried: date | None = _date(found.group(1))
            if carried is None:
                return None
            text = note[found.end() :]
            break
    else:
        carried, text = None, note
    for parser_kind, pattern, lang in PARSERS:
        found = pattern.match(text) if parser_kind == kind else None
        if found is None:
            continue
        try:
            values = _values(found.groupdict(), WORDS[lang])
        except (KeyError, ValueError):  # a word or a date no template wrote: another note
            continue
        return values, carried
    return None


def _values(groups: dict[str, str | None], w: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in groups.items():
        if value is None:
            continue
        if name == "n":
            values[name] = int(value)
        elif name == "cap":
            values[name] = int(value.lstrip("¥").replace(",", "").replace(".", ""))
        elif name in ("tier", "holiday"):
            values[name] = w[name][value]
        elif name == "causes":
            values[name] = [w["causes"][c] for c in value.split(w["causes_sep"])]
        elif name == "month":
            values[name] = date.fromisoformat(f"{value}-01").isoformat()
        elif name == "important":
            values[name] = True
        elif name == "lunar":
            values[name] = LUNAR[value]
        else:
            values[name] = date.fromisoformat(value).isoformat()
    return values


LUNAR = _lunar_labels()
PARSERS = _parsers()


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("plan_items")}
    if "reason" not in columns:  # the revision is re-run on a file stamped one back
        if bind.dialect.name == "sqlite":
            # plain ALTERs: no copy of the table (a batch would make one)
            op.execute("ALTER TABLE plan_items ADD COLUMN carried_from DATE")
            op.execute("ALTER TABLE plan_items ADD COLUMN reason JSON")
        else:
            op.add_column("plan_items", sa.Column("carried_from", sa.Date(), nullable=True))
            op.add_column("plan_items", sa.Column("reason", sa.JSON(), nullable=True))
    items = sa.table(
        "plan_items",
        sa.column("id"),
        sa.column("kind", sa.String),
        sa.column("note", sa.Text),
        sa.column("reason", sa.JSON(none_as_null=True)),
        sa.column("carried_from", sa.Date),
    )
    rows = bind.execute(
        sa.select(items.c.id, items.c.kind, items.c.note).where(
            items.c.kind.notin_(OWN_KINDS), items.c.reason.is_(None), items.c.note != ""
        )
    ).all()
    for row_id, kind, note in rows:
        read = read_note(kind, note)
        if read is None:
            continue
        values, carried = read
        bind.execute(
            sa.update(items)
            .where(items.c.id == row_id)
            .values(
                reason=values,
                carried_from=carried,
                note="",
            )
        )
    if bind.dialect.name == "postgresql":
        from vipcrm.sync.central_schema import install_central

        install_central(bind)


def downgrade() -> None:
    """The sentences are not written back: an item keeps its reason's values as JSON text."""
    bind = op.get_bind()
    items = sa.table(
        "plan_items",
        sa.column("id"),
        sa.column("note", sa.Text),
        sa.column("reason", sa.JSON(none_as_null=True)),
    )
    for row_id, reason in bind.execute(
        sa.select(items.c.id, items.c.reason).where(items.c.reason.is_not(None))
    ).all():
        bind.execute(
            sa.update(items)
            .where(items.c.id == row_id)
            .values(note=json.dumps(reason, ensure_ascii=False, sort_keys=True))
        )
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE plan_items DROP COLUMN reason")
        op.execute("ALTER TABLE plan_items DROP COLUMN carried_from")
        return
    op.drop_column("plan_items", "reason")
    op.drop_column("plan_items", "carried_from")
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("UPDATE central_meta SET schema_version = 3")
