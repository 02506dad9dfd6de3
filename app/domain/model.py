"""The evaluation as plain, immutable data: what a `bideval/1` file holds.

Every door (exchange file, project file, GUI) builds these objects; the engine reads only these.
Score values keep the form the rule type defines (see ``ScoreValue``); they are checked against
their factor by :mod:`app.domain.scoring`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

METHODS = (
    "open_tender",
    "invited_tender",
    "competitive_consultation",
    "competitive_negotiation",
    "inquiry",
    "single_source",
)
PRICE_MODES = ("amount", "rate")
DEDUCTION_MODES = ("whole", "lines")
AVERAGING_MODES = ("member_total", "per_category", "per_factor")
SIZES = ("large", "medium", "small", "micro")
ROLES = ("expert", "purchaser")
STAGES = ("qualification", "compliance")
DECISION_KINDS = ("low_price", "invalid")
TRIGGERS = ("average", "second_lowest", "ceiling")
RULE_TYPES = ("price", "count", "grades", "range", "items", "hours")
#: How the committee's member verdicts on a checklist item decide it (issue 16): ``majority`` (more than
#: half fail ⇒ fail) or ``two_thirds`` (at least two thirds fail ⇒ fail, as a 重大偏离 needs).
VERDICT_RULES = ("majority", "two_thirds")
#: How a large or medium bidder gives small/micro enterprises a share: a 联合体协议 or a 分包意向协议.
ARRANGEMENTS = ("consortium", "subcontract")

#: The ceiling of a rate-mode tender when none is given (a rate is a percentage of a catalogue).
RATE_CEILING = Decimal("100.00")

Method = Literal[
    "open_tender",
    "invited_tender",
    "competitive_consultation",
    "competitive_negotiation",
    "inquiry",
    "single_source",
]
PriceMode = Literal["amount", "rate"]
Size = Literal["large", "medium", "small", "micro"]
Stage = Literal["qualification", "compliance"]


@dataclass(frozen=True)
class Project:
    """Project data (项目信息)."""

    name: str
    method: str
    budget: Decimal | None
    ceiling: Decimal | None = None
    price_mode: str = "amount"
    number: str = ""
    purchaser: str = ""
    agency: str = ""
    industry: str | None = None
    opening: str | None = None

    @property
    def effective_ceiling(self) -> Decimal | None:
        """The price no valid bid may exceed: the ceiling, else the budget (rate mode: 100.00)."""
        if self.ceiling is not None:
            return self.ceiling
        if self.price_mode == "rate":
            return RATE_CEILING
        return self.budget


@dataclass(frozen=True)
class LowPriceRates:
    """Abnormal-low-price trigger rates (财库〔2026〕2号); ``None`` turns a trigger off."""

    average: Decimal | None = Decimal("0.50")
    second_lowest: Decimal | None = Decimal("0.50")
    ceiling: Decimal | None = Decimal("0.45")


@dataclass(frozen=True)
class Rules:
    """The tender's evaluation policies; defaults are those of exchange-format.md."""

    small_deduction: Decimal = Decimal("0.20")
    partner_deduction: Decimal = Decimal("0.06")
    partner_min_share: Decimal = Decimal("0.30")
    deduction_mode: str = "whole"
    averaging: str = "member_total"
    decimals: int = 2
    candidates: int = 3
    min_valid_bids: int = 3
    low_price: LowPriceRates = field(default_factory=LowPriceRates)
    tie_break: tuple[str, ...] = ("quoted_price",)


@dataclass(frozen=True)
class CheckItem:
    """One item of the qualification (资格审查) or compliance (符合性审查) checklist."""

    id: str
    name: str
    criterion: str = ""
    #: ``majority`` or ``two_thirds`` (see :data:`VERDICT_RULES`).
    verdict: str = "majority"


@dataclass(frozen=True)
class PriceRule:
    """Price by formula: base ÷ evaluated price × max (低价优先法)."""

    type: Literal["price"] = "price"


@dataclass(frozen=True)
class CountRule:
    """Qualifying items × ``each`` points, capped at the factor's max."""

    each: Decimal
    type: Literal["count"] = "count"


@dataclass(frozen=True)
class GradesRule:
    """One of a fixed set of points (not always consecutive: 6/4/3/2/0)."""

    values: tuple[Decimal, ...]
    type: Literal["grades"] = "grades"


@dataclass(frozen=True)
class RangeRule:
    """Any multiple of ``step`` from 0 to max."""

    step: Decimal = Decimal("0.01")
    type: Literal["range"] = "range"


@dataclass(frozen=True)
class ItemsRule:
    """``n`` sub-items, each graded from ``values``; the sum, never above max."""

    n: int
    values: tuple[Decimal, ...]
    type: Literal["items"] = "items"


@dataclass(frozen=True)
class HoursRule:
    """Committed hours: ``each`` points per whole hour below ``baseline``, capped."""

    baseline: Decimal
    each: Decimal = Decimal("1")
    type: Literal["hours"] = "hours"


Rule = PriceRule | CountRule | GradesRule | RangeRule | ItemsRule | HoursRule

#: count → int; grades, range → Decimal; items → tuple of Decimal; hours → Decimal or None.
ScoreValue = int | Decimal | tuple[Decimal, ...] | None


@dataclass(frozen=True)
class Factor:
    """One row of the scoring matrix (评分标准)."""

    id: str
    name: str
    category: str
    max: Decimal
    rule: Rule
    objective: bool = False
    blind: bool = False
    group: str | None = None

    @property
    def is_price(self) -> bool:
        """Whether the factor is the computed price factor."""
        return isinstance(self.rule, PriceRule)


@dataclass(frozen=True)
class Bidder:
    """A bid as recorded at the opening (开标记录)."""

    id: str
    name: str
    price: Decimal | None
    price_words: str | None = None
    size: str | None = None
    prison: bool = False
    disabled: bool = False
    partner_share: Decimal | None = None
    small_amount: Decimal | None = None
    #: How the small/micro partners take their share, as the bidder declares it: ``consortium`` (联合体)
    #: or ``subcontract`` (分包, what files without the key mean). The deduction is the same for both.
    arrangement: str = "subcontract"


@dataclass(frozen=True)
class Member:
    """A member of the evaluation committee."""

    id: str
    name: str
    role: str = "expert"


@dataclass(frozen=True)
class Check:
    """A verdict on one checklist item for one bid; ``member=None`` is the joint conclusion."""

    stage: str
    bidder: str
    item: str
    passed: bool
    member: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)  # slots: tens of thousands are read at once, built faster and smaller
class Score:
    """One member's (or, for objective factors, the committee's joint) score of one bid on a factor.

    ``value`` is the raw value as read (JSON-like: Decimal, int, str, list or None); it is checked
    and converted by :func:`app.domain.scoring.parse_value`.
    """

    member: str | None
    bidder: str
    factor: str
    value: object


_new = object.__new__
_set_member, _set_bidder, _set_factor, _set_value = (getattr(Score, name).__set__
                                                     for name in ("member", "bidder", "factor", "value"))


def new_score(member: str | None, bidder: str, factor: str, value: object) -> Score:
    """``Score(member, bidder, factor, value)``, built through its slots: the frozen dataclass's ``__init__`` sets
    each field through ``object.__setattr__``, two and a half times as slow, and the readers build half a million."""
    score: Score = _new(Score)
    _set_member(score, member)
    _set_bidder(score, bidder)
    _set_factor(score, factor)
    _set_value(score, value)
    return score


@dataclass(frozen=True)
class Decision:
    """A committee decision: ``low_price`` (accepted or not) or ``invalid`` (with a reason)."""

    bidder: str
    kind: str
    accepted: bool | None = None
    note: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Evaluation:
    """A whole evaluation: the tender's rules, checklists, matrix, bids, committee and verdicts."""

    project: Project
    rules: Rules = field(default_factory=Rules)
    qualification: tuple[CheckItem, ...] = ()
    compliance: tuple[CheckItem, ...] = ()
    factors: tuple[Factor, ...] = ()
    bidders: tuple[Bidder, ...] = ()
    members: tuple[Member, ...] = ()
    checks: tuple[Check, ...] = ()
    scores: tuple[Score, ...] = ()
    decisions: tuple[Decision, ...] = ()
    extensions: dict[str, object] = field(default_factory=dict)

    def checklist(self, stage: str) -> tuple[CheckItem, ...]:
        """The items of a review stage."""
        return self.qualification if stage == "qualification" else self.compliance
