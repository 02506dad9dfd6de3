"""A score's value as the window shows it: :data:`NO_VALUE` (nothing complete entered), a grade's label,
the points a raw value earns, a recorded value in words (``4 分（优）``, ``3 项``, ``未承诺`` …)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain import model as m
from app.domain.scoring import ValueRejected, parse_value, points, show
from app.domain.scoring import capped as is_capped
from widgets.i18n import Translator

_tr = Translator("ScoreEditors")


class _NoValue:
    """The editor holds nothing complete yet (an empty field): nothing is recorded."""

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Any = _NoValue()


def grade_label(value: Decimal, word: str = "") -> str:
    """An allowed grade as a person reads it: ``4 分（优）`` (``4 分`` without the tender's word)."""
    if word:
        return _tr("%1 分（%2）", show(value), word)
    return _tr("%1 分", show(value))


def grade_word(values: tuple[Decimal, ...], words: tuple[str, ...], value: Decimal) -> str:
    """The tender's word for an allowed grade (its place in ``values``), or ``""``."""
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


def capped(factor: m.Factor, raw: object) -> bool:
    """Whether a raw count earns more than the factor's maximum (the domain's :func:`~app.domain.scoring.capped`)."""
    try:
        return is_capped(factor, parse_value(factor, raw))
    except ValueRejected:
        return False


def value_text(factor: m.Factor, raw: object, words: tuple[str, ...] = ()) -> str:
    """A recorded value as a person reads it (``4 分（优）``, ``3 项``, ``未承诺`` …)."""
    rule = factor.rule
    try:
        value = parse_value(factor, raw)
    except ValueRejected:
        return show(raw)
    if isinstance(rule, m.GradesRule):
        assert isinstance(value, Decimal)
        return grade_label(value, grade_word(rule.values, words, value))
    if isinstance(rule, m.CountRule):
        assert isinstance(value, int)
        return _tr.plural("%n 项", value)
    if isinstance(rule, m.RangeRule):
        assert isinstance(value, Decimal)
        return _tr("%1 分", show(value))
    if isinstance(rule, m.HoursRule):
        if value is None:
            return _tr("未承诺")
        assert isinstance(value, Decimal)
        return _tr("%1 小时", show(value))
    if isinstance(rule, m.ItemsRule):
        assert isinstance(value, tuple)
        return _tr("%1 个子项，合计 %2 分", len(value), show(points(factor, value)))
    return show(raw)  # pragma: no cover - the price factor has no recorded values
