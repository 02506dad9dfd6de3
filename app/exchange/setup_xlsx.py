"""The Excel template (``resources/templates/评分标准模板.xlsx``): read a filled one, write one.

Columns and rules are documented in ``docs/templates.md``. Reading is strict: every bad cell is
named (``评分标准!D7``) with what is wrong, unknown sheets and columns are reported, and a row with
a bad cell is left out of the draft (the draft then has problems and cannot be applied).

Numbers: a text cell is read as typed (``0.5``, ``0.5分``, full-width digits). A numeric cell
reaches Python as a binary float; it is read as the decimal Excel shows for it, i.e. the float
printed to 15 significant digits (Excel's own precision) and parsed as a Decimal, so ``0.5`` stays
0.5 and ``0.1`` stays 0.1. No binary arithmetic ever touches a value. Formulas are refused (openpyxl
does not compute them; the value shown in Excel is not in the file): type the number.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from app.domain.model import CheckItem, Factor
from app.domain.problems import Problem, Refused
from app.domain.scoring import excerpt, in_range
from app.domain.texts import as_line, as_text
from app.exchange.setup_draft import (
    RULE_NAMES,
    RuleError,
    SetupDraft,
    factor_problems,
    number,
    parse_rule,
    plain,
    rule_params,
    rule_type,
    total_warning,
)
from app.exchange.setup_edit import split_words

SHEET_FACTORS = "评分标准"
SHEET_QUALIFICATION = "资格审查"
SHEET_COMPLIANCE = "符合性审查"
SHEET_HELP = "说明"
FACTOR_COLUMNS = (
    "编号", "评分因素", "类别", "分值", "评分方式", "参数", "等级说明", "客观分", "暗标", "分组", "评审标准原文",
)
FACTOR_REQUIRED = ("评分因素", "类别", "分值", "评分方式")
CHECK_COLUMNS = ("编号", "审查项", "审查标准")
CHECK_REQUIRED = ("审查项",)
_FIELD_COLUMN = {"name": "评分因素", "category": "类别", "max": "分值", "rule": "参数", "words": "等级说明"}
_YES = ("是", "yes", "y", "true", "1")
_NO = ("否", "no", "n", "false", "0", "")


class _Bad(Refused):
    """One bad cell (the message is recorded by the caller)."""


class _Sheet:
    """One sheet's header and cells, recording a problem per bad cell."""

    def __init__(self, ws: Any, columns: tuple[str, ...], required: tuple[str, ...], problems: list[Problem]):
        self.ws = ws
        self.title: str = ws.title
        self.problems = problems
        self.cols: dict[str, int] = {}
        width = ws.max_column or 0
        for col in range(1, width + 1):
            cell = ws.cell(1, col)
            name = unicodedata.normalize("NFKC", str(cell.value or "")).strip().replace(" ", "")
            if not name:
                if any(ws.cell(r, col).value not in (None, "") for r in range(2, (ws.max_row or 1) + 1)):
                    self.problem(cell, "setup_xlsx.column_without_heading_holds",
                                 "a column without a heading holds data")
                continue
            if name not in columns:
                self.problem(cell, "setup_xlsx.unknown_column_columns",
                             "unknown column \"%1\"; the columns are %2", name, '、'.join(columns))
            elif name in self.cols:
                self.problem(cell, "setup_xlsx.column_given_twice", "the column %1 is given twice", name)
            else:
                self.cols[name] = col
        for name in required:
            if name not in self.cols:
                problems.append(Problem.of(self.title, "setup_xlsx.required_column_missing",
                                           "the required column %1 is missing", name))
        self.ok = all(name in self.cols for name in required)

    def problem(self, cell: Any, code: str, template: str, *args: object) -> None:
        self.problems.append(Problem.of(f"{self.title}!{cell.coordinate}", code, template, *args))

    def rows(self) -> list[int]:
        """The rows below the header holding anything in a known column."""
        return [r for r in range(2, (self.ws.max_row or 1) + 1)
                if any(self.ws.cell(r, c).value not in (None, "") for c in self.cols.values())]

    def cell(self, row: int, name: str) -> Any:
        return self.ws.cell(row, self.cols[name]) if name in self.cols else None

    def where(self, row: int, name: str) -> str:
        cell = self.cell(row, name)
        return f"{self.title}!{cell.coordinate}" if cell is not None else f"{self.title}!{row}"

    def text(self, row: int, name: str) -> str:
        """A cell as text ("" when empty or the column is absent); raises _Bad for a formula or a date."""
        cell = self.cell(row, name)
        value = None if cell is None else cell.value
        if value is None:
            return ""
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, str):
            if cell.data_type == "f" or value.startswith("="):
                raise _Bad("setup_xlsx.formula_type_value_itself",
                           "a formula; type the value itself (formulas are not computed)")
            return value.strip()
        if isinstance(value, int | float | Decimal):
            found = _decimal(value)
            return format(found, "f")
        raise _Bad("setup_xlsx.not_text_number", "a %1, not text or a number", type(value).__name__)

    def decimal(self, row: int, name: str) -> Decimal:
        """A number cell, exactly (see the module doc); raises _Bad."""
        cell = self.cell(row, name)
        value = None if cell is None else cell.value
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            return _decimal(value)
        text = self.text(row, name)
        if not text:
            raise _Bad("setup_xlsx.empty_number_needed", "empty; a number is needed")
        found = number(text)
        if found is None:
            raise _Bad("setup_xlsx.not_number", "\"%1\" is not a number", text)
        return found

    def flag(self, row: int, name: str) -> bool:
        """是/否 (empty means 否); raises _Bad."""
        text = self.text(row, name).lower()
        if text in _YES:
            return True
        if text in _NO:
            return False
        raise _Bad("setup_xlsx.not", "\"%1\" is not 是 or 否", text)


def _decimal(value: int | float | Decimal) -> Decimal:
    if isinstance(value, float):
        # Excel keeps 15 significant digits: the float printed at that precision is what Excel shows.
        exact = Decimal(format(value, ".15g"))
    else:
        exact = Decimal(value)
    if not in_range(exact):
        raise _Bad("setup_xlsx.not_number_tender_uses", "%1 is not a number a tender uses", excerpt(str(value)))
    return plain(exact)


def _read(sheet: _Sheet, row: int, name: str, get: Callable[[int, str], Any], default: Any = None) -> Any:
    """``get(row, name)``, recording a problem at the cell (and returning ``default``) when it is bad."""
    try:
        return get(row, name)
    except _Bad as exc:
        sheet.problems.append(exc.problem(sheet.where(row, name)))
        return default


def _factor_row(sheet: _Sheet, row: int, seen: dict[str, str]) -> tuple[Factor, tuple[str, ...], str] | None:
    """One row of 评分标准 as (factor, words, wording); None (with its problems recorded) when a cell is bad."""
    before = len(sheet.problems)
    fid = _read(sheet, row, "编号", sheet.text, "")
    name = _read(sheet, row, "评分因素", sheet.text, "")
    category = _read(sheet, row, "类别", sheet.text, "")
    fmax = _read(sheet, row, "分值", sheet.decimal)
    kind_text = _read(sheet, row, "评分方式", sheet.text, "")
    params = _read(sheet, row, "参数", sheet.text, "")
    words = split_words(_read(sheet, row, "等级说明", sheet.text, ""))
    objective = _read(sheet, row, "客观分", sheet.flag, False)
    blind = _read(sheet, row, "暗标", sheet.flag, False)
    group = _read(sheet, row, "分组", sheet.text, "")
    text = _read(sheet, row, "评审标准原文", sheet.text, "")
    for col, value in (("评分因素", name), ("类别", category)):
        if not value:
            sheet.problems.append(Problem.of(sheet.where(row, col), "setup_xlsx.empty_every_factor_needs",
                                             "empty; every factor needs it"))
    rule = None
    if not kind_text:
        sheet.problems.append(Problem(sheet.where(row, "评分方式"), "empty; name the rule type (" +
                                      "/".join(RULE_NAMES) + " or " + "/".join(RULE_NAMES.values()) + ")"))
    else:
        try:
            kind = rule_type(kind_text)
        except RuleError as exc:
            sheet.problems.append(exc.problem(sheet.where(row, "评分方式")))
        else:
            try:
                rule = parse_rule(kind, params)
            except RuleError as exc:
                sheet.problems.append(exc.problem(sheet.where(row, "参数")))
    if rule is not None and words:
        # Checked even when another cell of the row is bad, so one pass names every bad cell.
        probe = Factor(id=fid, name=name, category=category, max=fmax or Decimal(1), rule=rule)
        for key, problem in factor_problems(probe, words):
            if key == "words":
                sheet.problems.append(problem.at(sheet.where(row, "等级说明")))
    if fid and fid in seen:
        sheet.problems.append(Problem.of(sheet.where(row, "编号"), "setup_xlsx.duplicate_id_also",
                                         "duplicate id %1 (also %2)", fid, seen[fid]))
    elif fid:
        seen[fid] = sheet.where(row, "编号")
    if len(sheet.problems) > before or rule is None or fmax is None:
        return None
    factor = Factor(id=fid, name=as_line(name), category=as_line(category), max=fmax, rule=rule, objective=objective,
                    blind=blind, group=group or None)
    found = [(key, problem) for key, problem in factor_problems(factor, words) if key != "words"]
    for key, problem in found:
        sheet.problems.append(problem.at(sheet.where(row, _FIELD_COLUMN[key])))
    return None if found else (factor, words, text)


def _factors(sheet: _Sheet, warnings: list[Problem]) -> tuple[list[Factor], dict[str, tuple[str, ...]], dict[str, str]]:
    seen: dict[str, str] = {}
    read = [(row, found) for row in sheet.rows() if (found := _factor_row(sheet, row, seen)) is not None]
    used = {factor.id for _, (factor, _, _) in read if factor.id}
    factors: list[Factor] = []
    words: dict[str, tuple[str, ...]] = {}
    texts: dict[str, str] = {}
    for row, (factor, word_list, text) in read:
        if not factor.id:
            new = "P" if factor.is_price and "P" not in used else _free(used, "F")
            used.add(new)
            factor = dataclasses.replace(factor, id=new)
            if "编号" in sheet.cols:
                warnings.append(Problem.of(sheet.where(row, "编号"), "setup_xlsx.no_id_given", "no id; %1 given", new))
        factors.append(factor)
        if word_list:
            words[factor.id] = word_list
        if text:
            texts[factor.id] = text
    return factors, words, texts


def _free(used: set[str], prefix: str) -> str:
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def _items(sheet: _Sheet, prefix: str, warnings: list[Problem]) -> list[CheckItem]:
    items: list[CheckItem] = []
    seen: dict[str, str] = {}
    unnamed: list[tuple[int, int]] = []
    for row in sheet.rows():
        before = len(sheet.problems)
        iid = _read(sheet, row, "编号", sheet.text, "")
        name = _read(sheet, row, "审查项", sheet.text, "")
        criterion = _read(sheet, row, "审查标准", sheet.text, "")
        if not name:
            sheet.problems.append(Problem.of(sheet.where(row, "审查项"), "setup_xlsx.empty_every_item_needs",
                                             "empty; every item needs it"))
        if iid and iid in seen:
            sheet.problems.append(Problem.of(sheet.where(row, "编号"), "setup_xlsx.duplicate_id_also",
                                             "duplicate id %1 (also %2)", iid, seen[iid]))
        elif iid:
            seen[iid] = sheet.where(row, "编号")
        if len(sheet.problems) > before:
            continue
        if not iid:
            unnamed.append((row, len(items)))
        items.append(CheckItem(id=iid, name=as_line(name), criterion=as_text(criterion)))
    used = {i.id for i in items}
    for row, index in unnamed:
        new = _free(used, prefix)
        used.add(new)
        items[index] = dataclasses.replace(items[index], id=new)
        if "编号" in sheet.cols:
            warnings.append(Problem.of(sheet.where(row, "编号"), "setup_xlsx.no_id_given", "no id; %1 given", new))
    return items


def draft_from_xlsx(data: bytes | str | Path | IO[bytes], source: str = "") -> SetupDraft:
    """Read a filled template.

    Args:
        data: the workbook's bytes, a path or a binary file.
        source: the file name, for display.

    Returns:
        The draft; every bad cell is a problem at its ``sheet!cell``.
    """
    from openpyxl import load_workbook

    from app.exchange.limits import office_problems, sheet_size_problem

    raw, refused = office_problems(data, source, "xlsx")
    if refused:
        return SetupDraft(read_problems=tuple(refused), source=source)
    stream: Any = io.BytesIO(raw) if raw is not None else data
    try:
        wb = load_workbook(stream, data_only=False)
    except Exception as exc:  # any unreadable file (zip, XML, missing part) is one clear message
        message = f"not an Excel .xlsx workbook ({type(exc).__name__}: {excerpt(str(exc), 120)})"
        return SetupDraft(read_problems=(Problem(source, message),), source=source)
    too_big = [p for ws in wb.worksheets if (p := sheet_size_problem(ws, source)) is not None]
    if too_big:
        return SetupDraft(read_problems=tuple(too_big), source=source)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    known = (SHEET_FACTORS, SHEET_QUALIFICATION, SHEET_COMPLIANCE, SHEET_HELP)
    for title in wb.sheetnames:
        if title not in known:
            problems.append(Problem.of(title, "setup_xlsx.unknown_sheet_template_has",
                                       "unknown sheet \"%1\"; the template has %2", title, '、'.join(known)))
    factors: list[Factor] = []
    words: dict[str, tuple[str, ...]] = {}
    texts: dict[str, str] = {}
    if SHEET_FACTORS not in wb.sheetnames:
        problems.append(Problem.of(SHEET_FACTORS, "setup_xlsx.sheet_missing", "the sheet %1 is missing", SHEET_FACTORS))
    else:
        sheet = _Sheet(wb[SHEET_FACTORS], FACTOR_COLUMNS, FACTOR_REQUIRED, problems)
        if sheet.ok:
            factors, words, texts = _factors(sheet, warnings)
    checklists: dict[str, list[CheckItem]] = {SHEET_QUALIFICATION: [], SHEET_COMPLIANCE: []}
    for title, prefix in ((SHEET_QUALIFICATION, "Q"), (SHEET_COMPLIANCE, "C")):
        if title in wb.sheetnames:
            sheet = _Sheet(wb[title], CHECK_COLUMNS, CHECK_REQUIRED, problems)
            if sheet.ok:
                checklists[title] = _items(sheet, prefix, warnings)
    draft = SetupDraft(
        factors=tuple(factors), qualification=tuple(checklists[SHEET_QUALIFICATION]),
        compliance=tuple(checklists[SHEET_COMPLIANCE]), grade_words=words, factor_text=texts,
        read_problems=tuple(problems), source=source,
    )
    return dataclasses.replace(draft, warnings=(*warnings, *total_warning(draft, SHEET_FACTORS)))


_HELP = (
    ("列", "必填", "内容", "示例"),
    ("编号", "否", "因素编号，不可重复；空则自动编号（价格因素 P，其余 F1、F2…）", "F3"),
    ("评分因素", "是", "评分因素名称", "故障处理"),
    ("类别", "是", "招标文件中的类别", "技术"),
    ("分值", "是", "该因素的最高分（数字，可带“分”）", "5"),
    ("评分方式", "是", "price/count/grades/range/items/hours 或 价格/计数/等级/区间/分项/时长", "等级"),
    ("参数", "视评分方式", "价格：无；计数：each=每项分值；等级：values=各档分值，用 / 分隔；区间：step=步长"
     "（默认 0.01）；分项：n=项数; values=每项各档分值；时长：baseline=基准小时; each=每少 1 小时的分值（默认 1）。"
     "多个参数用 ; 分隔",
     "values=5/3/2/0"),
    ("等级说明", "否", "招标文件对各档的说法，与 values 一一对应，用 / 分隔", "严谨科学/完善合理/基本方案/缺项"),
    ("客观分", "否", "是/否（空为否）：客观因素各评委评分须一致", "否"),
    ("暗标", "否", "是/否（空为否）：属暗标评审部分", "否"),
    ("分组", "否", "把几个因素归在一个标题下", "人员配备"),
    ("评审标准原文", "否", "招标文件中该因素的评审标准原文", "故障处理方案严谨、科学……得5分"),
    ("", "", "", ""),
    ("资格审查 / 符合性审查", "", "编号（空则自动 Q1…/C1…）、审查项（必填）、审查标准", ""),
    ("数字", "", "文字单元格按所写读取；数字单元格按 Excel 显示的 15 位有效数字读取（0.5 仍为 0.5）；"
     "不读取公式，请直接填写数值", ""),
)


def write_template(target: str | Path | IO[bytes], draft: SetupDraft | None = None) -> None:
    """Write the template, empty or filled with a draft's factors and checklists.

    Args:
        target: a path or a binary file.
        draft: the matrix to fill in (None: headers only).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.properties.creator = "BidDesk"
    wb.properties.created = datetime.datetime(2025, 1, 1)
    head_font, head_fill = Font(bold=True), PatternFill("solid", fgColor="DDE5F0")

    def sheet(title: str, headers: tuple[str, ...], widths: tuple[int, ...], first: bool = False) -> Any:
        ws: Any = wb.active if first else wb.create_sheet(title)
        ws.title = title
        ws.append(list(headers))
        for col, width in enumerate(widths, start=1):
            ws.cell(1, col).font, ws.cell(1, col).fill = head_font, head_fill
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "A2"
        return ws

    ws = sheet(SHEET_FACTORS, FACTOR_COLUMNS, (8, 24, 10, 8, 10, 30, 30, 8, 8, 12, 60), first=True)
    kinds = DataValidation(type="list", formula1='"' + ",".join(RULE_NAMES.values()) + '"', allow_blank=True,
                           showErrorMessage=False)
    flags = DataValidation(type="list", formula1='"是,否"', allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(kinds)
    ws.add_data_validation(flags)
    kinds.add("E2:E500")
    flags.add("H2:I500")
    for f in draft.factors if draft else ():
        words = draft.grade_words.get(f.id, ()) if draft else ()
        ws.append([f.id, f.name, f.category, f.max, RULE_NAMES[f.rule.type], rule_params(f.rule), "/".join(words),
                   "是" if f.objective else "否", "是" if f.blind else "否", f.group or "",
                   draft.factor_text.get(f.id, "") if draft else ""])
    for title, items in ((SHEET_QUALIFICATION, draft.qualification if draft else ()),
                         (SHEET_COMPLIANCE, draft.compliance if draft else ())):
        ws = sheet(title, CHECK_COLUMNS, (8, 36, 70))
        for item in items:
            ws.append([item.id, item.name, item.criterion])
    ws = sheet(SHEET_HELP, _HELP[0], (20, 10, 80, 30))
    for line in _HELP[1:]:
        ws.append(list(line))
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(target)

