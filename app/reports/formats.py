"""How the report pack writes dates, times, amounts and rates (the official documents' conventions)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.domain.numbers import MONEY_PLACES, exact_mul, fmt


def cn_date(iso: str) -> str:
    """An ISO date as official documents write it: ``2025-11-25`` → ``2025年11月25日``.

    Raises:
        ValueError: the text is not an ISO date.
    """
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def local_time(iso: str) -> datetime | None:
    """An ISO 8601 time (the audit log's UTC clock) on this computer's clock; None when unreadable."""
    try:
        moment = datetime.fromisoformat(iso.strip())
    except (ValueError, AttributeError):
        return None
    return moment.astimezone() if moment.tzinfo is not None else moment


def cn_time(iso: str) -> str:
    """An ISO 8601 time as official documents write it, on the local clock: ``2025年11月26日 10:30``
    (the text unchanged when unreadable)."""
    moment = local_time(iso)
    if moment is None:
        return iso
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def money(value: Decimal) -> str:
    """An amount with thousands separators and 2 places, rounded half-up: ``2,545,000.00``."""
    return f"{Decimal(fmt(value, MONEY_PLACES)):,.2f}"


def percent(rate: Decimal) -> str:
    """A rate as a percentage without trailing zeros: ``0.20`` → ``20%``, ``0.035`` → ``3.5%``."""
    text = format(exact_mul(rate, Decimal(100)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"
