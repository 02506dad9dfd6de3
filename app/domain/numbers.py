"""Exact decimal helpers: half-up rounding (四舍五入) and the string forms the outputs use.

Scores and amounts are ``Decimal``; quotients (means, price scores) are kept as exact ``Fraction``
until the one rounding the tender prescribes, so no intermediate precision limit can move a
value across a .xx5 boundary.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

Number = Decimal | Fraction | int

#: Money and rates are shown with two places.
MONEY_PLACES = 2


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
        with localcontext() as ctx:
            ctx.prec = 80
            return value.quantize(quantum(places), rounding=ROUND_HALF_UP)
    frac = Fraction(value) * (10**places)
    sign = -1 if frac < 0 else 1
    num, den = abs(frac.numerator), frac.denominator
    whole = (2 * num + den) // (2 * den)  # floor(|x| + 1/2): half goes away from zero
    return Decimal(sign * whole).scaleb(-places).quantize(quantum(places))


def fmt(value: Number, places: int) -> str:
    """The value rounded half-up to ``places`` decimals, as a plain string (no exponent)."""
    return format(round_half_up(value, places), "f")


def exact_mul(a: Decimal, b: Decimal) -> Decimal:
    """Product of two decimals without losing a digit (prices × rates stay exact)."""
    with localcontext() as ctx:
        ctx.prec = 80
        return a * b


def exact_sub(a: Decimal, b: Decimal) -> Decimal:
    """Difference of two decimals without losing a digit."""
    with localcontext() as ctx:
        ctx.prec = 80
        return a - b


def exact_sum(values: list[Decimal]) -> Decimal:
    """Sum of decimals without losing a digit."""
    with localcontext() as ctx:
        ctx.prec = 80
        total = Decimal(0)
        for v in values:
            total += v
        return total


def mean(values: list[Decimal]) -> Fraction:
    """Exact arithmetic mean (never trimmed) of a non-empty list."""
    if not values:
        raise ValueError("mean of no values")
    return Fraction(exact_sum(values)) / len(values)
