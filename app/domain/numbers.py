"""Exact decimal helpers: half-up rounding (四舍五入) and the string forms the outputs use.

Scores and amounts are ``Decimal``; quotients (means, price scores) are kept as exact ``Fraction``
until the one rounding the tender prescribes, so no intermediate precision limit can move a
value across a .xx5 boundary.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from functools import reduce

from app.domain.problems import Refused

Number = Decimal | Fraction | int

#: Money and rates are shown with two places.
MONEY_PLACES = 2

# Wide enough that no sum or product of tender amounts (≤ 10^12 with a few places) is ever rounded.
_EXACT = Context(prec=80)
_ZERO = Decimal(0)
#: The context under which plain Decimal arithmetic stays exact (``with localcontext(EXACT): …``).
EXACT = _EXACT


def quantum(places: int) -> Decimal:
    """The Decimal one unit in the last kept place (``places=2`` → ``0.01``)."""
    return Decimal(1).scaleb(-places)


def round_half_up(value: Number, places: int) -> Decimal:
    """Round exactly, half away from zero, to ``places`` decimals (8.125 → 8.13).

    Args:
        value: an exact Decimal, Fraction or int.
        places: decimals kept (0 or more).

    Returns:
        The rounded value as a Decimal with exactly ``places`` decimals.
    """
    if isinstance(value, Decimal):
        return value.quantize(quantum(places), rounding=ROUND_HALF_UP, context=_EXACT)
    frac = Fraction(value)
    return _round_ratio(frac.numerator, frac.denominator, places)


def _round_ratio(num: int, den: int, places: int) -> Decimal:
    """num/den rounded half away from zero to ``places`` decimals, in integers only."""
    sign = -1 if (num < 0) != (den < 0) else 1
    num, den = abs(num) * 10**places, abs(den)
    whole = (2 * num + den) // (2 * den)  # floor(|x| + 1/2)
    return Decimal(sign * whole).scaleb(-places, context=_EXACT)


def mean_rounded(values: list[Decimal], places: int) -> Decimal:
    """The exact arithmetic mean of a non-empty list (never trimmed), rounded half-up once."""
    if not values:
        raise Refused("numbers.mean_no_values", "mean of no values")
    return mean_of_total(exact_sum(values), len(values), places)


def mean_of_total(total: Decimal, n: int, places: int) -> Decimal:
    """``total / n`` exactly, rounded half-up once (the mean of ``n`` values whose exact sum is ``total``)."""
    num, den = total.as_integer_ratio()  # exact: a finite decimal is a ratio of integers
    return _round_ratio(num, den * n, places)


def fmt(value: Number, places: int) -> str:
    """The value rounded half-up to ``places`` decimals, as a plain string (no exponent)."""
    return format(round_half_up(value, places), "f")


def exact_mul(a: Decimal, b: Decimal) -> Decimal:
    """Product of two decimals without losing a digit (prices × rates stay exact)."""
    return _EXACT.multiply(a, b)


def exact_sub(a: Decimal, b: Decimal) -> Decimal:
    """Difference of two decimals without losing a digit."""
    return _EXACT.subtract(a, b)


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """Sum of decimals without losing a digit."""
    return reduce(_EXACT.add, values, _ZERO)  # the context's own add, looped in C


def mean(values: list[Decimal]) -> Fraction:
    """Exact arithmetic mean (never trimmed) of a non-empty list."""
    if not values:
        raise Refused("numbers.mean_no_values", "mean of no values")
    return Fraction(exact_sum(values)) / len(values)
