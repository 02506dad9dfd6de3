"""Fingerprints of the report tables: a short SHA-256 of exactly the data a page shows.

A printed sheet carries its table's fingerprint; ``verify`` recomputes the fingerprints of the
current data and says which table (if any) a printed one belongs to. The hash is taken over a
canonical JSON text (sorted keys, no whitespace, UTF-8, decimals as strings) of the table's
dataclass with its kind, so equal content in two kinds of table never collides.

A table printed while the evaluation is not finalised (a draft, :func:`is_draft`) carries a *draft*
fingerprint: the hash is taken over the same text with ``"stage": "draft"`` added (a distinct domain:
its 16 digits never equal the final ones, so a draft cannot pass for a final paper even with its
prefix cut off), printed with a ``D-`` prefix (``D-ABCD-EF01-2345-6789``). ``verify`` recomputes both
and says which one a printed fingerprint is (:func:`matches`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from decimal import Decimal

from app.domain.model import Evaluation
from app.domain.problems import Refused
from app.domain.result import Result
from app.domain.session_records import final_record
from app.reports.data import ReportData, Table, build_report

#: Hex digits kept (64 bits), shown in groups of four.
DIGITS = 16
GROUP = 4
#: The prefix of a draft fingerprint.
DRAFT_PREFIX = "D-"


def is_draft(ev: Evaluation) -> bool:
    """Whether a pack of this evaluation is a draft: it is not finalised (定稿)."""
    return final_record(ev) is None


def _plain(value: object) -> object:
    """JSON-ready form: dataclasses as dicts, tuples as lists, decimals as their exact strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.metadata.get("fingerprint", True)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return format(value, "f")
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def canonical(table: Table, draft: bool = False) -> str:
    """The canonical JSON text a table's fingerprint is taken over (``draft``: the draft domain)."""
    doc: dict[str, object] = {"kind": type(table).__name__, "data": _plain(table)}
    if draft:
        doc["stage"] = "draft"
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _grouped(digits: str) -> str:
    return "-".join(digits[i:i + GROUP] for i in range(0, DIGITS, GROUP))


def fingerprint(table: Table, draft: bool = False) -> str:
    """The table's fingerprint: the first 16 hex digits of SHA-256, grouped ``ABCD-EF01-2345-6789``;
    a draft's (``draft``) over the draft domain, with the ``D-`` prefix."""
    digest = hashlib.sha256(canonical(table, draft).encode("utf-8")).hexdigest()[:DIGITS].upper()
    return (DRAFT_PREFIX if draft else "") + _grouped(digest)


def normalize(text: str) -> str:
    """A fingerprint as typed (dashes, spaces, either case) in the grouped upper-case form, a draft's with
    its ``D-`` prefix (``d abcd…`` → ``D-ABCD-…``; 17 digits starting with D are a draft's).

    Raises:
        ValueError: not 16 hex digits (or D and 16).
    """
    digits = "".join(ch for ch in text if ch not in "- ").upper()
    draft = len(digits) == DIGITS + 1 and digits.startswith("D")
    if draft:
        digits = digits[1:]
    if len(digits) != DIGITS or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise Refused("fingerprint.not_fingerprint_hex_digits",
                      "%1 is not a fingerprint (16 hex digits, e.g. ABCD-EF01-2345-6789, or a draft's "
                      "D-ABCD-EF01-2345-6789)",
                      repr(text))
    return (DRAFT_PREFIX if draft else "") + _grouped(digits)


def named_tables(data: ReportData) -> dict[str, Table]:
    """Every table by its name: ``opening``, ``qualification``, ``compliance``, ``price``,
    ``sheet:<member id>``, ``summary`` and ``low_price`` when there is one."""
    tables: dict[str, Table] = {
        "opening": data.opening,
        "qualification": data.qualification,
        "compliance": data.compliance,
        "price": data.price,
    }
    for sheet in data.sheets:
        tables[f"sheet:{sheet.member}"] = sheet
    tables["summary"] = data.summary
    if data.low_price is not None:
        tables["low_price"] = data.low_price
    return tables


def report_fingerprints(data: ReportData, draft: bool = False) -> dict[str, str]:
    """The fingerprint of every table of a built report, by table name (``draft``: the draft ones)."""
    return {name: fingerprint(table, draft) for name, table in named_tables(data).items()}


def project_fingerprints(ev: Evaluation, result: Result, draft: bool | None = False) -> dict[str, str]:
    """The fingerprint of every table of an evaluation's report pack, by table name.

    ``draft``: False the final fingerprints, True the draft ones, None the ones a pack written now
    prints (draft while the evaluation is not finalised).
    """
    return report_fingerprints(build_report(ev, result), is_draft(ev) if draft is None else draft)


def find(fingerprints: dict[str, str], text: str) -> list[str]:
    """The names of the tables whose fingerprint is ``text`` (normalized first).

    Raises:
        ValueError: ``text`` is not a fingerprint.
    """
    wanted = normalize(text)
    return [name for name, fp in fingerprints.items() if fp == wanted]
