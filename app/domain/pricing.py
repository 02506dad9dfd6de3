"""Price rules: correction from capitals, policy deductions, abnormal low price, the price score.

References: 87号令 Art.59 (大写 over 小写), 财库〔2020〕46号 with 财库〔2022〕19号 (deductions, once
only; prison enterprises and disabled-welfare units count as small), 财库〔2026〕2号 (abnormal low
price: strictly below 50% of the compliant average, 50% of the second lowest, 45% of the ceiling),
87号令 Art.55 (低价优先法: lowest evaluated price ÷ evaluated price × weight).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.domain.model import Bidder, LowPriceRates, Rules
from app.domain.numbers import exact_mul, exact_sub, exact_sum, round_half_up
from app.domain.numerals import NumeralError
from app.domain.problems import Refused
from app.domain.rate_words import parse_price_words

SMALL_SIZES = ("small", "micro")


@dataclass(frozen=True)
class CorrectedPrice:
    """The quoted price after correction: capitals (大写) prevail over figures (小写)."""

    figures: Decimal | None
    words: Decimal | None
    price: Decimal

    @property
    def corrected(self) -> bool:
        """Whether the capitals changed the figures."""
        return self.figures is not None and self.words is not None and self.words != self.figures


def correct_price(bidder: Bidder, price_mode: str = "amount") -> CorrectedPrice:
    """Apply 大写 over 小写 to a bid; in a rate tender the capitals are a rate (百分之捌拾陆点伍零).

    Raises:
        NumeralError: the capitals cannot be read (or are money words in a rate tender, or the reverse).
        ValueError: neither figures nor capitals are given.
    """
    words = parse_price_words(bidder.price_words, price_mode) if bidder.price_words is not None else None
    price = words if words is not None else bidder.price
    if price is None:
        raise Refused("pricing.no_price_figures_words", "no price in figures or in words")
    return CorrectedPrice(bidder.price, words, price)


def deduction_rate(bidder: Bidder, rules: Rules) -> Decimal:
    """The policy deduction rate granted to a bid (one deduction only, never stacked).

    ``whole`` mode: small/micro, prison or disabled-welfare bidders get ``small_deduction``; other
    bidders get ``partner_deduction`` when their small/micro partners' share reaches
    ``partner_min_share`` (以上 includes the boundary). ``lines`` mode: ``small_deduction`` applies to
    the small-enterprise lines when there are any.
    """
    if rules.deduction_mode == "lines":
        return rules.small_deduction if bidder.small_amount else Decimal("0")
    if bidder.size in SMALL_SIZES or bidder.prison or bidder.disabled:
        return rules.small_deduction
    if bidder.partner_share is not None and bidder.partner_share >= rules.partner_min_share:
        return rules.partner_deduction
    return Decimal("0")


def evaluated_price(price: Decimal, bidder: Bidder, rules: Rules) -> Decimal:
    """The price after the policy deduction, exact (shown rounded to 2 places)."""
    rate = deduction_rate(bidder, rules)
    if rules.deduction_mode == "lines":
        return exact_sub(price, exact_mul(bidder.small_amount or Decimal(0), rate))
    return exact_mul(price, exact_sub(Decimal(1), rate))


def low_price_triggers(
    price: Decimal, population: list[Decimal], ceiling: Decimal | None, rates: LowPriceRates
) -> tuple[str, ...]:
    """Which abnormal-low-price triggers a bid in the population fires (strict ``<``).

    Args:
        price: the bid's (corrected) quoted price.
        population: the quoted prices of every bid that passed both reviews and is not above the
            ceiling, this one included.
        ceiling: the ceiling (the budget when there is none).
        rates: the tender's trigger rates.
    """
    fired: list[str] = []
    if rates.average is not None and population:
        # price < rate × mean  ⇔  price × n < rate × sum, kept exact.
        if exact_mul(price, Decimal(len(population))) < exact_mul(rates.average, exact_sum(population)):
            fired.append("average")
    if rates.second_lowest is not None and len(population) >= 2:
        second = sorted(population)[1]
        if price < exact_mul(rates.second_lowest, second):
            fired.append("second_lowest")
    if rates.ceiling is not None and ceiling is not None and price < exact_mul(rates.ceiling, ceiling):
        fired.append("ceiling")
    return tuple(fired)


def price_score(base: Decimal, evaluated: Decimal, weight: Decimal, decimals: int) -> Decimal:
    """低价优先法: base ÷ evaluated price × weight, rounded half-up once to ``decimals``."""
    return round_half_up(Fraction(base) / Fraction(evaluated) * Fraction(weight), decimals)


__all__ = [
    "CorrectedPrice",
    "NumeralError",
    "correct_price",
    "deduction_rate",
    "evaluated_price",
    "low_price_triggers",
    "price_score",
]
