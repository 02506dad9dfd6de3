"""Each step's state for the navigator (app.domain.progress), on the bundled samples and variations of them."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import progress as pg
from app.domain.art64_check import blockers
from app.domain.committee import Finding
from app.domain.extras import COMMITTEE
from app.domain.model import Check, Evaluation, Member
from app.domain.session_records import final_record
from app.exchange.reader import loads

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _sample(name: str) -> Evaluation:
    return loads((SAMPLES / name).read_bytes())


def _facts(ev: Evaluation, submitted: bool) -> pg.Facts:
    done = {m.id: submitted for m in ev.members}
    return pg.Facts(done, tuple(blockers(ev, done)))


def _led(ev: Evaluation) -> Evaluation:
    return dataclasses.replace(ev, extensions={**ev.extensions, COMMITTEE: {"leader": ev.members[0].id}})


@pytest.fixture()
def ping() -> Evaluation:
    return _sample("pingdingshan-001.json")


def test_the_tender_sample_with_all_sheets_in_is_ready_but_not_final(ping: Evaluation) -> None:
    states = pg.step_states(_led(ping), _facts(ping, True))
    assert final_record(ping) is None
    assert {k: v for k, v in states.items() if v != pg.OK} == {"results": pg.TODO}
    assert set(states) == set(pg.STEPS)


def test_before_the_members_submit_scoring_check_and_results_are_to_do(ping: Evaluation) -> None:
    states = pg.step_states(ping, _facts(ping, False))
    assert states["scoring"] == states["check"] == states["results"] == pg.TODO
    assert states["qualification_review"] == states["compliance_review"] == pg.OK
    assert states["committee"] == pg.TODO  # the sample names no leader (a warning, not a block)


def test_a_leader_makes_the_committee_complete_and_an_even_committee_blocks(ping: Evaluation) -> None:
    assert pg.committee_state(_led(ping)) == pg.OK
    even = _led(dataclasses.replace(ping, members=ping.members[:4]))
    assert pg.committee_state(even) == pg.BLOCKED
    assert pg.committee_state(dataclasses.replace(ping, members=())) == pg.BLOCKED


def test_a_failing_bid_is_a_result_but_a_missing_verdict_is_to_do(ping: Evaluation) -> None:
    stage = "compliance"
    assert any(not c.passed for c in ping.checks if c.stage == stage)  # B3 fails C6 in the sample
    assert pg.review_state(ping, stage) == pg.OK
    first = ping.checklist(stage)[0].id
    bidder = ping.bidders[0].id
    kept = tuple(c for c in ping.checks if not (c.stage == stage and c.bidder == bidder and c.item == first))
    assert len(kept) < len(ping.checks)
    assert pg.review_state(dataclasses.replace(ping, checks=kept), stage) == pg.TODO
    joint = (*kept, Check(stage, bidder, first, False, None, "未按要求提供"))
    assert pg.review_state(dataclasses.replace(ping, checks=joint), stage) == pg.OK
    one_member = (*kept, Check(stage, bidder, first, True, ping.members[0].id))
    assert pg.review_state(dataclasses.replace(ping, checks=one_member), stage) == pg.TODO
    assert pg.review_state(dataclasses.replace(ping, bidders=()), stage) == pg.BLOCKED


def test_the_matrix_must_add_up_to_100(ping: Evaluation) -> None:
    assert pg.matrix_state(ping) == pg.OK
    factors = (dataclasses.replace(ping.factors[0], max=ping.factors[0].max + Decimal(1)), *ping.factors[1:])
    assert pg.matrix_state(dataclasses.replace(ping, factors=factors)) == pg.TODO
    assert pg.matrix_state(dataclasses.replace(ping, factors=())) == pg.BLOCKED


def test_bidders_need_their_prices(ping: Evaluation) -> None:
    assert pg.bidders_state(ping) == pg.OK
    no_price = (dataclasses.replace(ping.bidders[0], price=None), *ping.bidders[1:])
    ev = dataclasses.replace(ping, bidders=no_price)
    assert pg.bidders_state(ev) == pg.TODO
    assert pg.price_state(ev, pg.Facts()) == pg.BLOCKED
    assert pg.bidders_state(dataclasses.replace(ping, bidders=())) == pg.BLOCKED


def test_blockers_decide_price_check_and_results(ping: Evaluation) -> None:
    low = pg.Facts({}, (Finding("low_price_pending", ("B1",)),))
    assert pg.price_state(ping, low) == pg.TODO
    art64 = pg.Facts({m.id: True for m in ping.members}, (Finding("art64_open", ("2",)),))
    assert pg.check_state(art64) == pg.TODO and pg.results_state(art64) == pg.TODO
    assert pg.scoring_state(ping, art64) == pg.OK
    stuck = pg.Facts({m.id: True for m in ping.members}, (Finding("cannot_compute", ("x", "1")),))
    assert pg.results_state(stuck) == pg.BLOCKED
    final = pg.Facts({}, (Finding("finalised", ()),))
    assert pg.results_state(final) == pg.check_state(final) == pg.scoring_state(ping, final) == pg.OK


def test_a_member_more_than_the_sample_leaves_scoring_to_do(ping: Evaluation) -> None:
    ev = dataclasses.replace(ping, members=(*ping.members, Member("M9", "新成员")))
    facts = pg.Facts({m.id: True for m in ping.members})
    assert pg.scoring_state(ev, facts) == pg.TODO
    assert pg.review_state(ev, "qualification") in (pg.OK, pg.TODO)  # joint verdicts stay complete


def test_the_single_source_sample_has_no_matrix_state_and_unknown_keys_have_none() -> None:
    ev = _sample("jiaozuo-000-single-source.json")
    states = pg.step_states(ev, _facts(ev, True), ("matrix", "screening", "negotiation", "bidders"))
    assert states == {"matrix": pg.NONE, "screening": pg.NONE, "negotiation": pg.NONE, "bidders": pg.OK}


def test_the_project_needs_a_name_and_a_budget(ping: Evaluation) -> None:
    assert pg.project_state(ping) == pg.OK
    project = dataclasses.replace(ping.project, name=" ")
    assert pg.project_state(dataclasses.replace(ping, project=project)) == pg.TODO
    project = dataclasses.replace(ping.project, budget=None, ceiling=None)
    assert pg.project_state(dataclasses.replace(ping, project=project)) == pg.TODO
    assert pg.checklist_state(dataclasses.replace(ping, qualification=()), "qualification") == pg.TODO
