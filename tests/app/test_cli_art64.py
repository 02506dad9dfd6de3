"""``art64 list|keep|correct``: the Art.64 findings resolved from the command line, as the window does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.domain import session_records as sr
from app.domain.art64_check import open_findings
from app.services.members import submit_member
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.scores import record_score
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pingdingshan-001.json"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    record_score(path, "M2", "B1", "F11", "0", by="M2")  # F11 max 6: far from the others' mean
    record_score(path, "M3", "B1", "F2", 1, by="M3")  # an objective factor the members now score differently
    for member in load_project_evaluation(path).members:
        submit_member(path, member.id, by=member.id)
    return path


def _listed(project: Path, capsys: Any) -> list[dict[str, Any]]:
    assert main(["art64", "list", str(project), "--json"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return found


def test_list_keep_and_correct_resolve_every_finding(project: Path, capsys: Any) -> None:
    found = _listed(project, capsys)
    kinds = {(f["kind"], f["bidder"], f["factor"], f["member"]) for f in found}
    assert ("far_from_mean", "B1", "F11", "M2") in kinds and ("objective_differs", "B1", "F2", None) in kinds
    assert main(["art64", "list", str(project)]) == 0
    assert capsys.readouterr().out.strip().endswith(f"{len(found)} open")
    for f in found:
        if f["kind"] == "far_from_mean":
            keep = ["art64", "keep", str(project), "--finding", f["key"], "--reason", "评分有据", "--by", "agent"]
            assert main(keep) == 0
    objective = next(f for f in found if f["kind"] == "objective_differs")
    m1 = next(s.value for s in load_project_evaluation(project).scores if (s.member, s.bidder, s.factor) ==
              ("M1", "B1", "F2"))
    assert main(["art64", "correct", str(project), "--finding", objective["key"], "--value", json.dumps(m1),
                 "--reason", "复核认证证书", "--art64", "objective_inconsistent", "--by", "agent"]) == 0
    assert "ok corrected" in capsys.readouterr().out
    ev = load_project_evaluation(project)
    assert open_findings(ev) == []
    assert sr.resolutions(ev)[objective["key"]]["art64"] == "objective_inconsistent"


def test_refusals_name_the_place_and_change_nothing(project: Path, capsys: Any) -> None:
    found = _listed(project, capsys)
    objective = next(f for f in found if f["kind"] == "objective_differs")
    assert main(["art64", "keep", str(project), "--finding", objective["key"], "--reason", "x"]) == 2
    assert "must be corrected" in capsys.readouterr().err
    assert main(["art64", "keep", str(project), "--finding", "far_from_mean:B9:F1:M1", "--reason", "x"]) == 2
    assert "--finding" in capsys.readouterr().err
    far = next(f for f in found if f["kind"] == "far_from_mean")
    assert main(["art64", "keep", str(project), "--finding", far["key"], "--reason", " "]) == 2
    assert "reason" in capsys.readouterr().err
    assert _listed(project, capsys) == found
