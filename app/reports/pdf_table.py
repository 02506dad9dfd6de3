"""reportlab's table, drawing its plain one-line text cells without a text object per cell.

Most cells of the report pack's tables are a name or a number on one line (:func:`app.reports.pdf._fits`): the
members' sheets of a 30-bid, 9-member evaluation are fifty thousand of them. reportlab's table draws each through
``canvas.drawString`` (or its right-aligned and centred forms), which builds a text object, formats the text and
packs the object into the page's operators. :class:`PlainCellTable` writes those very operators for such a cell
itself: the same text matrix, the same font subset switch, the same escaped bytes, character for character (a test
compares the files written both ways byte for byte). Any other cell (a paragraph, several lines, a link, bidi or
shaped text, a font that is not embedded as subsets) is drawn by reportlab as before.
"""
# mypy: disable-error-code="import-untyped"
# mypy: allow-subclassing-any

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Table


class PlainCellTable(Table):
    """A :class:`reportlab.platypus.Table` whose plain one-line text cells are drawn straight into the page."""

    _curcellstyle: Any  # reportlab's: the cell style the canvas is set for (None at the start of a draw)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:
        just, valign = cellstyle.alignment, cellstyle.valign
        if type(cellval) is not str or "\n" in cellval or cellstyle.href or cellstyle.destination \
                or cellstyle.direction or cellstyle.shaping or just not in _ALIGNED or valign not in _VALIGNED:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        if not canv.bottomup or not getFont(cellstyle.fontname)._dynamicFont:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if self._curcellstyle is not cellstyle:  # as reportlab's _drawCell sets the canvas for a new cell style
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname \
                    or cellstyle.fontsize != cur.fontsize:
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        # the text's width and operators, once per text, font and size on this canvas: a sheet repeats its
        # numbers and names thousands of times (the font's subsets, once a glyph is placed, never change)
        key = (canv._fontname, canv._fontsize, canv._leading, cellval)
        drawn = _drawn(canv)
        found = drawn.get(key)
        if found is None:
            found = drawn[key] = _operators(canv, cellval)
        width, operators = found
        colpos, rowpos = pos
        colwidth, rowheight = size
        fontsize = cellstyle.fontsize
        # where reportlab's _drawCell and canvas.drawString / drawRightString / drawCentredString put the text
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding
            x = x - width
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
            x = x - 0.5 * width
        if valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + cellstyle.leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + cellstyle.leading) / 2.0 \
                - fontsize
        canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {operators} T* ET")


def _drawn(canv: Any) -> dict[tuple[str, float, float, str], tuple[float, str]]:
    """The texts already drawn on this canvas (its document's font subsets): their width and operators."""
    memo: dict[tuple[str, float, float, str], tuple[float, str]] | None = getattr(canv, "_biddesk_plain_cells", None)
    if memo is None:
        memo = canv._biddesk_plain_cells = {}
    return memo


def _operators(canv: Any, text: str) -> tuple[float, str]:
    """A text's width in the canvas's font, and the operators a text object writes for it (reportlab.pdfgen.
    textobject: ``_formatText``, the subset switches included, a new text object starting with none)."""
    doc, escape, font = canv._doc, canv._escape, getFont(canv._fontname)
    parts: list[str] = []
    current, tmpl = -1, ""
    for subset, data in font.splitString(text, doc):
        if subset != current:
            if not tmpl:
                tmpl = f"{fp_str(canv._fontsize)} Tf {fp_str(canv._leading)} TL"
            parts.append(f"{font.getSubsetInternalName(subset, doc)} {tmpl}")
            current = subset
        parts.append(f"({escape(data)}) Tj")
    return stringWidth(text, canv._fontname, canv._fontsize), " ".join(parts)


_ALIGNED = frozenset(("LEFT", "RIGHT", "CENTRE", "CENTER"))
_VALIGNED = frozenset(("TOP", "BOTTOM", "MIDDLE"))
