"""The outcome of an evaluation as plain data (`bideval-result/1` before it is written as JSON)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

#: Issue kinds that keep a result from being final.
BLOCKING = ("low_price_pending", "objective_mismatch", "tie")


@dataclass(frozen=True)
class Issue:
    """A finding the committee must see; ``bidder``/``factor`` when it concerns one.

    ``kind``: ``total_not_100``, ``price_corrected``, ``low_price_pending``, ``objective_mismatch``,
    ``outlier`` or ``tie``.
    """

    kind: str
    bidder: str | None = None
    factor: str | None = None


@dataclass(frozen=True)
class BidderResult:
    """One bid's outcome. Money is exact here; the writer shows it with 2 places.

    Scores (``price_score``, ``factors``, ``categories``, ``total``) are already rounded to the
    tender's decimals. ``member_points`` holds each member's points per non-price factor (a joint
    objective score stands for every member) and ``member_totals`` each member's non-price sum:
    the numbers of the individual score sheets.
    """

    id: str
    status: str
    reasons: tuple[str, ...]
    price: Decimal
    evaluated_price: Decimal
    deduction: Decimal
    low_price: tuple[str, ...]
    price_score: Decimal | None = None
    factors: dict[str, Decimal] | None = None
    categories: dict[str, Decimal] | None = None
    total: Decimal | None = None
    rank: int | None = None
    tied: bool | None = None
    figures: Decimal | None = None
    member_points: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    member_totals: dict[str, Decimal] = field(default_factory=dict)

    @property
    def ranked(self) -> bool:
        """Valid or pending: scored and ranked."""
        return self.status in ("valid", "pending")


@dataclass(frozen=True)
class Result:
    """The whole evaluation's outcome."""

    final: bool
    failed: bool
    candidates: tuple[str, ...]
    bidders: tuple[BidderResult, ...]
    issues: tuple[Issue, ...]
    decimals: int
    base_price: Decimal | None = None

    def bidder(self, bidder_id: str) -> BidderResult:
        """The result of one bid."""
        for b in self.bidders:
            if b.id == bidder_id:
                return b
        raise KeyError(bidder_id)
