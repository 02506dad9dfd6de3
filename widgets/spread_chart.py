"""Each bid's non-price total by member, on one scale: a spread between members is visible at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.scoring import show
from widgets.i18n import Translator

#: One colour per member (in committee order), distinguishable in print too.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22", "#393b79")
ROW = 26
LEFT = 190
RIGHT = 60
TOP = 34


_tr = Translator("SpreadChart")


@dataclass(frozen=True)
class SpreadRow:
    """One bid: its label, each member's non-price total (by member id), the mean."""

    label: str
    totals: dict[str, Decimal]
    mean: Decimal


class SpreadChart(QWidget):
    """Dots per member on a 0…max scale, one row per bid; the mean is a grey bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SpreadRow] = []
        self.members: list[tuple[str, str]] = []
        self.maximum = Decimal(100)
        self.note = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, rows: list[SpreadRow], members: list[tuple[str, str]], maximum: Decimal) -> None:
        """Show these rows; ``members`` are (id, name) in committee order; ``maximum`` the scale's end."""
        self.rows, self.members, self.note = rows, members, ""
        self.maximum = maximum if maximum > 0 else Decimal(100)
        self.updateGeometry()
        self.update()

    def set_note(self, note: str) -> None:
        """Show a note instead of the chart (e.g. while members' scores are still sealed)."""
        self.rows, self.note = [], note
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, TOP + ROW * max(1, len(self.rows)) + 30)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _x(self, value: Decimal, width: int) -> float:
        span = Decimal(max(10, width - LEFT - RIGHT))
        return LEFT + float(value / self.maximum * span)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if self.note:
            p.drawText(self.rect().adjusted(12, 0, -12, 0), int(Qt.AlignmentFlag.AlignVCenter), self.note)
            return
        width = self.width()
        colours = {mid: QColor(PALETTE[i % len(PALETTE)]) for i, (mid, _n) in enumerate(self.members)}
        # Legend.
        x = 12.0
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        for mid, name in self.members:
            p.setBrush(QBrush(colours[mid]))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QPointF(x + 5, 14), 5, 5)
            p.setPen(QColor("#333"))
            p.drawText(QPointF(x + 14, 18), name)
            x += 24 + p.fontMetrics().horizontalAdvance(name)
        p.setPen(QColor("#555"))
        p.drawText(QPointF(x + 12, 18), _tr("灰色竖线：平均分"))
        # Grid: 0, 25%, 50%, 75%, 100% of the scale.
        bottom = TOP + ROW * len(self.rows)
        for k in range(5):
            value = self.maximum * k / 4
            gx = self._x(value, width)
            p.setPen(QPen(QColor("#e0e0e0"), 1))
            p.drawLine(QPointF(gx, TOP - 4), QPointF(gx, bottom))
            p.setPen(QColor("#777"))
            p.drawText(QRectF(gx - 30, bottom + 2, 60, 16), int(Qt.AlignmentFlag.AlignHCenter), show(value.quantize(
                Decimal("0.1"))))
        p.setFont(self.font())
        for i, row in enumerate(self.rows):
            y = TOP + ROW * i + ROW / 2
            p.setPen(QColor("#222"))
            p.drawText(QRectF(6, y - ROW / 2, LEFT - 12, ROW),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                       p.fontMetrics().elidedText(row.label, Qt.TextElideMode.ElideMiddle, LEFT - 12))
            values = list(row.totals.values())
            if values:
                p.setPen(QPen(QColor("#bbb"), 2))
                p.drawLine(QPointF(self._x(min(values), width), y), QPointF(self._x(max(values), width), y))
            mx = self._x(row.mean, width)
            p.setPen(QPen(QColor("#888"), 3))
            p.drawLine(QPointF(mx, y - 8), QPointF(mx, y + 8))
            for mid, value in row.totals.items():
                p.setPen(QPen(QColor("white"), 1))
                p.setBrush(QBrush(colours.get(mid, QColor("#000"))))
                p.drawEllipse(QPointF(self._x(value, width), y), 5, 5)
            spread = (max(values) - min(values)) if values else Decimal(0)
            p.setPen(QColor("#b00020") if spread > self.maximum * Decimal("0.1") else QColor("#555"))
            p.drawText(QRectF(width - RIGHT + 4, y - ROW / 2, RIGHT - 6, ROW), int(Qt.AlignmentFlag.AlignVCenter),
                       f"±{(spread / 2).quantize(Decimal('0.01')):f}")
        p.end()
