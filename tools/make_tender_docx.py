#!/usr/bin/env python3
"""Write the tender .docx fixtures the import tests read: the real scoring tables of seeds 001 and 002.

    python tools/make_tender_docx.py

Writes ``tests/fixtures/tender-001.docx`` (平顶山, seed 001) and ``tests/fixtures/tender-002.docx``
(洛阳, seed 002). The text is the tenders' own (shared/seeds/001_*.txt and 002_*.txt, lines joined
where the PDF extraction wrapped them); the layout is the documents':

- 001: the qualification requirements as the announcement's numbered list (no table), the
  符合性审查 table (审查内容 | 审查标准) under its heading, and the scoring table
  序号 | 评审因素 | 分值 | 评审标准 whose rows 2 and 03 merge the 序号 and category cells down the
  factors of 综合部分(25分) and 技术部分（65分）, each factor named with its points in brackets.
- 002: the sentence that makes 综合标 blind (前附表 9.2), the checklist table
  初步条款 | 评分点名称 | 评审标准 (符合性评审 and 资格审查 merged down their items), and the scoring
  table 详细条款 | 最低分 | 最高分 | 评分点名称 | 评审标准 (the price row's 15.0 spans both point columns).

Only the parts an importer reads are reproduced, with a few surrounding headings. Re-running gives
identical bytes (fixed zip timestamps). Needs python-docx.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from tender_texts import CHECKS_002, COMPLIANCE_001, QUALIFICATION_001, SCORING_001, SCORING_002

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures"


def new_document() -> Document:
    """A document whose East Asian text is 宋体 (python-docx has no API for it: set w:eastAsia)."""
    document = docx.Document()
    fonts = document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "宋体")
    for attr in ("w:eastAsiaTheme", "w:asciiTheme", "w:hAnsiTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    document.core_properties.author = "BidDesk fixtures"
    return document


def add_table(document: Document, header: tuple[str, ...], rows: list[tuple[str | None, ...]],
              widths: tuple[float, ...]) -> None:
    """A bordered table (column widths in cm); a None cell merges with the one above, ``"<"`` with the left one."""
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None:
                top = r - 1
                while rows[top - 1][col] is None:
                    top -= 1
                table.cell(top, col).merge(table.cell(r, col))
            elif value == "<":
                table.cell(r, col - 1).merge(table.cell(r, col))
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None or value == "<":
                continue
            cell = table.cell(r, col)
            first, *more = value.split("\n")
            cell.paragraphs[0].text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)


def save(document: Document, path: Path) -> None:
    """Save with fixed zip timestamps so that re-running gives the same bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def tender_001() -> Document:
    """Seed 001 (平顶山): announcement qualification list, compliance table, scoring table."""
    d = new_document()
    d.add_heading("平顶山市行政审批和政务信息管理局平顶山市“互联网+政务服务”平台运维项目", level=0)
    d.add_paragraph("项目编号：平采招标-2025-136")
    d.add_heading("第一章  招标公告", level=1)
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph("1、项目编号：平采招标-2025-136")
    d.add_paragraph("二、申请人的资格要求：")
    for line in QUALIFICATION_001:
        d.add_paragraph(line)
    d.add_paragraph("三、获取招标文件")
    d.add_paragraph("1、时间：2025年11月3日至2025年11月24日")
    d.add_heading("第三章 评标办法", level=1)
    d.add_paragraph("1、投标文件的符合性审查:")
    add_table(d, ("审查内容", "审查标准"), list(COMPLIANCE_001), (5, 11))
    d.add_paragraph("2．投标文件错误的修正")
    d.add_paragraph("4.4评标委员会每位成员根据评标办法和标准，对所有投标文件进行集中审核分别打分。")
    d.add_paragraph("各评委评分的算术平均值作为该投标人的最终得分，计分取至小数点后两位，计分过程中小数点后第三位四舍五入。")
    d.add_paragraph("7、分值组成：")
    for line in ("投标报价：10分；", "技术部分：65分；", "综合部分：25分；"):
        d.add_paragraph(line)
    add_table(d, ("序号", "评审因素", "分值", "评审标准"), SCORING_001, (1.2, 2.6, 2.8, 9.4))
    d.add_heading("第四章 合同条款及格式", level=1)
    return d


def tender_002() -> Document:
    """Seed 002 (洛阳): the blind-part sentence, the checklist table, the scoring table."""
    d = new_document()
    d.add_heading("洛阳市行政审批和政务信息管理局2025年第一批市本级政务信息化运维项目", level=0)
    d.add_paragraph("项目编号：洛采公开-2025-60")
    d.add_heading("第二章 投标人须知", level=1)
    d.add_paragraph("9.2 暗标部分（综合标）格式")
    d.add_paragraph("本项目综合标部分采用“暗标”评审，投标人编制的综合标应满足以下要求：")
    d.add_paragraph("（1）签章要求：不得对暗标部分进行电子签章。")
    d.add_heading("第六章 资格审查与评审标准", level=1)
    add_table(d, ("初步条款", "评分点名称", "评审标准"), CHECKS_002, (2.5, 5.5, 8))
    d.add_paragraph("")
    add_table(d, ("详细条款", "最低分", "最高分", "评分点名称", "评审标准"), SCORING_002,
              (2.2, 1.4, 1.4, 3.2, 7.8))
    d.add_heading("第七章 投标文件格式", level=1)
    return d


def main() -> int:
    """Write both fixtures."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (("tender-001.docx", tender_001), ("tender-002.docx", tender_002)):
        save(build(), OUT / name)
        print(OUT / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
