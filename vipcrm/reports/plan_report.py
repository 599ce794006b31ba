"""Printed service plans (服务计划): monthly and weekly (one manager, A4 portrait) and
yearly (months as rows). The data comes from :mod:`vipcrm.services.plan_contents`.

Monthly plan, in order: the summary (book by tier, what is due by kind, cards on their
way, gifts and the budget left, members below the minimum contact), the month calendar
(items planned per day, public holidays and make-up working days marked), the day-by-day
table (one row per due item, a tick box each; it splits across pages with its header
repeated), birthdays and holidays, card follow-ups, the gift list against the budget, and
signature lines for the manager and the team lead. The weekly plan is the same for one
week, with taller rows and a column to write the result in.

Under the header, a box says what the plan is: the manager's saved plan with its status
and version (its rows as saved: moved items on their new day, own visits, meetings and
notes with their text, items ticked done marked ✓), or a proposal from the rules that is
not saved (shaded, so a proposal is not taken for the agreed plan).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from vipcrm.domain.dates import local_date
from vipcrm.domain.money import format_fen
from vipcrm.domain.phone import format_mobile
from vipcrm.domain.plan_layout import PLAN_ORDER, SPREAD_KINDS, month_weeks
from vipcrm.domain.values import PlanStatus, Tier
from vipcrm.reports.base import (
    FONT,
    GRID,
    HEAD_BG,
    MARGIN,
    PAGE_W,
    TIER_COLOURS,
    Header,
    build_pdf,
    fit,
    head_cells,
    para,
    signature_lines,
    styles,
    table,
)
from vipcrm.services.cards import CardRow
from vipcrm.services.plan_contents import OWN_KINDS, DayInfo, PlanData, PlanRow, YearPlanData
from vipcrm.texts import Texts

BODY_W = PAGE_W - 2 * MARGIN  # 180 mm
HOLIDAY_BG = colors.HexColor("#fde3e3")
MAKEUP_BG = colors.HexColor("#e1eafb")
WEEKEND_BG = colors.HexColor("#f1f1f1")
CARRIED_BG = colors.HexColor("#fff0e0")
OWN_BG = colors.HexColor("#e8f1e4")
TOTAL_BG = colors.HexColor("#eef1f6")
DAY_RULE = colors.HexColor("#4a5d80")
MUTED = colors.HexColor("#9a9a9a")
SAVED_BG = colors.HexColor("#eef5ea")
SAVED_RULE = colors.HexColor("#6a9a5b")
PROPOSAL_BG = colors.HexColor("#fff4d6")
PROPOSAL_RULE = colors.HexColor("#c98a00")
TICK = "□"
TICKED = "✓"


# -- entry points --------------------------------------------------------------------------------
def render_plan(plan: PlanData, out: Path | str, lang: str = "zh_CN") -> Path:
    """Write a monthly or weekly plan (``plan.period.kind``) as an A4 PDF."""
    t = Texts(lang)
    weekly = plan.period.kind == "week"
    story: list[Any] = [_status_box(plan, t)]
    if plan.provisional_years:  # said at the top, where it cannot be missed
        story += [Spacer(1, 1.5 * mm), _provisional_box(plan, t)]
    story += [para(t("summary"), "h2"), _summary(plan, t, weekly)]
    story += [
        Spacer(1, 2 * mm),
        CondPageBreak(70 * mm),
        para(t("calendar_week") if weekly else t("calendar"), "h2"),
        _week_strip(plan, t) if weekly else _month_grid(plan, t),
        Spacer(1, 1.5 * mm),
        para(t("calendar_legend"), "small"),
    ]
    capacity = next((d.capacity for d in plan.days if d.capacity is not None), None)
    if capacity is not None:
        story.append(
            para(t("capacity_legend").format(calls=capacity.calls, sms=capacity.sms), "small")
        )
    story += [para(t("day_by_day"), "h2"), para(_plan_note(plan, t), "small"), Spacer(1, 1.5 * mm)]
    story.append(_day_table(plan, t, weekly) if plan.rows else para(t("no_items"), "body"))
    story += _birthdays_and_holidays(plan, t)
    story += _card_followups(plan, t)
    story += _gift_list(plan, t)
    story += _benefit_alerts(plan, t)
    story.append(_signatures(t))
    title = t("plan_week") if weekly else t("plan_month")
    right = f"{_period_label(plan, t)} · {_short_status(plan, t)}"
    return build_pdf(out, _header(title, plan.owner, right, t), story, t)


def render_year_plan(plan: YearPlanData, out: Path | str, lang: str = "zh_CN") -> Path:
    """Write a yearly plan: one row per month, then the budgets and signature lines."""
    t = Texts(lang)
    year = plan.period.start.year
    label = f"{year}年" if t.zh else str(year)
    story: list[Any] = [para(t("summary"), "h2"), _year_summary(plan, t)]
    story += [para(t("month_by_month"), "h2"), _year_table(plan, t), Spacer(1, 1.5 * mm)]
    story.append(para(t("year_note"), "small"))
    for warning in t.provisional_years(plan.provisional_years):
        story.append(para(warning, "small"))
    if plan.other_budgets:
        story += [para(t("other_budgets"), "h2"), _budget_lines_table(plan.other_budgets, t)]
    story.append(_signatures(t))
    return build_pdf(out, _header(t("plan_year"), plan.owner, label, t), story, t)


# -- header and small helpers ---------------------------------------------------------------------
def _header(title: str, owner: Any, right: str, t: Texts) -> Header:
    parts = [t.label("manager") + t.who(owner.manager_name, owner.manager_code)]
    if owner.team_code:
        parts.append(t.label("team") + t.who(owner.team_name or owner.team_code, owner.team_code))
    return Header(title=title, left="    ".join(parts), right=right)


def _period_label(plan: PlanData, t: Texts) -> str:
    p = plan.period
    if p.kind == "month":
        return t.month(p.start.year, p.start.month)
    iso = p.start.isocalendar()
    if t.zh:
        return f"{iso.year}年第{iso.week}周（{t.day(p.start)}至{t.day(p.end)}）"
    return f"Week {iso.week} of {iso.year} ({t.day(p.start)} to {t.day(p.end)})"


def _short_status(plan: PlanData, t: Texts) -> str:
    """For the header of every page: ``已批准 v3`` / ``Approved v3``, or not saved."""
    if plan.saved is None and plan.month_plans:
        return t.plan_word("month_plans").format(months="、".join(plan.month_plans))
    if plan.saved is None:
        return t.plan_word("proposal")
    return f"{t.plan_word(plan.saved.status.value)} v{plan.saved.version}"


def _status_line(plan: PlanData, t: Texts) -> str:
    saved = plan.saved
    if saved is None and plan.month_plans:
        return t.plan_word("month_plans_line").format(months="、".join(plan.month_plans))
    if saved is None:
        return t.plan_word("proposal_line")
    status = t.plan_word(saved.status.value)
    line = t.plan_word("status_line").format(status=status, version=saved.version)
    if saved.status is PlanStatus.SUBMITTED and saved.submitted_at is not None:
        detail = t.plan_word("submitted_on").format(d=t.day(local_date(saved.submitted_at)))
    elif saved.status in (PlanStatus.APPROVED, PlanStatus.REJECTED) and saved.decided_at:
        detail = t.plan_word("decided_on").format(
            who=saved.decided_by or "", d=t.day(local_date(saved.decided_at)), what=status
        )
    elif saved.approved_version is not None:
        detail = t.plan_word("changed_after_approval").format(v=saved.approved_version)
    else:
        detail = t.plan_word("not_submitted")
    sep = "；" if t.zh else "; "
    return f"{t.plan_word('saved')} · {line}{sep}{detail}"


def _status_box(plan: PlanData, t: Texts) -> Table:
    """What this plan is: the saved plan (status, version) or a proposal not saved."""
    saved = plan.saved is not None or bool(plan.month_plans)
    return _box(para(_status_line(plan, t), "body"), saved)


def _provisional_box(plan: PlanData, t: Texts) -> Table:
    """The dates depend on a year with no official schedule yet: the plan says so."""
    content = [
        para(t("provisional_title"), "body"),
        *(para(w, "small") for w in t.provisional_years(plan.provisional_years)),
    ]
    return _box(content, False)


def _box(content: Any, saved: bool) -> Table:
    box = Table([[content]], colWidths=[BODY_W])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), SAVED_BG if saved else PROPOSAL_BG),
                ("BOX", (0, 0), (-1, -1), 0.8, SAVED_RULE if saved else PROPOSAL_RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return box


def _plan_note(plan: PlanData, t: Texts) -> str:
    p = plan.period
    if plan.saved is not None:
        own = sum(plan.own_by_kind.values())
        return t.plan_word("plan_note_saved").format(n=plan.total, own=own)
    if p.kind == "week":
        return t("plan_note_week").format(start=p.start, end=p.end)
    h = (plan.through - p.start).days
    note = t("plan_note_month").format(start=p.start, through=plan.through, h=h, n=plan.total)
    if plan.through > p.end:
        note += " " + t("plan_note_tail").format(end=p.end, through=plan.through)
    return note


def _mmdd(d: Any) -> str:
    return f"{d:%m-%d}" if d else ""


def _tier_cell(tier: Tier | None, t: Texts) -> str:
    return t.tier(tier.value) if tier is not None else ""


def _kind_label(kind: str, t: Texts) -> str:
    """A rule's due kind or an own item's kind (visit, meeting, note), as printed."""
    return t.plan_word(kind) if kind in OWN_KINDS else t.kind(kind)


def _num(n: int) -> str:
    return f"{n:,}"


def _small_table(rows: list[list[Any]], widths: list[float], *, total_row: bool = False) -> Table:
    extra: list[tuple[Any, ...]] = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    if total_row:
        extra.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), TOTAL_BG))
    return table(rows, widths, zebra=False, extra=extra)


# -- summary ------------------------------------------------------------------------------------
def _summary(plan: PlanData, t: Texts, weekly: bool) -> Table:
    col = (BODY_W - 8 * mm) / 3  # three columns with 4 mm gutters
    below = {tier: 0 for tier in Tier}
    for b in plan.below_minimum:
        below[b.tier] += 1
    book_rows: list[list[Any]] = [head_cells([t("tier"), t("members_n"), t("below_min")])]
    for tier in Tier:
        book_rows.append([t.tier(tier.value), _num(plan.book_by_tier[tier]), _num(below[tier])])
    book_rows.append([t("total"), _num(plan.book_size), _num(len(plan.below_minimum))])
    book = _small_table(book_rows, [col * 0.3, col * 0.3, col * 0.4], total_row=True)

    cards: dict[str, int] = {}
    for c in plan.cards:
        cards[c.state.value] = cards.get(c.state.value, 0) + 1
    card_rows: list[list[Any]] = [head_cells([t("cards_in_flight"), t("count")])]
    for state, n in cards.items():
        card_rows.append([t.card_state(state), _num(n)])
    card_rows.append([t("total"), _num(len(plan.cards))])
    cards_table = _small_table(card_rows, [col * 0.66, col * 0.34], total_row=True)

    if plan.saved is not None:
        heading = t.plan_word("planned_week") if weekly else t.plan_word("planned_month")
    else:
        heading = t("due_week") if weekly else t("due_month")
    due_rows: list[list[Any]] = [head_cells([heading, t("count")])]
    for kind in PLAN_ORDER:
        if plan.due_by_kind.get(kind):
            due_rows.append([t.kind(kind.value), _num(plan.due_by_kind[kind])])
    for own in OWN_KINDS:
        if plan.own_by_kind.get(own):
            label = f"{t.plan_word('own_items')} · {t.plan_word(own)}"
            due_rows.append([fit(label, col * 0.66 - 6), _num(plan.own_by_kind[own])])
    total_at = len(due_rows)
    due_rows.append([t("total"), _num(plan.total)])
    if plan.carried:
        due_rows.append([fit(t("carried_in"), col * 0.66 - 6), _num(plan.carried)])
    due_table = _small_table(due_rows, [col * 0.66, col * 0.34])
    due_table.setStyle(TableStyle([("BACKGROUND", (0, total_at), (-1, total_at), TOTAL_BG)]))

    budget = _budget_summary(plan, t, col)
    outer = Table(
        [[[book, Spacer(1, 3 * mm), cards_table], due_table, budget]],
        colWidths=[col + 4 * mm, col + 4 * mm, col],
        hAlign="LEFT",
    )
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _budget_summary(plan: PlanData, t: Texts, col: float) -> Table:
    b = plan.budget
    rows: list[list[Any]] = [head_cells([t("gifts_budget"), ""])]
    if b.line is None:
        rows.append([fit(t("no_budget"), col - 6), ""])
        spans = [("SPAN", (0, 1), (1, 1))]
    else:
        line = b.line
        rows += [
            [t("budget_period"), line.period],
            [t("allocated"), format_fen(line.allocated_fen)],
            [t("committed"), format_fen(line.committed_fen)],
            [t("spent"), format_fen(line.spent_fen)],
            [t("left"), format_fen(line.left_fen)],
        ]
        spans = []
    rows.append([fit(t("pending_sum"), col * 0.58 - 6), format_fen(b.pending_fen)])
    rows.append([fit(t("expected_sum"), col * 0.58 - 6, "small", 7.5), format_fen(b.expected_fen)])
    if b.left_after_fen is not None:
        rows.append([t("left_after"), format_fen(b.left_after_fen)])
    tbl = _small_table(rows, [col * 0.58, col * 0.42], total_row=b.left_after_fen is not None)
    style: list[tuple[Any, ...]] = [("SPAN", (0, 0), (1, 0)), *spans]
    if b.left_after_fen is not None and b.left_after_fen < 0:
        style.append(
            ("TEXTCOLOR", (1, len(rows) - 1), (1, len(rows) - 1), colors.HexColor("#b00020"))
        )
    tbl.setStyle(TableStyle(style))
    return tbl


# -- calendar -----------------------------------------------------------------------------------
def _day_cell(d: date, info: DayInfo, t: Texts, big: bool = False) -> Paragraph:
    """A calendar cell: the day, the holiday or make-up mark, and the items planned."""
    mark = ""
    if info.holiday:
        mark = f"{t('off')} {info.holiday}"
    elif info.makeup:
        mark = f"{t('makeup')} {info.makeup}"
    if mark and info.provisional:
        mark += f" · {t('provisional_mark')}"
    size = 12 if big else 11
    lines = [f'<font size="{size}">{d.day}</font>']
    if mark:
        colour = "#b00020" if info.holiday else "#1f4aa8"
        lines[0] += f'  <font size="7" color="{colour}">{_escape(mark)}</font>'
    count = t.items(info.planned) if info.planned else ""
    lines.append(f'<font size="8" color="#2f4a7a">{count}</font>')
    if info.over_capacity:
        lines.append(f'<font size="7" color="#b00020"><b>{_escape(t("over_capacity"))}</b></font>')
    return Paragraph("<br/>".join(lines), styles()["cell"])


def _day_background(info: DayInfo) -> colors.Color | None:
    if info.holiday:
        return HOLIDAY_BG
    if info.makeup:
        return MAKEUP_BG
    if not info.workday or info.day.weekday() >= 5:
        return WEEKEND_BG
    return None


def _month_grid(plan: PlanData, t: Texts) -> Table:
    start = plan.period.start
    by_day = {d.day: d for d in plan.days}
    weeks = month_weeks(start.year, start.month)
    rows: list[list[Any]] = [head_cells([t.weekday(d) for d in weeks[0]], "head_c")]
    style: list[tuple[Any, ...]] = []
    for r, week in enumerate(weeks, start=1):
        row = []
        for c, d in enumerate(week):
            info = by_day.get(d)
            if info is None:
                row.append(para(str(d.day), "small"))
                style.append(("TEXTCOLOR", (c, r), (c, r), MUTED))
                continue
            row.append(_day_cell(d, info, t))
            bg = _day_background(info)
            if bg is not None:
                style.append(("BACKGROUND", (c, r), (c, r), bg))
        rows.append(row)
    w = BODY_W / 7
    tbl = Table(rows, colWidths=[w] * 7, rowHeights=[None] + [14 * mm] * (len(rows) - 1))
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.35, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *style,
            ]
        )
    )
    return tbl


def _week_strip(plan: PlanData, t: Texts) -> Table:
    names = [f"{_mmdd(d.day)} {t.weekday(d.day)}" for d in plan.days]
    row = []
    style: list[tuple[Any, ...]] = []
    for c, info in enumerate(plan.days):
        row.append(_day_cell(info.day, info, t, big=True))
        bg = _day_background(info)
        if bg is not None:
            style.append(("BACKGROUND", (c, 1), (c, 1), bg))
    w = BODY_W / 7
    tbl = Table([head_cells(names, "head_c"), row], colWidths=[w] * 7, rowHeights=[None, 16 * mm])
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.35, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                *style,
            ]
        )
    )
    return tbl


# -- the day-by-day table -----------------------------------------------------------------------------
def item_note(r: PlanRow, t: Texts, year: int) -> str:
    """The note of a row: when it was due (carried over) or is due by, then the reason
    (without what the kind column says, dates of the plan's year without the year); an
    own item's note as the manager wrote it."""
    if r.own or r.reason is None:
        return r.note
    reason = t.reason(r.reason, year=year, head=False)
    parts = []
    if r.carried:
        parts.append(f"{t('carried')} · {t('was_due').format(d=_mmdd(r.due_date))}")
    elif r.late:
        parts.append(f"{t('late')} · {t('was_due').format(d=_mmdd(r.due_date))}")
    elif (
        r.due_date is not None and r.on != r.due_date and r.due_kind not in SPREAD_KINDS
    ):  # the reason says the period
        parts.append(t("due_by").format(d=_mmdd(r.due_date)))
    parts.append(reason)
    return " · ".join(parts)


def _day_table(plan: PlanData, t: Texts, weekly: bool) -> Table:
    if weekly:
        widths_mm = [17, 22, 10, 22, 22, 55, 23, 9]
        labels = [
            t("date"),
            t("member"),
            t("tier"),
            t("action"),
            t("phone"),
            t("note"),
            t("result"),
            t("tick"),
        ]
    else:
        widths_mm = [17, 23, 10, 23, 22, 76, 9]
        labels = [t("date"), t("member"), t("tier"), t("action"), t("phone"), t("note"), t("tick")]
    widths = [w * mm for w in widths_mm]
    pad = 3
    size = 8 if weekly else 7.5
    style_name = "cell" if weekly else "small"
    note_col = 5
    rows: list[list[Any]] = [head_cells(labels)]
    rows[0][-1] = para(t("tick"), "head_c")
    style: list[tuple[Any, ...]] = []
    info = {d.day: d for d in plan.days}
    year = plan.period.start.year
    previous = None
    for r, p in enumerate(plan.rows, start=1):
        row = [
            t.short_day(p.on),
            fit(p.member_name or "—", widths[1] - 2 * pad, style_name, size),
            _tier_cell(p.tier, t),
            fit(_kind_label(p.kind, t), widths[3] - 2 * pad, style_name, size),
            format_mobile(p.phone),
            fit(item_note(p, t, year), widths[note_col] - 2 * pad, style_name, size),
        ]
        if weekly:
            row.append("")
        row.append(TICKED if p.done else TICK)
        rows.append(row)
        if p.on != previous and previous is not None:
            style.append(("LINEABOVE", (0, r), (-1, r), 0.9, DAY_RULE))
        previous = p.on
    # colours by runs of rows (few style commands: splitting a long table re-applies them)
    items = plan.rows
    for lo, hi, day in _runs([p.on for p in items]):
        bg = _day_background(info[day]) if day in info else None
        if bg is not None:
            style.append(("BACKGROUND", (0, lo), (0, hi), bg))
    for lo, hi, tier in _runs([p.tier for p in items]):
        if tier is not None:
            style.append(("BACKGROUND", (2, lo), (2, hi), TIER_COLOURS[tier.value]))
    for lo, hi, carried in _runs([p.carried for p in items]):
        if carried:
            style.append(("BACKGROUND", (note_col, lo), (note_col, hi), CARRIED_BG))
    for lo, hi, own in _runs([p.own for p in items]):
        if own:
            style.append(("BACKGROUND", (3, lo), (3, hi), OWN_BG))
    tbl = Table(
        rows,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        minRowHeights=[0] + [10 * mm] * (len(rows) - 1) if weekly else None,  # room to write
    )
    tick_col = len(widths) - 1
    base = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), size),
        ("LEADING", (0, 1), (-1, -1), size + 2),
        ("FONTSIZE", (tick_col, 1), (tick_col, -1), size + 3.5),
        ("ALIGN", (tick_col, 0), (tick_col, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 4 if weekly else 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 if weekly else 1.6),
    ]
    tbl.setStyle(TableStyle(base + style))
    return tbl


def _runs(values: list[Any]) -> list[tuple[int, int, Any]]:
    """(first row, last row, value) of each run of equal values; rows count from 1."""
    out: list[tuple[int, int, Any]] = []
    for r, value in enumerate(values, start=1):
        if out and out[-1][2] == value:
            out[-1] = (out[-1][0], r, value)
        else:
            out.append((r, r, value))
    return out


# -- birthdays, holidays, cards, gifts -------------------------------------------------------------
def _birthdays_and_holidays(plan: PlanData, t: Texts) -> list[Any]:
    out: list[Any] = [CondPageBreak(40 * mm), para(t("birthdays_holidays"), "h2")]
    hol_rows: list[list[Any]] = [head_cells([t("date"), t("holiday_name"), t("remark")])]
    for h in plan.holidays:
        when = _mmdd(h.start) if h.start == h.end else f"{_mmdd(h.start)} – {_mmdd(h.end)}"
        what = {
            "holiday": t("holiday_days_off"),
            "makeup": t("makeup_day"),
            "greeting": t("greeting_day").format(n=h.key_persons),
        }[h.kind]
        name = t.holiday(h.greeting) if h.greeting is not None else h.name
        hol_rows.append([when, fit(name, 40 * mm), fit(what, 50 * mm)])
    hol_empty = len(hol_rows) == 1
    if hol_empty:
        hol_rows.append([t("none"), "", ""])
    bd_rows: list[list[Any]] = [
        head_cells([t("date"), t("member"), t("tier"), t("phone"), t("birthday"), t("gift_cap")])
    ]
    for b in plan.birthdays:
        bd_rows.append(
            [
                t.short_day(b.day),
                fit(b.member_name, 26 * mm),
                t.tier(b.tier.value),
                format_mobile(b.phone),
                fit(t("lunar_bd").format(label=b.lunar) if b.lunar else t("solar_bd"), 28 * mm),
                format_fen(b.gift_cap_fen) if b.gift_cap_fen else t("sms_only"),
            ]
        )
    bd_empty = len(bd_rows) == 1
    if bd_empty:
        bd_rows.append([t("none"), "", "", "", "", ""])
    out.append(para(t("holidays"), "body"))
    out.append(
        table(
            hol_rows,
            [30 * mm, 45 * mm, 60 * mm],
            zebra=False,
            extra=[("SPAN", (0, 1), (-1, 1))] if hol_empty else [],
        )
    )
    out.append(Spacer(1, 3 * mm))
    out.append(para(t("birthdays"), "body"))
    tier_bg: list[tuple[Any, ...]] = [
        ("BACKGROUND", (2, r), (2, r), TIER_COLOURS[b.tier.value])
        for r, b in enumerate(plan.birthdays, start=1)
    ]
    if bd_empty:
        tier_bg = [("SPAN", (0, 1), (-1, 1))]
    out.append(table(bd_rows, [w * mm for w in (20, 32, 14, 26, 34, 24)], extra=tier_bg))
    return out


def _card_followups(plan: PlanData, t: Texts) -> list[Any]:
    out: list[Any] = [CondPageBreak(30 * mm), para(t("card_followups"), "h2")]
    since: dict[uuid.UUID | None, CardRow] = {c.card_id: c for c in plan.cards}
    # saved rows keep the member, not the card
    by_member: dict[uuid.UUID | None, CardRow] = {c.member_id: c for c in plan.cards}
    rows: list[list[Any]] = [
        head_cells(
            [
                t("planned_on"),
                t("member"),
                t("tier"),
                t("action"),
                t("state"),
                t("since"),
                t("note"),
                t("tick"),
            ]
        )
    ]
    year = plan.period.start.year
    planned = set()
    for p in plan.card_items:
        card = since.get(_uuid(p.card_id)) or by_member.get(_uuid(p.member_id))
        if card is not None:
            planned.add(card.card_id)
        rows.append(
            [
                t.short_day(p.on),
                fit(p.member_name, 22 * mm),
                _tier_cell(p.tier, t),
                fit(_kind_label(p.kind, t), 22 * mm),
                fit(t.card_state(card.state.value) if card else "", 20 * mm),
                _mmdd(card.since) if card else "",
                fit(item_note(p, t, year), 47 * mm, "small", 7.5),
                TICKED if p.done else TICK,
            ]
        )
    # cards on their way with nothing due now (waiting for the maker, the member ...)
    for c in plan.cards:
        if c.card_id in planned:
            continue
        rows.append(
            [
                "",
                fit(c.member_name, 22 * mm),
                t.tier(c.tier.value),
                "—",
                fit(t.card_state(c.state.value), 20 * mm),
                _mmdd(c.since),
                "",
                "",
            ]
        )
    if len(rows) == 1:
        rows.append([t("none"), *[""] * 7])
    rows[0][-1] = para(t("tick"), "head_c")
    widths = [w * mm for w in (17, 24, 11, 24, 22, 14, 57, 11)]
    out.append(
        table(
            rows,
            widths,
            extra=[("ALIGN", (7, 0), (7, -1), "CENTER"), ("FONTSIZE", (7, 1), (7, -1), 11)],
        )
    )
    return out


def _benefit_alerts(plan: PlanData, t: Texts) -> list[Any]:
    """Members whose benefit allowance renews within the plan, or runs low at its start."""
    if not plan.benefit_alerts:
        return []
    rows: list[list[Any]] = [
        head_cells(
            [
                t("member"),
                t("tier"),
                t.plan_word("benefit"),
                t.plan_word("used_of"),
                t.plan_word("benefit_left"),
                t.plan_word("benefit_when"),
            ]
        )
    ]
    for a in plan.benefit_alerts:
        when = (
            t.plan_word("renews_on").format(d=t.short_day(a.renews_on))
            if a.renews_on
            else t.plan_word("runs_low").format(d=t.short_day(a.year_end))
        )
        rows.append(
            [
                fit(a.member_name, 26 * mm),
                _tier_cell(a.tier, t),
                fit(a.name("zh" if t.zh else "en"), 40 * mm),
                f"{a.used} / {a.allowance}",
                _num(a.left),
                fit(when, 44 * mm),
            ]
        )
    widths = [w * mm for w in (28, 12, 42, 24, 14, 46)]
    return [CondPageBreak(30 * mm), para(t.plan_word("benefits"), "h2"), table(rows, widths)]


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _gift_list(plan: PlanData, t: Texts) -> list[Any]:
    out: list[Any] = [CondPageBreak(35 * mm), para(t("gift_list"), "h2")]
    rows: list[list[Any]] = [
        head_cells(
            [
                t("planned"),
                t("member"),
                t("tier"),
                t("occasion"),
                t("items"),
                t("status"),
                t("amount"),
                t("running"),
            ]
        )
    ]
    running = 0
    style: list[tuple[Any, ...]] = []
    for r, g in enumerate(plan.gifts, start=1):
        running += g.amount_fen
        status = t.status(g.status.value) if g.status else t("estimated")
        rows.append(
            [
                t.short_day(g.planned_on) if g.planned_on else "",
                fit(g.member_name, 24 * mm),
                t.tier(g.tier.value),
                fit(t.occasion(g.occasion.value), 22 * mm),
                fit(g.names[0 if t.zh else 1] if g.names else g.items, 30 * mm),
                fit(status, 25 * mm, "small", 7.5),
                format_fen(g.amount_fen),
                format_fen(running),
            ]
        )
        if g.status is None:
            style.append(("TEXTCOLOR", (0, r), (-1, r), colors.HexColor("#555555")))
    if not plan.gifts:
        rows.append([t("none"), *[""] * 7])
    b = plan.budget
    summary = []
    if b.line is not None:
        summary.append(
            f"{t('budget')} {b.line.period}：{t('left')} {format_fen(b.line.left_fen)}"
            if t.zh
            else f"{t('budget')} {b.line.period}: {t('left')} {format_fen(b.line.left_fen)}"
        )
        summary.append(f"{t('pending_sum')} {format_fen(b.pending_fen)}")
        summary.append(f"{t('expected_sum')} {format_fen(b.expected_fen)}")
        summary.append(f"{t('left_after')} {format_fen(b.left_after_fen or 0)}")
    else:
        summary.append(t("no_budget"))
    rows.append([para(("；" if t.zh else "; ").join(summary), "small"), *[""] * 7])
    n = len(rows) - 1
    style += [
        ("SPAN", (0, n), (-1, n)),
        ("BACKGROUND", (0, n), (-1, n), TOTAL_BG),
        ("ALIGN", (6, 1), (7, -1), "RIGHT"),
    ]
    widths = [w * mm for w in (18, 26, 11, 24, 32, 27, 21, 21)]
    out.append(table(rows, widths, extra=style))
    return out


def _signatures(t: Texts) -> KeepTogether:
    return signature_lines(
        [t("signature_manager_plan"), t("signature_lead_plan")],
        t,
        row_height=14 * mm,
        space_before=8 * mm,
    )


# -- yearly plan -----------------------------------------------------------------------------------
def _year_summary(plan: YearPlanData, t: Texts) -> Table:
    rows: list[list[Any]] = [head_cells([t("tier"), t("members_n")])]
    for tier in Tier:
        rows.append([t.tier(tier.value), _num(plan.book_by_tier[tier])])
    rows.append([t("key_persons"), _num(plan.key_persons)])
    rows.append([t("total"), _num(plan.book_size)])
    return _small_table(rows, [35 * mm, 25 * mm], total_row=True)


def _year_table(plan: YearPlanData, t: Texts) -> Table:
    labels = [
        t("month"),
        t("workdays"),
        t("holiday_names"),
        t("routine_sms"),
        t("routine_call"),
        t("birthdays"),
        t("greetings"),
        t("expected_contacts"),
        t("birthday_gifts"),
        t("budget"),
        t("gifts_requested"),
    ]
    widths_mm = [12, 12, 30, 15, 15, 14, 16, 17, 19, 16, 14]
    rows: list[list[Any]] = [head_cells(labels)]
    totals = [0] * 8
    for ym in plan.months:
        f = ym.forecast
        holidays = "、".join(f.holidays) if t.zh else ", ".join(f.holidays)
        if f.makeup_days:
            holidays += (
                f"（{t('makeup')}{f.makeup_days}）" if t.zh else f" ({t('makeup')} {f.makeup_days})"
            )
        greet = f"{f.holiday_greetings}"
        rows.append(
            [
                f"{f.period.start.month}月" if t.zh else f.period.start.strftime("%b"),
                str(f.working_days),
                fit(holidays, widths_mm[2] * mm - 12, "small", 8),
                _num(f.routine_sms),
                _num(f.routine_calls),
                _num(f.birthdays),
                greet,
                _num(f.contacts),
                fit(
                    f"{f.birthday_gifts} / {format_fen(f.birthday_gift_fen)}",
                    widths_mm[8] * mm - 12,
                    "small",
                    8,
                ),
                format_fen(ym.budget.allocated_fen) if ym.budget else "—",
                format_fen(ym.gifts_fen) if ym.gifts else "—",
            ]
        )
        for k, v in enumerate(
            [
                f.working_days,
                f.routine_sms,
                f.routine_calls,
                f.birthdays,
                f.holiday_greetings,
                f.contacts,
                f.birthday_gifts,
                f.birthday_gift_fen,
            ]
        ):
            totals[k] += v
    budget_total = sum(ym.budget.allocated_fen for ym in plan.months if ym.budget)
    gifts_total = sum(ym.gifts_fen for ym in plan.months)
    rows.append(
        [
            t("total"),
            str(totals[0]),
            "",
            _num(totals[1]),
            _num(totals[2]),
            _num(totals[3]),
            _num(totals[4]),
            _num(totals[5]),
            fit(f"{totals[6]} / {format_fen(totals[7])}", widths_mm[8] * mm - 12, "small", 8),
            format_fen(budget_total) if budget_total else "—",
            format_fen(gifts_total) if gifts_total else "—",
        ]
    )
    n = len(rows) - 1
    return table(
        rows,
        [w * mm for w in widths_mm],
        extra=[
            ("ALIGN", (1, 1), (1, -1), "RIGHT"),
            ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, n), (-1, n), TOTAL_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def _budget_lines_table(lines: Any, t: Texts) -> Table:
    rows: list[list[Any]] = [
        head_cells([t("period"), t("allocated"), t("committed"), t("spent"), t("left")])
    ]
    for line in lines:
        rows.append(
            [
                line.period,
                format_fen(line.allocated_fen),
                format_fen(line.committed_fen),
                format_fen(line.spent_fen),
                format_fen(line.left_fen),
            ]
        )
    return table(
        rows,
        [30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
        extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
    )
