"""What a bidder needs from a tender besides its matrix: project facts, ★/▲/* requirements and the forms.

:func:`facts_from_text` is the pure core, over the document's paragraphs (a table row as its cells
joined by tabs, as the seed texts flatten them); :func:`facts_from_docx` reads a tender's .docx into
such paragraphs (table rows included) and never raises. The rules are about how tenders write, not
about any one tender:

- **Labelled facts** (项目名称, 项目编号, 采购人, 采购代理机构): a label at the start of a line or table
  cell (after any item number), its value after a colon, a space or in the next cell, or on the next
  line (a ``名称：`` line under a 采购人 heading); placeholders (（项目名称）, ____, 见前附表) are not
  values. The first value wins; a later different one is a warning.
- **Amounts** (预算金额, 最高限价 …): the first figure after the label, in 元, times 10000 when the
  text says 万元 (after the figure or in the label, 预算金额（万元）).
- **投标有效期** (or 响应/协商/磋商有效期): the first number of days after the label (months × 30).
- **Rate tenders**: a quotation (报价, 投标报价, 报价方式) asked as a 费率/折扣率/下浮率.
- **Industry**: the name after 所属行业 that :func:`app.domain.sme.canonical_industry` knows.
- **Requirements**: a ★, ▲ or single ``*`` at the start of a line, a table cell or an item (after
  。/；), past any item number (2.7.1★…); the legend sentences that explain the marks (★为实质性条款,
  带★的条款 …) are skipped, and ``7*24`` or ``**bold**`` are no marks.
- **Forms**: :mod:`app.exchange.tender_forms`.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any

from app.domain.problems import Problem, Refused
from app.domain.sme import canonical_industry
from app.exchange.tender_forms import read_forms, squash
from app.response.model import FormSpec, Requirement

__all__ = ["TenderFacts", "facts_from_docx", "facts_from_text"]

MAX_XML = 150_000_000  # bytes of word/document.xml beyond which a .docx is refused (a zip bomb)
REQUIREMENT_CAP = 2_000  # characters of one requirement's text
MAX_REQUIREMENTS = 5_000


@dataclass(frozen=True)
class TenderFacts:
    """The tender's project facts, its marked requirements and its forms, each guess with a warning."""

    name: str | None = None
    number: str | None = None
    purchaser: str | None = None
    agency: str | None = None
    budget: Decimal | None = None
    ceiling: Decimal | None = None
    price_mode: str | None = None
    industry: str | None = None
    validity_days: int | None = None
    requirements: tuple[Requirement, ...] = ()
    forms: tuple[FormSpec, ...] = ()
    warnings: tuple[Problem, ...] = ()


def _label(*words: str) -> str:
    """An alternation of labels whose characters may be spaced (采 购 人), longest first."""
    return "|".join("[ \u3000]*".join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))


_ITEM_NO = (r"(?:第?[0-9]{1,3}(?:[.．][0-9]{1,3})*\s*[、.．)）]?|[（(][0-9一二三四五六七八九十]{1,3}[)）]"
            r"|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])")
_LEAD = re.compile(rf"^\s*{_ITEM_NO}?\s*")
_TEXT_FIELDS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (key, title, re.compile(rf"^(?:本项目|本次招标的?)?(?:{labels})(?:信息)?\s*(?:[：:]\s*|\s+(?=\S)|$)(.*)$"))
    for key, title, labels in (
        ("name", "项目名称", _label("项目名称", "采购项目名称", "招标项目名称")),
        ("number", "项目编号", _label("项目编号", "采购项目编号")),
        ("number2", "项目编号", _label("招标编号", "采购编号", "项目代码", "招标项目编号")),
        ("purchaser", "采购人", _label("采购人", "采购人名称", "采购单位", "采购单位名称", "招标人", "招标人名称")),
        ("agency", "采购代理机构", _label("采购代理机构", "采购代理机构名称", "代理机构", "代理机构名称",
                                       "招标代理机构", "招标代理机构名称", "集中采购机构")),
    ))
_LABEL_LIKE = re.compile(r"(?:名称|编号|时间|日期|地点|内容|金额|价格|方式|要求|期限|范围|序号)[）)]?$")
_NAME_LINE = re.compile(r"^名[ \u3000]*称\s*[：:]\s*(.+)$")
_PLACEHOLDER = re.compile(r"^(?:见|详见|同上|[（(_＿*]|按|如)|系指|是指|签章|盖章|签字")
_NEXT_LABEL = re.compile(r"\s{2,}|\t|\s+\S{2,8}[：:]")
_AMOUNT = (r"[^0-9。；;，,（(\n]{0,14}?([0-9][0-9,，]{0,20}(?:\.[0-9]{1,6})?)\s*(万元|万|元)?"
           r"(?![0-9%％]|\s*[.．、](?![0-9]))")
_AMOUNT_LABELS = (
    ("budget", "预算金额", r"预算金额|采购预算(?:金额|价)?|项目预算(?:金额)?|预算价|包预算"),
    ("ceiling", "最高限价", r"最高限价|最高投标限价|招标控制价|控制价|拦标价|最高限额|控制金额"),
)
_AMOUNTS = tuple((key, title, re.compile(rf"({labels})([（(]\s*万?元\s*[）)])?{_AMOUNT}"),
                  re.compile(rf"(?:{labels})[（(]?\s*(?:万?元)?\s*[）)]?\s*[：:]?\s*$"))
                 for key, title, labels in _AMOUNT_LABELS)
_THRESHOLD_AFTER = re.compile(r"^\s*(?:万元|万|元)?\s*(?:以下|以上|以内|及以上|及以下)")
_VALIDITY = re.compile(r"(?:投标|响应|协商|磋商|报价|谈判|应答|竞标)有效期"
                       r"[^0-9一二三四五六七八九十百。；;，,\n]{0,40}?([0-9]{1,4}|[一二三四五六七八九十百]{1,4})\s*"
                       r"(?:个)?\s*(日历天|日历日|天|日|月)")
_RATE = re.compile(r"(?:报价|投标价|标价|竞价)[^。；;\n]{0,12}?(费率|折扣率|下浮率|优惠率|下浮比例|让利率)"
                   r"|(费率|折扣率|下浮率|优惠率)[^。；;\n]{0,4}?(?:报价|投标|竞价)")
_INDUSTRY = re.compile(r"所属行业\s*(?:为|是|属于|[：:]){0,3}\s*")
_MARK = re.compile(rf"(?:^|(?<=[。；;\n]))\s*{_ITEM_NO}?\s*(?:([★▲])|(?<![*＊])([*＊])(?![*＊0-9\s]))")
_LEGEND_START = re.compile(r"^[”\"'’」』）)】\]\s]*(?:号|标[注记识示有]?的?|所标|的(?:条款|项|内容|参数|指标|要求|部分)"
                           r"|(?:条款|项|参数|指标|要求|内容)?(?:为|表示|代表|是|均为|者为))")
_LEGEND_WORDS = re.compile(r"实质|重要|关键|核心|评分|评审|加分|扣分|必须|不允许|不得|负偏离|偏离|无效|废标|否决|主要")


def _value(text: str) -> str:
    value = _NEXT_LABEL.split(text.strip(), maxsplit=1)[0] if text.strip() else ""
    return value.replace("*", "").strip().rstrip("。；;，,、 ")


def _plausible(key: str, value: str) -> bool:
    if not value or _PLACEHOLDER.search(value):
        return False
    if key.startswith("number"):
        return len(value) <= 60 and any(ch.isdigit() for ch in value)
    if key == "name":
        return 4 <= len(squash(value)) <= 150 and "。" not in value
    return 4 <= len(squash(value)) <= 50 and not any(ch in value for ch in "，。；;")


def _decimal(text: str, wan: bool) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "").replace("，", ""))
    except InvalidOperation:
        return None
    value = value * 10000 if wan else value
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    digits, total, current = "一二三四五六七八九", 0, 0
    for ch in text:
        if ch in digits:
            current = digits.index(ch) + 1
        else:
            total += (current or 1) * (100 if ch == "百" else 10)
            current = 0
    return total + current


class _Facts:
    """One pass over the paragraphs, keeping the first value of each fact and a warning for each."""

    def __init__(self, lines: list[str], places: list[str], wrapped: bool) -> None:
        self.lines, self.places, self.wrapped = lines, places, wrapped
        self.values: dict[str, tuple[Any, int]] = {}
        self.warnings: list[Problem] = []
        self.requirements: list[Requirement] = []
        self.seen: set[tuple[str, str]] = set()
        self.industry_tries = 0

    def _ahead(self, i: int, count: int) -> list[int]:
        out: list[int] = []
        j = i + 1
        while j < len(self.lines) and j <= i + 8 and len(out) < count:
            if self.lines[j].strip():
                out.append(j)
            j += 1
        return out

    def keep(self, key: str, title: str, value: Any, i: int, shown: str | None = None) -> None:
        shown = shown or str(value)
        if key not in self.values:
            self.values[key] = (value, i)
            self.warnings.append(Problem.of(self.places[i], "tender_facts.read", "%1 read as %2", title, shown))
        elif self.values[key][0] != value and f"{key}!" not in self.values:
            self.values[f"{key}!"] = (value, i)
            first = self.places[self.values[key][1]]
            self.warnings.append(Problem.of(self.places[i], "tender_facts.here_not_first_kept",
                                            "%1 here is %2, not the %3 of %4; the first kept",
                                            title, shown, self.values[key][0], first))

    def run(self) -> None:
        for i, raw in enumerate(self.lines):
            line = raw[:5000]
            if not line.strip():
                continue
            self.text_fields(i, line)
            self.amounts(i, line)
            if "有效期" in line and "validity" not in self.values:
                self.validity(i, line)
            if "price_mode" not in self.values and (match := _RATE.search(line)):
                self.keep("price_mode", "报价方式", "rate", i, f"rate (“{match.group(0)}”)")
            if "所属行业" in line and "industry" not in self.values and self.industry_tries < 100:
                self.industry(i, line)
            self.marks(i, line)

    def text_fields(self, i: int, line: str) -> None:
        cells = line.replace("**", "").split("\t")
        for c, cell in enumerate(cells):
            body = _LEAD.sub("", cell.split("\n")[0], count=1).strip()
            if len(body) < 2 or len(body) > 400:
                continue
            for key, title, rule in _TEXT_FIELDS:
                if f"{key}!" in self.values or (key == "number2" and "number" in self.values):
                    continue  # a disagreement is told once
                match = rule.match(body)
                if not match:
                    continue
                value = _value(match.group(1))
                where, inline = i, bool(value)
                if not value:
                    value, where = self.value_after(i, cells[c + 1:])
                if value and not inline and _LABEL_LIKE.search(value):
                    continue  # the next cell or line is a table's next column header, not a value
                if value and _plausible(key, value) and not any(r.match(value) for _, _, r in _TEXT_FIELDS):
                    self.keep(key, title, value, where)

    def value_after(self, i: int, rest: list[str]) -> tuple[str, int]:
        following = next((cell.strip() for cell in rest if cell.strip()), "").split("\n")[0].strip()
        if following:
            match = _NAME_LINE.match(following)
            return _value(match.group(1) if match else following), i
        for j in self._ahead(i, 2):
            text = self.lines[j].strip().replace("**", "")
            if (match := _NAME_LINE.match(text)) is not None:
                return _value(match.group(1)), j
            if "：" not in text and ":" not in text and "\t" not in text and len(squash(text)) >= 6:
                return _value(text), j
            break
        return "", i

    def amounts(self, i: int, line: str) -> None:
        for key, title, rule, bare in _AMOUNTS:
            if key in self.values and f"{key}!" in self.values:
                continue
            text = line
            match = rule.search(text)
            if match is None and bare.search(line) and (ahead := self._ahead(i, 1)):
                text = line + " " + self.lines[ahead[0]].strip()
                match = rule.search(text)
            if match is None or _THRESHOLD_AFTER.match(text[match.end(3):]):
                continue
            wan = "万" in (match.group(2) or "") or (match.group(4) or "").startswith("万")
            figures = match.group(3).split(".")[0].replace(",", "").replace("，", "")
            if not (match.group(4) or wan or len(figures) >= 4 or any(c in match.group(0) for c in "¥￥$")
                    or "人民币" in match.group(0)):
                continue  # a bare small number (an item number, a table's row number) is no amount
            value = _decimal(match.group(3), wan)
            if value is not None and value > 0:
                shown = f"{value} 元" + (f" (from {match.group(3)} 万元)" if wan else "")
                self.keep(key, title, value, i, shown)

    def validity(self, i: int, line: str) -> None:
        match = _VALIDITY.search(line)
        if match is None and re.search(r"有效期\s*$", line) and (ahead := self._ahead(i, 1)):
            match = _VALIDITY.search(line.strip() + " " + self.lines[ahead[0]].strip())
        if match is None:
            return
        n = _cn_int(match.group(1))
        days = n * 30 if match.group(2) == "月" else n
        if 0 < days <= 3650:
            note = f" ({n} months as 30 days each)" if match.group(2) == "月" else ""
            self.keep("validity", "投标有效期", days, i, f"{days} days{note}")

    def industry(self, i: int, line: str) -> None:
        ahead = " ".join(self.lines[j].strip() for j in self._ahead(i, 2))
        text = squash(line + ahead)[:600]
        for match in _INDUSTRY.finditer(text):
            self.industry_tries += 1
            tail = text[match.end():match.end() + 30]
            for n in range(len(tail), 1, -1):
                name = canonical_industry(tail[:n])
                after = tail[n:n + 2]
                if name and (not after or not "\u4e00" <= after[0] <= "\u9fff" or after == "行业"):
                    self.keep("industry", "所属行业", name, i, f"{name} (“{tail[:n]}”)")
                    return

    def marks(self, i: int, line: str) -> None:
        if not any(m in line for m in "★▲*＊") or len(self.requirements) >= MAX_REQUIREMENTS:
            return
        cells = line.split("\t")
        for c, cell in enumerate(cells):
            found = list(_MARK.finditer(cell))
            for k, match in enumerate(found):
                end = found[k + 1].start() if k + 1 < len(found) else len(cell)
                text = cell[match.end():end].strip()
                if k + 1 == len(found):
                    text = " ".join(part.strip() for part in [text, *cells[c + 1:]] if part.strip())
                    if self.wrapped and len(cells) == 1:
                        text = self.unwrap(i, text)
                text = text.strip().rstrip("；;")[:REQUIREMENT_CAP]
                mark = "triangle" if match.group(1) == "▲" else "star"
                if not squash(text) or self.legend(text):
                    continue
                if (mark, text) in self.seen:
                    continue
                self.seen.add((mark, text))
                if len(self.requirements) >= MAX_REQUIREMENTS:
                    self.warnings.append(Problem.of(self.places[i], "tender_facts.more_marked_requirements_rest",
                                                    "more than %1 marked requirements; the rest skipped",
                                                    MAX_REQUIREMENTS))
                    return
                rid = f"R{len(self.requirements) + 1}"
                self.requirements.append(Requirement(id=rid, text=text, mark=mark))
                sign = match.group(1) or match.group(2)
                self.warnings.append(Problem.of(self.places[i], "tender_facts.read_requirement",
                                                "%1 %2 read as a %3 requirement", rid, sign, mark))

    def unwrap(self, i: int, text: str) -> str:
        """A plain text's requirement cut by the line wrapping of a PDF extraction, joined up to its full stop."""
        j, parts = i + 1, [text]
        while j < len(self.lines) and j <= i + 16 and sum(map(len, parts)) < 400:
            line = self.lines[j].strip()
            j += 1
            if not line:
                continue
            lead = _LEAD.match(line)
            if parts[-1].endswith(("。", "；", ";", "！", "？")) or "\t" in line or (lead and lead.end()) \
                    or line[0] in "★▲*＊":
                break
            parts.append(line)
        if len(parts) > 1:
            self.warnings.append(Problem.of(self.places[i], "tender_facts.marked_line_joined_wrapped",
                                            "a marked line joined with the %1 wrapped lines after it", len(parts) - 1))
        return "".join(parts)

    @staticmethod
    def legend(text: str) -> bool:
        start = _LEGEND_START.match(text)
        return start is not None and bool(_LEGEND_WORDS.search(text[:start.end() + 15]))

    def facts(self, forms: tuple[FormSpec, ...], form_warnings: list[Problem]) -> TenderFacts:
        def get(key: str) -> Any:
            return self.values[key][0] if key in self.values else None

        return TenderFacts(
            name=get("name"), number=get("number") or get("number2"), purchaser=get("purchaser"),
            agency=get("agency"), budget=get("budget"), ceiling=get("ceiling"), price_mode=get("price_mode"),
            industry=get("industry"), validity_days=get("validity"), requirements=tuple(self.requirements),
            forms=forms, warnings=(*self.warnings, *form_warnings))


def _facts(lines: list[str], places: list[str], chapters: frozenset[int], source: str,
           wrapped: bool, title: int | None = None) -> TenderFacts:
    try:
        reader = _Facts(lines, places, wrapped)
        reader.run()
        if "name" not in reader.values and title is not None and _plausible("name", lines[title].strip()):
            reader.keep("name", "项目名称 (the document's title)", lines[title].strip(), title)
        forms, form_warnings = read_forms(lines, places, chapters)
        return reader.facts(forms, form_warnings)
    except Exception as exc:  # a rule that trips on odd text must not take the import down
        return TenderFacts(warnings=(Problem.of(source, "tender_facts.cannot_read",
                                                "cannot be read (%1: %2)", type(exc).__name__, exc),))


def facts_from_text(paragraphs: list[str], source: str = "") -> TenderFacts:
    """The facts, requirements and forms of a tender given as its paragraphs (table cells joined by tabs).

    Args:
        paragraphs: the document's paragraphs in order (a seed text's lines).
        source: the file name, for the warnings.

    Returns:
        The facts found; a warning for every guess, with its place (``paragraph 412``).
    """
    lines = [p if isinstance(p, str) else "" for p in paragraphs]
    return _facts(lines, [f"paragraph {i + 1}" for i in range(len(lines))], frozenset(), source, True)


def _docx_blocks(data: bytes) -> tuple[list[str], list[str], frozenset[int], int | None]:
    import docx
    from docx.table import Table

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        size = sum(info.file_size for info in archive.infolist() if info.filename == "word/document.xml")
    if size > MAX_XML:
        raise Refused("tender_facts.text_part_bytes_more", "its text part is %1 bytes, more than %2", size, MAX_XML)
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    places: list[str] = []
    chapters: set[int] = set()
    title: int | None = None
    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            for r, row in enumerate(block.rows, start=1):
                cells, last = [], None
                for cell in row.cells:
                    if cell._tc is not last:  # a merged cell repeats; keep it once
                        cells.append(cell.text.replace("\t", " "))
                    last = cell._tc
                lines.append("\t".join(cells))
                places.append(f"table {tables} row {r}")
            continue
        paragraphs += 1
        style = getattr(block.style, "name", "") or ""
        if re.match(r"^(?:Heading 1|Title|标题 1|标题)$", style):
            chapters.add(len(lines))
            if title is None and style in ("Title", "标题") and block.text.strip():
                title = len(lines)
        lines.append(block.text)
        places.append(f"paragraph {paragraphs}")
    return lines, places, frozenset(chapters), title


def _read(data: bytes | str | Path | IO[bytes]) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, (str, Path)):
        return Path(data).read_bytes()
    return data.read()


def facts_from_docx(data: bytes | str | Path | IO[bytes], source: str = "") -> TenderFacts:
    """The facts, requirements and forms of a tender's .docx (paragraphs and table rows in order).

    Args:
        data: the document's bytes, a path or a binary file.
        source: the file name, for display.

    Returns:
        The facts; for a file that is not a readable Word document, empty facts with one warning naming it.
    """
    name = source or (str(data) if isinstance(data, (str, Path)) else "")
    try:
        raw = _read(data)
        lines, places, chapters, title = _docx_blocks(raw)
    except Exception as exc:  # any unreadable file (zip, XML, not Word) is one clear message
        return TenderFacts(warnings=(Problem.of(name, "tender_facts.not_readable_word_docx",
                                                "not a readable Word .docx document (%1: %2)",
                                                type(exc).__name__, str(exc)[:200]),))
    return _facts(lines, places, chapters, name, False, title)
