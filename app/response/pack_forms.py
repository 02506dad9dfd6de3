"""The response pack's pages as plain blocks, built from the forms in ``forms/bid/*.json`` (response.md §5).

The wording of every built-in form is data (``forms/bid/README.md`` documents the schema); this module
fills it from a :class:`~app.response.model.Response` and yields a :class:`Pack`: the cover, the table of
contents' title and one :class:`Form` per form, each a tuple of blocks (the report pack's
:class:`~app.reports.document.Heading`, :class:`~app.reports.document.Para`,
:class:`~app.reports.document.Grid` and :class:`~app.reports.document.Blank`, plus :class:`Seal`). The
PDF and Word writers (:mod:`app.response.pack_pdf`, :mod:`app.response.pack_docx`) only draw these
blocks, so both files carry the same words and the same price.

One price everywhere: every form quotes :func:`~app.response.selfcheck.quoted_price` (the capitals prevail)
with the capitals :func:`~app.response.selfcheck.capitals` writes for it (a rate for a rate tender).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from app.domain import sme
from app.domain.numbers import fmt
from app.domain.problems import Refused
from app.domain.scoring import show
from app.reports.document import Blank, Grid, Heading, Para
from app.response.model import FormSpec, Response
from app.response.selfcheck import capitals, quoted_price

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms" / "bid"
FORM_FILE = re.compile(r"^\d\d-[a-z_]+\.json$")
FORM_KEYS = {"kind", "title", "aliases", "when", "vars", "sign", "blocks"}
BLOCK_KEYS = {"p", "h", "table", "blank", "lines", "each", "indent", "small", "show"}
TABLE_KEYS = {"head", "rows", "each", "cells", "widths", "align", "empty"}
NATURES = ("服务", "货物", "工程")
#: Leading numbering of a tender's form title (``格式1``, ``附件6-1:``, ``（一）``, ``八、``) dropped before matching.
NUMBERING = re.compile(r"^\s*(?:第[一二三四五六七八九十\d]+[章节部分]|格式\s*\d+|附件\s*[\d\-]+"
                       r"|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])[\s:：、.．]*")
#: A requirement naming the period the bid commits to (服务期限：一年), shown in the 开标一览表.
PERIOD = re.compile(r"^[★▲*\s]*(?:服务期限|服务期|工期|交货期|供货期|合同履行期限)\s*[：:]\s*(.+)$")
_DIGITS = "零一二三四五六七八九"
#: A table's width in points before the writers fit it to the text width (a form's tables span the page).
FULL_WIDTH = 480.0


@dataclass(frozen=True)
class Seal:
    """The signature and seal block closing a form: the company's seal line, each signer's line, the date."""

    lines: tuple[str, ...]


Block = Heading | Para | Grid | Blank | Seal


@dataclass(frozen=True)
class Form:
    """One form of the pack: its kind (``other`` for a tender's own form), its numbered title, its blocks."""

    kind: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Cover:
    """The cover page: the title, the project lines and the bidder's lines at the bottom."""

    title: str
    lines: tuple[str, ...]
    bottom: tuple[str, ...]


@dataclass(frozen=True)
class Pack:
    """The whole 投标文件 as blocks, and what the files' metadata and page frames say."""

    title: str
    bidder: str
    subject: str
    cover: Cover
    toc_title: str
    forms: tuple[Form, ...]
    footer_left: str
    footer_right: str
    page_label: str
    draft_mark: str | None
    watermark: str | None

    def page_text(self, page: int, pages: int) -> str:
        """The footer's page line (``第 3 页 共 12 页``)."""
        return self.page_label.format(page=page, pages=pages)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Refused("pack_forms.problem", "%1: %2", path.name, exc) from None
    if not isinstance(data, dict):
        raise Refused("pack_forms.form_file_holds_one", "%1: a form file holds one object", path.name)
    return data


@cache
def load_forms(folder: Path = FORMS_DIR) -> tuple[dict[str, Any], tuple[dict[str, Any], ...]]:
    """The pack's shared wording (``_pack.json``) and the built-in forms in file-name order.

    Raises:
        ValueError: a file cannot be read, or a form or block has a key the schema does not know.
    """
    common = _read(folder / "_pack.json")
    forms = []
    for path in sorted(p for p in folder.glob("*.json") if FORM_FILE.match(p.name)):
        form = _read(path)
        unknown = set(form) - FORM_KEYS
        if unknown or "kind" not in form or "blocks" not in form:
            raise Refused("pack_forms.unknown_keys_no_kind",
                          "%1: unknown keys %2 or no kind/blocks", path.name, sorted(unknown))
        for block in form["blocks"]:
            bad = set(block) - BLOCK_KEYS
            bad |= set(block.get("table", {})) - TABLE_KEYS if isinstance(block.get("table"), dict) else set()
            if bad:
                raise Refused("pack_forms.unknown_block_keys", "%1: unknown block keys %2", path.name, sorted(bad))
        forms.append(form)
    return common, tuple(forms)


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 34 → 三十四 (the forms' ordinals, up to 99)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return (_DIGITS[tens] if tens > 1 else "") + "十" + (_DIGITS[ones] if ones else "")


def plain_title(title: str) -> str:
    """A tender's form title without its leading numbering (``附件6-1:中小微企业声明函`` → ``中小微企业声明函``)."""
    text = title.strip()
    while True:
        stripped = NUMBERING.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            return text
        text = stripped


def _pick(value: Any, tags: set[str], where: str) -> str:
    """A text, or the variant of a ``{"rate": …, "amount": …}`` / ``{"服务": …}`` object the tags select."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key, text in value.items():
            if key in tags and isinstance(text, str):
                return text
        if isinstance(value.get("default"), str):
            return str(value["default"])
    raise Refused("pack_forms.no_text", "%1: no text for %2 in %3", where, sorted(tags), repr(value))


def _fill(template: Any, ctx: dict[str, str], tags: set[str], where: str) -> str:
    text = _pick(template, tags, where)
    try:
        return text.format_map(ctx)
    except (KeyError, IndexError, ValueError) as exc:
        raise Refused("pack_forms.unknown_placeholder",
                      "%1: unknown placeholder %2 in %3", where, exc, repr(text)) from None


class _Filler:
    """Everything a form's placeholders can name, for one response."""

    def __init__(self, resp: Response, common: dict[str, Any]) -> None:
        self.resp = resp
        self.common = common
        self.blank = str(common["blank"])
        ev = resp.tender.evaluation
        project = ev.project
        rate = project.price_mode == "rate"
        self.nature = _nature(resp, common)
        self.tags = {"rate" if rate else "amount", self.nature}
        price = quoted_price(resp)
        price_words = self.blank
        figures = self.blank
        words_spec = common["price"]["rate" if rate else "amount"]
        if price is not None:
            figures = str(words_spec["figures"]).format(value=format(Decimal(fmt(price, 2)), ","))
            try:
                price_words = capitals(resp, price)
            except ValueError:  # a draft's rate above 100 % or an amount beyond the capitals' range
                price_words = self.blank
        validity = resp.validity_days if resp.validity_days is not None else resp.tender.validity_days
        b = resp.bidder
        #: The current form's own variables (``vars``), set while that form is built.
        self.local: dict[str, str] = {}
        self.ctx: dict[str, str] = {
            "project": self.text(project.name), "number": self.text(project.number),
            "purchaser": self.text(project.purchaser), "agency": self.text(project.agency),
            "purchaser_agency": "、".join(x.strip() for x in (project.purchaser, project.agency) if x.strip())
            or self.blank,
            "bidder": self.text(b.name), "legal_rep": self.text(b.legal_rep), "contact": self.text(b.contact),
            "phone": self.text(b.phone), "email": self.text(b.email), "address": self.text(b.address),
            "price": figures, "price_words": price_words, "price_name": str(words_spec["name"]),
            "validity_days": self.blank if validity is None else str(validity),
            "service_period": _period(resp) or str(common["missing_service_period"]),
            "industry": self.text(project.industry or ""), "nature": self.nature,
        }
        # a form that writes "（项目名称）项目" gets the name once, not "运维项目项目"
        name = self.ctx["project"]
        self.ctx["project_item"] = name if name.endswith("项目") or name == self.blank else name + "项目"

    def text(self, value: str) -> str:
        """A fact as printed: a blank line to fill by hand when the response does not hold it."""
        return value.strip() or self.blank

    def fill(self, template: Any, where: str, extra: dict[str, str] | None = None) -> str:
        """A template filled from the response (and one row's facts)."""
        return _fill(template, {**self.ctx, **self.local, **(extra or {})}, self.tags, where)

    def items(self, source: str) -> list[dict[str, str]]:
        """The rows a repeated paragraph or table names: ``qualification``, ``compliance``, ``requirements``,
        ``claims`` or ``declaration``."""
        resp, common = self.resp, self.common
        ev = resp.tender.evaluation
        if source in ("qualification", "compliance"):
            refs: dict[str, list[str]] = {}
            for e in resp.evidence:
                if e.stage == source and e.ref.strip():
                    refs.setdefault(e.item, []).append(e.ref.strip())
            return [{"n": str(i), "id": item.id, "name": item.name, "criterion": item.criterion,
                     "ref": "；".join(refs.get(item.id, [])) or str(common["missing_evidence"])}
                    for i, item in enumerate(ev.checklist(source), start=1)]
        if source == "requirements":
            answers = {a.requirement: a for a in resp.responses}
            out = []
            for i, q in enumerate(resp.tender.requirements, start=1):
                a = answers.get(q.id)
                mark = str(common["marks"].get(q.mark or "", ""))
                # the mark has its own column: the tender's leading ★/▲ is not printed twice
                text = q.text.strip().lstrip("★▲*").lstrip() if mark else q.text
                out.append({"n": str(i), "id": q.id, "mark": mark, "text": text,
                            "answer": str(common["answers"][a.answer if a else "none"]),
                            "note": a.note if a else ""})
            return out
        if source == "claims":
            order = {f.id: k for k, f in enumerate(ev.factors)}
            factors = {f.id: f for f in ev.factors}
            claims = sorted(resp.claims, key=lambda c: order.get(c.factor, len(order)))
            return [{"n": str(i), "factor": c.factor, "name": factors[c.factor].name,
                     "max": show(factors[c.factor].max),
                     "claim": self._claim(c.factor, c.value),
                     "evidence": "；".join(e.strip() for e in c.evidence if e.strip())
                     or str(common["missing_evidence"])}
                    for i, c in enumerate(claims, start=1) if c.factor in factors]
        if source == "declaration":
            return [{"n": str(i), "item": self.text(d.item), "industry": self.text(d.industry),
                     "enterprise": self.text(d.enterprise),
                     "employees": self.blank if d.employees is None else str(d.employees),
                     "revenue": self.blank if d.revenue is None else format(d.revenue, "f"),
                     "assets": self.blank if d.assets is None else format(d.assets, "f"),
                     "size_words": self._size_words(d.size, d.industry, d.employees, d.revenue, d.assets),
                     "role_words": str(common["roles"].get(d.role, d.role))}
                    for i, d in enumerate(resp.declaration, start=1)]
        raise Refused("pack_forms.unknown_row_source", "unknown row source %1", repr(source))

    def _claim(self, factor_id: str, value: object) -> str:
        factor = next(f for f in self.resp.tender.evaluation.factors if f.id == factor_id)
        words = self.common["claims"]
        if not factor.objective:
            return str(words["subjective"])
        shown = "、".join(show(v) for v in value) if isinstance(value, list | tuple) else show(value)
        return str(words.get(factor.rule.type, "{value}")).format(value=shown)

    def _size_words(self, size: str | None, industry: str, employees: int | None, revenue: Decimal | None,
                    assets: Decimal | None) -> str:
        if size is None:  # the line declares no size: the one its figures give, when they decide one
            try:
                size = sme.classify(industry, employees, revenue, assets).size
            except ValueError:
                size = None
        return str(self.common["sizes"][size]) if size is not None else self.blank


def _nature(resp: Response, common: dict[str, Any]) -> str:
    """服务, 货物 or 工程: what the tender's own 中小企业声明函 title says, else what its industry implies."""
    for spec in resp.tender.forms:
        title = spec.title
        if "中小" in title and "声明函" in title:
            named = [n for n in NATURES if n in title]
            if len(named) == 1:
                return named[0]
    industry = resp.tender.evaluation.project.industry or ""
    canonical = sme.canonical_industry(industry) or industry.strip()
    for nature, industries in common["natures"].items():
        if canonical in industries:
            return str(nature)
    return str(common["default_nature"])


def _period(resp: Response) -> str | None:
    for q in resp.tender.requirements:
        found = PERIOD.match(q.text.strip())
        if found:
            return found.group(1).strip().rstrip("。；;")
    return None


def _applies(form: dict[str, Any], resp: Response) -> bool:
    when = form.get("when")
    return {None: True, "declaration": bool(resp.declaration), "disabled": resp.disabled,
            "prison": resp.prison}[when]


def _matches(spec: FormSpec, form: dict[str, Any]) -> bool:
    if spec.kind:
        return spec.kind == str(form["kind"])
    title = plain_title(spec.title)
    return any(alias in title for alias in form.get("aliases", ()))


def _text_blocks(text: str) -> list[Block]:
    """A tender's own form text, one paragraph a line (long lines indented as body text)."""
    return [Para(line, indent=len(line) > 40) for line in (raw.strip() for raw in text.splitlines()) if line]


def _seal(filler: _Filler, signers: list[str] | None) -> Seal:
    seal = filler.common["seal"]
    lines = [filler.fill(seal["company"], "seal")]
    lines += [f"{filler.fill(s, 'seal')}：{seal['signature_line']}" for s in (signers or seal["signers"])]
    lines.append(filler.fill(seal["date"], "seal"))
    return Seal(tuple(lines))


def _table(filler: _Filler, spec: dict[str, Any], where: str) -> Block:
    head = tuple(filler.fill(h, where) for h in spec["head"])
    if "each" in spec:
        rows = tuple(tuple(filler.fill(c, where, item) for c in spec["cells"]) for item in filler.items(spec["each"]))
        if not rows and spec.get("empty"):
            return Para(filler.fill(spec["empty"], where), indent=False)
    else:
        rows = tuple(tuple(filler.fill(c, where) for c in row) for row in spec["rows"])
    relative = [float(w) for w in spec.get("widths", [1] * len(head))]
    # the writers take widths in points and stretch a table of most of the page to its full width
    widths = tuple(w * FULL_WIDTH / sum(relative) for w in relative)
    align = tuple(spec.get("align", "L" * len(head)))
    if not len(head) == len(widths) == len(align) or any(len(r) != len(head) for r in rows):
        raise Refused("pack_forms.head_widths_align_rows", "%1: head, widths, align and rows differ in length", where)
    return Grid(head=(head,), rows=rows, widths=widths, align=align)


def _blocks(filler: _Filler, form: dict[str, Any], own_text: str) -> list[Block]:
    where = str(form["kind"])
    filler.local = {k: filler.fill(v, where) for k, v in form.get("vars", {}).items()}
    out: list[Block] = []
    placed = False
    for spec in form["blocks"]:
        shown = spec.get("show")
        if own_text and shown == "builtin":
            if not placed:
                out += _text_blocks(own_text)
                placed = True
            continue
        if not own_text and shown == "tender":
            continue
        indent, small = bool(spec.get("indent", True)), bool(spec.get("small", False))
        if "h" in spec:
            out.append(Heading(filler.fill(spec["h"], where), 2))
        elif "table" in spec:
            out.append(_table(filler, spec["table"], where))
        elif "blank" in spec:
            out.append(Blank(filler.fill(spec["blank"], where), int(spec.get("lines", 1))))
        elif "each" in spec:
            out += [Para(filler.fill(spec["p"], where, item), indent=indent, small=small)
                    for item in filler.items(spec["each"])]
        else:
            out.append(Para(filler.fill(spec["p"], where), indent=indent, small=small))
    if own_text and not placed:
        out += _text_blocks(own_text)
    return out


def build_pack(resp: Response, *, draft: bool = False, folder: Path = FORMS_DIR) -> Pack:
    """The 投标文件 of a response as blocks: cover, then every form in order, each ending with its seal block.

    The built-in forms come first, in the order of their files, each only when it applies (the
    中小企业声明函 with declaration lines, the 残疾人 and 监狱企业 forms with that status). A form the tender's
    chapter lists (``resp.tender.forms``) is matched to a built-in form by ``kind``, else by its title; its
    own ``text``, when given, replaces the built-in wording (the filled figures stay, as a table).
    The tender's other forms follow, with their title, text and seal block.

    Raises:
        ValueError: a form file is malformed (unknown key or placeholder).
    """
    common, builtins = load_forms(folder)
    filler = _Filler(resp, common)
    used: set[int] = set()
    chosen: list[tuple[str, str, list[Block], list[str] | None]] = []
    for form in builtins:
        matched = [i for i, spec in enumerate(resp.tender.forms) if i not in used and _matches(spec, form)]
        used.update(matched)
        if not _applies(form, resp):
            continue
        spec = resp.tender.forms[matched[0]] if matched else None
        title = plain_title(spec.title) if spec and spec.title.strip() else filler.fill(form["title"], form["kind"])
        chosen.append((str(form["kind"]), title, _blocks(filler, form, spec.text.strip() if spec else ""),
                       form.get("sign")))
    for i, spec in enumerate(resp.tender.forms):
        if i not in used:
            blocks = _text_blocks(spec.text) or [Para(str(common["other_form_note"]), indent=False)]
            chosen.append(("other", plain_title(spec.title) or spec.title, blocks, None))
    forms = tuple(Form(kind, f"{cn_number(n)}、{title}", (*blocks, _seal(filler, sign)))
                  for n, (kind, title, blocks, sign) in enumerate(chosen, start=1))
    cover = common["cover"]
    ctx = filler.ctx
    return Pack(
        title=filler.fill(common["metadata_title"], "metadata"),
        bidder=resp.bidder.name.strip(),
        subject=f"{ctx['project']}（{ctx['number']}）",
        cover=Cover(filler.fill(cover["title"], "cover"), tuple(filler.fill(x, "cover") for x in cover["lines"]),
                    tuple(filler.fill(x, "cover") for x in cover["bottom"])),
        toc_title=str(common["toc_title"]),
        forms=forms,
        footer_left=filler.fill(common["footer"]["left"], "footer"),
        footer_right=filler.fill(common["footer"]["right"], "footer"),
        page_label=str(common["footer"]["page"]),
        draft_mark=str(common["draft_mark"]) if draft else None,
        watermark=str(common["watermark"]) if draft else None,
    )
