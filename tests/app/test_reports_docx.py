"""The Word report pack read back with python-docx: the tables hold evaluate's numbers, the East Asian
fonts are set in the styles (no theme font overrides them), heading rows repeat, A4, footers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table

from app.reports.data import build_report
from app.reports.document import chunk_count
from app.reports.fingerprint import project_fingerprints
from app.reports.pack import REPORT, SHEETS, TABLES, write_pack
from app.reports.sections import FACTORS_PER_GRID
from tests.app.reportkit import load

SAMPLE_NAMES = ("pingdingshan-001.json", "luoyang-002.json")


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, DocxDocument]]:
    """Each sample's Word pack, opened, by sample and document name."""
    out: dict[str, dict[str, DocxDocument]] = {}
    for name in SAMPLE_NAMES:
        ev, result = load(name)
        paths = write_pack(ev, result, tmp_path_factory.mktemp("docx"), formats=("docx",), stem="p")
        out[name] = {p.stem.removeprefix("p-"): docx.Document(str(p)) for p in paths}
    return out


def _cells(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _tables_with(document: DocxDocument, *headings: str) -> list[list[list[str]]]:
    found = []
    for table in document.tables:
        rows = _cells(table)
        if rows and all(h in rows[0] for h in headings):
            found.append(rows)
    return found


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_summary_table_holds_totals_and_ranks(packs: dict[str, dict[str, DocxDocument]], name: str) -> None:
    ev, result = load(name)
    ranked = {r.id: r for r in result.bidders if r.ranked}
    parts = _tables_with(packs[name][TABLES], "总分", "排名", "价格分")
    assert parts
    for rows in parts:
        head = rows[0]
        seen = {}
        for row in rows[1:]:
            r = ranked[row[0]]
            seen[row[0]] = (Decimal(row[head.index("总分")]), int(row[head.index("排名")]),
                            Decimal(row[head.index("价格分")]))
            assert row[head.index("总分")] == format(r.total, "f")  # type: ignore[arg-type]
        assert seen == {b: (r.total, r.rank, r.price_score) for b, r in ranked.items()}
    # the member columns of the first part are each member's total
    first = parts[0]
    for m in ev.members:
        col = first[0].index(m.name)
        assert {row[0]: Decimal(row[col]) for row in first[1:]} == {b: r.member_totals[m.id] for b, r in ranked.items()}
    report = _tables_with(packs[name][REPORT], "编号", "投标人", "总分", "排名")
    assert report and {row[0]: (Decimal(row[3]), int(row[4])) for row in report[0][1:]} == {
        b: (r.total, r.rank) for b, r in ranked.items()}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_member_sheets_and_price_table(packs: dict[str, dict[str, DocxDocument]], name: str) -> None:
    ev, result = load(name)
    data = build_report(ev, result)
    # every column part of a member's sheet: the last ends with the 合计 (printed once); split into parts, each
    # part's 小计 is the sum of its own points
    sheets = [t for t in _tables_with(packs[name][SHEETS], "编号", "投标人")
              if "合计" in t[0] or "本部分\n小计" in t[0]]
    n_parts = len(sheets) // len(ev.members)
    assert n_parts == chunk_count(len(data.sheets[0].factors), FACTORS_PER_GRID)
    assert len(sheets) == n_parts * len(ev.members)
    for i, sheet in enumerate(data.sheets):
        parts = sheets[i * n_parts:(i + 1) * n_parts]
        assert [rows[0].count("合计") for rows in parts] == [0] * (n_parts - 1) + [1]
        assert {row[0]: Decimal(row[-1]) for row in parts[-1][1:]} == {
            r.bidder: result.bidder(r.bidder).member_totals[sheet.member] for r in sheet.rows}
        for rows in parts if n_parts > 1 else ():
            at = rows[0].index("本部分\n小计")
            for row in rows[1:]:
                assert Decimal(row[at]) == sum((Decimal(x) for x in row[2:at]), Decimal(0)), (sheet.member, row)
    price = _tables_with(packs[name][TABLES], "评审价格（元）")[0]
    col = price[0].index("评审价格（元）")
    for row in price[1:]:
        expected = result.bidder(row[0]).evaluated_price.quantize(Decimal("0.01"))
        assert Decimal(row[col].replace(",", "")) == expected and "," in row[col]


def test_luoyang_item_table(packs: dict[str, dict[str, DocxDocument]]) -> None:
    ev, result = load("luoyang-002.json")
    block = next(b for b in build_report(ev, result).sheets[0].items if b.factor == "F2")
    tables = [t for t in _tables_with(packs["luoyang-002.json"][SHEETS], "子项") if len(t) == 47]
    assert len(tables) == len(ev.members)
    rows = tables[0]
    assert rows[0] == ["子项", *(r.bidder for r in block.rows)]
    for i in range(45):
        assert rows[i + 1] == [str(i + 1), *(r.values[i] for r in block.rows)]
    assert rows[46] == ["得分", *(r.points for r in block.rows)]


def test_east_asian_fonts_in_styles(packs: dict[str, dict[str, DocxDocument]]) -> None:
    for document in packs["pingdingshan-001.json"].values():
        styles = document.styles.element
        default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
        assert default.get(qn("w:eastAsia")) == "宋体"
        for font in styles.iter(qn("w:rFonts")):
            assert font.get(qn("w:eastAsiaTheme")) is None
        for name, face in (("Normal", "宋体"), ("Title", "黑体"), ("Heading 1", "黑体"), ("Heading 2", "黑体")):
            fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
            assert fonts.get(qn("w:eastAsia")) == face and fonts.get(qn("w:ascii")) == face, name


def test_heading_rows_repeat_and_a4(packs: dict[str, dict[str, DocxDocument]]) -> None:
    for document in packs["luoyang-002.json"].values():
        for table in document.tables:
            first = table.rows[0]._tr
            if first.getparent().getparent().tag == qn("w:ftr"):
                continue
            assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
            assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])
        for section in document.sections:
            size = sorted((round(section.page_width.mm), round(section.page_height.mm)))  # type: ignore[union-attr]
            assert size == [210, 297]
            assert round(section.left_margin.mm) == round(section.right_margin.mm) == 18  # type: ignore[union-attr]


def test_footers_carry_fingerprint_page_fields_and_qr(packs: dict[str, dict[str, DocxDocument]]) -> None:
    ev, result = load("pingdingshan-001.json")
    fps = project_fingerprints(ev, result, draft=True)  # the sample is not finalised: a draft
    document = packs["pingdingshan-001.json"][TABLES]
    printed = []
    for section in document.sections:
        footer = section.footer
        assert not footer.is_linked_to_previous
        xml = footer._element.xml
        assert "PAGE" in xml and "NUMPAGES" in xml and "<pic:pic" in xml
        text = " ".join(cell.text for table in footer.tables for row in table.rows for cell in row.cells)
        assert "平采招标-2025-136" in text
        printed.append(text.split("数据指纹：")[1].split()[0])
    assert printed == [fps[k] for k in ("opening", "qualification", "compliance", "price", "summary")]


def test_report_has_blanks_and_signatures(packs: dict[str, dict[str, DocxDocument]]) -> None:
    ev, _ = load("pingdingshan-001.json")
    text = "\n".join(p.text for p in packs["pingdingshan-001.json"][REPORT].paragraphs)
    assert "招标公告发布媒介：____" in text and "开标地点：____" in text
    for m in ev.members:
        assert f"{m.name}（" in text
    assert text.count("不同意见及理由（如有）：") == len(ev.members)
    assert text.count("签字：") >= len(ev.members)


def test_written_file_is_a_real_docx(tmp_path: Path) -> None:
    ev, result = load("jiaozuo-000-single-source.json")
    paths = write_pack(ev, result, tmp_path, formats=("docx",), stem="j")
    assert [p.name for p in paths] == ["j-评标报告.docx", "j-评审表.docx", "j-评委个人评分表.docx",
                                       "j-协商情况记录.docx"]
    report = docx.Document(str(paths[0]))
    assert report.paragraphs[0].text == "评审报告"  # single source: a 评审报告 of the 协商小组
    assert any("协商小组" in p.text for p in report.paragraphs)
