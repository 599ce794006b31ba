"""What every printed document shares: the embedded CJK font, A4 pages with the header
repeated on every page and "page X of Y", paragraph styles and tables that split across
pages with their header rows repeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vipcrm.paths import damaged, resource
from vipcrm.texts import Texts

FONT = "WQYMicroHei"
FONT_FILE = "fonts/wqy-microhei.ttc"  # in vipcrm.resources
PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
HEADER_H = 18 * mm

TIER_COLOURS = {
    "diamond": colors.HexColor("#dfe6fb"),
    "gold": colors.HexColor("#fbefd2"),
    "silver": colors.HexColor("#eeeeee"),
}
GRID = colors.HexColor("#9a9a9a")
HEAD_BG = colors.HexColor("#2f4a7a")


# Rare characters (生僻字, CJK extensions A/B ...) missing from the main font are set in
# the first of these that has them (Debian's fonts-hanazono, installed by ./dev).
FALLBACK_FILES = (
    Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
    Path("/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf"),
)


@cache
def register_fonts() -> str:
    """Register the embedded CJK font once; its subset is embedded in every PDF."""
    path = resource(FONT_FILE)
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    except Exception as exc:  # reportlab's TTFError and friends: a damaged font file
        raise damaged(str(path), str(exc) or type(exc).__name__) from None
    return FONT


@cache
def _main_glyphs() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    assert isinstance(font, TTFont)  # registered from the TrueType file
    return frozenset(font.face.charToGlyph)


@cache
def _fallbacks() -> tuple[tuple[str, frozenset[int]], ...]:
    found = []
    for k, path in enumerate(FALLBACK_FILES):
        if path.exists():
            name = f"{FONT}-fallback{k}"
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            found.append((name, frozenset(font.face.charToGlyph)))
    return tuple(found)


def fallback_font(ch: str) -> str | None:
    """The registered font to set ``ch`` in when the main font lacks it (None: none has it)."""
    if ord(ch) in _main_glyphs():
        return None
    for name, glyphs in _fallbacks():
        if ord(ch) in glyphs:
            return name
    return None


@cache
def styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle(
        "base", fontName=font, bulletFontName=font, fontSize=9, leading=12, wordWrap="CJK"
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_c": ParagraphStyle(
            "cell_c", parent=base, fontSize=8, leading=10, alignment=TA_CENTER
        ),
        "cell_r": ParagraphStyle("cell_r", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontSize=8, leading=10, textColor=colors.white),
        "head_c": ParagraphStyle(
            "head_c",
            parent=base,
            fontSize=8,
            leading=10,
            textColor=colors.white,
            alignment=TA_CENTER,
        ),
        "h1": ParagraphStyle("h1", parent=base, fontSize=16, leading=20, spaceAfter=4),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4
        ),
    }


def _has_cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


@cache
def _latin(name: str) -> ParagraphStyle:
    """The same style wrapping at spaces only (CJK wrapping would split English words)."""
    return ParagraphStyle(f"{name}-latin", parent=styles()[name], wordWrap=None)


def para(text: Any, style: str = "cell") -> Paragraph:
    """A paragraph; text with Chinese wraps between any characters, other text at spaces."""
    raw = "" if text is None else str(text)
    chosen = styles()[style] if _has_cjk(raw) else _latin(style)
    return Paragraph(_markup(raw), chosen)


def _markup(raw: str) -> str:
    """Escaped text, with characters the main font lacks wrapped in a fallback font."""
    from xml.sax.saxutils import escape

    parts = []
    for ch in raw:
        if ch == "\n":
            parts.append("<br/>")
        elif ord(ch) > 0x2E80 and (font := fallback_font(ch)):
            parts.append(f'<font name="{font}">{escape(ch)}</font>')
        else:
            parts.append(escape(ch))
    return "".join(parts)


@dataclass(frozen=True)
class Header:
    """Printed at the top of every page."""

    title: str
    left: str  # e.g. "客户经理：李欣（M001）  团队：VIP客户经理一组"
    right: str  # e.g. "2026年12月"


class _NumberedCanvas(Canvas):
    """Defers page output to the end so each page's header can say "page X of Y"."""

    texts: Texts

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's page-count recipe

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            # in the header, under the period: every page says "page X of Y"
            self.setFont(FONT, 8.5)
            self.setFillColor(colors.black)
            self.drawRightString(
                PAGE_W - MARGIN,
                PAGE_H - MARGIN - 10.5 * mm,
                self.texts.page_of(self.getPageNumber(), total),
            )
            super().showPage()
        super().save()


def build_pdf(
    out: Path | str, header: Header, story: Sequence[Any], texts: Texts, *, author: str = ""
) -> Path:
    """Lay ``story`` out on A4 pages with ``header`` on each; returns the written path."""
    register_fonts()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)

    def draw_header(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_H - MARGIN
        canvas.setFont(FONT, 13)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN, top - 5 * mm, header.title)
        canvas.setFont(FONT, 8.5)
        canvas.drawString(MARGIN, top - 10.5 * mm, header.left)
        canvas.drawRightString(PAGE_W - MARGIN, top - 5 * mm, header.right)
        canvas.setStrokeColor(HEAD_BG)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, top - 13 * mm, PAGE_W - MARGIN, top - 13 * mm)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(MARGIN, 9 * mm, texts.printed_by)
        canvas.restoreState()

    frame = Frame(
        MARGIN,
        MARGIN + 4 * mm,
        PAGE_W - 2 * MARGIN,
        PAGE_H - 2 * MARGIN - HEADER_H - 4 * mm,
        id="body",
    )
    doc = BaseDocTemplate(
        str(out),
        pagesize=A4,
        title=header.title,
        author=author,
        subject=header.right,
        initialFontName=FONT,  # else every page refers to an unembedded Helvetica
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H,
        bottomMargin=MARGIN + 4 * mm,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=draw_header)])
    canvas_class: type[_NumberedCanvas] = type("Canvas", (_NumberedCanvas,), {"texts": texts})
    doc.build(list(story), canvasmaker=canvas_class)
    return out


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table that splits across pages, its header rows repeated on each page."""
    t = Table(
        [list(r) for r in rows], colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT"
    )
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.35, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if zebra:
        style.append(
            (
                "ROWBACKGROUNDS",
                (0, header_rows),
                (-1, -1),
                [colors.white, colors.HexColor("#f5f7fb")],
            )
        )
    style.extend(extra)
    t.setStyle(TableStyle(style))
    return t


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` is missing from the main font."""
    glyphs = _main_glyphs()
    return any(ord(ch) > 0x2E80 and ord(ch) not in glyphs for ch in text)


def fit(text: Any, width: float, style: str = "cell", size: float = 8) -> str | Paragraph:
    """A table cell: the plain text when it fits on one line in ``width`` points in the
    table's font and size (fast to lay out), else a wrapping :func:`para`."""
    raw = "" if text is None else str(text)
    if "\n" in raw or needs_fallback(raw) or pdfmetrics.stringWidth(raw, FONT, size) > width:
        return para(raw, style)
    return raw


def head_cells(labels: Sequence[str], style: str = "head") -> list[Paragraph]:
    """Header-row cells (white on the header colour); ``style="head_c"`` centres them."""
    return [para(label, style) for label in labels]


def signature_lines(
    labels: Sequence[str], texts: Texts, *, row_height: float, space_before: float
) -> KeepTogether:
    """A line to sign on and a line for the date for each of ``labels`` (who signs), kept
    together on one page, ``space_before`` points under what precedes them."""
    rows = [
        [para(label, "body"), "_" * 22, para(texts("date_label"), "body"), "_" * 14]
        for label in labels
    ]
    tbl = Table(
        rows,
        colWidths=[42 * mm, 62 * mm, 14 * mm, 40 * mm],
        rowHeights=[row_height] * len(rows),
        hAlign="LEFT",
    )
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TEXTCOLOR", (1, 0), (-1, -1), colors.HexColor("#555555")),
            ]
        )
    )
    return KeepTogether([Spacer(1, space_before), tbl])
