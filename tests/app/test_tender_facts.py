"""A tender's facts, ★/▲/* requirements and forms chapter: on the seed texts, the .docx fixture, hand-made texts."""

from __future__ import annotations

import io
import random
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from app.exchange.tender_facts import TenderFacts, facts_from_docx, facts_from_text
from app.exchange.tender_forms import FORM_TEXT_CAP, KINDS, form_kind
from tests.conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
FULL = ROOT / "tests" / "fixtures" / "tender-001-full.docx"
D = Decimal


def seed(prefix: str) -> TenderFacts:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip(f"seed {prefix} not available under {SEEDS}")
    return facts_from_text(paths[0].read_text(encoding="utf-8").splitlines(), paths[0].name)


def forms(facts: TenderFacts) -> dict[str, str]:
    return {f.title: f.kind for f in facts.forms}


def text_of(facts: TenderFacts, title: str) -> str:
    return next(f.text for f in facts.forms if f.title == title)


def marks(facts: TenderFacts) -> list[tuple[str, str | None]]:
    return [(r.id, r.mark) for r in facts.requirements]


# -- seed 001 (平顶山, 第六章 投标文件格式) ----------------------------------------------------------

def test_seed_001_forms_chapter() -> None:
    facts = seed("001")
    assert forms(facts) == {
        "投标函": "bid_letter", "开标一览表": "opening_form", "法定代表人身份证明": "legal_rep_id",
        "授权委托书": "authorization", "项目人员配备情况表": "other", "技术方案": "other",
        "反商业贿赂承诺书": "commitment", "业绩": "other", "资格证明文件": "qualification_index",
        "供应商信用承诺函": "commitment", "供应商其他证明材料": "other", "其他投标人认为有必要提交的资料": "other",
        "中小企业声明函（工程、服务）": "sme_declaration", "关于监狱企业（如有）": "prison_proof",
        "关于促进残疾人就业的政府采购政策（如有）": "disabled_declaration",
    }
    letter = text_of(facts, "投标函")
    assert letter.startswith("（采购人名称）：") and "据此函，签字人宣布同意如下：" in letter
    assert "开标一览表" not in letter  # the text stops at the next form's title
    assert "（一）具有独立承担民事责任的能力；" in text_of(facts, "供应商信用承诺函")  # a clause, not a form
    assert "以上企业，不属于大企业的分支机构" in text_of(facts, "中小企业声明函（工程、服务）")
    disabled = text_of(facts, "关于促进残疾人就业的政府采购政策（如有）")
    assert "本单位为符合条件的残疾人福利性单位" in disabled
    assert "全流程电子化交易注意事项" not in disabled and "中小企业划型标准规定" not in disabled  # the appendix after
    assert any("第六章  投标文件格式" in w.message and w.path == "paragraph 2993" for w in facts.warnings)


def test_seed_001_facts() -> None:
    facts = seed("001")
    assert facts.number == "平采招标-2025-136"
    assert facts.name == "平顶山市行政审批和政务信息管理局平顶山市“互联网+政务服务”平台运维项目"
    assert (facts.purchaser, facts.agency) == ("平顶山市行政审批和政务信息管理局", "中煜工程项目管理有限公司")
    assert (facts.budget, facts.ceiling, facts.validity_days) == (D(2545000), D(2545000), 60)
    assert (facts.industry, facts.price_mode) == ("软件和信息技术服务业", None)
    assert facts.requirements == ()  # seed 001 marks none of its requirements; 7*24 is no mark


# -- seed 000 (焦作, 单一来源, 第五章 响应文件格式及附件) ------------------------------------------------

def test_seed_000_response_forms() -> None:
    facts = seed("000")
    found = forms(facts)
    assert found["报价函"] == "bid_letter"
    assert found["单一来源采购报价一览表"] == "opening_form"
    assert found["法定代表人（单位负责人）身份证明（供应商代表为法定代表人时须提供此项）"] == "legal_rep_id"
    assert found["法定代表人（单位负责人）授权书（供应商代表为委托代理人时须提供此项）"] == "authorization"
    assert found["资格证明文件"] == "qualification_index"
    assert found["焦作市政府采购投标人资格信用承诺函"] == "commitment"
    assert found["信用查询"] == "other"  # 5. 2信用查询, the dotted sub-form
    assert found["反商业贿赂承诺书"] == "commitment" and found["供应商认为有必要的其他资料"] == "other"
    assert len(found) == 12 and "响应文件构成" not in found  # 供应商须知's list of the parts is no chapter
    assert "本项目协商有效期为自协商开始之日起____天" in text_of(facts, "报价函")
    assert any("第五章 响应文件格式及附件" in w.message for w in facts.warnings)


def test_seed_000_star_items_and_facts() -> None:
    facts = seed("000")
    assert [r.text.split(" ")[0] for r in facts.requirements] == [
        "运维期限", "质量要求", "运维地点", "协商有效期", "响应文件份数", "电子版响应文件", "响应文件密封和标记",
        "响应文件递交", "付款方式"]
    assert {r.mark for r in facts.requirements} == {"star"}
    assert facts.requirements[0].text == "运维期限 18个月"
    assert all("凡标有" not in r.text and "7*24" not in r.text for r in facts.requirements)
    assert (facts.number, facts.budget, facts.validity_days) == ("焦公资采购F2026-001号", D(1200000), 60)
    assert facts.industry is None and facts.ceiling is None  # 000 states neither


def test_seed_002_annex_forms_and_wrapped_star() -> None:
    facts = seed("002")
    found = forms(facts)
    assert found["投标函"] == "bid_letter" and found["法定代表人授权书"] == "authorization"
    assert found["开标一览表"] == "opening_form" and found["中小微企业声明函（投标人）"] == "sme_declaration"
    assert found["残疾人福利性单位声明函"] == "disabled_declaration" and found["监狱企业证明文件"] == "prison_proof"
    assert found["服务要求响应与偏差表"] == found["商务要求响应与偏差表"] == "deviation_table"
    assert found["洛阳市政府采购供应商信用承诺函"] == "commitment"
    assert "法定代表人身份证正面和反面原件的扫描件" not in found  # a numbered line of 附件3, not a form
    assert (facts.validity_days, facts.industry, facts.ceiling) == (90, "软件和信息技术服务业", D("8767867.39"))
    assert marks(facts) == [("R1", "star")]
    wrapped = "每月对“洛阳市档案馆”数字档案管理软件平台开展现场巡检一次（每次不低于5个工作日）。"
    assert facts.requirements[0].text == wrapped  # joined across the PDF extraction's line breaks


def test_seed_004_black_star() -> None:
    facts = seed("004")
    assert marks(facts) == [("R1", "star")]
    assert facts.requirements[0].text.startswith("服务所涉货物材料设施的不接受负偏差")
    assert facts.industry == "软件和信息技术服务业"  # written 软件和信息服务业
    assert facts.budget is None  # 预算金额（见招标公告1.4） is a reference, not 1.4 元


# -- the .docx fixture ---------------------------------------------------------------------------

def test_full_fixture_facts_requirements_and_forms() -> None:
    facts = facts_from_docx(FULL)
    assert facts.name == "平顶山市行政审批和政务信息管理局平顶山市“互联网+政务服务”平台运维项目"
    assert (facts.number, facts.purchaser) == ("平采招标-2025-136", "平顶山市行政审批和政务信息管理局")
    assert (facts.budget, facts.ceiling, facts.validity_days) == (D(2545000), D(2545000), 60)
    assert facts.industry == "软件和信息技术服务业"
    assert marks(facts) == [("R1", "star"), ("R2", "star"), ("R3", "triangle"), ("R4", "triangle"),
                            ("R5", "star"), ("R6", "star"), ("R7", "triangle")]
    texts = [r.text for r in facts.requirements]
    assert texts[0] == "本地驻场运维，365 天 7*24 小时。"
    assert all("★" not in t and "▲" not in t and "实质性" not in t for t in texts)  # legends skipped
    assert texts[5].startswith("提供全年365天7*24 小时电话值守")  # from a table cell
    places = {w.path for w in facts.warnings if w.message.startswith("R6")}
    assert places == {"table 5 row 2"}
    assert list(forms(facts))[:4] == ["投标函", "开标一览表", "法定代表人身份证明", "授权委托书"]
    assert forms(facts)["中小企业声明函（工程、服务）"] == "sme_declaration"
    assert "投标总报价（元）\t大写：\n小写：" in text_of(facts, "开标一览表")  # the form's table, row by row
    last = facts.forms[-1]
    assert last.kind == "disabled_declaration" and "全流程电子化交易注意事项" not in last.text


# -- hand-made texts -----------------------------------------------------------------------------

def test_marks_at_line_item_and_cell_starts() -> None:
    facts = facts_from_text([
        "三、技术要求",
        "★服务期限为合同签订之日起一年",
        "2.7.1▲驻场人员不少于5人",
        "（3）*运维地点：采购人指定地点",
        "1、★提供备品备件；2、▲提供培训；3、一般要求",
        "序号\t★响应时间\t30分钟内",
        "提供7*24小时服务，**加粗**，重要条款带★号",
        "**项目编号：**ABC-1",
    ])
    assert [(r.id, r.mark, r.text) for r in facts.requirements] == [
        ("R1", "star", "服务期限为合同签订之日起一年"),
        ("R2", "triangle", "驻场人员不少于5人"),
        ("R3", "star", "运维地点：采购人指定地点"),
        ("R4", "star", "提供备品备件"),
        ("R5", "triangle", "提供培训；3、一般要求"),
        ("R6", "star", "响应时间 30分钟内"),
    ]
    assert any(w.path == "paragraph 2" and "R1" in w.message for w in facts.warnings)


@pytest.mark.parametrize("legend", [
    "★为实质性条款，不允许负偏离。",
    "★号条款为实质性要求，任何负偏离将导致投标无效。",
    "▲表示重要技术参数。",
    "▲标注的为评分项。",
    "注：带★的条款为实质性条款，带▲的为重要评分参数。",
    "供应商须知前附表中凡标有“*”的地方均被视为供应商必须满足的要求。",
])
def test_legend_sentences_are_no_requirements(legend: str) -> None:
    real = facts_from_text([legend, "★为本项目配备专职项目经理一名"]).requirements
    assert [r.text for r in real] == ["为本项目配备专职项目经理一名"]
    assert len(facts_from_text([legend]).requirements) == 0


@pytest.mark.parametrize(("line", "key", "value"), [
    ("预算金额：254.5万元", "budget", D(2545000)),
    ("采购预算（万元）：120", "budget", D(1200000)),
    ("本项目采购预算价为：¥1200000.00元。", "budget", D(1200000)),
    ("预算金额：人民币 2,545,000.50 元", "budget", D("2545000.5")),
    ("最高限价为：88.8万元，超出最高限价的投标无效。", "ceiling", D(888000)),
    ("招标控制价：950000元", "ceiling", D(950000)),
])
def test_amounts_in_yuan(line: str, key: str, value: Decimal) -> None:
    assert getattr(facts_from_text(["一、项目基本情况", line]), key) == value


def test_small_numbers_and_thresholds_are_no_amounts() -> None:
    facts = facts_from_text(["1. 报价未高于预算金额 2. 满足加“*”项要求",
                             "200万元以下的货物、服务采购项目，采购预算200万元以下的",
                             "\t最高限价（元）", "\t1"])
    assert (facts.budget, facts.ceiling) == (None, None)


@pytest.mark.parametrize(("lines", "days"), [
    (["投标有效期为提交投标文件截止时间后 90 天"], 90),
    (["\t投标有效期", "\t投标截止日期起六十日历天"], 60),
    (["7\t*响应有效期\t从响应文件提交截止之日起120日历天"], 120),
    (["磋商有效期：3个月"], 90),
    (["本项目协商有效期为自协商开始之日起____天。"], None),
])
def test_validity_days(lines: list[str], days: int | None) -> None:
    assert facts_from_text(lines).validity_days == days


def test_rate_tender_detected_and_boilerplate_not() -> None:
    rate = facts_from_text(["项目名称：某市政务云服务项目", "报价方式：投标人以折扣率报价，保留两位小数。"])
    assert rate.price_mode == "rate"
    assert any("报价方式 read as rate" in w.message and w.path == "paragraph 2" for w in rate.warnings)
    plain = facts_from_text(["12、我方将按相同或更优惠的折扣率保证提供服务。", "投标报价为总价。"])
    assert plain.price_mode is None


def test_labelled_facts_skip_placeholders_and_definitions() -> None:
    facts = facts_from_text([
        "项目名称：（项目名称）", "采购人：采购人系指依法进行政府采购的国家机关。", "采购人：见投标人须知前附表。",
        "1.1.2 采购人", "名  称：某市行政审批和政务信息管理局", "代理机构名称：某某工程咨询有限公司",
        "1.1.6 项目编号 某采公开-2025-60", "2、项目名称：某市政务信息化运维项目 项目编号：X-1", "项目编号：X-1",
        "本项目所属行业为软件和信息技术服务", "业（从业人员300人以下）",
    ])
    assert facts.name == "某市政务信息化运维项目"
    assert (facts.purchaser, facts.agency) == ("某市行政审批和政务信息管理局", "某某工程咨询有限公司")
    assert facts.number == "某采公开-2025-60"
    assert any("X-1" in w.message and "first kept" in w.message for w in facts.warnings)
    assert facts.industry == "软件和信息技术服务业"


def test_forms_chapter_with_annexes_toc_and_groups() -> None:
    facts = facts_from_text([
        "目录", "第六章 投标文件组成\t41", "第七章 合同条款\t50",
        "第六章 投标文件组成",
        "附件1 投标函", "致：采购人", "1、我方愿意参加投标。", "投标人：（盖章）",
        "附件2 开标一览表", "项目名称", "附件3 资格审查资料", "（一）营业执照", "（二）资格信用承诺函", "承诺如下。",
        "附件4 技术偏离表", "序号\t招标要求\t响应\t偏离", "附件4-1 商务偏离表",
        "附件5 中小企业声明函", "本公司郑重声明……", "附件6 残疾人福利性单位声明函", "附件7 监狱企业证明",
        "第七章 合同条款", "附件8 不是表格",
    ])
    assert [(f.title, f.kind) for f in facts.forms] == [
        ("投标函", "bid_letter"), ("开标一览表", "opening_form"), ("资格审查资料", "qualification_index"),
        ("营业执照", "other"), ("资格信用承诺函", "commitment"), ("技术偏离表", "deviation_table"),
        ("商务偏离表", "deviation_table"), ("中小企业声明函", "sme_declaration"),
        ("残疾人福利性单位声明函", "disabled_declaration"), ("监狱企业证明", "prison_proof"),
    ]
    assert facts.forms[0].text == "致：采购人\n1、我方愿意参加投标。\n投标人：（盖章）"
    assert facts.forms[5].text == "序号\t招标要求\t响应\t偏离"


def test_form_kinds_vocabulary() -> None:
    cases = {"投标函": "bid_letter", "响应函": "bid_letter", "报价一览表": "opening_form",
             "法定代表人（负责人）身份证明书": "legal_rep_id", "法定代表人授权委托书": "authorization",
             "中小微企业声明函": "sme_declaration", "残疾人福利性单位声明函": "disabled_declaration",
             "监狱企业证明文件": "prison_proof", "资格证明文件": "qualification_index", "技术偏离表": "deviation_table",
             "服务承诺书": "commitment", "项目实施方案": "other"}
    assert {t: form_kind(t) for t in cases} == cases
    assert set(cases.values()) <= set(KINDS)


def test_no_forms_chapter_is_a_warning() -> None:
    facts = facts_from_text(["项目名称：某项目", "一、投标函"])
    assert facts.forms == () and any("no forms chapter" in w.message for w in facts.warnings)


# -- hostile input -------------------------------------------------------------------------------

def test_broken_docx_gives_a_warning_not_an_exception(tmp_path: Path) -> None:
    junk = random.Random(7).randbytes(4096)
    for data, name in ((junk, "junk.docx"), (io.BytesIO(junk), "stream.docx"), (tmp_path / "missing.docx", "")):
        facts = facts_from_docx(data, name)
        assert facts.forms == () and facts.requirements == () and facts.name is None
        assert len(facts.warnings) == 1 and "not a readable Word .docx" in facts.warnings[0].message
    assert facts_from_docx(junk, "junk.docx").warnings[0].path == "junk.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    assert "not a readable" in facts_from_docx(buffer.getvalue(), "zip.docx").warnings[0].message


def test_fifty_thousand_paragraphs_finish_with_forms_capped() -> None:
    sample = ["第六章 投标文件格式", "一、投标函", "★服务期限一年；▲培训两次", "所属行业" + "工" * 300,
              "投标有效期" + "为" * 300, "预算金额" + "：" * 300, "*" * 500, "（一）（二）" * 200]
    lines = [sample[i % len(sample)] if i % 3 else "我方承诺按招标文件要求提供服务。" * 5 for i in range(50_000)]
    lines.append("★" * 100_000)
    facts = facts_from_text(lines, "huge.txt")
    assert facts.forms and all(len(f.text) <= FORM_TEXT_CAP for f in facts.forms)
    assert len(facts.requirements) >= 2
