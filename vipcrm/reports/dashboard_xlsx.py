"""The team dashboard as an XLSX workbook (openpyxl): the managers' table, then churn,
then (given the trends) the lead's charts as native Excel charts.

    export_dashboard(dashboard, path, lang="zh_CN", trends=None) -> Path

With ``trends`` (:func:`vipcrm.services.team_trends.team_trends`) two sheets follow: the
chart data (four blocks: churn year to date against the targets pro rata, month by month;
the service standard per manager and month (the slipping manager first) and the items
overdue at each month's end; the gift budget per manager in yuan; the re-grading flow),
and the charts, native Excel charts whose series refer to the data sheet's cells (a
line chart of churn, a line chart of the standard, clustered bars of the overdue items,
stacked bars of the budget, clustered bars of the flow), so a lead's report to their own
manager is one attachment. Series differ in lightness, dashes and markers, not only in
colour: they stay apart on a greyscale print.

Numbers are written as numbers (rates as fractions with a percent format, money in yuan
with two decimals), so the lead can sort and sum in a spreadsheet; the figures are the
dashboard's, which are the command line's (``vipcrm dashboard --json``). Text stays text
(vipcrm.reports.sheets): a manager's name never runs as a formula.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from vipcrm.domain.errors import ValidationError, msg
from vipcrm.domain.values import CAMPAIGN_RESULTS as CAMPAIGN_RESULTS_OF
from vipcrm.domain.values import CampaignResult, Tier
from vipcrm.reports import sheets
from vipcrm.services.dashboard import Dashboard
from vipcrm.services.team_trends import TeamTrends
from vipcrm.texts import Texts

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

COLUMNS = (
    "code",
    "name",
    "diamond",
    "gold",
    "silver",
    "book",
    "standard_done",
    "standard_judged",
    "standard_rate",
    "below_minimum",
    "minimum_rate",
    "overdue",
    "sla_hit",
    "sla_judged",
    "sla_rate",
    "cards_stuck",
    "gifts_pending",
    "budget_period",
    "budget_allocated",
    "budget_used",
    "budget_rate",
    "at_risk",
    "benefit_uses",
)
PERCENT = {"standard_rate", "minimum_rate", "sla_rate", "budget_rate", "rate", "target"}
MONEY = {"budget_allocated", "budget_used"}


def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def dashboard_rows(d: Dashboard) -> list[list[object]]:
    """The managers' table as cell values in :data:`COLUMNS` order."""
    rows = []
    for m in d.managers:
        b = m.budget
        values = {
            "code": m.code,
            "name": m.name,
            "diamond": m.book.get(Tier.DIAMOND, 0),
            "gold": m.book.get(Tier.GOLD, 0),
            "silver": m.book.get(Tier.SILVER, 0),
            "book": m.book_size,
            "standard_done": m.standard.done,
            "standard_judged": m.standard.due - m.standard.open,
            "standard_rate": m.standard_rate,
            "below_minimum": m.below_minimum,
            "minimum_rate": m.minimum_rate,
            "overdue": m.overdue,
            "sla_hit": m.sla_hit,
            "sla_judged": m.sla_judged,
            "sla_rate": m.sla,
            "cards_stuck": m.cards_stuck,
            "gifts_pending": m.gifts_pending,
            "budget_period": b.period if b else None,
            "budget_allocated": _yuan(b.allocated_fen) if b else None,
            "budget_used": _yuan(m.budget_used_fen),
            "budget_rate": m.budget_rate,
            "at_risk": m.at_risk,
            "benefit_uses": m.benefit_uses,
        }
        rows.append([values[c] for c in COLUMNS])
    return rows


def export_dashboard(
    d: Dashboard, path: str | Path, lang: str = "zh_CN", trends: TeamTrends | None = None
) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("out", msg("'{path}' should end in .xlsx", path=path))
    t = Texts(lang).xlsx
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = t("sheet")
    ws.append(
        sheets.row([t("title").format(team=d.team_code, month=d.month, today=d.today.isoformat())])
    )
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([t(c) for c in COLUMNS])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for values in dashboard_rows(d):
        ws.append(sheets.row(values))
    _formats(ws, COLUMNS, first_row=3)
    for i, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = 14 if name != "name" else 12
    ws.freeze_panes = "C3"

    churn = wb.create_sheet(t("churn_sheet"))
    c = d.churn
    churn.append([t("churn_title").format(year=c.year, through=c.through)])
    churn["A1"].font = Font(bold=True, size=13)
    names = ("group", "base", "left", "rate", "target", "met")
    churn.append([t(n) for n in names])
    for cell in churn[2]:
        cell.font = Font(bold=True)
    for group in ("all", "diamond_gold", *(x.value for x in Tier)):
        f = c.ytd[group]
        met = None if f.met is None else t("yes" if f.met else "no")
        churn.append(sheets.row([t(group), f.base, f.left, f.rate, f.target, met]))
    _formats(churn, names, first_row=3)
    for letter in "ABCDEF":
        churn.column_dimensions[letter].width = 16
    if d.campaigns:
        _campaign_sheet(wb.create_sheet(t("campaigns_sheet")), d, lang)
    if trends is not None:  # the charts last: their data sheet, then the charts
        from vipcrm.reports.dashboard_charts import add_trend_charts

        add_trend_charts(wb, trends, Texts(lang))
    sheets.text_stays_text(wb)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


CAMPAIGN_COLUMNS = (
    "campaign_code",
    "campaign_name",
    "campaign_kind",
    "campaign_from",
    "campaign_to",
    "campaign_group",
    "targeted",
    "contacted",
    "reached",
    "flagged",
)


def campaign_rows(d: Dashboard, lang: str = "zh_CN") -> list[list[object]]:
    """Per campaign: the whole campaign, then each manager, then each tier; every result
    in its own column (a result the kind does not record is empty), the average score."""
    texts = Texts(lang)
    t = texts.xlsx
    out: list[list[object]] = []
    for p in d.campaigns:
        c = p.campaign
        groups = [
            (t("all"), p.overall),
            *((code or "—", tally) for code, tally in sorted(p.by_manager.items())),
            *(
                (texts.tier(tier), tally)
                for tier, tally in sorted(p.by_tier.items(), key=lambda kv: kv[0].rank)
            ),
        ]
        allowed = {r.value for r in CAMPAIGN_RESULTS_OF[c.kind]}
        for name, tally in groups:
            out.append(
                [
                    c.code,
                    c.name,
                    texts.campaign_kind(c.kind.value),
                    c.starts_on.isoformat(),
                    c.ends_on.isoformat(),
                    name,
                    tally.targeted,
                    tally.contacted,
                    tally.reached,
                    tally.flagged,
                    *(
                        tally.results.get(r.value, 0) if r.value in allowed else None
                        for r in CampaignResult
                    ),
                    tally.average_score,
                ]
            )
    return out


def _campaign_sheet(ws: Worksheet, d: Dashboard, lang: str) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    texts = Texts(lang)
    t = texts.xlsx
    ws.append([t("campaigns_title").format(team=d.team_code, today=d.today.isoformat())])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(
        [
            *(t(n) for n in CAMPAIGN_COLUMNS),
            *(texts.campaign_result(r.value) for r in CampaignResult),
            t("average_score"),
        ]
    )
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for values in campaign_rows(d, lang):
        ws.append(sheets.row(values))
    for i in range(1, ws.max_column + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14
    ws.freeze_panes = "C3"


def _formats(ws: Worksheet, names: tuple[str, ...], first_row: int) -> None:
    for col, name in enumerate(names, start=1):
        fmt = "0.0%" if name in PERCENT else "#,##0.00" if name in MONEY else None
        if fmt is None:
            continue
        for row in range(first_row, ws.max_row + 1):
            ws.cell(row=row, column=col).number_format = fmt
