"""Changing a project: scores, verdicts, decisions, submissions — validated, audited, Art.64-locked."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.domain.art64 import ART64
from app.domain.problems import InvalidInput
from app.persistence.store import ProjectStore
from app.services.audit import audit_log
from app.services.checks import record_check
from app.services.decisions import record_decision, withdraw_decision
from app.services.members import member_states, submit_member
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.scores import record_score
from app.services.session import ProjectSession
from tests.app.projdoc import small_doc, write_doc


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project file imported from the small document."""
    path = tmp_path / "p.bidesk"
    import_exchange(write_doc(tmp_path / "s.json", small_doc()), path, by="agent")
    return path


def score_of(project: Path, member: str | None, bidder: str, factor: str) -> object:
    ev = load_project_evaluation(project)
    return next(s.value for s in ev.scores if (s.member, s.bidder, s.factor) == (member, bidder, factor))


def problems(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def test_record_score_changes_and_audits(project: Path) -> None:
    change = record_score(project, "M1", "B1", "F2", "5", by="张三", reason="复核")
    assert change.changed and change.kind == "score" and change.keys == ("M1", "B1", "F2")
    assert score_of(project, "M1", "B1", "F2") == "5"
    last = audit_log(project)[-1]
    assert last.id == change.audit_id
    assert (last.by, last.action, last.entity) == ("张三", "change", "score")
    assert json.loads(last.key) == ["M1", "B1", "F2"]
    assert (last.old, last.new, last.reason, last.art64) == ('"20"', '"5"', "复核", None)
    assert last.at.endswith("+00:00") and "T" in last.at


def test_unchanged_value_records_nothing(project: Path) -> None:
    before = len(audit_log(project))
    assert not record_score(project, "M1", "B1", "F2", 20, by="x").changed  # "20" and 20 are the same grade
    assert not record_score(project, "M1", "B1", "F3", [10, "6.0"], by="x").changed
    assert len(audit_log(project)) == before
    assert score_of(project, "M1", "B1", "F2") == "20"


def test_new_score_is_created_and_exported(project: Path) -> None:
    record_score(project, None, "B1", "F4", "2", by="组长")  # a joint hours score: objective factor
    assert score_of(project, None, "B1", "F4") == "2"
    event = audit_log(project)[-1]
    assert (event.action, event.old, event.new) == ("create", None, '"2"')
    doc = json.loads(export_text(project))
    assert doc["scores"][-1] == {"member": None, "bidder": "B1", "factor": "F4", "value": "2"}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("MX", "B1", "F2", "5"), ["--member: unknown member MX"]),
        (("M1", "BX", "F2", "5"), ["--bidder: unknown bidder BX"]),
        (("M1", "B1", "FX", "5"), ["--factor: unknown factor FX"]),
        (("M1", "B1", "P", "5"), ["--factor: P is the price factor: its score is computed"]),
        (("M1", "B1", "F2", "7"), ["--value: 7 is not an allowed grade of F2 (20, 12, 5, 0)"]),
        (("M1", "B1", "F3", ["10"]), ["--value: F3 takes 2 sub-item grades, not 1"]),
        (("M1", "B1", "F5", "7.25"), ["--value: 7.25 is not a multiple of the step 0.5 of F5"]),
        (("M1", "B1", "F1", -1), ["--value: -1 is not a whole count of F1 (0, 1, 2, …)"]),
        ((None, "B1", "F2", "5"), ["--member: a joint score (member null) is only for objective factors; "
                                   "F2 is subjective"]),
        (("", "B1", "F2", "5"), ["--member: must be an id, not an empty string"]),
    ],
)
def test_bad_scores_change_nothing(project: Path, args: tuple[object, ...], expected: list[str]) -> None:
    before = export_text(project)
    trail = audit_log(project)
    member, bidder, factor, value = args
    with pytest.raises(InvalidInput) as info:
        record_score(project, member, bidder, factor, value, by="x")  # type: ignore[arg-type]
    assert problems(info) == expected
    assert export_text(project) == before
    assert audit_log(project) == trail


def test_same_messages_as_the_engine(project: Path, tmp_path: Path) -> None:
    """The service and the exchange reader reject a value with the same words."""
    doc = small_doc()
    doc["scores"][1]["value"] = "7"
    from app.domain.engine import evaluate
    from app.exchange.reader import loads

    with pytest.raises(InvalidInput) as engine:
        evaluate(loads(json.dumps(doc, default=str)))
    with pytest.raises(InvalidInput) as service:
        record_score(project, "M1", "B1", "F2", "7", by="x")
    engine_msg = next(p.message for p in engine.value.problems if p.path == "scores[1].value")
    assert problems(service) == [f"--value: {engine_msg}"]


def test_submitted_member_needs_reason_and_art64(project: Path) -> None:
    assert member_states(project)[0].state == "open"
    change = submit_member(project, "M1", by="张三")
    assert change.changed
    state = member_states(project)[0]
    assert (state.state, state.submitted_by) == ("submitted", "张三") and state.submitted_at
    assert not submit_member(project, "M1", by="张三").changed  # already submitted: nothing recorded

    with pytest.raises(InvalidInput) as info:
        record_score(project, "M1", "B1", "F2", "5", by="张三")
    assert [p.path for p in info.value.problems] == ["--reason", "--art64"]
    with pytest.raises(InvalidInput) as info:
        record_score(project, "M1", "B1", "F2", "5", by="张三", reason="笔误")
    assert [p.path for p in info.value.problems] == ["--art64"]
    with pytest.raises(InvalidInput) as info:
        record_score(project, "M1", "B1", "F2", "5", by="张三", art64="summation_error")
    assert [p.path for p in info.value.problems] == ["--reason"]
    with pytest.raises(InvalidInput) as info:
        record_score(project, "M1", "B1", "F2", "5", by="张三", reason="笔误", art64="typo")
    assert problems(info) == [f"--art64: typo is not one of {', '.join(ART64)}"]
    assert score_of(project, "M1", "B1", "F2") == "20"

    change = record_score(project, "M1", "B1", "F2", "5", by="评标委员会", reason="评分畸高", art64="abnormal_score")
    assert change.changed and score_of(project, "M1", "B1", "F2") == "5"
    event = audit_log(project)[-1]
    assert (event.reason, event.art64, event.old, event.new) == ("评分畸高", "abnormal_score", '"20"', '"5"')
    # another member's sheet is still open
    assert record_score(project, "M2", "B1", "F2", "5", by="李四").changed
    # a joint score stands on every sheet: once anyone submitted, it is locked too
    with pytest.raises(InvalidInput):
        record_score(project, None, "B1", "F1", 3, by="组长")
    assert record_score(project, None, "B1", "F1", 3, by="组长", reason="业绩复核",
                        art64="objective_inconsistent").changed


def test_submit_refuses_missing_scores(project: Path) -> None:
    store = ProjectStore.open(project)
    try:
        with store.write() as session:
            session.connection().exec_driver_sql(
                "DELETE FROM score WHERE member_id = 'M2' AND bidder_id = 'B1' AND factor_id IN ('F2', 'F3')")
    finally:
        store.close()
    with pytest.raises(InvalidInput) as info:
        submit_member(project, "M2", by="李四")
    assert problems(info) == ["--member: member M2 has not scored bidder B1 on factor F2",
                              "--member: member M2 has not scored bidder B1 on factor F3"]
    assert member_states(project)[1].state == "open"
    with pytest.raises(InvalidInput) as info:
        submit_member(project, "MX", by="x")
    assert problems(info) == ["--member: unknown member MX"]


def test_record_check(project: Path) -> None:
    change = record_check(project, "compliance", "B1", "C1", False, member="M2", note="超限价", by="李四")
    assert change.changed and change.kind == "check"
    ev = load_project_evaluation(project)
    check = ev.checks[-1]
    assert (check.stage, check.bidder, check.item, check.member, check.passed, check.note) == (
        "compliance", "B1", "C1", "M2", False, "超限价")
    event = audit_log(project)[-1]
    assert (event.entity, event.old, json.loads(event.new or "")) == ("check", None, {"pass": False, "note": "超限价"})
    # same verdict, note kept: nothing
    assert not record_check(project, "compliance", "B1", "C1", False, member="M2", by="李四").changed
    # the existing member verdict of the document
    change = record_check(project, "compliance", "B2", "C2", True, member="M1", by="张三")
    assert change.changed
    event = audit_log(project)[-1]
    assert json.loads(event.old or "") == {"pass": False, "note": "缺章"}
    assert json.loads(event.new or "") == {"pass": True, "note": "缺章"}
    assert len(load_project_evaluation(project).checks) == 3


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("review", "B1", "C1", None), ["--stage: review is not one of qualification, compliance"]),
        (("compliance", "B1", "Q1", None), ["--item: unknown compliance item Q1"]),
        (("compliance", "BX", "C1", "MX"), ["--bidder: unknown bidder BX", "--member: unknown member MX"]),
    ],
)
def test_bad_checks_change_nothing(project: Path, args: tuple[str, str, str, str | None], expected: list[str]) -> None:
    before = export_text(project)
    stage, bidder, item, member = args
    with pytest.raises(InvalidInput) as info:
        record_check(project, stage, bidder, item, True, member=member, by="x")
    assert problems(info) == expected
    assert export_text(project) == before


def test_decisions(project: Path) -> None:
    change = record_decision(project, "B1", "low_price", accepted=True, note="成本测算合理", by="委员会")
    assert change.changed
    assert not record_decision(project, "B1", "low_price", accepted=True, note="成本测算合理", by="委员会").changed
    record_decision(project, "B1", "low_price", accepted=False, note="无法说明", by="委员会")
    ev = load_project_evaluation(project)
    low = [d for d in ev.decisions if d.kind == "low_price"]
    assert len(low) == 1 and low[0].accepted is False and low[0].note == "无法说明"
    assert withdraw_decision(project, "B1", "low_price", by="委员会", reason="误录").changed
    assert not any(d.kind == "low_price" for d in load_project_evaluation(project).decisions)
    actions = [(e.entity, e.action) for e in audit_log(project)[-3:]]
    assert actions == [("decision", "create"), ("decision", "change"), ("decision", "delete")]
    with pytest.raises(InvalidInput):
        record_decision(project, "B1", "invalid", by="x")
    with pytest.raises(InvalidInput):
        record_decision(project, "BX", "low_price", accepted=True, by="x")


def test_audit_log_is_append_only(project: Path) -> None:
    record_score(project, "M1", "B1", "F2", "5", by="x")
    con = sqlite3.connect(project)
    try:
        for sql in ("UPDATE audit_event SET by = 'someone else'", "DELETE FROM audit_event"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()
    assert [e.by for e in audit_log(project)] == ["agent", "x"]


def test_import_is_one_audit_event(project: Path) -> None:
    (event,) = audit_log(project)
    assert (event.action, event.entity, event.by) == ("import", "project", "agent")
    assert json.loads(event.new or "")["scores"] == len(small_doc()["scores"])


def test_project_session_stays_in_step(project: Path) -> None:
    with ProjectSession.open(project) as session:
        first = session.result()
        session.record_score("M1", "B1", "F2", "5", by="x")
        session.record_check("compliance", "B2", "C2", True, member="M1", by="x")  # B2 valid: it may be scored
        session.record_score(None, "B2", "F4", "1", by="x")  # new entry: appended
        assert session.evaluation() == load_project_evaluation(project)
        assert session.result() != first
        # a write by someone else (another process) is noticed
        record_score(project, "M2", "B1", "F2", "5", by="other")
        assert session.evaluation() == load_project_evaluation(project)
        session.record_decision("B1", "low_price", accepted=True, by="x")
        session.submit_member("M3", by="x")
        assert session.evaluation() == load_project_evaluation(project)
