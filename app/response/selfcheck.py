"""The bidder's self-check (response.md): every finding that would void the bid or cost it points.

Each finding has a ``kind`` (the spec's table), a ``severity`` (``fatal``, ``warning``, ``info``),
``where`` (the field as a JSON path of the response file), an English ``message`` for the command
line and ``params`` (the figures involved) from which the window words it in the user's language.
The rules are the evaluation's own: the capitals are read by the same numeral reader, the ceiling is
the project's effective ceiling, sizes come from :func:`app.domain.sme.classify`, claims are checked
by :func:`app.domain.scoring.parse_value`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.domain import sme
from app.domain.numbers import exact_mul, fmt
from app.domain.numerals import NumeralError
from app.domain.rate_words import format_rate, parse_price_words
from app.domain.scoring import ValueRejected, parse_value, points, show
from app.response.model import Response

FORMAT = "bideval-selfcheck/1"
SEVERITIES = ("fatal", "warning", "info")
KINDS = {
    "price_missing": "fatal",
    "price_words_mismatch": "fatal",
    "over_ceiling": "fatal",
    "low_price_ceiling": "warning",
    "star_deviation": "fatal",
    "requirement_unanswered": "warning",
    "evidence_missing": "fatal",
    "declaration_missing": "warning",
    "declaration_industry": "fatal",
    "declaration_size": "fatal",
    "size_inconsistent": "fatal",
    "partner_share_below": "warning",
    "claim_invalid": "fatal",
    "claim_without_evidence": "warning",
    "validity_short": "fatal",
}
SMALL = ("small", "micro")


@dataclass(frozen=True)
class Finding:
    """One thing the bidder should fix before sealing the bid."""

    kind: str
    where: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def severity(self) -> str:
        """``fatal``, ``warning`` or ``info``, fixed by the kind."""
        return KINDS[self.kind]


def words_price(resp: Response) -> Decimal | None:
    """The price the capitals state (None when no capitals, or unreadable ones)."""
    if resp.price_words is None:
        return None
    try:
        return parse_price_words(resp.price_words, resp.tender.evaluation.project.price_mode, strict=True)
    except NumeralError:
        return None


def quoted_price(resp: Response) -> Decimal | None:
    """The price the evaluation will use: the capitals when readable (大写 prevails), else the figures."""
    words = words_price(resp)
    return words if words is not None else resp.price


def capitals(resp: Response, price: Decimal) -> str:
    """The capitals of a price as the tender writes them (a rate for a rate tender, money otherwise)."""
    from app.domain.numerals import format_rmb

    return format_rate(price) if resp.tender.evaluation.project.price_mode == "rate" else format_rmb(price)


def self_check(resp: Response) -> list[Finding]:
    """Every finding of a response, in the order of the spec's table."""
    out: list[Finding] = []
    _price(resp, out)
    _requirements(resp, out)
    _evidence(resp, out)
    _declaration(resp, out)
    _claims(resp, out)
    if resp.validity_days is not None and resp.tender.validity_days is not None \
            and resp.validity_days < resp.tender.validity_days:
        out.append(Finding("validity_short", "validity_days",
                           f"the bid is valid {resp.validity_days} days; the tender asks for "
                           f"{resp.tender.validity_days}",
                           {"days": resp.validity_days, "required": resp.tender.validity_days}))
    return out


def is_ready(findings: list[Finding]) -> bool:
    """Whether no finding is fatal."""
    return all(f.severity != "fatal" for f in findings)


def _price(resp: Response, out: list[Finding]) -> None:
    project = resp.tender.evaluation.project
    rate = project.price_mode == "rate"
    if resp.price is None and resp.price_words is None:
        out.append(Finding("price_missing", "price", "no price yet, in figures or in capitals"))
        return
    if resp.price_words is not None and resp.price is not None:
        try:
            words = parse_price_words(resp.price_words, project.price_mode, strict=True)
        except NumeralError as exc:
            out.append(Finding("price_words_mismatch", "price_words",
                               f"the capitals cannot be read ({exc.reason}); write "
                               f"{capitals(resp, resp.price)}",
                               {"words": resp.price_words, "expected": capitals(resp, resp.price),
                                "reason": exc.reason}))
        else:
            if words != resp.price:
                out.append(Finding("price_words_mismatch", "price_words",
                                   f"the capitals say {fmt(words, 2)}, the figures {fmt(resp.price, 2)}; "
                                   f"the capitals would prevail (write {capitals(resp, resp.price)})",
                                   {"words": resp.price_words, "words_price": fmt(words, 2),
                                    "price": fmt(resp.price, 2), "expected": capitals(resp, resp.price)}))
    price = quoted_price(resp)
    ceiling = project.effective_ceiling
    if price is None or ceiling is None:
        return
    params = {"price": fmt(price, 2), "ceiling": fmt(ceiling, 2), "rate": rate}
    if price > ceiling:
        what = "the ceiling" if project.ceiling is not None or rate else "the budget (no ceiling is set)"
        out.append(Finding("over_ceiling", "price", f"{fmt(price, 2)} is above {what} {fmt(ceiling, 2)}", params))
    share = resp.tender.evaluation.rules.low_price.ceiling
    if share is not None:
        threshold = exact_mul(share, ceiling)
        if price < threshold:
            out.append(Finding("low_price_ceiling", "price",
                               f"{fmt(price, 2)} is below {show(share * 100)}% of the ceiling ({fmt(threshold, 2)}): "
                               "the committee will ask you to prove the price is not abnormally low",
                               {**params, "share": show(share), "threshold": fmt(threshold, 2)}))


def _requirements(resp: Response, out: list[Finding]) -> None:
    answers = {a.requirement: (i, a) for i, a in enumerate(resp.responses)}
    for k, q in enumerate(resp.tender.requirements):
        found = answers.get(q.id)
        if found is None:
            if q.mark == "star":
                out.append(Finding("star_deviation", f"tender.requirements[{k}]",
                                   f"★ requirement {q.id} is not answered: a substantive requirement needs a response",
                                   {"requirement": q.id, "text": q.text, "answered": False}))
            out.append(Finding("requirement_unanswered", f"tender.requirements[{k}]",
                               f"requirement {q.id} has no response", {"requirement": q.id, "text": q.text}))
        elif q.mark == "star" and found[1].answer == "deviate":
            out.append(Finding("star_deviation", f"responses[{found[0]}].answer",
                               f"★ requirement {q.id} is answered with a deviation: the bid would be invalid",
                               {"requirement": q.id, "text": q.text, "answered": True}))


def _evidence(resp: Response, out: list[Finding]) -> None:
    given = {(e.stage, e.item) for e in resp.evidence if e.ref.strip()}
    ev = resp.tender.evaluation
    for stage in ("qualification", "compliance"):
        for i, item in enumerate(ev.checklist(stage)):
            if (stage, item.id) not in given:
                out.append(Finding("evidence_missing", f"tender.{stage}[{i}]",
                                   f"{stage} item {item.id} ({item.name}) has no evidence reference",
                                   {"stage": stage, "item": item.id, "name": item.name}))


def _declaration(resp: Response, out: list[Finding]) -> None:
    rules = resp.tender.evaluation.rules
    industry = resp.tender.evaluation.project.industry
    tender_industry = (sme.canonical_industry(industry) or industry.strip()) if industry else None
    claims_small = resp.size in SMALL
    if (claims_small or resp.partner_share is not None) and not resp.declaration:
        out.append(Finding("declaration_missing", "declaration",
                           "no 中小企业声明函 line: the price deduction will not be granted",
                           {"size": resp.size, "partner_share": show(resp.partner_share)}))
    for i, line in enumerate(resp.declaration):
        line_industry = sme.canonical_industry(line.industry) or line.industry.strip()
        if tender_industry is not None and line_industry != tender_industry:
            out.append(Finding("declaration_industry", f"declaration[{i}].industry",
                               f"the line declares the industry {line.industry}; the tender's is {industry}",
                               {"industry": line.industry, "expected": industry}))
        _line_size(out, i, line, tender_industry or line_industry)
    self_line = next((line for line in resp.declaration if line.role == "self"), None)
    if self_line is not None and self_line.size is not None and self_line.size != resp.size:
        out.append(Finding("size_inconsistent", "size",
                           f"the response says {resp.size or 'no size'}; the declaration's own line says "
                           f"{self_line.size}", {"size": resp.size, "declared": self_line.size}))
    if resp.partner_share is not None and resp.partner_share < rules.partner_min_share:
        out.append(Finding("partner_share_below", "partner_share",
                           f"the small and micro partners' share {show(resp.partner_share)} is below "
                           f"{show(rules.partner_min_share)}: no {show(rules.partner_deduction * 100)}% deduction",
                           {"share": show(resp.partner_share), "min": show(rules.partner_min_share)}))


def _line_size(out: list[Finding], i: int, line: Any, industry: str | None) -> None:
    if industry is None or line.size is None:
        return
    if line.employees is None and line.revenue is None and line.assets is None:
        return
    try:
        result = sme.classify(industry, line.employees, line.revenue, line.assets)
    except ValueError:
        return
    if result.size is not None and result.size != line.size:
        out.append(Finding("declaration_size", f"declaration[{i}].size",
                           f"the line declares {line.size}; its figures give {result.size} under the thresholds "
                           f"of {result.industry}",
                           {"declared": line.size, "computed": result.size, "industry": result.industry,
                            "basis": [str(t) for t in result.basis]}))


def _claims(resp: Response, out: list[Finding]) -> None:
    factors = {f.id: f for f in resp.tender.evaluation.factors}
    for i, claim in enumerate(resp.claims):
        factor = factors[claim.factor]
        try:
            value = parse_value(factor, claim.value)
        except ValueRejected as exc:
            out.append(Finding("claim_invalid", f"claims[{i}].value", str(exc),
                               {"factor": factor.id, "name": factor.name, "value": show(claim.value)}))
            continue
        if factor.objective and not any(e.strip() for e in claim.evidence) and points(factor, value) > 0:
            out.append(Finding("claim_without_evidence", f"claims[{i}].evidence",
                               f"the claim on the objective factor {factor.id} ({factor.name}) names no evidence",
                               {"factor": factor.id, "name": factor.name}))


def selfcheck_doc(findings: list[Finding]) -> dict[str, Any]:
    """The `bideval-selfcheck/1` document."""
    return {
        "format": FORMAT,
        "ready": is_ready(findings),
        "findings": [{"kind": f.kind, "severity": f.severity, "where": f.where, "message": f.message}
                     for f in findings],
    }
