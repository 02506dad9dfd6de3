"""A refusal keeps its code, its English and its arguments wherever it goes (a problem, another place, a pickle)."""

from __future__ import annotations

import pickle
from decimal import Decimal

import pytest

from app.domain import model as m
from app.domain.problems import Problem, Refused
from app.domain.scoring import ValueRejected, parse_value


def test_a_refused_score_carries_its_code_english_and_arguments() -> None:
    factor = m.Factor(id="F3", name="方案", category="技术", max=Decimal(6),
                      rule=m.GradesRule(values=(Decimal(6), Decimal(3), Decimal(0))))
    with pytest.raises(ValueRejected) as refused:
        parse_value(factor, "4")
    exc = refused.value
    assert isinstance(exc, Refused) and isinstance(exc, ValueError)
    assert (exc.code, exc.params, str(exc)) == ("scoring.not_allowed_grade", ("4", "F3", "6, 3, 0"),
                                                "4 is not an allowed grade of F3 (6, 3, 0)")
    problem = exc.problem("scores[3].value")
    assert str(problem) == "scores[3].value: 4 is not an allowed grade of F3 (6, 3, 0)"
    moved = problem.at("F3.value")
    assert (moved.path, moved.code, moved.args) == ("F3.value", exc.code, exc.params)
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is ValueRejected and (back.code, back.params, str(back)) == (exc.code, exc.params, str(exc))


def test_problems_compare_by_place_and_message_only() -> None:
    coded = Problem.of("x", "validate.unknown_member", "unknown member %1", "M9")
    assert coded == Problem("x", "unknown member M9")  # the code rides along; older comparisons hold
    assert Problem.of("", "a.b", "%1 and %2 but %3", 1, "two").message == "1 and two but %3"
