"""The passages two bidders' residual texts share: the evidence of a ``text_overlap``, with their places."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.screening.model import Unit
from app.screening.text import GRAM, Stream, char_map, normalize

__all__ = ["MIN_PASSAGE", "PASSAGE_CHARS", "Passage", "Side", "passages"]

#: A printed passage is cut to this many characters; a shorter shared run than MIN_PASSAGE normalised
#: characters (a form's line filled in the same way) is not shown as evidence.
PASSAGE_CHARS = 600
MIN_PASSAGE = 2 * GRAM


@dataclass(frozen=True)
class Side:
    """One bidder's side of a shared passage: the file, the place and the original text."""

    file: str
    where: str
    text: str


@dataclass(frozen=True)
class Passage:
    """A passage both bidders' residual texts share (``length`` in normalised characters)."""

    length: int
    a: Side
    b: Side


def _locate(s: Stream, start: int, end: int) -> Side:
    """The original text and place of the normalised span ``[start, end)`` of a stream."""
    first, last = s.unit_at(start), s.unit_at(max(start, end - 1))
    units = s.file.units
    pieces: list[str] = []
    for index in range(first, last + 1):
        unit = units[index]
        norm, starts, ends = char_map(unit.text)
        lo = start - s.starts[index] if index == first else 0
        hi = end - s.starts[index] if index == last else len(norm)
        if norm != normalize(unit.text) or not starts:  # NFKC joined characters: show the whole unit
            pieces.append(unit.text)
            continue
        lo, hi = max(0, min(lo, len(starts) - 1)), max(1, min(hi, len(ends)))
        pieces.append(unit.text[starts[lo]:ends[hi - 1]])
    text = "\n".join(p.strip() for p in pieces)
    if len(text) > PASSAGE_CHARS:
        text = text[:PASSAGE_CHARS - 1] + "…"
    return Side(s.file.name, _where(units[first], units[last]), text)


def _where(first: Unit, last: Unit) -> str:
    if first is last or first.where == last.where:
        return first.where
    if first.where.startswith("paragraph ") and last.where.startswith("paragraph "):
        return f"paragraphs {first.number}-{last.number}"
    if first.where.startswith("page ") and last.where.startswith("page "):
        return f"pages {first.number}-{last.number}"
    return f"{first.where} to {last.where}"


def passages(a: Sequence[tuple[Stream, list[tuple[int, int]]]], b: Sequence[tuple[Stream, list[tuple[int, int]]]],
             shared: set[str], limit: int = 5) -> list[Passage]:
    """The longest passages of a's residual text found in b's (up to ``limit``), longest first.

    Args:
        a: a's streams with their residual runs.
        b: b's streams with their residual runs.
        shared: the residual grams both have.
        limit: how many passages to give.
    """
    where_b: dict[str, tuple[int, int]] = {}
    for fi, (s, runs) in enumerate(b):
        for lo, hi in runs:
            for i in range(lo, hi - GRAM + 1):
                gram = s.text[i:i + GRAM]
                if gram in shared and gram not in where_b:
                    where_b[gram] = (fi, i)
    found: list[tuple[int, int, int, int, int]] = []  # (length, a file, a start, b file, b start)
    for fa, (s, runs) in enumerate(a):
        text = s.text
        for lo, hi in runs:
            i = lo
            while i <= hi - GRAM:
                hit = where_b.get(text[i:i + GRAM])
                if hit is None:
                    i += 1
                    continue
                fb, j = hit
                other = b[fb][0].text
                k = GRAM
                while i + k < hi and j + k < len(other) and text[i + k] == other[j + k]:
                    k += 1
                found.append((k, fa, i, fb, j))
                i += k
    found = [f for f in found if f[0] >= MIN_PASSAGE]
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    out: list[Passage] = []
    for length, fa, i, fb, j in found[:limit]:
        out.append(Passage(length, _locate(a[fa][0], i, i + length), _locate(b[fb][0], j, j + length)))
    return out
