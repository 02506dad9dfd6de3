"""Which printed paper a fingerprint belongs to (``verify``): the pack's tables and the session records
printed as documents of their own (the negotiation record), final or draft."""

from __future__ import annotations

from typing import cast

from app.domain.model import Evaluation
from app.domain.negotiation import is_negotiated
from app.domain.result import Result
from app.domain.screening_records import screening
from app.reports.data import Table, build_report
from app.reports.fingerprint import DRAFT_PREFIX, find, fingerprint, normalize, report_fingerprints
from app.reports.negotiation_doc import build_table
from app.reports.screening_table import build_table as screening_table


def matches(ev: Evaluation, result: Result, text: str) -> tuple[list[str], bool]:
    """Which tables of the current data a printed fingerprint belongs to, and whether it is a draft's.

    A draft fingerprint typed without its ``D-`` is still recognised as a draft's (its digits are of the
    draft domain). Returns ``([], False)`` when it matches nothing.

    Raises:
        ValueError: ``text`` is not a fingerprint.
    """
    wanted = normalize(text)
    data = build_report(ev, result)
    if not wanted.startswith(DRAFT_PREFIX):
        final = find({**report_fingerprints(data), **_record_fingerprints(ev, False)}, wanted)
        if final:
            return final, False
        wanted = DRAFT_PREFIX + wanted
    return find({**report_fingerprints(data, draft=True), **_record_fingerprints(ev, True)}, wanted), True


def _record_fingerprints(ev: Evaluation, draft: bool) -> dict[str, str]:
    """The session records printed as documents of their own: the negotiation record (协商情况记录 …) and
    the 清标及雷同性分析表."""
    # the records' tables are hashed as the pack's tables are (any dataclass of strings)
    out = {"negotiation": fingerprint(cast(Table, build_table(ev)), draft)} if is_negotiated(ev) else {}
    if screening(ev).screened:
        out["screening"] = fingerprint(cast(Table, screening_table(ev)), draft)
    return out
