"""The 投标文件 as PDF: A4, the report pack's bundled Song and Hei faces embedded, real page numbers in the contents.

The blocks are drawn by the report pack's own flowable writer (:mod:`app.reports.pdf`), extended here
with the seal block, the cover and the table of contents. Each form starts on a new page; a zero-size
anchor at its top notes the page it lands on. The document is laid out until the contents' page
numbers and the page total are the ones the layout itself produces (two passes: the contents have as
many lines on the first pass as on the last, so the layout does not move). Pages are numbered from
the cover (page 1, which shows no footer), so a number in the contents is the PDF viewer's page too.

A draft carries the draft mark as a red header and a light diagonal watermark on every page.
"""
# mypy: disable-error-code="import-untyped"
# mypy: allow-subclassing-any

from __future__ import annotations

import html
import io
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from app.reports.document import Block as ReportBlock
from app.reports.document import Grid, Heading, Para
from app.reports.pdf import HEI, PORTRAIT, SONG, register_fonts
from app.reports.pdf import _Writer as _ReportFlowables
from app.response.pack_forms import Block, Pack, Seal

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 22 * mm, 22 * mm, 22 * mm
DRAFT_RED = colors.Color(0.8, 0.05, 0.05)


def _style(name: str, font: str, size: float, leading: float, align: int = TA_LEFT, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, alignment=align, wordWrap="CJK",
                          **extra)


STYLES = {
    "cover_title": _style("cover_title", HEI, 32, 44, TA_CENTER),
    "cover_line": _style("cover_line", SONG, 15, 26, TA_CENTER),
    "cover_bottom": _style("cover_bottom", SONG, 14, 30),
    "toc_title": _style("toc_title", HEI, 18, 26, TA_CENTER, spaceAfter=14),
    "form_title": _style("form_title", HEI, 16, 24, TA_CENTER, spaceAfter=12, keepWithNext=1),
    "seal": _style("seal", SONG, 10.5, 22),
    "body": _style("body", SONG, 10.5, 19),
    "small": _style("small", SONG, 8.5, 13),
    "heading": _style("heading", HEI, 11, 18, spaceBefore=8, spaceAfter=4, keepWithNext=1),
}


#: Characters the Song face lacks, as the report pack's table writer receives them (it draws cells in Song only).
CELL_SUBSTITUTES = str.maketrans({"¥": "￥", "﹝": "〔", "﹞": "〕"})


@cache
def _song_chars() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(SONG).face.charToGlyph)


def _markup(text: str) -> str:
    """Paragraph markup of a text; a character the Song face lacks (﹝﹞ of 财库﹝2020﹞46 号) is drawn in Hei."""
    song = _song_chars()
    out = []
    for ch in text:
        if ch == "\n":
            out.append("<br/>")
        elif ord(ch) > 127 and ord(ch) not in song:
            out.append(f'<font name="{HEI}">{html.escape(ch, quote=False)}</font>')
        else:
            out.append(html.escape(ch, quote=False))
    return "".join(out)


class _Anchor(Flowable):
    """Zero-size flowable noting the page the form it heads starts on."""

    def __init__(self, index: int, found: list[int]) -> None:
        super().__init__()
        self.index = index
        self.found = found

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.found[self.index] = self.canv.getPageNumber()


class _TocLine(Flowable):
    """One line of the contents: the form's title, a dotted leader and its page number."""

    SIZE = 11.0

    def __init__(self, title: str, page: int, width: float) -> None:
        super().__init__()
        self.title, self.page, self.line_width = title, str(page), width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.line_width = min(self.line_width, available_width)
        return self.line_width, self.SIZE * 2.2

    def draw(self) -> None:
        c = self.canv
        number_w = pdfmetrics.stringWidth(self.page, SONG, self.SIZE)
        room = self.line_width - number_w - 6 * mm
        size = self.SIZE
        title_w = pdfmetrics.stringWidth(self.title, SONG, size)
        if title_w > room:  # a tender's long form title: smaller, never over the page number
            size = size * room / title_w
            title_w = room
        c.setFont(SONG, size)
        c.drawString(0, 5, self.title)
        c.setFont(SONG, self.SIZE)
        c.drawRightString(self.line_width, 5, self.page)
        dot_w = pdfmetrics.stringWidth(".", SONG, self.SIZE)
        start, end = title_w + 2 * mm, self.line_width - number_w - 2 * mm
        if end > start:  # dots flush with the page number, so every line's leader ends at the same place
            c.drawRightString(end, 5, "." * int((end - start) / dot_w))


class _Flowables(_ReportFlowables):
    """The report pack's block writer plus the seal block."""

    def __init__(self) -> None:
        super().__init__()
        self.width = PORTRAIT[0] - 2 * MARGIN_X

    def draw(self, block: Block) -> list[Flowable]:
        if isinstance(block, Seal):
            style = ParagraphStyle("seal-i", parent=STYLES["seal"], leftIndent=self.width * 0.36)
            return [KeepTogether([Spacer(1, 14), *(Paragraph(_markup(line), style) for line in block.lines)])]
        if isinstance(block, Para):
            style = STYLES["small" if block.small else "body"]
            if block.indent:
                style = ParagraphStyle(style.name + "-i", parent=style, firstLineIndent=2 * style.fontSize)
            return [Paragraph(_markup(block.text), style)]
        if isinstance(block, Heading):
            return [Paragraph(_markup(block.text), STYLES["heading"])]
        report_block: ReportBlock = block
        if isinstance(block, Grid):
            report_block = replace(block, head=_substitute(block.head), rows=_substitute(block.rows))
        flowables: list[Flowable] = self.block(report_block)
        return flowables


def _substitute(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(cell.translate(CELL_SUBSTITUTES) for cell in row) for row in rows)


def _story(pack: Pack, pages: list[int], found: list[int]) -> list[Flowable]:
    width = PORTRAIT[0] - 2 * MARGIN_X
    cover = pack.cover
    bottom = ParagraphStyle("cover_bottom-i", parent=STYLES["cover_bottom"], leftIndent=width * 0.18)
    story: list[Flowable] = [Spacer(1, 55 * mm), Paragraph(_markup(cover.title), STYLES["cover_title"]),
                             Spacer(1, 28 * mm)]
    story += [Paragraph(_markup(line), STYLES["cover_line"]) for line in cover.lines]
    story.append(Spacer(1, 55 * mm))
    story += [Paragraph(_markup(line), bottom) for line in cover.bottom]
    story += [PageBreak(), Paragraph(_markup(pack.toc_title), STYLES["toc_title"])]
    story += [_TocLine(form.title, pages[i], width) for i, form in enumerate(pack.forms)]
    writer = _Flowables()
    for i, form in enumerate(pack.forms):
        story += [PageBreak(), _Anchor(i, found), Paragraph(_markup(form.title), STYLES["form_title"])]
        for block in form.blocks:
            story += writer.draw(block)
    return story


def _decorate(pack: Pack, total: int, seen: dict[str, int]) -> Any:
    """The page callback: footer (not on the cover), and on a draft the header mark and the watermark."""

    def on_page(canvas: Canvas, _doc: object) -> None:
        number = canvas.getPageNumber()
        seen["last"] = number
        width, height = PORTRAIT
        canvas.saveState()
        if pack.draft_mark:
            canvas.setFillColor(DRAFT_RED)
            canvas.setFont(HEI, 12)
            canvas.drawCentredString(width / 2, height - 13 * mm, pack.draft_mark)
            canvas.setStrokeColor(DRAFT_RED)
            canvas.line(MARGIN_X, height - 15 * mm, width - MARGIN_X, height - 15 * mm)
            if pack.watermark:
                canvas.saveState()
                canvas.setFillColor(DRAFT_RED)
                canvas.setFillAlpha(0.12)
                canvas.translate(width / 2, height / 2)
                canvas.rotate(45)
                canvas.setFont(HEI, 56)
                canvas.drawCentredString(0, 0, pack.watermark)
                canvas.restoreState()
        if number > 1:
            canvas.setFillColor(colors.black)
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.5)
            top = MARGIN_BOTTOM - 6 * mm
            canvas.line(MARGIN_X, top, width - MARGIN_X, top)
            canvas.setFont(SONG, 8)
            canvas.drawString(MARGIN_X, top - 4 * mm, pack.footer_left)
            canvas.drawRightString(width - MARGIN_X, top - 4 * mm, pack.footer_right)
            canvas.setFont(SONG, 9)
            canvas.drawCentredString(width / 2, top - 9 * mm, pack.page_text(number, total or number))
        canvas.restoreState()

    return on_page


def _build(pack: Pack, pages: list[int], total: int) -> tuple[bytes, list[int], int]:
    found = [0] * len(pack.forms)
    seen = {"last": 0}
    out = io.BytesIO()
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, PORTRAIT[0] - 2 * MARGIN_X, PORTRAIT[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="page")
    doc = BaseDocTemplate(
        out, pagesize=PORTRAIT,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=_decorate(pack, total, seen))],
        title=pack.title, author=pack.bidder, creator=pack.bidder, subject=pack.subject,
        initialFontName=SONG, initialFontSize=10.5, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
    )
    doc.build(_story(pack, pages, found))
    return out.getvalue(), found, seen["last"]


def write_pdf(pack: Pack, path: Path) -> tuple[list[int], int]:
    """Write the pack as PDF to ``path``.

    Returns:
        The page (counted from the cover, 1) on which each form of ``pack.forms`` starts, as the
        contents print it; and the number of pages.
    """
    register_fonts()
    pages, total = [0] * len(pack.forms), 0
    for _ in range(4):
        data, found, last = _build(pack, pages, total)
        if found == pages and last == total:
            break
        pages, total = found, last
    else:  # pragma: no cover - the contents keep their line count, so the second pass is already stable
        raise RuntimeError("the page numbers of the contents did not settle")
    path.write_bytes(data)
    return pages, total
