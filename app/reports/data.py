"""The tables of the report pack (评标报告 attachments) as plain, immutable data.

Every table is built from an :class:`~app.domain.model.Evaluation` and its
:class:`~app.domain.result.Result` by a pure function (no I/O). Values are the strings the page
shows: money with thousands separators and 2 places (``2,545,000.00``), scores with the tender's
decimals as the result gives them, dates as ``2025年11月25日``. Each table carries the project
header it is printed under, so its fingerprint covers exactly what its page shows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from app.domain.model import Bidder, Evaluation, ItemsRule, Rules
from app.domain.numbers import fmt
from app.domain.pricing import SMALL_SIZES
from app.domain.result import BidderResult, Result
from app.domain.reviews import item_verdicts
from app.domain.scoring import parse_value
from app.domain.session_records import final_record
from app.reports.counted import build_counted
from app.reports.formats import cn_date, cn_time, money, percent
from app.reports.price_units import price_text, price_words

SIZE_NAMES = {"large": "大型企业", "medium": "中型企业", "small": "小型企业", "micro": "微型企业"}
STATUS_NAMES = {"valid": "有效", "pending": "待定（异常低价审查）", "invalid": "无效"}
STAGE_NAMES = {"qualification": "资格审查", "compliance": "符合性审查"}
TRIGGER_NAMES = {
    "average": "低于通过符合性审查投标人报价平均值的{rate}",
    "second_lowest": "低于第二低报价的{rate}",
    "ceiling": "低于最高限价的{rate}",
}
PASS, FAIL, NOT_CHECKED = "通过", "不通过", "未审"
QUALIFIED, NOT_QUALIFIED = "合格", "不合格"
NONE = "无"


# -- the tables ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    """The project lines printed at the top of every table."""

    name: str
    number: str
    purchaser: str
    agency: str
    opening: str
    #: ``amount`` (bids in 元) or ``rate`` (费率, %): how every price of the table is headed and printed.
    price_mode: str = "amount"


@dataclass(frozen=True)
class OpeningRow:
    """One bid as read at the opening (开标记录)."""

    bidder: str
    name: str
    price: str
    price_words: str
    corrected: str
    size: str
    prison: str
    disabled: str
    partner_share: str


@dataclass(frozen=True)
class OpeningTable:
    """开标记录."""

    header: Header
    rows: tuple[OpeningRow, ...]


@dataclass(frozen=True)
class CheckCell:
    """One bid's verdict on one item: 通过/不通过/未审, how it was reached (联合 or ``passes/votes``), notes."""

    verdict: str
    basis: str
    note: str


@dataclass(frozen=True)
class CheckRow:
    """One bid's verdicts in item order and the conclusion (合格/不合格)."""

    bidder: str
    name: str
    cells: tuple[CheckCell, ...]
    conclusion: str


@dataclass(frozen=True)
class CheckTable:
    """资格审查表 or 符合性审查表: bidder × item."""

    header: Header
    stage: str
    title: str
    items: tuple[tuple[str, str], ...]
    rows: tuple[CheckRow, ...]


@dataclass(frozen=True)
class PriceRow:
    """One bid's price score (价格分计算表); ``price_score`` is empty for an invalid bid."""

    bidder: str
    name: str
    quoted: str
    corrected: str
    rate: str
    basis: str
    evaluated: str
    price_score: str
    status: str


@dataclass(frozen=True)
class PriceTable:
    """价格分计算表: evaluated price = price after the policy deduction; score = base ÷ evaluated × weight."""

    header: Header
    weight: str
    base_price: str
    rows: tuple[PriceRow, ...]


@dataclass(frozen=True)
class SheetRow:
    """One bid on a member's sheet: points per factor in matrix order and their sum."""

    bidder: str
    name: str
    points: tuple[str, ...]
    total: str


@dataclass(frozen=True)
class ItemRow:
    """One bid's grades on the sub-items of an items factor (e.g. 45 service objects), and their points."""

    bidder: str
    name: str
    values: tuple[str, ...]
    points: str


@dataclass(frozen=True)
class ItemBlock:
    """A member's sub-item grades of one items factor: printed on a page of its own under the sheet."""

    factor: str
    factor_name: str
    max: str
    grades: str
    rows: tuple[ItemRow, ...]


@dataclass(frozen=True)
class MemberSheet:
    """评委个人评分表: one member's points for every scored bid × non-price factor.

    ``items`` holds the sub-item grades of every items factor (a joint score stands for every member).
    """

    header: Header
    member: str
    member_name: str
    factors: tuple[tuple[str, str, str], ...]
    rows: tuple[SheetRow, ...]
    items: tuple[ItemBlock, ...] = ()
    #: What each count and hours score rests on, printed under the sheet: (bid, its name, factor, the text) —
    #: the counted items as recorded, the hours as given. Not in the fingerprint: an offline package's sheet
    #: (which holds no evidence) prints the same fingerprint as the project's.
    counted: tuple[tuple[str, str, str, str], ...] = dataclasses.field(default=(), metadata={"fingerprint": False})


@dataclass(frozen=True)
class SummaryRow:
    """One scored bid: each member's total, the means per column, price score, total and rank."""

    bidder: str
    name: str
    member_totals: tuple[str, ...]
    means: tuple[str, ...]
    price_score: str
    total: str
    rank: int
    status: str


@dataclass(frozen=True)
class SummaryTable:
    """评分汇总表; ``mean_columns`` are the categories, or the factors under per-factor averaging."""

    header: Header
    members: tuple[tuple[str, str], ...]
    mean_columns: tuple[str, ...]
    rows: tuple[SummaryRow, ...]
    candidates: tuple[str, ...]
    failed: bool


@dataclass(frozen=True)
class LowPriceRow:
    """One abnormal-low-price review: the triggers fired, the committee's decision and its note."""

    bidder: str
    name: str
    quoted: str
    triggers: str
    decision: str
    note: str


@dataclass(frozen=True)
class LowPriceTable:
    """异常低价审查记录 (财库〔2026〕2号)."""

    header: Header
    rows: tuple[LowPriceRow, ...]


@dataclass(frozen=True)
class ReportData:
    """Every table of the report pack; ``low_price`` is None when no review took place.

    ``draft``: the evaluation is not finalised (every page says so); ``finalised``: when it was, as printed
    (``2025年11月26日 10:30``), "" for a draft. Neither is part of a table's fingerprint data: a draft's
    fingerprints are of their own domain (:mod:`app.reports.fingerprint`).
    """

    header: Header
    opening: OpeningTable
    qualification: CheckTable
    compliance: CheckTable
    price: PriceTable
    sheets: tuple[MemberSheet, ...]
    summary: SummaryTable
    low_price: LowPriceTable | None
    draft: bool = True
    finalised: str = ""


Table = OpeningTable | CheckTable | PriceTable | MemberSheet | SummaryTable | LowPriceTable


# -- builders ------------------------------------------------------------------------------------
def build_header(ev: Evaluation) -> Header:
    """The project lines of every table."""
    p = ev.project
    return Header(p.name, p.number, p.purchaser, p.agency, cn_date(p.opening) if p.opening else "", p.price_mode)


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


def build_opening(ev: Evaluation, result: Result, header: Header) -> OpeningTable:
    """开标记录: figures, capitals (as declared, else written from the figures), the corrected price."""
    rows = []
    mode = ev.project.price_mode
    for b in ev.bidders:
        r = result.bidder(b.id)
        words = b.price_words if b.price_words is not None else price_words(b.price, mode)
        corrected = price_text(r.price, mode) if b.price is None or r.price != b.price else ""
        rows.append(OpeningRow(
            b.id, b.name, price_text(b.price, mode), words, corrected,
            SIZE_NAMES.get(b.size or "", "未声明"), _yes(b.prison), _yes(b.disabled),
            percent(b.partner_share) if b.partner_share is not None else "",
        ))
    return OpeningTable(header, tuple(rows))


def grouped_notes(noted: tuple[tuple[str | None, str], ...], names: dict[str, str]) -> str:
    """Notes on one verdict, each text once with the members who gave it: ``张三、李四：资质证书过期``
    (the joint verdict's note without a name), in the order first given."""
    givers: dict[str, list[str]] = {}
    for member, text in noted:
        who = givers.setdefault(text.strip(), [])
        name = names.get(member, member) if member is not None else ""
        if name not in who:
            who.append(name)
    parts = []
    for text, who in givers.items():
        named = ["评标委员会" if not w else w for w in who]
        parts.append(text if named == ["评标委员会"] else f"{'、'.join(named)}：{text}")
    return "；".join(parts)


def build_checks(ev: Evaluation, stage: str, header: Header) -> CheckTable:
    """资格审查/符合性审查表: the joint verdict wins, else a strict majority of the members' verdicts fails.

    Each verdict's notes are printed once per text, with the members who gave it (:func:`grouped_notes`).
    """
    items = ev.checklist(stage)
    verdicts = item_verdicts(ev, stage)
    names = {m.id: m.name for m in ev.members}
    rows = []
    for b in ev.bidders:
        cells = []
        for item in items:
            v = verdicts[(b.id, item.id)]
            note = grouped_notes(v.noted, names)
            if not v.checked:
                cells.append(CheckCell(NOT_CHECKED, "", note))
            else:
                basis = "联合" if v.joint is not None else f"{v.passes}/{v.votes}"
                if v.joint is None and v.rule == "two_thirds":
                    basis += "（三分之二）"
                cells.append(CheckCell(FAIL if v.failed else PASS, basis, note))
        conclusion = NOT_QUALIFIED if any(c.verdict == FAIL for c in cells) else QUALIFIED
        rows.append(CheckRow(b.id, b.name, tuple(cells), conclusion))
    return CheckTable(header, stage, STAGE_NAMES[stage], tuple((i.id, i.name) for i in items), tuple(rows))


def deduction_basis(bidder: Bidder, rules: Rules, rate: Decimal) -> str:
    """Why a bid gets its deduction, in Chinese: ``小型企业 20%``, ``分包给小微企业占35% 6%``, ``无``."""
    if rate == 0:
        return NONE
    pct = percent(rate)
    if rules.deduction_mode == "lines":
        return f"小微企业承担部分 {money(bidder.small_amount or Decimal(0))} × {pct}"
    if bidder.size in SMALL_SIZES:
        return f"{SIZE_NAMES[bidder.size or '']} {pct}"
    if bidder.prison:
        return f"监狱企业视同小微 {pct}"
    if bidder.disabled:
        return f"残疾人福利性单位视同小微 {pct}"
    share = percent(bidder.partner_share) if bidder.partner_share is not None else ""
    agreement = "联合体协议" if bidder.arrangement == "consortium" else "分包意向协议"
    return f"{agreement}：小微企业占{share} {pct}"


def _reason_text(reason: str, ev: Evaluation) -> str:
    stage, _, item = reason.partition(":")
    if stage in STAGE_NAMES:
        names = {i.id: i.name for i in ev.checklist(stage)}
        return f"{STAGE_NAMES[stage]}“{names.get(item, item)}”不通过"
    return {"over_ceiling": "报价超过最高限价", "low_price": "异常低价说明不成立",
            "declared_invalid": "评标委员会认定无效"}.get(reason, reason)


def status_text(r: BidderResult, ev: Evaluation) -> str:
    """The bid's status, with the reasons of an invalid one: ``无效：报价超过最高限价``."""
    name = STATUS_NAMES.get(r.status, r.status)
    if r.status == "invalid" and r.reasons:
        return name + "：" + "；".join(_reason_text(x, ev) for x in r.reasons)
    return name


def _score(value: Decimal | None, places: int) -> str:
    return "" if value is None else fmt(value, places)


def build_price(ev: Evaluation, result: Result, header: Header) -> PriceTable:
    """价格分计算表: quoted, corrected, deduction and its basis, evaluated price, base price, price score."""
    weight = next((f.max for f in ev.factors if f.is_price), None)
    rows = []
    mode = ev.project.price_mode
    for b in ev.bidders:
        r = result.bidder(b.id)
        quoted = b.price if b.price is not None else r.price
        rows.append(PriceRow(
            b.id, b.name, price_text(quoted, mode), price_text(r.price, mode), percent(r.deduction),
            deduction_basis(b, ev.rules, r.deduction), price_text(r.evaluated_price, mode),
            _score(r.price_score, result.decimals), status_text(r, ev),
        ))
    return PriceTable(
        header, "" if weight is None else fmt(weight, result.decimals),
        price_text(result.base_price, ev.project.price_mode), tuple(rows),
    )


def _scored(ev: Evaluation, result: Result) -> list[tuple[Bidder, BidderResult]]:
    return [(b, result.bidder(b.id)) for b in ev.bidders if result.bidder(b.id).ranked]


def _grade_text(value: Decimal) -> str:
    """A sub-item grade as the tender writes it: ``0.8``, ``1``, ``0.5`` (no trailing zeros, no exponent)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def build_items(ev: Evaluation, result: Result, member: str) -> tuple[ItemBlock, ...]:
    """A member's sub-item grades of every items factor, for every scored bid (a joint score stands for all)."""
    raw = {(s.member, s.bidder, s.factor): s.value for s in ev.scores}
    blocks = []
    for f in ev.factors:
        if not isinstance(f.rule, ItemsRule):
            continue
        rows = []
        for b, r in _scored(ev, result):
            value = raw.get((member, b.id, f.id), raw.get((None, b.id, f.id)))
            grades = parse_value(f, value) if value is not None else ()
            assert isinstance(grades, tuple)
            rows.append(ItemRow(b.id, b.name, tuple(_grade_text(g) for g in grades),
                                fmt(r.member_points[member][f.id], result.decimals)))
        blocks.append(ItemBlock(f.id, f.name, fmt(f.max, result.decimals),
                                "/".join(_grade_text(v) for v in f.rule.values), tuple(rows)))
    return tuple(blocks)


def build_sheets(ev: Evaluation, result: Result, header: Header) -> tuple[MemberSheet, ...]:
    """评委个人评分表, one per member: every valid/pending bid × every non-price factor, and item grades."""
    places = result.decimals
    factors = [f for f in ev.factors if not f.is_price]
    spec = tuple((f.id, f.name, fmt(f.max, places)) for f in factors)
    sheets = []
    for m in ev.members:
        rows = tuple(
            SheetRow(b.id, b.name, tuple(fmt(r.member_points[m.id][f.id], places) for f in factors),
                     fmt(r.member_totals[m.id], places))
            for b, r in _scored(ev, result)
        )
        sheets.append(MemberSheet(header, m.id, m.name, spec, rows, build_items(ev, result, m.id),
                                  build_counted(ev, result, m.id)))
    return tuple(sheets)


def build_summary(ev: Evaluation, result: Result, header: Header) -> SummaryTable:
    """评分汇总表: per scored bid each member's total, the means, the price score, the total and the rank."""
    places = result.decimals
    per_factor = ev.rules.averaging == "per_factor"
    factors = [f for f in ev.factors if not f.is_price]
    columns = [f.id for f in factors] if per_factor else list(dict.fromkeys(f.category for f in factors))
    labels = tuple(f"{f.id} {f.name}" for f in factors) if per_factor else tuple(columns)
    rows = []
    for b, r in _scored(ev, result):
        means = (r.factors if per_factor else r.categories) or {}
        rows.append(SummaryRow(
            b.id, b.name, tuple(_score(r.member_totals.get(m.id), places) for m in ev.members),
            tuple(_score(means.get(c), places) for c in columns), _score(r.price_score, places),
            _score(r.total, places), r.rank or 0, status_text(r, ev),
        ))
    return SummaryTable(header, tuple((m.id, m.name) for m in ev.members), labels, tuple(rows),
                        result.candidates, result.failed)


def build_low_price(ev: Evaluation, result: Result, header: Header) -> LowPriceTable | None:
    """异常低价审查记录 of every bid that fired a trigger or has a low-price decision; None when none."""
    decisions = {d.bidder: d for d in ev.decisions if d.kind == "low_price"}
    rates = ev.rules.low_price
    rows = []
    for b in ev.bidders:
        r = result.bidder(b.id)
        if not r.low_price and b.id not in decisions:
            continue
        names = []
        for t in r.low_price:
            rate = getattr(rates, t)
            names.append(TRIGGER_NAMES[t].format(rate=percent(rate) if rate is not None else ""))
        d = decisions.get(b.id)
        if d is None or d.accepted is None:
            decision = "待评标委员会审查"
        else:
            decision = "说明合理，继续评审" if d.accepted else "说明不合理，投标无效"
        quoted = price_text(r.price, ev.project.price_mode)
        rows.append(LowPriceRow(b.id, b.name, quoted, "；".join(names) or "评标委员会认为报价明显偏低",
                                decision, d.note if d else ""))
    return LowPriceTable(header, tuple(rows)) if rows else None


def build_report(ev: Evaluation, result: Result) -> ReportData:
    """Every table of the report pack from an evaluation and its result (``evaluate(ev)``)."""
    header = build_header(ev)
    final = final_record(ev)
    return ReportData(
        draft=final is None,
        finalised=cn_time(str(final.get("at") or "")) if final is not None else "",
        header=header,
        opening=build_opening(ev, result, header),
        qualification=build_checks(ev, "qualification", header),
        compliance=build_checks(ev, "compliance", header),
        price=build_price(ev, result, header),
        sheets=build_sheets(ev, result, header),
        summary=build_summary(ev, result, header),
        low_price=build_low_price(ev, result, header),
    )
