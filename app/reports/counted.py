"""Under each member's sheet: what every count and hours score rests on (the items counted, the hours given)."""

from __future__ import annotations

from app.domain.model import Bidder, CountRule, Evaluation, HoursRule
from app.domain.result import Result
from app.domain.session_records import evidence


def build_counted(ev: Evaluation, result: Result, member: str) -> tuple[tuple[str, str, str, str], ...]:
    """Under a member's sheet: the items each count rests on (the member's, or the joint score's) and the hours
    each hours score was given (see :attr:`MemberSheet.counted`)."""
    values = {(s.member, s.bidder, s.factor): s.value for s in ev.scores}
    out: list[tuple[str, str, str, str]] = []
    for b in _scored_bids(ev, result):
        for f in ev.factors:
            if isinstance(f.rule, CountRule):
                lines = evidence(ev, member, b.id, f.id) or evidence(ev, None, b.id, f.id)
                if lines:
                    out.append((b.id, b.name, f.id, "；".join(lines)))
            elif isinstance(f.rule, HoursRule):
                value = values.get((member, b.id, f.id), values.get((None, b.id, f.id)))
                if value is not None:
                    out.append((b.id, b.name, f.id, f"{value} 小时"))
    return tuple(out)


def _scored_bids(ev: Evaluation, result: Result) -> list[Bidder]:
    """The bids a sheet lists (those the result ranks), in opening order."""
    return [b for b in ev.bidders if result.bidder(b.id).ranked]
