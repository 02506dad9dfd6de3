"""The forms chapter of a tender (投标文件格式 / 响应文件格式): each form's title, kind and own text.

The chapter starts at a heading such as 第六章 投标文件格式, 第五章 响应文件格式及附件 or 投标文件组成
(a table-of-contents line, with its page number or among other chapter lines, is skipped; when the
heading occurs more than once, the occurrence giving the most recognised forms wins) and ends at the
next chapter heading, at the document's end, or at a title-like line straight after a form's
signature or date block that is no form (an appendix such as 全流程电子化交易注意事项).

Inside it, the forms are its headings:

- **numbered** (一、投标函 / 1. 报价函 / 附件1:投标函 / 格式1 …): the first numbered heading sets the
  chapter's numbering; a heading of that numbering continuing the sequence is a form. A heading of
  another numbering (or the sequence restarting at 1) is a form only right under a heading with
  no text of its own (八、资格证明文件 → （一）供应商信用承诺函), one level deep; elsewhere it is a line
  of the form's text (the numbered clauses of a letter).
- **titled** without a number (法定代表人身份证明, 授权委托书, 供应商信用承诺函): a short line whose
  wording names a form kind; a repeat of the current form's title is its text.

A heading with no text that only groups its sub-forms is dropped unless its kind is not among
theirs (资格证明文件 stays as the qualification index). Everything is a bounded regular expression
applied once per line, so the scan is linear in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.problems import Problem
from app.response.model import FormSpec

__all__ = ["FORM_TEXT_CAP", "KINDS", "chapter_heading", "form_kind", "read_forms"]

KINDS = ("bid_letter", "opening_form", "legal_rep_id", "authorization", "sme_declaration", "disabled_declaration",
         "prison_proof", "qualification_index", "deviation_table", "commitment", "other")
FORM_TEXT_CAP = 20_000
MAX_FORMS = 300

_KIND_RULES = (
    ("disabled_declaration", re.compile(r"残疾人")),
    ("prison_proof", re.compile(r"监狱")),
    ("sme_declaration", re.compile(r"中小微?企业.{0,6}声明|小微企业.{0,6}声明")),
    ("legal_rep_id", re.compile(r"(?:法定代表人|单位负责人|负责人|法人代表|法人).{0,10}身份证明")),
    ("authorization", re.compile(r"授权(?:委托)?书|委托书|授权函")),
    ("bid_letter", re.compile(r"(?:投标|响应|报价|应答|磋商|谈判|竞标|申请)函")),
    ("opening_form", re.compile(r"(?:开标|报价|唱标).{0,4}一览表|开标.{0,2}报价表|(?:投标|响应)报价表")),
    ("qualification_index", re.compile(r"资格(?:证明|审查|性审查|条件|文件|材料)")),
    ("deviation_table", re.compile(r"偏离|偏差|响应(?:对照|情况)?表|应答表")),
    ("commitment", re.compile(r"承诺|声明")),
)
_WS = re.compile(r"[\s\u3000]+")
_PAREN = re.compile(r"[（(][^（）()]{0,40}[）)]")
_SIGN = re.compile(r"签章|盖章|签字|电子章|公章|年[\s_＿]{0,12}月[\s_＿]{0,12}日|^日期[:：]?$")
_NOT_TITLE_START = re.compile(r"^(?:附|后附|注|说明|备注|如|详见|见|本|我|致|其中|提供|请)")
_TAIL = "。；;，,：:、"
_CN = "一二三四五六七八九十"
_NUMBERINGS = (
    ("annex", re.compile(r"^(?:附件|附表|格式|附录)\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})"
                         r"(?:\s*[-－—]\s*([0-9]{1,2}))?\s*[:：、.．]?\s*(.+)$")),
    ("dotted", re.compile(r"^([0-9]{1,2})\s*[.．]\s*([0-9]{1,2})(?![0-9.．])\s*[、.．]?\s*(.+)$")),
    ("arabic", re.compile(r"^([0-9]{1,2})\s*[、.．]\s*()(.+)$")),
    ("cn", re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.．]\s*()(.+)$")),
    ("pcn", re.compile(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*()(.+)$")),
    ("parab", re.compile(r"^[（(]?\s*([0-9]{1,2})\s*[)）]\s*()(.+)$")),
)
_CHAPTER = re.compile(r"^第\s*[一二三四五六七八九十百零〇0-9]{1,4}\s*(?:章|篇|部分|卷)")
_FORMS_WORDS = re.compile(r"(?:投标|响应|应答|磋商|谈判|申请|竞标|报价)(?:文件)?.{0,4}(?:格式|组成)")
_FORMS_TITLE = re.compile(r"^(?:[一二三四五六七八九十0-9]{1,3}\s*[、.．]\s*|附件[:：]?)?"
                          r"(?:投标|响应|应答|磋商|谈判|申请|竞标)文件的?(?:格式|组成)(?:及附件|附件|及格式)?$")
_TOC_TAIL = re.compile(r"(?:\t|\s{2,}|[.…·]{2,})\s*[0-9]{1,4}\s*$")


def squash(text: str) -> str:
    """The text without any whitespace."""
    return _WS.sub("", text)


def form_kind(title: str) -> str:
    """The kind of a form from its title (one of :data:`KINDS`)."""
    flat = squash(title)
    core = _PAREN.sub("", flat) or flat
    for kind, rule in _KIND_RULES:
        if rule.search(core):
            return kind
    return "other"


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN.index(text) + 1
    tens, _, units = text.partition("十")
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(units) + 1 if units else 0)


def chapter_heading(line: str) -> bool:
    """Whether a line is a chapter heading (第六章 …), not a table-of-contents entry."""
    text = line.strip()
    return bool(_CHAPTER.match(text)) and len(text) <= 60 and not _TOC_TAIL.search(line)


def _forms_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 60 or _TOC_TAIL.search(line) or any(q in text for q in "“”\"《》「」"):
        return False
    flat = squash(text)
    if not _FORMS_WORDS.search(flat) or flat[-1] in _TAIL:
        return False
    return bool(_CHAPTER.match(text)) or bool(_FORMS_TITLE.match(flat))


@dataclass
class _Heading:
    style: str
    major: int
    minor: int | None
    title: str


def _title_ok(title: str) -> bool:
    flat = squash(title)
    core = _PAREN.sub("", flat) or flat
    if flat.count("（") + flat.count("(") != flat.count("）") + flat.count(")"):
        return False  # a line cut inside a bracket
    return (bool(core) and len(core) <= 30 and len(flat) <= 80 and flat[-1] not in _TAIL
            and not any(ch in flat for ch in "：:“”\"") and not _SIGN.search(flat)
            and not any(ch.isdigit() for ch in core[:1]))


def _numbered(line: str) -> _Heading | None:
    text = line.strip()
    for style, rule in _NUMBERINGS:
        match = rule.match(text)
        if match:
            major, minor, title = match.group(1), match.group(2), match.group(3)
            if not _title_ok(title):
                return None
            return _Heading(style, _cn_number(major), int(minor) if minor else None, title.strip())
    return None


def _bare(line: str) -> str | None:
    text = line.strip()
    flat = squash(text)
    core = _PAREN.sub("", flat) or flat
    if not _title_ok(text) or len(core) > 24 or _NOT_TITLE_START.match(flat):
        return None
    return text


@dataclass
class _Form:
    title: str
    kind: str
    start: int
    child: bool
    lines: list[str] = field(default_factory=list)
    size: int = 0
    group: bool = False
    capped: bool = False
    has_text: bool = False

    def add(self, line: str) -> None:
        self.has_text = self.has_text or bool(_PAREN.sub("", squash(line[:200])))
        if self.size >= FORM_TEXT_CAP:
            self.capped = True
            return
        text = line.rstrip()
        self.lines.append(text[: FORM_TEXT_CAP - self.size])
        self.size += len(text) + 1

    @property
    def empty(self) -> bool:
        """No text of its own (blank lines and bracketed notes such as （如有） do not count)."""
        return not self.has_text


@dataclass
class _Scan:
    forms: list[_Form] = field(default_factory=list)
    top: tuple[str, int] | None = None  # the chapter's numbering and its last number
    group: tuple[str, int, int] | None = None  # a group's child numbering, its major, its last number
    end: int = 0


def _same(a: str, b: str) -> bool:
    x, y = _PAREN.sub("", squash(a)) or squash(a), _PAREN.sub("", squash(b)) or squash(b)
    return x == y


def _scan(lines: list[str], start: int, stop: int, chapters: frozenset[int]) -> _Scan:
    """The forms from ``start`` (the chapter heading) up to ``stop`` or the chapter's end."""
    scan = _Scan(end=stop)
    previous = ""
    for i in range(start + 1, stop):
        line = lines[i]
        if i in chapters or chapter_heading(line) or _forms_heading(line):
            scan.end = i
            break
        cur = scan.forms[-1] if scan.forms else None
        if "\t" in line.strip() or not line.strip():
            if cur:
                cur.add(line)
            continue
        head = _numbered(line)
        if head is not None:
            if _numbered_form(scan, head, i, cur):
                previous = line
                continue
        elif (title := _bare(line)) is not None:
            if _bare_form(scan, title, i, cur):
                previous = line
                continue
            kind = form_kind(title)
            if (kind == "other" and cur and _SIGN.search(squash(previous)) and not title.endswith(("表", "函", "书"))
                    and not re.match(r"^[（(]", title)):
                scan.end = i  # an appendix after the last form's signature block
                break
        if cur:
            cur.add(line)
        if line.strip():
            previous = line
    return scan


def _numbered_form(scan: _Scan, head: _Heading, i: int, cur: _Form | None) -> bool:
    n = head.minor if head.style == "dotted" and head.minor is not None else head.major
    key = n if head.style == "dotted" else head.major  # a dotted chapter numbers its forms 1.1, 1.2 …
    if scan.top is None:
        scan.top = (head.style, key)
        scan.forms.append(_Form(head.title, form_kind(head.title), i, False))
        return True
    style, last = scan.top
    sub = head.style == "annex" and head.minor is not None and head.major == last
    if head.style == style and (key in (last + 1, last + 2) or sub):
        scan.top, scan.group = (style, key), None
        scan.forms.append(_Form(head.title, form_kind(head.title), i, False))
        return True
    group = scan.group
    if group and head.style == group[0] and n == group[2] + 1 and (head.style != "dotted" or head.major == group[1]):
        scan.group = (group[0], group[1], n)
        scan.forms.append(_Form(head.title, form_kind(head.title), i, True))
        return True
    if (cur and not cur.child and cur.empty and n == 1 and (head.style != "dotted" or head.major == last)
            and (cur.kind != "other" or form_kind(head.title) != "other")):
        cur.group = True
        scan.group = (head.style, head.major, 1)
        scan.forms.append(_Form(head.title, form_kind(head.title), i, True))
        return True
    return False


def _bare_form(scan: _Scan, title: str, i: int, cur: _Form | None) -> bool:
    kind = form_kind(title)
    if kind == "other":
        return False
    if cur is not None:
        if _same(title, cur.title):
            return False
        if not cur.child and cur.empty:
            cur.group = True
            scan.forms.append(_Form(title, kind, i, True))
            return True
        if kind == cur.kind:
            return False
    scan.forms.append(_Form(title, kind, i, scan.group is not None or bool(cur and cur.child)))
    return True


def _score(scan: _Scan) -> int:
    return sum(10 if f.kind != "other" else 1 for f in scan.forms)


def read_forms(lines: list[str], places: list[str],
               chapters: frozenset[int] = frozenset()) -> tuple[tuple[FormSpec, ...], list[Problem]]:
    """The forms of the forms chapter, with a warning for each one read and for the chapter found.

    Args:
        lines: the document's paragraphs (a table row as its cells joined by tabs).
        places: the place of each line, for the warnings (``paragraph 12``).
        chapters: indices of lines known to be chapter headings (a Word document's Heading 1).
    """
    starts = [i for i, line in enumerate(lines) if _forms_heading(line)]
    best: tuple[int, int, _Scan] | None = None
    for k, start in enumerate(starts[:50]):
        if _in_list(lines, start):
            continue
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        scan = _scan(lines, start, stop, chapters)
        if best is None or _score(scan) >= best[0]:
            best = (_score(scan), start, scan)
    if best is None or not best[2].forms:
        return (), [Problem.of("", "tender_forms.no_forms_chapter_found",
                               "no forms chapter found (a heading such as 第六章 投标文件格式 or 响应文件格式 "
                               "followed by the forms); no forms read")]
    _, start, scan = best
    warnings = [Problem.of(places[start], "tender_forms.forms_chapter_read_up",
                           "forms chapter “%1” read up to %2",
                           lines[start].strip(), places[scan.end] if scan.end < len(lines) else 'the end')]
    kept: list[_Form] = []
    for k, form in enumerate(scan.forms):
        children = []
        for after in scan.forms[k + 1:]:
            if not after.child:
                break
            children.append(after.kind)
        if form.group and form.empty and (form.kind == "other" or form.kind in children):
            continue
        kept.append(form)
    out = []
    for form in kept[:MAX_FORMS]:
        where = places[form.start]
        warnings.append(Problem.of(where, "tender_forms.form_read", "form “%1” read as %2", form.title, form.kind))
        if form.capped:
            warnings.append(Problem.of(where, "tender_forms.form_text_cut_characters",
                                       "form “%1”: text cut at %2 characters", form.title, FORM_TEXT_CAP))
        out.append(FormSpec(title=form.title, kind=form.kind, text="\n".join(form.lines).strip("\n")))
    if len(kept) > MAX_FORMS:
        warnings.append(Problem.of(places[kept[MAX_FORMS].start], "tender_forms.more_forms_rest_skipped",
                                   "more than %1 forms; the rest skipped", MAX_FORMS))
    return tuple(out), warnings


def _in_list(lines: list[str], index: int) -> bool:
    """A chapter line among other chapter lines (a table of contents or a list of the tender's parts)."""
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and abs(j - index) <= 4 and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and chapter_heading(lines[j]) and not _forms_heading(lines[j]):
            return True
    return False
