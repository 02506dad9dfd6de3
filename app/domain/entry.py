"""What a person may not type in, beyond what a file may hold: the checks of data entry.

An exchange file is read as ``bideval/1`` says (its reader accepts a rate of three places, as the format
does); a person entering a tender or a bid is held to what the tender means (issue of rate tenders):

- in a rate tender (``price_mode: rate``) the ceiling is a rate, a percentage of at most 100.00 (the
  trap: typing the tender's 最高限价 in 元, 24,000,000.00, would flag every bid as abnormally low);
- rates are quoted to two places (0.01).
"""

from __future__ import annotations

from decimal import Decimal

from app.domain.model import RATE_CEILING, Evaluation
from app.domain.problems import Problem
from app.domain.scoring import show

RATE_PLACES = Decimal("0.01")


def entry_problems(ev: Evaluation) -> list[Problem]:
    """The problems of a tender's setup as typed in (paths as in an exchange file)."""
    problems: list[Problem] = []
    if ev.project.price_mode != "rate":
        return problems
    if ev.project.ceiling is not None and ev.project.ceiling > RATE_CEILING:
        problems.append(Problem.of("project.ceiling",
                                   "entry.not_rate_rate_tender",
                                   "%1 is not a rate: in a rate tender the ceiling is a percentage, at most 100.00",
                                   show(ev.project.ceiling)))
    for i, b in enumerate(ev.bidders):
        if b.price is not None and b.price != b.price.quantize(RATE_PLACES):
            problems.append(Problem.of(f"bidders[{i}].price", "entry.has_more_two_decimal",
                                       "%1 has more than two decimal places (a rate is quoted to 0.01)", show(b.price)))
    return problems
