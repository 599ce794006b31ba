"""The gift ledger (礼品台账): every gift of a team in a period, its approvals, and totals
that reconcile with the budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from vipcrm.domain.dates import local_date
from vipcrm.domain.money import format_fen
from vipcrm.reports.base import Header, build_pdf, head_cells, para, table
from vipcrm.services.ledger import Ledger
from vipcrm.texts import Texts


def render_ledger(ledger: Ledger, out: Path | str, lang: str = "zh_CN") -> Path:
    t = Texts(lang)
    header = Header(
        title=t("ledger_title"),
        left=f"{t('team')}：{ledger.team_name}（{ledger.team_code}）"
        if t.zh
        else f"{t('team')}: {ledger.team_name} ({ledger.team_code})",
        right=f"{t('period')} {ledger.period}" if not t.zh else f"{t('period')}：{ledger.period}",
    )
    story: list[Any] = []
    story.append(para(t("budget"), "h2"))
    story.append(_budget_table(ledger, t))
    story.append(para(t("reconcile"), "h2"))
    story.append(_reconciliation(ledger, t))
    story.append(para(t("gifts"), "h2"))
    if ledger.gifts:
        story.append(_gift_table(ledger, t))
    else:
        story.append(para(t("no_gifts"), "body"))
    story.append(Spacer(1, 14 * mm))
    story.append(
        para(
            f"{t('signature_lead')} ____________________    {t('date_label')} ____________", "body"
        )
    )
    return build_pdf(out, header, story, t)


def _budget_table(ledger: Ledger, t: Texts) -> Flowable:
    rows: list[list[Any]] = [
        head_cells([t("manager"), t("allocated"), t("committed"), t("spent"), t("left")])
    ]
    b = ledger.budget
    if b is None:
        return para("—", "body")
    for m in b.managers:
        rows.append(
            [
                para(
                    f"{m.manager_name}（{m.manager_code}）"
                    if t.zh
                    else f"{m.manager_name} ({m.manager_code})"
                ),
                para(format_fen(m.allocated_fen), "cell_r"),
                para(format_fen(m.committed_fen), "cell_r"),
                para(format_fen(m.spent_fen), "cell_r"),
                para(format_fen(m.left_fen), "cell_r"),
            ]
        )
    rows.append(
        [
            para(t("reserve")),
            para("", "cell_r"),
            para("", "cell_r"),
            para("", "cell_r"),
            para(format_fen(b.reserve_fen), "cell_r"),
        ]
    )
    rows.append(
        [
            para(t("team_total")),
            para(format_fen(b.total_fen), "cell_r"),
            para("", "cell_r"),
            para("", "cell_r"),
            para("", "cell_r"),
        ]
    )
    return table(
        rows,
        [60 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
        extra=[("BACKGROUND", (0, len(rows) - 2), (-1, -1), colors.HexColor("#eef1f6"))],
    )


def _reconciliation(ledger: Ledger, t: Texts) -> Flowable:
    r = ledger.reconciliation
    verdict = t("reconciled") if r.ok else t("not_reconciled")
    rows: list[list[Any]] = [
        head_cells(["", t("budget"), t("gifts"), ""]),
        [
            para(t("committed")),
            para(format_fen(r.committed_fen), "cell_r"),
            para(f"{t('approved_open')} {format_fen(r.approved_open_fen)}", "cell_r"),
            para("✓" if r.committed_fen == r.approved_open_fen else "✗", "cell_c"),
        ],
        [
            para(t("spent")),
            para(format_fen(r.spent_fen), "cell_r"),
            para(f"{t('delivered_sum')} {format_fen(r.delivered_fen)}", "cell_r"),
            para("✓" if r.spent_fen == r.delivered_fen else "✗", "cell_c"),
        ],
        [
            para(f"{t('reconcile')}：{verdict}" if t.zh else f"{t('reconcile')}: {verdict}"),
            para(""),
            para(""),
            para(""),
        ],
    ]
    return table(rows, [40 * mm, 40 * mm, 70 * mm, 15 * mm], zebra=False)


def _gift_table(ledger: Ledger, t: Texts) -> Flowable:
    labels = [
        t("planned"),
        t("manager"),
        t("member"),
        t("tier"),
        t("occasion"),
        t("amount"),
        t("cap"),
        t("status"),
        t("decided"),
        t("delivered"),
    ]
    rows: list[list[Any]] = [head_cells(labels)]
    for g in ledger.gifts:
        decided = (g.decided_by or t("auto") if g.decided_at else "") + (
            f" {local_date(g.decided_at).isoformat()}" if g.decided_at else ""
        )
        if g.comment and not g.comment.startswith("auto:"):
            decided += f"\n{g.comment}"
        rows.append(
            [
                para(g.planned_on.isoformat() if g.planned_on else ""),
                para(g.manager_code),
                para(g.member_name),
                para(t.tier(g.tier)),
                para(t.occasion(g.occasion)),
                para(format_fen(g.amount_fen), "cell_r"),
                para(format_fen(g.cap_fen), "cell_r"),
                para(t.status(g.status)),
                para(decided, "small"),
                para(g.delivered_on.isoformat() if g.delivered_on else ""),
            ]
        )
    totals = [
        (s, ledger.total(s)) for s in ("approved", "delivered", "pending", "rejected", "cancelled")
    ]
    summary = (
        "；".join(f"{t.status(s)} {format_fen(a)}" for s, a in totals if a)
        if t.zh
        else "; ".join(f"{t.status(s)} {format_fen(a)}" for s, a in totals if a)
    )
    rows.append(
        [
            para(t("total")),
            para(""),
            para(""),
            para(""),
            para(""),
            para(summary, "small"),
            "",
            "",
            "",
            "",
        ]
    )
    # millimetres; they add up to the 180 mm between the margins
    widths = [w * mm for w in (19, 16, 17, 11, 21, 17, 15, 17, 28, 19)]
    return table(rows, widths, extra=[("SPAN", (5, len(rows) - 1), (-1, len(rows) - 1))])
