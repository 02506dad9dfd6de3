"""The editor of an items factor: :class:`ItemsGrid`, one row per sub-item graded from the rule's values,
usable with the keyboard alone (a digit picks a grade, Enter moves on); its value is complete only when
every sub-item is graded."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as m
from app.domain.scoring import as_decimal, show
from widgets.i18n import Translator
from widgets.score_values import NO_VALUE, grade_word

Index = QModelIndex | QPersistentModelIndex

_tr = Translator("ScoreEditors")


class ItemsModel(QAbstractTableModel):
    """The sub-items of an items factor: one row each, one column (the grade); None = not set yet."""

    HEADER = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.values: tuple[Decimal, ...] = ()
        self.words: tuple[str, ...] = ()
        self.entries: list[Decimal | None] = []
        self.read_only = False

    def set_rule(self, factor: m.Factor | None, words: tuple[str, ...] = ()) -> None:
        """Show the sub-items of a factor (all unset)."""
        self.beginResetModel()
        rule = factor.rule if factor is not None else None
        if isinstance(rule, m.ItemsRule):
            self.values, self.words, self.entries = rule.values, words, [None] * rule.n
        else:
            self.values, self.words, self.entries = (), (), []
        self.endResetModel()

    def set_entries(self, entries: list[Decimal | None]) -> None:
        """Replace every entry (same count: a dataChanged, not a reset)."""
        if len(entries) != len(self.entries):
            return
        self.entries = list(entries)
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, 0))

    def label(self, value: Decimal) -> str:
        """A grade with the tender's word (``0.8（优）``)."""
        word = grade_word(self.values, self.words, value)
        return f"{show(value)}（{word}）" if word else show(value)

    def grade_of(self, text: str) -> Decimal | None:
        """The allowed grade a text names (``"3"``, ``"3.0"``, ``"3（良）"``), else None."""
        value = as_decimal(text.split("（", 1)[0])
        return next((v for v in self.values if value is not None and v == value), None)

    # -- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr("评分")
        return _tr("子项 %1", section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        value = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if value is None else self.label(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else show(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        grade = self.grade_of(str(value)) if value is not None else None
        if grade is None:
            return False
        if self.entries[index.row()] == grade and str(self.entries[index.row()]) == str(grade):
            return True
        self.entries[index.row()] = grade
        self.dataChanged.emit(index, index)
        return True


class _ItemDelegate(QStyledItemDelegate):
    """A combo of the allowed grades for one sub-item (for the mouse; the keyboard types digits)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        combo = QComboBox(parent)
        assert isinstance(model, ItemsModel)
        for v in model.values:
            combo.addItem(model.label(v), show(v))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        text = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(text)) if text else 0)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ItemsView(QTableView):
    """The sub-items, for the keyboard: arrows move, a typed grade sets the cell and moves down, Enter moves down.

    Grades are matched as typed: ``5`` sets 5 at once when no other grade starts with it; with
    0.8/0.6/…/0, ``8`` (or ``0.8``) sets 0.8, and ``0`` sets 0 (``0.`` goes on typing a decimal).
    """

    RESET_MS = 1200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._clock = QElapsedTimer()

    def _model(self) -> ItemsModel:
        model = self.model()
        assert isinstance(model, ItemsModel)
        return model

    def move_down(self) -> None:
        """Go to the next sub-item (stays on the last)."""
        current = self.currentIndex()
        row = current.row() + 1 if current.isValid() else 0
        if row < self._model().rowCount():
            self.setCurrentIndex(self._model().index(row, 0))
        self._typed = ""

    def type_text(self, char: str) -> bool:
        """Take one typed character of a grade; True when it was used."""
        model = self._model()
        current = self.currentIndex()
        if not current.isValid() or model.read_only or not model.values:
            return False
        if self._clock.isValid() and self._clock.elapsed() > self.RESET_MS:
            self._typed = ""
        self._clock.restart()
        texts = [show(v) for v in model.values]
        typed = self._typed + char
        found = [t for t in texts if t.startswith(typed)]
        if not found:  # a digit after "0.": 8 stands for 0.8
            short = [t for t in texts if t.startswith("0.") and t[2:].startswith(typed)]
            if short:
                typed, found = "0." + typed, short
        if not found and self._typed:  # the previous grade was complete: it stands, the next one starts
            complete = self._typed in texts
            self._typed = ""
            if complete and current.row() + 1 < model.rowCount():
                self.move_down()
            return self.type_text(char)
        if not found:
            return True  # a digit no grade has: swallowed, nothing changes
        self._typed = typed
        exact = [t for t in found if as_decimal(t) == as_decimal(typed.rstrip("."))]
        if exact and typed in texts:
            model.setData(current, typed)
            if len(found) == 1:
                self.move_down()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                event.accept()
                return
            text = event.text()
            if text and (text.isdigit() or text == ".") and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                if self.type_text(text):
                    event.accept()
                    return
        self._typed = ""
        super().keyPressEvent(event)


class ItemsGrid(QWidget):
    """An items factor's sub-items for one bid: the grid, the running sum against the cap.

    Signals:
        edited(): a sub-item was changed by the person (not while a stored value is shown).
        completed(list): every sub-item is set (after each change from then on): the value to record,
            a list of ``n`` decimal strings. Not emitted while a stored value is being shown.
    """

    completed = Signal(list)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factor: m.Factor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.model = ItemsModel(self)
        self.view = ItemsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_ItemDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        self._loading = False
        self.model.dataChanged.connect(self._changed)
        self.model.modelReset.connect(self._show_total)

    def set_factor(self, factor: m.Factor | None, words: tuple[str, ...] = ()) -> None:
        """Show the sub-items of an items factor (all unset)."""
        self.factor = factor
        self._loading = True
        self.model.set_rule(factor, words)
        self._loading = False
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_total()

    def set_read_only(self, on: bool) -> None:
        """Show without allowing changes (a joint score on a member's sheet, an invalid bid)."""
        self.model.read_only = on
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if on else
                                  QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)

    def set_score(self, raw: object) -> None:
        """Show a recorded value (a list of grades), or all unset for None / a value the rule refuses."""
        n = self.model.rowCount()
        entries: list[Decimal | None] = [None] * n
        if isinstance(raw, list | tuple) and len(raw) == n:
            entries = [self.model.grade_of(str(x)) for x in raw]
        self.set_entries(entries)

    def set_entries(self, entries: list[Decimal | None]) -> None:
        """Show these entries (None: unset) without emitting ``completed``."""
        self._loading = True
        self.model.set_entries(entries)
        self._loading = False
        self._show_total()

    def entries(self) -> list[Decimal | None]:
        """The entries as they stand (None: unset)."""
        return list(self.model.entries)

    def score(self) -> object:
        """The value (a list of decimal strings) when every sub-item is set, else NO_VALUE."""
        if not self.model.entries or any(e is None for e in self.model.entries):
            return NO_VALUE
        return [show(e) for e in self.model.entries if e is not None]

    def _show_total(self) -> None:
        if self.factor is None or not self.model.entries:
            self.total.clear()
            return
        done = [e for e in self.model.entries if e is not None]
        total = sum(done, Decimal(0))
        text = _tr("合计 %1 分（上限 %2 分）· 已评 %3/%4", show(total), show(self.factor.max), len(done),
                   len(self.model.entries))
        if total > self.factor.max:
            text += _tr("，超出上限按 %1 分计", show(self.factor.max))
        self.total.setText(text)

    def _changed(self, *_: object) -> None:
        self._show_total()
        if self._loading:
            return
        self.edited.emit()
        value = self.score()
        if value is not NO_VALUE:
            self.completed.emit(value)
