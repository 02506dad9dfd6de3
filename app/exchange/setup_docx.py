"""A tender's own Word document (.docx): its scoring table and checklists, as a :class:`SetupDraft`.

The reader walks the document in order, keeping the paragraphs just before each table:

- **Scoring tables** have a header row naming a factor column (评分因素, 评审因素, 评分点名称 …)
  and a points column (分值, 最高分 …), usually also a standard column (评分标准, 评审标准) and a
  category column (类别, 详细条款). Each row is one factor: its name, max, category (the column,
  a merged section row such as 技术部分（65分）, or 价格 for the price formula) and its rule read
  from the standard's wording (:mod:`app.exchange.rule_guess`). Tenders often put the category in
  the factor column and the factor, with its points in brackets, in the points column (seed 001):
  that layout is recognised.
- **Checklist tables** have an item column (审查内容, 审查项, 资格要求, 评分点名称 …) and no points:
  资格审查 or 符合性审查 from a stage column, the header, or the heading just before the table.
- **Qualification without a table**: the numbered list under 申请人的资格要求 (the announcement's
  usual form) becomes the 资格审查 items.
- **Blind evaluation**: a sentence like 本项目综合标部分采用“暗标”评审 marks that category's factors blind.

Every guess is a warning with its place (``table 2 row 5``, ``paragraph 14``); a row whose rule is
not recognised gets a placeholder 0–max range and says so.
"""

from __future__ import annotations

import dataclasses
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from app.domain.model import CheckItem, Factor
from app.domain.problems import Problem
from app.domain.scoring import excerpt, show
from app.domain.texts import as_line, as_text
from app.exchange.rule_guess import guess_rule, own_name, split_clauses, split_parts
from app.exchange.setup_draft import SetupDraft, number, rule_params, total_warning

_NAME_WORDS = ("评分因素", "评审因素", "评分点名称", "评分项目", "评审项目", "评审内容", "评分内容", "评分项",
               "评审项", "因素", "指标", "项目")
_SCORING_ROLES = (
    ("serial", ("序号", "编号", "条款号"), True),
    ("min", ("最低分",), False),
    ("max", ("分值", "最高分", "满分", "分数", "标准分", "权重", "得分上限"), False),
    ("category", ("类别", "分类", "详细条款", "评分类别", "评审类别"), False),
    ("name", _NAME_WORDS, False),
    ("text", ("评分标准", "评审标准", "评分细则", "评分办法", "评分说明", "评分要求", "评审细则", "标准", "细则"),
     False),
    ("subname", (*_NAME_WORDS, "子项", "评分点", "内容"), False),
)
_CHECK_ROLES = (
    ("serial", ("序号", "编号"), True),
    ("stage", ("初步条款", "审查类别", "审查阶段", "审查类型", "类别"), False),
    ("item", ("审查项", "审查内容", "审查因素", "审查要素", "资格要求", "资格条件", "资格文件名称", "审核因素",
              "审查项目", "评分点名称", "评审因素", "检查项"), False),
    ("criterion", ("审查标准", "评审标准", "审核标准", "审查要求", "标准", "要求"), False),
)
_POINTS_IN_NAME = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_CATEGORY_TAIL = re.compile(r"(评分参数|评分标准|评审标准|评分|部分|评审)$")
_HEADING_CATEGORY = re.compile(r"(价格|商务|技术|综合|经济|服务|业绩信誉|业绩|信誉)(标)?"
                               r"(?:部分|评分|标准|因素|[（(]|$)")
_QUAL_HEADING = re.compile(r"资格要求|资格条件")
_CHAPTER = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+章)")
_NUMBERED = re.compile(r"^\s*(\d+(?:\.\d+)*)\s*[、.．)）]?\s*(.*)$", re.S)
_WS = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WS.sub("", text)


def _roles(cells: list[str], table: tuple[tuple[str, tuple[str, ...], bool], ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for col, raw in enumerate(cells):
        cell = _squash(raw)
        if not cell or col in found.values():
            continue
        for role, words, exact in table:
            if role not in found and any(cell == w if exact else w in cell for w in words):
                found[role] = col
                break
    return found


def _grid(table: Any) -> list[list[str]]:
    return [[cell.text.strip() for cell in row.cells] for row in table.rows]


class _Reader:
    """One pass over the document, collecting factors, items and located warnings."""

    def __init__(self) -> None:
        self.factors: list[Factor] = []
        self.words: dict[str, tuple[str, ...]] = {}
        self.texts: dict[str, str] = {}
        self.items: dict[str, list[CheckItem]] = {"qualification": [], "compliance": []}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.paragraphs: list[str] = []
        self.category_totals: dict[str, tuple[Decimal, str]] = {}
        self.unread: list[Problem] = []

    # -- scoring tables ---------------------------------------------------------------------
    def scoring(self, number_: int, grid: list[list[str]], head: int, cols: dict[str, int],
                section: str | None = None) -> str:
        """Read a scoring table's rows; returns the section (category) in force at its end."""
        section = self._heading_category() if section is None else section
        rows: list[tuple[str, list[str]]] = []
        for r in range(head + 1, len(grid)):
            row = grid[r]
            where = f"table {number_} row {r + 1}"
            texts = [c for c in row if c]
            if texts and len(set(texts)) == 1 and len(row) > 1 and len(texts) == len(row):
                rows.append((where, []))  # a section row
                continue
            rows.append((where, row))
        groups = _merged_names(rows, cols)
        for (where, row), group in zip(rows, groups, strict=True):
            if not row:
                section = self._category(grid[int(where.rsplit(" ", 1)[1]) - 1][0], where) or section
                continue

            def cell(role: str, row: list[str] = row) -> str:
                return row[cols[role]] if role in cols and cols[role] < len(row) else ""

            name, points, category, text = cell("name"), cell("max"), cell("category"), cell("text")
            sub = cell("subname")
            if points and number(points) is None and _POINTS_IN_NAME.search(points) and points != name:
                category, name = name, points  # the category in the factor column, the factor in the points one
                points, group = "", None
            if _squash(sub) and _squash(sub) != _squash(name):
                group, name = _POINTS_IN_NAME.sub("", _squash(name)) or None, sub
                if group and not category and _HEADING_CATEGORY.search(group):
                    category, group = group, None  # the outer column holds the category (技术部分)
            elif group is not None:
                name = own_name(text) or name
            if not _squash(name):
                if _squash(text):
                    self.warnings.append(Problem.of(where, "setup_docx.row_standard_but_no",
                                                    "a row with a standard but no factor name was skipped"))
                    self.unread.append(Problem(where, excerpt(_squash(text), 40)))
                continue
            self._factor(where, name, points, category, text, section, group)
        return section

    def _heading_category(self) -> str:
        last = next((p for p in reversed(self.paragraphs) if p.strip()), "")
        match = _HEADING_CATEGORY.search(_squash(last)) if len(_squash(last)) <= 30 else None
        return match.group(1) + (match.group(2) or "") if match else ""

    def _category(self, text: str, where: str) -> str:
        flat = _squash(text)
        total = _POINTS_IN_NAME.search(flat)
        flat = _POINTS_IN_NAME.sub("", flat)
        flat = re.sub(r"^[一二三四五六七八九十\d]+[、.．]", "", flat)
        flat = _CATEGORY_TAIL.sub("", flat)
        if total and flat:
            self.category_totals.setdefault(flat, (Decimal(total.group(1)), where))
        return flat

    def _factor(self, where: str, raw_name: str, points: str, raw_category: str, text: str, section: str,
                group: str | None = None) -> None:
        flat_name = _squash(raw_name)
        in_name = _POINTS_IN_NAME.search(flat_name)
        name = _POINTS_IN_NAME.sub("", flat_name)
        fmax = number(_squash(points)) if points else None
        notes: list[str] = []
        if fmax is None and in_name:
            fmax = number(in_name.group(1))
        elif fmax is not None and in_name and number(in_name.group(1)) != fmax:
            notes.append(f"the name says {in_name.group(1)} points, the points column {show(fmax)}")
        category = self._category(raw_category, where) if raw_category else ""
        guess = guess_rule(text, fmax)
        clauses = split_clauses(text, fmax) if guess.rule.type != "price" else []
        if fmax is None and clauses:
            fmax = sum((c.max for c in clauses), Decimal(0))
        if not category:
            if guess.rule.type == "price":
                category = "价格"
                notes.append("category 价格 (the price formula)")
            elif section:
                category = section
                notes.append(f"category {section} from the heading")
            else:
                notes.append("no category found; set it in the preview")
        if fmax is None:
            fmax = guess.cap if guess.cap is not None else Decimal(0)
            notes.append(f"no points column value; max {show(fmax)} from the wording" if fmax
                         else "no max found; set it in the preview")
        if clauses:
            self.warnings.append(Problem.of(where, "setup_docx.clauses_their_own_caps",
                                            "%1: %2 clauses with their own caps (%3 = %4) read as %5 factors of the "
                                            "group %6",
                                            name, len(clauses), " + ".join(show(p.max) for p in clauses), show(fmax),
                                            len(clauses), name))
            for part in clauses:
                self._add(where, part.label, part.max, category, part.text, part.guess, notes, name)
            return
        parts = split_parts(text, fmax) if guess.rule.type != "price" else []
        if parts:
            self.warnings.append(Problem.of(where, "setup_docx.numbered_parts_their_own",
                                            "%1: %2 numbered parts with their own caps (%3 = %4) read as %5 factors "
                                            "of the group %6; name them in the preview",
                                            name, len(parts), " + ".join(show(p.max) for p in parts), show(fmax),
                                            len(parts), name))
            for part in parts:
                self._add(where, f"{name}（{part.label}）", part.max, category, part.text, part.guess, notes, name)
            return
        self._add(where, name, fmax, category, text, guess, notes, group)

    def _add(self, where: str, name: str, fmax: Decimal, category: str, text: str, guess: Any,
             notes: list[str], group: str | None) -> None:
        fid = "P" if guess.rule.type == "price" and all(f.id != "P" for f in self.factors) else self._next_id()
        factor = Factor(id=fid, name=as_line(name), category=as_line(category), max=fmax, rule=guess.rule,
                        objective=guess.objective, group=as_line(group) if group is not None else None)
        self.factors.append(factor)
        if guess.words:
            self.words[fid] = guess.words
        if text.strip():
            self.texts[fid] = text.strip()
        if not guess.recognised:
            self.unread.append(Problem(where, name))
            self.warnings.append(Problem.of(where, "setup_docx.rule_not_recognised_choose",
                                            "%1: rule not recognised; choose in the preview (a 0–%2 range for now)",
                                            name, show(fmax)))
            return
        params = rule_params(guess.rule)
        said = [f"{guess.rule.type}" + (f" ({params})" if params else ""), *guess.notes[1:], *notes]
        if guess.objective:
            said.append("objective (scored alike by every member)")
        self.warnings.append(Problem(where, f"{name}: read as " + "; ".join(said)))

    def _next_id(self) -> str:
        used = {f.id for f in self.factors}
        n = 1
        while f"F{n}" in used:
            n += 1
        return f"F{n}"

    # -- checklists -------------------------------------------------------------------------
    def checklist(self, number_: int, grid: list[list[str]], head: int, cols: dict[str, int]) -> None:
        header = " ".join(grid[head])
        stage = _stage(header) or next((_stage(p) for p in reversed(self.paragraphs[-3:]) if _stage(p)), None)
        guessed = stage is None
        for r in range(head + 1, len(grid)):
            row = grid[r]
            where = f"table {number_} row {r + 1}"
            texts = [c for c in row if c]
            if len(row) > 1 and texts and len(texts) == len(row) and len(set(texts)) == 1:
                stage, guessed = _stage(texts[0]) or stage, guessed and _stage(texts[0]) is None
                continue  # a merged section row (资格审查 / 符合性审查)
            item = _squash(row[cols["item"]]) if cols["item"] < len(row) else ""
            crit = row[cols["criterion"]].strip() if "criterion" in cols and cols["criterion"] < len(row) else ""
            row_stage = _stage(row[cols["stage"]]) if "stage" in cols and cols["stage"] < len(row) else None
            if not item:
                continue
            use = row_stage or stage or "compliance"
            if row_stage is None and guessed:
                self.warnings.append(Problem.of(where, "setup_docx.not_said_whether_put",
                                                "%1: not said whether 资格审查 or 符合性审查; put under 符合性审查",
                                                item))
            items = self.items[use]
            items.append(CheckItem(id=f"{'Q' if use == 'qualification' else 'C'}{len(items) + 1}",
                                   name=as_line(re.sub(r"^\d+[、.．]", "", item)), criterion=as_text(crit)))

    def qualification_list(self) -> None:
        """The numbered requirements under 申请人的资格要求, when no table lists them."""
        for start, heading in enumerate(self.paragraphs):
            if _QUAL_HEADING.search(heading) and len(_squash(heading)) <= 40 and self._numbered_list(start):
                return

    def _numbered_list(self, start: int) -> bool:
        found: list[tuple[str, str, int]] = []
        for i in range(start + 1, len(self.paragraphs)):
            text = self.paragraphs[i].strip()
            if not text:
                continue
            if _CHAPTER.match(text):
                break
            match = _NUMBERED.match(text)
            if match and match.group(2).strip():
                found.append((match.group(1), match.group(2).strip(), i + 1))
        # "3、本项目的特定资格要求" followed by 3.1, 3.2 … is a heading, not a requirement.
        kept = [body for k, (num, body, _) in enumerate(found)
                if not (k + 1 < len(found) and found[k + 1][0].startswith(num + "."))]
        for body in kept:
            name = re.split(r"[（(：:；;。]", body, maxsplit=1)[0].strip("、 ") or body
            name = name if len(name) <= 30 else name[:30] + "…"
            self.items["qualification"].append(
                CheckItem(id=f"Q{len(self.items['qualification']) + 1}", name=as_line(name),
                          criterion=as_text(body.rstrip("；;。 "))))
        if kept:
            self.warnings.append(Problem.of(f"paragraph {start + 1}", "setup_docx.read_numbered_requirements_under",
                                            "资格审查 read from the %1 numbered requirements under “%2” (no checklist "
                                            "table); the names are each requirement's first words",
                                            len(kept), self.paragraphs[start].strip()))
        return bool(kept)

    def blind(self) -> None:
        categories = {f.category for f in self.factors if f.category}
        for cat in sorted(categories):
            pattern = re.compile(re.escape(cat) + r"(?:部分)?(?:采用|实行|为)[“\"]?暗标")
            hit = next((i for i, p in enumerate(self.paragraphs) if pattern.search(_squash(p))), None)
            if hit is None and "暗标" not in cat:
                continue
            self.factors = [dataclasses.replace(f, blind=True) if f.category == cat else f for f in self.factors]
            place = f"paragraph {hit + 1}" if hit is not None else "the category name"
            self.warnings.append(Problem.of(place, "setup_docx.factors_marked_blind",
                                            "the %1 factors marked blind (暗标)", cat))

    def check_totals(self) -> None:
        for cat, (total, where) in self.category_totals.items():
            got = sum((f.max for f in self.factors if f.category == cat), Decimal(0))
            if got != total:
                self.warnings.append(Problem.of(where, "setup_docx.factors_add_up_table",
                                                "the %1 factors add up to %2, the table says %3",
                                                cat, show(got), show(total)))


def _merged_names(rows: list[tuple[str, list[str]]], cols: dict[str, int]) -> list[str | None]:
    """Per row, the group a vertically merged factor cell names (the same name on consecutive rows whose
    standards differ), or None: those rows are factors named by their own text, the merged cell their group."""
    col = cols.get("name")
    names = [_squash(row[col]) if row and col is not None and col < len(row) else "" for _, row in rows]
    texts = [_squash(row[cols["text"]]) if row and "text" in cols and cols["text"] < len(row) else ""
             for _, row in rows]
    groups: list[str | None] = [None] * len(rows)
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and names[end + 1] and names[end + 1] == names[start]:
            end += 1
        if names[start] and end > start and len(set(texts[start:end + 1])) == end - start + 1:
            for k in range(start, end + 1):
                groups[k] = _POINTS_IN_NAME.sub("", names[start])
        start = end + 1
    return groups


def _stage(text: str) -> str | None:
    flat = _squash(text)
    if "资格" in flat:
        return "qualification"
    if "符合性" in flat or "符合文件" in flat:
        return "compliance"
    return None


def _header(grid: list[list[str]]) -> tuple[int, dict[str, int], dict[str, int]] | None:
    """(header row, scoring columns, checklist columns): a points column, or points in the names, make it scoring."""
    for r in range(min(3, len(grid))):
        scoring, check = _roles(grid[r], _SCORING_ROLES), _roles(grid[r], _CHECK_ROLES)
        if "name" in scoring and "max" in scoring:
            return r, scoring, {}
        if "name" in scoring:
            col = scoring["name"]
            pointed = sum(1 for row in grid[r + 1:] if col < len(row) and _POINTS_IN_NAME.search(row[col]))
            if pointed >= 2:
                return r, scoring, {}
        if "item" in check and ("criterion" in check or len(grid[r]) == 1):
            return r, {}, check
    return None


def draft_from_docx(data: bytes | str | Path | IO[bytes], source: str = "") -> SetupDraft:
    """Read the scoring matrix and checklists of a tender's .docx.

    Args:
        data: the document's bytes, a path or a binary file.
        source: the file name, for display.

    Returns:
        The draft, with a warning for every guess and a problem when nothing can be read.
    """
    import docx
    from docx.table import Table

    from app.exchange.limits import office_problems

    raw, refused = office_problems(data, source, "docx")
    if refused:
        return SetupDraft(read_problems=tuple(refused), source=source)
    stream = io.BytesIO(raw) if raw is not None else data
    try:
        document = docx.Document(stream)  # type: ignore[arg-type]
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # any unreadable file (zip, XML, not Word) is one clear message
        message = f"not a Word .docx document ({type(exc).__name__}: {excerpt(str(exc), 120)})"
        return SetupDraft(read_problems=(Problem(source, message),), source=source)
    reader = _Reader()
    tables = 0
    last: tuple[int, dict[str, int], str] | None = None  # the last scoring table's width, columns, section
    for block in blocks:
        if not isinstance(block, Table):
            reader.paragraphs.append(block.text)
            if block.text.strip():
                last = None
            continue
        tables += 1
        try:
            grid = _grid(block)
        except Exception as exc:  # a malformed table is skipped with a message, never a traceback
            reader.warnings.append(Problem.of(f"table {tables}", "setup_docx.cannot_read_skipped",
                                              "cannot be read (%1); skipped", type(exc).__name__))
            continue
        found = _header(grid)
        if found is None:
            if last is not None and grid and len(grid[0]) == last[0]:
                # A scoring table broken by a page: same columns, no header, nothing written between.
                reader.warnings.append(Problem.of(f"table {tables}", "setup_docx.read_rest_scoring_table_2",
                                                  "read as the rest of the scoring table above"))
                last = (last[0], last[1], reader.scoring(tables, grid, -1, last[1], last[2]))
            continue
        head, scoring, check = found
        carried = last[2] if last is not None and scoring and len(grid[head]) == last[0] else None
        if carried is not None:
            reader.warnings.append(Problem.of(f"table {tables}", "setup_docx.read_rest_scoring_table",
                                              "read as the rest of the scoring table above (its header repeated)"))
        last = None
        if scoring:
            last = (len(grid[head]), scoring, reader.scoring(tables, grid, head, scoring, carried))
        else:
            reader.checklist(tables, grid, head, check)
    if not reader.items["qualification"]:
        reader.qualification_list()
    reader.blind()
    reader.check_totals()
    if not reader.factors and not reader.items["qualification"] and not reader.items["compliance"]:
        reader.problems.append(Problem.of(source, "setup_docx.no_scoring_table_found",
                                          "no scoring table found (a table whose header names 评分因素 or 评审因素 "
                                          "and 分值) and no checklist table (审查内容, 审查标准)"))
    elif not reader.factors:
        reader.warnings.append(Problem.of(source, "setup_docx.no_scoring_table_found_2",
                                          "no scoring table found; only the checklists were read"))
    draft = SetupDraft(
        factors=tuple(reader.factors), qualification=tuple(reader.items["qualification"]),
        compliance=tuple(reader.items["compliance"]), grade_words=reader.words, factor_text=reader.texts,
        read_problems=tuple(reader.problems), source=source, unread=tuple(reader.unread),
    )
    return dataclasses.replace(draft, warnings=(*reader.warnings, *total_warning(draft, source)))
