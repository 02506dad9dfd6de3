"""A scoring matrix and checklists read from a file, not yet stored: what the import preview shows.

Three readers build a :class:`SetupDraft`: an exchange file (:mod:`app.exchange.setup_exchange`),
the Excel template (:mod:`app.exchange.setup_xlsx`) and a tender's own Word document
(:mod:`app.exchange.setup_docx`); :func:`app.exchange.setup_read.read_draft` picks one by the file's
suffix. The agent looks at it, corrects it, and only then :func:`apply_draft` puts it into an evaluation.

Every message is a :class:`~app.domain.problems.Problem` naming its place in the source
(``评分标准!D7``, ``table 3 row 5``, ``factors[2].rule.values``). ``read_problems`` are what the
reader found wrong in the file; :attr:`SetupDraft.problems` adds what is wrong with the factors as
they stand now (``F3.max``), so a correction in the preview clears its problem. ``warnings`` are
the reader's guesses and doubts, for the agent to check.

The parameter text of a rule (``each=0.5``, ``values=6/4/3/2/0``, ``n=45; values=…``,
``step=0.01``, ``baseline=4; each=1``) is the one syntax of the template and the preview.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from app.domain import extras
from app.domain.model import (
    CheckItem,
    CountRule,
    Evaluation,
    Factor,
    GradesRule,
    HoursRule,
    ItemsRule,
    PriceRule,
    RangeRule,
    Rule,
)
from app.domain.numbers import exact_sum
from app.domain.problems import InvalidInput, Problem, Refused
from app.domain.scoring import in_range, show

#: The six rule types with the Chinese names the template and the preview also accept.
RULE_NAMES = {"price": "价格", "count": "计数", "grades": "等级", "range": "区间", "items": "分项", "hours": "时长"}
#: Parameter names and their Chinese aliases.
PARAM_ALIASES = {
    "each": "each", "每项": "each", "每个": "each", "values": "values", "等级": "values", "分值": "values",
    "n": "n", "项数": "n", "step": "step", "步长": "step", "baseline": "baseline", "基准": "baseline",
    "基准小时": "baseline",
}
RULE_PARAMS: dict[str, tuple[str, ...]] = {
    "price": (), "count": ("each",), "grades": ("values",), "range": ("step",), "items": ("n", "values"),
    "hours": ("baseline", "each"),
}
_REQUIRED = {"count": ("each",), "grades": ("values",), "items": ("n", "values"), "hours": ("baseline",)}
HUNDRED = Decimal(100)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


class RuleError(Refused):
    """A rule type or parameter text that cannot be read; the message says why."""


@dataclass(frozen=True)
class SetupDraft:
    """A matrix and checklists as read, with the reader's problems and guesses.

    Attributes:
        factors: the scoring factors in the tender's order.
        qualification: 资格审查 items.
        compliance: 符合性审查 items.
        grade_words: the tender's word for each value of a grades/items factor, by factor id.
        factor_text: the tender's wording of each factor's standard, by factor id.
        read_problems: what is wrong in the file itself (a corrected row cannot clear these).
        warnings: the reader's guesses and doubts, each with its place.
        source: the file the draft was read from (for display).
        unread: rows the reader did not understand (skipped, or a placeholder rule), each with its place:
            what an import would lose or leave to be set by hand.
    """

    factors: tuple[Factor, ...] = ()
    qualification: tuple[CheckItem, ...] = ()
    compliance: tuple[CheckItem, ...] = ()
    grade_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    factor_text: dict[str, str] = field(default_factory=dict)
    read_problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    source: str = ""
    unread: tuple[Problem, ...] = ()

    @property
    def problems(self) -> list[Problem]:
        """Every problem: the file's, then those of the factors and items as they stand."""
        return [*self.read_problems, *check_draft(self)]

    @property
    def ok(self) -> bool:
        """Whether the draft may be applied (no problem at all)."""
        return not self.problems

    @property
    def total(self) -> Decimal:
        """The sum of the factors' maxima (a tender's is usually 100)."""
        return exact_sum([f.max for f in self.factors])


def number(text: str) -> Decimal | None:
    """A number typed by a person (full-width digits allowed, a trailing 分 ignored), exactly; else None."""
    cleaned = unicodedata.normalize("NFKC", text).strip().removesuffix("分").strip()
    if not _NUMBER.fullmatch(cleaned):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        return None
    return plain(value) if in_range(value) else None


def plain(value: Decimal) -> Decimal:
    """The value without trailing zeros and never in exponent form (15.0 → 15, 0.50 → 0.5)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def rule_type(text: str) -> str:
    """The rule type named by ``text`` (``grades`` or ``等级``); raises RuleError."""
    cleaned = text.strip().lower()
    for kind, chinese in RULE_NAMES.items():
        if cleaned in (kind, chinese):
            return kind
    names = ", ".join(f"{k} ({c})" for k, c in RULE_NAMES.items())
    raise RuleError("setup_draft.not_rule_type_use", "\"%1\" is not a rule type; use one of %2", text.strip(), names)


def rule_params(rule: Rule) -> str:
    """The parameter text of a rule (``each=0.5``; ``n=45; values=0.8/0.6/0.4/0.2/0``)."""
    if isinstance(rule, CountRule):
        return f"each={show(rule.each)}"
    if isinstance(rule, GradesRule):
        return "values=" + "/".join(show(v) for v in rule.values)
    if isinstance(rule, RangeRule):
        return f"step={show(rule.step)}"
    if isinstance(rule, ItemsRule):
        return f"n={rule.n}; values=" + "/".join(show(v) for v in rule.values)
    if isinstance(rule, HoursRule):
        return f"baseline={show(rule.baseline)}; each={show(rule.each)}"
    return ""


def _values(text: str, key: str) -> tuple[Decimal, ...]:
    parts = [p for p in re.split(r"[/／、]", text) if p.strip()]
    values = []
    for part in parts:
        value = number(part)
        if value is None:
            raise RuleError("setup_draft.not_number", "%1: \"%2\" is not a number", key, part.strip())
        values.append(value)
    if not values:
        raise RuleError("setup_draft.list_least_one_value", "%1: list at least one value (6/4/3/2/0)", key)
    return tuple(values)


def parse_rule(kind: str, params: str) -> Rule:
    """Build a rule from its type and parameter text; raises RuleError naming what is wrong.

    Args:
        kind: a rule type (``price`` … ``hours``, or its Chinese name).
        params: ``key=value`` pairs separated by ``;`` (``each=0.5``; ``values=6/4/3/2/0``);
            values lists use ``/``. Keys may be the Chinese aliases of :data:`PARAM_ALIASES`.
    """
    kind = rule_type(kind)
    given: dict[str, str] = {}
    for piece in re.split(r"[;；,，\n]", unicodedata.normalize("NFKC", params)):
        if not piece.strip():
            continue
        key, sep, value = piece.partition("=")
        if not sep:
            raise RuleError("setup_draft.not_key_value_e", "\"%1\" is not key=value (e.g. each=0.5)", piece.strip())
        name = PARAM_ALIASES.get(key.strip().lower())
        allowed = RULE_PARAMS[kind]
        if name is None or name not in allowed:
            what = ", ".join(allowed) if allowed else "no parameters"
            raise RuleError("setup_draft.not_parameter", "%1 is not a parameter of %2 (%3)", key.strip(), kind, what)
        if name in given:
            raise RuleError("setup_draft.given_twice", "%1 is given twice", name)
        given[name] = value.strip()
    missing = [k for k in _REQUIRED.get(kind, ()) if k not in given]
    if missing:
        raise RuleError("setup_draft.needs_e_g", "%1 needs %2 (e.g. %3)", kind, ', '.join(missing), _example(kind))

    def num(key: str, default: Decimal) -> Decimal:
        if key not in given:
            return default
        value = number(given[key])
        if value is None:
            raise RuleError("setup_draft.not_number", "%1: \"%2\" is not a number", key, given[key])
        return value

    one = Decimal(1)
    if kind == "price":
        return PriceRule()
    if kind == "count":
        return CountRule(each=num("each", one))
    if kind == "grades":
        return GradesRule(values=_values(given["values"], "values"))
    if kind == "range":
        return RangeRule(step=num("step", Decimal("0.01")))
    if kind == "hours":
        return HoursRule(baseline=num("baseline", one), each=num("each", one))
    n = num("n", one)
    if n != n.to_integral_value():
        raise RuleError("setup_draft.n_not_whole_number", "n: %1 is not a whole number", show(n))
    return ItemsRule(n=int(n), values=_values(given["values"], "values"))


def _example(kind: str) -> str:
    return {"count": "each=0.5", "grades": "values=6/4/3/2/0", "items": "n=45; values=0.8/0.6/0.4/0.2/0",
            "hours": "baseline=4; each=1"}.get(kind, "")


def default_rule(kind: str, fmax: Decimal) -> Rule:
    """A rule of the given type that fits a factor of max ``fmax`` (the preview's start when the type changes)."""
    kind = rule_type(kind)
    if kind == "price":
        return PriceRule()
    if kind == "count":
        return CountRule(each=Decimal(1))
    if kind == "grades":
        return GradesRule(values=(fmax, Decimal(0)))
    if kind == "items":
        return ItemsRule(n=1, values=(fmax, Decimal(0)))
    if kind == "hours":
        return HoursRule(baseline=Decimal(1))
    return RangeRule()


def rule_values(rule: Rule) -> tuple[Decimal, ...]:
    """The allowed values of a grades/items rule (empty for the others)."""
    return rule.values if isinstance(rule, GradesRule | ItemsRule) else ()


def factor_problems(factor: Factor, words: tuple[str, ...] = ()) -> list[tuple[str, Problem]]:
    """What is impossible about one factor, as (field, problem at no place); field is name, category, max, rule or
    words."""
    found: list[tuple[str, Problem]] = []

    def add(key: str, code: str, template: str, *args: object) -> None:
        found.append((key, Problem.of("", code, template, *args)))

    if not factor.name.strip():
        add("name", "setup_draft.factor_no_name", "the factor has no name")
    if not factor.category.strip():
        add("category", "setup_draft.factor_no_category", "the factor has no category (价格, 商务, 技术 …)")
    rule = factor.rule
    values = rule_values(rule)
    if words and len(words) != len(values):
        if values:
            add("words", "setup_draft.words_for_values", "%1 words for %2 values (%3)", len(words), len(values),
                "/".join(map(show, values)))
        else:
            add("words", "setup_draft.no_grades_to_name", "a %1 factor has no grades to name", rule.type)
    if factor.max <= 0:
        add("max", "setup_draft.max_not_above_zero", "the max must be above 0, not %1", show(factor.max))
        return found  # the rule's bounds depend on the max
    if isinstance(rule, CountRule | HoursRule) and rule.each <= 0:
        add("rule", "setup_draft.each_not_above_zero", "each must be above 0, not %1", show(rule.each))
    if isinstance(rule, HoursRule) and rule.baseline <= 0:
        add("rule", "setup_draft.baseline_not_above_zero", "baseline must be above 0, not %1", show(rule.baseline))
    if isinstance(rule, RangeRule):
        if rule.step <= 0:
            add("rule", "setup_draft.step_not_above_zero", "step must be above 0, not %1", show(rule.step))
        elif factor.max % rule.step != 0:
            add("rule", "setup_draft.max_not_multiple_of_step", "the max %1 is not a multiple of the step %2",
                show(factor.max), show(rule.step))
    if isinstance(rule, ItemsRule) and rule.n < 1:
        add("rule", "setup_draft.items_n_below_one", "n must be at least 1, not %1", rule.n)
    for value in values:
        if value < 0:
            add("rule", "setup_draft.value_below_zero", "the value %1 is below 0", show(value))
        elif value > factor.max:
            add("rule", "setup_draft.value_above_max", "the value %1 is above the factor's max %2", show(value),
                show(factor.max))
    if len(set(values)) != len(values):
        add("rule", "setup_draft.value_listed_twice", "a value is listed twice")
    return found


def check_draft(draft: SetupDraft) -> list[Problem]:
    """The problems of the draft's factors and items as they stand (each factor's, ids, one price factor)."""
    found: list[Problem] = []
    ids = Counter(f.id for f in draft.factors)
    prices = 0
    for i, factor in enumerate(draft.factors):
        where = factor.id or f"row {i + 1}"
        if not factor.id.strip():
            found.append(Problem.of(f"{where}.id", "setup_draft.factor_has_no_id", "the factor has no id"))
        elif ids[factor.id] > 1:
            found.append(Problem.of(f"{where}.id", "setup_draft.id_used_factors",
                                    "the id %1 is used by %2 factors", factor.id, ids[factor.id]))
        for key, problem in factor_problems(factor, draft.grade_words.get(factor.id, ())):
            found.append(problem.at(f"{where}.{key}"))
        if factor.is_price:
            prices += 1
            if prices == 2:
                found.append(Problem.of(f"{where}.rule", "setup_draft.tender_has_most_one",
                                        "a tender has at most one price factor"))
    for stage, items in (("qualification", draft.qualification), ("compliance", draft.compliance)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            path = f"{stage}[{i}]"
            if not item.id.strip():
                found.append(Problem.of(f"{path}.id", "setup_draft.item_has_no_id", "the item has no id"))
            elif item.id in seen:
                found.append(Problem.of(f"{path}.id", "setup_draft.duplicate_id", "duplicate id %1", item.id))
            seen.add(item.id)
            if not item.name.strip():
                found.append(Problem.of(f"{path}.name", "setup_draft.item_has_no_name", "the item has no name"))
    if not draft.factors and not draft.qualification and not draft.compliance and not draft.read_problems:
        found.append(Problem.of("", "setup_draft.file_holds_no_scoring",
                                "the file holds no scoring factor and no checklist item"))
    return found


def total_warning(draft: SetupDraft, path: str = "") -> list[Problem]:
    """A warning when the factors' maxima do not add up to 100 (allowed: some tenders use other totals)."""
    if draft.factors and draft.total != HUNDRED:
        return [Problem.of(path, "setup_draft.factors_add_up_not",
                           "the factors add up to %1, not 100", show(draft.total))]
    return []


def replace_factor(draft: SetupDraft, index: int, factor: Factor, words: tuple[str, ...] | None = None) -> SetupDraft:
    """The draft with factor ``index`` replaced (its words and wording follow an id change)."""
    old = draft.factors[index]
    factors = list(draft.factors)
    factors[index] = factor
    grade_words = dict(draft.grade_words)
    factor_text = dict(draft.factor_text)
    kept_words = grade_words.pop(old.id, ())
    text = factor_text.pop(old.id, None)
    new_words = kept_words if words is None else words
    if new_words:
        grade_words[factor.id] = tuple(new_words)
    if text is not None:
        factor_text[factor.id] = text
    return dataclasses.replace(draft, factors=tuple(factors), grade_words=grade_words, factor_text=factor_text)


def apply_draft(ev: Evaluation, draft: SetupDraft) -> Evaluation:
    """The evaluation with its matrix, checklists, grade words and factor wording replaced by the draft's.

    Raises:
        InvalidInput: the draft has problems, or it would orphan what the evaluation holds: a factor
            with scores or an item with verdicts that the draft drops, a score its new rule refuses,
            a tie-break category no factor has any more. Nothing is changed then.
    """
    problems = draft.problems
    if problems:
        raise InvalidInput(problems)
    factor_ids = {f.id for f in draft.factors}
    items = {"qualification": {q.id for q in draft.qualification}, "compliance": {c.id for c in draft.compliance}}
    orphans: list[Problem] = []
    scored = Counter(s.factor for s in ev.scores if s.factor not in factor_ids)
    for fid, count in scored.items():
        orphans.append(Problem.of(f"factors.{fid}", "setup_draft.draft_drops_factor_which",
                                  "the draft drops factor %1, which has %2 scores", fid, count))
    checked = Counter((c.stage, c.item) for c in ev.checks if c.item not in items.get(c.stage, set()))
    for (stage, item), count in checked.items():
        orphans.append(Problem.of(f"{stage}.{item}", "setup_draft.draft_drops_item_which",
                                  "the draft drops %1 item %2, which has %3 verdicts", stage, item, count))
    if orphans:
        raise InvalidInput(orphans)
    extensions = dict(ev.extensions)
    for key, section in ((extras.GRADE_WORDS, {k: list(v) for k, v in draft.grade_words.items() if v}),
                         (extras.FACTOR_TEXT, {k: v for k, v in draft.factor_text.items() if v})):
        kept = {k: v for k, v in section.items() if k in factor_ids}
        if kept:
            extensions[key] = kept
        else:
            extensions.pop(key, None)
    new = dataclasses.replace(ev, factors=draft.factors, qualification=draft.qualification,
                              compliance=draft.compliance, extensions=extensions)
    from app.domain.validate import check_structure

    further: list[Problem] = []
    check_structure(new, further)
    refused = [p for p in further if p.path.startswith(("scores[", "checks[", "rules."))]
    if refused:
        raise InvalidInput(refused)
    return new
