"""The report pack as PDF (reportlab platypus): A4, 宋体 body, 黑体 headings, fonts embedded.

A :class:`~app.reports.document.Document` is drawn section by section; each section starts on a
new page in its orientation. Tables repeat their heading rows on every page (``repeatRows``).
Every page carries a footer: the project number, the table the page shows and its fingerprint,
``第 x 页 共 y 页`` and a QR code with the fingerprint and the totals (drawn as vector rectangles,
once per section as a PDF form). Page totals are known only at the end, so the canvas keeps each
page until the document is saved and draws the footers then; a document numbered by section
(the member sheets) counts each section's pages on their own. A draft's every page also gets the
red line :data:`~app.reports.document.DRAFT_HEADER` at the top and the grey, translucent diagonal
watermark :data:`~app.reports.document.DRAFT_MARK` across it (drawn last, so nothing covers it).

Fonts: AR PL SungtiL GB (``gbsn00lp.ttf``) for text and WenQuanYi Micro Hei for headings, both
bundled and embedded as subsets; the canvas starts in the Song face so no unembedded standard
font is ever referenced.
"""
# mypy: disable-error-code="import-untyped"
# mypy: allow-subclassing-any

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from app.reports.document import (
    BLANK,
    DATE,
    DRAFT_HEADER,
    DRAFT_MARK,
    SIGN,
    Blank,
    Block,
    Document,
    Grid,
    Heading,
    NewPage,
    Para,
    Signatures,
    fit_widths,
    footer_text,
    page_text,
)
from app.reports.pdf_table import PlainCellTable
from app.reports.qr import dark_runs, qr_matrix

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SONG, HEI = "BidDeskSong", "BidDeskHei"
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 16 * mm, 32 * mm
QR_SIZE, QR_BOTTOM = 22 * mm, 3 * mm
PORTRAIT, LANDSCAPE = A4, landscape(A4)
HEAD_FILL = colors.Color(0.9, 0.9, 0.9)
DRAFT_RED = colors.Color(0.75, 0, 0)
WATERMARK_GREY, WATERMARK_ALPHA = colors.Color(0.55, 0.55, 0.55), 0.28
#: The draft line's baseline, from the top edge of the page.
DRAFT_LINE_TOP = 9 * mm
#: The longest cell text drawn as it is, on one line, when it fits its column (see :func:`_fits`).
PLAIN_MAX = 120


def register_fonts() -> None:
    """Register the bundled Song and Hei faces with reportlab (once per process)."""
    if SONG in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(SONG, str(FONTS / "gbsn00lp.ttf")))
    pdfmetrics.registerFont(TTFont(HEI, str(FONTS / "wqy-microhei.ttc"), subfontIndex=0))


@cache
def _style(kind: str, align: str = "L") -> ParagraphStyle:
    """Paragraph styles by kind (``title``, ``h1``, ``h2``, ``body``, ``small``, ``cell``, ``cellsmall``, ``head``)."""
    alignment = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}[align]
    spec: dict[str, tuple[str, float, float]] = {
        "title": (HEI, 16, 24), "h1": (HEI, 12, 18), "h2": (HEI, 10.5, 16), "body": (SONG, 10.5, 17),
        "small": (SONG, 8.5, 12), "caption": (SONG, 8.5, 12), "cell": (SONG, 9, 11.5), "cellsmall": (SONG, 8, 9.6),
        "head": (HEI, 8.5, 10.5), "headsmall": (HEI, 7.5, 9.5), "bold": (HEI, 9, 11.5), "boldsmall": (HEI, 8, 10),
    }
    font, size, leading = spec[kind]
    return ParagraphStyle(
        f"{kind}-{align}", fontName=font, fontSize=size, leading=leading, alignment=alignment, wordWrap="CJK",
        spaceBefore={"title": 4, "h1": 10, "h2": 6, "caption": 3}.get(kind, 0),
        spaceAfter={"title": 8, "h1": 4, "h2": 3}.get(kind, 0),
        keepWithNext=int(kind in ("title", "h1", "h2", "caption")),
    )


def _markup(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br/>")


def _fits(text: str, room: float, size: float) -> bool:
    """Whether a cell's text is drawn as it is, on one line: it needs no wrapping (a paragraph's layout costs ten
    times as much, and most cells of a table are a name or a number that fits)."""
    return "\n" not in text and len(text) <= PLAIN_MAX and _width(text, size) <= room


@lru_cache(maxsize=65536)
def _width(text: str, size: float) -> float:
    """A text's width in the body face (a sheet measures the same numbers and names thousands of times)."""
    width: float = pdfmetrics.stringWidth(text, SONG, size)  # points on the page, not an amount
    return width


class _Mark(Flowable):
    """Zero-size flowable that tells the canvas which section the page belongs to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.biddesk_section = self.index


def _footer_canvas(doc: Document) -> type[Canvas]:
    """A canvas class that keeps every page and draws the footers (page x of y) when saved."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.biddesk_section = 0
            self.biddesk_pages: list[dict[str, Any]] = []
            self.biddesk_forms: set[int] = set()

        def showPage(self) -> None:
            self.biddesk_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = self.biddesk_pages
            forms = self.biddesk_forms
            numbers = page_numbers([int(state["biddesk_section"]) for state in pages], doc.numbered_by_section)
            for state, (number, total) in zip(pages, numbers, strict=True):
                self.__dict__.update(state)
                self.biddesk_forms = forms
                self._draw_footer(number, total)
                if doc.draft:
                    self._draw_draft()
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_draft(self) -> None:
            """The draft's red line at the top and its diagonal watermark."""
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(DRAFT_RED)
            self.setFont(HEI, 9)
            self.drawCentredString(width / 2, height - DRAFT_LINE_TOP, DRAFT_HEADER)
            diagonal = (width ** 2 + height ** 2) ** 0.5
            size = 0.55 * diagonal / max(1.0, pdfmetrics.stringWidth(DRAFT_MARK, HEI, 1))
            self.setFillColor(WATERMARK_GREY)
            self.setFillAlpha(WATERMARK_ALPHA)
            self.translate(width / 2, height / 2)
            self.rotate(math.degrees(math.atan2(height, width)))
            self.setFont(HEI, size)
            self.drawCentredString(0, -size * 0.35, DRAFT_MARK)
            self.restoreState()

        def _draw_footer(self, number: int, total: int) -> None:
            section = doc.sections[self.biddesk_section]
            width, _ = self._pagesize
            room = width - 2 * MARGIN_X - QR_SIZE - 6 * mm  # text never runs into the QR code's quiet zone
            self.saveState()
            self.setStrokeColor(colors.black)
            self.setLineWidth(0.5)
            top = MARGIN_BOTTOM - 4 * mm
            self.line(MARGIN_X, top, width - MARGIN_X, top)
            label, fingerprint = footer_text(doc.header, section).rsplit("　　", 1)
            self._fitted(label, top - 4.5 * mm, 8, room)
            self._fitted(f"{fingerprint}　　{doc.scan_note}", top - 9 * mm, 8, room)
            self.setFont(SONG, 9)
            self.drawCentredString(MARGIN_X + room / 2, top - 15 * mm, page_text(number, total))
            name = f"qr{self.biddesk_section}"
            if self.biddesk_section not in self.biddesk_forms:
                self._define_qr(name, section.qr)
                self.biddesk_forms.add(self.biddesk_section)
            self.translate(width - MARGIN_X - QR_SIZE, QR_BOTTOM)
            self.doForm(name)
            self.restoreState()

        def _fitted(self, text: str, y: float, size: float, room: float) -> None:
            """Draw a footer line at ``size`` points, smaller when it would not fit in ``room``."""
            needed = pdfmetrics.stringWidth(text, SONG, size)
            self.setFont(SONG, size * min(1.0, room / needed) if needed else size)
            self.drawString(MARGIN_X, y, text)

        def _define_qr(self, name: str, text: str) -> None:
            matrix = qr_matrix(text)
            cell = QR_SIZE / len(matrix)
            self.beginForm(name, 0, 0, QR_SIZE, QR_SIZE)
            self.setFillColor(colors.black)
            path = self.beginPath()
            n = len(matrix)
            for y, x, run in dark_runs(matrix):
                path.rect(x * cell, (n - 1 - y) * cell, run * cell + 0.01, cell + 0.01)
            self.drawPath(path, stroke=0, fill=1)
            self.endForm()

    return FooterCanvas


def page_numbers(sections: Sequence[int], by_section: bool) -> list[tuple[int, int]]:
    """Each page's (number, total): over the whole document, or within its section's run of pages."""
    if not by_section:
        return [(i, len(sections)) for i in range(1, len(sections) + 1)]
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(sections) + 1):
        if i == len(sections) or sections[i] != sections[start]:
            run = i - start
            out += [(n, run) for n in range(1, run + 1)]
            start = i
    return out


class _Writer:
    """Turns blocks into flowables, knowing the orientation (frame width) in force."""

    def __init__(self) -> None:
        self.width = PORTRAIT[0] - 2 * MARGIN_X

    def orient(self, is_landscape: bool) -> None:
        self.width = (LANDSCAPE if is_landscape else PORTRAIT)[0] - 2 * MARGIN_X

    def block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Heading):
            kind = {0: "title", 1: "h1"}.get(block.level, "h2")
            return [Paragraph(_markup(block.text), _style(kind, "C" if block.level == 0 else "L"))]
        if isinstance(block, Para):
            style = _style("small" if block.small else "body")
            if block.indent or block.keep:
                style = ParagraphStyle(style.name + "-i", parent=style, keepWithNext=int(block.keep),
                                       firstLineIndent=2 * style.fontSize if block.indent else 0)
            return [Paragraph(_markup(block.text), style)]
        if isinstance(block, Blank):
            return self.blank(block)
        if isinstance(block, Grid):
            return self.grid(block)
        if isinstance(block, Signatures):
            return self.signatures(block)
        raise TypeError(f"cannot draw {block!r}")  # pragma: no cover - NewPage is handled by the caller

    def _underline(self, used: float, size: float) -> str:
        count = int((self.width - used) / pdfmetrics.stringWidth("_", SONG, size)) - 1
        return "_" * max(count, len(BLANK))

    def blank(self, block: Blank) -> list[Flowable]:
        style = _style("body")
        label = f"{block.label}："
        first = label + self._underline(pdfmetrics.stringWidth(label, SONG, style.fontSize), style.fontSize)
        lines = [first] + [self._underline(0, style.fontSize) for _ in range(block.lines - 1)]
        return [Paragraph(_markup(line), style) for line in lines]

    def grid(self, g: Grid) -> list[Flowable]:
        widths = fit_widths(g.widths, self.width)
        cell, head = ("cellsmall", "headsmall") if g.small else ("cell", "head")
        bold = "boldsmall" if g.small else "bold"
        n_head = len(g.head)
        last = len(g.head) + len(g.rows) - 1
        size = _style(cell).fontSize
        room = [w - 6 for w in widths]  # the cell's padding, 3 pt each side (_cell_styles)
        data: list[list[Any]] = []
        for r, row in enumerate((*g.head, *g.rows)):
            kind = head if r < n_head else (bold if g.total_row and r == last else cell)
            data.append([text if kind == cell and r >= n_head and _fits(text, room[c], size) else
                         Paragraph(_markup(text), _style(kind, g.align[c] if r >= n_head else "C"))
                         for c, text in enumerate(row)])
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, n_head - 1), HEAD_FILL),
        ]
        table = PlainCellTable(data, colWidths=widths, repeatRows=n_head, style=TableStyle(commands), hAlign="LEFT",
                               cellStyles=_cell_styles(g, len(data)))
        out: list[Flowable] = []
        if g.caption:
            out.append(Paragraph(_markup(g.caption), _style("caption")))
        out += [table, Spacer(1, 6)]
        return out

    def signatures(self, s: Signatures) -> list[Flowable]:
        style = _style("body")
        width = self.width
        widths = [width * 0.34, width * 0.28, width * 0.38]
        groups: list[list[Flowable]] = []
        for label in s.signers:
            row = [Paragraph(_markup(label), style), Paragraph(SIGN, style), Paragraph(DATE, style)]
            group: list[Flowable] = [Table([row], colWidths=widths, hAlign="LEFT", style=TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                 ("FONTNAME", (0, 0), (-1, -1), SONG)]))]
            if s.dissent:
                group += self.blank(Blank("不同意见及理由（如有）", 2))
            groups.append(group)
        if len(s.signers) > 1 or s.dissent:
            groups[0] = [Spacer(1, 6), Paragraph(_markup(s.title), _style("h2")), *groups[0]]
        return [Spacer(1, 4), *(KeepTogether(group) for group in groups)]


def _cell_styles(g: Grid, rows: int) -> list[list[CellStyle]]:
    """The cells' styles, one per column shared by its rows (and one for the heading rows): what a style command
    per property would set cell by cell (hundreds of thousands of times on the members' sheets). Nothing changes
    them after: the table's only commands draw its lines and the heading's fill."""
    size = _style("cellsmall" if g.small else "cell")

    def made(name: str, align: str) -> CellStyle:
        cs = CellStyle(name)
        cs.valign, cs.fontname, cs.fontsize, cs.leading = "TOP", SONG, size.fontSize, size.leading
        cs.topPadding, cs.bottomPadding = (1, 2) if g.small else (2, 3)
        cs.leftPadding = cs.rightPadding = 3
        cs.alignment = align
        return cs

    head = made("head", "LEFT")
    body = [made(f"col{c}", {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[a]) for c, a in enumerate(g.align)]
    return [[head] * len(g.align) for _ in g.head] + [list(body) for _ in range(rows - len(g.head))]


def _story(doc: Document) -> list[Flowable]:
    writer = _Writer()
    story: list[Flowable] = []
    for index, section in enumerate(doc.sections):
        writer.orient(section.landscape)
        if index:
            story += [NextPageTemplate("landscape" if section.landscape else "portrait"), PageBreak()]
        story.append(_Mark(index))
        for block in section.blocks:
            if isinstance(block, NewPage):
                writer.orient(block.landscape)
                story += [NextPageTemplate("landscape" if block.landscape else "portrait"), PageBreak()]
                continue
            story += writer.block(block)
    return story


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, size[0] - 2 * MARGIN_X, size[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name)
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def write_pdf(doc: Document, path: Path) -> Path:
    """Draw a document into ``path`` (the caller makes the write atomic).

    Args:
        doc: the document.
        path: the file to write.

    Returns:
        ``path``.
    """
    register_fonts()
    first_landscape = bool(doc.sections) and doc.sections[0].landscape
    templates = [_template("portrait", PORTRAIT), _template("landscape", LANDSCAPE)]
    if first_landscape:
        templates.reverse()
    pdf = BaseDocTemplate(
        str(path), pagesize=templates[0].pagesize, pageTemplates=templates, title=doc.title,
        author="BidDesk 评标台", subject=f"{doc.header.name}（{doc.header.number}）", creator="BidDesk",
        initialFontName=SONG, initialFontSize=10.5, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
    )
    pdf.build(_story(doc), canvasmaker=_footer_canvas(doc))
    return path
