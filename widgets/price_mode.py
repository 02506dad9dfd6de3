"""Bids as money (元) or as rates (费率, %): how the window names, reads and shows a price (issue 16).

A rate tender's bids are percentages of a price catalogue (86.50 means 86.50% of the catalogue price),
kept to the tender's places (``rules.decimals``, 2 by default); its ceiling is a rate too, 100.00
unless the tender says otherwise.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from app.domain import model as m
from app.reports.formats import money
from widgets import inputs
from widgets.i18n import Translator

_tr = Translator("PriceMode")


def mode_names() -> dict[str, str]:
    """The price modes as the window names them (报价形式)."""
    return {"amount": _tr("金额（元）"), "rate": _tr("费率（%）")}


def is_rate(ev: m.Evaluation) -> bool:
    """Whether the tender's bids are rates."""
    return ev.project.price_mode == "rate"


def places(ev: m.Evaluation) -> int:
    """The places a price is kept to: 2 for money; the tender's ``rules.decimals`` (2 by default) for a rate."""
    return ev.rules.decimals if is_rate(ev) else 2


def figures_head(ev: m.Evaluation) -> str:
    """The head of a price column: 报价（小写，元）, or 投标费率（%） in a rate tender."""
    return _tr("投标费率（%）") if is_rate(ev) else _tr("报价（小写，元）")


def price_head(ev: m.Evaluation, amount_head: str, rate_head: str) -> str:
    """``amount_head`` (already translated) in an amount tender, ``rate_head`` in a rate tender."""
    return rate_head if is_rate(ev) else amount_head


def show_price(value: Decimal | None, ev: m.Evaluation) -> str:
    """A price as the window prints it: ``2,545,000.00`` or ``86.50%``; "" for none."""
    if value is None:
        return ""
    if is_rate(ev):
        return format(value.quantize(Decimal(1).scaleb(-max(places(ev), 2))), "f") + "%"
    return money(value)


def read_price(text: str, ev: m.Evaluation, *, blank: bool = False) -> Decimal | None:
    """A bid's price as typed: money to 2 places, or a rate (``86.50`` or ``86.50%``) to the tender's places.

    Raises:
        ValueError: not a number, not above 0, or more places than the tender keeps (the message says so).
    """
    if not is_rate(ev):
        return inputs.decimal(text, low=Decimal(0), low_open=True, places=2, blank=blank)
    cleaned = text.strip().replace("％", "%").removesuffix("%")
    n = places(ev)
    try:
        return inputs.decimal(cleaned, low=Decimal(0), low_open=True, places=n, blank=blank)
    except ValueError as exc:
        if str(exc) == _tr_inputs_places(n):
            raise ValueError(_tr("费率保留 %1 位小数（招标文件规定的位数），“%2”位数过多", n, text)) from None
        raise


def _tr_inputs_places(n: int) -> str:
    return Translator("inputs")("最多 %1 位小数", n)


def read_ceiling(text: str, ev: m.Evaluation) -> Decimal | None:
    """The ceiling as typed: money (元), or in a rate tender a rate of at most 100.00 (blank: 100.00).

    Raises:
        ValueError: a rate tender's ceiling above 100 (the tender's 最高限价 typed in 元), with what a rate is.
    """
    if not is_rate(ev):
        return inputs.decimal(text, low=Decimal(0), low_open=True, places=2, blank=True)
    value = read_price(text, ev, blank=True)
    if value is not None and value > m.RATE_CEILING:
        raise ValueError(_tr("本项目以费率报价：费率是目录价的百分比（如 86.50 表示目录价的 86.50%），最高限价也是"
                             "费率，不超过 100.00；“%1”不是费率（最高限价的金额请填在预算金额）", text))
    return value


def with_mode(ev: m.Evaluation, mode: str) -> m.Evaluation:
    """The tender with its bids in ``mode``; a ceiling that does not fit the new mode is cleared (a ceiling
    in 元 is no rate; a rate ceiling is no amount), so the default applies (100.00, or the budget)."""
    if mode == ev.project.price_mode:
        return ev
    ceiling = ev.project.ceiling
    if mode == "amount" or (ceiling is not None and ceiling > m.RATE_CEILING):
        ceiling = None
    return dataclasses.replace(ev, project=dataclasses.replace(ev.project, price_mode=mode, ceiling=ceiling))
