"""Reading what a person types into a form: amounts, rates, whole numbers, lists of values.

Every reader raises ValueError with a message the window shows next to the field; numbers are
read as exact decimals (never through float).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from widgets.i18n import Translator

_tr = Translator("inputs")


def decimal(text: str, *, low: Decimal | None = None, high: Decimal | None = None, low_open: bool = False,
            places: int | None = None, blank: bool = False) -> Decimal | None:
    """A number as typed (thousands separators, ¥ and spaces allowed); None for blank when ``blank``."""
    cleaned = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace(" ", "").strip()
    if not cleaned:
        if blank:
            return None
        raise ValueError(_tr("请填写数值"))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(_tr("“%1”不是数值", text)) from None
    if not value.is_finite():
        raise ValueError(_tr("“%1”不是数值", text))
    if low is not None and (value < low or (low_open and value == low)):
        raise ValueError(_tr("须大于 %1", low) if low_open else _tr("不能小于 %1", low))
    if high is not None and value > high:
        raise ValueError(_tr("不能大于 %1", high))
    if places is not None and value != value.quantize(Decimal(1).scaleb(-places)):
        raise ValueError(_tr("最多 %1 位小数", places))
    return value


def required(text: str, *, low: Decimal | None = None, high: Decimal | None = None, low_open: bool = False,
             places: int | None = None) -> Decimal:
    """Like :func:`decimal`, but a value is needed."""
    value = decimal(text, low=low, high=high, low_open=low_open, places=places)
    assert value is not None
    return value


def rate(text: str, *, high: Decimal = Decimal(1), blank: bool = False) -> Decimal | None:
    """A rate typed as ``20%`` or ``0.20`` (a number above 1 without % is read as a percentage too)."""
    cleaned = text.strip().replace("％", "%")
    if not cleaned:
        if blank:
            return None
        raise ValueError(_tr("请填写比例"))
    if cleaned.endswith("%") or (Decimal(1) < (decimal(cleaned.rstrip("%")) or Decimal(0))):
        value = decimal(cleaned.rstrip("%"), low=Decimal(0)) or Decimal(0)
        value = value / Decimal(100)
    else:
        value = decimal(cleaned, low=Decimal(0)) or Decimal(0)
    if value > high:
        raise ValueError(_tr("不能大于 %1", f"{(high * 100).normalize():f}%"))
    return value


def whole(text: str, *, low: int = 0, high: int | None = None, blank: bool = False) -> int | None:
    """A whole number."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        if blank:
            return None
        raise ValueError(_tr("请填写整数"))
    if not cleaned.lstrip("-").isdigit():
        raise ValueError(_tr("“%1”不是整数", text))
    value = int(cleaned)
    if value < low:
        raise ValueError(_tr("不能小于 %1", low))
    if high is not None and value > high:
        raise ValueError(_tr("不能大于 %1", high))
    return value


def values_list(text: str) -> tuple[Decimal, ...]:
    """Point values typed as ``6/4/3/2/0`` (also ``,``, ``、`` or spaces between them)."""
    parts = [p for p in text.replace("、", "/").replace(",", "/").replace("，", "/").replace(" ", "/").split("/") if p]
    if not parts:
        raise ValueError(_tr("请填写允许的分值，如 6/4/3/2/0"))
    return tuple(required(p, low=Decimal(0)) for p in parts)


def words_list(text: str) -> tuple[str, ...]:
    """The tender's words for each level typed as ``优/良/中/差/无``."""
    return tuple(p.strip() for p in text.replace("、", "/").replace("，", "/").split("/") if p.strip())


def show(value: Decimal | None) -> str:
    """A decimal as typed back into a field (no exponent, no trailing zeros beyond what was given)."""
    return "" if value is None else format(value, "f")


def show_money(value: Decimal | None) -> str:
    """An amount with thousands separators, as a clerk reads it: ``1,200,000.00``."""
    return "" if value is None else format(value, ",f")


def show_rate(value: Decimal | None) -> str:
    """A rate as a percentage: ``0.20`` → ``20%``."""
    if value is None:
        return ""
    text = format((value * 100).normalize(), "f")
    return text + "%"
