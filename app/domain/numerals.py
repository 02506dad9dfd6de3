"""Chinese RMB capital numerals (大写金额): strict parsing and the canonical banking form.

Bid forms state the price twice, in figures and in capitals (大写), and the capitals prevail when
they differ; so the parser must never guess. It accepts the forms the banking rules
(中国人民银行《支付结算办法》) allow and a few harmless variants, and rejects anything whose value
could be read two ways.

Grammar accepted by :func:`parse_rmb` (after whitespace is dropped and an optional leading
``人民币`` and ``（大写）`` / ``(大写)`` / ``大写：`` / ``大写:`` label are removed)::

    amount   = integer ("元" | "圆") [fraction] ["整" | "正"]     -- 整 never after 分
             | fraction-only ["整" | "正"]
    integer  = "零" | [section "亿"] [section "万"] [section]      -- up to 9999 9999 9999
    section  = digits with 拾/佰/仟 in strictly falling order; 零 marks skipped places
    fraction = ["零"] [digit "角"] [digit "分"]

Decisions where the banking rules are silent:

- 零 is optional wherever the next digit carries its own 拾/佰/仟 (壹万伍佰元 = 10500), because
  the value is still unambiguous; but a digit with no 拾/佰/仟 after a gap (壹仟伍元, 壹佰伍万元)
  is refused, as colloquially 一千五 means 1500.
- A written 零 must stand for at least one skipped place (壹仟零伍佰元 is refused), must sit
  between two non-zero digits, and may not be doubled.
- A bare 拾 (meaning 壹拾) is allowed only as the first character of a section.
- 〇, 两, Arabic digits and traditional forms (萬, 億, 貳, …) are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from itertools import pairwise

from app.domain.problems import Refused

__all__ = ["FORMAT_ALPHABET", "NumeralError", "format_rmb", "parse_rmb"]

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_DIGIT_VALUE = {ch: i for i, ch in enumerate(_DIGITS)}
_PLACE_UNITS = {"拾": 1, "佰": 2, "仟": 3}
_SECTION_MARKS = {"万": 4, "亿": 8}
_YUAN = "元圆"
_WHOLE = "整正"
_LABELS = ("（大写）", "(大写)", "（大写)", "(大写）", "大写：", "大写:")
_CURRENCY = "人民币"
_KNOWN = frozenset(_DIGITS + "".join(_PLACE_UNITS) + "".join(_SECTION_MARKS) + _YUAN + _WHOLE + "角分")

_CENT = Decimal("0.01")
_LIMIT = Decimal(10) ** 12

#: Every character :func:`format_rmb` may produce.
FORMAT_ALPHABET = frozenset(_DIGITS + "拾佰仟万亿元角分整")


class NumeralError(ValueError):
    """Capitals that cannot be read as one exact amount.

    Attributes:
        text: the text as given.
        position: 1-based index of the offending character in ``text`` (``len(text) + 1`` when the
            text ends too early), or None when the problem has no single position (empty text).
        char: the offending character, or None at the end of the text or for empty text.
        reason: a short English phrase naming the problem.
    """

    def __init__(self, text: str, position: int | None, char: str | None, reason: str) -> None:
        self.text = text
        self.position = position
        self.char = char
        self.reason = reason
        if position is None:
            message = f"{reason} in '{text}'"
        elif char is None:
            message = f"unexpected end at position {position} in '{text}': {reason}"
        else:
            message = f"unexpected '{char}' at position {position} in '{text}': {reason}"
        super().__init__(message)


@dataclass(frozen=True)
class _Tok:
    char: str
    pos: int  # 1-based, in the original text


class _Reader:
    """A cursor over the significant characters, raising errors that point into the original text."""

    def __init__(self, text: str, toks: list[_Tok]) -> None:
        self.text = text
        self.toks = toks
        self.i = 0

    def peek(self, ahead: int = 0) -> str | None:
        j = self.i + ahead
        return self.toks[j].char if j < len(self.toks) else None

    def at_end(self) -> bool:
        return self.i >= len(self.toks)

    def fail(self, reason: str, index: int | None = None) -> NumeralError:
        j = self.i if index is None else index
        if j < len(self.toks):
            tok = self.toks[j]
            return NumeralError(self.text, tok.pos, tok.char, reason)
        return NumeralError(self.text, len(self.text) + 1, None, reason)


@dataclass(frozen=True)
class _Digit:
    value: int  # 1..9
    place: int  # power of ten, 0..11
    unitless: bool  # no 拾/佰/仟 right after it: its place is only implied by what follows
    after_zero: bool  # a written 零 precedes it
    index: int  # token index, for error positions


def _significant(text: str) -> list[_Tok]:
    toks = [_Tok(ch, i + 1) for i, ch in enumerate(text) if not ch.isspace()]
    seen_label = seen_currency = False
    while True:
        joined = "".join(t.char for t in toks)
        if not seen_currency and joined.startswith(_CURRENCY):
            toks = toks[len(_CURRENCY) :]
            seen_currency = True
            continue
        label = next((lab for lab in _LABELS if joined.startswith(lab)), None)
        if not seen_label and label is not None:
            toks = toks[len(label) :]
            seen_label = True
            continue
        return toks


def _check_char(r: _Reader, index: int) -> None:
    if r.toks[index].char not in _KNOWN:
        raise r.fail("not a capital numeral character", index)


def _parse_section(r: _Reader, end: int, offset: int, out: list[_Digit]) -> None:
    """Read tokens ``r.i`` up to ``end`` (exclusive) as one 4-digit section at ``offset``."""
    start = r.i
    last_place = 4
    pending_zero = False
    zero_index = 0
    while r.i < end:
        ch = r.toks[r.i].char
        if ch == "零":
            if pending_zero:
                raise r.fail("repeated 零")
            if last_place == 0:
                raise r.fail("nothing may follow the ones digit of a section")
            pending_zero = True
            zero_index = r.i
            r.i += 1
            continue
        if ch in _PLACE_UNITS:
            if r.i == start and ch == "拾":
                # 拾万元 = 壹拾万元: only unambiguous where the section begins.
                out.append(_Digit(1, offset + 1, False, False, r.i))
                last_place = 1
                r.i += 1
                continue
            raise r.fail("unit without a digit before it")
        if ch not in _DIGIT_VALUE:
            raise r.fail("not allowed in the integer part")
        if last_place == 0:
            raise r.fail("two digits in a row without a unit between them")
        index = r.i
        r.i += 1
        nxt = r.peek() if r.i < end else None
        if nxt in _PLACE_UNITS:
            place = _PLACE_UNITS[nxt]
            if place == last_place:
                raise r.fail("repeated unit")
            if place > last_place:
                raise r.fail("unit out of order")
            r.i += 1
            out.append(_Digit(_DIGIT_VALUE[ch], offset + place, False, pending_zero, index))
        else:
            place = 0
            out.append(_Digit(_DIGIT_VALUE[ch], offset, True, pending_zero, index))
        last_place = place
        pending_zero = False
    if pending_zero:
        raise r.fail("零 must be followed by a non-zero digit", zero_index)
    if r.i == start:
        raise r.fail("unit without a digit before it", end)


def _parse_integer(r: _Reader, end: int) -> int:
    """Read tokens up to ``end`` (the 元) as the integer part; return its value."""
    if end - r.i == 1 and r.peek() == "零":
        r.i += 1
        return 0
    if r.i == end:
        raise r.fail("元 without an amount before it")
    marks: dict[str, int] = {}
    for j in range(r.i, end):
        ch = r.toks[j].char
        if ch in _SECTION_MARKS:
            if ch in marks:
                raise r.fail("repeated unit", j)
            if ch == "亿" and "万" in marks:
                raise r.fail("万亿 amounts are not supported (at most 9999亿)", j)
            marks[ch] = j
    digits: list[_Digit] = []
    for mark in ("亿", "万"):
        if mark in marks:
            _parse_section(r, marks[mark], _SECTION_MARKS[mark], digits)
            r.i += 1  # the mark itself
    if r.i < end:
        _parse_section(r, end, 0, digits)
    _check_zeros(r, digits)
    return sum(d.value * 10**d.place for d in digits)


def _check_zeros(r: _Reader, digits: list[_Digit]) -> None:
    """Check where 零 was written or left out, now that every digit's place is known."""
    if digits[0].after_zero:
        raise r.fail("leading 零", digits[0].index - 1)
    for prev, cur in pairwise(digits):
        gap = prev.place - cur.place
        if cur.after_zero and gap < 2:
            raise r.fail("零 stands for no missing digit", cur.index - 1)
        if cur.unitless and gap > 1 and not cur.after_zero:
            # 壹仟伍元 reads as 1500 colloquially (一千五); only 壹仟零伍元 says 1005.
            raise r.fail("digit without a unit after a gap is ambiguous: write 零 before it", cur.index)


def _parse_fraction(r: _Reader, after_yuan: bool) -> tuple[int, int, bool]:
    """Read ``[零] [d角] [d分]``; return jiao, fen and whether a 角 or 分 was read."""
    zero_index = r.i if after_yuan and r.peek() == "零" else None
    if zero_index is not None:
        r.i += 1
    jiao = fen = 0
    got_jiao = got_fen = False
    while (ch := r.peek()) is not None and ch not in _WHOLE:
        if ch in "角分":
            raise r.fail(f"{ch} without a digit before it")
        if ch == "零":
            raise r.fail("零 is only written right after 元" if zero_index is None else "repeated 零")
        if ch not in _DIGIT_VALUE:
            raise r.fail("expected a digit of 角 or 分")
        nxt = r.peek(1)
        if nxt == "角":
            if got_fen:
                raise r.fail("角 after 分", r.i + 1)
            if got_jiao:
                raise r.fail("repeated 角", r.i + 1)
            jiao, got_jiao = _DIGIT_VALUE[ch], True
        elif nxt == "分":
            if got_fen:
                raise r.fail("repeated 分", r.i + 1)
            fen, got_fen = _DIGIT_VALUE[ch], True
        elif not after_yuan and nxt is not None and (nxt in _PLACE_UNITS or nxt in _SECTION_MARKS):
            raise r.fail("missing 元 before this unit", r.i + 1)
        else:
            raise r.fail("expected 角 or 分 after the digit", r.i + 1)
        r.i += 2
    read = got_jiao or got_fen
    if zero_index is not None and not read:
        raise r.fail("零 must be followed by 角 or 分", zero_index)
    return jiao, fen, read


def parse_rmb(text: str) -> Decimal:
    """Parse an amount written in capitals into an exact Decimal.

    Args:
        text: e.g. ``人民币贰佰伍拾肆万伍仟元整`` or ``（大写）壹仟陆佰捌拾元零叁角贰分``. Whitespace
            anywhere is ignored; ``圆`` is read as ``元`` and ``正`` as ``整``.

    Returns:
        The amount in yuan with exactly two decimals (``Decimal('1680.32')``).

    Raises:
        NumeralError: when the text is empty or malformed; the message names the character and its
            1-based position in ``text``.
    """
    toks = _significant(text)
    if not toks:
        raise NumeralError(text, None, None, "empty amount")
    r = _Reader(text, toks)
    for j in range(len(toks)):
        _check_char(r, j)
    yuan = next((j for j, t in enumerate(toks) if t.char in _YUAN), None)
    integer = 0
    if yuan is not None:
        integer = _parse_integer(r, yuan)
        r.i += 1
    elif not any(t.char in "角分" for t in toks):
        raise r.fail("missing 元", len(toks))
    jiao, fen, read = _parse_fraction(r, after_yuan=yuan is not None)
    if yuan is None and not read:
        raise r.fail("expected an amount before this")
    if (ch := r.peek()) is not None and ch in _WHOLE:
        if fen:
            raise r.fail("整 is not written after 分")
        r.i += 1
    if not r.at_end():
        raise r.fail("nothing may follow 分" if fen else "text after the end of the amount")
    return (Decimal(integer) + Decimal(jiao) / 10 + Decimal(fen) / 100).quantize(_CENT)


def _integer_words(n: int) -> str:
    digits = f"{n:012d}"
    out: list[str] = []
    zero_pending = False
    for k, ch in enumerate(digits):
        place = 11 - k
        d = int(ch)
        if d == 0:
            zero_pending = bool(out)
        else:
            if zero_pending:
                out.append("零")
                zero_pending = False
            out.append(_DIGITS[d] + ("", "拾", "佰", "仟")[place % 4])
        if place in (8, 4) and int(digits[k - 3 : k + 1]) != 0:
            out.append("亿" if place == 8 else "万")
    return "".join(out)


def format_rmb(amount: Decimal) -> str:
    """Write an amount in the canonical banking capitals.

    The amount is rounded half-up to the fen. Runs of zeros inside the number, across a 万/亿
    boundary too, become one 零; trailing zeros are not written; 壹拾 is always written in full.
    The fraction reads 元整 (none), 元X角 (jiao only), 元零X分 (fen only) or 元X角X分; with no
    whole yuan the 元 is left out (伍角, 伍分), and zero is 零元整.

    Args:
        amount: yuan, 0 ≤ amount < 10¹² after rounding.

    Returns:
        e.g. ``壹拾万零伍佰元整`` for 100500, ``壹元零伍分`` for 1.05.

    Raises:
        ValueError: the amount is negative, not finite, or 10¹² or more.
    """
    if not amount.is_finite():
        raise Refused("numerals.amount_not_finite_number", "amount %1 is not a finite number", amount)
    if amount < 0:
        raise Refused("numerals.amount_negative", "amount %1 is negative", amount)
    if amount >= _LIMIT:
        raise Refused("numerals.amount_yuan_more", "amount %1 is 10^12 yuan or more", amount)
    with localcontext() as ctx:
        ctx.prec = 40
        try:
            cents = int(amount.quantize(_CENT, rounding=ROUND_HALF_UP) * 100)
        except InvalidOperation as exc:  # pragma: no cover - guarded by the range check above
            raise Refused("numerals.amount_cannot_rounded_fen", "amount %1 cannot be rounded to fen", amount) from exc
    if cents >= 10**14:
        raise Refused("numerals.amount_rounds_yuan_more", "amount %1 rounds to 10^12 yuan or more", amount)
    integer, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if cents == 0:
        return "零元整"
    head = _integer_words(integer) + "元" if integer else ""
    if jiao == 0 and fen == 0:
        return head + "整"
    if fen == 0:
        return head + _DIGITS[jiao] + "角"
    if jiao == 0:
        return head + ("零" if integer else "") + _DIGITS[fen] + "分"
    return head + _DIGITS[jiao] + "角" + _DIGITS[fen] + "分"
