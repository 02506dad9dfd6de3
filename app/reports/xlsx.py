"""The report pack as an Excel workbook (openpyxl): one sheet per table, values only.

Numbers are written as real numbers (``Decimal``, never float) with number formats: money
``#,##0.00``, scores with the tender's places (``0.00``). Each sheet starts with a status line
(red ``草稿（未定稿）…`` while the evaluation is not finalised, else ``已定稿：<time>``), the project
name, number and opening date, then the table's title and a bold, frozen header row; its last row
holds the table's fingerprint (a draft fingerprint for a draft). A draft's sheets also print
``草稿（未定稿）`` in the page header. A member's sheet lists the sub-item grades of every items factor
(the 45 service objects) under the sheet's table, before the fingerprint.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.reports.data import CheckTable, Header, MemberSheet, ReportData, Table
from app.reports.document import DRAFT_HEADER, DRAFT_MARK
from app.reports.fingerprint import fingerprint
from app.reports.price_units import head as price_head

MONEY_FORMAT = "#,##0.00"
#: A rate tender's price (86.50 shown as 86.50%: the number is the percentage, not a fraction).
RATE_FORMAT = '0.00"%"'
BOLD = Font(bold=True)
DRAFT_FONT = Font(bold=True, color="C00000", size=12)
#: The rows above a table: status, project name, number and opening date, title; then its header row.
STATUS_ROW, HEADER_ROW = 1, 5
FORBIDDEN_IN_SHEET_NAMES = "[]:*?/\\"
Cell = str | int


@dataclass(frozen=True)
class Column:
    """A column: its heading, kind (``text``, ``money``, ``score``, ``int``) and width in characters."""

    label: str
    kind: str = "text"
    width: int = 12


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _score_format(text: str) -> str:
    places = len(text.partition(".")[2])
    return "0." + "0" * places if places else "0"


def _put(ws: Worksheet, row: int, col: int, value: Cell, kind: str) -> None:
    cell = ws.cell(row=row, column=col)
    if kind == "text" or not isinstance(value, str) or value == "":
        cell.value = None if value == "" else value
        return
    if kind == "percent":  # "20%" as the number 0.2 shown 20% (a spreadsheet can compute with it)
        text = value.strip()
        try:
            number = _number(text[:-1]) / 100 if text.endswith("%") else None
        except ArithmeticError:
            number = None
        if number is None:
            cell.value = value
            return
        places = len(text[:-1].partition(".")[2])
        cell.value, cell.number_format = number, "0" + ("." + "0" * places if places else "") + "%"
        return
    if kind == "money" and value.endswith("%"):  # a rate tender's price (price_units.price_text)
        cell.value, cell.number_format = _number(value[:-1]), RATE_FORMAT
        return
    cell.value = _number(value)
    cell.number_format = MONEY_FORMAT if kind == "money" else _score_format(value)


def _sheet_title(name: str, taken: set[str]) -> str:
    clean = "".join("_" if ch in FORBIDDEN_IN_SHEET_NAMES else ch for ch in name)[:31]
    title, n = clean, 2
    while title in taken:
        suffix = f"({n})"
        title, n = clean[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


def status_text(data: ReportData) -> str:
    """The first cell of every sheet: the draft's warning, or when the evaluation was finalised."""
    return DRAFT_HEADER if data.draft else f"已定稿：{data.finalised}"


def _status(ws: Worksheet, data: ReportData) -> None:
    cell = ws.cell(row=STATUS_ROW, column=1, value=status_text(data))
    if data.draft:
        cell.font = DRAFT_FONT
        for header in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
            if header is not None:
                header.center.text = f"{DRAFT_MARK}　评审尚未定稿"
                header.center.color = "C00000"
                header.center.font = "黑体,Bold"


def _write(
    wb: Workbook, taken: set[str], name: str, title: str, header: Header, columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]], table: Table, notes: Sequence[str] = (),
    after: Callable[[Worksheet, int], int] | None = None, *, data: ReportData,
) -> Worksheet:
    ws: Worksheet = wb.create_sheet(_sheet_title(name, taken))
    _status(ws, data)
    ws.cell(row=STATUS_ROW + 1, column=1, value=header.name).font = BOLD
    ws.cell(row=STATUS_ROW + 2, column=1, value=f"项目编号：{header.number}    开标日期：{header.opening}"
            + ("    报价形式：费率（%）" if header.price_mode == "rate" else ""))
    ws.cell(row=STATUS_ROW + 3, column=1, value=title).font = BOLD
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=HEADER_ROW, column=c, value=col.label)
        cell.font = BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(c)].width = col.width
    r = HEADER_ROW
    for r, values in enumerate(rows, start=HEADER_ROW + 1):
        for c, (value, col) in enumerate(zip(values, columns, strict=True), start=1):
            _put(ws, r, c, value, col.kind)
    r += 1
    for note in notes:
        r += 1
        ws.cell(row=r, column=1, value=note)
    if after is not None:
        r = after(ws, r + 2)
    ws.cell(row=r + 2, column=1, value=f"数据指纹：{fingerprint(table, data.draft)}")
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    _page_setup(ws, header.number, len(columns))
    return ws


def _page_setup(ws: Worksheet, number: str, columns: int) -> None:
    """Ready to print: A4, landscape for a wide table, fit to one page wide, the heading row on every page, and a
    footer with the project number and the page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if columns > 6 else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    footer = ws.oddFooter
    if footer is not None and footer.left is not None and footer.right is not None:
        footer.left.text = f"项目编号：{number}"
        footer.right.text = "第 &P 页 共 &N 页"


def _checks(wb: Workbook, taken: set[str], table: CheckTable, data: ReportData) -> None:
    columns = [Column("编号", width=8), Column("投标人", width=30)]
    columns += [Column(name, width=14) for _, name in table.items]
    columns += [Column("结论", width=8), Column("备注", width=30)]
    rows: list[list[Cell]] = []
    for row in table.rows:
        cells: list[Cell] = [row.bidder, row.name]
        cells += [c.verdict + (f"（{c.basis}）" if c.basis not in ("", "联合") else "") for c in row.cells]
        notes = [f"{item_id}：{c.note}" for (item_id, _), c in zip(table.items, row.cells, strict=True) if c.note]
        rows.append([*cells, row.conclusion, "；".join(notes)])
    _write(wb, taken, table.title, f"{table.title}表", table.header, columns, rows, table,
           ["“通过（4/5）”：评委表决，4 名评委中通过 / 共 5 名评委；无标注为评标委员会共同结论。"], data=data)


def _item_rows(sheet: MemberSheet) -> Callable[[Worksheet, int], int]:
    """Writes the member's sub-item grades (one block per items factor: sub-items × bids) from a row on."""

    def write(ws: Worksheet, row: int) -> int:
        for block in sheet.items:
            ws.cell(row=row, column=1, value=f"{block.factor} {block.factor_name} 子项明细（每项 {block.grades} 分，"
                                             f"满分 {block.max} 分）").font = BOLD
            row += 1
            for c, label in enumerate(["子项", *(r.bidder for r in block.rows)], start=1):
                ws.cell(row=row, column=c, value=label).font = BOLD
            n = max((len(r.values) for r in block.rows), default=0)
            for i in range(n):
                row += 1
                ws.cell(row=row, column=1, value=i + 1)
                for c, r in enumerate(block.rows, start=2):
                    _put(ws, row, c, r.values[i] if i < len(r.values) else "", "score")
            row += 1
            ws.cell(row=row, column=1, value="得分").font = BOLD
            for c, r in enumerate(block.rows, start=2):
                _put(ws, row, c, r.points, "score")
            row += 2
        return row - 2  # the last row written (the start row less 2 when there is nothing)

    return write


def _member_sheet(wb: Workbook, taken: set[str], sheet: MemberSheet, data: ReportData) -> None:
    columns = [Column("编号", width=8), Column("投标人", width=30)]
    columns += [Column(f"{fid} {name}（{fmax}分）", "score", 12) for fid, name, fmax in sheet.factors]
    columns.append(Column("合计", "score", 10))
    rows = [[r.bidder, r.name, *r.points, r.total] for r in sheet.rows]
    _write(wb, taken, f"评分表-{sheet.member_name}", f"评委个人评分表（评委：{sheet.member_name}）",
           sheet.header, columns, rows, sheet, ["评委签字：__________    日期：____年__月__日"], _item_rows(sheet),
           data=data)


def build_workbook(data: ReportData) -> Workbook:
    """The workbook: 汇总表, 价格分, 资格审查, 符合性审查, 开标记录, 评分表-<member> …, 异常低价 when any."""
    wb = Workbook()
    if wb.active is not None:
        wb.remove(wb.active)
    taken: set[str] = set()
    s = data.summary
    columns = [Column("编号", width=8), Column("投标人", width=30)]
    columns += [Column(f"{name}", "score", 10) for _, name in s.members]
    columns += [Column(f"{label}（平均）", "score", 12) for label in s.mean_columns]
    columns += [Column("价格分", "score", 10), Column("总分", "score", 10), Column("排名", "int", 6),
                Column("状态", width=16)]
    rows: list[list[Cell]] = [
        [r.bidder, r.name, *r.member_totals, *r.means, r.price_score, r.total, r.rank, r.status] for r in s.rows
    ]
    verdict = "废标（有效投标不足）" if s.failed else "推荐中标候选人（依次）：" + "、".join(s.candidates)
    _write(wb, taken, "汇总表", "评分汇总表", s.header, columns, rows, s, [verdict], data=data)

    p = data.price
    mode = p.header.price_mode
    columns = [Column("编号", width=8), Column("投标人", width=30), Column(price_head("投标报价", mode), "money", 16),
               Column(price_head("修正后报价", mode), "money", 16), Column("扣除比例", "percent", 10),
               Column("扣除依据", width=28), Column(price_head("评审价格", mode), "money", 16),
               Column("价格分", "score", 10), Column("状态", width=24)]
    rows = [[r.bidder, r.name, r.quoted, r.corrected, r.rate, r.basis, r.evaluated, r.price_score, r.status]
            for r in p.rows]
    _write(wb, taken, "价格分", "价格分计算表", p.header, columns, rows, p,
           [f"评标基准费率：{p.base_price}；价格分 = 评标基准费率 ÷ 评审费率 × {p.weight}" if mode == "rate" else
            f"评标基准价：{p.base_price} 元；价格分 = 评标基准价 ÷ 评审价格 × {p.weight}"], data=data)

    _checks(wb, taken, data.qualification, data)
    _checks(wb, taken, data.compliance, data)

    o = data.opening
    rate = o.header.price_mode == "rate"
    columns = [Column("编号", width=8), Column("投标人", width=30),
               Column("投标费率（%）" if rate else "投标报价（小写，元）", "money", 18),
               Column("投标费率（大写）" if rate else "投标报价（大写）", width=30),
               Column(price_head("修正后报价", o.header.price_mode), "money", 16),
               Column("企业规模", width=10), Column("监狱企业", width=8), Column("残疾人福利性单位", width=10),
               Column("小微企业份额", "percent", 10)]
    rows = [[r.bidder, r.name, r.price, r.price_words, r.corrected, r.size, r.prison, r.disabled, r.partner_share]
            for r in o.rows]
    _write(wb, taken, "开标记录", "开标记录", o.header, columns, rows, o, data=data)

    for sheet in data.sheets:
        _member_sheet(wb, taken, sheet, data)

    if data.low_price is not None:
        lp = data.low_price
        columns = [Column("编号", width=8), Column("投标人", width=30),
                   Column(price_head("投标报价", lp.header.price_mode), "money", 16), Column("触发情形", width=40),
                   Column("评标委员会结论", width=20), Column("说明", width=30)]
        rows = [[r.bidder, r.name, r.quoted, r.triggers, r.decision, r.note] for r in lp.rows]
        _write(wb, taken, "异常低价", "异常低价审查记录", lp.header, columns, rows, lp, data=data)
    # No formula at all: every total is the engine's value as the paper prints it, every number a number (a
    # clerk re-adds with SUM over the cells), and so a text from the data can never become a live formula.
    return as_text(wb)


#: A text starting with one of these is what a spreadsheet would take for a formula (or run on editing).
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def as_text(wb: Workbook) -> Workbook:
    """Every text cell kept as text: a name like ``=HYPERLINK(…)`` is never a live formula. The workbook
    writes no formulas of its own, so any cell openpyxl took for one came from the data; it is stored as a
    string with the quote prefix (the ``'`` a spreadsheet shows for text typed with a leading ``=``)."""
    for ws in wb.worksheets:
        # the cells written, not every position of the used range (``iter_rows`` makes an empty cell for each one
        # it passes: a sixth of the workbook's time on the members' sheets)
        for cell in ws._cells.values():
            if isinstance(cell.value, str) and (cell.data_type == "f" or cell.value.startswith(FORMULA_LEADS)):
                cell.data_type = "s"
                cell.quotePrefix = True
    return wb


def write_workbook(data: ReportData, path: Path) -> Path:
    """Write the workbook to ``path`` atomically (a temporary file in the same folder, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        build_workbook(data).save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
