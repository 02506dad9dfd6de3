"""The tender importer measured on a corpus of scoring tables (tests/fixtures/tender_tables/).

Each document's factors are compared with what a person would confirm (expected.json, written by
tools/make_tender_tables.py): name, max, rule type, parameters and group. The share read right is
printed (run with ``-s``) and must stay at the level docs/importer.md reports.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.exchange.setup_draft import rule_params
from app.exchange.setup_read import read_draft

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "tender_tables"
EXPECTED: dict[str, Any] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def _read(name: str) -> list[dict[str, str]]:
    draft = read_draft(CORPUS / f"{name}.docx")
    return [{"name": f.name, "max": str(f.max), "type": f.rule.type, "params": rule_params(f.rule),
             "group": f.group or ""} for f in draft.factors]


def _right(got: list[dict[str, str]], want: list[dict[str, str]]) -> int:
    """How many expected factors were read exactly (matched in order by name)."""
    by_name = {g["name"]: g for g in got}
    return sum(1 for w in want if by_name.get(w["name"]) == w)


def test_the_corpus_has_the_seeds_and_ten_variants() -> None:
    assert {"seed001_pingdingshan", "seed002_luoyang", "issue16_cloud"} <= set(EXPECTED)
    assert len(EXPECTED) >= 13
    for case in EXPECTED.values():
        assert sum((Decimal(f["max"]) for f in case["factors"]), Decimal(0)) == 100


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_document_reads_every_factor_right(name: str) -> None:
    got, want = _read(name), EXPECTED[name]["factors"]
    wrong = [w for w in want if w not in got]
    assert wrong == [], f"{name}: read {got}"
    assert len(got) == len(want)


def test_share_of_factors_read_right() -> None:
    right = total = 0
    for name, case in sorted(EXPECTED.items()):
        got = _read(name)
        ok = _right(got, case["factors"])
        print(f"{name}: {ok}/{len(case['factors'])}")
        right, total = right + ok, total + len(case["factors"])
    print(f"factors read right: {right}/{total} = {Decimal(right * 100) / total:.1f}%")
    assert right == total
