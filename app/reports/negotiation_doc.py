"""The 协商情况记录 (single source) and the 谈判记录 / 磋商记录 of the report pack, and the pack's words by method.

Single source (seed 000 §22.3: "协商过程由采购代理机构记录，协商小组成员及监督部门代表在协商情况记录上签字";
财政部令第74号 Art.42 lists what the record holds): the project and the budget, the supplier, the dates
and the place, the panel, the review's conclusion, every round (time, who spoke for the supplier, the
quote in figures and capitals, the terms changed with the original and the agreed text, the panel's
remarks), the outcome (the agreed price in figures and capitals against the budget, no agreement, or
本次协商无效 with the reason), dissenting opinions, and the signature lines of every panel member, the
监督部门代表 and the agency's recorder. Competitive negotiation and consultation get each round's quotes
per supplier, the final quotes (最后报价) and the suppliers who gave none.

The document is a draft, like the rest of the pack, until the evaluation is finalised. Its page footer
carries the fingerprint of the record's table (:class:`NegotiationTable`, hashed as the pack's tables are).

:func:`reword` puts the pack into the method's words (成交 not 中标, 供应商 not 投标人, 响应文件 not 投标文件,
the panel's name), from the table :data:`WORDS`: the method decides, never the project.
"""

from __future__ import annotations

import dataclasses
from typing import cast

from app.domain import extras
from app.domain import negotiation as ng
from app.domain.model import Evaluation
from app.domain.numerals import format_rmb
from app.domain.reviews import failed_items
from app.reports.data import Header, Table, build_header
from app.reports.document import (
    Blank,
    Block,
    Document,
    Grid,
    Heading,
    Para,
    Section,
    Signatures,
    header_blocks,
)
from app.reports.fingerprint import fingerprint
from app.reports.formats import cn_date, cn_time, money
from app.reports.qr import qr_text

#: The pack's words replaced per method, longest first (a tender's words → the method's).
WORDS: dict[str, tuple[tuple[str, str], ...]] = {method: ng.method_words(method) for method in ng.PANEL}
ROLE_NAMES = {"expert": "评审专家", "purchaser": "采购人代表"}


@dataclasses.dataclass(frozen=True)
class RoundLine:
    """One round as printed (every value the page shows, as text)."""

    number: str
    bidder: str
    at: str
    price: str
    words: str
    speaker: str
    final: str
    terms: tuple[tuple[str, str, str], ...]
    remarks: str


@dataclasses.dataclass(frozen=True)
class NegotiationTable:
    """The record as the page shows it: what its fingerprint is taken over."""

    header: Header
    method: str
    budget: str
    rounds: tuple[RoundLine, ...]
    no_final: tuple[tuple[str, str], ...]
    outcome: str
    dissent: tuple[tuple[str, str], ...]


def _quote(ev: Evaluation, r: ng.Round) -> tuple[str, str]:
    if r.price is None:
        return "本轮未报价", ""
    return ng.quote_text(ev, r.price), r.words


def outcome_text(ev: Evaluation, record: ng.Negotiation) -> str:
    """The outcome as the record states it."""
    method = ev.project.method
    o = record.outcome
    if method in ng.FINAL_QUOTE_METHODS:
        return f"成交结果以各供应商最后报价的评审结果为准（见评审报告）。{'' if o is None else o.reason}".strip()
    if o is None:
        return "协商结果：尚未记录。"
    when = cn_time(o.at)
    if o.kind == "agreed" and o.price is not None:
        limits = "，".join(f"未超过{name} {ng.quote_text(ev, value)}" for name, value in ng.price_limits(ev))
        return (f"经协商，协商小组与供应商 {ng.bidder_label(ev, o.bidder)} 商定合理成交价格为：人民币 "
                f"{ng.quote_text(ev, o.price)}（大写：{o.words}）{('，' + limits) if limits else ''}。（{when}）")
    if o.kind == "void":
        return f"经协商小组批准，采购代理机构宣布本次协商无效。理由：{o.reason}。（{when}）"
    return f"经协商，协商小组与供应商未能达成一致。理由：{o.reason}。（{when}）"


def build_table(ev: Evaluation) -> NegotiationTable:
    """The record's table from the evaluation."""
    record = ng.negotiation(ev)
    lines = []
    for r in record.rounds:
        price, words = _quote(ev, r)
        lines.append(RoundLine(str(r.number), ng.bidder_label(ev, r.bidder), cn_time(r.at), price, words,
                               f"{ng.SPEAKER_ROLES.get(r.speaker_role, r.speaker_role)} {r.speaker}",
                               "最后报价" if r.final else "",
                               tuple((t.requirement, t.original, t.agreed) for t in r.terms),
                               r.remarks))
    budget = ev.project.budget
    names = {m.id: m.name for m in ev.members}
    dissent = record.outcome.dissent if record.outcome is not None else {}
    return NegotiationTable(
        header=build_header(ev), method=ev.project.method,
        budget=f"{money(budget)} 元（大写：{format_rmb(budget)}）" if budget is not None else "",
        rounds=tuple(lines), no_final=tuple((ng.bidder_label(ev, b), n) for b, n in record.no_final.items()),
        outcome=outcome_text(ev, record),
        dissent=tuple((f"{mid} {names.get(mid, '')}".strip(), text) for mid, text in dissent.items()),
    )


def _review_text(ev: Evaluation) -> list[Block]:
    qualification, compliance = failed_items(ev, "qualification"), failed_items(ev, "compliance")
    out: list[Block] = []
    for b in ev.bidders:
        q = "不通过（" + "、".join(qualification[b.id]) + "）" if qualification[b.id] else "通过"
        c = "不通过（" + "、".join(compliance[b.id]) + "）" if compliance[b.id] else "通过"
        out.append(Para(f"{b.id} {b.name}：资格审查{q}；符合性审查{c}。", indent=False))
    return out


def _date(text: str) -> str:
    try:
        return cn_date(text)
    except ValueError:
        return text


def _fact(label: str, value: str) -> Block:
    return Para(f"{label}：{value}", indent=False) if value.strip() else Blank(label)


def _round_blocks(t: NegotiationTable, talk: str) -> list[Block]:
    out: list[Block] = []
    for r in t.rounds:
        out.append(Heading(f"第 {r.number} 轮{talk}　{r.bidder}　{r.at}", 2))
        quote = f"{r.price}（大写：{r.words}）" if r.words else r.price
        out.append(Para(f"供应商出席人：{r.speaker}；报价：{quote}{'（' + r.final + '）' if r.final else ''}。",
                        indent=False))
        if r.terms:
            rows = tuple((str(i), req, orig or "—", agreed) for i, (req, orig, agreed) in enumerate(r.terms, start=1))
            out.append(Grid((("序号", "所涉需求或合同条款", "采购文件原文", "商定内容"),), rows, (28, 120, 160, 160),
                            ("C", "L", "L", "L"), caption="本轮商定的变动内容", small=True))
        else:
            out.append(Para("本轮未变动技术、服务要求或合同条款。", indent=False, small=True))
        out.append(Para(f"小组意见：{r.remarks or '无'}", indent=False))
    return out


def _quotes_grid(t: NegotiationTable) -> Grid:
    rows = tuple((r.number, r.bidder, r.at, r.price, r.words or "—", r.final or "") for r in t.rounds)
    return Grid((("轮次", "供应商", "时间", "报价（小写）", "报价（大写）", "备注"),), rows,
                (28, 130, 100, 90, 120, 45), ("C", "L", "C", "R", "L", "C"), caption="各轮报价", small=True)


def negotiation_section(ev: Evaluation, draft: bool) -> Section:
    """The record's pages: facts, review, rounds, outcome, dissent and the signature lines."""
    method = ev.project.method
    t = build_table(ev)
    panel, talk, title = ng.PANEL[method], ng.TALK[method], ng.RECORD[method]
    lead = extras.leader(ev)
    dates = [_date(d) for d in sorted({r.at.split(" ")[0] for r in ng.negotiation(ev).rounds if r.at})]
    blocks: list[Block] = [*header_blocks(t.header, title), Heading("一、基本情况")]
    blocks += [_fact("采购方式", {"single_source": "单一来源采购", "competitive_negotiation": "竞争性谈判",
                                 "competitive_consultation": "竞争性磋商"}[method]),
               _fact("预算金额", t.budget), _fact("供应商", "、".join(f"{b.id} {b.name}" for b in ev.bidders)),
               _fact(f"{talk}日期", "、".join(dates)), _fact(f"{talk}地点", extras.report_text(ev, "opening_place")),
               _fact(f"{panel}成员", "、".join(f"{m.name}（{ROLE_NAMES.get(m.role, m.role)}"
                                              f"{'，组长' if m.id == lead else ''}）" for m in ev.members))]
    blocks += [Heading("二、审查情况"), *_review_text(ev), Heading(f"三、{talk}过程")]
    if t.rounds:
        blocks.append(_quotes_grid(t))
        blocks += _round_blocks(t, talk)
    else:
        blocks.append(Para(f"尚无{talk}记录。", indent=False))
    blocks += [Para(f"{who}：{note}", indent=False) for who, note in t.no_final]
    blocks += [Heading(f"四、{talk}结果"), Para(t.outcome, indent=False), Heading("五、不同意见")]
    blocks += [Para(f"{who}：{text}", indent=False) for who, text in t.dissent] or [
        Para(f"{panel}成员无不同意见（如有，由持不同意见的成员在签字处写明理由）。", indent=False, small=True)]
    signers = tuple(f"{'组长' if m.id == lead else '成员'}　{m.name}" for m in ev.members)
    blocks += [Signatures(f"{panel}成员签字", signers, dissent=True),
               Signatures("监督部门代表签字", ("监督部门代表",)),
               Signatures("采购代理机构记录人签字", ("采购代理机构记录人",))]
    fp = fingerprint(cast(Table, t), draft)  # any table of strings is hashed the same way as the pack's tables
    outcome = ng.negotiation(ev).outcome
    total = outcome.price if outcome is not None and outcome.price is not None else None
    qr = qr_text(t.header.number, "negotiation", fp,
                 [(outcome.bidder if outcome is not None else "-", "-" if total is None else str(total))])
    return Section("negotiation", title, fp, qr, False, tuple(blocks))


def negotiation_documents(ev: Evaluation, draft: bool) -> dict[str, Document]:
    """The record's document by its name (none for a tender)."""
    if not ng.is_negotiated(ev):
        return {}
    title = ng.RECORD[ev.project.method]
    doc = Document(f"{ev.project.name} {title}", build_header(ev), (negotiation_section(ev, draft),), draft)
    return {title: doc}


def document_names(ev: Evaluation) -> tuple[str, ...]:
    """The names of the documents this module adds to the pack."""
    return (ng.RECORD[ev.project.method],) if ng.is_negotiated(ev) else ()


# -- the method's words ------------------------------------------------------------------------------
def _words(text: str, pairs: tuple[tuple[str, str], ...], kept: tuple[str, ...]) -> str:
    """``text`` in the method's words; the ``kept`` texts (names from the data) are never changed."""
    return ng.reword_text(text, pairs, kept)


def _block(block: Block, pairs: tuple[tuple[str, str], ...], kept: tuple[str, ...]) -> Block:
    def w(text: str) -> str:
        return _words(text, pairs, kept)

    if isinstance(block, Heading | Para):
        return dataclasses.replace(block, text=w(block.text))
    if isinstance(block, Blank):
        return dataclasses.replace(block, label=w(block.label))
    if isinstance(block, Grid):
        return dataclasses.replace(block, caption=w(block.caption),
                                   head=tuple(tuple(w(c) for c in row) for row in block.head),
                                   rows=tuple(tuple(w(c) for c in row) for row in block.rows))
    if isinstance(block, Signatures):
        return dataclasses.replace(block, title=w(block.title), signers=tuple(w(s) for s in block.signers))
    return block


def reword(doc: Document, ev: Evaluation) -> Document:
    """The document in the words of the evaluation's method (unchanged for a tender). Names from the data
    (project, purchaser, agency, suppliers, members) are kept as written; fingerprints stay those of the data."""
    pairs = WORDS.get(ev.project.method)
    if not pairs:
        return doc
    p = ev.project
    names = [p.name, p.number, p.purchaser, p.agency, *(b.name for b in ev.bidders), *(m.name for m in ev.members)]
    kept = tuple(sorted({n for n in names if n and any(old in n for old, _ in pairs)}, key=len, reverse=True))
    sections = tuple(dataclasses.replace(s, label=_words(s.label, pairs, kept),
                                         blocks=tuple(_block(b, pairs, kept) for b in s.blocks))
                     for s in doc.sections)
    return dataclasses.replace(doc, title=_words(doc.title, pairs, kept), sections=sections,
                               scan_note=_words(doc.scan_note, pairs, kept))
