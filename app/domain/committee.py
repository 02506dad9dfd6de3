"""The committee's composition rules (87号令 Art.45–47; 财库〔2016〕198号) and the opening record's checks.

Each finding is a :class:`Finding`: a code the UI translates, its arguments, and whether it blocks
(a committee that breaks the law cannot evaluate) or only warns.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.model import Bidder, Member, Project
from app.domain.numerals import NumeralError, format_rmb
from app.domain.rate_words import format_rate, parse_price_words
from app.domain.sme import classify, size_rank

#: Methods whose committee needs at least 5 members; the others need 3.
TENDER_METHODS = ("open_tender", "invited_tender")


@dataclass(frozen=True)
class Finding:
    """One finding: ``code`` (stable, translated by the UI), ``args`` for its message, ``blocking``."""

    code: str
    args: tuple[str, ...] = ()
    blocking: bool = True


def minimum_members(method: str) -> int:
    """The smallest committee the method allows: 5 for a tender, 3 otherwise."""
    return 5 if method in TENDER_METHODS else 3


def composition(members: tuple[Member, ...], method: str, leader: str | None) -> list[Finding]:
    """What is wrong with a committee: size, odd number, experts' share (≥ 2/3), the leader.

    Returns:
        Findings in a fixed order; empty when the committee may evaluate.
    """
    findings: list[Finding] = []
    n = len(members)
    least = minimum_members(method)
    if n < least:
        findings.append(Finding("too_few", (str(n), str(least))))
    if n % 2 == 0:
        findings.append(Finding("even", (str(n),)))
    experts = sum(1 for x in members if x.role == "expert")
    if n and experts * 3 < n * 2:  # integer form of experts / n >= 2/3
        findings.append(Finding("few_experts", (str(experts), str(n))))
    if leader is None:
        findings.append(Finding("no_leader", blocking=False))
    elif leader not in {x.id for x in members}:
        findings.append(Finding("leader_unknown", (leader,)))
    return findings


def words_for(price: Decimal | None, price_mode: str = "amount") -> str | None:
    """The capitals (大写) of a price in figures, to fill the opening record from the figures
    (a rate tender's capitals are a rate: 百分之捌拾陆点伍零; a rate above 100 has none)."""
    if price is None:
        return None
    if price_mode == "rate":
        try:
            return format_rate(price)
        except ValueError:
            return None
    return format_rmb(price)


def price_findings(bidder: Bidder, project: Project) -> list[Finding]:
    """The opening record's checks of one bid's price: capitals readable and agreeing, the ceiling."""
    findings: list[Finding] = []
    words: Decimal | None = None
    if bidder.price_words:
        try:
            words = parse_price_words(bidder.price_words, project.price_mode)
        except NumeralError as exc:
            findings.append(Finding("words_unreadable", (str(exc),)))
    if words is not None and bidder.price is not None and words != bidder.price:
        findings.append(Finding("words_differ", (format(words, "f"), format(bidder.price, "f")), blocking=False))
    price = words if words is not None else bidder.price
    limit = project.effective_ceiling
    if price is not None and limit is not None and price > limit:
        findings.append(Finding("over_ceiling", (format(price, "f"), format(limit, "f")), blocking=False))
    return findings


def size_findings(bidder: Bidder, industry: str | None, employees: int | None, revenue: Decimal | None,
                  assets: Decimal | None) -> tuple[str | None, list[Finding]]:
    """The size the tender's industry thresholds give for the declared figures, and any disagreement.

    Returns:
        (the computed size or None, findings): ``size_differs`` when the declaration claims a
        smaller size than the figures give (the deduction would be unjustified), ``size_undecided``
        when figures the industry needs are missing, ``no_industry`` when the tender names none.
    """
    if employees is None and revenue is None and assets is None:
        return None, []
    if not industry:
        return None, [Finding("no_industry", blocking=False)]
    try:
        result = classify(industry, employees, revenue, assets)
    except ValueError as exc:
        return None, [Finding("figures_invalid", (str(exc),))]
    if result.size is None:
        return None, [Finding("size_undecided", tuple(result.missing), blocking=False)]
    if bidder.size is not None and bidder.size != result.size:
        smaller = size_rank(bidder.size) < size_rank(result.size)  # type: ignore[arg-type]
        return result.size, [Finding("size_differs", (bidder.size, result.size), blocking=smaller)]
    return result.size, []

