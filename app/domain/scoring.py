"""Scoring rules: which values a factor accepts, and the points a value earns.

A value's form depends on the rule type (exchange-format.md, `factors`): a whole count, a grade,
a number in a range, a list of sub-item grades, or committed hours. ``parse_value`` refuses
anything else with a message naming the factor and what it allows, so no editor, command or file
can store a score the tender forbids.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from app.domain.model import (
    CountRule,
    Factor,
    GradesRule,
    HoursRule,
    ItemsRule,
    PriceRule,
    RangeRule,
    ScoreValue,
)
from app.domain.numbers import exact_mul, exact_sum


class ValueRejected(ValueError):
    """A score value the factor's rule does not allow; the message says why."""


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


@lru_cache(maxsize=4096)
def _decimal_from_text(text: str) -> Decimal | None:
    # Scores repeat a handful of strings ("0.8", "3") tens of thousands of times: parse each once.
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return None


def as_decimal(raw: object) -> Decimal | None:
    """A JSON-like number (int, Decimal, numeric string) as an exact finite Decimal, else None."""
    if isinstance(raw, str):
        return _decimal_from_text(raw)
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    return None


def show(value: object) -> str:
    """A value as a person reads it in a message (no quotes, no exponent)."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, list | tuple):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if value is None:
        return "null"
    return str(value)


def _allowed(values: tuple[Decimal, ...]) -> str:
    return ", ".join(show(v) for v in values)


@lru_cache(maxsize=1024)
def _grade_map(values: tuple[Decimal, ...]) -> dict[Decimal, Decimal]:
    # Equal decimals hash alike ("3.0" finds 3), so one lookup replaces a scan of the grades.
    return {v: v for v in values}


def _grade(raw: object, values: tuple[Decimal, ...], what: str) -> Decimal:
    value = as_decimal(raw)
    if value is None:
        raise ValueRejected(f"{show(raw)} is not a number; {what} ({_allowed(values)})")
    allowed = _grade_map(values).get(value)
    if allowed is None:
        raise ValueRejected(f"{show(raw)} is not {what} ({_allowed(values)})")
    return allowed


def parse_value(factor: Factor, raw: object) -> ScoreValue:
    """Check a raw score value against the factor's rule and return it in its canonical form.

    Args:
        factor: the factor scored.
        raw: the value as read (int, Decimal, numeric string, list, or None for hours).

    Returns:
        ``int`` for count, ``Decimal`` for grades and range, a tuple of ``Decimal`` for items,
        ``Decimal`` or ``None`` for hours.

    Raises:
        ValueRejected: the value is not allowed; the message names the factor and the rule.
    """
    rule = factor.rule
    fid = factor.id
    if isinstance(rule, PriceRule):
        raise ValueRejected(f"{fid} is the price factor: its score is computed, not entered")
    if isinstance(rule, GradesRule):
        return _grade(raw, rule.values, f"an allowed grade of {fid}")
    if isinstance(rule, CountRule):
        value = as_decimal(raw)
        if value is None or value != value.to_integral_value() or value < 0:
            raise ValueRejected(f"{show(raw)} is not a whole count of {fid} (0, 1, 2, …)")
        return int(value)
    if isinstance(rule, RangeRule):
        value = as_decimal(raw)
        if value is None:
            raise ValueRejected(f"{show(raw)} is not a number in the range of {fid} (0 to {show(factor.max)})")
        if value < 0 or value > factor.max:
            raise ValueRejected(f"{show(raw)} is outside the range of {fid} (0 to {show(factor.max)})")
        if value % rule.step != 0:
            raise ValueRejected(f"{show(raw)} is not a multiple of the step {show(rule.step)} of {fid}")
        return value
    if isinstance(rule, ItemsRule):
        if not isinstance(raw, list | tuple):
            raise ValueRejected(f"{fid} takes a list of {rule.n} sub-item grades, not {show(raw)}")
        if len(raw) != rule.n:
            raise ValueRejected(f"{fid} takes {rule.n} sub-item grades, not {len(raw)}")
        allowed = _grade_map(rule.values)
        grades = []
        for i, item in enumerate(raw):
            value = as_decimal(item)
            grade = allowed.get(value) if value is not None else None
            if grade is None:
                try:
                    _grade(item, rule.values, f"an allowed grade of {fid}")
                except ValueRejected as exc:
                    raise ValueRejected(f"item {i + 1}: {exc}") from None
            grades.append(grade)
        return tuple(grades)  # type: ignore[arg-type]
    if isinstance(rule, HoursRule):
        if raw is None:
            return None
        value = as_decimal(raw)
        if value is None or value < 0:
            raise ValueRejected(f"{show(raw)} is not a number of hours ≥ 0 (or null) for {fid}")
        return value
    raise AssertionError(f"unknown rule {rule!r}")  # pragma: no cover - the model has no other rules


def points(factor: Factor, value: ScoreValue) -> Decimal:
    """The points a checked value earns on the factor (before averaging; exact).

    Args:
        factor: the factor scored.
        value: a value returned by :func:`parse_value` for this factor.

    Returns:
        The points, between 0 and the factor's max.
    """
    rule = factor.rule
    if isinstance(rule, CountRule):
        assert isinstance(value, int)
        return min(exact_mul(Decimal(value), rule.each), factor.max)
    if isinstance(rule, GradesRule | RangeRule):
        assert isinstance(value, Decimal)
        return value
    if isinstance(rule, ItemsRule):
        assert isinstance(value, tuple)
        return min(exact_sum(list(value)), factor.max)
    if isinstance(rule, HoursRule):
        if value is None:
            return Decimal(0)
        assert isinstance(value, Decimal)
        below = (rule.baseline - value).to_integral_value(rounding="ROUND_FLOOR")
        if below <= 0:
            return Decimal(0)
        return min(exact_mul(below, rule.each), factor.max)
    raise ValueRejected(f"{factor.id} is the price factor: its score is computed, not entered")
