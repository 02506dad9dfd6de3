"""Text comparison: normalisation, the tender's text subtracted, residual 8-grams and containment.

The text of a file is normalised as the contract says: Unicode NFKC, case folded, whitespace,
punctuation, symbols and control characters removed, and every run of digits read as one symbol
(so "90天" and "60天" are the same text; "2,000,000.00" is one number). A file's text is one stream
(paragraphs or pages one after another), so a passage may run across paragraphs.

**The tender subtracted** (:func:`residual_runs`): a character of a bid is the tender's when

1. an 8-gram of the tender covers it; or
2. an 8-gram of the tender's text *without its numbers* covers it in the bid's text without its numbers
   (日期：2025年11月20日 written into the tender's 日期：  年  月  日; the numbers between go with it); or
3. it is one of the tender's own 4-grams inside a short residual run (under 48 characters) that lies
   between two such stretches: a form's line filled in, whose labels (性别 … 职务, 服务地点, 电子签章) are
   the tender's and whose blanks hold the bidder's 男, 总经理, 合格.

What is left falls into *residual runs*; only the 8-grams lying wholly inside one count. So a passage
the tender contains never counts, however long, and neither does what a bidder writes into a form's
blanks (a name, a date, 合格), which is the same in every honest bid: only runs of a bidder's own
text of at least a gram's length are compared.

**Containment** of A in B is the share of A's distinct residual 8-grams that B's residual text also
has; the screen takes the larger of the two directions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from app.screening.model import BidFile

__all__ = ["DIGIT", "GRAM", "Stream", "TenderText", "char_map", "containment", "normalize", "residual_grams",
           "residual_runs", "stream", "tender_grams"]

GRAM = 8
DIGIT = "\ue000"
_DIGITS = re.compile(r"\d+")


@cache
def _drop_table() -> dict[int, None]:
    table: dict[int, None] = {}
    for cp in range(0x20000):
        cat = unicodedata.category(chr(cp))
        if cat[0] in "PSZ" or cat in ("Cc", "Cf", "Co", "Cs"):
            table[cp] = None
    return table


def normalize(text: str) -> str:
    """The text as compared: NFKC, case folded, no whitespace, punctuation or symbols, digit runs as one symbol."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_drop_table())
    return _DIGITS.sub(DIGIT, folded)


def char_map(text: str) -> tuple[str, list[int], list[int]]:
    """The normalised text of one unit with, for each of its characters, the original start and end offsets."""
    drop = _drop_table()
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for k, ch in enumerate(text):
        for out in unicodedata.normalize("NFKC", ch).casefold().translate(drop):
            if out.isdecimal():
                if chars and chars[-1] == DIGIT:  # the run goes on (dropped characters may stand between)
                    ends[-1] = k + 1
                    continue
                out = DIGIT
            chars.append(out)
            starts.append(k)
            ends.append(k + 1)
    return "".join(chars), starts, ends


@dataclass(frozen=True)
class Stream:
    """The normalised text of one file, with where each unit starts in it."""

    file: BidFile
    text: str
    starts: tuple[int, ...]

    def unit_at(self, offset: int) -> int:
        """The index of the unit holding a normalised offset."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def stream(file: BidFile) -> Stream:
    """A file's text as one normalised stream."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for unit in file.units:
        norm = normalize(unit.text)
        starts.append(pos)
        parts.append(norm)
        pos += len(norm)
    return Stream(file, "".join(parts), tuple(starts))


#: A residual run shorter than this between two stretches of the tender's text is a form line filled in:
#: in it, every FINE characters that the tender has are its labels.
SHORT_RUN = 48
FINE = 4


@dataclass(frozen=True)
class TenderText:
    """The tender's text as compared: its 8-grams, its 8-grams without numbers, and its 4-grams."""

    grams: frozenset[str]
    bare: frozenset[str]
    fine: frozenset[str]


def tender_grams(streams: Iterable[Stream]) -> TenderText:
    """The tender's 8-grams, its 8-grams once its numbers are left out, and its 4-grams (with and without)."""
    grams: set[str] = set()
    bare: set[str] = set()
    fine: set[str] = set()
    for s in streams:
        for text, into in ((s.text, grams), (s.text.replace(DIGIT, ""), bare)):
            into.update(text[i:i + GRAM] for i in range(len(text) - GRAM + 1))
            fine.update(text[i:i + FINE] for i in range(len(text) - FINE + 1))
    return TenderText(frozenset(grams), frozenset(bare), frozenset(fine))


def _cover(covered: bytearray, lo: int, hi: int) -> None:
    covered[lo:hi] = b"\x01" * (hi - lo)


def residual_runs(text: str, tender: TenderText) -> list[tuple[int, int]]:
    """The runs ``[a, b)`` of the text, at least a gram long, that are not the tender's (see the module)."""
    n = len(text)
    if n < GRAM:
        return []
    covered = bytearray(n)
    for i in range(n - GRAM + 1):
        if text[i:i + GRAM] in tender.grams:
            _cover(covered, i, i + GRAM)
    if DIGIT in text:
        keep = [i for i, ch in enumerate(text) if ch != DIGIT]
        plain = text.replace(DIGIT, "")
        for j in range(len(plain) - GRAM + 1):
            if plain[j:j + GRAM] in tender.bare:
                _cover(covered, keep[j], keep[j + GRAM - 1] + 1)
    for m in re.finditer(rb"\x00+", bytes(covered)):
        a, b = m.start(), m.end()
        if b - a >= SHORT_RUN or a == 0 or b == n:
            continue
        for i in range(a, b - FINE + 1):
            if text[i:i + FINE] in tender.fine:
                _cover(covered, i, i + FINE)
    return [(m.start(), m.end()) for m in re.finditer(rb"\x00{%d,}" % GRAM, bytes(covered))]


def residual_grams(text: str, runs: Sequence[tuple[int, int]]) -> set[str]:
    """The distinct 8-grams lying wholly in the residual runs."""
    grams: set[str] = set()
    for a, b in runs:
        grams.update(text[i:i + GRAM] for i in range(a, b - GRAM + 1))
    return grams


def containment(a: set[str], b: set[str]) -> tuple[int, int, int]:
    """(grams both have, a's count, b's count): the containment of a in b is the first over the second."""
    shared = len(a & b) if len(a) <= len(b) else len(b & a)
    return shared, len(a), len(b)


