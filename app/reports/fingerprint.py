"""Fingerprints of the report tables: a short SHA-256 of exactly the data a page shows.

A printed sheet carries its table's fingerprint; ``verify`` recomputes the fingerprints of the
current data and says which table (if any) a printed one belongs to. The hash is taken over a
canonical JSON text (sorted keys, no whitespace, UTF-8, decimals as strings) of the table's
dataclass with its kind, so equal content in two kinds of table never collides.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from decimal import Decimal

from app.domain.model import Evaluation
from app.domain.result import Result
from app.reports.data import ReportData, Table, build_report

#: Hex digits kept (64 bits), shown in groups of four.
DIGITS = 16
GROUP = 4


def _plain(value: object) -> object:
    """JSON-ready form: dataclasses as dicts, tuples as lists, decimals as their exact strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return format(value, "f")
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def canonical(table: Table) -> str:
    """The canonical JSON text a table's fingerprint is taken over."""
    doc = {"kind": type(table).__name__, "data": _plain(table)}
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fingerprint(table: Table) -> str:
    """The table's fingerprint: the first 16 hex digits of SHA-256, grouped ``ABCD-EF01-2345-6789``."""
    digest = hashlib.sha256(canonical(table).encode("utf-8")).hexdigest()[:DIGITS].upper()
    return "-".join(digest[i:i + GROUP] for i in range(0, DIGITS, GROUP))


def normalize(text: str) -> str:
    """A fingerprint as typed (dashes, spaces, either case) in the grouped upper-case form.

    Raises:
        ValueError: not 16 hex digits.
    """
    digits = "".join(ch for ch in text if ch not in "- ").upper()
    if len(digits) != DIGITS or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise ValueError(f"{text!r} is not a fingerprint (16 hex digits, e.g. ABCD-EF01-2345-6789)")
    return "-".join(digits[i:i + GROUP] for i in range(0, DIGITS, GROUP))


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


def report_fingerprints(data: ReportData) -> dict[str, str]:
    """The fingerprint of every table of a built report, by table name."""
    return {name: fingerprint(table) for name, table in named_tables(data).items()}


def project_fingerprints(ev: Evaluation, result: Result) -> dict[str, str]:
    """The fingerprint of every table of an evaluation's report pack, by table name."""
    return report_fingerprints(build_report(ev, result))


def find(fingerprints: dict[str, str], text: str) -> list[str]:
    """The names of the tables whose fingerprint is ``text`` (normalized first).

    Raises:
        ValueError: ``text`` is not a fingerprint.
    """
    wanted = normalize(text)
    return [name for name, fp in fingerprints.items() if fp == wanted]
