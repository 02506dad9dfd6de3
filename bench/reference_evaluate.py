"""The naive reference for `make bench`: ``python bench/reference_evaluate.py FILE`` prints the result of an exchange
file computed naively with the standard library alone: ``json`` with ``Decimal`` numbers and ``decimal`` arithmetic,
no input checks beyond what the result needs.

It is the test oracle's algorithm (``tests/oracle.py``, written from the spec without looking at the engine) run on
``Decimal`` instead of exact ``Fraction``s (the oracle's exact arithmetic is what the differential tests need, not
what a naive program would write; on the large case it takes about 2.3 s). ``bench/bench_evaluate.py`` times it
beside ``main.py evaluate`` on the same file in the same run.
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent / "tests"))  # after the root: tests/app is no app

import oracle


class _Number(Decimal):
    """``Fraction(a)`` and ``Fraction(a, b)`` as decimals (the oracle's only uses of the constructor)."""

    def __new__(cls, value: Any = 0, denominator: Any = None) -> Decimal:  # type: ignore[misc]
        return Decimal(value) if denominator is None else Decimal(value) / Decimal(denominator)


def _round_half_up(q: Any, places: int) -> Decimal:
    return Decimal(q).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _points(rule: dict[str, Any], maximum: Decimal, value: Any) -> Decimal:
    if rule["type"] == "hours":  # the one rule the oracle floors through a fraction's numerator
        if value is None:
            return Decimal(0)
        whole = int((Decimal(rule["baseline"]) - Decimal(value)) // 1)
        return Decimal(0) if whole <= 0 else min(maximum, whole * Decimal(rule.get("each", "1")))
    return exact_points(rule, maximum, value)  # type: ignore[no-any-return]


exact_points = oracle.points


def main() -> int:
    oracle.Fraction = _Number  # type: ignore[misc,assignment]
    oracle.round_half_up = _round_half_up  # type: ignore[assignment]
    oracle.points = _points  # type: ignore[assignment]
    doc = json.loads(Path(sys.argv[1]).read_bytes(), parse_float=Decimal)
    sys.stdout.write(json.dumps(oracle.oracle_evaluate(doc), default=str, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
