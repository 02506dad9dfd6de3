"""What a bid or tender document is read into: plain, frozen data (no library objects)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime


def id_order(ident: str) -> tuple[str | int, ...]:
    """A bidder id's place when ids are sorted: digit runs by value (B2 before B10), then the id itself."""
    parts = re.split(r"([0-9]+)", ident.casefold())
    return (*(int(p) if i % 2 else p for i, p in enumerate(parts)), ident)


@dataclass(frozen=True)
class Unit:
    """A numbered piece of text: a body paragraph or a table cell (.docx), a page (.pdf).

    ``where`` is the place as evidence names it (``paragraph 12``, ``paragraph 40 (table 2 row 3 cell 2)``,
    ``page 7``); ``number`` is the paragraph or page number.
    """

    number: int
    where: str
    text: str


@dataclass(frozen=True)
class Value:
    """A property value or identifier, with the place it was read from (``docProps/core.xml dc:creator``).

    ``key`` names what it is: ``author``, ``last_modified_by``, ``company``, ``producer``, ``creator_tool``,
    ``title``, ``pdf_id``, ``xmp_document_id``, ``xmp_instance_id``.
    """

    key: str
    where: str
    value: str


@dataclass(frozen=True)
class Stamp:
    """A creation or last-saved time (``key`` ``created`` or ``modified``), as written and as an aware time."""

    key: str
    where: str
    text: str
    at: datetime


@dataclass(frozen=True)
class Media:
    """An embedded image: where it is (``word/media/image1.png``, ``page 3 image Im1``) and its SHA-256."""

    where: str
    sha256: str
    size: int


@dataclass(frozen=True)
class BidFile:
    """One document as read: its text, properties, revision ids, identifiers and images.

    ``unreadable`` says why when it could not be read (then everything else is empty).
    """

    name: str
    kind: str
    units: tuple[Unit, ...] = ()
    values: tuple[Value, ...] = ()
    stamps: tuple[Stamp, ...] = ()
    rsid_root: str | None = None
    rsids: frozenset[str] = field(default_factory=frozenset)
    media: tuple[Media, ...] = ()
    pages: int = 0
    unreadable: str | None = None
    notes: tuple[str, ...] = ()

    def value(self, key: str) -> str | None:
        """The first value of a key, or None."""
        return next((v.value for v in self.values if v.key == key and v.value), None)


def unreadable(name: str, kind: str, why: str) -> BidFile:
    """A file that could not be read, and why (at most 300 characters)."""
    return BidFile(name=name, kind=kind, unreadable=why if len(why) <= 300 else why[:299] + "…")
