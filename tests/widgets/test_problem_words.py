"""Every refusal code of ``app/`` has its wording in the window's table, in Chinese and in English, with the same
arguments; a refusal reaches a person with the place in words, never a JSON path or a flag."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem, Refused
from app.domain.scoring import parse_value
from app.domain.validate import check_scores
from widgets import problem_words, problem_words_files
from widgets.problem_texts import describe_problem, reason_words, refusal_words

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from problem_codes import codes  # noqa: E402

PLACES = re.compile(r"%\d+")


def _table() -> dict[str, str]:
    return {**problem_words.words(), **problem_words_files.words()}


def test_every_code_of_app_has_its_wording_and_no_wording_is_stale() -> None:
    found = codes()
    assert len(found) > 300  # the collector sees the codes (a broken collector must not pass this test)
    table = _table()
    assert sorted(set(found) - set(table)) == []
    assert sorted(set(table) - set(found)) == []
    assert [c for c, templates in found.items() if len(templates) > 1] == []  # one template per code


def test_each_wording_fills_the_same_arguments_as_the_codes_template() -> None:
    table = _table()
    for code, templates in codes().items():
        (template,) = templates
        assert set(PLACES.findall(table[code])) == set(PLACES.findall(template)), code


def test_each_wording_has_its_english_with_the_same_arguments() -> None:
    english = json.loads((ROOT / "resources/translations/en.json").read_text(encoding="utf-8"))
    for code, words in _table().items():
        assert words in english, code
        assert set(PLACES.findall(english[words])) == set(PLACES.findall(words)), code
        assert english[words] != words, code  # (an English text may quote a tender's term: 暗标, 资格审查)


def validate(ev: m.Evaluation) -> list[Problem]:
    problems: list[Problem] = []
    check_scores(ev, problems)
    return problems


def _ev() -> m.Evaluation:
    grades = m.Factor(id="F12", name="实施方案", category="技术", max=Decimal(6),
                      rule=m.GradesRule(values=(Decimal(6), Decimal(4), Decimal(2), Decimal(0))))
    price = m.Factor(id="P", name="价格", category="价格", max=Decimal(30), rule=m.PriceRule())
    bidders = tuple(m.Bidder(id=f"B{i}", name=f"投标人{i}", price=Decimal(100 + i)) for i in range(1, 4))
    return m.Evaluation(project=m.Project(name="示例", method="open_tender", budget=Decimal(1000)),
                        factors=(price, grades), bidders=bidders, members=(m.Member(id="M1", name="甲"),),
                        scores=(m.Score(member="M1", bidder="B3", factor="F12", value=Decimal(5)),))


def test_a_refused_score_is_worded_with_its_place_in_words() -> None:
    ev = _ev()
    problems = [p for p in validate(ev) if p.path == "scores[0].value"]
    assert [p.code for p in problems] == ["scoring.not_allowed_grade"]
    assert str(problems[0]) == "scores[0].value: 5 is not an allowed grade of F12 (6, 4, 2, 0)"  # the CLI's line
    line = describe_problem(problems[0], ev)
    assert line == "评委 M1 对投标人 B3 的 F12 评分：5 不是 F12 允许的分值（6, 4, 2, 0）"
    assert "scores[" not in line and "--" not in line


def test_a_refusal_raised_keeps_its_code_through_a_problem() -> None:
    ev = _ev()
    with pytest.raises(Refused) as refused:
        parse_value(ev.factors[1], [1])
    problem = refused.value.problem("--value")
    assert (problem.code, problem.args) == (refused.value.code, refused.value.params)
    assert problem.at("x").code == problem.code
    assert refusal_words(InvalidInput([problem])) == reason_words(problem)


def test_the_english_window_words_the_codes_in_english(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources/translations/biddesk_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        ev = _ev()
        problem = next(p for p in validate(ev) if p.path == "scores[0].value")
        line = describe_problem(problem, ev)
        assert line.endswith("5 is not an allowed grade of F12 (6, 4, 2, 0)"), line
        assert line.startswith("member M1's score of bidder B3 on F12"), line
    finally:
        QCoreApplication.removeTranslator(translator)
    assert reason_words(problem) == "5 不是 F12 允许的分值（6, 4, 2, 0）"  # Chinese again, not a stale table


def test_the_engines_reasons_in_a_refusal_are_worded() -> None:
    ignored = Problem.of("--bidder", "scores.bidder_invalid_bid_not",
                         "bidder %1 is invalid (%2): its bid is not scored, a score would be ignored",
                         "B2", "qualification:Q1, over_ceiling")
    assert reason_words(ignored) == ("投标人 B2 的投标无效（资格审查 Q1 不通过；报价超过最高限价）："
                                     "不再评分，录入的评分不会被采用")


def test_the_art64_categories_in_a_refusal_are_the_articles_words() -> None:
    from app.domain.art64 import ART64

    needs = Problem.of("--art64", "scores.member_submitted_art64",
                       "member %1 has submitted their scores: a change needs an Art.64 category (%2)", "M2",
                       ", ".join(ART64))
    assert reason_words(needs) == ("评委 M2 已提交评分：修改须注明第六十四条类别（分值汇总计算错误、"
                                   "分项评分超出评分标准范围、评标委员会成员对客观评审因素评分不一致、"
                                   "经评标委员会认定评分畸高、畸低）")
