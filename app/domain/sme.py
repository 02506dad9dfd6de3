"""Enterprise size (大型/中型/小型/微型) per 工信部联企业〔2011〕300号《中小企业划型标准规定》.

The rule is applied literally, industry by industry, as the notice words it:

1. the enterprise is an SME (中小微型) when ANY of the industry's ``<`` conditions holds, else large;
2. an SME is medium when ALL of the medium ``>=`` conditions hold;
3. otherwise small when ALL of the small ``>=`` conditions hold;
4. otherwise micro (the notice's micro wording is exactly the negation of the small one).

「及以上」 includes the boundary and 「以下」 excludes it. Revenue (营业收入) and assets (资产总额)
are in 万元, employees (从业人员) in persons. The literal rule has edge cases the text really
produces: software with 500 employees and 800万元 revenue is an SME (revenue < 10000) that fails
the medium revenue floor, hence small.

Figures may be unknown (None); the outcome is then decided with three-valued logic, so a known
figure that settles an OR is enough, and an undecidable outcome is reported with the missing
metrics rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from app.domain.problems import Refused

__all__ = [
    "INDUSTRIES",
    "IndustryThresholds",
    "Metric",
    "Size",
    "SizeResult",
    "Threshold",
    "canonical_industry",
    "classify",
    "size_rank",
    "thresholds",
]

Metric = Literal["employees", "revenue", "assets"]
Op = Literal["<", ">="]
Size = Literal["large", "medium", "small", "micro"]

_METRICS: tuple[Metric, ...] = ("employees", "revenue", "assets")
_RANK: dict[Size, int] = {"micro": 0, "small": 1, "medium": 2, "large": 3}


@dataclass(frozen=True)
class Threshold:
    """One comparison of a figure against a bound, e.g. ``employees >= 100``.

    Attributes:
        metric: employees (persons), revenue or assets (万元).
        op: ``<`` (「以下」) or ``>=`` (「及以上」).
        value: the bound.
    """

    metric: Metric
    op: Op
    value: Decimal

    def __str__(self) -> str:
        return f"{self.metric} {self.op} {self.value}"

    def holds(self, figure: Decimal) -> bool:
        """Whether ``figure`` satisfies this threshold."""
        return figure < self.value if self.op == "<" else figure >= self.value

    def negated(self) -> Threshold:
        """The threshold that holds exactly when this one does not."""
        return Threshold(self.metric, ">=" if self.op == "<" else "<", self.value)


@dataclass(frozen=True)
class IndustryThresholds:
    """The conditions of one industry, as plain data a UI can show.

    Attributes:
        industry: the official industry name.
        sme: SME (中小微型) when ANY of these holds; large otherwise.
        medium: an SME is medium when ALL of these hold.
        small: an SME that is not medium is small when ALL of these hold.
        micro: an SME that is neither is micro; that is, when ANY of these holds (the negated
            ``small`` conditions, as the notice words them).
        metrics: the figures the industry uses, in the order employees, revenue, assets.
    """

    industry: str
    sme: tuple[Threshold, ...]
    medium: tuple[Threshold, ...]
    small: tuple[Threshold, ...]
    micro: tuple[Threshold, ...]
    metrics: tuple[Metric, ...]


@dataclass(frozen=True)
class SizeResult:
    """The size of one enterprise and the thresholds that decided it.

    Attributes:
        industry: the official industry name.
        size: ``large``, ``medium``, ``small``, ``micro``, or None when unknown figures leave it open.
        basis: the thresholds, each TRUE of the enterprise, that decided the size:

            - large: every SME condition, negated (e.g. ``employees >= 300``, ``revenue >= 10000``);
            - medium: every medium condition, then the SME conditions that held;
            - small: every small condition, then the medium conditions that failed, negated
              (e.g. ``revenue < 1000``), then the SME conditions that held;
            - micro: the small conditions that failed, negated (e.g. ``employees < 10``); each
              one alone implies micro;
            - None: empty.
        missing: for size None, the unknown figures the industry uses (metric names); else empty.
    """

    industry: str
    size: Size | None
    basis: tuple[Threshold, ...]
    missing: tuple[Metric, ...]


def _t(metric: Metric, op: Op, value: int) -> Threshold:
    return Threshold(metric, op, Decimal(value))


def _industry(
    name: str, sme: tuple[Threshold, ...], medium: tuple[Threshold, ...], small: tuple[Threshold, ...]
) -> IndustryThresholds:
    used = {t.metric for t in sme + medium + small}
    return IndustryThresholds(
        industry=name,
        sme=sme,
        medium=medium,
        small=small,
        micro=tuple(t.negated() for t in small),
        metrics=tuple(m for m in _METRICS if m in used),
    )


def _er(
    name: str, sme: tuple[int, int], medium: tuple[int, int], small: tuple[int, int]
) -> IndustryThresholds:
    """An industry measured by employees and revenue (the common shape of the notice)."""
    return _industry(
        name,
        (_t("employees", "<", sme[0]), _t("revenue", "<", sme[1])),
        (_t("employees", ">=", medium[0]), _t("revenue", ">=", medium[1])),
        (_t("employees", ">=", small[0]), _t("revenue", ">=", small[1])),
    )


# 第四条 (一)–(十六), in the notice's order.
_TABLE: tuple[IndustryThresholds, ...] = (
    _industry(
        "农、林、牧、渔业",
        (_t("revenue", "<", 20000),),
        (_t("revenue", ">=", 500),),
        (_t("revenue", ">=", 50),),
    ),
    _er("工业", (1000, 40000), (300, 2000), (20, 300)),
    _industry(
        "建筑业",
        (_t("revenue", "<", 80000), _t("assets", "<", 80000)),
        (_t("revenue", ">=", 6000), _t("assets", ">=", 5000)),
        (_t("revenue", ">=", 300), _t("assets", ">=", 300)),
    ),
    _er("批发业", (200, 40000), (20, 5000), (5, 1000)),
    _er("零售业", (300, 20000), (50, 500), (10, 100)),
    _er("交通运输业", (1000, 30000), (300, 3000), (20, 200)),
    _er("仓储业", (200, 30000), (100, 1000), (20, 100)),
    _er("邮政业", (1000, 30000), (300, 2000), (20, 100)),
    _er("住宿业", (300, 10000), (100, 2000), (10, 100)),
    _er("餐饮业", (300, 10000), (100, 2000), (10, 100)),
    _er("信息传输业", (2000, 100000), (100, 1000), (10, 100)),
    _er("软件和信息技术服务业", (300, 10000), (100, 1000), (10, 50)),
    _industry(
        "房地产开发经营",
        (_t("revenue", "<", 200000), _t("assets", "<", 10000)),
        (_t("revenue", ">=", 1000), _t("assets", ">=", 5000)),
        (_t("revenue", ">=", 100), _t("assets", ">=", 2000)),
    ),
    _er("物业管理", (1000, 5000), (300, 1000), (100, 500)),
    _industry(
        "租赁和商务服务业",
        (_t("employees", "<", 300), _t("assets", "<", 120000)),
        (_t("employees", ">=", 100), _t("assets", ">=", 8000)),
        (_t("employees", ">=", 10), _t("assets", ">=", 100)),
    ),
    _industry(
        "其他未列明行业",
        (_t("employees", "<", 300),),
        (_t("employees", ">=", 100),),
        (_t("employees", ">=", 10),),
    ),
)

_BY_NAME: dict[str, IndustryThresholds] = {row.industry: row for row in _TABLE}

#: The 16 industries of 第四条, with their official names, in the notice's order.
INDUSTRIES: tuple[str, ...] = tuple(row.industry for row in _TABLE)

# Names met in tenders for the same industries, and the sub-industries 第三条 names in parentheses.
_ALIASES: dict[str, str] = {
    "软件和信息服务业": "软件和信息技术服务业",  # seed 004's spelling
    "软件和信息技术服务": "软件和信息技术服务业",
    "采矿业": "工业",
    "制造业": "工业",
    "电力、热力、燃气及水生产和供应业": "工业",
    "电信、互联网和相关服务": "信息传输业",
    "科学研究和技术服务业": "其他未列明行业",
    "水利、环境和公共设施管理业": "其他未列明行业",
    "居民服务、修理和其他服务业": "其他未列明行业",
    "社会工作": "其他未列明行业",
    "文化、体育和娱乐业": "其他未列明行业",
}

_PUNCT = re.compile(r"[\s、，,·．.。;；]")
_ORDINAL = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")


def _key(name: str) -> str:
    text = re.sub(r"\s", "", name)
    text = _ORDINAL.sub("", text)
    stripped = _TRAILING_NOTE.sub("", text)
    # 工业（包括采矿业，制造业，…）: the parenthesis only explains the name before it.
    if stripped:
        text = stripped
    return _PUNCT.sub("", text)


_LOOKUP: dict[str, str] = {_key(name): name for name in INDUSTRIES}
_LOOKUP.update({_key(alias): name for alias, name in _ALIASES.items()})


def canonical_industry(name: str) -> str | None:
    """The official industry name for an official name or a known alias.

    Whitespace and list punctuation (、，) are ignored, so 农林牧渔业 matches 农、林、牧、渔业; a
    leading ordinal such as （十二） and a trailing parenthesis such as （包括采矿业，制造业，…）
    are dropped. The sub-industries the notice lists in 第三条 map to their industry (制造业 → 工业).

    Args:
        name: an industry name as written in a tender or declaration.

    Returns:
        One of :data:`INDUSTRIES`, or None when the name is not known.
    """
    return _LOOKUP.get(_key(name))


def _row(industry: str) -> IndustryThresholds:
    official = canonical_industry(industry)
    if official is None:
        raise Refused("sme.unknown_industry", "unknown industry '%1'", industry)
    return _BY_NAME[official]


def thresholds(industry: str) -> IndustryThresholds:
    """The SME, medium, small and micro conditions of an industry.

    Args:
        industry: an official name or a known alias.

    Returns:
        The industry's conditions as plain data.

    Raises:
        ValueError: the industry is not known.
    """
    return _row(industry)


def size_rank(size: Size) -> int:
    """Order of sizes for comparisons: micro 0 < small 1 < medium 2 < large 3."""
    return _RANK[size]


def _truth(t: Threshold, figures: dict[Metric, Decimal | None]) -> bool | None:
    figure = figures[t.metric]
    return None if figure is None else t.holds(figure)


def _any(conds: tuple[Threshold, ...], figures: dict[Metric, Decimal | None]) -> bool | None:
    values = [_truth(t, figures) for t in conds]
    if True in values:
        return True
    return False if all(v is False for v in values) else None


def _all(conds: tuple[Threshold, ...], figures: dict[Metric, Decimal | None]) -> bool | None:
    values = [_truth(t, figures) for t in conds]
    if False in values:
        return False
    return True if all(v is True for v in values) else None


def _checked(name: str, value: Decimal | int | None) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise Refused("sme.must_number_got", "%1 must be a number, got %2", name, repr(value))
    figure = Decimal(value)
    if not figure.is_finite():
        raise Refused("sme.not_finite_number", "%1 %2 is not a finite number", name, value)
    if figure < 0:
        raise Refused("sme.negative", "%1 %2 is negative", name, value)
    return figure


def classify(
    industry: str, employees: int | None, revenue: Decimal | None, assets: Decimal | None
) -> SizeResult:
    """Classify an enterprise by the thresholds of the tender's industry.

    Args:
        industry: the industry the tender names (official name or known alias).
        employees: 从业人员, persons; None when not declared.
        revenue: 营业收入 in 万元; None when not declared.
        assets: 资产总额 in 万元; None when not declared.

    Returns:
        The size and the thresholds that decided it (see :class:`SizeResult`). Figures the
        industry does not use are checked but ignored.

    Raises:
        ValueError: the industry is unknown, or a figure is negative or not a number.
    """
    row = _row(industry)
    figures: dict[Metric, Decimal | None] = {
        "employees": _checked("employees", employees),
        "revenue": _checked("revenue", revenue),
        "assets": _checked("assets", assets),
    }
    missing = tuple(m for m in row.metrics if figures[m] is None)

    def held(conds: tuple[Threshold, ...]) -> tuple[Threshold, ...]:
        return tuple(t for t in conds if _truth(t, figures) is True)

    def failed(conds: tuple[Threshold, ...]) -> tuple[Threshold, ...]:
        return tuple(t.negated() for t in conds if _truth(t, figures) is False)

    def undecided() -> SizeResult:
        return SizeResult(row.industry, None, (), missing)

    sme = _any(row.sme, figures)
    if sme is None:
        return undecided()
    if sme is False:
        return SizeResult(row.industry, "large", failed(row.sme), ())
    medium = _all(row.medium, figures)
    if medium is None:
        return undecided()
    if medium:
        return SizeResult(row.industry, "medium", row.medium + held(row.sme), ())
    small = _all(row.small, figures)
    if small is None:
        return undecided()
    if small:
        return SizeResult(row.industry, "small", row.small + failed(row.medium) + held(row.sme), ())
    return SizeResult(row.industry, "micro", failed(row.small), ())
