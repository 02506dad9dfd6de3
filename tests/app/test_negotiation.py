"""The negotiation record: rules and refusals, the audit trail, the exchange round trip, the final quote scored."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import negotiation as ng
from app.domain.engine import evaluate
from app.domain.pricing import price_score
from app.domain.problems import InvalidInput
from app.exchange.reader import loads
from app.services import negotiation as sn
from app.services import records
from app.services.audit import audit_log
from app.services.checks import record_check
from app.services.members import submit_member
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from tests.conftest import SAMPLES
from tests.negotiation_kit import bare_single

TENDER = SAMPLES / "pingdingshan-001.json"


@pytest.fixture()
def single(tmp_path: Path) -> Path:
    path = tmp_path / "s.bidesk"
    import_exchange(bare_single(tmp_path), path)
    return path


@pytest.fixture()
def consult(tmp_path: Path) -> Path:
    doc = json.loads(TENDER.read_text(encoding="utf-8"))
    doc["project"]["method"] = "competitive_consultation"
    src = tmp_path / "c.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "c.bidesk"
    import_exchange(src, path)
    return path


def _round(number: int = 1, bidder: str = "S1", at: str = "2026-01-05 10:00", price: str | None = "1150000.00",
           words: str = "壹佰壹拾伍万元整", **kw: object) -> ng.Round:
    base: dict[str, object] = {"speaker_role": "authorised", "speaker": "张三",
                               "terms": (ng.Term("付款方式", "分三期支付", "分三期支付，每期合同金额的三分之一"),),
                               "remarks": "报价依据人工成本测算"}
    base.update(kw)
    return ng.Round(number, bidder, at, None if price is None else Decimal(price), words, **base)  # type: ignore[arg-type]


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return "\n".join(str(p) for p in exc.value.problems)


def test_a_round_and_an_agreed_price_are_kept_and_audited(single: Path) -> None:
    sn.record_round(single, _round(), by="agent")
    sn.record_round(single, _round(2, at="2026-01-05 10:40", price="1140000.00", words="壹佰壹拾肆万元整",
                                   speaker_role="legal_rep", speaker="李四", final=True), by="agent")
    sn.record_outcome(single, ng.Outcome("agreed", "2026-01-05 11:00", price=Decimal("1140000.00"),
                                         words="壹佰壹拾肆万元整"), by="panel")
    ev, record = sn.load_negotiation(single)
    assert [(r.number, r.price, r.speaker_role) for r in record.rounds] == [
        (1, Decimal("1150000.00"), "authorised"), (2, Decimal("1140000.00"), "legal_rep")]
    assert record.rounds[0].terms[0].agreed == "分三期支付，每期合同金额的三分之一"
    assert record.outcome is not None and record.outcome.bidder == "S1"  # the only supplier
    assert record.outcome.price == Decimal("1140000.00")
    events = [(e.entity, e.action, e.by) for e in audit_log(single)][1:]
    assert events == [("negotiation", "create", "agent")] * 2 + [("negotiation", "create", "panel")]
    # single source is not scored on final quotes: the response price stays the bid's price
    assert ev.bidders[0].price == Decimal("1140000.00") or ev.bidders[0].price == Decimal("1140000")
    assert load_project_evaluation(single).bidders[0].price_words == "壹佰壹拾肆万元整"


def test_an_agreed_price_above_the_budget_is_refused_with_its_place(single: Path) -> None:
    sn.record_round(single, _round(), by="agent")
    with pytest.raises(InvalidInput) as exc:
        sn.record_outcome(single, ng.Outcome("agreed", "2026-01-05 11:00", price=Decimal("1200000.01"),
                                             words="壹佰贰拾万元零壹分"), by="panel")
    assert "协商结果的成交价格: 成交价格 1,200,000.01 元 超过预算金额 1,200,000.00 元" in _messages(exc)
    assert sn.load_negotiation(single)[1].outcome is None
    # the budget itself is allowed
    sn.record_outcome(single, ng.Outcome("agreed", "2026-01-05 11:00", price=Decimal("1200000.00"),
                                         words="壹佰贰拾万元整"), by="panel")


def test_capitals_are_checked_in_every_round(single: Path) -> None:
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(words="壹佰壹拾万元整"), by="agent")
    assert "第 1 轮协商（S1 " in _messages(exc)
    assert "大写「壹佰壹拾万元整」为 1,100,000.00 元，与小写 1,150,000.00 元 不一致" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(words=""), by="agent")
    assert "报价须写明大写（壹佰壹拾伍万元整）" in _messages(exc)
    assert sn.load_negotiation(single)[1].rounds == ()
    assert len(audit_log(single)) == 1


def test_refusals_speaker_terms_time_order_and_rounds_after_the_final(single: Path) -> None:
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(speaker="", speaker_role="boss", terms=(ng.Term("", "a", ""),),
                                       at="tomorrow"), by="agent")
    text = _messages(exc)
    for part in ("法定代表人或授权代表", "须写明代表供应商出席的人员姓名", "第 1 项条款", "不是 YYYY-MM-DD HH:MM"):
        assert part in text
    sn.record_round(single, _round(2, at="2026-01-05 10:30", final=True), by="agent")
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(1, at="2026-01-05 11:00"), by="agent")
    assert "先后颠倒" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(3, at="2026-01-05 11:00"), by="agent")
    assert "第 2 轮已是最后报价" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(1, bidder="S9"), by="agent")
    assert "没有编号为 S9 的供应商" in _messages(exc)


def test_no_agreement_and_void_need_a_reason_and_void_needs_no_rounds(single: Path) -> None:
    with pytest.raises(InvalidInput) as exc:
        sn.record_outcome(single, ng.Outcome("void", "2026-01-05 11:00"), by="panel")
    assert "协商无效须写明理由" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        sn.record_outcome(single, ng.Outcome("no_agreement", "2026-01-05 11:00", reason="价格未谈拢"), by="panel")
    assert "尚无协商记录" in _messages(exc)
    sn.record_outcome(single, ng.Outcome("void", "2026-01-05 11:00", reason="响应文件未实质性响应"), by="panel")
    assert sn.load_negotiation(single)[1].outcome == ng.Outcome("void", "2026-01-05 11:00",
                                                                reason="响应文件未实质性响应")
    with pytest.raises(InvalidInput) as exc:  # the outcome closes the record until it is withdrawn
        sn.record_round(single, _round(), by="agent")
    assert "先撤销结果" in _messages(exc)
    with pytest.raises(InvalidInput):
        sn.clear_outcome(single, reason=" ", by="panel")
    sn.clear_outcome(single, reason="监督部门要求重新组织协商", by="panel")
    sn.record_round(single, _round(), by="agent")


def test_a_supplier_that_failed_the_review_cannot_be_agreed_with(single: Path) -> None:
    sn.record_round(single, _round(), by="agent")
    item = load_project_evaluation(single).compliance[0].id
    record_check(single, "compliance", "S1", item, False, note="未按要求签字盖章", by="panel")
    with pytest.raises(InvalidInput) as exc:
        sn.record_outcome(single, ng.Outcome("agreed", "2026-01-05 11:00", price=Decimal("1140000.00"),
                                             words="壹佰壹拾肆万元整"), by="panel")
    assert "未通过审查" in _messages(exc)


def test_a_tender_has_no_negotiation(tmp_path: Path) -> None:
    path = tmp_path / "t.bidesk"
    import_exchange(TENDER, path)
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(path, _round(bidder="B1", price="2000000.00", words="贰佰万元整"), by="agent")
    assert "只有单一来源、竞争性谈判和竞争性磋商" in _messages(exc)


def test_a_finalised_evaluation_refuses_the_record(single: Path) -> None:
    sn.record_round(single, _round(), by="agent")
    for member in ("M1", "M2", "M3"):
        submit_member(single, member, by=member)
    # a single source is not finalised before the panel has recorded its outcome
    assert [f.code for f in records.finalise_blockers(single)] == ["negotiation_open"]
    with pytest.raises(InvalidInput) as exc:
        records.finalise(single, by="agent")
    assert "negotiation_open" in _messages(exc)
    sn.record_outcome(single, ng.Outcome("agreed", "2026-01-05 11:20", price=Decimal("1140000.00"),
                                         words="壹佰壹拾肆万元整"), by="panel")
    assert records.finalise_blockers(single) == []
    records.finalise(single, by="agent")
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(single, _round(2, at="2026-01-05 11:00"), by="agent")
    assert "finalised" in _messages(exc)
    with pytest.raises(InvalidInput):
        sn.record_outcome(single, ng.Outcome("void", "2026-01-05 11:00", reason="x"), by="panel")
    assert len(sn.load_negotiation(single)[1].rounds) == 1


def test_a_consultation_is_finalised_only_with_every_final_quote(consult: Path) -> None:
    ev = load_project_evaluation(consult)
    valid = [r.id for r in evaluate(ev).bidders if r.status != "invalid"]
    for member in ev.members:
        submit_member(consult, member.id, by=member.id)
    missing = {f.args[0] for f in records.finalise_blockers(consult) if f.code == "final_quote_missing"}
    assert missing == set(valid)
    sn.record_no_final(consult, valid[0], "未在规定时间内提交最后报价", by="agent")
    missing = {f.args[0] for f in records.finalise_blockers(consult) if f.code == "final_quote_missing"}
    assert missing == set(valid[1:])


def test_the_record_round_trips_through_the_exchange_file(single: Path, tmp_path: Path) -> None:
    sn.record_round(single, _round(), by="agent")
    sn.record_outcome(single, ng.Outcome("agreed", "2026-01-05 11:00", price=Decimal("1140000.00"),
                                         words="壹佰壹拾肆万元整", dissent={"M2": "价格仍偏高"}), by="panel")
    text = export_text(single)
    again = tmp_path / "again.json"
    again.write_text(text, encoding="utf-8")
    back = tmp_path / "back.bidesk"
    import_exchange(again, back)
    assert ng.negotiation(load_project_evaluation(back)) == ng.negotiation(loads(text))
    assert ng.negotiation(loads(text)) == sn.load_negotiation(single)[1]
    assert export_text(back) == text
    # an older file (no record) is still valid and has an empty record
    assert ng.negotiation(loads(bare_single(tmp_path).read_bytes())) == ng.Negotiation()


def test_the_final_quote_is_the_price_scored(consult: Path) -> None:
    before = evaluate(load_project_evaluation(consult))
    assert before.bidder("B2").price == Decimal("2200000.00")
    sn.record_round(consult, _round(1, "B2", "2025-11-25 10:00", "2200000.00", "贰佰贰拾万元整"), by="agent")
    sn.record_round(consult, _round(2, "B2", "2025-11-25 11:00", "1900000.00", "壹佰玖拾万元整", final=True),
                    by="agent")
    ev = load_project_evaluation(consult)
    assert (ev.bidders[1].price, ev.bidders[1].price_words) == (Decimal("1900000.00"), "壹佰玖拾万元整")
    result = evaluate(ev)
    assert result.bidder("B2").price == Decimal("1900000.00")
    # the same engine on the data: the price score follows the final quote (低价优先法 against the base)
    assert result.bidder("B2").price_score != before.bidder("B2").price_score
    assert result.base_price is not None
    assert result.bidder("B2").price_score == price_score(result.base_price, result.bidder("B2").evaluated_price,
                                                          Decimal(10), 2)
    assert ng.negotiation(ev).opening["B2"] == (Decimal("2200000.00"), "贰佰贰拾万元整")
    entities = [e.entity for e in audit_log(consult)]
    assert entities.count("bidder_price") == 1
    # a final quote below 45% of the ceiling is flagged by the low-price check
    sn.record_round(consult, _round(1, "B1", "2025-11-25 10:10", "1000000.00", "壹佰万元整", final=True),
                    by="agent")
    low = evaluate(load_project_evaluation(consult)).bidder("B1")
    assert low.status == "pending" and "ceiling" in low.low_price
    # removing the final quote gives the bid back its response price
    sn.remove_round(consult, 2, "B2", by="agent")
    ev = load_project_evaluation(consult)
    assert (ev.bidders[1].price, ev.bidders[1].price_words) == (Decimal("2200000.00"), "贰佰贰拾万元整")
    assert "B2" not in ng.negotiation(ev).opening


def test_no_final_quote_makes_the_bid_invalid_until_withdrawn(consult: Path) -> None:
    with pytest.raises(InvalidInput):
        sn.record_no_final(consult, "B5", "", by="agent")
    sn.record_no_final(consult, "B5", "未在规定时间内提交最后报价", by="agent")
    row = evaluate(load_project_evaluation(consult)).bidder("B5")
    assert row.status == "invalid" and "declared_invalid" in row.reasons
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(consult, _round(1, "B5", "2025-11-25 10:00", "2380500.00", "贰佰叁拾捌万零伍佰元整",
                                        final=True), by="agent")
    assert "未提交最后报价" in _messages(exc)
    sn.withdraw_no_final(consult, "B5", by="agent")
    assert evaluate(load_project_evaluation(consult)).bidder("B5").status != "invalid"


def test_a_rate_tenders_quote_is_a_rate(tmp_path: Path) -> None:
    doc = json.loads(bare_single(tmp_path).read_text(encoding="utf-8"))
    doc["project"].update(price_mode="rate", budget=None)
    doc["bidders"][0].update(price="90.00", price_words="百分之玖拾点零零")
    src = tmp_path / "r.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "r.bidesk"
    import_exchange(src, path)
    with pytest.raises(InvalidInput) as exc:
        sn.record_round(path, _round(price="86.50", words="捌拾陆元伍角"), by="agent")
    assert "无法读取" in _messages(exc)
    sn.record_round(path, _round(price="86.50", words="百分之捌拾陆点伍零"), by="agent")
    ev = load_project_evaluation(path)
    assert ng.quote_text(ev, Decimal("86.50")) == "86.50%"
    with pytest.raises(InvalidInput) as exc:
        sn.record_outcome(path, ng.Outcome("agreed", "2026-01-05 11:00", price=Decimal("100.50"),
                                           words="百分之壹佰点伍零"), by="panel")
    assert "100.00%" in _messages(exc)
