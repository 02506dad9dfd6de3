"""Importing a scoring matrix and checklists: exchange file, Excel template, the tender's .docx, apply."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from app.domain.engine import evaluate
from app.domain.model import CountRule, Evaluation, GradesRule, HoursRule, ItemsRule, PriceRule, RangeRule
from app.domain.problems import InvalidInput
from app.exchange import loads
from app.exchange.rule_guess import guess_rule
from app.exchange.setup_docx import draft_from_docx
from app.exchange.setup_draft import SetupDraft, apply_draft
from app.exchange.setup_exchange import draft_from_exchange
from app.exchange.setup_read import read_draft
from app.exchange.setup_xlsx import FACTOR_COLUMNS, draft_from_xlsx, write_template
from tests.conftest import ROOT, SAMPLES

FIXTURES = ROOT / "tests" / "fixtures"
D = Decimal


def sample(name: str) -> Evaluation:
    return loads((SAMPLES / name).read_bytes())


def paths(draft: SetupDraft) -> list[str]:
    return [p.path for p in draft.problems]


# -- exchange file ---------------------------------------------------------------------------

def test_exchange_file_gives_its_matrix_and_checklists() -> None:
    ev = sample("pingdingshan-001.json")
    draft = read_draft(SAMPLES / "pingdingshan-001.json")
    assert draft.problems == []
    assert (draft.factors, draft.qualification, draft.compliance) == (ev.factors, ev.qualification, ev.compliance)
    assert draft.total == 100 and draft.warnings == ()


def test_exchange_file_carries_grade_words_and_wording() -> None:
    doc = json.loads((SAMPLES / "luoyang-002.json").read_text(encoding="utf-8"))
    doc["x"] = {"biddesk.grade_words": {"F3": ["优", "良", "中", "差", "无"]}, "biddesk.factor_text": {"F3": "流程…"}}
    draft = draft_from_exchange(json.dumps(doc, ensure_ascii=False))
    assert draft.problems == []
    assert draft.grade_words == {"F3": ("优", "良", "中", "差", "无")}
    assert draft.factor_text == {"F3": "流程…"}


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d["factors"][3]["rule"].update(values=["7", "5", "3", "8"]), "factors[3].rule.values[3]"),
    (lambda d: d["factors"][1].pop("max"), "factors[1].max"),
    (lambda d: d.update(format="bideval/9"), "format"),
    (lambda d: d.update(extra=1), "extra"),
    (lambda d: d["qualification"][0].pop("name"), "qualification[0].name"),
    (lambda d: d.update(x={"biddesk.grade_words": {"F99": ["优"]}}), "x.biddesk.grade_words.F99"),
    (lambda d: d["factors"][3].update(id="F1"), "F1.id"),
])
def test_bad_exchange_files_name_the_json_path(change: Any, path: str) -> None:
    doc = json.loads((SAMPLES / "luoyang-002.json").read_text(encoding="utf-8"))
    change(doc)
    draft = draft_from_exchange(json.dumps(doc, ensure_ascii=False))
    assert path in paths(draft), draft.problems
    assert not draft.ok


def test_exchange_reader_ignores_bidders_and_scores() -> None:
    doc = json.loads((SAMPLES / "luoyang-002.json").read_text(encoding="utf-8"))
    doc["scores"][0]["value"] = "999"
    assert draft_from_exchange(json.dumps(doc, ensure_ascii=False)).ok


def test_unreadable_exchange_file() -> None:
    draft = draft_from_exchange(b"{not json")
    assert [p.message.startswith("not valid JSON") for p in draft.problems] == [True]


# -- Excel template --------------------------------------------------------------------------

def test_template_round_trip_keeps_everything() -> None:
    ev = sample("luoyang-002.json")
    words = {"F3": ("科学合理", "合理", "较为合理", "基本需求", "未描述"), "F4": ("详尽", "具体", "缺失")}
    draft = SetupDraft(factors=ev.factors, qualification=ev.qualification, compliance=ev.compliance,
                       grade_words=words, factor_text={"F9": "承诺服务过程中…（0-2分）"})
    buffer = io.BytesIO()
    write_template(buffer, draft)
    back = draft_from_xlsx(buffer.getvalue())
    assert back.problems == [] and back.warnings == ()
    assert back.factors == ev.factors
    assert (back.qualification, back.compliance) == (ev.qualification, ev.compliance)
    assert back.grade_words == words and back.factor_text == draft.factor_text


def _workbook(rows: list[list[Any]], extra: dict[str, list[list[Any]]] | None = None) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "评分标准"
    ws.append(list(FACTOR_COLUMNS))
    for row in rows:
        ws.append(row)
    for title, sheet_rows in (extra or {}).items():
        sheet = wb.create_sheet(title)
        for row in sheet_rows:
            sheet.append(row)
    return wb


def _read(wb: openpyxl.Workbook) -> SetupDraft:
    buffer = io.BytesIO()
    wb.save(buffer)
    return draft_from_xlsx(buffer.getvalue(), source="t.xlsx")


GOOD = [
    ["P", "投标报价", "价格", 10, "价格", "", "", "", "", "", "评标基准价／投标报价×10"],
    ["F1", "业绩", "商务", 2, "count", "each=0.5", "", "是", "否", "", ""],
    ["F2", "方案", "技术", 6, "等级", "values=6/4/3/2/0", "优/良/中/差/无", "否", "是", "方案组", ""],
    ["F3", "配合", "技术", "2分", "区间", "步长=0.01", "", "", "", "", ""],
    ["F4", "运维方案", "技术", 36, "items", "n=45；values=0.8/0.6/0.4/0.2/0", "", "", "", "", ""],
    ["F5", "响应", "技术", 4, "时长", "baseline=4; each=1", "", "", "", "", ""],
    [None, "安全", "技术", 0.1, "range", "step=0.1", "", "", "", "", ""],
    [None, "补充", "技术", "３９.９", "range", "", "", "", "", "", ""],
]


def test_a_filled_template_reads_exactly() -> None:
    draft = _read(_workbook(GOOD, {"资格审查": [["编号", "审查项", "审查标准"], ["", "营业执照", "有效"]],
                                   "符合性审查": [["审查项", "审查标准"], ["报价", "不高于最高限价"]]}))
    assert draft.problems == []
    f = {x.id: x for x in draft.factors}
    assert f["P"].rule == PriceRule() and f["F1"].rule == CountRule(D("0.5")) and f["F1"].objective
    assert f["F2"].rule == GradesRule((D(6), D(4), D(3), D(2), D(0))) and f["F2"].blind and f["F2"].group == "方案组"
    assert draft.grade_words["F2"] == ("优", "良", "中", "差", "无")
    assert f["F3"].max == 2 and f["F3"].rule == RangeRule(D("0.01"))
    assert f["F4"].rule == ItemsRule(45, (D("0.8"), D("0.6"), D("0.4"), D("0.2"), D(0)))
    assert f["F5"].rule == HoursRule(D(4), D(1))
    # A numeric 0.1 (a binary float in the file) is read as the 0.1 Excel shows, exactly.
    assert str(f["F6"].max) == "0.1" and f["F7"].max == D("39.9")
    assert [w.path for w in draft.warnings] == ["评分标准!A8", "评分标准!A9", "资格审查!A2"]
    assert draft.total == 100
    assert [(i.id, i.name) for i in draft.qualification] == [("Q1", "营业执照")]
    assert [(i.id, i.name, i.criterion) for i in draft.compliance] == [("C1", "报价", "不高于最高限价")]


@pytest.mark.parametrize(("col", "value", "cell", "says"), [
    (3, "abc", "D4", "not a number"),
    (3, -1, "D4", "above 0"),
    (3, None, "D4", "empty"),
    (3, "=1+1", "D4", "formula"),
    (4, "fancy", "E4", "not a rule type"),
    (4, None, "E4", "empty"),
    (5, "each=0.5", "F4", "not a parameter of grades"),
    (5, "values=6/4/x", "F4", "not a number"),
    (5, "values=7/4/3/2/0", "F4", "above the factor's max"),
    (5, "values=6/4/4/2/0", "F4", "listed twice"),
    (5, "values=6/4;values=3", "F4", "given twice"),
    (5, "", "F4", "grades needs values"),
    (5, "6/4/3", "F4", "not key=value"),
    (6, "优/良", "G4", "2 words for 5 values"),
    (7, "也许", "H4", "not 是 or 否"),
    (8, 3.5, "I4", "not 是 or 否"),
    (1, None, "B4", "empty"),
    (2, "", "C4", "empty"),
    (0, "F1", "A4", "duplicate id F1"),
])
def test_every_bad_cell_is_named(col: int, value: Any, cell: str, says: str) -> None:
    rows = [list(r) for r in GOOD[:3]]
    rows[2][col] = value  # the grades factor F2, on sheet row 4
    draft = _read(_workbook(rows))
    assert [p.path for p in draft.read_problems] == [f"评分标准!{cell}"], draft.problems
    assert says in draft.read_problems[0].message
    assert "F2" not in {f.id for f in draft.factors} or col == 0
    assert not draft.ok


def test_one_pass_names_every_bad_cell_of_a_row() -> None:
    draft = _read(_workbook([["F1", "方案", "技术", "abc", "等级", "values=6/4/3/2/0", "优/良", "也许"]]))
    assert [p.path for p in draft.problems] == ["评分标准!D2", "评分标准!H2", "评分标准!G2"]


def test_range_step_must_divide_the_max() -> None:
    draft = _read(_workbook([["F1", "配合", "技术", 2, "range", "step=0.3"]]))
    assert [(p.path, p.message) for p in draft.problems] == [
        ("评分标准!F2", "the max 2 is not a multiple of the step 0.3")]


def test_sheet_and_column_names_are_checked() -> None:
    wb = _workbook(GOOD[:2], {"Sheet2": [["x"]], "资格审查": [["审查项", "备注"], ["营业执照", "x"]]})
    ws = wb["评分标准"]
    ws.cell(1, 12, "权重")
    draft = _read(wb)
    found = {p.path: p.message for p in draft.problems}
    assert found["Sheet2"].startswith('unknown sheet "Sheet2"')
    assert found["评分标准!L1"].startswith('unknown column "权重"')
    assert found["资格审查!B1"].startswith('unknown column "备注"')


def test_missing_sheet_and_required_column() -> None:
    wb = openpyxl.Workbook()
    assert wb.active is not None
    wb.active.title = "资格审查"
    wb.active.append(["编号", "审查标准"])
    found = {p.path: p.message for p in _read(wb).problems}
    assert found == {"评分标准": "the sheet 评分标准 is missing", "资格审查": "the required column 审查项 is missing"}


def test_checklist_duplicates_and_empty_items() -> None:
    sheet = [["编号", "审查项", "审查标准"], ["C1", "报价", ""], ["C1", "有效期", ""], ["C3", "", "x"]]
    draft = _read(_workbook(GOOD[:1], {"符合性审查": sheet}))
    assert [p.path for p in draft.problems] == ["符合性审查!A3", "符合性审查!B4"]


def test_not_a_workbook() -> None:
    draft = draft_from_xlsx(b"PK\x03\x04 broken", source="bad.xlsx")
    assert paths(draft) == ["bad.xlsx"] and "not an Excel .xlsx workbook" in draft.problems[0].message


def test_shipped_template_is_the_documented_one() -> None:
    path = ROOT / "resources" / "templates" / "评分标准模板.xlsx"
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["评分标准", "资格审查", "符合性审查", "说明"]
    assert [c.value for c in wb["评分标准"][1]] == list(FACTOR_COLUMNS)
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    assert all(f"| {name} |" in docs for name in FACTOR_COLUMNS)
    draft = read_draft(path)  # empty: nothing to import, said plainly
    assert [p.message for p in draft.problems] == ["the file holds no scoring factor and no checklist item"]


# -- the tender's .docx ----------------------------------------------------------------------

def _compare(draft: SetupDraft, ev: Evaluation, renamed: dict[str, str]) -> None:
    assert [f.id for f in draft.factors] == [f.id for f in ev.factors]
    for got, want in zip(draft.factors, ev.factors, strict=True):
        assert got.name == renamed.get(want.id, want.name)
        assert (got.category, got.max, got.rule, got.objective, got.blind, got.group) == \
            (want.category, want.max, want.rule, want.objective, want.blind, want.group), want.id


def test_docx_001_gives_the_pingdingshan_matrix() -> None:
    ev = sample("pingdingshan-001.json")
    draft = read_draft(FIXTURES / "tender-001.docx")
    assert draft.problems == []
    # The document cannot name the two parts of 人员配备 as the sample does: it says so.
    _compare(draft, ev, {"F4": "人员配备（1）", "F5": "人员配备（2）"})
    split = [w for w in draft.warnings if "numbered parts" in w.message]
    assert [(w.path, "name them in the preview" in w.message) for w in split] == [("table 2 row 6", True)]
    assert draft.grade_words["F14"] == ("故障处理方案严谨、科学、逻辑清晰", "故障处理方案完善、合理",
                                        "有基本的故障处理方案", "缺项")
    assert draft.grade_words["F8"][-1] == "未提供"
    assert "得5分" in draft.factor_text["F14"]
    assert draft.compliance == ev.compliance
    # Qualification: the announcement's numbered list (the sample adds Q12 from chapter 6, curated names).
    assert len(draft.qualification) == 11
    assert "营业执照" in draft.qualification[2].criterion and draft.qualification[10].name == "本项目不接受联合体投标"
    assert any(w.path == "paragraph 6" and "numbered requirements" in w.message for w in draft.warnings)
    # Every factor's reading is reported where it was found.
    assert {w.path for w in draft.warnings} >= {f"table 2 row {r}" for r in range(2, 18)}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_docx_002_gives_the_luoyang_matrix() -> None:
    ev = sample("luoyang-002.json")
    draft = read_draft(FIXTURES / "tender-002.docx")
    assert draft.problems == []
    _compare(draft, ev, {})
    for got, want in ((draft.qualification, ev.qualification), (draft.compliance, ev.compliance)):
        assert [(i.id, i.name, _squash(i.criterion)) for i in got] == \
            [(i.id, i.name, _squash(i.criterion)) for i in want]
    assert draft.grade_words["F7"] == ("整体组织管理能力优秀", "整体组织管理能力较好", "整体组织管理能力一般",
                                       "整体组织管理能力较差", "未针对本项描述")
    assert any(w.path == "paragraph 5" and "综合标 factors marked blind" in w.message for w in draft.warnings)
    assert any(w.path == "table 2 row 11" and "step not stated" in w.message for w in draft.warnings)


@pytest.mark.parametrize("name", ["pingdingshan-001.json", "luoyang-002.json"])
def test_applying_the_docx_draft_keeps_the_sample_result(name: str) -> None:
    ev = sample(name)
    draft = read_draft(FIXTURES / f"tender-{name[-8:-5]}.docx")
    if name.startswith("pingdingshan"):
        # The announcement lists 11 requirements; the sample's Q12 (chapter 6's letter) has verdicts.
        with pytest.raises(InvalidInput) as caught:
            apply_draft(ev, draft)
        assert [p.path for p in caught.value.problems] == ["qualification.Q12"]
        assert all(c.passed for c in ev.checks if c.item == "Q12")
        ev = dataclasses.replace(ev, checks=tuple(c for c in ev.checks if c.item != "Q12"))
    new = apply_draft(ev, draft)
    assert evaluate(new) == evaluate(ev)
    assert new.extensions["biddesk.grade_words"] == {k: list(v) for k, v in draft.grade_words.items()}
    assert new.qualification == draft.qualification and new.bidders == ev.bidders


def _docx(build: Any) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _scoring(document: Any, header: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def test_docx_wording_of_each_rule_type_and_section_rows() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("二、商务部分评分标准")
        _scoring(d, ["评分因素", "分值", "评分标准"], [
            ["投标报价", "10", "评标基准价/投标报价×10"],
            ["技术部分（30分）", "技术部分（30分）", "技术部分（30分）"],
            ["方案", "6", "优得6分，良得4分，中得3分，差得2分，未提供得0分"],
            ["响应时间", "3", "承诺在4小时内到场，每少1小时加1分，最高得3分"],
            ["配合", "5", "根据配合程度（0-5分）"],
            ["案例", "2", "每提供一个类似案例得0.5分，最高得2分"],
            ["其他", "14", "由评委综合评定"],
        ])

    draft = draft_from_docx(_docx(build))
    f = {x.name: x for x in draft.factors}
    assert f["投标报价"].category == "价格" and f["投标报价"].rule == PriceRule()
    assert f["方案"].rule == GradesRule((D(6), D(4), D(3), D(2), D(0))) and f["方案"].category == "技术"
    assert draft.grade_words[f["方案"].id] == ("优", "良", "中", "差", "未提供")
    assert f["响应时间"].rule == HoursRule(D(4), D(1)) and f["响应时间"].objective
    assert f["配合"].rule == RangeRule() and f["案例"].rule == CountRule(D("0.5"))
    assert f["其他"].rule == RangeRule()
    messages = {w.path: w.message for w in draft.warnings}
    assert messages["table 1 row 8"] == "其他: rule not recognised; choose in the preview (a 0–14 range for now)"
    assert not any("技术 factors add up" in m for m in messages.values())  # 6 + 3 + 5 + 2 + 14 = 30
    assert draft.problems == [] and draft.total == 40


def test_docx_row_without_max_is_a_problem_fixed_in_the_preview() -> None:
    draft = draft_from_docx(_docx(lambda d: _scoring(d, ["评审因素", "分值", "评审标准"], [
        ["服务方案", "", "由评委综合评定"]])))
    assert {(p.path, p.message) for p in draft.problems} == {
        ("F1.max", "the max must be above 0, not 0"),
        ("F1.category", "the factor has no category (价格, 商务, 技术 …)")}
    fixed = dataclasses.replace(draft, factors=(dataclasses.replace(draft.factors[0], max=D(5), category="技术"),))
    assert fixed.ok


@pytest.mark.parametrize(("data", "says"), [
    (b"hello", "not a Word .docx document"),
    (None, "no scoring table found"),
])
def test_malformed_docx_is_refused_with_a_message(data: bytes | None, says: str) -> None:
    if data is None:  # a real .docx with no table at all
        data = _docx(lambda d: d.add_paragraph("第三章 评标办法"))
    draft = draft_from_docx(data, source="x.docx")
    assert [p.path for p in draft.problems] == ["x.docx"] and says in draft.problems[0].message
    assert draft.factors == ()


def test_a_workbook_renamed_docx_and_old_formats(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    write_template(buffer)
    (tmp_path / "t.docx").write_bytes(buffer.getvalue())
    (tmp_path / "t.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    assert "not a Word .docx document" in read_draft(tmp_path / "t.docx").problems[0].message
    assert "save it as .docx" in read_draft(tmp_path / "t.doc").problems[0].message
    assert "cannot read the file" in read_draft(tmp_path / "missing.json").problems[0].message


def test_rule_guesses_of_the_usual_wordings() -> None:
    assert guess_rule("每提供一个…得0.5分，最高得2分", D(2)).rule == CountRule(D("0.5"))
    grades = guess_rule("优得6分，良得4分，中得3分，差得2分，未提供得0分", D(6))
    assert grades.words == ("优", "良", "中", "差", "未提供")
    assert guess_rule("好的得4-5分，一般的得2-3分，差的得0-1分", D(5)).rule == RangeRule()
    assert guess_rule("每提前2小时得1分，8小时内响应", D(4)).rule == HoursRule(D(8), D("0.5"))
    assert guess_rule("响应时间30分钟内得2分，否则不得分", D(2)).rule == GradesRule((D(2), D(0)))
    unknown = guess_rule("由评委综合评定", D(5))
    assert not unknown.recognised and unknown.rule == RangeRule()


# -- apply ------------------------------------------------------------------------------------

def test_apply_refuses_to_orphan_scores_and_verdicts() -> None:
    ev = sample("pingdingshan-001.json")
    draft = read_draft(SAMPLES / "pingdingshan-001.json")
    without = dataclasses.replace(draft, factors=tuple(f for f in draft.factors if f.id != "F12"),
                                  compliance=draft.compliance[:-1])
    with pytest.raises(InvalidInput) as caught:
        apply_draft(ev, without)
    said = {p.path: p.message for p in caught.value.problems}
    assert said["factors.F12"].startswith("the draft drops factor F12, which has")
    assert said["compliance.C7"].startswith("the draft drops compliance item C7, which has")
    regraded = dataclasses.replace(draft, factors=tuple(
        dataclasses.replace(f, rule=GradesRule((D(4), D(0)))) if f.id == "F12" else f for f in draft.factors))
    with pytest.raises(InvalidInput) as caught:
        apply_draft(ev, regraded)
    assert all(p.path.startswith("scores[") for p in caught.value.problems)


def test_apply_refuses_a_draft_with_problems_and_takes_an_empty_project() -> None:
    bad = SetupDraft(read_problems=(), factors=())
    with pytest.raises(InvalidInput):
        apply_draft(sample("luoyang-002.json"), bad)
    ev = dataclasses.replace(sample("pingdingshan-001.json"), scores=(), checks=(), extensions={})
    draft = read_draft(FIXTURES / "tender-001.docx")
    new = apply_draft(ev, draft)
    assert new.factors == draft.factors and new.compliance == draft.compliance
    assert new.extensions["biddesk.factor_text"]["F14"] == draft.factor_text["F14"]  # type: ignore[index]


def test_rows_without_ids_keep_their_own_words() -> None:
    draft = _read(_workbook([["", "甲", "技术", 4, "等级", "values=4/0", "好/无"],
                             ["", "乙", "技术", 2, "等级", "values=2/1", "优/良"]]))
    assert [(f.id, draft.grade_words[f.id]) for f in draft.factors] == [("F1", ("好", "无")), ("F2", ("优", "良"))]


# -- corrections in the preview (app side) -------------------------------------------------------

def test_edits_are_checked_and_refused_with_a_reason() -> None:
    from app.exchange.setup_draft import RuleError
    from app.exchange.setup_edit import edit_factor

    draft = read_draft(FIXTURES / "tender-001.docx")
    f14 = [f.id for f in draft.factors].index("F14")  # 故障处理, grades 5/3/2/0 with four words
    for field, value, says in (("max", "4", "the value 5 is above the factor's max 4"),
                               ("max", "x", "not a number"), ("params", "values=5/3/x", "not a number"),
                               ("words", "好/坏", "2 words for 4 values"), ("id", "F1", "already used"),
                               ("name", " ", "must not be empty"), ("type", "fancy", "not a rule type")):
        with pytest.raises(RuleError, match=says):
            edit_factor(draft, f14, field, value)
    edited = edit_factor(draft, f14, "params", "values=5/4/2/0")
    assert edited.factors[f14].rule == GradesRule((D(5), D(4), D(2), D(0)))
    assert edited.grade_words["F14"] == draft.grade_words["F14"]  # same number of grades: words kept
    assert "F14" not in edit_factor(draft, f14, "params", "values=5/3/0").grade_words  # 3 grades: words dropped
    counted = edit_factor(edited, f14, "type", "计数")
    assert counted.factors[f14].rule == CountRule(D(1)) and "F14" not in counted.grade_words
    renamed = edit_factor(counted, f14, "id", "G1")
    assert renamed.factor_text["G1"] == draft.factor_text["F14"] and "F14" not in renamed.factor_text
    items = edit_factor(draft, f14, "type", "items")
    assert items.factors[f14].rule == ItemsRule(1, (D(5), D(3), D(2), D(0))) and items.grade_words["F14"]


def test_an_edit_fixing_a_problem_clears_it() -> None:
    from app.exchange.setup_edit import edit_factor

    table = ["评审因素", "分值", "评审标准"], [["服务方案", "", "综合评定"]]
    draft = draft_from_docx(_docx(lambda d: _scoring(d, *table)))
    renamed = edit_factor(draft, 0, "name", "服务方案（改）")  # an unrelated edit is not blocked by the 0 max
    fixed = edit_factor(edit_factor(renamed, 0, "max", "5"), 0, "category", "技术")
    assert not renamed.ok and fixed.ok and fixed.factors[0].max == 5


def test_docx_table_broken_by_a_page_and_points_in_names() -> None:
    def build(d: Any) -> None:
        d.add_paragraph("技术部分评分标准")
        _scoring(d, ["评审因素", "评审标准"], [["方案（4分）", "好的得4分；一般得2分；缺项不得分"],
                                         ["业绩（3分）", "每个得1分，最高得3分"]])
        _scoring(d, ["服务（3分）", "（0-3分）"], [])  # the next page: no header, same columns
        d.add_paragraph("资格审查")
        _scoring(d, ["序号", "审查项", "审查标准"], [["1", "营业执照", "有效"]])

    draft = draft_from_docx(_docx(build))
    assert [(f.name, f.category, f.max, f.rule.type) for f in draft.factors] == [
        ("方案", "技术", 4, "grades"), ("业绩", "技术", 3, "count"), ("服务", "技术", 3, "range")]
    assert any(w.path == "table 2" and "rest of the scoring table" in w.message for w in draft.warnings)
    assert [(i.id, i.name) for i in draft.qualification] == [("Q1", "营业执照")]
