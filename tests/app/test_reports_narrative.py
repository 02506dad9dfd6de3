"""The evaluation report (Art.58) as data and text: invalid bids and reasons, candidates, 废标,
Art.64 corrections from the audit trail, low-price reviews, and blanks where a fact is unknown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.domain import extras
from app.domain.engine import evaluate
from app.domain.model import Decision
from app.reports.document import BLANK, Blank, Document, Section, plain_text
from app.reports.narrative import Narrative, build_narrative, narrative_blocks
from app.services.audit import audit_log
from app.services.members import submit_member
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.scores import record_score
from tests.app.reportkit import load, with_low_price
from tests.conftest import SAMPLES


def _text(n: Narrative) -> str:
    section = Section("summary", "x", "fp", "qr", False, tuple(narrative_blocks(n)))
    return plain_text(Document("t", n.header, (section,)))


def test_invalid_bids_with_reasons_and_candidates() -> None:
    ev, result = load("pingdingshan-001.json")
    n = build_narrative(ev, result)
    invalid = {i.bidder: i.reasons for i in n.invalid}
    assert set(invalid) == {r.id for r in result.bidders if r.status == "invalid"} == {"B3"}
    assert "报价超过最高限价" in invalid["B3"] and "投标总价" in invalid["B3"]
    assert [c.bidder for c in n.candidates] == list(result.candidates)
    assert [(r.bidder, r.total, r.rank) for r in n.ranking] == sorted(
        ((r.id, format(r.total, "f"), r.rank) for r in result.bidders if r.ranked), key=lambda x: x[2])
    assert not n.failed and n.failure == ""
    assert ("符合性审查", 5, 6) in n.reviewed and ("资格审查", 6, 6) in n.reviewed
    assert any("B4" in text and "1,955,000.00" in text for text in n.price_corrections)
    text = _text(n)
    assert "第一中标候选人\tB5" in text and "本项目废标" not in text
    assert "B3\t郑州某达数据服务有限公司\t符合性审查“投标总价”不通过；报价超过最高限价" in text


def test_failed_procurement_when_too_few_valid_bids() -> None:
    ev, _ = load("pingdingshan-001.json")
    declared = tuple(Decision(b, "invalid", reason="串通投标") for b in ("B1", "B2", "B4"))
    ev = replace(ev, decisions=ev.decisions + declared)
    result = evaluate(ev)
    assert result.failed and result.candidates == ()
    n = build_narrative(ev, result)
    assert n.failed and n.candidates == ()
    assert "有效投标人为 2 家，不足 3 家" in n.failure
    assert {i.bidder for i in n.invalid} == {"B1", "B2", "B3", "B4"}
    text = _text(n)
    assert "本项目废标。原因：通过资格审查和符合性审查的有效投标人为 2 家，不足 3 家。" in text
    assert "中标候选人如下" not in text


def test_missing_free_text_is_a_blank_never_invented() -> None:
    ev, result = load("pingdingshan-001.json")
    n = build_narrative(ev, result)
    assert n.notice == n.opening_place == n.other == ""
    blocks = narrative_blocks(n)
    labels = {b.label for b in blocks if isinstance(b, Blank)}
    assert {"招标公告发布媒介", "开标地点", "其他需要说明的事项", "评标委员会组长",
            "评标委员会成员更换情况", "评分复核更正情况"} <= labels
    assert f"招标公告发布媒介：{BLANK}" in _text(n)

    ev = extras.with_entry(ev, extras.REPORT, "notice", "中国政府采购网、河南省政府采购网")
    ev = extras.with_entry(ev, extras.REPORT, "opening_place", "平顶山市公共资源交易中心开标室")
    ev = extras.with_entry(ev, extras.COMMITTEE, "leader", "M3")
    n = build_narrative(ev, evaluate(ev))
    blocks = narrative_blocks(n)
    labels = {b.label for b in blocks if isinstance(b, Blank)}
    assert "招标公告发布媒介" not in labels and "开标地点" not in labels and "评标委员会组长" not in labels
    text = _text(n)
    assert "招标公告发布媒介：中国政府采购网、河南省政府采购网" in text
    assert "开标地点：平顶山市公共资源交易中心开标室" in text
    assert [m.name for m in n.members if m.leader] == ["张卫东"]
    assert "组长　张卫东（评审专家）" in text


def test_art64_corrections_from_the_audit_trail(tmp_path: Path) -> None:
    project = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", project, by="test")
    submit_member(project, "M1", by="M1")
    record_score(project, "M1", "B1", "F12", 1, by="M1", reason="复核发现汇总错误", art64="summation_error")
    ev = load_project_evaluation(project)
    n = build_narrative(ev, evaluate(ev), audit_log(project))
    assert n.member_changes == ()
    assert n.corrections is not None and len(n.corrections) == 1
    c = n.corrections[0]
    assert (c.member, c.bidder, c.factor) == ("王建国", "B1 平顶山某诚软件科技有限公司", "F12 安全服务及培训方案")
    assert c.change == "2 → 1"
    assert (c.category, c.reason) == ("分值汇总计算错误", "复核发现汇总错误")
    text = _text(n)
    assert "分值汇总计算错误\t复核发现汇总错误" in text
    assert "评分复核更正情况：" not in text  # known from the trail: no blank

    without = build_narrative(ev, evaluate(ev))
    assert without.corrections is None and without.member_changes is None


def test_low_price_review_is_reported() -> None:
    ev, _ = load("pingdingshan-001.json")
    ev = with_low_price(ev, "B6", "900000.00")
    result = evaluate(ev)
    assert result.bidder("B6").low_price
    n = build_narrative(ev, result)
    assert [r.bidder for r in n.low_price] == ["B6"]
    assert n.low_price[0].quoted == "900,000.00" and n.low_price[0].decision == "待评标委员会审查"
    assert any("B6" in p and "异常低价" in p for p in n.pending)
    assert "异常低价审查记录" in n.attachments
    ev = replace(ev, decisions=(Decision("B6", "low_price", accepted=False, note="未能提供成本构成"),))
    n = build_narrative(ev, evaluate(ev))
    assert n.low_price[0].decision == "说明不合理，投标无效" and n.low_price[0].note == "未能提供成本构成"
    assert "B6" in {i.bidder for i in n.invalid} and n.pending == ()
