"""The evaluation session's findings and categories in words (shared by the review, results and check pages)."""

from __future__ import annotations

from app.domain.art64 import ART64
from app.domain.art64_check import Art64Finding
from app.domain.committee import Finding
from app.domain.model import Evaluation
from app.domain.problems import Problem
from widgets.i18n import Translator
from widgets.problem_texts import describe_problem
from widgets.reason_texts import art64_names

_tr = Translator("SessionTexts")


def art64_choices() -> list[tuple[str, str]]:
    """(code, words) in the article's order."""
    names = art64_names()
    return [(code, names[code]) for code in ART64]


def finding_kinds() -> dict[str, str]:
    """The kinds of Art.64 finding, in words."""
    return {
        "objective_differs": _tr("客观分不一致"),
        "far_from_mean": _tr("评分畸高、畸低"),
        "missing": _tr("缺少评分"),
    }


def names(ev: Evaluation) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Bidder, factor and member names by id."""
    return ({b.id: b.name for b in ev.bidders}, {f.id: f.name for f in ev.factors},
            {m.id: m.name for m in ev.members})


def describe_finding(f: Art64Finding, ev: Evaluation) -> str:
    """One finding in a sentence."""
    bidders, factors, members = names(ev)
    who = members.get(f.member or "", f.member or "")
    where = f"{bidders.get(f.bidder, f.bidder)} · {f.factor} {factors.get(f.factor, '')}"
    if f.kind == "missing":
        return _tr("%1 尚未评分：%2", who, where)
    if f.kind == "objective_differs":
        return _tr("客观评审因素评分不一致：%1", where)
    return _tr("%1 的评分偏离其他成员平均分过多：%2", who, where)


def blocker_text(b: Finding, ev: Evaluation) -> str:
    """What keeps the evaluation from being finalised, in words."""
    bidders, _factors, members = names(ev)
    a = b.args
    if b.code == "finalised":
        return _tr("评审已定稿")
    if b.code == "not_submitted":
        return _tr("%1 尚未提交评分", members.get(a[0], a[0]))
    if b.code == "cannot_compute":
        path, sep, message = a[0].partition(": ")
        first = describe_problem(Problem(path, message) if sep else Problem("", a[0]), ev)
        return _tr("尚不能计算结果（%1 处问题），如：%2", a[1], first)
    if b.code == "low_price_pending":
        return _tr("%1 的异常低价尚未审查定论", bidders.get(a[0], a[0]))
    if b.code == "art64_open":
        return _tr("复核发现 %1 项尚未处理", a[0])
    if b.code == "tie_unvoted":
        who = "、".join(bidders.get(x, x) for x in a[0].split("、"))
        return _tr("%1 得分与排序相同，需评标委员会表决", who)
    if b.code == "negotiation_open":
        return _tr("协商小组尚未记录协商结果（成交、未能达成一致或协商无效）")
    if b.code == "final_quote_missing":
        return _tr("%1 尚未记录最后报价（或未提交最后报价的情况）", bidders.get(a[0], a[0]))
    return b.code
