"""The screen (清标): bid documents, the tender's files and the project in, ``bideval-screen/1`` out.

:func:`read_document` reads one file (by its content: a zip is read as .docx, ``%PDF-`` as PDF);
:func:`read_bidders` reads every bidder's files, reporting progress; :func:`screen` compares them,
on plain data, and never decides: every finding is evidence with its place, for the committee.

Without the tender's files, or when they hold no text (scanned pages), the text findings
(``text_overlap``, and ``same_contact``, which is read from the text) are not made, ``tender_subtracted``
is false, and everything else still is (what the tender's files do carry is still subtracted).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import combinations
from pathlib import Path
from typing import Any

from app.domain.model import Evaluation
from app.screening import signals
from app.screening.findings import KINDS, BidderDocs, Evidence, TenderMarks, document_findings, finding, tender_marks
from app.screening.model import BidFile, id_order, unreadable
from app.screening.passages import passages
from app.screening.prices import bids_of, price_findings, statistics
from app.screening.read_docx import read_docx
from app.screening.read_pdf import read_pdf
from app.screening.text import Stream, containment, residual_grams, residual_runs, stream, tender_grams

__all__ = ["FORMAT", "MIN_SHARED_GRAMS", "read_bidders", "read_document", "screen"]

FORMAT = "bideval-screen/1"
MODERATE, STRONG = Fraction(30, 100), Fraction(60, 100)
#: Fewer shared residual 8-grams than this (about a sentence) is no overlap, whatever the share.
MIN_SHARED_GRAMS = 20
Progress = Callable[[int, int], None]


def read_document(source: Path | bytes, name: str) -> BidFile:
    """One bid or tender document, told apart by content (a zip is a .docx, ``%PDF-`` a PDF), never raising."""
    try:
        if isinstance(source, bytes):
            head = source[:1024]
        else:
            with source.open("rb") as fh:
                head = fh.read(1024)
    except OSError as exc:
        return unreadable(name, "", f"cannot be read: {exc.strerror or exc}")
    suffix = Path(name).suffix.lower()
    if head.startswith(b"PK") or (suffix == ".docx" and not head.startswith(b"%PDF-")):
        return read_docx(source, name)
    if b"%PDF-" in head or suffix == ".pdf":
        return read_pdf(source, name)
    if suffix in (".doc", ".wps", ".docm", ".rtf", ".ofd"):
        return unreadable(name, "", f"a {suffix} file is not read; save it as .docx or .pdf")
    return unreadable(name, "", "neither a .docx nor a PDF document")


def read_bidders(ev: Evaluation, files: Mapping[str, Sequence[tuple[Path, str]]],
                 progress: Progress | None = None) -> list[BidderDocs]:
    """Read every bidder's files (``files``: bidder id → (path, name shown)); progress is (files done, total)."""
    total = sum(len(v) for v in files.values())
    done = 0
    out: list[BidderDocs] = []
    for b in ev.bidders:
        read: list[BidFile] = []
        for path, name in files.get(b.id, ()):
            read.append(read_document(path, name))
            done += 1
            if progress:
                progress(done, total)
        out.append(BidderDocs(b.id, b.name, tuple(read)))
    return out


def _share(value: Fraction) -> str:
    return format((Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.0001"), ROUND_HALF_UP),
                  "f")


def _text_findings(bidders: Sequence[BidderDocs], tender: Sequence[BidFile]) -> list[dict[str, Any]]:
    common = tender_grams(stream(f) for f in tender if not f.unreadable)
    sides: dict[str, list[tuple[Stream, list[tuple[int, int]]]]] = {}
    grams: dict[str, set[str]] = {}
    for b in bidders:
        sides[b.id] = []
        grams[b.id] = set()
        for f in b.files:
            s = stream(f)
            runs = residual_runs(s.text, common)
            sides[b.id].append((s, runs))
            grams[b.id] |= residual_grams(s.text, runs)
    out: list[dict[str, Any]] = []
    for a, b in combinations(sorted(bidders, key=lambda x: id_order(x.id)), 2):
        shared, na, nb = containment(grams[a.id], grams[b.id])
        if shared < MIN_SHARED_GRAMS:
            continue
        ca, cb = Fraction(shared, na), Fraction(shared, nb)
        best = max(ca, cb)
        if best < MODERATE:
            continue
        first, second = (a, b) if ca >= cb else (b, a)
        both = grams[a.id] & grams[b.id]
        pieces: list[Evidence] = []
        for p in passages(sides[first.id], sides[second.id], both):
            one = {"bidder": first.id, "file": p.a.file, "where": p.a.where, "text": p.a.text}
            two = {"bidder": second.id, "file": p.b.file, "where": p.b.where, "text": p.b.text}
            pieces += [one, two] if id_order(first.id) < id_order(second.id) else [two, one]
        detail = (f"containment {_share(ca)} of {a.id}'s residual text in {b.id}'s, {_share(cb)} of {b.id}'s in "
                  f"{a.id}'s ({shared} shared 8-grams)")
        out.append(finding("text_overlap", (a.id, b.id), pieces, detail, "strong" if best >= STRONG else "moderate",
                           keep_order=True))
    return out


def _summary(b: BidderDocs, marks: TenderMarks) -> dict[str, Any]:
    """What a bidder's files say of it; a value, time or contact the tender's files carry is not the bidder's."""
    values = [v for f in b.files for v in f.values if not marks.carries(v.value)]
    author = next((v.value for v in values if v.key == "author"), None) or \
        next((v.value for v in values if v.key == "last_modified_by"), None)
    created = sorted(s.at for f in b.files for s in f.stamps
                     if s.key == "created" and s.at not in marks.times and not signals.generic_time(s.at))
    texts = [u.text for f in b.files for u in f.units]
    out: dict[str, Any] = {
        "files": [f.name for f in b.files],
        "author": author,
        "company": next((v.value for v in values if v.key == "company"), None),
        "created": created[0].strftime("%Y-%m-%dT%H:%M:%SZ") if created else None,
        "phones": sorted({p for t in texts for p in signals.mobiles(t)} - marks.phones),
        "emails": sorted({e for t in texts for e in signals.emails(t)} - marks.emails),
    }
    bad = [f"{f.name}: {f.unreadable}" for f in b.files if f.unreadable]
    if bad:
        out["unreadable"] = "; ".join(bad)
    notes = [f"{f.name}: {n}" for f in b.files for n in f.notes]
    if notes:
        out["notes"] = notes
    return out


def screen(ev: Evaluation, bidders: Sequence[BidderDocs], tender: Sequence[BidFile] | None = None,
           project_file: str = "") -> dict[str, Any]:
    """The ``bideval-screen/1`` document of the read bid documents.

    Args:
        ev: the project's evaluation (bidders, prices, validity).
        bidders: each bidder's documents, as :func:`read_bidders` gives them.
        tender: the tender's own documents (招标文件, its format templates); None or empty: not subtracted.
        project_file: the project file's name, which the price evidence cites.

    Returns:
        ``format``, ``tender_subtracted``, ``bidders`` (by id), ``findings`` and ``prices``.
    """
    tender_files = [f for f in (tender or ()) if not f.unreadable]
    marks = tender_marks(tender_files)
    readable = [BidderDocs(b.id, b.name, tuple(f for f in b.files if not f.unreadable)) for b in bidders]
    found = document_findings(readable, marks, project_file)
    if marks.given:
        found += _text_findings(readable, tender_files)
    bids = bids_of(ev)
    found += price_findings(bids, project_file, marks.amounts)
    order = list(KINDS)
    found.sort(key=lambda f: (order.index(f["kind"]), [id_order(x) for x in f["bidders"]]))
    return {
        "format": FORMAT,
        "tender_subtracted": marks.given,
        "bidders": {b.id: _summary(b, marks) for b in sorted(bidders, key=lambda x: id_order(x.id))},
        "findings": found,
        "prices": statistics([b.price for b in bids if b.valid]),
    }
