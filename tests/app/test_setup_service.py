"""Setup edits after import: what is saved, what is refused (and then nothing changes), undo by saving back."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import committee, extras, setup_ops
from app.domain import model as m
from app.domain.problems import InvalidInput
from app.exchange import writer
from app.services.audit import audit_log
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from app.services.setup import blank_evaluation, changed_parts, create_project, save_setup, setup_problems
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pingdingshan-001.json"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    return path


def _state(path: Path) -> tuple[str, int]:
    return export_text(path), len(audit_log(path))


def test_a_rename_is_saved_with_one_audit_event_naming_the_part(project: Path) -> None:
    ev = load_project_evaluation(project)
    after = setup_ops.replace_entry(ev, "factors", 1, dataclasses.replace(ev.factors[1], name="业绩（新）"))
    change = save_setup(project, after, by="agent", action="factor.rename")
    assert change.keys == ("factors",)
    reloaded = load_project_evaluation(project)
    assert reloaded.factors[1].name == "业绩（新）"
    assert reloaded.scores == ev.scores and reloaded.checks == ev.checks
    event = audit_log(project)[-1]
    assert (event.action, event.entity, event.by) == ("factor.rename", "setup", "agent")
    assert "业绩（新）" in (event.new or "") and ev.factors[1].name in (event.old or "")


def test_saving_the_setup_from_before_undoes_exactly(project: Path) -> None:
    before_text = export_text(project)
    ev = load_project_evaluation(project)
    after = setup_ops.move(ev, "bidders", 0, 3)
    after = dataclasses.replace(after, project=dataclasses.replace(ev.project, number="X-1"))
    after = extras.with_entry(after, extras.COMMITTEE, "leader", "M2")
    assert changed_parts(ev, after) == ["project", "bidders", "extensions"]
    save_setup(project, after, by="agent")
    assert load_project_evaluation(project).bidders[3].id == ev.bidders[0].id
    save_setup(project, ev, by="agent", action="undo")
    assert export_text(project) == before_text


def test_nothing_to_save_writes_nothing(project: Path) -> None:
    state = _state(project)
    assert not save_setup(project, load_project_evaluation(project), by="agent").changed
    assert _state(project) == state


@pytest.mark.parametrize("edit, where", [
    # a factor with scores removed: the scores would lose their factor
    (lambda ev: setup_ops.remove(ev, "factors", 1), "scores["),
    # a bidder with verdicts and scores removed
    (lambda ev: setup_ops.remove(ev, "bidders", 0), "["),
    # a grade no longer allowed while scores use it
    (lambda ev: setup_ops.replace_entry(ev, "factors", 9, dataclasses.replace(
        ev.factors[9], rule=m.GradesRule(values=(Decimal(1),)))), "scores["),
    # a grade above the factor's max
    (lambda ev: setup_ops.replace_entry(ev, "factors", 9, dataclasses.replace(
        ev.factors[9], rule=m.GradesRule(values=(Decimal(9), Decimal(0))))), "factors[9].rule.values[0]"),
    # a range step the max is not a multiple of
    (lambda ev: setup_ops.replace_entry(ev, "factors", 9, dataclasses.replace(
        ev.factors[9], rule=m.RangeRule(step=Decimal("0.3")))), "factors[9].rule.step"),
    # two price factors
    (lambda ev: setup_ops.insert(ev, "factors", 0, m.Factor("P2", "价格二", "价格", Decimal(1), m.PriceRule())),
     "factors[1].rule.type"),
    # a duplicate id
    (lambda ev: setup_ops.insert(ev, "members", 0, m.Member("M1", "重复")), "members[1].id"),
    # a low-price rate above 65%
    (lambda ev: dataclasses.replace(ev, rules=dataclasses.replace(
        ev.rules, low_price=m.LowPriceRates(Decimal("0.70"), None, None))), "rules.low_price.average"),
    # capitals that cannot be read
    (lambda ev: setup_ops.replace_entry(ev, "bidders", 1, dataclasses.replace(
        ev.bidders[1], price_words="贰佰万元X")), "bidders[1].price_words"),
])
def test_a_refused_edit_names_the_place_and_changes_nothing(project: Path, edit: object, where: str) -> None:
    state = _state(project)
    after = edit(load_project_evaluation(project))  # type: ignore[operator]
    with pytest.raises(InvalidInput) as caught:
        save_setup(project, after, by="agent")
    assert any(where in p.path for p in caught.value.problems), caught.value.problems
    assert _state(project) == state


def test_create_project_makes_a_blank_tender_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "new.bidesk"
    ev = blank_evaluation(m.Project(name="新项目", method="inquiry", budget=Decimal("100000.00")))
    create_project(path, ev, by="agent")
    loaded = load_project_evaluation(path)
    assert loaded.project.name == "新项目" and loaded.factors == () and loaded.bidders == ()
    assert [e.action for e in audit_log(path)] == ["create"]
    with pytest.raises(Exception, match="already exists"):
        create_project(path, ev, by="agent")
    bad = blank_evaluation(m.Project(name="x", method="inquiry", budget=Decimal("-1")))
    with pytest.raises(InvalidInput):
        create_project(tmp_path / "bad.bidesk", bad, by="agent")
    assert not (tmp_path / "bad.bidesk").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.bidesk"]


def test_single_source_blank_needs_one_valid_bid() -> None:
    ev = blank_evaluation(m.Project(name="x", method="single_source", budget=Decimal("1")))
    assert ev.rules.min_valid_bids == 1
    assert setup_problems(ev) == []


# -- pure list edits ---------------------------------------------------------------------------------
def _sample() -> m.Evaluation:
    from app.exchange import loads

    return loads(SAMPLE.read_bytes())


def test_next_id_follows_the_prefix_and_skips_used_ids() -> None:
    ev = _sample()
    assert setup_ops.next_id(ev, "factors") == "F17"
    assert setup_ops.next_id(ev, "members") == "M6"
    assert setup_ops.next_id(blank_evaluation(ev.project), "qualification") == "Q1"


def test_facts_follow_their_entry_when_renamed_and_go_with_it() -> None:
    ev = extras.with_entry(_sample(), extras.GRADE_WORDS, "F8", ["优", "良", "中", "差"])
    ev = extras.with_entry(ev, extras.COMMITTEE, "leader", "M2")
    index = [f.id for f in ev.factors].index("F8")
    renamed = setup_ops.replace_entry(ev, "factors", index, dataclasses.replace(ev.factors[index], id="G8"))
    assert extras.grade_words(renamed, "G8") == ("优", "良", "中", "差")
    assert extras.grade_words(renamed, "F8") == ()
    gone = setup_ops.remove(renamed, "factors", index)
    assert extras.GRADE_WORDS not in gone.extensions
    member = setup_ops.replace_entry(ev, "members", 1, dataclasses.replace(ev.members[1], id="MX"))
    assert extras.leader(member) == "MX"
    assert extras.leader(setup_ops.remove(member, "members", 1)) is None
    with pytest.raises(ValueError, match="already used"):
        setup_ops.replace_entry(ev, "members", 1, dataclasses.replace(ev.members[1], id="M1"))


def test_move_clamps_and_keeps_every_entry() -> None:
    ev = _sample()
    moved = setup_ops.move(ev, "bidders", 5, 3)
    assert [b.id for b in moved.bidders] == [b.id for b in ev.bidders]
    moved = setup_ops.move(ev, "bidders", 5, -5)
    assert [b.id for b in moved.bidders] == ["B6", "B1", "B2", "B3", "B4", "B5"]


# -- committee and opening record -----------------------------------------------------------------------
def _members(experts: int, purchasers: int) -> tuple[m.Member, ...]:
    return tuple(m.Member(f"E{i}", "x") for i in range(experts)) + tuple(
        m.Member(f"P{i}", "x", "purchaser") for i in range(purchasers))


@pytest.mark.parametrize("experts, purchasers, method, codes", [
    (4, 1, "open_tender", []),
    (3, 2, "open_tender", ["few_experts"]),
    (3, 1, "open_tender", ["too_few", "even"]),
    (2, 1, "competitive_consultation", []),
    (2, 1, "open_tender", ["too_few"]),
    (5, 2, "open_tender", []),
    (4, 2, "inquiry", ["even"]),
])
def test_committee_composition(experts: int, purchasers: int, method: str, codes: list[str]) -> None:
    found = committee.composition(_members(experts, purchasers), method, "E0")
    assert [f.code for f in found] == codes
    assert [f.code for f in committee.composition(_members(experts, purchasers), method, None)][-1] == "no_leader"


def test_price_findings_over_ceiling_and_capitals() -> None:
    ev = _sample()
    by_id = {b.id: b for b in ev.bidders}
    assert [f.code for f in committee.price_findings(by_id["B3"], ev.project)] == ["over_ceiling"]
    assert [f.code for f in committee.price_findings(by_id["B4"], ev.project)] == ["words_differ"]
    assert committee.price_findings(by_id["B1"], ev.project) == []
    at_ceiling = dataclasses.replace(by_id["B1"], price=ev.project.ceiling, price_words=None)
    assert committee.price_findings(at_ceiling, ev.project) == []


def test_size_findings_flag_a_declaration_smaller_than_the_figures() -> None:
    ev = _sample()
    small = dataclasses.replace(ev.bidders[0], size="small")
    industry = ev.project.industry
    # 软件和信息技术服务业: small is 10+ employees and 50+ 万元 revenue below medium (100 / 1000)
    size, found = committee.size_findings(small, industry, 40, Decimal(800), None)
    assert size == "small" and found == []
    size, found = committee.size_findings(small, industry, 400, Decimal(20000), None)
    assert size == "large" and [f.code for f in found] == ["size_differs"] and found[0].blocking
    size, found = committee.size_findings(dataclasses.replace(small, size="large"), industry, 40, Decimal(800), None)
    assert [f.code for f in found] == ["size_differs"] and not found[0].blocking
    assert committee.size_findings(small, None, 40, None, None)[1][0].code == "no_industry"
    assert committee.size_findings(small, industry, None, None, None) == (None, [])


def test_a_setup_doc_round_trips_through_the_writer() -> None:
    ev = _sample()
    assert writer.evaluation_to_doc(ev)["factors"] == writer.evaluation_to_doc(setup_ops.move(
        setup_ops.move(ev, "factors", 0, 1), "factors", 1, -1))["factors"]
