"""Where each step of an evaluation stands, for the window's navigator: done, to do, or blocked.

One state per step (the navigator's keys), from the evaluation and what the session knows:

* ``ok`` (✓) the step is complete; ``todo`` (⚠) something is still to be entered or decided;
  ``blocked`` (✗) the step cannot be completed as things are (no bids, an unlawful committee …);
  ``none`` the step has no state of its own (清标, 离线评分包, 报告: tools, not steps that finish).
* A bid failing a review is a result, not a block: the review is ✓ once every verdict is in.

Rules (where the contract is silent these are this module's own decisions):

* 项目信息 ✓ with a name and a budget (a rate tender: a ceiling rate), else ⚠.
* 资格 / 符合性审查条款 ✓ with at least one item, else ⚠ (a tender may have none, but rarely).
* 评分标准 ✓ when the factors' points add up to 100, ⚠ when they do not, ✗ with no factor at all
  (a single source is not scored: no state without factors).
* 投标人 ✓ when every bid has its price, ⚠ when some lack it, ✗ with no bid.
* 评标委员会 ✓ when the composition is lawful (size, odd number, experts' share) with a leader named;
  ⚠ without a leader; ✗ when the composition breaks a rule.
* 资格审查 / 符合性审查 ✓ when every bid has a verdict on every item (the committee's joint verdict or
  one of every member), ⚠ while some are missing, ✗ with no bid or no member to review.
* 价格审查 ✓ when no abnormally low price waits for a decision, ⚠ while one does, ✗ when a bid has no price.
* 独立评分 ✓ when every member submitted, ⚠ while some have not, ✗ with no member.
* 复核 ✓ when no Art.64 finding is open (and the result can be computed), ⚠ otherwise.
* 结果与定稿 ✓ when finalised; ✗ when every member submitted and the result still cannot be computed
  or something else blocks finalising; ⚠ otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain import extras
from app.domain.committee import Finding, composition
from app.domain.model import Evaluation
from app.domain.reviews import item_verdicts

OK, TODO, BLOCKED, NONE = "ok", "todo", "blocked", "none"
STATES = (OK, TODO, BLOCKED, NONE)

#: The steps with a state, in the navigator's order (the others are ``none``).
STEPS = ("project", "qualification", "compliance", "matrix", "bidders", "committee", "qualification_review",
         "compliance_review", "price", "scoring", "check", "results")

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Facts:
    """What the session knows beyond the evaluation: each member's submission and what blocks finalising.

    ``blockers`` are :func:`app.domain.art64_check.blockers`' findings (``finalised`` alone once finalised).
    """

    submitted: Mapping[str, bool] = field(default_factory=dict)
    blockers: tuple[Finding, ...] = ()

    @property
    def codes(self) -> set[str]:
        """The blockers' codes."""
        return {f.code for f in self.blockers}


def project_state(ev: Evaluation) -> str:
    """项目信息: a name and a budget (or a rate tender's ceiling)."""
    p = ev.project
    money = p.ceiling if p.price_mode == "rate" else (p.budget if p.budget is not None else p.ceiling)
    return OK if p.name.strip() and money is not None else TODO


def checklist_state(ev: Evaluation, stage: str) -> str:
    """资格 / 符合性审查条款: at least one item."""
    return OK if ev.checklist(stage) else TODO


def matrix_state(ev: Evaluation) -> str:
    """评分标准: the factors' points add up to 100."""
    if not ev.factors:
        return NONE if ev.project.method == "single_source" else BLOCKED
    return OK if sum((f.max for f in ev.factors), Decimal(0)) == HUNDRED else TODO


def bidders_state(ev: Evaluation) -> str:
    """投标人: every bid with its price."""
    if not ev.bidders:
        return BLOCKED
    return OK if all(b.price is not None for b in ev.bidders) else TODO


def committee_state(ev: Evaluation) -> str:
    """评标委员会: a lawful composition with a leader."""
    found = composition(ev.members, ev.project.method, extras.leader(ev))
    if any(f.blocking for f in found):
        return BLOCKED
    return TODO if found else OK


def review_state(ev: Evaluation, stage: str) -> str:
    """资格审查 / 符合性审查: every bid's verdict on every item, jointly or by every member."""
    if not ev.checklist(stage):
        return OK
    if not ev.bidders or not ev.members:
        return BLOCKED
    everyone = len(ev.members)
    verdicts = item_verdicts(ev, stage).values()
    return OK if all(v.joint is not None or v.votes >= everyone for v in verdicts) else TODO


def price_state(ev: Evaluation, facts: Facts) -> str:
    """价格审查: no abnormally low price waiting for a decision."""
    if not ev.bidders or any(b.price is None for b in ev.bidders):
        return BLOCKED
    return TODO if "low_price_pending" in facts.codes else OK


def scoring_state(ev: Evaluation, facts: Facts) -> str:
    """独立评分: every member submitted."""
    if not ev.members:
        return BLOCKED
    if "finalised" in facts.codes:
        return OK
    return OK if all(facts.submitted.get(m.id, False) for m in ev.members) else TODO


def check_state(facts: Facts) -> str:
    """复核: no Art.64 finding open (a result that cannot be computed is not checked yet)."""
    codes = facts.codes
    if "finalised" in codes:
        return OK
    return TODO if codes & {"art64_open", "cannot_compute", "not_submitted"} else OK


def results_state(facts: Facts) -> str:
    """结果与定稿: finalised; blocked when all sheets are in and something still keeps it from finalising."""
    codes = facts.codes
    if "finalised" in codes:
        return OK
    if "cannot_compute" in codes and "not_submitted" not in codes:
        return BLOCKED
    return TODO


def step_states(ev: Evaluation, facts: Facts, keys: Iterable[str] = STEPS) -> dict[str, str]:
    """Each step's state by navigator key (a key this module does not know: ``none``)."""
    rules = {
        "project": lambda: project_state(ev),
        "qualification": lambda: checklist_state(ev, "qualification"),
        "compliance": lambda: checklist_state(ev, "compliance"),
        "matrix": lambda: matrix_state(ev),
        "bidders": lambda: bidders_state(ev),
        "committee": lambda: committee_state(ev),
        "qualification_review": lambda: review_state(ev, "qualification"),
        "compliance_review": lambda: review_state(ev, "compliance"),
        "price": lambda: price_state(ev, facts),
        "scoring": lambda: scoring_state(ev, facts),
        "check": lambda: check_state(facts),
        "results": lambda: results_state(facts),
    }
    return {key: rules[key]() if key in rules else NONE for key in keys}
