"""The 协商情况记录 of a single-source pack read back (Word and PDF), and the pack's words by method."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from app.domain import negotiation as ng
from app.domain.engine import evaluate
from app.reports.document import DRAFT_MARK, plain_text
from app.reports.pack import REPORT, TABLES, build_documents, pack_names, write_pack
from app.services import negotiation as sn
from app.services import records
from app.services.members import submit_member
from app.services.project_io import import_exchange, load_project_evaluation
from tests.app.reportkit import load, pdf_pages
from tests.conftest import SAMPLES
from tests.negotiation_kit import bare_single

RECORD = "协商情况记录"


def _negotiated(tmp_path: Path) -> Path:
    path = tmp_path / "s.bidesk"
    import_exchange(bare_single(tmp_path), path)
    sn.record_round(path, ng.Round(1, "S1", "2026-01-05 10:00", Decimal("1180000.00"), "壹佰壹拾捌万元整",
                                   "authorised", "张三",
                                   (ng.Term("付款方式", "分三期支付", "分三期支付，首期于服务满6个月后支付"),),
                                   "报价偏高"),
                    by="agent")
    sn.record_round(path, ng.Round(2, "S1", "2026-01-05 10:45", Decimal("1140000.00"), "壹佰壹拾肆万元整",
                                   "legal_rep", "李四", (), "与同类项目合同价格相当", final=True), by="agent")
    sn.record_outcome(path, ng.Outcome("agreed", "2026-01-05 11:20", price=Decimal("1140000.00"),
                                       words="壹佰壹拾肆万元整", dissent={"M3": "运维人员配置偏少"}), by="panel")
    return path


def _docx_text(path: Path) -> tuple[str, list[list[list[str]]], str]:
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    headers = "".join(s.header._element.xml for s in document.sections)
    return body, tables, headers


def test_the_record_holds_the_rounds_the_price_and_every_signature(tmp_path: Path) -> None:
    ev = load_project_evaluation(_negotiated(tmp_path))
    paths = write_pack(ev, evaluate(ev), tmp_path / "pack", formats=("pdf", "docx"), stem="j")
    names = [p.name for p in paths]
    assert f"j-{RECORD}.pdf" in names and f"j-{RECORD}.docx" in names
    body, tables, headers = _docx_text(tmp_path / "pack" / f"j-{RECORD}.docx")
    assert body.split("\n")[0] == RECORD
    quotes = next(t for t in tables if t[0][:4] == ["轮次", "供应商", "时间", "报价（小写）"])
    assert quotes[1][3:6] == ["1,180,000.00 元", "壹佰壹拾捌万元整", ""]
    assert quotes[2][3:6] == ["1,140,000.00 元", "壹佰壹拾肆万元整", "最后报价"]
    assert quotes[2][2] == "2026年1月5日 10:45"
    terms = next(t for t in tables if t[0][1] == "所涉需求或合同条款")
    assert terms[1][1:] == ["付款方式", "分三期支付", "分三期支付，首期于服务满6个月后支付"]
    assert "供应商出席人：授权代表 张三" in body and "供应商出席人：法定代表人 李四" in body
    assert "人民币 1,140,000.00 元（大写：壹佰壹拾肆万元整），未超过预算金额 1,200,000.00 元" in body
    assert "预算金额：1,200,000.00 元（大写：壹佰贰拾万元整）" in body
    assert "M3 林淑芬：运维人员配置偏少" in body
    for member in ev.members:
        assert f"成员　{member.name}" in body
    assert "监督部门代表" in body and "采购代理机构记录人" in body
    assert body.count("签字：") == len(ev.members) + 2
    assert body.count("不同意见及理由（如有）") == len(ev.members)
    assert DRAFT_MARK in headers  # not finalised: a draft
    pdf = "\n".join(pdf_pages(tmp_path / "pack" / f"j-{RECORD}.pdf"))
    assert "1,140,000.00 元（大写：壹佰壹拾肆万元整）" in pdf.replace("\n", "")
    assert "数据指纹：D-" in pdf


def test_finalised_the_record_is_no_draft(tmp_path: Path) -> None:
    path = _negotiated(tmp_path)
    for member in ("M1", "M2", "M3"):
        submit_member(path, member, by=member)
    records.finalise(path, by="agent")
    ev = load_project_evaluation(path)
    paths = write_pack(ev, evaluate(ev), tmp_path / "pack", formats=("docx",), stem="j")
    body, _, headers = _docx_text(next(p for p in paths if RECORD in p.name))
    assert "草稿" not in body and "草稿" not in headers
    assert "数据指纹：D-" not in "".join(s.footer._element.xml for s in docx.Document(str(paths[-1])).sections)


def test_void_and_an_empty_record_say_so(tmp_path: Path) -> None:
    path = tmp_path / "s.bidesk"
    import_exchange(bare_single(tmp_path), path)
    ev = load_project_evaluation(path)
    text = plain_text(build_documents(ev, evaluate(ev))[RECORD])
    assert "尚无协商记录。" in text and "协商结果：尚未记录。" in text
    sn.record_outcome(path, ng.Outcome("void", "2026-01-05 11:00", reason="响应文件未按要求签字盖章"), by="panel")
    ev = load_project_evaluation(path)
    text = plain_text(build_documents(ev, evaluate(ev))[RECORD])
    assert "采购代理机构宣布本次协商无效。理由：响应文件未按要求签字盖章。（2026年1月5日 11:00）" in text


def test_the_single_source_pack_speaks_of_the_panel_and_responses() -> None:
    ev, _ = load("jiaozuo-000-single-source.json")
    ev = dataclasses.replace(ev, bidders=(dataclasses.replace(ev.bidders[0], name="中标投标科技有限公司"),))
    docs = build_documents(ev, evaluate(ev))
    for name in (REPORT, TABLES):
        text = plain_text(docs[name])
        assert "评标委员会" not in text and "投标人" not in text.replace("中标投标科技有限公司", "")
        assert "中标投标科技有限公司" in text  # a name from the data is never reworded
    assert "协商小组" in plain_text(docs[REPORT]) and "响应报价" in plain_text(docs[TABLES])


def test_a_tender_pack_is_unchanged() -> None:
    ev, result = load("pingdingshan-001.json")
    docs = build_documents(ev, result)
    assert set(docs) == {"评标报告", "评审表", "评委个人评分表"}
    assert "评标委员会" in plain_text(docs[REPORT]) and "投标人" in plain_text(docs[TABLES])
    docs_names = ("评标报告", "评审表", "评委个人评分表")
    assert pack_names("p") == [f"p-{n}.{f}" for f in ("pdf", "docx") for n in docs_names] + ["p-评审表.xlsx"]


@pytest.mark.parametrize(("method", "title"), [("competitive_negotiation", "谈判记录"),
                                                ("competitive_consultation", "磋商记录")])
def test_competitive_methods_get_the_rounds_quotes(tmp_path: Path, method: str, title: str) -> None:
    import json

    doc = json.loads((SAMPLES / "pingdingshan-001.json").read_text(encoding="utf-8"))
    doc["project"]["method"] = method
    src = tmp_path / "c.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path = tmp_path / "c.bidesk"
    import_exchange(src, path)
    sn.record_round(path, ng.Round(1, "B2", "2025-11-25 10:00", Decimal("2100000.00"), "贰佰壹拾万元整",
                                   "authorised", "王五", final=True), by="agent")
    sn.record_no_final(path, "B5", "未在规定时间内提交最后报价", by="agent")
    ev = load_project_evaluation(path)
    text = plain_text(build_documents(ev, evaluate(ev))[title])
    assert "2,100,000.00 元\t贰佰壹拾万元整\t最后报价" in text
    assert "B5 " in text and "未在规定时间内提交最后报价" in text
    assert "成交结果以各供应商最后报价的评审结果为准" in text


def test_the_single_source_report_states_the_deal_not_scores(tmp_path: Path) -> None:
    ev, result = load("jiaozuo-000-single-source.json")  # the bundled sample: a complete negotiation
    text = plain_text(build_documents(ev, result)[REPORT])
    assert "五、成交结果" in text and "成交供应商\tS1 焦作某联大数据运营有限公司" in text
    assert "成交价格\t1,140,000.00 元（大写：壹佰壹拾肆万元整）" in text
    assert "预算金额\t1,200,000.00 元（大写：壹佰贰拾万元整）" in text
    assert "协商小组与供应商进行了 2 轮协商，商定变动技术、服务要求或合同条款 3 项，详见附件协商情况记录。" in text
    assert "本项目采用单一来源采购方式，不进行综合评分。" in text
    for tender_only in ("价格分", "评分汇总表", "中标候选人", "成交候选人", "招标公告", "算术平均值"):
        assert tender_only not in text, tender_only
    assert "协商情况记录" in text.split("附件")[-1]
    pages = pdf_pages(write_pack(ev, result, tmp_path, formats=("pdf",), stem="j")[0])
    assert "扫码核对数据指纹与各供应商合计" in pages[0] and "投标人" not in pages[0]


def test_a_single_source_without_outcome_says_it_is_pending(tmp_path: Path) -> None:
    path = tmp_path / "s.bidesk"
    import_exchange(bare_single(tmp_path), path)
    ev = load_project_evaluation(path)
    text = plain_text(build_documents(ev, evaluate(ev))[REPORT])
    assert "协商小组尚未记录协商结果。" in text and "尚无协商记录。" in text
    sn.record_outcome(path, ng.Outcome("void", "2026-01-05 11:00", reason="响应文件未实质性响应"), by="panel")
    ev = load_project_evaluation(path)
    text = plain_text(build_documents(ev, evaluate(ev))[REPORT])
    assert "本次协商无效。理由：响应文件未实质性响应。（2026年1月5日 11:00）" in text


def test_verify_knows_the_records_fingerprint(tmp_path: Path) -> None:
    import re

    from app.reports.verify import matches

    path = _negotiated(tmp_path)
    ev = load_project_evaluation(path)
    pdf = next(p for p in write_pack(ev, evaluate(ev), tmp_path / "pack", formats=("pdf",), stem="j")
               if RECORD in p.name)
    printed = re.search(r"数据指纹：(D-[0-9A-F-]{19})", pdf_pages(pdf)[0])
    assert printed is not None
    assert matches(ev, evaluate(ev), printed.group(1)) == (["negotiation"], True)
    sn.clear_outcome(path, reason="重新协商", by="panel")  # the record changed: the printed paper is stale
    ev = load_project_evaluation(path)
    assert matches(ev, evaluate(ev), printed.group(1)) == ([], True)
