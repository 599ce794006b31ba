"""The team lead's monthly work-log review (工作日志检查), from
:func:`vipcrm.services.review.work_review`.

First the four trend charts (:mod:`vipcrm.reports.charts`, when the trends are given),
then the team summary: per manager what was due and done, the first-contact and
card service levels, overdue items, members below the minimum contact and the gift
budget used; the team by kind and by tier; churn of the month and the year to date
against the targets; the lead's signature. Then one section per manager (each on a new
page): due vs done by kind and tier, the service-level cases, the overdue list, members
below the minimum, gifts and budget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from vipcrm.domain.money import format_fen
from vipcrm.domain.phone import format_mobile
from vipcrm.domain.plan_layout import ChurnFigure
from vipcrm.domain.values import CAMPAIGN_RESULTS, GiftStatus, Tier
from vipcrm.reports.base import (
    FONT,
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
    table,
)
from vipcrm.reports.charts import budget_chart, churn_chart, flow_chart, standard_chart
from vipcrm.services.campaigns import Progress
from vipcrm.services.review import REVIEW_KINDS, ManagerReview, Review, SlaCase, Tally, sla_rate
from vipcrm.services.team_trends import TeamTrends
from vipcrm.texts import Texts

TOTAL_BG = colors.HexColor("#eef1f6")
BAD = colors.HexColor("#b00020")
GOOD = colors.HexColor("#1b7a3a")
#: Presentation only (not a rule of the regulation): rates from here on print green.
RATE_SHOWN_GOOD = 0.9


def render_review(
    review: Review,
    out: Path | str,
    lang: str = "zh_CN",
    trends: TeamTrends | None = None,
    campaigns: Sequence[Progress] = (),
) -> Path:
    """The review's PDF; with ``trends`` (:func:`vipcrm.services.team_trends.team_trends`
    up to the review's month) the first page opens with the four charts; ``campaigns``
    (their progress at the month's end) make a table on the team summary."""
    t = Texts(lang)
    p = review.period
    header = Header(
        title=t("review_title"),
        left=t.label("team") + t.who(review.team_name, review.team_code),
        right=t.month(p.start.year, p.start.month),
    )
    story: list[Any] = _charts(trends, t) if trends is not None else []
    story += [para(t("team_summary"), "h2"), _managers_table(review, t)]
    story.append(Spacer(1, 1.5 * mm))
    story.append(para(t("review_note"), "small"))
    for warning in t.provisional_years(review.provisional_years):
        story.append(para(warning, "small"))
    story += [
        CondPageBreak(45 * mm),
        para(f"{t('by_kind')} · {t('by_tier')}", "h2"),
        _kind_tier_table(review.total, t),
        CondPageBreak(45 * mm),
        para(t("churn"), "h2"),
        _churn_table(review, t),
    ]
    if campaigns:
        story += [
            CondPageBreak(35 * mm),
            para(t("campaigns"), "h2"),
            _campaigns_table(campaigns, t),
        ]
    closing: list[Any] = []
    if review.team_budget is not None:
        closing += [para(t("gifts_use"), "h2"), _team_budget(review, t)]
    # the signature never stands alone on a page: the budget goes with it
    story.append(KeepTogether([*closing, _signature(t)]))
    for m in review.managers:
        story.append(PageBreak())
        story += _manager_section(review, m, t)
    return build_pdf(out, header, story, t)


def _charts(trends: TeamTrends, t: Texts) -> list[Any]:
    """The four charts, above the tables: churn and the re-grading side by side, then the
    service standard per manager and the gift budget across the page."""
    width = PAGE_W - 2 * MARGIN
    half = width / 2 - 3 * mm
    pair = Table(
        [
            [
                churn_chart(trends.churn, t, half, 66 * mm),
                flow_chart(trends.flow, t, half, 66 * mm),
            ]
        ],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
    )
    pair.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else an unembedded Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        para(t.chart("heading"), "h2"),
        pair,
        Spacer(1, 3 * mm),
        standard_chart(trends.standard, t, width),
        Spacer(1, 3 * mm),
        budget_chart(trends.budgets, trends.month, t, width, 48 * mm),
    ]


# -- helpers ------------------------------------------------------------------------------------
def pct(rate: float | None, digits: int = 1) -> str:
    return "—" if rate is None else f"{rate * 100:.{digits}f}%"


def _who(m: ManagerReview, t: Texts) -> str:
    return t.who(m.name, m.code)


def _rate_colour(rate: float | None) -> Any:
    if rate is None:
        return None
    return GOOD if rate >= RATE_SHOWN_GOOD else BAD


# -- team summary ---------------------------------------------------------------------------------
def _managers_table(review: Review, t: Texts) -> Table:
    today = review.today
    labels = [
        t("manager"),
        t("book"),
        t("due"),
        t("done"),
        t("open"),
        t("missed"),
        t("rate"),
        t("first_contact_short"),
        t("card_sla_short"),
        t("overdue_short"),
        t("below_min_short"),
        t("gifts_used"),
        t("use_rate"),
    ]
    widths_mm = [24, 10, 11, 11, 12, 13, 13, 15, 14, 14, 14, 16, 13]
    rows: list[list[Any]] = [head_cells(labels)]
    style: list[tuple[Any, ...]] = []
    for r, m in enumerate(review.managers, start=1):
        total = m.total
        fc = sla_rate(m.first_contact, today)
        cards = sla_rate(m.cards, today)
        rows.append(
            [
                fit(_who(m, t), widths_mm[0] * mm - 12),
                str(m.book_size),
                str(total.due),
                str(total.done),
                str(total.open),
                str(total.missed),
                pct(total.rate),
                _sla_text(m.first_contact, fc, today),
                _sla_text(m.cards, cards, today),
                str(len(m.overdue)),
                str(len(m.below_minimum)),
                format_fen(m.gifts.used_fen),
                pct(m.gifts.use_rate, 0),
            ]
        )
        for col, rate in ((6, total.rate), (7, fc), (8, cards)):
            colour = _rate_colour(rate)
            if colour is not None:
                style.append(("TEXTCOLOR", (col, r), (col, r), colour))
    total = review.total()
    all_fc = [c for m in review.managers for c in m.first_contact]
    all_cards = [c for m in review.managers for c in m.cards]
    rows.append(
        [
            t("total"),
            str(sum(m.book_size for m in review.managers)),
            str(total.due),
            str(total.done),
            str(total.open),
            str(total.missed),
            pct(total.rate),
            _sla_text(all_fc, sla_rate(all_fc, today), today),
            _sla_text(all_cards, sla_rate(all_cards, today), today),
            str(sum(len(m.overdue) for m in review.managers)),
            str(sum(len(m.below_minimum) for m in review.managers)),
            format_fen(sum(m.gifts.used_fen for m in review.managers)),
            "",
        ]
    )
    n = len(rows) - 1
    return table(
        rows,
        [w * mm for w in widths_mm],
        extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, n), (-1, n), TOTAL_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *style,
        ],
    )


def _sla_text(cases: Any, rate: float | None, today: Any) -> str:
    judged = [c for c in cases if c.status(today) != "pending"]
    if not judged:
        return "—"
    hits = sum(1 for c in judged if c.status(today) == "hit")
    return f"{hits}/{len(judged)}"


def _kind_tier_table(total: Any, t: Texts) -> Table:
    """Rows: kinds then a total; columns: each tier done/due, then the total and rate."""
    labels = [t("kind")]
    for tier in Tier:
        labels.append(f"{t.tier(tier.value)} {t('done')}/{t('due')}")
    labels += [t("due"), t("done"), t("open"), t("missed"), t("rate")]
    rows: list[list[Any]] = [head_cells(labels)]
    for kind in REVIEW_KINDS:
        rows.append(
            _kind_row(t.kind(kind.value), [total(kind, tier) for tier in Tier], total(kind))
        )
    rows.append(_kind_row(t("total"), [total(None, tier) for tier in Tier], total()))
    n = len(rows) - 1
    widths = [w * mm for w in (30, 22, 22, 22, 17, 17, 17, 15, 18)]
    style = [
        ("BACKGROUND", (k, 1), (k, n), TIER_COLOURS[tier.value]) for k, tier in enumerate(Tier, 1)
    ]
    return table(
        rows,
        widths,
        zebra=False,
        extra=[
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, n), (0, n), TOTAL_BG),
            *style,
        ],
    )


def _kind_row(label: str, tiers: list[Tally], all_: Tally) -> list[Any]:
    return [
        label,
        *(f"{x.done}/{x.due}" if x.due else "—" for x in tiers),
        str(all_.due),
        str(all_.done),
        str(all_.open),
        str(all_.missed),
        pct(all_.rate),
    ]


def _churn_table(review: Review, t: Texts) -> Table:
    columns = [t("base"), t("left_members"), t("churn"), t("target"), ""]
    rows: list[list[Any]] = [
        head_cells(
            ["", t("churn_month"), "", "", "", "", t("churn_ytd"), "", "", "", ""], "head_c"
        ),
        head_cells(["", *columns, *columns]),
    ]
    style: list[tuple[Any, ...]] = [
        ("SPAN", (1, 0), (5, 0)),
        ("SPAN", (6, 0), (10, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("LINEBELOW", (1, 0), (-1, 0), 0.35, colors.white),
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_BG),
    ]
    groups = [("all", t("all_members")), ("diamond_gold", t("diamond_gold"))] + [
        (tier.value, t.tier(tier.value)) for tier in Tier
    ]
    for r, (key, label) in enumerate(groups, start=2):
        row: list[Any] = [label]
        for col0, fig in ((1, review.churn_month[key]), (6, review.churn_ytd[key])):
            row += _churn_cells(fig, t)
            if fig.met is not None:
                style.append(("TEXTCOLOR", (col0 + 4, r), (col0 + 4, r), GOOD if fig.met else BAD))
        rows.append(row)
    widths = [w * mm for w in (24, 19, 13, 15, 15, 13, 19, 13, 15, 15, 13)]
    tbl = table(rows, widths, header_rows=2, extra=[("ALIGN", (1, 2), (-1, -1), "RIGHT"), *style])
    note = t("ytd_target_note").format(
        t=f"{pct(review.target_all)} / {pct(review.target_diamond_gold)}",
        p=f"{pct(review.churn_ytd['all'].target, 2)} / {pct(review.churn_ytd['diamond_gold'].target, 2)}",
    )
    outer = Table([[tbl], [para(note, "small")]], hAlign="LEFT")
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _campaigns_table(campaigns: Sequence[Progress], t: Texts) -> Table:
    """Per campaign: period, targeted, contacted, reached, flagged, each result it records,
    the average score (a survey's)."""
    rows: list[list[Any]] = [
        head_cells(
            [
                t("campaign"),
                t("campaign_period"),
                t("campaign_targeted"),
                t("campaign_contacted"),
                t("campaign_reached"),
                t("campaign_flagged"),
                t("campaign_results"),
                t("campaign_score"),
            ]
        )
    ]
    for p in campaigns:
        c, o = p.campaign, p.overall
        results = " · ".join(
            f"{t.campaign_result(r.value)} {o.results.get(r.value, 0)}"
            for r in CAMPAIGN_RESULTS[c.kind]
        )
        rows.append(
            [
                para(f"{c.code} {c.name} · {t.campaign_kind(c.kind.value)}", "cell"),
                f"{c.starts_on:%m-%d} – {c.ends_on:%m-%d}",
                str(o.targeted),
                str(o.contacted),
                str(o.reached),
                str(o.flagged),
                para(results, "cell"),
                "—" if o.average_score is None else f"{o.average_score:.2f}",
            ]
        )
    widths = [w * mm for w in (40, 20, 16, 18, 16, 18, 40, 12)]
    return table(rows, widths, extra=[("ALIGN", (2, 1), (5, -1), "RIGHT")])


def _churn_cells(fig: ChurnFigure, t: Texts) -> list[str]:
    verdict = "" if fig.met is None else (t("met") if fig.met else t("not_met"))
    return [str(fig.base), str(fig.left), pct(fig.rate, 2), pct(fig.target, 2), verdict]


def _team_budget(review: Review, t: Texts) -> Table:
    b = review.team_budget
    assert b is not None
    rows: list[list[Any]] = [
        head_cells(
            [t("manager"), t("allocated"), t("committed"), t("spent"), t("left"), t("use_rate")]
        )
    ]
    for line in b.managers:
        used = (
            (line.committed_fen + line.spent_fen) / line.allocated_fen
            if line.allocated_fen
            else None
        )
        rows.append(
            [
                fit(t.who(line.manager_name or "", line.manager_code), 40 * mm),
                format_fen(line.allocated_fen),
                format_fen(line.committed_fen),
                format_fen(line.spent_fen),
                format_fen(line.left_fen),
                pct(used, 0),
            ]
        )
    rows.append(
        [
            f"{t('team_total')} {b.period}",
            format_fen(b.total_fen),
            "",
            fit(t("reserve"), 27 * mm - 12),
            format_fen(b.reserve_fen),
            "",
        ]
    )
    n = len(rows) - 1
    return table(
        rows,
        [w * mm for w in (46, 27, 27, 27, 27, 20)],
        extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("BACKGROUND", (0, n), (-1, n), TOTAL_BG)],
    )


def _signature(t: Texts) -> KeepTogether:
    return signature_lines([t("signature_lead_review")], t, row_height=10 * mm, space_before=2 * mm)


# -- one manager -----------------------------------------------------------------------------------
def _manager_section(review: Review, m: ManagerReview, t: Texts) -> list[Any]:
    today = review.today
    out: list[Any] = [para(f"{t.label('manager_page')}{_who(m, t)}", "h1")]
    book = (
        "，".join(f"{t.tier(tier.value)} {m.book[tier]}" for tier in Tier)
        if t.zh
        else ", ".join(f"{t.tier(tier.value)} {m.book[tier]}" for tier in Tier)
    )
    out.append(
        para(
            f"{t.label('book')}{m.book_size}（{book}）"
            if t.zh
            else f"{t.label('book')}{m.book_size} ({book})",
            "body",
        )
    )
    logged = (
        f"本月记录联系 {m.logged} 次（来自话费详单 {m.from_bill} 次，手工登记 {m.by_hand} 次），"
        f"其中联系上 {m.reached} 次；会员使用权益 {m.benefit_uses} 次。"
        if t.zh
        else f"{m.logged} contact attempts logged in the month ({m.from_bill} from the phone "
        f"bill, {m.by_hand} typed by hand), {m.reached} reached; {m.benefit_uses} benefit "
        "use(s) by the members."
    )
    out.append(para(logged, "body"))

    def total(kind: Any = None, tier: Any = None) -> Tally:
        if kind is not None and tier is not None:
            return m.kind_tier.get((kind, tier), Tally())
        if kind is not None:
            return m.by_kind[kind]
        if tier is not None:
            return m.by_tier[tier]
        return m.total

    out += [para(f"{t('by_kind')} · {t('by_tier')}", "h2"), _kind_tier_table(total, t)]
    out += [
        CondPageBreak(30 * mm),
        para(t("first_contact_sla").format(n=review.first_contact_days), "h2"),
    ]
    out.append(_sla_table(m.first_contact, today, t, cards=False))
    out += [
        CondPageBreak(30 * mm),
        para(t("card_sla"), "h2"),
        _sla_table(m.cards, today, t, cards=True),
    ]
    out += [
        CondPageBreak(30 * mm),
        para(t("overdue_list").format(d=today.isoformat()), "h2"),
        _overdue_table(m, t),
        CondPageBreak(30 * mm),
        para(t("below_min_list").format(d=review.below_as_of.isoformat()), "h2"),
        _below_table(m, t),
        CondPageBreak(30 * mm),
        para(t("gifts_use"), "h2"),
        _gift_table(m, t),
    ]
    return out


def _sla_table(cases: tuple[SlaCase, ...], today: Any, t: Texts, *, cards: bool) -> Table:
    labels = [t("member"), t("tier"), t("phone")]
    labels += [t("step")] if cards else []
    labels += [t("since") if cards else t("assigned"), t("deadline"), t("done"), t("status")]
    widths_mm = [30, 13, 25] + ([28] if cards else []) + [22, 22, 22, 18]
    rows: list[list[Any]] = [head_cells(labels)]
    style: list[tuple[Any, ...]] = []
    words = {
        "hit": t("sla_hit"),
        "late": t("sla_late"),
        "missed": t("missed"),
        "pending": t("sla_pending"),
    }
    for r, c in enumerate(cases, start=1):
        status = c.status(today)
        row = [
            fit(c.member_name, widths_mm[0] * mm - 12),
            t.tier(c.tier.value),
            format_mobile(c.phone),
        ]
        if cards:
            row.append(t("card_data_sla") if c.what == "card_data" else t("card_notify_sla"))
        row += [
            c.start.isoformat(),
            c.deadline.isoformat(),
            c.done_on.isoformat() if c.done_on else "—",
            words[status],
        ]
        rows.append(row)
        if status in ("late", "missed"):
            style.append(("TEXTCOLOR", (len(row) - 1, r), (len(row) - 1, r), BAD))
        style.append(("BACKGROUND", (1, r), (1, r), TIER_COLOURS[c.tier.value]))
    if not cases:
        rows.append([t("none"), *[""] * (len(labels) - 1)])
        style.append(("SPAN", (0, 1), (-1, 1)))
    return table(rows, [w * mm for w in widths_mm], extra=style)


def _overdue_table(m: ManagerReview, t: Texts) -> Table:
    labels = [
        t("date"),
        t("overdue_days"),
        t("member"),
        t("tier"),
        t("action"),
        t("phone"),
        t("note"),
    ]
    widths_mm = [19, 14, 24, 11, 24, 23, 65]
    rows: list[list[Any]] = [head_cells(labels)]
    style: list[tuple[Any, ...]] = []
    for r, i in enumerate(m.overdue, start=1):
        rows.append(
            [
                i.due_date.isoformat(),
                str(i.overdue_days),
                fit(i.member_name, widths_mm[2] * mm - 12),
                t.tier(i.tier.value),
                fit(t.kind(i.kind.value), widths_mm[4] * mm - 12),
                format_mobile(i.phone),
                fit(t.reason(i.reason), widths_mm[6] * mm - 12, "small", 7.5),
            ]
        )
        style.append(("BACKGROUND", (3, r), (3, r), TIER_COLOURS[i.tier.value]))
    if not m.overdue:
        rows.append([t("none"), *[""] * 6])
        style.append(("SPAN", (0, 1), (-1, 1)))
    return table(
        rows, [w * mm for w in widths_mm], extra=[("ALIGN", (1, 1), (1, -1), "RIGHT"), *style]
    )


def _below_table(m: ManagerReview, t: Texts) -> Table:
    rows: list[list[Any]] = [head_cells([t("member"), t("tier"), t("phone"), t("last_reached")])]
    style: list[tuple[Any, ...]] = []
    for r, b in enumerate(m.below_minimum, start=1):
        rows.append(
            [
                fit(b.member_name, 40 * mm),
                t.tier(b.tier.value),
                format_mobile(b.phone),
                b.last_reached.isoformat() if b.last_reached else "—",
            ]
        )
        style.append(("BACKGROUND", (1, r), (1, r), TIER_COLOURS[b.tier.value]))
    if not m.below_minimum:
        rows.append([t("none"), "", "", ""])
        style.append(("SPAN", (0, 1), (-1, 1)))
    return table(rows, [w * mm for w in (46, 16, 30, 30)], extra=style)


def _gift_table(m: ManagerReview, t: Texts) -> Table:
    rows: list[list[Any]] = [head_cells([t("status"), t("count"), t("amount")])]
    for status in GiftStatus:
        if m.gifts.count.get(status):
            rows.append(
                [
                    t.status(status.value),
                    str(m.gifts.count[status]),
                    format_fen(m.gifts.amount_fen[status]),
                ]
            )
    b = m.gifts.budget
    if b is None:
        rows.append([t("no_budget"), "", ""])
    else:
        rows.append([f"{t('budget')} {b.period} {t('allocated')}", "", format_fen(b.allocated_fen)])
        rows.append([t("committed"), "", format_fen(b.committed_fen)])
        rows.append([t("spent"), "", format_fen(b.spent_fen)])
        rows.append([t("left"), "", format_fen(b.left_fen)])
        rows.append([t("use_rate"), "", pct(m.gifts.use_rate, 0)])
    return table(rows, [w * mm for w in (60, 20, 30)], extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")])
