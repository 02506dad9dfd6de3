"""Refusals are the same at every door (the service, the open session the window uses, the command line,
a member's package): a failed item needs a reason; a score the engine would ignore is refused with the
reason. The review table prints identical notes once, with the members who gave them. And the
evaluation's state (待评分 / 待复核 / 可定稿 / 已定稿) is computed without Qt."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from app.domain.art64_check import FINAL, READY, REVIEW, SCORING, evaluation_state
from app.domain.engine import evaluate
from app.domain.problems import InvalidInput
from app.packages.expert import record_package_score
from app.packages.export import export_package
from app.persistence.store import ProjectStore
from app.reports.data import build_report, grouped_notes
from app.reports.document import plain_text
from app.reports.pack import TABLES, build_documents
from app.services import records
from app.services.audit import audit_log
from app.services.checks import record_check
from app.services.members import submit_member
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.scores import invalid_reasons, record_score
from app.services.session import ProjectSession
from tests.app.projdoc import MEMBERS, run_cli, small_doc, write_doc


def _doc() -> dict[str, Any]:
    """The small document; B1 valid, B2 fails C2 on M1's only vote, B3 declared invalid; F1 has joint scores."""
    return copy.deepcopy(small_doc())


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(write_doc(tmp_path / "s.json", _doc()), path, by="代理")
    return path


def _unchanged(project: Path) -> tuple[str, int]:
    return export_text(project), len(audit_log(project))


def test_a_failed_item_needs_a_reason_at_every_door(project: Path) -> None:
    before = _unchanged(project)
    status, out, err = run_cli("check", project, "--stage", "compliance", "--bidder", "B1", "--item", "C1", "--fail")
    assert (status, out, err) == (2, "", "--note: a failed item needs a reason\n")
    status, out, err = run_cli("check", project, "--stage", "compliance", "--bidder", "B1", "--item", "C1", "--fail",
                               "--member", "M2", "--note", "  ")
    assert (status, err) == (2, "--note: a failed item needs a reason\n")
    with pytest.raises(InvalidInput, match="a failed item needs a reason"):
        record_check(project, "qualification", "B1", "Q1", False, by="代理")
    with ProjectSession.open(project) as session, pytest.raises(InvalidInput, match="needs a reason"):
        session.record_check("compliance", "B1", "C2", False, member="M3", note="", by="代理")
    assert _unchanged(project) == before
    # with a reason it is recorded; failing it again keeps that reason (no --note: the note is kept)
    assert run_cli("check", project, "--stage", "compliance", "--bidder", "B1", "--item", "C1", "--fail",
                   "--member", "M2", "--note", "超出最高限价")[:2] == (0, "ok\n")
    assert run_cli("check", project, "--stage", "compliance", "--bidder", "B1", "--item", "C1", "--pass",
                   "--member", "M2")[:2] == (0, "ok\n")  # a pass needs no reason; the note stays
    assert run_cli("check", project, "--stage", "compliance", "--bidder", "B1", "--item", "C1", "--fail",
                   "--member", "M2")[:2] == (0, "ok\n")
    check = next(c for c in load_project_evaluation(project).checks
                 if (c.member, c.bidder, c.item) == ("M2", "B1", "C1"))
    assert (check.passed, check.note) == (False, "超出最高限价")


def test_a_score_the_engine_would_ignore_is_refused_with_the_reason(project: Path, tmp_path: Path) -> None:
    ev = load_project_evaluation(project)
    result = evaluate(ev)
    assert [b.status for b in result.bidders] == ["valid", "invalid", "invalid"]
    assert invalid_reasons_of(project) == {"B1": [], "B2": ["compliance:C2"], "B3": ["declared_invalid"]}
    before = _unchanged(project)
    # a member's score on an objective factor the committee scored jointly for that bid
    status, out, err = run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F1", "--value", "2")
    assert (status, out) == (2, "")
    assert err == ("--member: bidder B1 has the committee's joint score on objective factor F1: it stands for every "
                   "member, a member's score would be ignored\n")
    # any score on an invalid bid, the joint one included
    for member in ("M1", "committee"):
        status, out, err = run_cli("score", project, "--member", member, "--bidder", "B3", "--factor", "F4",
                                   "--value", "3")
        assert (status, out) == (2, "") and err == ("--bidder: bidder B3 is invalid (declared_invalid): its bid is "
                                                    "not scored, a score would be ignored\n"), member
    with pytest.raises(InvalidInput, match=r"bidder B2 is invalid \(compliance:C2\)"):
        record_score(project, "M2", "B2", "F5", "3", by="M2")
    with ProjectSession.open(project) as session, pytest.raises(InvalidInput, match="joint score"):
        session.record_score("M2", "B1", "F1", 3, by="M2")
    assert _unchanged(project) == before
    # the same in a member's offline package (the package holds the joint scores and the member's verdicts)
    package = tmp_path / "m2.bidpkg"
    export_package(project, "M2", package, by="代理")
    with pytest.raises(InvalidInput, match="joint score"):
        record_package_score(package, "M2", "B1", "F1", 3, by="M2")
    with pytest.raises(InvalidInput, match="B3 is invalid"):
        record_package_score(package, "M2", "B3", "F2", "20", by="M2")
    # what the engine uses is still accepted: the joint score itself, a member's subjective score on B1
    assert run_cli("score", project, "--member", "-", "--bidder", "B1", "--factor", "F1", "--value", "3")[:2] == \
        (0, "ok\n")
    assert run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F2", "--value", "5")[:2] == \
        (0, "ok\n")
    # a bid that passes again may be scored again
    assert run_cli("check", project, "--stage", "compliance", "--bidder", "B2", "--item", "C2", "--pass",
                   "--member", "M1")[:2] == (0, "ok\n")
    assert run_cli("score", project, "--member", "M2", "--bidder", "B2", "--factor", "F5", "--value", "3")[:2] == \
        (0, "ok\n")


def invalid_reasons_of(project: Path) -> dict[str, list[str]]:
    with ProjectStore.open(project) as store, store.read() as session:
        return {b: invalid_reasons(session, b) for b in ("B1", "B2", "B3")}


def test_the_cheap_validity_check_agrees_with_the_engine(tmp_path: Path) -> None:
    doc = _doc()
    doc["project"]["ceiling"] = "850000.00"  # B2 (900,000) and B3 (950,000) are over it
    doc["checks"].append({"stage": "qualification", "bidder": "B1", "item": "Q1", "member": "M2", "pass": False,
                          "note": "营业执照过期"})  # the joint pass wins over a member's fail
    path = write_doc(tmp_path / "c.json", doc)
    project = tmp_path / "c.bidesk"
    import_exchange(path, project, by="代理")
    result = evaluate(load_project_evaluation(project))
    found = invalid_reasons_of(project)
    assert {b.id: list(b.reasons) for b in result.bidders if b.status == "invalid"} == {
        b: r for b, r in found.items() if r}
    assert found["B2"] == ["compliance:C2", "over_ceiling"] and found["B1"] == []


def test_identical_notes_are_printed_once_with_the_members_who_gave_them() -> None:
    names = {"M1": "张三", "M2": "李四", "M3": "王五"}
    noted = (("M1", "资质证书过期"), ("M2", "资质证书过期"), ("M3", "未盖公章"), (None, "资质证书过期"))
    assert grouped_notes(noted, names) == "张三、李四、评标委员会：资质证书过期；王五：未盖公章"
    assert grouped_notes(((None, "超出最高限价"),), names) == "超出最高限价"
    assert grouped_notes((("M1", " 缺章 "), ("M1", "缺章")), names) == "张三：缺章"

    from app.services.opening import load_any
    from tests.conftest import SAMPLES

    ev = load_any(SAMPLES / "pingdingshan-001.json")
    members = ev.members
    checks = tuple(c for c in ev.checks if not (c.stage == "qualification" and c.bidder == "B6"))
    fails = tuple(type(ev.checks[0])(stage="qualification", bidder="B6", item=ev.qualification[0].id, passed=False,
                                     member=m.id, note="资质证书过期") for m in members)
    ev = dataclasses_replace(ev, checks=checks + fails)
    result = evaluate(ev)
    data = build_report(ev, result)
    row = next(r for r in data.qualification.rows if r.bidder == "B6")
    who = "、".join(m.name for m in members)
    assert row.cells[0].note == f"{who}：资质证书过期" and row.conclusion == "不合格"
    text = plain_text(build_documents(ev, result)[TABLES])
    assert text.count("资质证书过期") == 1 and f"{who}：资质证书过期" in text


def dataclasses_replace(obj: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(obj, **changes)


def _finalisable(tmp_path: Path) -> Path:
    doc = _doc()
    first = {(s["bidder"], s["factor"]): s["value"] for s in doc["scores"] if s["member"] == "M1"}
    for s in doc["scores"]:
        if s["member"] is not None:
            s["value"] = first[(s["bidder"], s["factor"])]
    doc["checks"] = [c for c in doc["checks"] if c["member"] is None]
    project = tmp_path / "f.bidesk"
    import_exchange(write_doc(tmp_path / "f.json", doc), project, by="代理")
    return project


def test_the_evaluation_state_is_computed_without_qt(tmp_path: Path) -> None:
    project = _finalisable(tmp_path)
    assert evaluation_state(records.finalise_blockers(project)) == SCORING
    for member in MEMBERS[:-1]:
        submit_member(project, member, by=member)
    assert evaluation_state(records.finalise_blockers(project)) == SCORING  # one sheet still open
    submit_member(project, MEMBERS[-1], by=MEMBERS[-1])
    assert evaluation_state(records.finalise_blockers(project)) == READY
    # a joint score that differs from the members' is fine; a member's far-off correction is a finding
    record_score(project, "M2", "B1", "F2", "0", by="M2", reason="复核", art64="abnormal_score")
    assert [b.code for b in records.finalise_blockers(project)] == ["art64_open"]
    assert evaluation_state(records.finalise_blockers(project)) == REVIEW
    record_score(project, "M2", "B1", "F2", "20", by="M2", reason="复核", art64="abnormal_score")
    assert evaluation_state(records.finalise_blockers(project)) == READY
    records.finalise(project, by="代理")
    assert evaluation_state(records.finalise_blockers(project)) == FINAL
