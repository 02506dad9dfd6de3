"""Table model of an evaluation result: one plain row per bid."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.reports.formats import money
from widgets.i18n import Translator
from widgets.reason_texts import reason_text as reason_words
from widgets.table_model import HeadedModel

_tr = Translator("ResultModel")


def headers(price_mode: str = "amount") -> tuple[str, ...]:
    """The column headers, in the window's language (a rate tender's prices: 投标费率（%）, 评审费率（%））."""
    rate = price_mode == "rate"
    prices = (_tr("投标费率（%）"), _tr("评审费率（%）")) if rate else (_tr("报价（元）"), _tr("评审价（元）"))
    return (_tr("投标人"), *prices, _tr("扣除"), _tr("价格分"), _tr("总分"), _tr("排名"), _tr("状态"))


def statuses() -> dict[str, str]:
    """A bid's status in words."""
    return {"valid": _tr("有效"), "invalid": _tr("无效"), "pending": _tr("待审（异常低价）")}

Index = QModelIndex | QPersistentModelIndex


def reason_text(reasons: list[str]) -> str:
    """Why a bid is invalid, in words (reason codes of the result: ``compliance:C2`` …)."""
    return "；".join(reason_words(r) for r in reasons)


def _money(text: str | None, price_mode: str = "amount") -> str:
    if text is None:
        return ""
    return f"{text}%" if price_mode == "rate" else money(Decimal(text))  # the result's rates have 2 places


class ResultModel(HeadedModel):
    """Rows built from a `bideval-result/1` document and the bidders' names."""

    def __init__(self, result: dict[str, Any], names: dict[str, str], parent: Any = None,
                 categories: list[str] | None = None, price_mode: str = "amount") -> None:
        self.categories = list(categories or ())
        base = headers(price_mode)
        super().__init__([*base[:5], *self.categories, *base[5:]], parent)
        self._tips = [reason_text(b["reasons"]) for b in result["bidders"]]
        rows = [
            (
                names.get(b["id"], b["id"]),
                _money(b["price"], price_mode),
                _money(b["evaluated_price"], price_mode),
                f"{(Decimal(b['deduction']) * 100).normalize():f}%" if b["deduction"] != "0.00" else "—",
                b["price_score"] or "—",
                b["total"] or "—",
                str(b["rank"]) if b["rank"] is not None else "—",
                statuses().get(b["status"], b["status"]),
            )
            for b in result["bidders"]
        ]
        self._rows = [
            (*row[:5], *((b["categories"] or {}).get(c) or "—" for c in self.categories), *row[5:])
            for row, b in zip(rows, result["bidders"], strict=True)
        ]

    def count(self) -> int:
        return len(self._rows)

    def take(self, other: ResultModel) -> bool:
        """Show ``other``'s rows in place when it has the same headers and as many rows (a score changed: the same
        bids, other figures); the view keeps its column widths. False (nothing changed) when the shape differs."""
        if other.headers != self.headers or len(other._rows) != len(self._rows):
            return False
        self._rows, self._tips = other._rows, other._tips
        self.changed_all()
        return True

    def text_lengths(self) -> tuple[int, ...]:
        """The longest text of each column, heading included (what its width is made for)."""
        return tuple(max([len(h), *(len(row[c]) for row in self._rows)]) for c, h in enumerate(self.headers))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
