"""The engine's reasons a bid is invalid (``compliance:C2``, ``over_ceiling`` …) and the Art.64 categories in words:
the review, results and check pages and a refusal naming them (:mod:`widgets.problem_texts`)."""

from __future__ import annotations

from app.domain.model import Evaluation
from widgets.i18n import Translator

_tr = Translator("SessionTexts")


def art64_names() -> dict[str, str]:
    """The four categories of 87号令 Art.64, in the article's words."""
    return {
        "summation_error": _tr("分值汇总计算错误"),
        "out_of_range": _tr("分项评分超出评分标准范围"),
        "objective_inconsistent": _tr("评标委员会成员对客观评审因素评分不一致"),
        "abnormal_score": _tr("经评标委员会认定评分畸高、畸低"),
    }


def reason_text(code: str, ev: Evaluation | None = None, bidder: str = "") -> str:
    """One of the engine's invalidity reasons of a bid (``compliance:C2``, ``over_ceiling`` …) in words."""
    stage, _, item = code.partition(":")
    if stage == "qualification" and item:
        return _tr("资格审查 %1 不通过", item)
    if stage == "compliance" and item:
        return _tr("符合性审查 %1 不通过", item)
    if code == "over_ceiling":
        return _tr("报价超过最高限价")
    if code == "low_price":
        return _tr("异常低价未通过审查")
    if code == "declared_invalid":
        reasons = [d.reason for d in (ev.decisions if ev is not None else ()) if d.bidder == bidder
                   and d.kind == "invalid" and d.reason]
        if not reasons:
            return _tr("被认定投标无效")
        return _tr("被认定投标无效：%1", "；".join(reasons))
    return code
