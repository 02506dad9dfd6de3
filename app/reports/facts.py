"""What the evaluation report states about the evaluation itself: whether and when it was finalised,
when it took place (评标时间), and which of its facts are left blank for the clerk to fill in by hand.

The evaluation dates come from the project's audit trail: from the day of the first record of the
evaluation session (a verdict, a score, a decision, a submitted sheet …) to the day it was finalised,
on this computer's clock. Without a trail (an exchange file) the report leaves them blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.domain import extras
from app.domain.model import Evaluation
from app.domain.session_records import final_record
from app.reports.formats import local_time

#: The audit entities written during the evaluation session (not the setup or an import).
SESSION_ENTITIES = frozenset({
    "score", "check", "decision", "low_price_review", "evidence", "art64", "tie_vote", "final", "package_return",
})


def _day(moment: object) -> date | None:
    found = local_time(str(moment or ""))
    return found.date() if found is not None else None


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def evaluation_dates(ev: Evaluation, audit: Sequence[object] | None) -> str:
    """``2025年11月25日`` or ``2025年11月25日至2025年11月26日``: from the first session record to the finalisation;
    "" for a draft or without an audit trail."""
    final = final_record(ev)
    if final is None or audit is None:
        return ""
    end = _day(final.get("at"))
    days = [d for event in audit
            if getattr(event, "entity", "") in SESSION_ENTITIES
            or (getattr(event, "entity", "") == "member" and getattr(event, "action", "") == "submit")
            if (d := _day(getattr(event, "at", ""))) is not None]
    if end is not None:
        days.append(end)
    if not days:
        return ""
    first, last = min(days), max(days)
    return _cn(first) if first == last else f"{_cn(first)}至{_cn(last)}"


def report_gaps(ev: Evaluation) -> list[tuple[str, str]]:
    """The report's facts the data leaves blank, as (code, the report's words): ``notice`` 招标公告发布媒介,
    ``opening_date`` 开标日期, ``opening_place`` 开标地点, ``leader`` 评标委员会组长 (协商小组组长).

    They are printed as lines to fill in by hand; finalising warns about them but does not refuse.
    """
    panel = "协商小组" if ev.project.method == "single_source" else "评标委员会"
    gaps = []
    if not extras.report_text(ev, "notice").strip():
        gaps.append(("notice", "招标公告发布媒介"))
    if not (ev.project.opening or "").strip():
        gaps.append(("opening_date", "开标日期"))
    if not extras.report_text(ev, "opening_place").strip():
        gaps.append(("opening_place", "开标地点"))
    if extras.leader(ev) not in {m.id for m in ev.members}:
        gaps.append(("leader", f"{panel}组长"))
    return gaps
