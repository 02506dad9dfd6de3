"""The evaluation report (评标报告, 87号令 Art.58) as plain data, and its text as document blocks.

:func:`build_narrative` gathers what the article asks for from the evaluation, its result and
(optionally) the project's audit trail: (1) where the notice was published, the opening date and
place; (2) the bidders and the committee (roles, leader); (3) the method and the standards; (4) the
opening record and the evaluation, with the invalid bids and why; (5) the result: the candidates in
order, or the failure (废标) and its reason; (6) other matters: clarifications, member changes,
Art.64 corrections, abnormal-low-price reviews; then the attachments and a signature block for
every member with space for a dissent.

While the evaluation is not finalised the report says it is a draft (and every page carries the
draft mark, :mod:`app.reports.document`); once finalised it prints the finalisation time and the
evaluation dates (:mod:`app.reports.facts`). The candidates are listed with their price and
evaluated price; a corrected price is given in capitals too.

A fact the data does not hold (the notice medium, the opening place, clarifications, member
changes when no audit trail is given) is printed as a blank line to fill in by hand
(:class:`~app.reports.document.Blank`), never made up. The Art.64 corrections come from the audit
trail's score events that carry a category; without the trail the report leaves a blank.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.domain import extras
from app.domain import session_records as sr
from app.domain.art64 import ART64_NAMES
from app.domain.art64_check import candidates as voted_candidates
from app.domain.model import Evaluation
from app.domain.numbers import fmt
from app.domain.numerals import format_rmb
from app.domain.result import Result
from app.reports.data import (
    SIZE_NAMES,
    Header,
    LowPriceRow,
    OpeningRow,
    build_header,
    build_low_price,
    build_opening,
    build_price,
)
from app.reports.document import DRAFT_MARK, Blank, Block, Grid, Heading, Para, Signatures
from app.reports.facts import evaluation_dates
from app.reports.formats import cn_date, cn_time
from app.reports.negotiation_report import Deal, build_deal, result_blocks, standards_blocks, talks_blocks
from app.reports.negotiation_report import attachments as deal_attachments
from app.reports.price_units import correction_text, price_words, words_head
from app.reports.price_units import head as price_head
from app.reports.screening_table import invalid_lines
from app.reports.standards import averaging_text, price_rule_text, standards_rows, tie_break_text

METHOD_NAMES = {
    "open_tender": "公开招标", "invited_tender": "邀请招标", "competitive_consultation": "竞争性磋商",
    "competitive_negotiation": "竞争性谈判", "inquiry": "询价", "single_source": "单一来源采购",
}
ROLE_NAMES = {"expert": "评审专家", "purchaser": "采购人代表"}
ISSUE_TEXT = {
    "low_price_pending": "{bidder} 报价触发异常低价审查，尚待评标委员会结论",
    "objective_mismatch": "{bidder} 的客观评审因素 {factor} 各评委评分不一致，尚待更正",
    "tie": "{bidder} 总分相同且按规则无法区分，尚待评标委员会表决",
}
#: Attachments of the report (Art.58 and the domain guide); the first two are paper-only.
PAPER_ATTACHMENTS = ("签到表（纸质，另附）", "评标委员会成员回避声明及承诺书（纸质，另附）")


@dataclass(frozen=True)
class PanelMember:
    """A member as the report lists them: role in words and whether they lead the committee."""

    id: str
    name: str
    role: str
    leader: bool


@dataclass(frozen=True)
class InvalidBid:
    """An invalid bid and the reasons, in words."""

    bidder: str
    name: str
    reasons: str


@dataclass(frozen=True)
class Ranked:
    """A scored bid in rank order: its price (corrected when it was: ``1,955,000.00（修正后）``), evaluated price,
    price score, total and rank."""

    bidder: str
    name: str
    price_score: str
    total: str
    rank: int
    price: str = ""
    evaluated: str = ""


@dataclass(frozen=True)
class Correction:
    """An Art.64 correction of a submitted score, from the audit trail."""

    at: str
    member: str
    bidder: str
    factor: str
    change: str
    category: str
    reason: str


@dataclass(frozen=True)
class Narrative:
    """Everything the report says. Empty text (``""``) or None means the fact is unknown: a blank is printed."""

    header: Header
    title: str
    panel: str
    method: str
    draft: bool
    finalised: str
    dates: str
    notice: str
    opening_date: str
    opening_place: str
    bidders: tuple[tuple[str, str, str], ...]
    opening: tuple[OpeningRow, ...]
    members: tuple[PanelMember, ...]
    standards: tuple[tuple[str, str, str, str, str], ...]
    price_rule: str
    averaging: str
    tie_break: str
    reviewed: tuple[tuple[str, int, int], ...]
    invalid: tuple[InvalidBid, ...]
    ranking: tuple[Ranked, ...]
    candidates: tuple[Ranked, ...]
    failed: bool
    failure: str
    pending: tuple[str, ...]
    price_corrections: tuple[str, ...]
    member_changes: tuple[str, ...] | None
    corrections: tuple[Correction, ...] | None
    low_price: tuple[LowPriceRow, ...]
    other: str
    attachments: tuple[str, ...]
    reviews: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    votes: tuple[str, ...] = ()
    reevaluations: tuple[str, ...] = ()
    deal: Deal | None = None
    collusion: tuple[str, ...] = ()  # bids declared invalid under 87号令 Art.37 (app.reports.screening_table)


def _audit_changes(audit: Sequence[object] | None, ev: Evaluation) -> tuple[
        tuple[str, ...] | None, tuple[Correction, ...] | None]:
    """Member changes and Art.64 corrections in an audit trail (None, None without one)."""
    if audit is None:
        return None, None
    members = {m.id: m.name for m in ev.members}
    bidders = {b.id: b.name for b in ev.bidders}
    factors = {f.id: f.name for f in ev.factors}
    changes: list[str] = []
    corrections: list[Correction] = []
    for event in audit:
        entity, action = getattr(event, "entity", ""), getattr(event, "action", "")
        at = str(getattr(event, "at", ""))[:10]
        day = cn_date(at) if len(at) == 10 else at
        key = _key(getattr(event, "key", "[]"))
        if entity == "member" and action not in ("submit", "reopen"):
            who = members.get(key[0], key[0]) if key else ""
            old, new = getattr(event, "old", "") or "", getattr(event, "new", "") or ""
            changes.append(f"{day} {who}：{action}（{old} → {new}）")
        art64 = getattr(event, "art64", None)
        if entity == "score" and art64 and len(key) == 3:
            member, bidder, factor = key
            corrections.append(Correction(
                day, members.get(member, member), f"{bidder} {bidders.get(bidder, '')}".strip(),
                f"{factor} {factors.get(factor, '')}".strip(),
                _change(getattr(event, "old", None), getattr(event, "new", None)),
                ART64_NAMES.get(str(art64), str(art64)), str(getattr(event, "reason", "") or ""),
            ))
    return tuple(changes), tuple(corrections)


def _key(text: object) -> list[str]:
    try:
        value = json.loads(str(text))
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _value(text: object) -> object:
    if text is None:
        return None
    try:
        return json.loads(str(text))
    except ValueError:
        return text


def _change(old_text: object, new_text: object) -> str:
    """``2 → 1``; for sub-item lists only the items that changed: ``第3项 0.8 → 0.6``."""
    old, new = _value(old_text), _value(new_text)
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        diffs = [f"第{i + 1}项 {a} → {b}" for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        return "；".join(diffs) or "无变化"
    return f"{_shown(old)} → {_shown(new)}"


def _shown(value: object) -> str:
    if value is None:
        return "（无）"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def build_narrative(ev: Evaluation, result: Result, audit: Sequence[object] | None = None) -> Narrative:
    """The evaluation report's content.

    Args:
        ev: the evaluation.
        result: ``evaluate(ev)``.
        audit: the project's audit trail (:func:`app.services.audit.audit_log`) when there is one; its
            member changes and Art.64 corrections are reported. None (an exchange file) leaves blanks.
    """
    header = build_header(ev)
    single = ev.project.method == "single_source"
    lead = extras.leader(ev)
    names = {b.id: b.name for b in ev.bidders}
    members = tuple(PanelMember(m.id, m.name, ROLE_NAMES.get(m.role, m.role), m.id == lead) for m in ev.members)
    bidders = tuple((b.id, b.name, SIZE_NAMES.get(b.size or "", "未声明")) for b in ev.bidders)
    price = build_price(ev, result, header)
    invalid = tuple(InvalidBid(r.bidder, r.name, r.status.partition("：")[2] or r.status)
                    for r in price.rows if result.bidder(r.bidder).status == "invalid")
    reviewed = []
    for stage, label in (("qualification", "资格审查"), ("compliance", "符合性审查")):
        failing = {r.id for r in result.bidders if any(x.startswith(stage + ":") for x in r.reasons)}
        reviewed.append((label, len(ev.bidders) - len(failing), len(ev.bidders)))
    ranked = sorted((r for r in result.bidders if r.ranked), key=lambda r: (r.rank or 0, r.id))
    places = result.decimals
    scores = {r.bidder: r for r in price.rows}
    ranking = tuple(Ranked(r.id, names[r.id], scores[r.id].price_score, _score(r.total, places), r.rank or 0,
                           _price(scores[r.id].quoted, scores[r.id].corrected), scores[r.id].evaluated)
                    for r in ranked)
    by_id = {r.bidder: r for r in ranking}
    candidates = tuple(by_id[c] for c in voted_candidates(result, ev) if c in by_id)
    valid = sum(1 for r in result.bidders if r.status == "valid")
    failure = (f"通过资格审查和符合性审查的有效投标人为 {valid} 家，不足 {ev.rules.min_valid_bids} 家"
               if result.failed else "")
    pending = tuple(ISSUE_TEXT[i.kind].format(bidder=f"{i.bidder} {names.get(i.bidder or '', '')}".strip(),
                                              factor=i.factor or "")
                    for i in result.issues if i.kind in ISSUE_TEXT)
    corrections_price = tuple(
        f"{b.id} {b.name}：{correction_text(result.bidder(b.id).price, ev.project.price_mode)}"
        for b in ev.bidders if b.price is not None and result.bidder(b.id).price != b.price
    )
    member_changes, corrections = _audit_changes(audit, ev)
    low = build_low_price(ev, result, header)
    panel = "协商小组" if single else "评标委员会"
    n_sheets = len(ev.members)
    attachments = (
        *PAPER_ATTACHMENTS, "开标记录表", "资格审查表", "符合性审查表", f"评委个人评分表（{n_sheets} 份）",
        "评分汇总表", "价格分计算表", *(("异常低价审查记录",) if low is not None else ()),
        f"{panel}成员不同意见及理由（如有）",
    )
    deal = build_deal(ev)
    if single and deal is not None:
        attachments = deal_attachments(deal, PAPER_ATTACHMENTS, low is not None)
    elif deal is not None:
        attachments = (*attachments[:-1], deal.record, attachments[-1])
    final = sr.final_record(ev)
    return Narrative(
        header=header, title="评审报告" if single else "评标报告", panel=panel,
        method=METHOD_NAMES.get(ev.project.method, ev.project.method), draft=final is None,
        finalised=cn_time(str(final.get("at") or "")) if final is not None else "",
        dates=evaluation_dates(ev, audit),
        notice=extras.report_text(ev, "notice"), opening_date=header.opening,
        opening_place=extras.report_text(ev, "opening_place"), bidders=bidders,
        opening=build_opening(ev, result, header).rows, members=members,
        standards=standards_rows(ev, places), price_rule=price_rule_text(ev), averaging=averaging_text(ev),
        tie_break=tie_break_text(ev), reviewed=tuple(reviewed), invalid=invalid, ranking=ranking,
        candidates=candidates, failed=result.failed, failure=failure, pending=pending,
        price_corrections=corrections_price, member_changes=member_changes, corrections=corrections,
        low_price=low.rows if low is not None else (), other=extras.report_text(ev, "other"),
        attachments=attachments, deal=deal, collusion=tuple(invalid_lines(ev)), **session_texts(ev),
    )


def session_texts(ev: Evaluation) -> dict[str, tuple[str, ...]]:
    """What the session recorded, as the report's sentences: low-price requests, kept scores, votes, re-evaluations."""
    names = {b.id: b.name for b in ev.bidders}
    members = {m.id: m.name for m in ev.members}
    factors = {f.id: f.name for f in ev.factors}
    reviews = []
    for bid, r in sr.low_price_reviews(ev).items():
        accepts = [members.get(o.member, o.member) for o in r.opinions if o.accepted]
        rejects = [f"{members.get(o.member, o.member)}（{o.text}）" for o in r.opinions if not o.accepted]
        conclusion = {True: "多数成员认可其说明，报价有效", False: "多数成员不认可其说明，投标无效",
                      None: "尚未形成多数意见"}[r.conclusion(len(ev.members))]
        reviews.append(
            f"{bid} {names.get(bid, '')}：{r.asked_at} 要求其在 {r.deadline} 前就报价合理性作出书面说明"
            f"{'并提交' + '、'.join(r.attachments) if r.attachments else ''}。说明摘要：{r.summary or '—'}。"
            f"评审参考：{r.references or '—'}。认可：{'、'.join(accepts) or '无'}；"
            f"不认可：{'、'.join(rejects) or '无'}。结论：{conclusion}。")
    kept = []
    for key, res in sr.resolutions(ev).items():
        _kind, bid, fid, mid = ([*key.split(":"), "", "", ""])[:4]
        if res.get("action") != "kept":
            continue
        kept.append(f"{members.get(mid, mid)} 对 {bid} {names.get(bid, '')} 的“{fid} {factors.get(fid, '')}”评分"
                    f"偏离其他成员平均分较多，经评标委员会复核予以保留，理由：{res.get('reason', '')}。")
    votes = []
    for vote in sr.tie_votes(ev).values():
        counts = {b: sum(1 for c in vote.votes.values() if c == b) for b in vote.bidders}
        group = "、".join(f"{b} {names.get(b, '')}" for b in vote.bidders)
        votes.append(group + " 得分及排序条件相同，经评标委员会表决，"
                     + "，".join(f"{b} 得 {counts[b]} 票" for b in vote.order)
                     + "，排序为 " + " > ".join(vote.order) + (f"（{vote.note}）" if vote.note else "") + "。")
    again = [f"{r.get('at', '')} 因“{r.get('reason', '')}”（{ART64_NAMES.get(str(r.get('art64')), '')}）重新评审。"
             for r in sr.reevaluations(ev)]
    return {"reviews": tuple(reviews), "kept": tuple(kept), "votes": tuple(votes), "reevaluations": tuple(again)}


def _score(value: Decimal | None, places: int) -> str:
    return "" if value is None else fmt(value, places)


def _with_words(amount: str) -> str:
    """A corrected amount with its capitals under it (``1,955,000.00`` → ``…\n壹佰玖拾伍万伍仟元整``; a rate
    tender's ``86.50%`` → ``…\n百分之捌拾陆点伍零``)."""
    if amount.endswith("%"):
        return f"{amount}\n{price_words(Decimal(amount[:-1]), 'rate')}"
    return f"{amount}\n{format_rmb(Decimal(amount.replace(',', '')))}" if amount else ""


def _price(quoted: str, corrected: str) -> str:
    return quoted if corrected == quoted else f"{corrected}（修正后）"


# -- the report's text -----------------------------------------------------------------------------
def _fact(label: str, value: str) -> Block:
    return Para(f"{label}：{value}", indent=False) if value else Blank(label)


def _none_or(items: Sequence[str] | None, label: str) -> list[Block]:
    if items is None:
        return [Blank(label, 2)]
    return [Para(text) for text in items] or [Para("无。")]


def _grid(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], align: str,
          caption: str = "") -> Grid:
    return Grid((tuple(head),), tuple(tuple(r) for r in rows), tuple(widths), tuple(align), caption)


def _parts_one_to_three(n: Narrative) -> list[Block]:
    h = n.header
    out: list[Block] = [Heading(n.title, 0)]
    out += [Para(f"{label}：{value}", indent=False) for label, value in (
        ("项目名称", h.name), ("项目编号", h.number), ("采购人", h.purchaser), ("采购代理机构", h.agency),
        ("采购方式", n.method))]
    if n.draft:
        out.append(Para(f"本报告为{DRAFT_MARK}：评审尚未定稿，评标结果以定稿后的报告为准。", indent=False))
    else:
        out += [_fact("评标时间", n.dates), Para(f"定稿时间：{n.finalised}", indent=False)]
    out.append(Heading("一、招标公告刊登的媒体名称、开标日期和地点"))
    out += [_fact("招标公告发布媒介", n.notice), _fact("开标日期", n.opening_date), _fact("开标地点", n.opening_place)]
    out.append(Heading(f"二、投标人名单和{n.panel}成员名单"))
    out.append(Heading(f"（一）投标人名单（共 {len(n.bidders)} 家）", 2))
    out.append(_grid(("序号", "编号", "投标人名称", "企业规模"),
                     [(str(i), *b) for i, b in enumerate(n.bidders, start=1)], (30, 40, 260, 80), "CCLC"))
    experts = sum(1 for m in n.members if m.role == "评审专家")
    out.append(Heading(f"（二）{n.panel}成员名单", 2))
    out.append(Para(f"{n.panel}由 {len(n.members)} 名成员组成，其中评审专家 {experts} 名、"
                    f"采购人代表 {len(n.members) - experts} 名。"))
    out.append(_grid(("序号", "姓名", "身份", "职务"),
                     [(str(i), m.name, m.role, "组长" if m.leader else "成员") for i, m in enumerate(n.members, 1)],
                     (30, 120, 120, 80), "CLCC"))
    if not any(m.leader for m in n.members):
        out.append(Blank(f"{n.panel}组长"))
    out.append(Heading("三、评标方法和标准"))
    if n.deal is not None and n.deal.method == "single_source":
        return out + standards_blocks(n.deal, n.method)
    out.append(Para(f"本项目采用{n.method}方式，评标方法为综合评分法。" if n.standards else
                    f"本项目采用{n.method}方式。"))
    out += [Para(n.price_rule), Para(n.averaging), Para(n.tie_break)]
    if n.standards:
        out.append(_grid(("类别", "评分因素", "分值", "性质", "评分标准"), n.standards, (60, 130, 40, 40, 230),
                         "LLRCL", "评分标准摘要"))
    return out


def _parts_four_five(n: Narrative) -> list[Block]:
    out: list[Block] = [Heading("四、开标记录和评标情况及说明")]
    out.append(Heading("（一）开标记录", 2))
    mode = n.header.price_mode
    out.append(_grid(("编号", "投标人", price_head("投标报价", mode), words_head(mode), price_head("修正后报价", mode)),
                     [(r.bidder, r.name, r.price, r.price_words, _with_words(r.corrected)) for r in n.opening],
                     (36, 150, 80, 150, 80), "CLRLR"))
    out.append(Heading("（二）资格审查和符合性审查", 2))
    out += [Para(f"{label}：参加 {total} 家，通过 {passed} 家，未通过 {total - passed} 家。")
            for label, passed, total in n.reviewed]
    out.append(Heading("（三）无效投标及原因", 2))
    if n.invalid:
        out.append(_grid(("编号", "投标人", "无效原因"), [(i.bidder, i.name, i.reasons) for i in n.invalid],
                         (36, 170, 290), "CLL"))
    else:
        out.append(Para("无。"))
    out += [Para(line) for line in n.collusion]
    single = n.deal is not None and n.deal.method == "single_source"
    out.append(Heading(f"（四）{n.deal.talk}情况" if single and n.deal else "（四）详细评审", 2))
    if n.deal is not None:
        out += talks_blocks(n.deal)
    if single:
        out.append(Para(f"单一来源采购不进行综合评分，{n.panel}与供应商协商确定成交价格。"))
    elif n.ranking:
        out.append(Para(f"{n.panel}对 {len(n.ranking)} 家有效投标进行了详细评审，各成员独立评分，"
                        "评分结果如下（各成员评分见附件评委个人评分表，汇总见评分汇总表）："))
        out.append(_grid(("编号", "投标人", "价格分", "总分", "排名"),
                         [(r.bidder, r.name, r.price_score, r.total, str(r.rank)) for r in n.ranking],
                         (40, 240, 60, 60, 40), "CLRRC"))
    else:
        out.append(Para("无有效投标，未进行详细评审。"))
    out.append(Heading("五、成交结果" if single else "五、评标结果"))
    if single and n.deal is not None:
        out += result_blocks(n.deal)
    elif n.failed:
        out.append(Para(f"本项目废标。原因：{n.failure}。"))
    elif n.candidates:
        order = ("第一", "第二", "第三", "第四", "第五")
        out.append(Para(f"{n.panel}按得分由高到低推荐中标候选人如下："))
        heads = (price_head("投标报价", mode), price_head("评审价格", mode))
        out.append(_grid(("推荐顺序", "编号", "投标人", *heads, "总分"),
                         [(f"{order[i] if i < len(order) else str(i + 1)}中标候选人", c.bidder, c.name, c.price,
                           c.evaluated, c.total) for i, c in enumerate(n.candidates)],
                         (80, 36, 170, 85, 85, 45), "CCLRRR"))
    if n.pending:
        out.append(Para("以下事项尚待处理，评标结果在其处理后方可确定："))
        out += [Para(f"{i}. {text}") for i, text in enumerate(n.pending, start=1)]
    return out


def _part_six(n: Narrative) -> list[Block]:
    out: list[Block] = [Heading("六、其他需要说明的情况")]
    mode = n.header.price_mode
    out.append(Heading("（一）澄清、说明、补正事项", 2))
    out += [Para(text) for text in n.price_corrections]
    out.append(Blank("其他澄清、说明、补正事项", 2))
    out.append(Heading(f"（二）{n.panel}成员更换情况", 2))
    out += _none_or(n.member_changes, f"{n.panel}成员更换情况")
    out.append(Heading("（三）依《政府采购货物和服务招标投标管理办法》第六十四条的复核更正", 2))
    if n.corrections is None:
        out.append(Blank("评分复核更正情况", 2))
    elif not n.corrections and not n.kept:
        out.append(Para("无。"))
    else:
        out.append(_grid(("日期", "评委", "投标人", "评分因素", "更正内容", "更正类别", "理由"),
                         [(c.at, c.member, c.bidder, c.factor, c.change, c.category, c.reason) for c in n.corrections],
                         (60, 50, 70, 70, 90, 80, 90), "LLLLLLL"))
    out += [Para(text) for text in n.kept]
    out.append(Heading("（四）异常低价审查", 2))
    if n.low_price:
        out.append(_grid(("编号", "投标人", price_head("投标报价", mode), "触发情形", "审查结论", "说明"),
                         [(r.bidder, r.name, r.quoted, r.triggers, r.decision, r.note) for r in n.low_price],
                         (36, 110, 70, 120, 80, 90), "CLRLLL"))
        out += [Para(text) for text in n.reviews]
    else:
        out.append(Para("无投标报价触发异常低价审查情形。"))
    out.append(Heading("（五）其他", 2))
    out += [Para(text) for text in (*n.votes, *n.reevaluations)]
    out.append(Para(n.other) if n.other else Blank("其他需要说明的事项", 2))
    return out


def narrative_blocks(n: Narrative) -> list[Block]:
    """The report as document blocks: the six parts, the attachments and every member's signature."""
    out = _parts_one_to_three(n) + _parts_four_five(n) + _part_six(n)
    out.append(Heading("附件"))
    out += [Para(f"{i}. {name}") for i, name in enumerate(n.attachments, start=1)]
    signers = tuple(f"{'组长' if m.leader else '成员'}　{m.name}（{m.role}）" for m in n.members)
    out.append(Signatures(f"{n.panel}成员签字（对评标结果有不同意见的，请写明不同意见及理由）", signers, dissent=True))
    return out
