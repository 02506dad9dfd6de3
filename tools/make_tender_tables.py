#!/usr/bin/env python3
# ruff: noqa: E501 - the tenders' wording is kept on one line per clause
"""Write the corpus of tender scoring tables the importer is measured on (tests/fixtures/tender_tables/).

    python tools/make_tender_tables.py

Each case is a Word document holding one scoring table laid out as real tenders lay them out, and
an entry of ``expected.json``: the factors a person would confirm (name, max, rule type, parameters,
group). The cases are the seeds' own matrices (001 平顶山, 002 洛阳, transcribed from the seed notes)
under other header words, the issue-16 政务云 tender (▲ count, two response-time baselines in one cell,
a certificate cell with a cap per type, a merged 企业实力 cell), and variants of header words,
vertically and horizontally merged cells and tables split across pages (with and without a repeated
header). Needs python-docx.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
from docx.document import Document

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "tender_tables"

# (name, max, standard, type, params, group); a factor the table reads as several has one entry per factor.
Factor = tuple[str, str, str, str, str, str]

GENERIC: list[Factor] = [
    ("投标报价", "10", "价格分采用低价优先法计算，满足招标文件要求且投标价格最低的投标报价为评标基准价，"
     "投标报价得分=(评标基准价/投标报价)×10", "price", "", ""),
    ("企业业绩", "9", "自2022年1月1日以来承担过类似项目业绩，每提供1个得3分，最多得9分。", "count", "each=3", ""),
    ("项目经理", "6", "项目经理具有高级职称的得6分，中级职称的得4分，初级职称的得2分，无职称不得分。",
     "grades", "values=6/4/2/0", ""),
    ("服务方案", "20", "方案详尽、科学，针对性强的得20分；方案完整、合理的得14分；方案基本可行的得8分；未提供不得分。",
     "grades", "values=20/14/8/0", ""),
    ("应急预案", "10", "根据应急预案的完整性、可行性评分（0-10分）。", "range", "step=0.01", ""),
    ("培训方案", "5", "培训方案优得5分，良得3分，一般得1分，未提供得0分。", "grades", "values=5/3/1/0", ""),
    ("质量保障措施", "10", "措施完善的得10分；措施较完善的得7分；措施一般的得4分；未提供的得0分。",
     "grades", "values=10/7/4/0", ""),
    ("安全保障措施", "30", "措施具体、可行性强的得30分；措施较具体的得20分；措施一般的得10分；未提供的得0分。",
     "grades", "values=30/20/10/0", ""),
]

GRADES4 = "内容完善、针对性强的得{0}分；内容合理的得{1}分；有基本内容的得{2}分；缺项得0分。"

SEED_001: list[Factor] = [
    ("投标报价", "10", "价格分统一采用低价优先法计算，即满足招标文件要求且投标价格最低的报价为评标基准价，其价格分为满分。"
     "投标报价得分=（评标基准值／投标报价）×10%×100", "price", "", ""),
    ("投标人业绩情况", "5", "每提供一份自2022年1月1日以来类似项目业绩的得2.5分，本项最多得5分。（以合同签订日期为准）",
     "count", "each=2.5", ""),
    ("认证体系", "10", "投标人具有ISO9001、ISO27034、ISO37301、ISO20000、ISO27001认证证书，每项得2分，最高得10分，没有不得分。",
     "count", "each=2", ""),
    ("资质证书", "10", "CCID信息系统服务交付能力等级证书一级得5分、二级得3分、三级得2分；CCIA信息系统业务安全服务资质证书"
     "一级得5分、二级得3分、三级得2分；最高得10分，没有不得分。", "items", "n=2; values=5/3/2/0", ""),
    ("人员配备（1）", "6", "", "count", "each=3", "人员配备"),
    ("人员配备（2）", "4", "", "count", "each=2", "人员配备"),
    ("自有知识产权能力", "15", "投标人具有计算机软件著作权登记证书的（综合运维管理系统、自动化运维系统等15类），每项得1分，"
     "最高得15分。", "count", "each=1", ""),
    ("安全与应急处置能力", "5", "具有信息系统安全运维、安全集成、风险评估、灾难备份与恢复、应急处理服务资质三级及以上的，"
     "每项得1分，最高得5分。", "count", "each=1", ""),
    ("技术服务承诺", "4", "承诺合理、完善、针对性强，能够优于项目需求的得4分；承诺合理，有一定针对性，满足项目需求的得3分；"
     "提供承诺的得2分；未提供的得0分。", "grades", "values=4/3/2/0", ""),
    ("需求理解", "4", GRADES4.format(4, 3, 2), "grades", "values=4/3/2/0", ""),
    ("总体规划方案", "3", GRADES4.format(3, 2, 1), "grades", "values=3/2/1/0", ""),
    ("系统软件运行维护方案", "6", "方案详尽、科学的得6分；方案完整、合理的得4分；较合理的得3分；有基本方案的得2分；缺项得0分。",
     "grades", "values=6/4/3/2/0", ""),
    ("安全服务及培训方案", "4", GRADES4.format(4, 2, 1), "grades", "values=4/2/1/0", ""),
    ("质量保障措施", "3", GRADES4.format(3, 2, 1), "grades", "values=3/2/1/0", ""),
    ("故障处理", "5", GRADES4.format(5, 3, 2), "grades", "values=5/3/2/0", ""),
    ("信息安全及保密措施", "3", GRADES4.format(3, 2, 1), "grades", "values=3/2/1/0", ""),
    ("应急预案", "3", GRADES4.format(3, 2, 1), "grades", "values=3/2/1/0", ""),
]
PEOPLE_001 = ("1）项目经理具有①网络规划设计师②信息系统项目管理师（高级）证书的，每项得3分，最高得6分；\n"
              "2）运维团队人员（项目经理除外）具有省级以上相关项目运维经验的，每人得2分，最高得4分。")

SEED_002: list[Factor] = [
    ("投标报价", "15", "价格分采用低价优先法计算，即满足招标文件要求且评标报价最低的评标报价为评标基准价。"
     "投标报价得分=(评标基准价／评标报价)×投标报价权重", "price", "", ""),
    ("项目组成员", "6", "拟投入本项目成员中具有相关专业中级及以上职称证书的得3分，本项最多得6分。", "count", "each=3", ""),
    ("运维方案", "36", "针对本项目27家服务对象45个项目分别提供运维方案，理解透彻、针对性强的，每项得0.8分；比较准确的，每项得0.6分；"
     "思路清晰的，每项得0.4分；比较笼统的，每项得0.2分；未针对本项描述的得0分。", "items", "n=45; values=0.8/0.6/0.4/0.2/0", ""),
    ("运维流程", "7", "科学合理、措施具体的得7分；合理的得5分；较为合理的得3分；只能满足基本需求的得1分；未描述的得0分。",
     "grades", "values=7/5/3/1/0", ""),
    ("安全运维保障", "7", "①网络安全管理②变更管理③备份管理④安全事件管理⑤配置管理⑥环境管理⑦设备管理，每项阐述详尽的得1分；"
     "每项阐述具体的得0.5分；缺失的得0分。", "items", "n=7; values=1/0.5/0", ""),
    ("运维巡检计划服务", "4", "优秀的得4分；较好的得3分；一般的得2分；较差的得1分；未描述的得0分。", "grades", "values=4/3/2/1/0", ""),
    ("应急处置", "4", "优秀的得4分；较好的得3分；一般的得2分；较差的得1分；未描述的得0分。", "grades", "values=4/3/2/1/0", ""),
    ("运维评价机制", "4", "优秀的得4分；较好的得3分；一般的得2分；较差的得1分；未描述的得0分。", "grades", "values=4/3/2/1/0", ""),
    ("团队主要人员岗位职责及分工", "4", "优秀的得4分；较好的得3分；一般的得2分；较差的得1分；未描述的得0分。",
     "grades", "values=4/3/2/1/0", ""),
    ("承诺服务过程中能够积极配合招标人工作", "2", "承诺服务过程中能够积极配合招标人工作（0-2分）", "range", "step=0.01", ""),
    ("承诺包括执业质量、职业道德、遵守国家和河南省有关行业管理规定", "2", "承诺执业质量、职业道德（0-2）",
     "range", "step=0.01", ""),
    ("企业业绩", "9", "自2022年1月1日以来承担过类似（信息化运维类）项目业绩。每提供1个得3分，最多得9分。", "count", "each=3", ""),
]

CERTS = ("具有ISO9001质量管理体系认证证书的，每个得1分，最高得2分；具有ISO27001信息安全管理体系认证证书的，每个得1分，"
         "最高得2分；具有ISO20000信息技术服务管理体系认证证书的，每个得1分，最高得2分；具有CCRC信息安全服务资质证书的，"
         "每个得1分，最高得2分。须附证书复印件。")
CERT_FACTORS: list[Factor] = [
    ("ISO9001质量管理体系认证证书", "2", "", "count", "each=1", "企业实力"),
    ("ISO27001信息安全管理体系认证证书", "2", "", "count", "each=1", "企业实力"),
    ("ISO20000信息技术服务管理体系认证证书", "2", "", "count", "each=1", "企业实力"),
    ("CCRC信息安全服务资质证书", "2", "", "count", "each=1", "企业实力"),
]
STAR = ("本项15分。投标人对招标文件第五章中标注▲的技术条款逐条响应，每满足一项▲条款得1分，不满足不得分。", "count", "each=1")
HOURS = ("故障响应：承诺接到通知后6小时内到达现场，每提前1小时加1分，最高得3分；故障修复：承诺12小时内修复，"
         "每提前1小时加0.5分，最高得2分。")
HOURS_FACTORS: list[Factor] = [
    ("故障响应", "3", "", "hours", "baseline=6; each=1", "服务承诺"),
    ("故障修复", "2", "", "hours", "baseline=12; each=0.5", "服务承诺"),
]


def table(document: Document, header: list[str], rows: list[list[str | None]]) -> None:
    """A table; ``None`` merges a cell with the one above, ``"<"`` with the one to its left."""
    grid = document.add_table(rows=1 + len(rows), cols=len(header))
    grid.style = "Table Grid"
    for c, word in enumerate(header):
        grid.cell(0, c).text = word
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                top = r - 1
                while rows[top - 1][c] is None:
                    top -= 1
                grid.cell(top, c).merge(grid.cell(r, c))
            elif value == "<":
                grid.cell(r, c - 1).merge(grid.cell(r, c))
            else:
                grid.cell(r, c).text = value


def plain_rows(factors: list[Factor]) -> list[list[str | None]]:
    return [[str(i), name, fmax, text] for i, (name, fmax, text, *_) in enumerate(factors, start=1)]


def expect(factors: list[Factor]) -> list[dict[str, str]]:
    return [{"name": n, "max": m, "type": t, "params": p, "group": g} for n, m, _, t, p, g in factors]


def seed_001_rows() -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    for i, (name, fmax, text, *_) in enumerate(SEED_001, start=1):
        if name == "人员配备（1）":
            rows.append([str(i), "人员配备", "10", PEOPLE_001])
        elif name != "人员配备（2）":
            rows.append([str(i), name, fmax, text])
    return rows


def build() -> dict[str, Any]:
    cases: dict[str, Any] = {}

    def case(name: str, note: str, factors: list[Factor], write: Any) -> None:
        document = docx.Document()
        document.add_paragraph("第三章 评标办法")
        write(document)
        document.add_paragraph("注：以上评分均以投标文件提供的材料为准。")
        document.save(str(OUT / f"{name}.docx"))
        cases[name] = {"note": note, "factors": expect(factors)}

    seed1 = list(SEED_001)
    case("seed001_pingdingshan", "seed 001's matrix, header 序号|评审内容|分值|评审标准, a numbered two-part row",
         seed1, lambda d: table(d, ["序号", "评审内容", "分值", "评审标准"], seed_001_rows()))
    case("seed002_luoyang", "seed 002's matrix, header 序号|评分项目|标准分|评分细则",
         SEED_002, lambda d: table(d, ["序号", "评分项目", "标准分", "评分细则"], plain_rows(SEED_002)))
    case("seed002_split", "seed 002's matrix split across two pages, the second part without a header",
         SEED_002, lambda d: (table(d, ["序号", "评分因素", "权重", "评分标准"], plain_rows(SEED_002)[:6]),
                              _rest(d, plain_rows(SEED_002)[6:])))
    for name, header in (("header_pingshen_neirong", ["序号", "评审内容", "分值", "评审标准"]),
                         ("header_pingfen_xiangmu", ["序号", "评分项目", "标准分", "评分细则"]),
                         ("header_pingfen_yinsu", ["序号", "评分因素", "权重", "评分标准"]),
                         ("header_pingshen_xiangmu", ["序号", "评审项目", "分数", "评分办法"]),
                         ("header_pingfen_neirong", ["序号", "评分内容", "分值（分）", "评分说明"]),
                         ("header_pingshen_yinsu", ["编号", "评审因素", "满分", "评审标准"])):
        case(name, f"header {'|'.join(header)}", GENERIC,
             lambda d, header=header: table(d, header, plain_rows(GENERIC)))
    case("split_no_header", "a table broken by a page: the rest has no header", GENERIC,
         lambda d: (table(d, ["序号", "评审内容", "分值", "评审标准"], plain_rows(GENERIC)[:4]),
                    _rest(d, plain_rows(GENERIC)[4:])))
    case("split_repeated_header", "a table broken by a page: the rest repeats the header", GENERIC,
         lambda d: (table(d, ["序号", "评审内容", "分值", "评审标准"], plain_rows(GENERIC)[:3]),
                    table(d, ["序号", "评审内容", "分值", "评审标准"], plain_rows(GENERIC)[3:])))
    merged = [*GENERIC[:2], ("ISO27001信息安全管理体系认证证书", "4", "具有ISO27001信息安全管理体系认证证书的得4分，没有不得分。",
                             "grades", "values=4/0", "企业实力"),
              ("ISO20000信息技术服务管理体系认证证书", "2", "具有ISO20000信息技术服务管理体系认证证书的得2分，没有不得分。",
               "grades", "values=2/0", "企业实力"), *GENERIC[3:]]
    merged[2] = ("ISO27001信息安全管理体系认证证书", "4", merged[2][2], "grades", "values=4/0", "企业实力")
    merged_rows = plain_rows(merged)
    merged_rows[3][1] = None  # the 企业实力 cell runs down two rows
    merged_rows[2][1] = "企业实力"
    case("merged_group_cell", "a factor cell merged down two rows (企业实力): each row named by its own text",
         [*GENERIC[:2], merged[2], merged[3], *GENERIC[3:]],
         lambda d: table(d, ["序号", "评审内容", "分值", "评审标准"], merged_rows))
    two = [[str(i), "技术部分" if i > 1 else "价格部分", name, fmax, text]
           for i, (name, fmax, text, *_) in enumerate(GENERIC, start=1)]
    for k in range(3, len(two)):
        two[k][1] = None
    case("category_and_name_columns", "评审因素 (a merged category) | 评分项目 | 分值 | 评分标准", GENERIC,
         lambda d: table(d, ["序号", "评审因素", "评分项目", "分值", "评分标准"], two))
    section = [["一、价格部分（10分）", "<", "<", "<"], *plain_rows(GENERIC[:1]),
               ["二、技术部分（90分）", "<", "<", "<"], *plain_rows(GENERIC[1:])]
    case("section_rows", "merged section rows 一、价格部分（10分） between the factors", GENERIC,
         lambda d: table(d, ["序号", "评分因素", "分值", "评分标准"], section))
    cloud: list[Factor] = [
        *GENERIC[:1], *CERT_FACTORS, ("技术条款响应", "15", STAR[0], STAR[1], STAR[2], ""), *HOURS_FACTORS,
        ("服务方案", "20", GENERIC[3][2], "grades", "values=20/14/8/0", ""),
        ("应急预案", "10", GENERIC[4][2], "range", "step=0.01", ""),
        ("驻场人员", "8", "驻场人员每人得2分，最高得8分。", "count", "each=2", ""),
        ("培训方案", "5", GENERIC[5][2], "grades", "values=5/3/1/0", ""),
        ("质量保障措施", "10", GENERIC[6][2], "grades", "values=10/7/4/0", ""),
        ("企业业绩", "9", GENERIC[1][2], "count", "each=3", ""),
    ]
    cloud_rows: list[list[str | None]] = [
        ["1", "投标报价", "10", GENERIC[0][2]], ["2", "企业实力", "8", CERTS], ["3", "技术条款响应", "15", STAR[0]],
        ["4", "服务承诺", "5", HOURS], ["5", "服务方案", "20", GENERIC[3][2]], ["6", "应急预案", "10", GENERIC[4][2]],
        ["7", "驻场人员", "8", "驻场人员每人得2分，最高得8分。"], ["8", "培训方案", "5", GENERIC[5][2]],
        ["9", "质量保障措施", "10", GENERIC[6][2]], ["10", "企业业绩", "9", GENERIC[1][2]],
    ]
    case("issue16_cloud", "the 政务云 tender of issue 16: ▲ count, two baselines in one cell, a cap per certificate",
         cloud, lambda d: table(d, ["序号", "评审内容", "分值", "评审标准"], cloud_rows))
    return cases


def _rest(document: Document, rows: list[list[str | None]]) -> None:
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value or ""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    cases = build()
    (OUT / "expected.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} documents in {OUT}")


if __name__ == "__main__":
    main()
