"""How a bid's price is headed and printed: money (元) in an amount tender, a rate (费率, %) in a rate tender.

One place for every report, Word and Excel file (issue 16): a rate tender's papers head the column
投标费率（%）, print ``86.50%`` and write the capitals as a rate (:func:`app.domain.rate_words.format_rate`);
an amount tender's papers are printed as before (``投标报价（元）``, ``2,545,000.00``, ``…元整``).
"""

from __future__ import annotations

from decimal import Decimal

from app.domain.numbers import MONEY_PLACES, fmt
from app.domain.numerals import format_rmb
from app.domain.rate_words import format_rate
from app.reports.formats import money

#: What the pack says of the bids (报价形式).
FORM_NAMES = {"amount": "金额（元）", "rate": "费率（%）"}


def is_rate(price_mode: str) -> bool:
    """Whether bids are rates."""
    return price_mode == "rate"


def price_text(value: Decimal | None, price_mode: str) -> str:
    """A price as printed: ``2,545,000.00`` (amount) or ``86.50%`` (rate); "" for none."""
    if value is None:
        return ""
    if is_rate(price_mode):
        return fmt(value, MONEY_PLACES) + "%"
    return money(value)


def price_words(value: Decimal | None, price_mode: str) -> str:
    """The capitals of a price: ``贰佰万元整`` or ``百分之捌拾陆点伍零``; "" for none (or a rate above 100)."""
    if value is None:
        return ""
    if is_rate(price_mode):
        try:
            return format_rate(value)
        except ValueError:
            return ""
    return format_rmb(value)


def head(label: str, price_mode: str) -> str:
    """A column head: ``投标报价（元）`` or, in a rate tender, ``投标费率（%）``.

    ``label`` is the amount tender's word (投标报价, 修正后报价, 评审价格, 评标基准价); a rate tender says
    费率 for 报价/价格.
    """
    if is_rate(price_mode):
        return rate_word(label) + "（%）"
    return label + "（元）"


def rate_word(label: str) -> str:
    """An amount tender's word for a price in a rate tender's words: 投标报价 → 投标费率, 评审价格 → 评审费率."""
    for word in ("报价", "价格", "价"):
        if label.endswith(word):
            return label[: -len(word)] + "费率"
    return label


def with_unit(value: Decimal | None, price_mode: str) -> str:
    """A price in running text: ``73.60 元`` or ``73.60%``."""
    text = price_text(value, price_mode)
    return text if is_rate(price_mode) or not text else text + " 元"


def words_head(price_mode: str) -> str:
    """The capitals' column head: ``投标报价（大写）`` or ``投标费率（大写）``."""
    return ("投标费率" if is_rate(price_mode) else "投标报价") + "（大写）"


def correction_text(price: Decimal | None, price_mode: str) -> str:
    """Why and to what a bid's price was corrected (capitals over figures), as the 评标报告 says it."""
    if is_rate(price_mode):
        return (f"开标一览表大写费率与小写费率不一致，以大写费率为准，费率修正为 {price_text(price, price_mode)}"
                f"（大写：{price_words(price, price_mode)}）")
    return (f"开标一览表大写金额与小写金额不一致，以大写金额为准，报价修正为 {with_unit(price, price_mode)}"
            f"（大写：{price_words(price, price_mode)}）")


def form_line(price_mode: str) -> str:
    """The pack's statement of what the bids are: ``报价形式：费率（%）``."""
    return "报价形式：" + FORM_NAMES.get(price_mode, FORM_NAMES["amount"])


__all__ = ["FORM_NAMES", "correction_text", "form_line", "head", "is_rate", "price_text", "price_words", "rate_word",
           "with_unit", "words_head"]
