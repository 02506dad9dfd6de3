"""The door's named operations, by area: every action a page offers is one method of the open project's session.

Each is one unit of work through the services (checked, written, audited) and returns the
:class:`~app.services.common.Change` it made; a refusal is an :class:`~app.domain.problems.InvalidInput`
(problems with their place) or a :class:`~app.services.errors.StorageError` (a code). Who acts is the
session's :attr:`by` (the desk's editor, or the room's login), never a page's business.

:class:`ProjectSession` (app/services/session.py) is the desk's door; the evaluation room's
(app/room/session.py) is the same door over the room's database, overriding what the room does
through its own guarded functions (finalising, reopening, submitting).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from app.domain import negotiation as ng
from app.domain import session_records as sr
from app.domain.model import Evaluation
from app.persistence.store import ProjectStore
from app.services import negotiation as sn
from app.services import records
from app.services import screening as ss
from app.services.common import Change
from app.services.decisions import withdraw_decision


class SessionBase:
    """What the operations need of the session (:class:`~app.services.session.ProjectSession` gives it)."""

    store: ProjectStore
    by: str

    def evaluation(self) -> Evaluation:
        raise NotImplementedError

    def record(self, service: Callable[..., Change], *args: object, **kwargs: object) -> Change:
        raise NotImplementedError

    def record_check(self, stage: str, bidder: str, item: str, passed: bool, *, member: str | None = None,
                     note: str | None = None, by: str, reason: str | None = None) -> Change:
        raise NotImplementedError

    def record_decision(self, bidder: str, kind: str, *, accepted: bool | None = None, reason: str = "",
                        note: str = "", by: str) -> Change:
        raise NotImplementedError

    def record_score(self, member: str | None, bidder: str, factor: str, raw_value: object, *, by: str,
                     reason: str | None = None, art64: str | None = None) -> Change:
        raise NotImplementedError

    def submit_member(self, member: str, *, by: str) -> Change:
        raise NotImplementedError


class ReviewOps(SessionBase):
    """资格审查, 符合性审查, 价格审查: verdicts, the committee's decisions on bids, low-price reviews."""

    def set_verdict(self, stage: str, bidder: str, item: str, passed: bool, *, member: str | None,
                    note: str = "") -> Change:
        """One verdict (a member's, or the joint one with ``member=None``); a failing one carries its reason."""
        return self.record_check(stage, bidder, item, passed, member=member, note=note, by=self.by)

    def pass_all(self, stage: str, bidder: str, items: Sequence[str], *, member: str | None) -> Change:
        """通过 on every listed item of one bid, in one unit of work (all or none)."""
        from app.services.checks import record_checks

        return self.record(record_checks, stage, bidder, list(items), member=member, by=self.by)

    def declare_invalid(self, bidder: str, reason: str) -> Change:
        """The committee's decision that a bid is invalid, with its reason."""
        return self.record_decision(bidder, "invalid", reason=reason, by=self.by)

    def withdraw_invalid(self, bidder: str, reason: str | None = None) -> Change:
        """Withdraw the committee's invalidity decision on a bid."""
        return self.record(withdraw_decision, bidder, "invalid", by=self.by, reason=reason)

    def review_low_price(self, review: sr.LowPriceReview) -> Change:
        """A low-price review (and the committee's decision when a majority agrees)."""
        return self.record(records.record_low_price_review, review, by=self.by)


class ScoreOps(SessionBase):
    """独立评分 and the Art.64 check: scores, submissions, evidence, findings, the outlier share."""

    def score(self, member: str | None, bidder: str, factor: str, raw_value: object, *, reason: str | None = None,
              art64: str | None = None) -> Change:
        """One score (None: the joint objective score); after submission, with a reason and an Art.64 category."""
        return self.record_score(member, bidder, factor, raw_value, by=self.by, reason=reason, art64=art64)

    def submit(self, member: str) -> Change:
        """Submit (lock) a member's sheet."""
        return self.submit_member(member, by=self.by)

    def set_pin(self, member: str, pin: str | None) -> Change:
        """Set (None: clear) the PIN a member types to open their sheet on this desk."""
        from app.services.members import set_pin

        return self.record(set_pin, member, pin, by=self.by)

    def pin_set(self, member: str) -> bool:
        """Whether the member has a PIN on this desk."""
        from app.domain.pins import pins

        return member in pins(self.evaluation().extensions)

    def check_pin(self, member: str, pin: str) -> bool:
        """Whether ``pin`` is the member's PIN (False when none is set)."""
        from app.domain.pins import pin_matches, pins

        stored = pins(self.evaluation().extensions).get(member)
        return stored is not None and pin_matches(stored, pin)

    def set_evidence(self, member: str | None, bidder: str, factor: str, lines: list[str]) -> Change:
        """What a count rests on, one line per item counted."""
        return self.record(records.set_evidence, member, bidder, factor, lines, by=self.by)

    def set_count_once(self, groups: list[list[str]]) -> Change:
        """The matrix's groups of count factors across which one item (a person, a certificate) counts once."""
        return self.record(records.set_count_once, groups, by=self.by)

    def set_outlier_share(self, share: Decimal | str) -> Change:
        """The share of a factor's points beyond which a score is far from the others' mean (the tender's)."""
        return self.record(records.set_outlier_share, share, by=self.by)

    def resolve_finding(self, key: str, action: str, *, reason: str, art64: str | None = None) -> Change:
        """How the committee resolved one Art.64 finding (``kept`` or ``corrected``)."""
        return self.record(records.resolve_finding, key, action, reason=reason, art64=art64, by=self.by)


class ResultOps(SessionBase):
    """结果与定稿: tie votes, finalising, reopening."""

    def vote_tie(self, vote: sr.TieVote) -> Change:
        """The committee's vote on a tie."""
        return self.record(records.record_tie_vote, vote, by=self.by)

    def finalise(self) -> Change:
        """Finalise (lock) the evaluation; refused while anything blocks it."""
        return self.record(records.finalise, by=self.by)

    def reopen(self, reason: str, art64: str) -> Change:
        """Reopen the finalised evaluation as a recorded re-evaluation."""
        return self.record(records.reopen, reason=reason, art64=art64, by=self.by)


class NegotiationOps(SessionBase):
    """The negotiation record of 单一来源 / 竞争性谈判 / 竞争性磋商, and 清标."""

    def record_round(self, rnd: ng.Round) -> Change:
        return self.record(sn.record_round, rnd, by=self.by)

    def remove_round(self, number: int, bidder: str) -> Change:
        return self.record(sn.remove_round, number, bidder, by=self.by)

    def record_no_final(self, bidder: str, note: str) -> Change:
        return self.record(sn.record_no_final, bidder, note, by=self.by)

    def withdraw_no_final(self, bidder: str) -> Change:
        return self.record(sn.withdraw_no_final, bidder, by=self.by)

    def record_outcome(self, outcome: ng.Outcome) -> Change:
        return self.record(sn.record_outcome, outcome, by=self.by)

    def clear_outcome(self, reason: str) -> Change:
        return self.record(sn.clear_outcome, reason=reason, by=self.by)

    def record_screen(self, doc: dict[str, Any]) -> Change:
        """Keep a 清标 screen in the project."""
        return self.record(ss.record_screen, doc, by=self.by)

    def conclude_finding(self, finding: str, kind: str, reason: str, bidders: tuple[str, ...] = ()) -> Change:
        """The committee's conclusion on one 清标 finding."""
        return self.record(ss.conclude, finding, kind, reason, bidders, by=self.by)

    def withdraw_conclusion(self, finding: str, reason: str) -> Change:
        return self.record(ss.withdraw, finding, reason=reason, by=self.by)
