"""独立评分: one member's score sheet (or the committee's joint objective scores), factor by factor.

The page reads and writes through a :class:`SheetSource`: the open project, an expert's package, a room seat.
It shows only the chosen member's own scores and the joint objective ones, never another member's; blind
(暗标) factors list the bids under their codes, sorted, until every member has submitted.

Speed: a change recomputes one snapshot of the scores (an index and the progress counts) and
updates the models in place (``dataChanged``; a reset only when the rows themselves change).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import extras
from app.domain import model as m
from app.domain.scoring import show
from widgets import score_editors as se
from widgets.i18n import Translator
from widgets.pages.keyboard_guard import KeyboardGuard
from widgets.pages.matrix import describe_rule
from widgets.pages.scoring_dialogs import CorrectionDialog, EvidenceDialog
from widgets.pages.sheet_data import BidStatuses, SheetData, SheetRow, bid_statuses, same_value, sheet_rows
from widgets.pages.sheet_models import SCORE, FactorModel, FactorView, SheetModel, SheetView
from widgets.pages.sheet_source import ProjectSheetSource, SheetSource

Index = QModelIndex | QPersistentModelIndex


_tr = Translator("ScoringPage")


# -- the page ---------------------------------------------------------------------------------------
class ScoringPage(QWidget):
    """独立评分: a member's sheet (or the joint objective sheet): factors on the left, the bids on the right.

    Public: ``member_box``, ``member`` (None: the joint sheet), ``set_member``, ``factor``, ``select_factor``,
    ``factor_view``/``factor_model``, ``table``/``sheet_model``, ``select_bidder``, ``record``, ``submit``,
    ``open_evidence``, ``items_grid``, ``progress``, ``lock_label``, ``message``, ``dialog``, ``refresh``,
    ``locked``, ``sealed``.
    """

    def __init__(self, source: SheetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.dialog: QDialog | None = None
        self._member_ids: list[str | None] = []
        self._data: SheetData | None = None
        self._statuses = BidStatuses()
        self._fid: str | None = None
        self._bidder: str | None = None
        self._drafts: dict[tuple[str | None, str, str], list[Any]] = {}
        self._busy = False
        self._dirty = False
        self._sealed = False

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("独立评分") + "</h3>"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("评委")))
        self.member_box = QComboBox()
        self.member_box.setMinimumWidth(220)
        bar.addWidget(self.member_box)
        self.submit_button = QPushButton(_tr("提交评分"))
        bar.addWidget(self.submit_button)
        self.lock_label = QLabel(_tr("已提交，修改需说明理由及第六十四条类别"))
        self.lock_label.setStyleSheet("color: #b00020")
        bar.addWidget(self.lock_label)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.guard = KeyboardGuard(source, self)  # who is at the keyboard (a member's PIN, on the desk)
        layout.addWidget(self.guard)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.factor_model = FactorModel(self)
        self.factor_view = FactorView(self.factor_model)
        split.addWidget(self.factor_view)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.standard = QLabel()
        self.standard.setWordWrap(True)
        self.standard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rlay.addWidget(self.standard)
        self.sheet_model = SheetModel(self, self.record)
        self.table = SheetView(self.sheet_model)
        self.delegate = self.table.delegate
        rlay.addWidget(self.table, 2)
        ebar = QHBoxLayout()
        self.evidence_button = QPushButton(_tr("依据…"))
        ebar.addWidget(self.evidence_button)
        ebar.addStretch(1)
        rlay.addLayout(ebar)
        self.items_grid = se.ItemsGrid()
        rlay.addWidget(self.items_grid, 3)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.member_box.currentIndexChanged.connect(self._member_changed)
        self.factor_view.selectionModel().currentRowChanged.connect(self._factor_row_changed)
        self.table.selectionModel().currentRowChanged.connect(self._bidder_row_changed)
        self.sheet_model.modelReset.connect(self._rows_reset)
        self.submit_button.clicked.connect(self.submit)
        self.evidence_button.clicked.connect(self.open_evidence)
        self.items_grid.completed.connect(self._items_completed)
        self.items_grid.edited.connect(self._items_edited)
        self.guard.opened.connect(self._fill_rows)
        source.changed.connect(self._on_changed)
        refused = getattr(source, "refused", None)
        if refused is not None:
            refused.connect(self._show_refusal)
        self.refresh()

    # -- what is open ------------------------------------------------------------------------------
    @property
    def member(self) -> str | None:
        """Whose sheet is open (None: the committee's joint objective scores)."""
        i = self.member_box.currentIndex()
        return self._member_ids[i] if 0 <= i < len(self._member_ids) else None

    @property
    def factor(self) -> m.Factor | None:
        """The selected factor."""
        return self._data.by_id.get(self._fid) if self._data is not None and self._fid else None

    def data_snapshot(self) -> SheetData | None:
        """The scores as last read (see :class:`SheetData`)."""
        return self._data

    def set_member(self, member: str | None) -> bool:
        """Open a member's sheet (None: the joint sheet); False when it cannot be opened here."""
        if member not in self._member_ids:
            return False
        self.member_box.setCurrentIndex(self._member_ids.index(member))
        return True

    def select_factor(self, fid: str) -> bool:
        """Select a factor of the open sheet; False when it is not listed."""
        row = self.factor_model.row_of(fid)
        if row < 0:
            return False
        self.factor_view.setCurrentIndex(self.factor_model.index(row, 1))
        self._set_factor(fid)
        return True

    def select_bidder(self, bidder: str) -> bool:
        """Select a bid's row (its 评分 cell)."""
        row = self.sheet_model.row_of(bidder)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.sheet_model.index(row, SCORE))
        self._set_bidder(bidder)
        return True

    def current_row(self) -> SheetRow | None:
        """The selected bid's row."""
        row = self.sheet_model.row_of(self._bidder) if self._bidder else -1
        return self.sheet_model.row_at(row)

    def locked(self) -> bool:
        """Whether the open sheet is submitted (a joint score is on every sheet: locked once anyone submitted)."""
        member = self.member
        if member is None:
            return any(self.source.submitted(x) for x in self.source.members())
        return self.source.submitted(member)

    def sealed(self) -> bool:
        """Whether the selected factor is blind and not every member has submitted (codes, not names)."""
        return self._sealed

    # -- reading -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, parts: tuple[str, ...] = ()) -> None:
        if self.isVisible() or self._busy:
            self.refresh(tuple(parts))
        else:
            self._dirty = True

    def _cells(self) -> dict[str, list[str]] | None:
        """The source's own sheet (a package's cells), or None: every bid not invalid."""
        cells = getattr(self.source, "cells", None)
        return cells() if callable(cells) else None

    def _bid_statuses(self, ev: m.Evaluation) -> dict[str, str]:
        cells = self._cells()
        if cells is not None:  # the package says which bids (and codes) the sheet holds
            return {bid: "valid" for bids in cells.values() for bid in bids}
        return self._statuses(ev)

    def refresh(self, parts: tuple[str, ...] = ()) -> None:
        """Read the evaluation again and update every view (a setup change rebuilds the lists)."""
        self._dirty = False
        full = not parts or any(p != "records" for p in parts)
        ev = self.source.ev()
        if full:
            self._fill_members(ev)
        if self._data is None:
            self._data = SheetData(ev, self._bid_statuses(ev), self._cells())
        else:
            self._data.update(ev, self._bid_statuses(ev), getattr(self.source, "score_changes", None))
        self._fill_factors()
        self._fill_rows()
        self._show_state()

    def _fill_members(self, ev: m.Evaluation) -> None:
        names = {x.id: x.name for x in ev.members}
        ids: list[str | None] = [x for x in self.source.members() if x in names]
        if getattr(self.source, "joint", True) and any(f.objective and not f.is_price for f in ev.factors):
            ids.append(None)
        current = self.member if self._member_ids else (ids[0] if ids else None)
        self.member_box.blockSignals(True)
        self.member_box.clear()
        for x in ids:
            self.member_box.addItem(names[x] if x is not None else _tr("评标委员会（客观分联合认定）"))
        self._member_ids = ids
        self.member_box.setCurrentIndex(ids.index(current) if current in ids else (0 if ids else -1))
        self.member_box.blockSignals(False)
        self.guard.follow(self.member, self.member_box.currentText())

    def _member_changed(self, _index: int) -> None:
        self.message.clear()
        self.guard.follow(self.member, self.member_box.currentText())
        self._fill_factors()
        self._fill_rows()
        self._show_state()

    def _fill_factors(self) -> None:
        data = self._data
        if data is None:
            return
        member = self.member
        factors = [f for f in data.factors if member is not None or f.objective]
        self.factor_model.set_factors(factors, data, member)
        fid = self._fid if self._fid is not None and self.factor_model.row_of(self._fid) >= 0 else (
            factors[0].id if factors else None)
        if fid is not None:
            row = self.factor_model.row_of(fid)
            if self.factor_view.currentIndex().row() != row:
                self.factor_view.setCurrentIndex(self.factor_model.index(row, 1))
        self._fid = fid

    def _factor_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and 0 <= current.row() < len(self.factor_model.factors):
            self._set_factor(self.factor_model.factors[current.row()].id)

    def _set_factor(self, fid: str) -> None:
        if fid == self._fid and self.sheet_model.factor is not None and self.sheet_model.factor.id == fid:
            return
        self._fid = fid
        self._fill_rows()

    def _rows(self, data: SheetData, factor: m.Factor) -> list[SheetRow]:
        if not self.guard.allows(self.member):
            return []  # the sheet stays closed until its member types the PIN
        self._sealed = factor.blind and not self.source.all_submitted()
        return sheet_rows(data, factor, self.member, self.source.codes() if self._sealed else None, self._cells())

    def _fill_rows(self) -> None:
        data, factor = self._data, self.factor
        if data is None or factor is None:
            self._sealed = False
            self.sheet_model.set_rows(None, (), [])
            self.standard.clear()
            self._show_items()
            return
        words = extras.grade_words(data.ev, factor.id)
        self.sheet_model.set_rows(factor, words, self._rows(data, factor))
        self._show_standard(data.ev, factor, words)
        if self._bidder is None or self.sheet_model.row_of(self._bidder) < 0:
            first = next((r.bidder for r in self.sheet_model.rows if r.editable), None)
            if first is not None:
                self.select_bidder(first)
            else:
                self._bidder = None
        self._show_items()
        self._show_actions()

    def _rows_reset(self) -> None:
        if self._bidder is not None and self.sheet_model.row_of(self._bidder) >= 0:
            self.table.setCurrentIndex(self.sheet_model.index(self.sheet_model.row_of(self._bidder), SCORE))

    def _bidder_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.sheet_model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            self._set_bidder(row.bidder)

    def _set_bidder(self, bidder: str) -> None:
        if bidder == self._bidder:
            return
        self._bidder = bidder
        self._show_items()
        self._show_actions()

    def _show_standard(self, ev: m.Evaluation, factor: m.Factor, words: tuple[str, ...]) -> None:
        head = _tr("%1 %2（满分 %3 分）", factor.id, factor.name, show(factor.max))
        if factor.objective:
            head += _tr(" · 客观评审因素")
        if factor.blind:
            head += _tr(" · 暗标")
        lines = [head]
        text = extras.factor_text(ev, factor.id)
        if text:
            lines.append(text)
        lines.append(_tr("评分办法：%1", describe_rule(factor, words)))
        self.standard.setText("\n".join(lines))

    def _show_items(self) -> None:
        factor, grid = self.factor, self.items_grid
        if factor is None or not isinstance(factor.rule, m.ItemsRule):
            grid.hide()
            grid.set_factor(None)
            return
        if grid.factor != factor:
            grid.set_factor(factor, self.sheet_model.words)
        row = self.current_row()
        grid.show()
        if row is None:
            grid.title.setText(_tr("子项评分"))
            grid.set_score(None)
            grid.set_read_only(True)
            return
        grid.title.setText(_tr("子项评分：%1", row.label))
        grid.set_read_only(not row.editable)
        draft = self._drafts.get((self.member, row.bidder, factor.id))
        if draft is not None and row.editable:
            grid.set_entries(draft)
        else:
            grid.set_score(row.raw if row.has_value else None)

    def _show_state(self) -> None:
        data = self._data
        if data is None:
            return
        names = {x.id: x.name for x in data.ev.members}
        lines = []
        for x in self.source.members():
            done, total = data.member_done(x)
            state = _tr("已提交") if self.source.submitted(x) else _tr("未提交")
            lines.append(_tr("%1 已评 %2/%3 · %4", names.get(x, x), done, total, state))
        self.progress.setText("\n".join(lines))
        member = self.member
        locked = self.locked()
        self.lock_label.setVisible(locked)
        self.submit_button.setVisible(member is not None)
        self.submit_button.setEnabled(member is not None and not self.source.submitted(member))
        self._show_actions()

    def _show_actions(self) -> None:
        row = self.current_row()
        factor = self.factor
        self.evidence_button.setVisible(getattr(self.source, "evidence", True) and factor is not None
                                        and isinstance(factor.rule, m.CountRule))
        self.evidence_button.setEnabled(row is not None and row.editable)

    # -- writing -----------------------------------------------------------------------------------
    def _show_refusal(self, text: str) -> None:
        if self._busy:
            self.message.setText(text)

    def _write(self, call: Callable[[], bool]) -> bool:
        self._busy = True
        try:
            done = call()
        finally:
            self._busy = False
        if done:
            self.message.clear()
        return done

    def record(self, bidder: str, raw: object) -> bool:
        """Record a score of the selected factor on the open sheet.

        Unchanged values record nothing. On a submitted sheet the correction dialog (``dialog``) asks
        for the reason and Art.64 category first; False then (the dialog records it when accepted).
        """
        factor, member = self.factor, self.member
        if factor is None:
            return False
        row = self.sheet_model.row_at(self.sheet_model.row_of(bidder))
        if row is None or not row.editable:
            return False
        if not self.guard.allows(member):
            return False
        if row.has_value and same_value(factor, row.raw, raw):
            return True
        if self.locked():
            self._ask_reason(member, row, factor, raw)
            return False
        return self._write(lambda: self.source.record(member, bidder, factor.id, raw))

    def _ask_reason(self, member: str | None, row: SheetRow, factor: m.Factor, raw: object) -> None:
        what = _tr("该评分表已提交。将 %1 的“%2”评分改为 %3，需说明理由及第六十四条类别。", row.label,
                   f"{factor.id} {factor.name}", se.value_text(factor, raw, self.sheet_model.words))
        dialog = CorrectionDialog(what, self)
        self.dialog = dialog

        def accepted() -> None:
            self._write(lambda: self.source.record(member, row.bidder, factor.id, raw, dialog.reason(),
                                                   dialog.category()))

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._fill_rows())
        dialog.open()

    def submit(self) -> bool:
        """Submit the open member's sheet (refused, with the missing scores named, while any is missing)."""
        member = self.member
        if member is None:
            return False
        return self._write(lambda: self.source.submit(member))

    def open_evidence(self) -> bool:
        """Open the evidence dialog (``dialog``) of the selected bid on a count factor."""
        factor, row, member = self.factor, self.current_row(), self.member
        if factor is None or not isinstance(factor.rule, m.CountRule) or row is None or not row.editable:
            return False
        what = f"{row.label} · {factor.id} {factor.name}"
        dialog = EvidenceDialog(what, row.evidence, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_evidence(member, row.bidder, factor, dialog))
        dialog.open()
        return True

    def _save_evidence(self, member: str | None, bidder: str, factor: m.Factor, dialog: EvidenceDialog) -> None:
        lines = dialog.lines()
        if not self._write(lambda: self.source.set_evidence(member, bidder, factor.id, lines)):
            return
        if dialog.by_lines.isChecked() and lines and self.member == member and self._fid == factor.id:
            self.record(bidder, len(lines))

    def _items_edited(self) -> None:
        factor, row = self.factor, self.current_row()
        if factor is not None and row is not None:
            key = (self.member, row.bidder, factor.id)
            if self.items_grid.score() is se.NO_VALUE:
                self._drafts[key] = self.items_grid.entries()
            else:
                self._drafts.pop(key, None)

    def _items_completed(self, value: list[str]) -> None:
        row = self.current_row()
        if row is None:
            return
        self.record(row.bidder, value)
        if not (isinstance(self.dialog, CorrectionDialog) and self.dialog.isVisible()):
            self._show_items()  # what is stored: the new value, or the old one after a refusal


__all__ = [
    "SCORE",
    "CorrectionDialog",
    "EvidenceDialog",
    "ProjectSheetSource",
    "ScoringPage",
    "SheetData",
    "SheetSource",
    "bid_statuses",
]
