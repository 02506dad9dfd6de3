"""Upgrades keep data: the files an earlier BidDesk wrote — a project with an issued package, the member's
package, a bidder's response file — open and work with this one, and a package is upgraded like a project."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.packages import package as package_module
from app.persistence import schema
from app.persistence.schema import SCHEMA_VERSION, Migration, Version
from app.services.packages import import_return, package_cells, package_info, record_package_score, write_return
from app.services.project_io import load_project_evaluation
from tests.app.projdoc import run_cli

RELEASED = Path(__file__).resolve().parents[1] / "fixtures" / "released"


def _copy(tmp_path: Path, *names: str) -> list[Path]:
    out = []
    for name in names:
        shutil.copy(RELEASED / name, tmp_path / name)
        out.append(tmp_path / name)
    return out


def test_a_released_package_scores_returns_and_merges_into_its_released_project(tmp_path: Path) -> None:
    project, package = _copy(tmp_path, "project-v1.0.bidesk", "package-M2-v1.0.bidpkg")
    info = package_info(package)
    assert (info.member, info.cells, info.scored) == ("M2", 70, 0)
    doc = json.loads((Path(__file__).resolve().parents[2] / "resources" / "samples" / "pingdingshan-001.json")
                     .read_text(encoding="utf-8"))
    given = {(s["bidder"], s["factor"]): s["value"] for s in doc["scores"] if s["member"] == "M2"}
    for factor, bidders in package_cells(package).items():
        for bidder in bidders:
            record_package_score(package, "M2", bidder, factor, given[(bidder, factor)], by="M2")
    ret = write_return(package, tmp_path / "M2.bidret", by="M2")
    assert ret.submitted and ret.scores == 70
    report = import_return(project, tmp_path / "M2.bidret", by="代理")
    assert report.member == "M2" and report.audit_id is not None
    assert sum(1 for s in load_project_evaluation(project).scores if s.member == "M2") == 70
    code, _out, err = run_cli("audit", "verify", str(project))
    assert code == 0, err


def test_a_package_of_an_older_schema_is_backed_up_then_upgraded(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (package,) = _copy(tmp_path, "package-M2-v1.0.bidpkg")
    old = Version.parse(SCHEMA_VERSION)
    future = f"{old.major}.{old.minor + 1}"
    steps: list[str] = []
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, Migration(SCHEMA_VERSION, future,
                                                                             lambda conn: steps.append("ran"))])
    monkeypatch.setattr(package_module, "SCHEMA_VERSION", future)
    info = package_info(package)
    assert steps == ["ran"] and info.member == "M2"
    backups = list(tmp_path.glob("package-M2-v1.0.bidpkg.bak-v*"))
    assert len(backups) == 1
    assert package_info(package).cells == 70  # opened again: already upgraded, nothing runs twice
    assert steps == ["ran"]


def test_a_released_response_file_reads_and_checks(tmp_path: Path) -> None:
    (response,) = _copy(tmp_path, "response-v1.bidresp.json")
    code, out, err = run_cli("respond", "check", str(response))
    assert code == 0, err
    assert json.loads(out)["format"].startswith("bideval-selfcheck/")
