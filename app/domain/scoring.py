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
from app.domain.problems import Refused


class ValueRejected(Refused):
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


#: The largest magnitude any number of a tender may have (10^15: money is below 10^12 yuan) and the most
#: places after the point: past these a value is refused where it is read, never computed with
#: (a huge exponent would overflow the decimal context, a huge mantissa take seconds to print).
MAX_WHOLE_DIGITS = 15
MAX_PLACES = 22
#: How much of a bad value a message quotes.
EXCERPT = 40


_RANGE_MEMO: dict[str, bool] = {}


def in_range(value: Decimal) -> bool:
    """Whether a finite decimal is small enough to compute with (see :data:`MAX_WHOLE_DIGITS`).

    Remembered by the value's exact text (``1`` and ``1.000…`` are equal decimals but not equally long):
    a file repeats a handful of values ("0.8", "3") tens of thousands of times.
    """
    key = str(value)
    known = _RANGE_MEMO.get(key)
    if known is not None:
        return known
    if not value.is_finite():
        result = False
    elif not value:
        result = len(key) <= MAX_WHOLE_DIGITS + MAX_PLACES + 8
    else:
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        result = value.adjusted() < MAX_WHOLE_DIGITS and exponent >= -MAX_PLACES and \
            len(digits) <= MAX_WHOLE_DIGITS + MAX_PLACES
    if len(_RANGE_MEMO) < 4096:
        _RANGE_MEMO[key] = result
    return result


def as_decimal(raw: object) -> Decimal | None:
    """A JSON-like number (int, Decimal, numeric string) as an exact finite Decimal in range, else None."""
    if isinstance(raw, str):
        if len(raw) > 64:
            return None
        value = _decimal_from_text(raw)
    elif isinstance(raw, bool):
        return None
    elif isinstance(raw, int):
        if raw.bit_length() > 64:
            return None
        value = Decimal(raw)
    elif isinstance(raw, Decimal):
        value = raw
    else:
        return None
    return value if value is not None and in_range(value) else None


def show(value: object, depth: int = 0) -> str:
    """A value as a person reads it in a message (no quotes, no exponent), never longer than a short excerpt."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        if not in_range(value):
            text = str(value)
            return text if len(text) <= EXCERPT else f"{text[:20]}… ({len(value.as_tuple().digits)} digits)"
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 64 else f"a number of about {value.bit_length() * 3 // 10} digits"
    if isinstance(value, list | tuple):
        if depth >= 2:
            return "[…]"
        shown = [show(v, depth + 1) for v in value[:5]]
        return "[" + ", ".join(shown) + (f", … ({len(value)} in all)" if len(value) > 5 else "") + "]"
    if value is None:
        return "null"
    return excerpt(str(value))


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """A text as a message quotes it: at most ``limit`` characters, control characters escaped."""
    cut = text if len(text) <= limit else text[: limit - 3]
    if not cut.isprintable():
        cut = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in cut)
    return cut if len(text) <= limit else cut + "..."


def _allowed(values: tuple[Decimal, ...]) -> str:
    return ", ".join(show(v) for v in values)


@lru_cache(maxsize=1024)
def _grade_map(values: tuple[Decimal, ...]) -> dict[Decimal, Decimal]:
    # Equal decimals hash alike ("3.0" finds 3), so one lookup replaces a scan of the grades.
    return {v: v for v in values}


@lru_cache(maxsize=1024)
def _item_grades(values: tuple[Decimal, ...]) -> dict[object, Decimal]:
    # The grade of an item as written, by its exact text or whole number (a 45-item factor repeats "0.6" tens
    # of thousands of times); filled as items are accepted, so it holds only allowed grades. A Decimal is never
    # a key: 1 and 1.000… (too many places to accept) are equal keys.
    return {}


def _grade(raw: object, values: tuple[Decimal, ...], fid: str) -> Decimal:
    value = as_decimal(raw)
    if value is None:
        raise ValueRejected("scoring.grade_not_number", "%1 is not a number; an allowed grade of %2 (%3)", show(raw),
                            fid, _allowed(values))
    allowed = _grade_map(values).get(value)
    if allowed is None:
        raise ValueRejected("scoring.not_allowed_grade", "%1 is not an allowed grade of %2 (%3)", show(raw), fid,
                            _allowed(values))
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
        raise ValueRejected("scoring.price_factor_score_computed",
                            "%1 is the price factor: its score is computed, not entered", fid)
    if isinstance(rule, GradesRule):
        return _grade(raw, rule.values, fid)
    if isinstance(rule, CountRule):
        value = as_decimal(raw)
        if value is None or value != value.to_integral_value() or value < 0:
            raise ValueRejected("scoring.not_whole_count", "%1 is not a whole count of %2 (0, 1, 2, …)", show(raw), fid)
        return int(value)
    if isinstance(rule, RangeRule):
        value = as_decimal(raw)
        if value is None:
            raise ValueRejected("scoring.not_number_range",
                                "%1 is not a number in the range of %2 (0 to %3)", show(raw), fid, show(factor.max))
        if value < 0 or value > factor.max:
            raise ValueRejected("scoring.outside_range",
                                "%1 is outside the range of %2 (0 to %3)", show(raw), fid, show(factor.max))
        if value % rule.step != 0:
            raise ValueRejected("scoring.not_multiple_step",
                                "%1 is not a multiple of the step %2 of %3", show(raw), show(rule.step), fid)
        return value
    if isinstance(rule, ItemsRule):
        if not isinstance(raw, list | tuple):
            raise ValueRejected("scoring.takes_list_sub_item",
                                "%1 takes a list of %2 sub-item grades, not %3", fid, rule.n, show(raw))
        if len(raw) != rule.n:
            raise ValueRejected("scoring.takes_sub_item_grades",
                                "%1 takes %2 sub-item grades, not %3", fid, rule.n, len(raw))
        allowed = _grade_map(rule.values)
        known = _item_grades(rule.values)
        grades = []
        for i, item in enumerate(raw):
            kind = type(item)
            grade = known.get(item) if kind is str or kind is int else None  # never a bool (True == 1)
            if grade is None:
                value = as_decimal(item)
                grade = allowed.get(value) if value is not None else None
                if grade is None:
                    if value is None:
                        raise ValueRejected("scoring.item_not_number", "item %1: %2 is not a number; an allowed "
                                            "grade of %3 (%4)", i + 1, show(item), fid, _allowed(rule.values))
                    raise ValueRejected("scoring.item_not_allowed_grade", "item %1: %2 is not an allowed grade of "
                                        "%3 (%4)", i + 1, show(item), fid, _allowed(rule.values))
                if (kind is str or kind is int) and len(known) < 64:
                    known[item] = grade
            grades.append(grade)
        return tuple(grades)
    if isinstance(rule, HoursRule):
        if raw is None:
            return None
        value = as_decimal(raw)
        if value is None or value < 0:
            raise ValueRejected("scoring.not_number_hours_null",
                                "%1 is not a number of hours ≥ 0 (or null) for %2", show(raw), fid)
        return value
    raise AssertionError(f"unknown rule {rule!r}")  # pragma: no cover - the model has no other rules


def capped(factor: Factor, value: ScoreValue) -> bool:
    """Whether a checked count earns more than the factor's maximum, so that its points stop there."""
    return isinstance(factor.rule, CountRule) and isinstance(value, int) and \
        exact_mul(Decimal(value), factor.rule.each) > factor.max


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
        return min(exact_sum(value), factor.max)
    if isinstance(rule, HoursRule):
        if value is None:
            return Decimal(0)
        assert isinstance(value, Decimal)
        below = (rule.baseline - value).to_integral_value(rounding="ROUND_FLOOR")
        if below <= 0:
            return Decimal(0)
        return min(exact_mul(below, rule.each), factor.max)
    raise ValueRejected("scoring.price_factor_score_computed",
                        "%1 is the price factor: its score is computed, not entered", factor.id)
