"""The negotiation record (协商情况记录 / 谈判记录 / 磋商记录) of the non-tender methods, as plain data and rules.

Single source (单一来源, seed 000 §§21–26): the 协商小组 negotiates with the one supplier on the technical
and service requirements and the contract terms the document allows to change, round by round, and
agrees a reasonable price (合理成交价格) that never exceeds the budget — or records that no agreement was
reached, or declares the negotiation void (本次协商无效) with the reason. Competitive negotiation and
consultation (竞争性谈判 / 竞争性磋商): each supplier quotes in every round; its last quote (最后报价) is the
price the engine scores.

Kept under the exchange file's free ``"x"`` object as ``biddesk.negotiation`` (docs/negotiation.md)::

    {"rounds": [{"round": 1, "bidder": "S1", "at": "2026-01-05 10:30", "price": "1150000.00",
                 "words": "壹佰壹拾伍万元整", "speaker_role": "authorised", "speaker": "张三",
                 "terms": [{"requirement": "…", "original": "…", "agreed": "…"}], "remarks": "…",
                 "final": false}, …],
     "opening": {"S1": {"price": "1180000.00", "words": "…"}},
     "no_final": {"B3": "未在规定时间内提交最后报价"},
     "outcome": {"kind": "agreed", "bidder": "S1", "price": "1140000.00", "words": "…",
                 "reason": "", "at": "2026-01-05 11:30", "dissent": {"M2": "…"}}}

The final quote feeds the engine through the data, not through a second price rule: the service that
records a final quote writes it into the bid's ``price`` and ``price_words`` (what :mod:`app.domain.engine`
reads), keeping the response's first price under ``opening``; :func:`scored_price` says which price a
bid carries. Reading is lenient (an unreadable entry is skipped, so a bad file never crashes a view);
writing goes through :func:`round_problems` and :func:`outcome_problems`, whose places are in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.model import RATE_CEILING, Evaluation
from app.domain.numerals import NumeralError, format_rmb
from app.domain.problems import Problem
from app.domain.rate_words import format_rate, parse_price_words
from app.domain.reviews import failed_items
from app.domain.session_records import NEGOTIATION, parse_time

#: The methods that negotiate, and the words each uses (the panel, the record, the supplier's papers).
NEGOTIATED = ("single_source", "competitive_negotiation", "competitive_consultation")
#: The methods scored on the final quotes.
FINAL_QUOTE_METHODS = ("competitive_negotiation", "competitive_consultation")
PANEL = {"single_source": "协商小组", "competitive_negotiation": "谈判小组", "competitive_consultation": "磋商小组"}
RECORD = {"single_source": "协商情况记录", "competitive_negotiation": "谈判记录",
          "competitive_consultation": "磋商记录"}
TALK = {"single_source": "协商", "competitive_negotiation": "谈判", "competitive_consultation": "磋商"}
SPEAKER_ROLES = {"legal_rep": "法定代表人", "authorised": "授权代表"}
OUTCOMES = {"agreed": "成交", "no_agreement": "未能达成一致", "void": "协商无效"}
#: The reason of the ``invalid`` decision a bid gets when its supplier gives no final quote.
NO_FINAL_REASON = "未提交最后报价（视为退出）"
_CENT = Decimal("0.01")
#: The key of the record under ``x``.
KEY = NEGOTIATION


@dataclass(frozen=True)
class Term:
    """A term discussed and changed: the requirement, the document's original text, the agreed text."""

    requirement: str
    original: str
    agreed: str

    def to_json(self) -> dict[str, str]:
        """The term as kept under ``x``."""
        return {"requirement": self.requirement, "original": self.original, "agreed": self.agreed}


@dataclass(frozen=True)
class Round:
    """One round with one supplier: when, its quote (None: no quote this round), who spoke for it, the terms
    changed, the panel's remarks; ``final``: the quote is the supplier's 最后报价."""

    number: int
    bidder: str
    at: str
    price: Decimal | None = None
    words: str = ""
    speaker_role: str = "authorised"
    speaker: str = ""
    terms: tuple[Term, ...] = ()
    remarks: str = ""
    final: bool = False

    def to_json(self) -> dict[str, Any]:
        """The round as kept under ``x``."""
        return {"round": self.number, "bidder": self.bidder, "at": self.at,
                "price": None if self.price is None else str(self.price), "words": self.words,
                "speaker_role": self.speaker_role, "speaker": self.speaker,
                "terms": [t.to_json() for t in self.terms], "remarks": self.remarks, "final": self.final}


@dataclass(frozen=True)
class Outcome:
    """What the panel decided: ``agreed`` (the price agreed with ``bidder``), ``no_agreement`` or ``void``
    (协商无效) with the reason; members who disagree give their reasons in ``dissent``."""

    kind: str
    at: str
    bidder: str = ""
    price: Decimal | None = None
    words: str = ""
    reason: str = ""
    dissent: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The outcome as kept under ``x``."""
        return {"kind": self.kind, "at": self.at, "bidder": self.bidder,
                "price": None if self.price is None else str(self.price), "words": self.words,
                "reason": self.reason, "dissent": dict(self.dissent)}


@dataclass(frozen=True)
class Negotiation:
    """The whole record: rounds in order (round, then the bids' order), the bids' first prices before a final
    quote replaced them, the suppliers recorded as giving no final quote, the outcome."""

    rounds: tuple[Round, ...] = ()
    opening: dict[str, tuple[Decimal | None, str | None]] = field(default_factory=dict)
    no_final: dict[str, str] = field(default_factory=dict)
    outcome: Outcome | None = None

    def of(self, bidder: str) -> tuple[Round, ...]:
        """A supplier's rounds, in order."""
        return tuple(r for r in self.rounds if r.bidder == bidder)

    def final_quote(self, bidder: str) -> Round | None:
        """A supplier's 最后报价 round, if recorded."""
        return next((r for r in self.rounds if r.bidder == bidder and r.final), None)

    def to_json(self) -> dict[str, Any]:
        """The record as kept under ``x`` (empty parts left out)."""
        out: dict[str, Any] = {}
        if self.rounds:
            out["rounds"] = [r.to_json() for r in self.rounds]
        if self.opening:
            out["opening"] = {b: {"price": None if p is None else str(p), "words": w}
                              for b, (p, w) in self.opening.items()}
        if self.no_final:
            out["no_final"] = dict(self.no_final)
        if self.outcome is not None:
            out["outcome"] = self.outcome.to_json()
        return out


# -- reading (lenient) -----------------------------------------------------------------------------
def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        return None
    try:
        found = Decimal(str(value))
    except InvalidOperation:
        return None
    return found if found.is_finite() else None


def _text(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    return value if isinstance(value, str) else ""


def _round(doc: object) -> Round | None:
    if not isinstance(doc, dict):
        return None
    number, bidder = doc.get("round"), doc.get("bidder")
    if isinstance(number, bool) or not isinstance(number, int) or not isinstance(bidder, str):
        return None
    terms = tuple(Term(_text(t, "requirement"), _text(t, "original"), _text(t, "agreed"))
                  for t in doc.get("terms") or () if isinstance(t, dict))
    return Round(number, bidder, _text(doc, "at"), _decimal(doc.get("price")), _text(doc, "words"),
                 _text(doc, "speaker_role") or "authorised", _text(doc, "speaker"), terms, _text(doc, "remarks"),
                 doc.get("final") is True)


def _outcome(doc: object) -> Outcome | None:
    if not isinstance(doc, dict) or doc.get("kind") not in OUTCOMES:
        return None
    found = doc.get("dissent")
    dissent = {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}
    return Outcome(str(doc["kind"]), _text(doc, "at"), _text(doc, "bidder"), _decimal(doc.get("price")),
                   _text(doc, "words"), _text(doc, "reason"), dissent)


def from_json(doc: object) -> Negotiation:
    """The record read back from ``x`` (unreadable entries are skipped)."""
    doc = doc if isinstance(doc, dict) else {}
    rounds = [r for r in (_round(d) for d in doc.get("rounds") or ()) if r is not None]
    opening_doc = doc.get("opening")
    opening = {str(b): (_decimal(v.get("price")), v.get("words") if isinstance(v.get("words"), str) else None)
               for b, v in opening_doc.items() if isinstance(v, dict)} if isinstance(opening_doc, dict) else {}
    no_final_doc = doc.get("no_final")
    no_final = {str(b): str(v) for b, v in no_final_doc.items()} if isinstance(no_final_doc, dict) else {}
    return Negotiation(tuple(rounds), opening, no_final, _outcome(doc.get("outcome")))


def negotiation(ev: Evaluation) -> Negotiation:
    """The evaluation's negotiation record (empty when none)."""
    return from_json(ev.extensions.get(NEGOTIATION))


def ordered(ev: Evaluation, rounds: list[Round] | tuple[Round, ...]) -> tuple[Round, ...]:
    """Rounds by number, then in the bids' order."""
    place = {b.id: i for i, b in enumerate(ev.bidders)}
    return tuple(sorted(rounds, key=lambda r: (r.number, place.get(r.bidder, len(place)), r.bidder)))


def is_negotiated(ev: Evaluation) -> bool:
    """Whether the procurement method negotiates (单一来源、竞争性谈判、竞争性磋商)."""
    return ev.project.method in NEGOTIATED


# -- words -----------------------------------------------------------------------------------------
def method_words(method: str) -> tuple[tuple[str, str], ...]:
    """A tender's words and the method's, longest first, for the pack and the window (empty for a tender):
    评标委员会 → 协商小组 / 谈判小组 / 磋商小组, 投标文件 → 响应文件, 投标人 → 供应商, 中标 → 成交 …"""
    panel = PANEL.get(method)
    if panel is None:
        return ()
    return (("招标公告", "采购公告"), ("招标文件", "采购文件"), ("开标一览表", "报价一览表"), ("评标委员会", panel),
            ("评标报告", "评审报告"), ("投标文件", "响应文件"), ("投标报价", "响应报价"), ("投标费率", "响应费率"),
            ("中标候选人", "成交候选人"), ("中标", "成交"), ("投标人", "供应商"), ("无效投标", "无效响应"),
            ("有效投标", "有效响应"), ("评标", "评审"), ("投标响应文件", "响应文件"), ("投标", "响应"))


#: Texts never reworded: the names of the laws (《政府采购货物和服务招标投标管理办法》).
KEPT = ("招标投标",)


def reword_text(text: str, pairs: tuple[tuple[str, str], ...], kept: tuple[str, ...] = ()) -> str:
    """``text`` with each pair's old word replaced by the new one, in order; the ``kept`` texts (names from
    the data) and :data:`KEPT` are never changed."""
    if not pairs:
        return text
    masks = [(f"\x00{i}\x00", k) for i, k in enumerate((*kept, *KEPT)) if k and k in text]
    for mask, k in masks:
        text = text.replace(k, mask)
    for old, new in pairs:
        text = text.replace(old, new)
    for mask, k in masks:
        text = text.replace(mask, k)
    return text


#: The same in the window's English.
EN_WORDS = (("evaluation committee", "panel"), ("Evaluation committee", "Panel"), ("committee", "panel"),
            ("Committee", "Panel"), ("bidders", "suppliers"), ("Bidders", "Suppliers"), ("bidder", "supplier"),
            ("Bidder", "Supplier"), ("winning", "successful"))


def quote_words(ev: Evaluation, price: Decimal) -> str:
    """The capitals of a quote: money capitals, or a rate tender's rate capitals (百分之…)."""
    return format_rate(price) if ev.project.price_mode == "rate" else format_rmb(price)


def quote_text(ev: Evaluation, price: Decimal) -> str:
    """A quote in figures as printed (``1,140,000.00 元``, or ``86.50%`` in a rate tender)."""
    if ev.project.price_mode == "rate":
        return f"{price.quantize(_CENT)}%"
    return f"{price.quantize(_CENT):,} 元"


def bidder_label(ev: Evaluation, bidder: str) -> str:
    """``S1 焦作市信息产业投资有限公司`` (the id alone when unknown)."""
    name = next((b.name for b in ev.bidders if b.id == bidder), "")
    return f"{bidder} {name}".strip()


# -- rules -----------------------------------------------------------------------------------------
def _quote_problems(ev: Evaluation, place: str, price: Decimal | None, words: str) -> list[Problem]:
    """A quote's figures and capitals: above zero, two places at most, capitals that say the same."""
    if price is None:
        return [Problem.of(place, "negotiation.price_needs_both", "报价须同时写明小写和大写")] if words.strip() else []
    problems: list[Problem] = []
    rate = ev.project.price_mode == "rate"
    if price <= 0:
        problems.append(Problem.of(place, "negotiation.price_not_above_zero", "报价 %1 须大于零", price))
    elif price != price.quantize(_CENT):
        problems.append(Problem.of(place, "negotiation.price_two_places", "报价 %1 最多保留两位小数", price))
    elif rate and price > RATE_CEILING:
        problems.append(Problem.of(place, "negotiation.rate_above_hundred", "费率报价 %1% 不能超过 100.00%", price))
    if not words.strip():
        hint = f"（{quote_words(ev, price)}）" if not problems else ""
        problems.append(Problem.of(place, "negotiation.price_needs_words", "报价须写明大写%1", hint))
        return problems
    try:
        said = parse_price_words(words, ev.project.price_mode, strict=rate)
    except NumeralError as exc:
        problems.append(Problem.of(place, "negotiation.words_unreadable", "大写「%1」无法读取：%2", words, exc.reason))
        return problems
    if said != price:
        problems.append(Problem.of(place, "negotiation.words_disagree",
                                   "大写「%1」为 %2，与小写 %3 不一致", words, quote_text(ev, said),
                                   quote_text(ev, price)))
    return problems


def _bid_problems(ev: Evaluation, bidder: str, place: str) -> list[Problem]:
    if bidder not in {b.id for b in ev.bidders}:
        return [Problem.of(place, "negotiation.unknown_supplier", "没有编号为 %1 的供应商", bidder)]
    failed = failed_items(ev, "qualification").get(bidder, []) + failed_items(ev, "compliance").get(bidder, [])
    if failed or any(d.bidder == bidder and d.kind == "invalid" and d.reason != NO_FINAL_REASON for d in ev.decisions):
        return [Problem.of(place, "negotiation.supplier_not_passed",
                           "%1 的响应文件未通过审查（或已被认定无效），不能进入%2",
                           bidder_label(ev, bidder), TALK.get(ev.project.method, '协商'))]
    return []


def round_problems(ev: Evaluation, record: Negotiation, rnd: Round) -> list[Problem]:
    """What keeps a round from being recorded (replacing the stored round of that number and supplier)."""
    talk = TALK.get(ev.project.method, "协商")
    place = f"第 {rnd.number} 轮{talk}（{bidder_label(ev, rnd.bidder)}）"
    if ev.project.method not in NEGOTIATED:
        return [Problem.of(place, "negotiation.method_has_no_negotiation",
                           "只有单一来源、竞争性谈判和竞争性磋商项目记录协商（谈判、磋商）过程")]
    problems = _bid_problems(ev, rnd.bidder, place)
    if rnd.number < 1:
        problems.append(Problem.of(place, "negotiation.rounds_start_at_one", "轮次从 1 开始"))
    when = parse_time(rnd.at)
    if when is None:
        problems.append(Problem.of(place, "negotiation.not_a_time", "时间「%1」不是 YYYY-MM-DD HH:MM 形式", rnd.at))
    if rnd.speaker_role not in SPEAKER_ROLES:
        problems.append(Problem.of(place, "negotiation.attendee_role", "供应商出席人须为法定代表人或授权代表"))
    if not rnd.speaker.strip():
        problems.append(Problem.of(place, "negotiation.attendee_name", "须写明代表供应商出席的人员姓名"))
    for i, t in enumerate(rnd.terms, start=1):
        if not t.requirement.strip() or not t.agreed.strip():
            problems.append(Problem.of(f"{place} 第 {i} 项条款", "negotiation.change_needs_terms",
                                       "须写明所涉需求（条款）和商定后的内容"))
    problems += _quote_problems(ev, f"{place}的报价", rnd.price, rnd.words)
    if rnd.final and rnd.price is None:
        problems.append(Problem.of(place, "negotiation.final_offer_needs_price", "最后报价须写明报价"))
    others = [r for r in record.of(rnd.bidder) if r.number != rnd.number]
    final = next((r for r in others if r.final), None)
    if final is not None and (rnd.final or rnd.number > final.number):
        problems.append(Problem.of(place, "negotiation.round_after_final",
                                   "第 %1 轮已是最后报价，其后不能再有报价轮次", final.number))
    if rnd.final and any(r.number > rnd.number for r in others):
        problems.append(Problem.of(place, "negotiation.final_not_last_round", "最后报价须是该供应商的最后一轮"))
    for r in others:
        before = parse_time(r.at)
        if when is None or before is None:
            continue
        if (r.number < rnd.number and before > when) or (r.number > rnd.number and before < when):
            problems.append(Problem.of(place, "negotiation.time_out_of_order",
                                       "时间 %1 与第 %2 轮的时间 %3 先后颠倒", rnd.at, r.number, r.at))
    if rnd.bidder in record.no_final and rnd.final:
        problems.append(Problem.of(place, "negotiation.no_final_offer_recorded",
                                   "该供应商已记为未提交最后报价；先撤销该记录"))
    if record.outcome is not None:
        problems.append(Problem.of(place, "negotiation.outcome_recorded", "协商结果已记录；先撤销结果再修改协商过程"))
    return problems


def no_final_problems(ev: Evaluation, record: Negotiation, bidder: str, note: str) -> list[Problem]:
    """What keeps a supplier from being recorded as giving no final quote."""
    place = f"{bidder_label(ev, bidder)} 的最后报价"
    if ev.project.method not in FINAL_QUOTE_METHODS:
        return [Problem.of(place, "negotiation.final_offers_only_negotiation",
                           "只有竞争性谈判和竞争性磋商项目以最后报价评审")]
    problems = _bid_problems(ev, bidder, place)
    if record.final_quote(bidder) is not None:
        problems.append(Problem.of(place, "negotiation.final_offer_recorded", "已记录最后报价；先删除该轮次"))
    if not note.strip():
        problems.append(Problem.of(place, "negotiation.state_circumstances",
                                   "须写明情况（如：未在规定时间内提交最后报价）"))
    return problems


def price_limits(ev: Evaluation) -> list[tuple[str, Decimal]]:
    """The limits an agreed price may not exceed: the budget and the ceiling (a rate tender: its ceiling)."""
    p = ev.project
    if p.price_mode == "rate":
        return [("最高限价", p.effective_ceiling or RATE_CEILING)]
    limits = [("预算金额", p.budget)] if p.budget is not None else []
    if p.ceiling is not None and (p.budget is None or p.ceiling < p.budget):
        limits.append(("最高限价", p.ceiling))
    return [(name, value) for name, value in limits if value is not None]


def outcome_problems(ev: Evaluation, record: Negotiation, outcome: Outcome) -> list[Problem]:
    """What keeps the panel's outcome from being recorded (an agreed price above the budget, no reason …)."""
    place = f"{TALK.get(ev.project.method, '协商')}结果"
    if ev.project.method != "single_source":
        return [Problem.of(place, "negotiation.outcome_from_evaluation",
                           "竞争性谈判、磋商的成交结果由最后报价的评审得出，不在此记录")]
    problems: list[Problem] = []
    if outcome.kind not in OUTCOMES:
        return [Problem.of(place, "negotiation.not_an_outcome",
                           "%1 不是 agreed、no_agreement、void 之一", outcome.kind)]
    if parse_time(outcome.at) is None:
        problems.append(Problem.of(place, "negotiation.not_a_time",
                                   "时间「%1」不是 YYYY-MM-DD HH:MM 形式", outcome.at))
    members = {m.id for m in ev.members}
    for mid, text in outcome.dissent.items():
        if mid not in members:
            problems.append(Problem.of(place, "negotiation.unknown_panel_member", "没有编号为 %1 的小组成员", mid))
        elif not text.strip():
            problems.append(Problem.of(place, "negotiation.dissent_needs_reason", "成员 %1 的不同意见须写明理由", mid))
    if outcome.kind != "agreed":
        if not outcome.reason.strip():
            problems.append(Problem.of(place, "negotiation.needs_reason", "%1须写明理由", OUTCOMES[outcome.kind]))
        if outcome.kind == "no_agreement" and not record.rounds:
            problems.append(Problem.of(place, "negotiation.no_negotiation_yet", "尚无协商记录，不能记为未能达成一致"))
        return problems
    bidder = outcome.bidder
    problems += _bid_problems(ev, bidder, place)
    if not record.of(bidder):
        problems.append(Problem.of(place, "negotiation.no_negotiation_with",
                                   "尚未记录与 %1 的协商，不能成交", bidder_label(ev, bidder)))
    if outcome.price is None:
        problems.append(Problem.of(place, "negotiation.award_needs_price", "成交须写明商定的成交价格"))
        return problems
    problems += _quote_problems(ev, f"{place}的成交价格", outcome.price, outcome.words)
    for name, limit in price_limits(ev):
        if outcome.price > limit:
            problems.append(Problem.of(f"{place}的成交价格", "negotiation.price_above_limit",
                                       "成交价格 %1 超过%2 %3，不能成交",
                                       quote_text(ev, outcome.price), name, quote_text(ev, limit)))
    return problems


# -- the price a bid carries -------------------------------------------------------------------------
def scored_price(ev: Evaluation, record: Negotiation, bidder: str) -> tuple[Decimal | None, str | None]:
    """The price and capitals a bid carries (what the engine scores): its final quote when one is recorded
    in a method scored on final quotes, else the response's own (first) price."""
    final = record.final_quote(bidder) if ev.project.method in FINAL_QUOTE_METHODS else None
    if final is not None:
        return final.price, final.words
    if bidder in record.opening:
        return record.opening[bidder]
    bid = next((b for b in ev.bidders if b.id == bidder), None)
    return (None, None) if bid is None else (bid.price, bid.price_words)


def with_round(ev: Evaluation, record: Negotiation, rnd: Round) -> Negotiation:
    """The record with ``rnd`` in place of the stored round of that number and supplier."""
    rounds = [r for r in record.rounds if (r.number, r.bidder) != (rnd.number, rnd.bidder)]
    return replace(record, rounds=ordered(ev, [*rounds, rnd]))


def without_round(record: Negotiation, number: int, bidder: str) -> Negotiation:
    """The record without that round."""
    return replace(record, rounds=tuple(r for r in record.rounds if (r.number, r.bidder) != (number, bidder)))


def quotes_table(ev: Evaluation, record: Negotiation) -> tuple[list[int], dict[str, dict[int, Round]]]:
    """Each supplier's quote per round: the round numbers and, per bidder, its rounds by number."""
    numbers = sorted({r.number for r in record.rounds})
    table: dict[str, dict[int, Round]] = {b.id: {} for b in ev.bidders}
    for r in record.rounds:
        table.setdefault(r.bidder, {})[r.number] = r
    return numbers, table
