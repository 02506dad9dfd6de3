"""Score editors: one per rule type, each able to produce only a value the factor's rule allows.

Every editor has ``score()`` (the raw value as the exchange file writes it, or :data:`NO_VALUE` while
nothing complete is entered) and ``set_score(raw)``. The values are built from the rule itself
(the allowed grades, 0 … the count that reaches the max, multiples of the step), so an invalid value
cannot be typed; the domain (:func:`app.domain.scoring.parse_value`) still checks what is recorded.

* grades: a combo of the allowed points with the tender's word for each (``4 分（优）``);
* count: a spin box 0 … ⌈max ÷ each⌉ (more items cannot add points) and ``= n × each = points 分``;
* range: a spin box of steps (value = k × step) that shows and accepts the decimal;
* hours: the committed hours (≥ 0) or 未承诺 (``None``), with the points the rule gives;
* items: :class:`ItemsGrid`, one row per sub-item, usable with the keyboard alone.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import model as m
from app.domain.scoring import ValueRejected, as_decimal, parse_value, points, show

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoreEditors", text)


class _NoValue:
    """The editor holds nothing complete yet (an empty field): nothing is recorded."""

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Any = _NoValue()


# -- texts ----------------------------------------------------------------------------------------
def grade_label(value: Decimal, word: str = "") -> str:
    """An allowed grade as a person reads it: ``4 分（优）`` (``4 分`` without the tender's word)."""
    if word:
        return _tr("%1 分（%2）").replace("%1", show(value)).replace("%2", word)
    return _tr("%1 分").replace("%1", show(value))


def _word(values: tuple[Decimal, ...], words: tuple[str, ...], value: Decimal) -> str:
    for i, v in enumerate(values):
        if v == value:
            return words[i] if i < len(words) else ""
    return ""


def score_points(factor: m.Factor, raw: object) -> Decimal | None:
    """The points a raw value earns on the factor (None when the rule refuses it)."""
    try:
        return points(factor, parse_value(factor, raw))
    except ValueRejected:
        return None


def value_text(factor: m.Factor, raw: object, words: tuple[str, ...] = ()) -> str:
    """A recorded value as a person reads it (``4 分（优）``, ``3 项``, ``未承诺`` …)."""
    rule = factor.rule
    try:
        value = parse_value(factor, raw)
    except ValueRejected:
        return show(raw)
    if isinstance(rule, m.GradesRule):
        assert isinstance(value, Decimal)
        return grade_label(value, _word(rule.values, words, value))
    if isinstance(rule, m.CountRule):
        return _tr("%1 项").replace("%1", str(value))
    if isinstance(rule, m.RangeRule):
        assert isinstance(value, Decimal)
        return _tr("%1 分").replace("%1", show(value))
    if isinstance(rule, m.HoursRule):
        if value is None:
            return _tr("未承诺")
        assert isinstance(value, Decimal)
        return _tr("%1 小时").replace("%1", show(value))
    if isinstance(rule, m.ItemsRule):
        assert isinstance(value, tuple)
        return _tr("%1 个子项，合计 %2 分").replace("%1", str(len(value))).replace(
            "%2", show(points(factor, value)))
    return show(raw)  # pragma: no cover - the price factor has no recorded values


# -- grades -----------------------------------------------------------------------------------------
class GradesEditor(QComboBox):
    """The allowed grades, with the tender's words; typing a grade's digit selects it."""

    def __init__(self, factor: m.Factor, words: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert isinstance(factor.rule, m.GradesRule)
        self.factor = factor
        self.values = factor.rule.values
        for i, v in enumerate(self.values):
            self.addItem(grade_label(v, words[i] if i < len(words) else ""), show(v))
        self.setCurrentIndex(-1)

    def score(self) -> object:
        """The chosen grade as a decimal string, or NO_VALUE."""
        i = self.currentIndex()
        return show(self.values[i]) if i >= 0 else NO_VALUE

    def set_score(self, raw: object) -> None:
        """Show a recorded grade (none selected for a value the rule does not know)."""
        value = as_decimal(raw)
        self.setCurrentIndex(next((i for i, v in enumerate(self.values) if value is not None and v == value), -1))


# -- count ------------------------------------------------------------------------------------------
def count_limit(factor: m.Factor) -> int:
    """The count that reaches the factor's max: ⌈max ÷ each⌉ (more items cannot add points)."""
    assert isinstance(factor.rule, m.CountRule)
    if factor.rule.each <= 0:
        return 0
    return int((factor.max / factor.rule.each).to_integral_value(rounding=ROUND_CEILING))


class CountEditor(QWidget):
    """A whole count 0 … ⌈max ÷ each⌉ and what it earns: ``= n × each = points 分``."""

    is_score_editor = True

    def __init__(self, factor: m.Factor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert isinstance(factor.rule, m.CountRule)
        self.factor = factor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        self.spin.setRange(0, count_limit(factor))
        self.spin.setSuffix(_tr(" 项"))
        self.note = QLabel()
        layout.addWidget(self.spin)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._show_points)
        self._show_points(0)

    def _show_points(self, n: int) -> None:
        assert isinstance(self.factor.rule, m.CountRule)
        each = self.factor.rule.each
        gained = score_points(self.factor, n)
        text = _tr("= %1 × %2 = %3 分") if n * each <= self.factor.max else _tr("= %1 × %2，封顶 %3 分")
        self.note.setText(text.replace("%1", str(n)).replace("%2", show(each)).replace("%3", show(gained)))

    def score(self) -> object:
        """The count (an int)."""
        return self.spin.value()

    def set_score(self, raw: object) -> None:
        """Show a recorded count."""
        value = as_decimal(raw)
        self.spin.setValue(int(value) if value is not None and value == value.to_integral_value() else 0)


# -- range ------------------------------------------------------------------------------------------
_NUMBER_TEXT = re.compile(r"\d*\.?\d*")


class RangeEditor(QSpinBox):
    """0 … max in multiples of the step: the spin box counts steps and shows the decimal they make.

    Typing is checked as it goes: a digit that makes the number leave the range or have more
    decimals than the step allows is refused (with step 0.01, ``2.345`` stops at ``2.34``).
    """

    def __init__(self, factor: m.Factor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert isinstance(factor.rule, m.RangeRule)
        self.factor = factor
        self.step = factor.rule.step
        self.places = max(0, -self.step.normalize().as_tuple().exponent)  # type: ignore[operator]
        steps = int((factor.max / self.step).to_integral_value(rounding=ROUND_FLOOR)) if self.step > 0 else 0
        self.setRange(0, steps)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)

    def decimal(self) -> Decimal:
        """The value shown, exactly (k × step)."""
        return self.step * self.value()

    def textFromValue(self, value: int) -> str:
        return show(self.step * value)

    def valueFromText(self, text: str) -> int:
        number = as_decimal(text.strip())
        if number is None or self.step <= 0:
            return self.value()
        return int((number / self.step).to_integral_value(rounding=ROUND_FLOOR))

    def validate(self, text: str, pos: int) -> Any:
        cleaned = text.strip()
        if not cleaned or cleaned == ".":
            return QValidator.State.Intermediate, text, pos
        if not _NUMBER_TEXT.fullmatch(cleaned):
            return QValidator.State.Invalid, text, pos
        try:
            number = Decimal(cleaned if not cleaned.endswith(".") else cleaned + "0")
        except InvalidOperation:
            return QValidator.State.Invalid, text, pos
        if number > self.factor.max:
            return QValidator.State.Invalid, text, pos
        if self.step > 0 and number % self.step == 0:
            return QValidator.State.Acceptable, text, pos
        decimals = len(cleaned.split(".", 1)[1]) if "." in cleaned else 0
        state = QValidator.State.Intermediate if decimals < self.places else QValidator.State.Invalid
        return state, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())

    def score(self) -> object:
        """The value as a decimal string (``"2.35"``)."""
        return show(self.decimal())

    def set_score(self, raw: object) -> None:
        """Show a recorded value (0 for one the rule does not allow)."""
        value = as_decimal(raw)
        if value is None or self.step <= 0 or value % self.step != 0:
            self.setValue(0)
        else:
            self.setValue(int(value / self.step))


# -- hours ------------------------------------------------------------------------------------------
class HoursEditor(QWidget):
    """The committed hours (whole or decimal, ≥ 0) or 未承诺, and the points the rule gives."""

    is_score_editor = True

    def __init__(self, factor: m.Factor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert isinstance(factor.rule, m.HoursRule)
        self.factor = factor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hours = QLineEdit()
        self.hours.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}(\.\d{0,2})?"), self.hours))
        self.hours.setPlaceholderText(_tr("小时"))
        self.none_box = QCheckBox(_tr("未承诺"))
        self.note = QLabel()
        layout.addWidget(self.hours)
        layout.addWidget(self.none_box)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.hours)
        self.hours.textChanged.connect(self._show_points)
        self.none_box.toggled.connect(self._toggled)
        self._show_points()

    def _toggled(self, on: bool) -> None:
        if on and self.hours.hasFocus():
            self.none_box.setFocus()  # a disabled field hands its focus on: keep it inside the editor
        self.hours.setEnabled(not on)
        self._show_points()

    def _show_points(self, *_: object) -> None:
        raw = self.score()
        gained = score_points(self.factor, raw) if raw is not NO_VALUE else None
        self.note.setText("" if gained is None else _tr("得 %1 分").replace("%1", show(gained)))

    def score(self) -> object:
        """The hours as a decimal string, None for 未承诺, NO_VALUE while the field is empty."""
        if self.none_box.isChecked():
            return None
        value = as_decimal(self.hours.text().strip().rstrip("."))
        return NO_VALUE if value is None else show(value)

    def set_score(self, raw: object) -> None:
        """Show recorded hours, or 未承诺 for None."""
        self.none_box.setChecked(raw is None)
        value = as_decimal(raw) if raw is not None else None
        self.hours.setText(show(value) if value is not None else "")


def make_editor(factor: m.Factor, words: tuple[str, ...] = (), parent: QWidget | None = None) -> QWidget:
    """The editor of a grades, count, range or hours factor (items use :class:`ItemsGrid`)."""
    rule = factor.rule
    if isinstance(rule, m.GradesRule):
        return GradesEditor(factor, words, parent)
    if isinstance(rule, m.CountRule):
        return CountEditor(factor, parent)
    if isinstance(rule, m.RangeRule):
        return RangeEditor(factor, parent)
    if isinstance(rule, m.HoursRule):
        return HoursEditor(factor, parent)
    raise ValueError(f"{factor.id}: no single-cell editor for a {rule.type} rule")


# -- items ------------------------------------------------------------------------------------------
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
        word = _word(self.values, self.words, value)
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
        return _tr("子项 %1").replace("%1", str(section + 1))

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
        text = _tr("合计 %1 分（上限 %2 分）· 已评 %3/%4").replace("%1", show(total)).replace(
            "%2", show(self.factor.max)).replace("%3", str(len(done))).replace("%4", str(len(self.model.entries)))
        if total > self.factor.max:
            text += _tr("，超出上限按 %1 分计").replace("%1", show(self.factor.max))
        self.total.setText(text)

    def _changed(self, *_: object) -> None:
        self._show_total()
        if self._loading:
            return
        self.edited.emit()
        value = self.score()
        if value is not NO_VALUE:
            self.completed.emit(value)
