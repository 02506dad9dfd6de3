"""The evaluation method and standards in words, for the report (评标方法和标准).

Every sentence is derived from the tender's data (the matrix, the rules); nothing is assumed.
"""

from __future__ import annotations

from decimal import Decimal

from app.domain import extras
from app.domain.model import (
    CountRule,
    Evaluation,
    Factor,
    GradesRule,
    HoursRule,
    ItemsRule,
    PriceRule,
    RangeRule,
)
from app.domain.numbers import fmt
from app.domain.scoring import show
from app.reports.formats import percent


def _n(value: Decimal) -> str:
    return show(value)


def rule_text(ev: Evaluation, factor: Factor) -> str:
    """How a factor is scored, in words: ``按档次评分：优 6 / 良 4 / 中 3 / 差 2 / 无 0``."""
    rule = factor.rule
    top = _n(factor.max)
    if isinstance(rule, PriceRule):
        return f"价格分 = 评标基准价 ÷ 评审价格 × {top}"
    if isinstance(rule, CountRule):
        return f"每项 {_n(rule.each)} 分，最高 {top} 分"
    if isinstance(rule, GradesRule):
        words = extras.grade_words(ev, factor.id)
        if len(words) == len(rule.values):
            levels = " / ".join(f"{w} {_n(v)}" for w, v in zip(words, rule.values, strict=True))
        else:
            levels = " / ".join(_n(v) for v in rule.values)
        return f"按档次评分：{levels}"
    if isinstance(rule, RangeRule):
        return f"0～{top} 分内评分，最小单位 {_n(rule.step)} 分"
    if isinstance(rule, ItemsRule):
        return f"{rule.n} 个子项，每项 {' / '.join(_n(v) for v in rule.values)} 分，合计最高 {top} 分"
    if isinstance(rule, HoursRule):
        return f"承诺时间每比 {_n(rule.baseline)} 小时快 1 小时得 {_n(rule.each)} 分，最高 {top} 分"
    raise AssertionError(f"unknown rule {rule!r}")  # pragma: no cover - the model has no other rules


def standards_rows(ev: Evaluation, places: int) -> tuple[tuple[str, str, str, str, str], ...]:
    """The matrix as rows: category, factor (id and name), points, objective/subjective, how it is scored."""
    rows = []
    for f in ev.factors:
        kind = "计算" if f.is_price else ("客观" if f.objective else "主观")
        rows.append((f.category, f"{f.id} {f.name}", fmt(f.max, places), kind, rule_text(ev, f)))
    return tuple(rows)


def price_rule_text(ev: Evaluation) -> str:
    """The price method and the policy deductions (or that the project has no price factor)."""
    price = next((f for f in ev.factors if f.is_price), None)
    if price is None:
        return "本项目不设价格分。"
    r = ev.rules
    text = (f"价格分采用低价优先法：以满足招标文件要求且价格扣除后最低的评审价格为评标基准价，"
            f"价格分 = 评标基准价 ÷ 评审价格 × {_n(price.max)}。")
    if ev.project.price_mode == "rate":  # issue 16: the bids are rates, not money
        text = ("本项目以费率（%）报价。价格分采用低价优先法：以满足招标文件要求且价格扣除后最低的评审费率为"
                f"评标基准费率，价格分 = 评标基准费率 ÷ 评审费率 × {_n(price.max)}。")
    if r.deduction_mode == "lines":
        text += f"小微企业承担部分的报价给予 {percent(r.small_deduction)} 的扣除，以扣除后的价格为评审价格。"
    else:
        text += (f"小型、微型企业（监狱企业、残疾人福利性单位视同）报价给予 {percent(r.small_deduction)} 的扣除；"
                 f"大中型企业与小微企业组成联合体或向小微企业分包、小微企业份额占 {percent(r.partner_min_share)} "
                 f"及以上的，给予 {percent(r.partner_deduction)} 的扣除。同一投标人只享受一次扣除。")
    return text


def averaging_text(ev: Evaluation) -> str:
    """Where the members' scores are averaged and rounded."""
    d = ev.rules.decimals
    where = {
        "member_total": "各评委评分合计的算术平均值",
        "per_category": "各评委分类小计的算术平均值之和",
        "per_factor": "各评分因素评委评分的算术平均值之和（逐项计算）",
    }.get(ev.rules.averaging, ev.rules.averaging)
    return f"投标人的得分为{where}加价格分，平均值四舍五入保留 {d} 位小数，不去掉最高分和最低分。"


def tie_break_text(ev: Evaluation) -> str:
    """The ranking rule with the tender's tie-break chain."""
    words = []
    for crit in ev.rules.tie_break:
        if crit == "quoted_price":
            words.append("投标报价低者优先")
        elif crit == "evaluated_price":
            words.append("评审价格低者优先")
        elif crit.startswith("category:"):
            words.append(f"{crit.partition(':')[2]}得分高者优先")
        else:
            words.append(crit)
    chain = "；".join(words)
    tail = f"得分相同的，{chain}" if chain else "得分相同的，并列"
    return f"按得分由高到低排序，{tail}；仍相同的由评标委员会表决确定。"
