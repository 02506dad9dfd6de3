"""The findings read from the documents' properties, ids, images and contacts (the contract's table).

Each finding names two or more bidders (sorted by id, digit runs by value: B2 before B10), the
article item, a strength and its evidence (bidder, file, place, the value). Kinds whose evidence is
one shared value (an author, a Company, a PDF id, an image, a contact) give one finding per group of
bidders sharing values: the bidders that share one value are a group, and every value shared by
exactly that group is evidence of the one finding. Kinds that compare two bidders (revision ids,
times) give one finding per pair.
Everything the tender's files carry is removed first (:class:`TenderMarks`), and so are the values
that identify nobody (:mod:`app.screening.signals`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import combinations
from typing import Any

from app.screening import signals
from app.screening.model import BidFile, id_order
from app.screening.text import GRAM, normalize, stream

__all__ = ["KINDS", "BidderDocs", "TenderMarks", "document_findings", "finding", "tender_marks"]

#: kind → (article, strength); the order is the output's.
KINDS: dict[str, tuple[str, str]] = {
    "same_author": ("37(1)", "strong"),
    "same_company_property": ("37(1)", "strong"),
    "shared_revision_ids": ("37(1)", "strong"),
    "same_pdf_id": ("37(1)", "strong"),
    "same_image": ("37(4)", "moderate"),
    "same_contact": ("37(3)", "strong"),
    "text_overlap": ("37(4)", "moderate"),
    "identical_price": ("37(4)", "strong"),
    "regular_prices": ("37(4)", "moderate"),
    "created_together": ("37(1)", "weak"),
}
MIN_SHARED_RSIDS = 3
TOGETHER = timedelta(minutes=5)
#: Pieces of evidence kept per bidder in one finding (a phone on every page is one fact).
MAX_EVIDENCE_EACH = 10
_AUTHOR_KEYS = ("author", "last_modified_by")
_ID_KEYS = ("pdf_id", "xmp_document_id")

Evidence = dict[str, str]


@dataclass(frozen=True)
class BidderDocs:
    """A bidder of the project and the documents read for it."""

    id: str
    name: str
    files: tuple[BidFile, ...]


@dataclass
class TenderMarks:
    """Everything the tender's files carry, which is common to all bidders and never evidence.

    ``given`` says whether the tender's text is there to subtract: a tender file of scanned pages has
    none, and then its properties, ids and images are still subtracted but the text findings are not made.
    ``text`` is the tender's normalised text (:func:`app.screening.text.normalize`), its files joined by
    a separator, against which a long property value is looked up (:meth:`carries`).
    """

    given: bool = False
    values: set[str] = field(default_factory=set)
    rsids: set[str] = field(default_factory=set)
    media: set[str] = field(default_factory=set)
    times: set[datetime] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    amounts: set[Decimal] = field(default_factory=set)
    text: str = ""

    def carries(self, value: str) -> bool:
        """Whether a property value is the tender's: one of its property values, contacts or named persons,
        or (a value of at least a gram's length once normalised) a passage of its text."""
        norm = signals.norm_value(value)
        if not norm:
            return False
        if norm in self.values or norm in self.names or norm in self.phones or norm in self.emails:
            return True
        folded = normalize(value)
        return len(folded) >= GRAM and folded in self.text


def tender_marks(files: Sequence[BidFile]) -> TenderMarks:
    """The values, revision ids, images, times, contacts and text of the tender's files."""
    marks = TenderMarks(given=any(f.units for f in files))
    texts: list[str] = []
    for f in files:
        marks.values.update(signals.norm_value(v.value) for v in f.values)
        marks.rsids.update(f.rsids)
        if f.rsid_root:
            marks.rsids.add(f.rsid_root)
        marks.media.update(m.sha256 for m in f.media)
        marks.times.update(s.at for s in f.stamps)
        for text in [u.text for u in f.units] + [v.value for v in f.values]:
            marks.phones.update(signals.mobiles(text))
            marks.emails.update(signals.emails(text))
        for unit in f.units:
            marks.names.update(signals.names(unit.text))
            marks.amounts.update(signals.amounts(unit.text))
        texts.append(stream(f).text)
    marks.text = "\x00".join(texts)
    return marks


def finding(kind: str, bidders: Iterable[str], evidence: Sequence[Evidence], detail: str | None = None,
            strength: str | None = None, keep_order: bool = False) -> dict[str, Any]:
    """A finding of the output: kind, article, strength, bidders sorted by id, evidence sorted by bidder.

    With ``keep_order`` the evidence stays as given (the two sides of each shared passage together).
    """
    article, default = KINDS[kind]
    ids = sorted(set(bidders), key=id_order)
    rank = {b: i for i, b in enumerate(ids)}
    kept: list[Evidence] = []
    seen: set[tuple[str, ...]] = set()
    count: dict[str, int] = {}
    ordered = evidence if keep_order else sorted(evidence, key=lambda e: rank.get(e["bidder"], len(ids)))
    for piece in ordered:
        key = (piece["bidder"], piece["file"], piece["where"], piece["text"])
        if key in seen or count.get(piece["bidder"], 0) >= MAX_EVIDENCE_EACH:
            continue
        seen.add(key)
        count[piece["bidder"]] = count.get(piece["bidder"], 0) + 1
        kept.append(piece)
    out: dict[str, Any] = {"kind": kind, "article": article, "strength": strength or default, "bidders": ids}
    if detail:
        out["detail"] = detail
    out["evidence"] = kept
    return out


def _piece(bidder: str, file: str, where: str, text: str) -> Evidence:
    return {"bidder": bidder, "file": file, "where": where, "text": text}


Index = dict[str, dict[str, list[Evidence]]]


def _add(index: Index, key: str, bidder: str, piece: Evidence) -> None:
    index.setdefault(key, {}).setdefault(bidder, []).append(piece)


def _grouped(kind: str, index: Index, detail: Callable[[list[str]], str | None] | None = None) -> list[dict[str, Any]]:
    """One finding per group of bidders sharing values: the values shared by exactly that group are its evidence."""
    groups: dict[tuple[str, ...], tuple[list[str], list[Evidence]]] = {}
    for key, per in index.items():
        if len(per) < 2:
            continue
        ids = tuple(sorted(per, key=id_order))
        keys, pieces = groups.setdefault(ids, ([], []))
        keys.append(key)
        for bidder in ids:
            pieces.extend(per[bidder])
    return [finding(kind, ids, pieces, detail(keys) if detail else None) for ids, (keys, pieces) in groups.items()]


def _authors(bidders: Sequence[BidderDocs], marks: TenderMarks) -> list[dict[str, Any]]:
    index: Index = {}
    for b in bidders:
        for f in b.files:
            for v in f.values:
                if v.key in _AUTHOR_KEYS and not signals.generic_person(v.value) and not marks.carries(v.value):
                    _add(index, signals.norm_value(v.value), b.id, _piece(b.id, f.name, v.where, v.value))
    return _grouped("same_author", index)


def _companies(bidders: Sequence[BidderDocs], marks: TenderMarks, project_file: str) -> list[dict[str, Any]]:
    equal: Index = {}
    named: dict[tuple[str, ...], list[Evidence]] = {}
    names = [(b, signals.norm_value(b.name)) for b in bidders if b.name.strip()]
    for b in bidders:
        for f in b.files:
            for v in f.values:
                if v.key == "producer" and not signals.org_like(v.value):
                    continue
                if v.key not in ("company", "producer") or signals.generic_company(v.value):
                    continue
                if marks.carries(v.value):
                    continue
                norm = signals.norm_value(v.value)
                piece = _piece(b.id, f.name, v.where, v.value)
                _add(equal, norm, b.id, piece)
                for other, other_name in names:
                    if other.id != b.id and other_name and other_name in norm:
                        pair = tuple(sorted((b.id, other.id), key=id_order))
                        named.setdefault(pair, []).extend(
                            [piece, _piece(other.id, project_file, "opening record: bidder name", other.name)])
    found = {tuple(f["bidders"]): f for f in _grouped("same_company_property", equal)}
    for pair, pieces in named.items():
        if pair in found:
            found[pair] = finding("same_company_property", pair, [*found[pair]["evidence"], *pieces])
        else:
            found[pair] = finding("same_company_property", pair, pieces)
    return list(found.values())


def _revision_ids(bidders: Sequence[BidderDocs], marks: TenderMarks) -> list[dict[str, Any]]:
    common = marks.rsids | signals.GENERIC_RSIDS
    own: dict[str, tuple[set[str], set[str]]] = {}
    for b in bidders:
        roots = {f.rsid_root for f in b.files if f.rsid_root and f.rsid_root not in common}
        rsids = set().union(*(f.rsids for f in b.files)) - common if b.files else set()
        own[b.id] = (roots, rsids)
    out: list[dict[str, Any]] = []
    for a, b in combinations(bidders, 2):
        roots = own[a.id][0] & own[b.id][0]
        shared = own[a.id][1] & own[b.id][1]
        if not roots and len(shared) < MIN_SHARED_RSIDS:
            continue
        pieces: list[Evidence] = []
        for bidder in (a, b):
            for f in bidder.files:
                if f.rsid_root in roots:
                    pieces.append(_piece(bidder.id, f.name, "word/settings.xml w:rsidRoot", f.rsid_root or ""))
                mine = sorted(f.rsids & shared)
                if mine:
                    shown = " ".join(mine[:20]) + (f" … ({len(mine)} in all)" if len(mine) > 20 else "")
                    pieces.append(_piece(bidder.id, f.name, "word/settings.xml w:rsids, word/document.xml w:rsid*",
                                         shown))
        detail = f"{len(shared)} revision ids in common" + (", the same rsidRoot" if roots else "")
        out.append(finding("shared_revision_ids", (a.id, b.id), pieces, detail))
    return out


def _generic_ids(f: BidFile) -> bool:
    """reportlab in invariant mode writes a fixed time and an id computed from the title alone."""
    producer = (f.value("producer") or "").casefold()
    return "reportlab" in producer and any(signals.generic_time(s.at) for s in f.stamps)


def _pdf_ids(bidders: Sequence[BidderDocs], marks: TenderMarks) -> list[dict[str, Any]]:
    index: Index = {}
    for b in bidders:
        for f in b.files:
            if _generic_ids(f):
                continue
            for v in f.values:
                if v.key in _ID_KEYS and not marks.carries(v.value):
                    _add(index, f"{v.key}:{signals.norm_value(v.value)}", b.id, _piece(b.id, f.name, v.where, v.value))
    return _grouped("same_pdf_id", index)


def _images(bidders: Sequence[BidderDocs], marks: TenderMarks) -> list[dict[str, Any]]:
    index: Index = {}
    for b in bidders:
        for f in b.files:
            for m in f.media:
                if m.sha256 not in marks.media:
                    _add(index, m.sha256, b.id, _piece(b.id, f.name, m.where, f"SHA-256 {m.sha256}"))
    return _grouped("same_image", index)


def _contacts(bidders: Sequence[BidderDocs], marks: TenderMarks) -> list[dict[str, Any]]:
    index: Index = {}
    readers = ((signals.mobiles, marks.phones, "mobile"), (signals.emails, marks.emails, "e-mail"),
               (signals.names, marks.names, "name"))
    for b in bidders:
        for f in b.files:
            for unit in f.units:
                for read, common, label in readers:
                    for value in set(read(unit.text)):
                        if value not in common and not marks.carries(value):
                            _add(index, f"{label}:{value}", b.id, _piece(b.id, f.name, unit.where, value))
    return _grouped("same_contact", index, lambda keys: ", ".join(sorted(k.replace(":", " ", 1) for k in keys)))


def _times(bidders: Sequence[BidderDocs], marks: TenderMarks) -> list[dict[str, Any]]:
    own = {b.id: [(f, s) for f in b.files for s in f.stamps
                  if not signals.generic_time(s.at) and s.at not in marks.times and not _generic_ids(f)]
           for b in bidders}
    out: list[dict[str, Any]] = []
    for a, b in combinations(bidders, 2):
        close = sorted(((abs(sa.at - sb.at), fa, sa, fb, sb) for fa, sa in own[a.id] for fb, sb in own[b.id]
                        if sa.key == sb.key and abs(sa.at - sb.at) <= TOGETHER), key=lambda c: c[0])
        if not close:
            continue
        pieces: list[Evidence] = []
        for _, fa, sa, fb, sb in close[:5]:
            pieces += [_piece(a.id, fa.name, sa.where, sa.text), _piece(b.id, fb.name, sb.where, sb.text)]
        seconds = int(close[0][0].total_seconds())
        what = "created" if close[0][2].key == "created" else "last saved"
        detail = f"{what} {seconds // 60} min {seconds % 60} s apart"
        out.append(finding("created_together", (a.id, b.id), pieces, detail))
    return out


def document_findings(bidders: Sequence[BidderDocs], marks: TenderMarks, project_file: str) -> list[dict[str, Any]]:
    """Every property, id, image and contact finding (contacts only with a tender: they are read from the text)."""
    bidders = sorted(bidders, key=lambda b: id_order(b.id))
    out = _authors(bidders, marks) + _companies(bidders, marks, project_file) + _revision_ids(bidders, marks)
    out += _pdf_ids(bidders, marks) + _images(bidders, marks)
    if marks.given:
        out += _contacts(bidders, marks)
    return out + _times(bidders, marks)
