"""What the committee records in the evaluation room beyond verdicts, scores and decisions.

Kept, like :mod:`app.domain.extras`, under the exchange file's free ``"x"`` object, so a session
exported and imported again keeps it. Every value is plain JSON (decimals as strings, times as
``YYYY-MM-DD HH:MM`` on the evaluation room's clock):

``biddesk.low_price_reviews``  ``{bidder: {"asked_at", "deadline", "summary", "attachments": [name, …],
                               "references", "opinions": {member: {"accepted": bool, "text"}}}}``
                               the request for a justification of an abnormally low price (财库〔2026〕2号)
                               and each member's opinion; the conclusion is the members' majority
``biddesk.art64_check``        ``{"share": "0.30", "resolutions": {finding_key: {"action": "kept"|"corrected",
                               "reason", "art64", "detail", "at", "by"}}}`` the check before signing
                               (87号令 Art.64) and how each finding was resolved
``biddesk.tie_votes``          ``{"B1,B2": {"order": [bidder, …], "votes": {member: bidder}, "note"}}`` the
                               committee's vote on bids still tied after the tie-break chain
``biddesk.evidence``           ``{"member|bidder|factor": [text, …]}`` what an objective count rests on
                               (e.g. the contracts counted); ``member`` is ``-`` for the joint score
``biddesk.final``              ``{"at", "by", "candidates": [...], "failed": bool}`` set when the evaluation
                               is finalised; while set, nothing may change
``biddesk.reevaluations``      ``[{"at", "by", "reason", "art64", "final": {...}}]`` each reopening of a
                               finalised evaluation (a recorded re-evaluation)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.model import Evaluation
from app.domain.problems import Problem

LOW_PRICE = "biddesk.low_price_reviews"
ART64_CHECK = "biddesk.art64_check"
TIE_VOTES = "biddesk.tie_votes"
EVIDENCE = "biddesk.evidence"
FINAL = "biddesk.final"
REEVALUATIONS = "biddesk.reevaluations"
NEGOTIATION = "biddesk.negotiation"  # app.domain.negotiation
SCREENING = "biddesk.screening"  # app.domain.screening_records
#: The keys only the session's own services write (a setup edit keeps what is stored under them).
SESSION_KEYS = (LOW_PRICE, ART64_CHECK, TIE_VOTES, EVIDENCE, FINAL, REEVALUATIONS, NEGOTIATION, SCREENING)

#: A bidder asked to justify its price has at least this long to answer (财库〔2026〕2号).
MIN_RESPONSE = timedelta(minutes=30)
TIME_FORMAT = "%Y-%m-%d %H:%M"
#: The default share of a factor's max beyond which a member's score is far from the others' mean.
DEFAULT_SHARE = Decimal("0.30")


def _section(ev: Evaluation, key: str) -> dict[str, Any]:
    value = ev.extensions.get(key)
    return dict(value) if isinstance(value, dict) else {}


def keep_session_keys(after: dict[str, object], stored: dict[str, object]) -> dict[str, object]:
    """``after``'s extensions with the session's keys as ``stored`` has them (a setup edit never moves them)."""
    out = {k: v for k, v in after.items() if k not in SESSION_KEYS}
    out.update({k: v for k, v in stored.items() if k in SESSION_KEYS})
    return out


def parse_time(text: str) -> datetime | None:
    """A ``YYYY-MM-DD HH:MM`` time, or None when unreadable."""
    try:
        return datetime.strptime(text.strip(), TIME_FORMAT)
    except (ValueError, AttributeError):
        return None


# -- abnormal low price: the request and the opinions ----------------------------------------------
@dataclass(frozen=True)
class Opinion:
    """One member's opinion on a bidder's justification of its price."""

    member: str
    accepted: bool
    text: str = ""


@dataclass(frozen=True)
class LowPriceReview:
    """The record of asking a bidder to justify an abnormally low price, and of the committee's opinions."""

    bidder: str
    asked_at: str
    deadline: str
    summary: str = ""
    attachments: tuple[str, ...] = ()
    references: str = ""
    opinions: tuple[Opinion, ...] = ()

    def conclusion(self, members: int) -> bool | None:
        """Accepted (True) or rejected (False) by a majority of the ``members`` committee; None: not yet."""
        accepts = sum(1 for o in self.opinions if o.accepted)
        rejects = len(self.opinions) - accepts
        if 2 * accepts > members:
            return True
        if 2 * rejects > members:
            return False
        return None

    def to_json(self) -> dict[str, Any]:
        """The entry as kept under ``x``."""
        return {
            "asked_at": self.asked_at, "deadline": self.deadline, "summary": self.summary,
            "attachments": list(self.attachments), "references": self.references,
            "opinions": {o.member: {"accepted": o.accepted, "text": o.text} for o in self.opinions},
        }

    @classmethod
    def from_json(cls, bidder: str, doc: Any) -> LowPriceReview:
        """The entry read back (unreadable parts become empty, so a bad file never crashes a view)."""
        doc = doc if isinstance(doc, dict) else {}
        found = doc.get("opinions")
        opinions = found if isinstance(found, dict) else {}
        return cls(
            bidder=bidder,
            asked_at=str(doc.get("asked_at") or ""),
            deadline=str(doc.get("deadline") or ""),
            summary=str(doc.get("summary") or ""),
            attachments=tuple(str(a) for a in doc.get("attachments") or () if isinstance(a, str)),
            references=str(doc.get("references") or ""),
            opinions=tuple(
                Opinion(str(mid), bool(o.get("accepted")), str(o.get("text") or ""))
                for mid, o in opinions.items() if isinstance(o, dict) and isinstance(o.get("accepted"), bool)
            ),
        )


def low_price_reviews(ev: Evaluation) -> dict[str, LowPriceReview]:
    """The recorded low-price reviews, by bidder."""
    return {bid: LowPriceReview.from_json(bid, doc) for bid, doc in _section(ev, LOW_PRICE).items()}


def review_problems(ev: Evaluation, review: LowPriceReview) -> list[Problem]:
    """What is wrong with a low-price review record (paths name its fields)."""
    problems: list[Problem] = []
    if review.bidder not in {b.id for b in ev.bidders}:
        problems.append(Problem.of("bidder", "session_records.unknown_bidder", "unknown bidder %1", review.bidder))
    asked, deadline = parse_time(review.asked_at), parse_time(review.deadline)
    if asked is None:
        problems.append(Problem.of("asked_at", "session_records.not_time_yyyy_mm",
                                   "%1 is not a time (YYYY-MM-DD HH:MM)", repr(review.asked_at)))
    if deadline is None:
        problems.append(Problem.of("deadline", "session_records.not_time_yyyy_mm",
                                   "%1 is not a time (YYYY-MM-DD HH:MM)", repr(review.deadline)))
    if asked is not None and deadline is not None and deadline - asked < MIN_RESPONSE:
        problems.append(Problem.of("deadline", "session_records.bidder_must_given_least",
                                   "the bidder must be given at least 30 minutes to answer (asked %1, deadline %2)",
                                   review.asked_at, review.deadline))
    members = {m.id for m in ev.members}
    seen: set[str] = set()
    for o in review.opinions:
        if o.member not in members:
            problems.append(Problem.of("opinions", "session_records.unknown_member", "unknown member %1", o.member))
        if o.member in seen:
            problems.append(Problem.of("opinions", "session_records.member_gives_two_opinions",
                                       "member %1 gives two opinions", o.member))
        seen.add(o.member)
        if not o.accepted and not o.text.strip():
            problems.append(Problem.of("opinions", "session_records.member_rejects_justification_without",
                                       "member %1 rejects the justification without a reason", o.member))
    if review.opinions and not review.summary.strip():
        problems.append(Problem.of("summary", "session_records.bidder_explanation_summarised_before",
                                   "the bidder's explanation is summarised before the members give opinions"))
    return problems


# -- evidence behind an objective count ------------------------------------------------------------
def evidence_key(member: str | None, bidder: str, factor: str) -> str:
    """The key of a score's evidence (``-`` stands for the joint score)."""
    return f"{member or '-'}|{bidder}|{factor}"


def evidence(ev: Evaluation, member: str | None, bidder: str, factor: str) -> tuple[str, ...]:
    """What a count rests on (the contracts, certificates … counted), as recorded."""
    found = _section(ev, EVIDENCE).get(evidence_key(member, bidder, factor))
    return tuple(str(x) for x in found) if isinstance(found, list) else ()


# -- tie votes ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TieVote:
    """The committee's vote on a group of bids still tied: each member's choice for the first place."""

    bidders: tuple[str, ...]
    order: tuple[str, ...]
    votes: dict[str, str]
    note: str = ""

    @property
    def key(self) -> str:
        """The group's key (its bidders, sorted)."""
        return tie_key(self.bidders)

    def to_json(self) -> dict[str, Any]:
        """The entry as kept under ``x``."""
        return {"order": list(self.order), "votes": dict(self.votes), "note": self.note}


def tie_key(bidders: tuple[str, ...] | list[str]) -> str:
    """The key of a tied group."""
    return ",".join(sorted(bidders))


def tie_votes(ev: Evaluation) -> dict[str, TieVote]:
    """The recorded tie votes, by group key."""
    out: dict[str, TieVote] = {}
    for key, doc in _section(ev, TIE_VOTES).items():
        if not isinstance(doc, dict):
            continue
        order = tuple(str(b) for b in doc.get("order") or ())
        found = doc.get("votes")
        votes = found if isinstance(found, dict) else {}
        out[key] = TieVote(tuple(key.split(",")), order, {str(k): str(v) for k, v in votes.items()},
                           str(doc.get("note") or ""))
    return out


def vote_order(bidders: tuple[str, ...], votes: dict[str, str]) -> tuple[str, ...] | None:
    """The order the votes give (most votes first), or None while two bids have as many votes."""
    counts = {b: 0 for b in bidders}
    for choice in votes.values():
        if choice in counts:
            counts[choice] += 1
    ranked = sorted(bidders, key=lambda b: -counts[b])
    if len(set(counts.values())) < len(counts):
        return None
    return tuple(ranked)


def tie_problems(ev: Evaluation, vote: TieVote) -> list[Problem]:
    """What is wrong with a tie vote: unknown members or bids, a vote for a bid outside the group, no majority."""
    problems: list[Problem] = []
    members = {m.id for m in ev.members}
    group = set(vote.bidders)
    if len(group) < 2:
        problems.append(Problem.of("bidders", "session_records.tie_concerns_least_two",
                                   "a tie concerns at least two bids"))
    for mid, choice in vote.votes.items():
        if mid not in members:
            problems.append(Problem.of("votes", "session_records.unknown_member", "unknown member %1", mid))
        if choice not in group:
            problems.append(Problem.of("votes", "session_records.member_votes_which_not",
                                       "member %1 votes for %2, which is not in the tie", mid, choice))
    if set(members) - set(vote.votes):
        problems.append(Problem.of("votes", "session_records.every_member_votes", "every member votes: missing %1",
                                       ", ".join(sorted(members - set(vote.votes)))))
    elif not problems and vote_order(vote.bidders, vote.votes) is None:
        problems.append(Problem.of("votes", "session_records.votes_equal_vote_again",
                                   "the votes are equal: vote again"))
    return problems


# -- the Art.64 check's settings and resolutions ---------------------------------------------------
def outlier_share(ev: Evaluation) -> Decimal:
    """The share of a factor's max beyond which a score is far from the other members' mean."""
    raw = _section(ev, ART64_CHECK).get("share")
    try:
        share = Decimal(str(raw)) if raw is not None else DEFAULT_SHARE
    except InvalidOperation:
        return DEFAULT_SHARE
    return share if Decimal(0) < share < Decimal(1) else DEFAULT_SHARE


def outlier_share_given(ev: Evaluation) -> bool:
    """Whether the tender states the share itself (then it holds for grade factors too, see art64_check)."""
    return _section(ev, ART64_CHECK).get("share") is not None


def resolutions(ev: Evaluation) -> dict[str, dict[str, Any]]:
    """How each Art.64 finding was resolved, by finding key."""
    found = _section(ev, ART64_CHECK).get("resolutions")
    return {k: dict(v) for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}


# -- finalisation ---------------------------------------------------------------------------------
def final_record(ev: Evaluation) -> dict[str, Any] | None:
    """The finalisation record, or None while the evaluation is open."""
    found = ev.extensions.get(FINAL)
    return dict(found) if isinstance(found, dict) else None


def reevaluations(ev: Evaluation) -> list[dict[str, Any]]:
    """Each reopening of a finalised evaluation, oldest first."""
    found = ev.extensions.get(REEVALUATIONS)
    return [dict(r) for r in found if isinstance(r, dict)] if isinstance(found, list) else []
