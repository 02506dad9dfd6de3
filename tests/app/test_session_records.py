"""The evaluation session's records: low-price reviews, evidence, the Art.64 check, tie votes, finalising."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import session_records as sr
from app.domain.art64_check import art64_findings, candidates, open_findings, ranking
from app.domain.engine import evaluate, low_price_basis
from app.domain.problems import InvalidInput
from app.services import records
from app.services.audit import audit_log
from app.services.checks import record_check
from app.services.members import submit_member
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.scores import record_score
from app.services.setup import save_setup
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pingdingshan-001.json"
MEMBERS = ("M1", "M2", "M3", "M4", "M5")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    return path


def _low(project: Path, price: str = "1100000.00") -> None:
    """Make B4's price abnormally low (below 45% of the 2,545,000 ceiling)."""
    ev = load_project_evaluation(project)
    bidders = tuple(dataclasses.replace(b, price=Decimal(price), price_words=None) if b.id == "B4" else b
                    for b in ev.bidders)
    save_setup(project, dataclasses.replace(ev, bidders=bidders), by="agent")


def _review(opinions: tuple[sr.Opinion, ...] = (), **kw: object) -> sr.LowPriceReview:
    base: dict[str, object] = {"bidder": "B4", "asked_at": "2025-11-25 10:00", "deadline": "2025-11-25 10:30",
                               "summary": "报价依据人工成本测算", "attachments": ("成本测算表.pdf",),
                               "references": "同类项目中标价", "opinions": opinions}
    base.update(kw)
    return sr.LowPriceReview(**base)  # type: ignore[arg-type]


def _status(project: Path, bidder: str) -> str:
    return evaluate(load_project_evaluation(project)).bidder(bidder).status


def test_the_thresholds_are_computed_from_the_current_data(project: Path) -> None:
    _low(project)
    basis = low_price_basis(load_project_evaluation(project))
    # B3 is above the ceiling: the population is B1, B2, B4, B5, B6.
    assert basis.population == ("B1", "B2", "B4", "B5", "B6")
    prices = [Decimal(p) for p in ("2000000", "2200000", "1100000", "2380500", "2545000")]
    assert basis.mean == sum(prices) / 5
    assert basis.limits["average"] == Decimal("0.50") * sum(prices) / 5
    assert basis.second == Decimal("2000000.00")
    assert basis.limits["second_lowest"] == Decimal("1000000.0000")
    assert basis.limits["ceiling"] == Decimal("1145250.0000")
    assert _status(project, "B4") == "pending"


def test_a_deadline_under_30_minutes_is_refused_and_nothing_changes(project: Path) -> None:
    _low(project)
    before = export_text(project)
    with pytest.raises(InvalidInput) as exc:
        records.record_low_price_review(project, _review(deadline="2025-11-25 10:29"), by="agent")
    assert exc.value.problems[0].path == "deadline" and "30 minutes" in exc.value.problems[0].message
    with pytest.raises(InvalidInput) as exc:
        records.record_low_price_review(project, _review(asked_at="10:00"), by="agent")
    assert exc.value.problems[0].path == "asked_at"
    assert export_text(project) == before


def test_the_majority_of_opinions_decides_and_a_rejection_needs_a_reason(project: Path) -> None:
    _low(project)
    with pytest.raises(InvalidInput, match="without a reason"):
        records.record_low_price_review(project, _review((sr.Opinion("M1", False),)), by="agent")
    two = (sr.Opinion("M1", False, "低于成本"), sr.Opinion("M2", False, "测算缺项"))
    records.record_low_price_review(project, _review(two), by="agent")
    assert _status(project, "B4") == "pending"  # 2 of 5 is no majority: no decision yet
    three = (*two, sr.Opinion("M3", False, "无法说明"))
    records.record_low_price_review(project, _review(three), by="agent")
    ev = load_project_evaluation(project)
    assert [(d.bidder, d.kind, d.accepted) for d in ev.decisions] == [("B4", "low_price", False)]
    result = evaluate(ev)
    assert result.bidder("B4").status == "invalid" and "low_price" in result.bidder("B4").reasons
    assert sr.low_price_reviews(ev)["B4"].conclusion(5) is False
    # Two members change their minds: back to no majority, the decision is withdrawn.
    records.record_low_price_review(project, _review(two[:1]), by="agent")
    assert load_project_evaluation(project).decisions == ()
    entities = [e.entity for e in audit_log(project)[-3:]]
    assert entities == ["decision", "low_price_review", "decision"]


def test_a_setup_edit_and_its_undo_keep_the_session_records(project: Path) -> None:
    _low(project)
    before = load_project_evaluation(project)
    records.record_low_price_review(project, _review(), by="agent")
    renamed = dataclasses.replace(before, project=dataclasses.replace(before.project, number="X-9"))
    save_setup(project, renamed, by="agent")
    save_setup(project, before, by="agent", action="undo")  # the setup from before the review
    assert "B4" in sr.low_price_reviews(load_project_evaluation(project))


def _submit_all(project: Path) -> None:
    for mid in MEMBERS:
        submit_member(project, mid, by=mid)


def test_art64_findings_far_from_the_mean_and_objective_differences(project: Path) -> None:
    ev = load_project_evaluation(project)
    assert art64_findings(ev) == []
    record_score(project, "M2", "B1", "F11", "0", by="M2")  # F11 max 6; others' mean far above
    record_score(project, "M3", "B1", "F2", 1, by="M3")  # objective, members differ now
    ev = load_project_evaluation(project)
    found = art64_findings(ev)
    kinds = {(f.kind, f.bidder, f.factor, f.member) for f in found}
    assert ("far_from_mean", "B1", "F11", "M2") in kinds
    assert ("far_from_mean", "B1", "F11", "M4") in kinds  # 6 against a mean of 3 (4, 0, 4, 4)
    assert ("objective_differs", "B1", "F2", None) in kinds
    # A joint score settles an objective factor: no finding on F1 (the sample scores it jointly).
    assert not [f for f in found if f.factor == "F1"]
    # The threshold is configurable: at 90% of max the low score is no longer far.
    assert not [f for f in art64_findings(ev, Decimal("0.9")) if f.kind == "far_from_mean"]


def test_findings_are_resolved_and_recorded_then_finalise_locks(project: Path) -> None:
    record_score(project, "M2", "B1", "F11", "0", by="M2")
    record_score(project, "M3", "B1", "F2", 1, by="M3")
    _submit_all(project)
    codes = [b.code for b in records.finalise_blockers(project)]
    assert "art64_open" in codes
    ev = load_project_evaluation(project)
    far, far_high = (f for f in art64_findings(ev) if f.kind == "far_from_mean")
    objective = next(f for f in art64_findings(ev) if f.kind == "objective_differs")
    with pytest.raises(InvalidInput, match="must be corrected"):
        records.resolve_finding(project, objective.key, "kept", reason="x", by="agent")
    with pytest.raises(InvalidInput, match="reason"):
        records.resolve_finding(project, far.key, "kept", reason=" ", by="agent")
    records.resolve_finding(project, far.key, "kept", reason="该成员认为方案缺少关键模块", by="agent")
    records.resolve_finding(project, far_high.key, "kept", reason="方案完整，评分有据", by="agent")
    # The objective difference is corrected by the member under Art.64's third category.
    m1 = next(x.value for x in ev.scores if (x.member, x.bidder, x.factor) == ("M1", "B1", "F2"))
    record_score(project, "M3", "B1", "F2", m1, by="M3", reason="复核认证证书", art64="objective_inconsistent")
    records.resolve_finding(project, objective.key, "corrected", reason="复核认证证书", by="agent",
                            art64="objective_inconsistent")
    ev = load_project_evaluation(project)
    assert open_findings(ev) == []
    kept = sr.resolutions(ev)
    assert kept[far.key]["action"] == "kept" and kept[far.key]["detail"]["M2"] == "0"
    assert kept[objective.key]["art64"] == "objective_inconsistent"
    assert records.finalise_blockers(project) == []
    records.finalise(project, by="agent")
    final = sr.final_record(load_project_evaluation(project))
    assert final is not None and final["candidates"] == list(evaluate(load_project_evaluation(project)).candidates)
    before = export_text(project)
    for attempt in (
        lambda: record_score(project, "M2", "B1", "F11", "6", by="M2", reason="x", art64="abnormal_score"),
        lambda: record_check(project, "compliance", "B1", "C1", False, by="agent"),
        lambda: save_setup(project, dataclasses.replace(ev, project=dataclasses.replace(ev.project, number="Y")),
                           by="agent"),
        lambda: records.record_low_price_review(project, _review(), by="agent"),
    ):
        with pytest.raises(InvalidInput, match="finalised"):
            attempt()
    assert export_text(project) == before
    with pytest.raises(InvalidInput):
        records.reopen(project, reason="", art64="summation_error", by="agent")
    records.reopen(project, reason="汇总有误", art64="summation_error", by="agent")
    ev = load_project_evaluation(project)
    assert sr.final_record(ev) is None and sr.reevaluations(ev)[0]["final"] == final
    record_score(project, "M2", "B1", "F11", "2", by="M2", reason="重新评审", art64="summation_error")


def test_finalise_is_refused_while_sheets_are_open_or_a_low_price_is_pending(project: Path) -> None:
    _low(project)
    codes = [b.code for b in records.finalise_blockers(project)]
    assert codes.count("not_submitted") == 5 and "low_price_pending" in codes
    with pytest.raises(InvalidInput, match="not_submitted"):
        records.finalise(project, by="agent")
    assert sr.final_record(load_project_evaluation(project)) is None


def test_a_tie_vote_orders_the_tied_bids(project: Path) -> None:
    ev = load_project_evaluation(project)
    b1 = evaluate(ev).bidder("B1")
    # Make B2 score exactly as B1 on everything, and quote the same price: a tie the chain cannot break.
    for s in ev.scores:
        if s.bidder == "B1":
            record_score(project, s.member, "B2", s.factor, s.value, by="agent")
    ev = load_project_evaluation(project)
    bidders = tuple(dataclasses.replace(b, price=Decimal("2000000.00"), price_words=None, size="small")
                    if b.id == "B2" else b for b in ev.bidders)
    save_setup(project, dataclasses.replace(ev, bidders=bidders), by="agent")
    result = evaluate(load_project_evaluation(project))
    assert result.bidder("B2").tied and result.bidder("B1").tied and result.bidder("B2").total == b1.total
    votes = {"M1": "B2", "M2": "B2", "M3": "B1", "M4": "B2", "M5": "B1"}
    with pytest.raises(InvalidInput, match="every member"):
        records.record_tie_vote(project, sr.TieVote(("B1", "B2"), (), {"M1": "B2"}), by="agent")
    records.record_tie_vote(project, sr.TieVote(("B1", "B2"), (), votes), by="agent")
    ev = load_project_evaluation(project)
    order = ranking(result, ev)
    assert order.index("B2") < order.index("B1")
    assert [b.rank for b in (result.bidder("B1"), result.bidder("B2"))] == [2, 2]
    assert candidates(result, ev) == ["B5", "B2", "B1"] and list(result.candidates) == ["B5", "B1", "B2"]


def test_evidence_is_recorded_per_score(project: Path) -> None:
    records.set_evidence(project, None, "B1", "F1", ["合同一：某市政务云运维", " ", "合同二：某局平台运维"], by="agent")
    ev = load_project_evaluation(project)
    assert sr.evidence(ev, None, "B1", "F1") == ("合同一：某市政务云运维", "合同二：某局平台运维")
    with pytest.raises(InvalidInput, match="unknown factor"):
        records.set_evidence(project, None, "B1", "F99", ["x"], by="agent")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MEMBERS), st.booleans()), max_size=8))
def test_the_conclusion_is_a_strict_majority_of_the_committee(opinions: list[tuple[str, bool]]) -> None:
    unique = {mid: ok for mid, ok in opinions}
    review = _review(tuple(sr.Opinion(mid, ok, "理由") for mid, ok in unique.items()))
    accepts = sum(unique.values())
    rejects = len(unique) - accepts
    conclusion = review.conclusion(5)
    assert conclusion is (True if accepts >= 3 else False if rejects >= 3 else None)


def test_the_report_tells_the_low_price_request_and_the_kept_scores(project: Path) -> None:
    from app.reports.document import Para
    from app.reports.narrative import build_narrative, narrative_blocks

    _low(project)
    opinions = (sr.Opinion("M1", False, "低于成本"), sr.Opinion("M2", False, "测算缺项"),
                sr.Opinion("M3", False, "无法说明"), sr.Opinion("M4", True), sr.Opinion("M5", True))
    records.record_low_price_review(project, _review(opinions), by="agent")
    record_score(project, "M2", "B1", "F11", "0", by="M2")
    ev = load_project_evaluation(project)
    for f in art64_findings(ev):
        records.resolve_finding(project, f.key, "kept", reason="评分有据", by="agent")
    ev = load_project_evaluation(project)
    text = "\n".join(b.text for b in narrative_blocks(build_narrative(ev, evaluate(ev))) if isinstance(b, Para))
    assert "2025-11-25 10:00 要求其在 2025-11-25 10:30 前就报价合理性作出书面说明并提交成本测算表.pdf" in text
    assert "不认可：王建国（低于成本）" in text and "结论：多数成员不认可其说明，投标无效" in text
    assert "李秀英 对 B1" in text and "予以保留，理由：评分有据" in text


def test_finalise_and_reopen_headless(project: Path) -> None:
    from tests.app.projdoc import run_cli

    code, out, err = run_cli("finalise", str(project), "--dry-run")
    assert code == 2 and out == "" and err.count("not_submitted: M") == 5
    _submit_all(project)
    assert run_cli("finalise", str(project), "--dry-run")[:2] == (0, "ok\n")
    assert sr.final_record(load_project_evaluation(project)) is None
    assert run_cli("finalise", str(project), "--by", "组长")[:2] == (0, "ok\n")
    code, _out, err = run_cli("score", str(project), "--member", "M2", "--bidder", "B1", "--factor", "F11",
                              "--value", "2", "--reason", "x", "--art64", "abnormal_score")
    assert code == 2 and "finalised" in err
    assert run_cli("reopen", str(project), "--reason", "汇总有误", "--art64", "summation_error")[:2] == (0, "ok\n")
    assert sr.reevaluations(load_project_evaluation(project))[0]["art64"] == "summation_error"


def test_one_grade_step_is_no_outlier_unless_the_tender_says_so(project: Path) -> None:
    from app.domain.art64_check import grade_steps

    ev = load_project_evaluation(project)
    assert grade_steps(ev)["F11"] == Decimal(2)  # grades 6/4/3/2/0: the widest step is 6 → 4
    record_score(project, "M4", "B1", "F11", "4", by="M4")
    record_score(project, "M2", "B1", "F11", "6", by="M2")  # one grade above the others' 4s
    ev = load_project_evaluation(project)
    others = [s.value for s in ev.scores if (s.bidder, s.factor) == ("B1", "F11") and s.member != "M2"]
    assert set(others) == {"4"}
    assert not [f for f in art64_findings(ev) if f.kind == "far_from_mean"]  # 2 > 30% × 6, but one step
    record_score(project, "M2", "B1", "F11", "0", by="M2")  # two grades and more below: far
    assert ("far_from_mean", "M2") in {(f.kind, f.member) for f in art64_findings(load_project_evaluation(project))}
    # the tender states its share: taken at its word, the one-step difference is a finding again
    record_score(project, "M2", "B1", "F11", "6", by="M2")
    ev = load_project_evaluation(project)
    stated = dataclasses.replace(ev, extensions={**ev.extensions, "biddesk.art64_check": {"share": "0.30"}})
    assert ("far_from_mean", "M2") in {(f.kind, f.member) for f in art64_findings(stated)}
