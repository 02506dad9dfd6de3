"""Score editors: one per rule type, each able to produce only a value the factor's rule allows.

Every editor has ``score()`` (the raw value as the exchange file writes it, or :data:`NO_VALUE` while
nothing complete is entered) and ``set_score(raw)``. The values are built from the rule itself
(the allowed grades, 0 … the count that reaches the max, multiples of the step), so an invalid value
cannot be typed; the domain (:func:`app.domain.scoring.parse_value`) still checks what is recorded.

* grades: a combo of the allowed points with the tender's word for each (``4 分（优）``);
* count: a spin box 0 … ⌈max ÷ each⌉ (more items cannot add points) and ``= n × each = points 分``;
* range: a spin box of steps (value = k × step) that shows and accepts the decimal;
* hours: the committed hours (≥ 0) or 未承诺 (``None``), with the points the rule gives;
* items: :class:`~widgets.items_grid.ItemsGrid`, one row per sub-item, usable with the keyboard alone.

What a value reads as (:func:`value_text`, :data:`NO_VALUE` …) is :mod:`widgets.score_values`; both are
named here too, so a page imports its editors from one place.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain import model as m
from app.domain.scoring import as_decimal, show
from widgets.i18n import Translator, fill
from widgets.items_grid import ItemsGrid, ItemsModel, ItemsView
from widgets.score_values import NO_VALUE, grade_label, grade_word, score_points, value_text

_tr = Translator("ScoreEditors")


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
        self.note.setText(fill(text, n, show(each), show(gained)))

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
        self.note.setText("" if gained is None else _tr("得 %1 分", show(gained)))

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


__all__ = [
    "NO_VALUE",
    "CountEditor",
    "GradesEditor",
    "HoursEditor",
    "ItemsGrid",
    "ItemsModel",
    "ItemsView",
    "RangeEditor",
    "count_limit",
    "grade_label",
    "grade_word",
    "make_editor",
    "score_points",
    "value_text",
]
