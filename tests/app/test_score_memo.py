"""The score check parses a repeated value once per factor: a value must be judged the same whether it comes
first, after an equal-looking one, or alone (``True`` equals 1, ``3.000…`` equals 3, ``[1, 0]`` equals
``[True, False]`` to Python, yet only one of each pair is an allowed score)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import model as m
from app.domain.problems import Problem
from app.domain.validate import check_scores
from app.exchange.reader import read_evaluation

FACTORS = [
    {"id": "P", "name": "价格", "category": "价格", "max": "10", "rule": {"type": "price"}},
    {"id": "G", "name": "方案", "category": "技术", "max": "5",
     "rule": {"type": "grades", "values": ["5", "3", "1", "0"]}},
    {"id": "I", "name": "条款", "category": "技术", "max": "3",
     "rule": {"type": "items", "n": 3, "values": ["1", "0.5", "0"]}},
    {"id": "C", "name": "业绩", "category": "商务", "max": "4", "rule": {"type": "count", "each": "1"}},
    {"id": "R", "name": "服务", "category": "商务", "max": "6", "rule": {"type": "range", "step": "0.5"}},
]
MANY = Decimal("3." + "0" * 25)  # equal to 3, but more places than any number of a tender may have
SCALARS: list[object] = [3, "3", Decimal(3), Decimal("3.0"), MANY, True, False, 1, 0, "1", "0.5", Decimal("0.5"),
                         Decimal("1.0"), "x", None, 5, "5.0", Decimal("5"), 2, -1, "4"]
LISTS: list[object] = [[1, 0, 1], [True, False, True], ["1", "0", "1"], ["1", "0.5", "0"], [Decimal(1), 0, 1],
                       [Decimal("1." + "0" * 25), 0, 0], [1, 0], ["1", 1, "0"], [0.5, 0, 0], ["0.5", "0.50", "0"]]
VALUES = st.sampled_from(SCALARS + LISTS)


def _evaluation(n: int) -> m.Evaluation:
    doc = {"format": "bideval/1",
           "project": {"name": "测", "method": "open_tender", "budget": "100", "ceiling": "100",
                       "price_mode": "amount"},
           "rules": {"low_price": None}, "factors": FACTORS,
           "bidders": [{"id": f"B{i}", "name": f"B{i}", "price": "50"} for i in range(n)],
           "members": [{"id": "M1", "name": "一", "role": "expert"}], "scores": []}
    return read_evaluation(doc)


def _judged(ev: m.Evaluation, scores: list[m.Score]) -> tuple[list[list[str]], dict[object, object]]:
    problems: list[Problem] = []
    table = check_scores(dataclasses.replace(ev, scores=tuple(scores)), problems)
    by_index: list[list[str]] = [[] for _ in scores]
    for p in problems:
        by_index[int(p.path.split("[")[1].split("]")[0])].append(p.code)
    return by_index, dict(table.values)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["G", "I", "C", "R"]), VALUES), min_size=1, max_size=12))
def test_each_value_judged_as_if_alone(entries: list[tuple[str, object]]) -> None:
    ev = _evaluation(len(entries))
    scores = [m.Score("M1", f"B{i}", fid, raw) for i, (fid, raw) in enumerate(entries)]
    together, values = _judged(ev, scores)
    for i, score in enumerate(scores):
        alone, value = _judged(ev, [score])
        assert together[i] == alone[0], (score, together[i], alone[0])
        assert values.get(("M1", score.bidder, score.factor)) == value.get(("M1", score.bidder, score.factor))


def test_an_equal_looking_value_after_an_allowed_one_is_still_refused() -> None:
    ev = _evaluation(4)
    found, _ = _judged(ev, [m.Score("M1", "B0", "G", Decimal(3)), m.Score("M1", "B1", "G", MANY),
                            m.Score("M1", "B2", "I", [1, 0, 1]), m.Score("M1", "B3", "I", [True, False, True])])
    assert found[0] == [] and found[1] == ["scoring.grade_not_number"]
    assert found[2] == [] and found[3] == ["scoring.item_not_number"]



@given(st.one_of(st.none(), st.text(max_size=4)), st.text(max_size=4), st.text(max_size=4),
       st.one_of(st.none(), st.integers(), st.text(max_size=4), st.lists(st.text(max_size=2), max_size=3)))
def test_a_score_built_through_its_slots_is_the_dataclass_s_own(member: str | None, bidder: str, factor: str,
                                                                 value: object) -> None:
    fast, plain = m.new_score(member, bidder, factor, value), m.Score(member, bidder, factor, value)
    assert type(fast) is m.Score and fast == plain and repr(fast) == repr(plain)
    assert dataclasses.astuple(fast) == (member, bidder, factor, value)
    if value is None or not isinstance(value, list):
        assert hash(fast) == hash(plain)
    try:
        fast.value = 1  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a score must stay frozen")
    assert dataclasses.replace(fast, value=2) == m.Score(member, bidder, factor, 2)
