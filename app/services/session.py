"""An open project kept in memory for the desktop: the evaluation is loaded once and patched in place.

Loading a large project (27,000 scores) takes tens of milliseconds; a window that recomputes after
every keystroke should not pay that each time. A :class:`ProjectSession` holds the loaded
:class:`Evaluation` and, after each score or verdict it records, replaces just that entry. It
notices writes made by anyone else (another window, the command line) because every write adds an
audit event: when the log's last id is not the one it expects, it reloads.
"""

from __future__ import annotations

import dataclasses
import os
import weakref
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import func, select

from app.domain.art64_check import Art64Finding, art64_findings, blockers
from app.domain.committee import Finding
from app.domain.engine import evaluate, rescore
from app.domain.model import Check, Evaluation, Score
from app.domain.problems import InvalidInput, Problem
from app.domain.result import Result
from app.domain.validate import ScoreTable, check_scores
from app.exchange.jsontext import score_text
from app.persistence.audit import AuditRow
from app.persistence.mapping import read_evaluation, score_value
from app.persistence.store import ProjectStore
from app.services import checks, decisions, members, scores
from app.services.common import Change
from app.services.records import submitted_members
from app.services.session_files import FileOps
from app.services.session_ops import NegotiationOps, ResultOps, ReviewOps, ScoreOps

T = TypeVar("T")
K = TypeVar("K")
CheckKey = tuple[str, str | None, str, str]


def _replaced(entries: tuple[T, ...], index: dict[K, int], key: K, entry: T) -> tuple[T, ...]:
    """The entries with the one at ``key`` replaced (or appended: a new row comes last in the file too)."""
    at = index.get(key)
    if at is None:
        index[key] = len(entries)
        return (*entries, entry)
    copy = list(entries)  # one copy and one tuple (half a million scores: a few ms, not twenty)
    copy[at] = entry
    return tuple(copy)


class ProjectSession(ReviewOps, ScoreOps, ResultOps, NegotiationOps, FileOps):
    """One open project: its store, its evaluation in memory, and the services that keep both in step.

    It is the window's one door into the core: every action of a page is one of its named methods
    (:mod:`app.services.session_ops`, :mod:`app.services.session_files`), every read a page needs too.
    ``by`` is who acts, for the audit log (the desk's editor).
    """

    #: Whether the project is a file (copies, backups and packages work on it); the room's is not.
    is_file = True

    def __init__(self, store: ProjectStore, by: str = "agent") -> None:
        self.store = store
        self.by = by
        self._ev: Evaluation | None = None
        self._last_good: Evaluation | None = None
        self._last_audit = 0
        self._score_at: dict[str | None, dict[tuple[str, str], int]] = {}  # see _member_scores
        self._check_at: dict[CheckKey, int] = {}
        self._result: Result | None = None
        self._table: ScoreTable | None = None  # the checked scores, patched per change
        self._findings: dict[str, list[Art64Finding]] | None = None  # by bid, kept per score change
        self._stale_bids: set[str] = set()
        self._previous: Result | None = None  # the result before the score changes of ``_dirty`` bids
        self._dirty: set[str] = set()
        #: The last patches: (before, after, the score entries that differ, whether it continues the one before
        #: it), the evaluations held weakly (an evaluation between two that a page read may be gone).
        self._patches: list[tuple[weakref.ref[Evaluation], weakref.ref[Evaluation], tuple[Score, ...], bool]] = []

    def _patched(self, before: Evaluation, after: Evaluation, entries: tuple[Score, ...]) -> None:
        joined = bool(self._patches) and self._patches[-1][1]() is before
        self._patches = [*self._patches[-15:], (weakref.ref(before), weakref.ref(after), entries, joined)]

    def score_changes(self, old: Evaluation, new: Evaluation) -> list[Score] | None:
        """The score entries of ``new`` that are not ``old``'s, in the order made, when this session made
        ``new`` from ``old`` by its own patches (a sheet then follows an edit without comparing half a million
        scores); None when it does not know (a reload, a setup change, a patch too old)."""
        if old is new:
            return []
        steps: list[tuple[Score, ...]] = []
        made: Evaluation | None = new  # what the patch looked at must have made (None: gone, but joined)
        for before, after, entries, joined in reversed(self._patches):
            if not steps and after() is not new:
                continue  # patches made after ``new``
            if made is not None and after() is not made:
                return None
            steps.append(entries)
            made = before()
            if made is old:
                return [s for step in reversed(steps) for s in step]
            if not joined:
                return None
        return None

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> ProjectSession:
        """Open a project file (see :meth:`ProjectStore.open` for what is refused)."""
        return cls(ProjectStore.open(path))

    def close(self) -> None:
        """Close the project file."""
        self.store.close()

    def __enter__(self) -> ProjectSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the evaluation ----------------------------------------------------------------------------
    def _last_event(self) -> int:
        return self.store.last_event()

    def _load(self) -> Evaluation:
        with self.store.read() as session:
            last = int(session.scalar(select(func.coalesce(func.max(AuditRow.id), 0))) or 0)
            ev = read_evaluation(session.connection(), str(self.store.path))
        self._ev, self._last_audit, self._result, self._table = ev, last, None, None
        self._last_good = ev
        self._previous, self._dirty = None, set()
        self._findings, self._stale_bids = None, set()
        self._score_at = {}
        self._check_at = {(c.stage, c.member, c.bidder, c.item): i for i, c in enumerate(ev.checks)}
        return ev

    def last_read(self) -> Evaluation | None:
        """The evaluation as last read (None before the first read), without asking the storage."""
        return self._ev if self._ev is not None else self._last_good

    def evaluation(self) -> Evaluation:
        """The project's evaluation, as :func:`~app.services.project_io.load_project_evaluation` gives it."""
        if self._ev is None or self._last_event() != self._last_audit:
            return self._load()
        return self._ev

    def result(self) -> Result:
        """The engine's result for the current evaluation (computed once per change).

        Raises:
            InvalidInput: the evaluation is not complete or consistent yet.
        """
        ev = self.evaluation()
        if self._result is None and self._previous is not None and self._table is not None:
            # Only some bids' scores changed since the last result: compute just their rows again.
            self._result = rescore(ev, self._table, self._previous, self._dirty)
        if self._result is None:
            if self._table is None:
                problems: list[Problem] = []
                table = check_scores(ev, problems)
                if problems:
                    self._result = evaluate(ev)  # raises InvalidInput naming every problem
                self._table = table
            self._result = evaluate(ev, self._table)
        self._previous, self._dirty = None, set()
        return self._result

    def findings(self) -> list[Art64Finding]:
        """The Art.64 check's findings for the current evaluation (after a score change, only that bid's again)."""
        ev = self.evaluation()
        if self._findings is None or self._stale_bids:
            try:
                result: Result | None = self.result()  # checks the scores once, into the table the findings reuse
            except InvalidInput:
                result = None
            only = None if self._findings is None else self._stale_bids
            by_bid = {} if self._findings is None else dict(self._findings)
            for bid in only or ():
                by_bid[bid] = []
            for finding in art64_findings(ev, scores=self._table, only=only, result=result):
                by_bid.setdefault(finding.bidder, []).append(finding)
            self._findings, self._stale_bids = by_bid, set()
        return [f for b in ev.bidders for f in self._findings.get(b.id, ())]

    def blockers(self) -> list[Finding]:
        """What keeps the evaluation from being finalised now (see :func:`app.domain.art64_check.blockers`)."""
        ev = self.evaluation()
        with self.store.read() as session:
            submitted = submitted_members(session)
        return blockers(ev, submitted, self.result, self.findings())

    def _applied(self, change: Change) -> bool:
        """Whether our copy may be patched for this change: it was the very next event in the log."""
        if not change.changed:
            return False
        if self._ev is None or change.audit_id != self._last_audit + 1:
            self._ev = self._table = None  # someone else wrote in between: reload on next use
            self._previous, self._dirty = None, set()
            return False
        self._last_audit = change.audit_id
        self._previous, self._dirty = None, set()
        self._findings, self._stale_bids = None, set()
        self._result = None
        return True

    # -- changes -----------------------------------------------------------------------------------
    def record_score(
        self,
        member: str | None,
        bidder: str,
        factor: str,
        raw_value: object,
        *,
        by: str,
        reason: str | None = None,
        art64: str | None = None,
    ) -> Change:
        """:func:`app.services.scores.record_score` on this project, keeping the evaluation in step."""
        self.evaluation()
        change = scores.record_score(self.store, member, bidder, factor, raw_value, by=by, reason=reason,
                                     art64=art64)
        previous = self._result if self._result is not None else self._previous
        dirty = self._dirty | {bidder}
        findings, stale = self._findings, self._stale_bids | {bidder}
        if self._applied(change) and self._ev is not None:
            if previous is not None and self._table is not None:
                self._previous, self._dirty = previous, dirty  # only this bid's row is computed again
                self._findings, self._stale_bids = findings, stale  # and only its findings
            entry = Score(member, bidder, factor, score_value(score_text(raw_value)))
            scores_ = _replaced(self._ev.scores, self._member_scores(member), (bidder, factor), entry)
            before, self._ev = self._ev, dataclasses.replace(self._ev, scores=scores_)
            self._patched(before, self._ev, (entry,))
            if self._table is not None:  # the service accepted the value: patch the checked table too
                self._table.put(next(f for f in self._ev.factors if f.id == factor), member, bidder, entry.value)
        return change

    def _member_scores(self, member: str | None) -> dict[tuple[str, str], int]:
        """Where each of a member's scores (None: the joint ones) stands in the evaluation's scores, by (bidder,
        factor): made at the member's first change, one member at a time (a desk corrects one sheet, and an
        index of half a million scores would hold 65 MB)."""
        assert self._ev is not None
        index = self._score_at.get(member)
        if index is None:
            index = self._score_at[member] = {(s.bidder, s.factor): i for i, s in enumerate(self._ev.scores)
                                              if s.member == member}
        return index

    def record_check(
        self,
        stage: str,
        bidder: str,
        item: str,
        passed: bool,
        *,
        member: str | None = None,
        note: str | None = None,
        by: str,
        reason: str | None = None,
    ) -> Change:
        """:func:`app.services.checks.record_check` on this project, keeping the evaluation in step."""
        ev = self.evaluation()
        key: CheckKey = (stage, member, bidder, item)
        if note is None:
            at = self._check_at.get(key)
            note = ev.checks[at].note if at is not None else ""
        change = checks.record_check(self.store, stage, bidder, item, passed, member=member, note=note, by=by,
                                     reason=reason)
        if self._applied(change) and self._ev is not None:
            entry = Check(stage=stage, bidder=bidder, item=item, passed=passed, member=member, note=note)
            before = self._ev
            self._ev = dataclasses.replace(self._ev, checks=_replaced(self._ev.checks, self._check_at, key, entry))
            self._patched(before, self._ev, ())
        return change

    def record_decision(self, bidder: str, kind: str, *, accepted: bool | None = None, reason: str = "",
                        note: str = "", by: str) -> Change:
        """:func:`app.services.decisions.record_decision` on this project (reloads the evaluation)."""
        change = decisions.record_decision(self.store, bidder, kind, accepted=accepted, reason=reason, note=note,
                                           by=by)
        if change.changed:
            self._ev = self._table = None
        return change

    def blind_codes(self) -> dict[str, str]:
        """Every bidder's blind code (made on first need; making them changes nothing of the evaluation, so the
        copy in memory stays: a first open of a large project does not read it all twice)."""
        current = self._ev is not None and self._last_event() == self._last_audit
        codes = super().blind_codes()
        if current:
            self._last_audit = self._last_event()
        return codes

    def submit_member(self, member: str, *, by: str) -> Change:
        """:func:`app.services.members.submit_member` on this project (the evaluation does not change)."""
        change = members.submit_member(self.store, member, by=by)
        if change.changed and change.audit_id == self._last_audit + 1:
            self._last_audit = change.audit_id
        return change

    def save_setup(self, after: Evaluation, *, by: str, action: str = "edit") -> Change:
        """:func:`app.services.setup.save_setup` on this project (reloads the evaluation after a change)."""
        from app.services.setup import save_setup

        change = save_setup(self.store, after, by=by, action=action)
        if change.changed:
            self._ev = self._table = None
            self._result = None
        return change

    def record(self, service: Callable[..., Change], *args: object, **kwargs: object) -> Change:
        """Run one of :mod:`app.services.records`' services on this project (reloads after a change)."""
        change = service(self.store, *args, **kwargs)
        if change.changed:
            self._ev = self._table = None
            self._result = None
        return change
