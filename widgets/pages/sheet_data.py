"""What the scoring page shows, without Qt: one snapshot of the scores (indexed, with every sheet's
progress, patched in place after a score edit), the bids' statuses, and the rows of one factor's sheet.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from itertools import compress
from operator import is_not

from app.domain import model as m
from app.domain.engine import review_bids
from app.domain.scoring import ValueRejected, parse_value
from app.domain.session_records import evidence
from app.domain.validate import check_structure


def bid_statuses(ev: m.Evaluation) -> dict[str, str]:
    """Each bid's status (valid / pending / invalid) from the reviews, the ceiling and the decisions.

    Scores play no part in a bid's validity, so they are left out (cheap, and computable while
    scores are missing). A bid whose price cannot be read has no status (the engine reports it).
    """
    bare = dataclasses.replace(ev, scores=())
    return {bid: r.status for bid, r in review_bids(bare, check_structure(bare, [])).items()}


class SheetData:
    """The scores indexed by (member, bidder, factor), the bids to score, and every sheet's progress.

    :meth:`update` patches the index and the counts for the entries that changed (a score edit
    replaces one entry of ``ev.scores``, every other entry stays the same object), so an edit costs
    a scan of the tuple, not a rebuild; anything else (setup, verdicts, a reload) rebuilds.
    """

    MAX_PATCH = 64

    def __init__(self, ev: m.Evaluation, statuses: dict[str, str],
                 cells: dict[str, list[str]] | None = None) -> None:
        self.cells = cells
        self._build(ev, statuses)

    def _build(self, ev: m.Evaluation, statuses: dict[str, str]) -> None:
        self.ev = ev
        self.statuses = statuses
        self.factors = [f for f in ev.factors if not f.is_price]
        self.by_id = {f.id: f for f in ev.factors}
        self.scores: dict[tuple[str | None, str, str], object] = {(s.member, s.bidder, s.factor): s.value
                                                                   for s in ev.scores}
        self.scorable = [b.id for b in ev.bidders if statuses.get(b.id, "invalid") != "invalid"]
        self._scorable = set(self.scorable)
        self._objective = {f.id for f in self.factors if f.objective}
        self._scored = {f.id for f in self.factors}
        self.joint: dict[str, set[str]] = {f: set() for f in self._objective}
        for who, bidder, factor in self.scores:
            if who is None and factor in self._objective and bidder in self._scorable:
                self.joint[factor].add(bidder)
        self.own: Counter[tuple[str, str]] = Counter()
        for who, bidder, factor in self.scores:
            if self._counts(who, bidder, factor):
                self.own[(who, factor)] += 1  # type: ignore[index]

    def _counts(self, who: str | None, bidder: str, factor: str) -> bool:
        """Whether a member's own entry counts on their sheet (a joint score stands in its place)."""
        return who is not None and bidder in self._scorable and factor in self._scored and not (
            factor in self._objective and bidder in self.joint[factor])

    def update(self, ev: m.Evaluation, statuses: dict[str, str],
               changes: Callable[[m.Evaluation, m.Evaluation], list[m.Score] | None] | None = None) -> None:
        """Follow the evaluation: patch when only scores changed, else rebuild. ``changes``: the source's
        record of which score entries it replaced since an evaluation (None when it cannot say)."""
        old = self.ev
        if ev is old:
            return
        same_setup = statuses is self.statuses and ev.factors is old.factors and ev.bidders is old.bidders
        if not same_setup or len(ev.scores) < len(old.scores):
            self._build(ev, statuses)
            return
        known = changes(old, ev) if changes is not None else None
        if known is not None:
            changed = known
        else:  # which entries are new objects, compared in C (a sheet follows half a million scores per edit)
            changed = list(compress(ev.scores, map(is_not, ev.scores, old.scores)))
            changed += ev.scores[len(old.scores):]
        if len(changed) > self.MAX_PATCH:
            self._build(ev, statuses)
            return
        self.ev = ev
        for s in changed:
            self._put(s)
        if len(self.scores) != len(ev.scores):  # an entry moved or vanished: the patch cannot follow
            self._build(ev, statuses)

    def _put(self, s: m.Score) -> None:
        key = (s.member, s.bidder, s.factor)
        new = key not in self.scores
        self.scores[key] = s.value
        if not new:
            return
        if s.member is None:
            if s.factor in self._objective and s.bidder in self._scorable:
                self.joint[s.factor].add(s.bidder)
                for who in {k[0] for k in self.scores if k[1] == s.bidder and k[2] == s.factor and k[0]}:
                    self.own[(who, s.factor)] -= 1
        elif self._counts(s.member, s.bidder, s.factor):
            self.own[(s.member, s.factor)] += 1

    def factor_done(self, member: str | None, factor: str) -> int:
        """How many bids the sheet has scored on a factor (a joint score counts on every sheet)."""
        joint = len(self.joint.get(factor, ()))
        return joint if member is None else joint + self.own[(member, factor)]

    def factor_total(self, factor: str) -> int:
        """How many bids a sheet scores on a factor (a package's or a seat's cells, with the joint ones)."""
        if self.cells is not None:
            return len(self.cells.get(factor, ())) + len(self.joint.get(factor, ()))
        return len(self.scorable)

    def member_done(self, member: str) -> tuple[int, int]:
        """How many of the sheet's scores are given, and how many it needs."""
        done = sum(self.factor_done(member, f.id) for f in self.factors)
        if self.cells is not None:
            # a package's cells leave out what a joint score stands for, which counts as done on the sheet
            return done, sum(len(self.cells.get(f.id, ())) + len(self.joint.get(f.id, ())) for f in self.factors)
        return done, len(self.scorable) * len(self.factors)


@dataclasses.dataclass(frozen=True)
class SheetRow:
    """One bid on the sheet for the selected factor."""

    bidder: str
    label: str
    invalid: bool
    has_value: bool
    raw: object
    joint: bool
    evidence: tuple[str, ...]
    editable: bool


def same_value(factor: m.Factor, a: object, b: object) -> bool:
    """Whether two raw values are the same score (``"3"`` and ``3``)."""
    try:
        return parse_value(factor, a) == parse_value(factor, b)
    except ValueRejected:
        return False


class BidStatuses:
    """:func:`bid_statuses`, computed again only when what they rest on changed (not on a score edit)."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()
        self._statuses: dict[str, str] = {}

    def __call__(self, ev: m.Evaluation) -> dict[str, str]:
        key = (ev.project, ev.bidders, ev.checks, ev.decisions, ev.rules, ev.qualification, ev.compliance)
        if len(key) != len(self._key) or any(a is not b for a, b in zip(key, self._key, strict=True)):
            self._statuses = bid_statuses(ev)
            self._key = key
        return self._statuses


def sheet_keys(data: SheetData, factor: m.Factor, cells: dict[str, list[str]] | None) -> set[str] | None:
    """With a package's cells: the keys a factor's rows show (codes for a blind factor, else the bids,
    including those a joint score stands for); None: every bid of the evaluation."""
    if cells is None:
        return None
    if factor.blind:
        return {k for f in data.factors if f.blind for k in cells.get(f.id, ())}
    plain = {k for f in data.factors if not f.blind for k in cells.get(f.id, ())}
    return plain | {b for (who, b, fid) in data.scores if who is None and fid == factor.id}


def sheet_rows(data: SheetData, factor: m.Factor, member: str | None, codes: dict[str, str] | None,
               cells: dict[str, list[str]] | None = None) -> list[SheetRow]:
    """The rows of a factor on ``member``'s sheet (None: the committee's joint sheet).

    ``codes``: a sealed blind factor's codes by bidder (the rows are labelled and sorted by code), None
    when names are shown; ``cells``: a package's sheet (see :func:`sheet_keys`).
    """
    ev = data.ev
    scorable = set(data.scorable)
    rows = []
    wanted = sheet_keys(data, factor, cells)
    for b in ev.bidders:
        if wanted is not None and b.id not in wanted:
            continue
        joint_key = (None, b.id, factor.id)
        joint = member is not None and factor.objective and joint_key in data.scores
        key = joint_key if member is None or joint else (member, b.id, factor.id)
        invalid = b.id not in scorable
        has_value = key in data.scores
        label = codes.get(b.id, "?") if codes is not None else b.name
        lines = evidence(ev, key[0], b.id, factor.id) if isinstance(factor.rule, m.CountRule) else ()
        rows.append(SheetRow(b.id, label, invalid, has_value, data.scores.get(key), joint, lines,
                             not invalid and not joint))
    if codes is not None:
        rows.sort(key=lambda r: r.label)
    return rows
