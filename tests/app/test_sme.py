"""Enterprise size per 工信部联企业〔2011〕300号: seed cases, every boundary, monotonicity, aliases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.sme import (
    INDUSTRIES,
    Metric,
    Size,
    SizeResult,
    Threshold,
    canonical_industry,
    classify,
    size_rank,
    thresholds,
)

# The notice's 第四条, transcribed independently of the module: industry -> (SME bounds「以下」,
# medium bounds「及以上」, small bounds「及以上」), each metric -> value (persons or 万元).
E, R, A = "employees", "revenue", "assets"
LAW: dict[str, tuple[dict[str, int], dict[str, int], dict[str, int]]] = {
    "农、林、牧、渔业": ({R: 20000}, {R: 500}, {R: 50}),
    "工业": ({E: 1000, R: 40000}, {E: 300, R: 2000}, {E: 20, R: 300}),
    "建筑业": ({R: 80000, A: 80000}, {R: 6000, A: 5000}, {R: 300, A: 300}),
    "批发业": ({E: 200, R: 40000}, {E: 20, R: 5000}, {E: 5, R: 1000}),
    "零售业": ({E: 300, R: 20000}, {E: 50, R: 500}, {E: 10, R: 100}),
    "交通运输业": ({E: 1000, R: 30000}, {E: 300, R: 3000}, {E: 20, R: 200}),
    "仓储业": ({E: 200, R: 30000}, {E: 100, R: 1000}, {E: 20, R: 100}),
    "邮政业": ({E: 1000, R: 30000}, {E: 300, R: 2000}, {E: 20, R: 100}),
    "住宿业": ({E: 300, R: 10000}, {E: 100, R: 2000}, {E: 10, R: 100}),
    "餐饮业": ({E: 300, R: 10000}, {E: 100, R: 2000}, {E: 10, R: 100}),
    "信息传输业": ({E: 2000, R: 100000}, {E: 100, R: 1000}, {E: 10, R: 100}),
    "软件和信息技术服务业": ({E: 300, R: 10000}, {E: 100, R: 1000}, {E: 10, R: 50}),
    "房地产开发经营": ({R: 200000, A: 10000}, {R: 1000, A: 5000}, {R: 100, A: 2000}),
    "物业管理": ({E: 1000, R: 5000}, {E: 300, R: 1000}, {E: 100, R: 500}),
    "租赁和商务服务业": ({E: 300, A: 120000}, {E: 100, A: 8000}, {E: 10, A: 100}),
    "其他未列明行业": ({E: 300}, {E: 100}, {E: 10}),
}

SOFTWARE = "软件和信息技术服务业"


def run(industry: str, figures: dict[str, Decimal | int]) -> SizeResult:
    employees = figures.get(E)
    return classify(
        industry,
        None if employees is None else int(employees),
        None if figures.get(R) is None else Decimal(figures[R]),
        None if figures.get(A) is None else Decimal(figures[A]),
    )


def just_below(metric: str, value: int) -> Decimal | int:
    return value - 1 if metric == E else Decimal(value) - Decimal("0.01")


def test_the_sixteen_industries_in_order() -> None:
    assert INDUSTRIES == tuple(LAW)
    assert len(INDUSTRIES) == 16


@pytest.mark.parametrize("industry", list(LAW))
def test_thresholds_match_the_notice(industry: str) -> None:
    sme, medium, small = LAW[industry]
    table = thresholds(industry)

    def plain(conds: tuple[Threshold, ...]) -> set[tuple[str, str, Decimal]]:
        return {(t.metric, t.op, t.value) for t in conds}

    def law(op: str, bounds: dict[str, int]) -> set[tuple[str, str, Decimal]]:
        return {(m, op, Decimal(v)) for m, v in bounds.items()}

    assert table.industry == industry
    assert plain(table.sme) == law("<", sme)
    assert plain(table.medium) == law(">=", medium)
    assert plain(table.small) == law(">=", small)
    assert plain(table.micro) == law("<", small)
    assert set(table.metrics) == set(sme)


# --- seed-notes D6, cases 46-53 (软件和信息技术服务业) ---------------------------------------


@pytest.mark.parametrize(
    ("case", "employees", "revenue", "size", "basis"),
    [
        (46, 9, "5000", "micro", ["employees < 10"]),
        (47, 50, "40", "micro", ["revenue < 50"]),
        (
            48,
            10,
            "50",
            "small",
            [
                "employees >= 10",
                "revenue >= 50",
                "employees < 100",
                "revenue < 1000",
                "employees < 300",
                "revenue < 10000",
            ],
        ),
        (
            49,
            99,
            "9999",
            "small",
            ["employees >= 10", "revenue >= 50", "employees < 100", "employees < 300", "revenue < 10000"],
        ),
        (
            50,
            100,
            "1000",
            "medium",
            ["employees >= 100", "revenue >= 1000", "employees < 300", "revenue < 10000"],
        ),
        (51, 500, "800", "small", ["employees >= 10", "revenue >= 50", "revenue < 1000", "revenue < 10000"]),
        (52, 300, "9999", "medium", ["employees >= 100", "revenue >= 1000", "revenue < 10000"]),
        (53, 300, "10000", "large", ["employees >= 300", "revenue >= 10000"]),
    ],
)
def test_seed_d6(case: int, employees: int, revenue: str, size: Size, basis: list[str]) -> None:
    result = classify(SOFTWARE, employees, Decimal(revenue), None)
    assert result.size == size, case
    assert [str(t) for t in result.basis] == basis, case
    assert result.missing == ()
    assert result.industry == SOFTWARE


def test_every_basis_threshold_holds_for_the_enterprise() -> None:
    for employees, revenue in [(9, "5000"), (500, "800"), (100, "1000"), (300, "10000")]:
        result = classify(SOFTWARE, employees, Decimal(revenue), Decimal("123"))
        for t in result.basis:
            assert t.holds(Decimal(employees) if t.metric == "employees" else Decimal(revenue))


# --- boundaries of every industry ----------------------------------------------------------


def boundary_cases() -> list[tuple[str, str, dict[str, Decimal | int], Size]]:
    cases: list[tuple[str, str, dict[str, Decimal | int], Size]] = []
    for industry, (sme, medium, small) in LAW.items():
        # at the SME bound it is large; just below it, still above the medium bounds, medium; etc.
        levels: tuple[tuple[str, dict[str, int], Size, Size], ...] = (
            ("sme", sme, "large", "medium"),
            ("medium", medium, "medium", "small"),
            ("small", small, "small", "micro"),
        )
        for level, bounds, at, below in levels:
            figures: dict[str, Decimal | int] = dict(bounds)
            cases.append((industry, f"{level}: all at the bound", figures, at))
            for metric, value in bounds.items():
                lowered = {**figures, metric: just_below(metric, value)}
                cases.append((industry, f"{level}: {metric} just below", lowered, below))
    return cases


@pytest.mark.parametrize(("industry", "label", "figures", "size"), boundary_cases())
def test_boundary(industry: str, label: str, figures: dict[str, Decimal | int], size: Size) -> None:
    assert run(industry, figures).size == size, label


@pytest.mark.parametrize("industry", list(LAW))
def test_zero_is_micro_and_huge_is_large(industry: str) -> None:
    assert classify(industry, 0, Decimal(0), Decimal(0)).size == "micro"
    big = classify(industry, 10**6, Decimal(10**7), Decimal(10**7))
    assert big.size == "large"
    assert all(t.op == ">=" for t in big.basis)


def test_unused_figures_are_ignored() -> None:
    assert classify("其他未列明行业", 150, None, None).size == "medium"
    assert classify("农、林、牧、渔业", None, Decimal(600), None).size == "medium"
    assert classify("建筑业", None, Decimal(6000), Decimal(5000)).size == "medium"
    assert classify(SOFTWARE, 150, Decimal(2000), Decimal(10**9)).size == "medium"


# --- unknown figures -------------------------------------------------------------------------


def test_missing_figure_still_decided_when_the_known_one_settles_it() -> None:
    assert classify(SOFTWARE, 5, None, None) == SizeResult(
        SOFTWARE, "micro", (Threshold("employees", "<", Decimal(10)),), ()
    )
    assert classify(SOFTWARE, None, Decimal(30), None).size == "micro"
    assert classify(SOFTWARE, 500, Decimal(30), None).size == "micro"


@pytest.mark.parametrize(
    ("employees", "revenue", "missing"),
    [
        (500, None, ("revenue",)),
        (150, None, ("revenue",)),
        (None, Decimal(2000), ("employees",)),
        (None, None, ("employees", "revenue")),
    ],
)
def test_missing_figure_undecided(
    employees: int | None, revenue: Decimal | None, missing: tuple[str, ...]
) -> None:
    result = classify(SOFTWARE, employees, revenue, None)
    assert result.size is None
    assert result.basis == ()
    assert result.missing == missing


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "铁路运输业", "软件", "银行业", "金融业"])
def test_unknown_industry(name: str) -> None:
    assert canonical_industry(name) is None
    with pytest.raises(ValueError, match="unknown industry"):
        classify(name, 10, Decimal(100), None)
    with pytest.raises(ValueError, match="unknown industry"):
        thresholds(name)


@pytest.mark.parametrize(
    ("employees", "revenue", "assets", "word"),
    [
        (-1, Decimal(100), None, "employees"),
        (10, Decimal("-0.01"), None, "revenue"),
        (10, Decimal(100), Decimal(-5), "assets"),  # checked even where the industry ignores it
        (10, Decimal("NaN"), None, "revenue"),
    ],
)
def test_bad_figures(employees: int, revenue: Decimal, assets: Decimal | None, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        classify(SOFTWARE, employees, revenue, assets)


# --- aliases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("软件和信息服务业", SOFTWARE),
        (" 软件和信息技术服务业 ", SOFTWARE),
        ("（十二）软件和信息技术服务业", SOFTWARE),
        ("农林牧渔业", "农、林、牧、渔业"),
        ("农、林、牧、渔业", "农、林、牧、渔业"),
        ("工业（包括采矿业，制造业，电力、热力、燃气及水生产和供应业）", "工业"),
        ("交通运输业（不含铁路运输业）", "交通运输业"),
        ("采矿业", "工业"),
        ("制造业", "工业"),
        ("电力、热力、燃气及水生产和供应业", "工业"),
        ("电信、互联网和相关服务", "信息传输业"),
        ("信息传输业（包括电信、互联网和相关服务）", "信息传输业"),
        ("科学研究和技术服务业", "其他未列明行业"),
        ("水利、环境和公共设施管理业", "其他未列明行业"),
        ("居民服务、修理和其他服务业", "其他未列明行业"),
        ("社会工作", "其他未列明行业"),
        ("文化、体育和娱乐业", "其他未列明行业"),
    ],
)
def test_aliases(name: str, official: str) -> None:
    assert canonical_industry(name) == official
    assert classify(name, 0, Decimal(0), Decimal(0)).industry == official


@pytest.mark.parametrize("name", list(LAW))
def test_official_names_are_canonical(name: str) -> None:
    assert canonical_industry(name) == name


def test_threshold_str_and_negation() -> None:
    t = Threshold("employees", ">=", Decimal(100))
    assert str(t) == "employees >= 100"
    assert str(t.negated()) == "employees < 100"
    assert t.negated().negated() == t
    assert str(Threshold("revenue", "<", Decimal(10000))) == "revenue < 10000"


# --- properties ------------------------------------------------------------------------------

BOUNDS = sorted({v for law in LAW.values() for level in law for v in level.values()})
amounts = st.one_of(
    st.sampled_from(BOUNDS).flatmap(lambda v: st.sampled_from([Decimal(v) - Decimal("0.01"), Decimal(v)])),
    st.decimals(min_value=0, max_value=300000, places=2, allow_nan=False, allow_infinity=False),
)
heads = st.one_of(
    st.sampled_from(BOUNDS).flatmap(lambda v: st.sampled_from([v - 1, v])),
    st.integers(min_value=0, max_value=5000),
)
METRICS: tuple[Metric, ...] = ("employees", "revenue", "assets")


@given(
    st.sampled_from(INDUSTRIES),
    heads,
    amounts,
    amounts,
    st.sampled_from(METRICS),
    st.decimals(min_value=0, max_value=200000, places=2, allow_nan=False, allow_infinity=False),
)
def test_monotonic(
    industry: str, employees: int, revenue: Decimal, assets: Decimal, metric: Metric, raise_by: Decimal
) -> None:
    assume(employees >= 0 and revenue >= 0 and assets >= 0)
    before = classify(industry, employees, revenue, assets)
    if metric == "employees":
        after = classify(industry, employees + int(raise_by), revenue, assets)
    elif metric == "revenue":
        after = classify(industry, employees, revenue + raise_by, assets)
    else:
        after = classify(industry, employees, revenue, assets + raise_by)
    assert before.size is not None and after.size is not None
    assert size_rank(after.size) >= size_rank(before.size)


@given(st.sampled_from(INDUSTRIES), heads, amounts, amounts, st.sampled_from(METRICS))
def test_decision_with_a_missing_figure_is_sound(
    industry: str, employees: int, revenue: Decimal, assets: Decimal, hidden: Metric
) -> None:
    assume(employees >= 0 and revenue >= 0 and assets >= 0)
    full = classify(industry, employees, revenue, assets)
    partial = classify(
        industry,
        None if hidden == "employees" else employees,
        None if hidden == "revenue" else revenue,
        None if hidden == "assets" else assets,
    )
    if partial.size is None:
        assert hidden in partial.missing
    else:
        assert partial.size == full.size
        assert partial.missing == ()


def test_size_rank_order() -> None:
    assert [size_rank(s) for s in ("micro", "small", "medium", "large")] == [0, 1, 2, 3]
