"""Committee thresholds per review item (issue 16): ``majority`` (default) or ``two_thirds`` (重大偏离)."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from app.domain import reviews
from app.domain.problems import InvalidInput
from app.exchange import jsontext
from app.exchange.reader import read_evaluation
from app.exchange.writer import evaluation_to_doc
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.setup import save_setup
from tests.app.builders import add_bidder, base_doc, by_id, run

MEMBERS = [{"id": f"M{i}", "name": f"评委{i}", "role": "expert"} for i in range(1, 8)]


def seven_member_doc(verdict: str | None, fails: int) -> dict[str, Any]:
    """Three bids before a 7-member committee; ``fails`` members fail B1 on the 重大偏离 item."""
    doc = base_doc()
    doc["members"] = copy.deepcopy(MEMBERS)
    item: dict[str, Any] = {"id": "C1", "name": "重大偏离", "criterion": "无重大偏离"}
    if verdict is not None:
        item["verdict"] = verdict
    doc["compliance"] = [item]
    for bid, price in (("B1", "2000000.00"), ("B2", "2100000.00"), ("B3", "2200000.00")):
        add_bidder(doc, bid, price)
    doc["checks"] = [
        {"stage": "compliance", "bidder": "B1", "item": "C1", "member": x["id"], "pass": i >= fails}
        for i, x in enumerate(MEMBERS)
    ]
    return doc


@pytest.mark.parametrize(("fails", "status"), [(4, "valid"), (5, "invalid"), (7, "invalid")])
def test_two_thirds_needs_five_of_seven(fails: int, status: str) -> None:
    result = by_id(run(seven_member_doc("two_thirds", fails)))
    assert result["B1"]["status"] == status
    assert result["B1"]["reasons"] == ([] if status == "valid" else ["compliance:C1"])


@pytest.mark.parametrize("verdict", [None, "majority"])
def test_majority_is_the_default_and_four_of_seven_fail(verdict: str | None) -> None:
    result = by_id(run(seven_member_doc(verdict, 4)))
    assert result["B1"]["status"] == "invalid"
    assert by_id(run(seven_member_doc(verdict, 3)))["B1"]["status"] == "valid"


def test_the_boundary_of_two_thirds_is_included() -> None:
    two = reviews.ItemVerdict(passes=1, votes=3, rule="two_thirds")  # 2 of 3
    assert two.failed and two.fails == 2
    assert reviews.ItemVerdict(passes=2, votes=6, rule="two_thirds").failed  # 4 of 6
    assert not reviews.ItemVerdict(passes=3, votes=6, rule="two_thirds").failed  # 3 of 6
    assert not reviews.ItemVerdict(passes=0, votes=0, rule="two_thirds").failed  # no verdict: passed
    assert not reviews.ItemVerdict(joint=True, passes=0, votes=7, rule="two_thirds").failed  # joint wins


def test_the_rule_goes_through_the_exchange_file_and_old_files_stay_valid() -> None:
    ev = read_evaluation(seven_member_doc("two_thirds", 5))
    assert ev.compliance[0].verdict == "two_thirds"
    doc = evaluation_to_doc(ev)
    assert doc["compliance"][0]["verdict"] == "two_thirds"
    assert read_evaluation(jsontext.loads(jsontext.dumps(doc))) == ev
    old = read_evaluation(seven_member_doc(None, 5))
    assert old.compliance[0].verdict == "majority"
    assert "verdict" not in evaluation_to_doc(old)["compliance"][0]  # files without it are written as before


def test_an_unknown_rule_is_refused_naming_the_place() -> None:
    with pytest.raises(InvalidInput) as exc:
        read_evaluation(seven_member_doc("most", 5))
    assert [p.path for p in exc.value.problems] == ["compliance[0].verdict"]
    assert "majority, two_thirds" in exc.value.problems[0].message


def test_a_project_file_keeps_the_rule_and_the_editor_can_change_it(tmp_path: Path) -> None:
    src = tmp_path / "t.json"
    src.write_text(jsontext.dumps(seven_member_doc("two_thirds", 4)), encoding="utf-8")
    project = tmp_path / "t.bidesk"
    import_exchange(src, project, by="t")
    ev = load_project_evaluation(project)
    assert ev.compliance[0].verdict == "two_thirds" and ev.extensions == {}
    assert by_id(jsontext.loads(evaluate_project_text(project)))["B1"]["status"] == "valid"
    majority = dataclasses.replace(ev, compliance=(dataclasses.replace(ev.compliance[0], verdict="majority"),))
    assert save_setup(project, majority, by="t").changed
    assert load_project_evaluation(project).compliance[0].verdict == "majority"
    assert by_id(jsontext.loads(evaluate_project_text(project)))["B1"]["status"] == "invalid"
    exported = jsontext.loads(export_text(project))
    assert "verdict" not in exported["compliance"][0] and not exported.get("x")


def evaluate_project_text(project: Path) -> str:
    from app.domain.engine import evaluate
    from app.exchange.writer import result_to_doc

    return jsontext.dumps(result_to_doc(evaluate(load_project_evaluation(project))))
