"""The QR code of a signed page: which project, which table, its fingerprint and the table's totals.

The text is ``BidDesk|<project number>|<table>|<fingerprint>|B1=88.50,B2=…`` (UTF-8): a phone reads
the totals off the paper and ``verify`` matches the fingerprint against the project file. A table of many
bids carries the totals that fit a code still readable on paper (:data:`MAX_TEXT`) and ``+N`` for the rest. The
totals are the numbers that decide the table: each bid's total on the summary, the member's
total on a score sheet, the price score on the price table, the corrected price on the opening
record, the conclusion on a review table and the committee's decision on the low-price record.

Both writers use :mod:`segno`: the PDF draws the module matrix as vector rectangles
(:func:`dark_runs`), the Word file embeds a PNG (:func:`qr_png`).
"""

from __future__ import annotations

import io
from functools import lru_cache

import segno

from app.domain.problems import Refused
from app.reports.data import (
    CheckTable,
    LowPriceTable,
    MemberSheet,
    OpeningTable,
    PriceTable,
    SummaryTable,
    Table,
)

PREFIX = "BidDesk"
#: Error correction: M (15%) survives a crease or a stamp over a corner.
ERROR = "m"


def qr_totals(table: Table) -> list[tuple[str, str]]:
    """The (bidder, number or word) pairs a table's QR code carries (``-`` when a bid has none)."""
    if isinstance(table, SummaryTable):
        return [(r.bidder, r.total or "-") for r in table.rows]
    if isinstance(table, MemberSheet):
        return [(r.bidder, r.total) for r in table.rows]
    if isinstance(table, PriceTable):
        return [(r.bidder, r.price_score or "-") for r in table.rows]
    if isinstance(table, OpeningTable):
        return [(r.bidder, (r.corrected or r.price or "-").replace(",", "")) for r in table.rows]
    if isinstance(table, CheckTable):
        return [(r.bidder, r.conclusion) for r in table.rows]
    if isinstance(table, LowPriceTable):
        return [(r.bidder, r.decision) for r in table.rows]
    raise TypeError(f"no totals for a {type(table).__name__}")  # pragma: no cover - Table has no other kind


#: A code of more bytes than this is too dense to read off a printed page (and past ~2,300 none exists): the totals
#: that do not fit are left out, and ``+N`` says how many (the fingerprint still vouches for the whole table).
MAX_TEXT = 700


def qr_text(number: str, table: str, fingerprint: str, totals: list[tuple[str, str]]) -> str:
    """The QR text: ``BidDesk|<number>|<table>|<fingerprint>|B1=88.50,B2=…`` (``…,+N`` when N totals did not fit)."""
    head = "|".join((PREFIX, number, table, fingerprint, ""))
    size = len(head.encode("utf-8"))
    pairs: list[str] = []
    for i, (bidder, value) in enumerate(totals):
        pair = f"{bidder}={value}"
        left = len(totals) - i
        if size + len(pair.encode("utf-8")) + len(f",+{left}") > MAX_TEXT and (pairs or size > MAX_TEXT):
            pairs.append(f"+{left}")
            break
        pairs.append(pair)
        size += len(pair.encode("utf-8")) + 1
    return head + ",".join(pairs)


def parse_qr_text(text: str) -> dict[str, object]:
    """The parts of a QR text (the inverse of :func:`qr_text`).

    Raises:
        ValueError: the text is not a BidDesk QR text.
    """
    parts = text.split("|")
    if len(parts) != 5 or parts[0] != PREFIX:
        raise Refused("qr.not_biddesk_qr_text", "not a BidDesk QR text: %1", repr(text[:40]))
    pairs = [pair for pair in parts[4].split(",") if pair]
    totals = dict(pair.split("=", 1) for pair in pairs if "=" in pair)
    more = next((int(pair[1:]) for pair in pairs if pair.startswith("+") and pair[1:].isdigit()), 0)
    return {"number": parts[1], "table": parts[2], "fingerprint": parts[3], "totals": totals, "more": more}


@lru_cache(maxsize=256)
def _code(text: str) -> segno.QRCode:
    # Encoding (choosing the best of 8 masks) takes ~40 ms: each text is encoded once per process.
    return segno.make_qr(text, error=ERROR)


@lru_cache(maxsize=256)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules, row by row, without the quiet zone (True is dark)."""
    return tuple(tuple(bool(v) for v in row) for row in _code(text).matrix)


def dark_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """The dark modules as horizontal runs ``(row, first column, length)``: few rectangles to draw."""
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return runs


@lru_cache(maxsize=256)
def qr_png(text: str, scale: int = 4) -> bytes:
    """The QR code as a PNG (``scale`` pixels per module, a 4-module quiet zone)."""
    buf = io.BytesIO()
    _code(text).save(buf, kind="png", scale=scale, border=4)
    return buf.getvalue()
