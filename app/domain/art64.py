"""The four errors 87号令 Art.64 allows the committee to correct after the scores were summed."""

from __future__ import annotations

#: Codes, in the order of the article.
ART64 = ("summation_error", "out_of_range", "objective_inconsistent", "abnormal_score")

#: The article's own words for each code.
ART64_NAMES = {
    "summation_error": "分值汇总计算错误",
    "out_of_range": "分项评分超出评分标准范围",
    "objective_inconsistent": "评标委员会成员对客观评审因素评分不一致",
    "abnormal_score": "经评标委员会认定评分畸高、畸低",
}
