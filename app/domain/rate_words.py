"""A rate (费率) in Chinese capitals, as a rate tender's 开标一览表 writes it: 百分之捌拾陆点伍零.

A rate is a percentage kept to two places, never money: no 元, 角 or 分. The integer part is written
as the banking capitals write a whole amount (壹拾, 零 between digits); the two places follow 点,
digit by digit, zeros included (86.50 → 百分之捌拾陆点伍零).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from app.domain.numerals import NumeralError, format_rmb, parse_rmb
from app.domain.problems import Refused

PREFIX = "百分之"
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CENT = Decimal("0.01")


def format_rate(rate: Decimal) -> str:
    """Write a rate (percent, 0 ≤ rate ≤ 100) in capitals, rounded half-up to two places.

    Raises:
        ValueError: the rate is negative, above 100 or not finite.
    """
    if not rate.is_finite() or rate < 0 or rate > 100:
        raise Refused("rate_words.rate_not_percentage", "rate %1 is not a percentage from 0 to 100", rate)
    cents = int(rate.quantize(_CENT, rounding=ROUND_HALF_UP) * 100)
    whole, fraction = divmod(cents, 100)
    head = "零" if whole == 0 else format_rmb(Decimal(whole))[: -len("元整")]
    return f"{PREFIX}{head}点{_DIGITS[fraction // 10]}{_DIGITS[fraction % 10]}"


def is_rate_words(text: str) -> bool:
    """Whether a text is written as a rate (starts with 百分之), not as money."""
    return text.strip().startswith(PREFIX)


def parse_rate(text: str) -> Decimal:
    """Read a rate written in capitals (百分之捌拾陆点伍零 → 86.50).

    Raises:
        NumeralError: the text is not a rate in capitals.
    """
    body = text.strip()
    if not body.startswith(PREFIX):
        raise NumeralError(text, 1, body[:1] or None, "a rate in capitals starts with 百分之")
    body = body[len(PREFIX):]
    whole_text, _, fraction_text = body.partition("点")
    if not whole_text:
        raise NumeralError(text, len(PREFIX), None, "expected the rate's whole part after 百分之")
    if any(ch in "元圆角分" for ch in body):
        raise NumeralError(text, None, None, "a rate is not written as money (元, 角, 分)")
    whole = Decimal(0) if whole_text == "零" else parse_rmb(whole_text + "元整")
    if len(fraction_text) > 2 or any(ch not in _DIGITS for ch in fraction_text):
        raise NumeralError(text, None, None, "after 点 come at most two capital digits")
    digits = [_DIGITS.index(ch) for ch in fraction_text] + [0, 0]
    return (whole + Decimal(digits[0]) / 10 + Decimal(digits[1]) / 100).quantize(_CENT)


@lru_cache(maxsize=4096)  # pure; a window re-reads every bid's capitals after each score typed
def parse_price_words(text: str, price_mode: str, *, strict: bool = False) -> Decimal:
    """The price a bid's capitals state: a rate in a rate tender, money otherwise.

    A rate tender's capitals are read as a rate (百分之…); money capitals are read too unless ``strict``,
    since ``bideval/1`` files write a rate's capitals as money (捌拾陆元伍角 for 86.50). The bidder's own
    response is held to the rate form (``strict``).

    Raises:
        NumeralError: unreadable, or rate words for an amount (or money words for a rate when ``strict``).
    """
    if price_mode == "rate":
        if strict or is_rate_words(text):
            return parse_rate(text)
        return parse_rmb(text)
    if is_rate_words(text):
        raise NumeralError(text, 1, None, "an amount is written in 元, not as a rate (百分之…)")
    return parse_rmb(text)


__all__ = ["format_rate", "is_rate_words", "parse_price_words", "parse_rate"]
