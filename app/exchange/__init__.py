"""The `bideval/1` exchange file: reading, validating, writing, and evaluating it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.engine import evaluate
from app.domain.problems import InvalidInput, Problem
from app.exchange.reader import loads, parse_json, read_evaluation
from app.exchange.writer import dumps, evaluation_to_doc, result_to_doc

if TYPE_CHECKING:
    from pathlib import Path

#: Raised for bad input; ``.problems`` lists each problem as ``path: message``.
ExchangeError = InvalidInput


def evaluate_json(doc: object) -> dict[str, Any]:
    """Evaluate a parsed `bideval/1` document and return the `bideval-result/1` document.

    A document parsed with plain ``json.loads`` (floats) is re-read through its JSON text with exact
    decimals, so no binary float ever reaches the engine.
    """
    import json
    from decimal import Decimal

    def has_float(value: object) -> bool:
        if isinstance(value, float):
            return True
        if isinstance(value, dict):
            return any(has_float(v) for v in value.values())
        if isinstance(value, list):
            return any(has_float(v) for v in value)
        return False

    if has_float(doc):
        doc = json.loads(json.dumps(doc), parse_float=Decimal)
    return result_to_doc(evaluate(read_evaluation(doc)))


def evaluate_file(path: str | Path) -> dict[str, Any]:
    """Evaluate an exchange file on disk and return the `bideval-result/1` document."""
    with open(path, "rb") as fh:
        return result_to_doc(evaluate(loads(fh.read())))


__all__ = [
    "ExchangeError",
    "Problem",
    "dumps",
    "evaluate_file",
    "evaluate_json",
    "evaluation_to_doc",
    "loads",
    "parse_json",
    "read_evaluation",
    "result_to_doc",
]
