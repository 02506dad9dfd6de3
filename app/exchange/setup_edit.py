"""Corrections the agent makes to a draft in the import preview, each checked before it is taken.

:func:`edit_factor` changes one field of one factor and returns the new draft, or raises
:class:`~app.exchange.setup_draft.RuleError` saying why the value is impossible. An edit is refused
only for what it breaks: a factor that already had a problem (a 0 max from a document) can still be
renamed, and the edit that fixes the problem clears it.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from app.domain.model import Factor, GradesRule, ItemsRule, RangeRule, Rule
from app.domain.scoring import show
from app.exchange.setup_draft import (
    RuleError,
    SetupDraft,
    default_rule,
    factor_problems,
    number,
    parse_rule,
    replace_factor,
    rule_params,
    rule_type,
    rule_values,
)

#: The fields :func:`edit_factor` changes.
FIELDS = ("id", "name", "category", "max", "type", "params", "words", "objective", "blind", "group")


def split_words(text: str) -> tuple[str, ...]:
    """The grade words of a ``优/良/中/差`` text (``/`` or ``／`` between them); empty text gives none."""
    if not text.strip():
        return ()
    return tuple(w.strip() for w in re.split(r"[/／]", text))


def edit_factor(draft: SetupDraft, index: int, field: str, value: str | bool) -> SetupDraft:
    """The draft with one field of factor ``index`` changed.

    Args:
        draft: the draft being corrected.
        index: the factor's position.
        field: one of :data:`FIELDS`; ``type`` takes ``grades`` or ``等级``, ``params`` the
            parameter text (``values=6/4/3/2/0``), ``words`` ``优/良/中/差/无``.
        value: the new text (a bool for ``objective`` and ``blind``).

    Raises:
        RuleError: the value is impossible; the message says why. The draft is unchanged.
    """
    if field not in FIELDS:
        raise RuleError("setup_edit.cannot_edited", "%1 cannot be edited", field)
    old = draft.factors[index]
    words = draft.grade_words.get(old.id, ())
    if field in ("objective", "blind"):
        if not isinstance(value, bool):
            raise RuleError("setup_edit.yes_no", "%1 is yes or no", field)
        changed = dataclasses.replace(old, objective=value) if field == "objective" else \
            dataclasses.replace(old, blind=value)
        return replace_factor(draft, index, changed)
    text = str(value).strip()
    factor, new_words = old, words
    if field == "id":
        if not text:
            raise RuleError("setup_edit.id_must_not_empty", "the id must not be empty")
        if any(f.id == text for i, f in enumerate(draft.factors) if i != index):
            raise RuleError("setup_edit.id_already_used", "the id %1 is already used", text)
        factor = dataclasses.replace(old, id=text)
    elif field in ("name", "category"):
        if not text:
            raise RuleError("setup_edit.must_not_empty", "the %1 must not be empty", field)
        factor = dataclasses.replace(old, name=text) if field == "name" else dataclasses.replace(old, category=text)
    elif field == "group":
        factor = dataclasses.replace(old, group=text or None)
    elif field == "max":
        found = number(text)
        if found is None:
            raise RuleError("setup_edit.not_number", "\"%1\" is not a number", text)
        if found <= 0:
            raise RuleError("setup_edit.max_must_above_not", "the max must be above 0, not %1", show(found))
        factor = dataclasses.replace(old, max=found)
    elif field == "type":
        kind = rule_type(text)
        factor, new_words = _retyped(old, kind, words)
    elif field == "params":
        factor = dataclasses.replace(old, rule=parse_rule(old.rule.type, text))
        if words and len(words) != len(rule_values(factor.rule)):
            new_words = ()
    else:  # words
        new_words = split_words(text)
        if new_words and not rule_values(old.rule):
            raise RuleError("setup_edit.factor_has_no_grades", "a %1 factor has no grades to name", old.rule.type)
        if new_words and len(new_words) != len(rule_values(old.rule)):
            values = "/".join(show(v) for v in rule_values(old.rule))
            raise RuleError("setup_edit.words_values",
                            "%1 words for %2 values (%3)", len(new_words), len(rule_values(old.rule)), values)
        if any(not w for w in new_words):
            raise RuleError("setup_edit.word_empty", "a word is empty")
    before = {(key, problem.message) for key, problem in factor_problems(old, words)}
    broken = [problem for key, problem in factor_problems(factor, new_words) if (key, problem.message) not in before]
    if broken:  # the first (a person mends one thing at a time; the next shows when it is mended)
        raise RuleError.of(broken[0])
    return replace_factor(draft, index, factor, new_words)


def _retyped(old: Factor, kind: str, words: tuple[str, ...]) -> tuple[Factor, tuple[str, ...]]:
    """A factor of a new rule type: its parameters kept when they fit the new type, else a fitting default."""
    if kind == old.rule.type:
        return old, words
    rule: Rule
    values = rule_values(old.rule)
    if values and kind == "grades":
        rule = GradesRule(values=values)
    elif values and kind == "items":
        rule = ItemsRule(n=1, values=values)
    else:
        try:
            rule = parse_rule(kind, rule_params(old.rule))
        except RuleError:
            rule = default_rule(kind, old.max)
    kept = words if words and len(words) == len(rule_values(rule)) else ()
    return dataclasses.replace(old, rule=rule), kept


def _free_id(draft: SetupDraft, taken: set[str] | None = None) -> str:
    used = {f.id for f in draft.factors} | (taken or set())
    n = 1
    while f"F{n}" in used:
        n += 1
    return f"F{n}"


def insert_factor(draft: SetupDraft, after: int) -> tuple[SetupDraft, int]:
    """The draft with a new factor right after row ``after`` (-1: at the top), and the new row's index.

    The new factor copies the category of the row above it and starts as a 0–1 range, named 新评分因素.
    """
    row = max(-1, min(after, len(draft.factors) - 1)) + 1
    category = draft.factors[row - 1].category if row > 0 else ""
    new = Factor(id=_free_id(draft), name="新评分因素", category=category or "技术", max=Decimal(1),
                 rule=RangeRule())
    factors = list(draft.factors)
    factors.insert(row, new)
    return dataclasses.replace(draft, factors=tuple(factors)), row


def delete_factor(draft: SetupDraft, index: int) -> SetupDraft:
    """The draft without factor ``index`` (its grade words and wording go with it)."""
    gone = draft.factors[index]
    factors = draft.factors[:index] + draft.factors[index + 1:]
    words = {k: v for k, v in draft.grade_words.items() if k != gone.id}
    texts = {k: v for k, v in draft.factor_text.items() if k != gone.id}
    return dataclasses.replace(draft, factors=factors, grade_words=words, factor_text=texts)


def split_factor(draft: SetupDraft, index: int) -> SetupDraft:
    """Factor ``index`` as two factors of one group, each with half the max (a count or range rule kept).

    Raises:
        RuleError: the price factor cannot be split.
    """
    old = draft.factors[index]
    if old.is_price:
        raise RuleError("setup_edit.price_factor_cannot_split", "the price factor cannot be split")
    half = old.max / 2
    rule: Rule = old.rule if not rule_values(old.rule) else RangeRule()
    group = old.group or old.name
    first = dataclasses.replace(old, name=f"{old.name}（1）", max=half, rule=rule, group=group)
    second = dataclasses.replace(first, id=_free_id(draft), name=f"{old.name}（2）")
    factors = (*draft.factors[:index], first, second, *draft.factors[index + 1:])
    words = {k: v for k, v in draft.grade_words.items() if k != old.id}
    texts = dict(draft.factor_text)
    if old.id in texts:
        texts[second.id] = texts[old.id]
    return dataclasses.replace(draft, factors=factors, grade_words=words, factor_text=texts)


def merge_factors(draft: SetupDraft, index: int) -> SetupDraft:
    """Factor ``index`` and the next one as one factor: the first's name and rule, the maxima added.

    Raises:
        RuleError: there is no next factor, or one of the two is the price factor.
    """
    if index + 1 >= len(draft.factors):
        raise RuleError("setup_edit.last_factor_has_no", "the last factor has no next factor to merge with")
    first, second = draft.factors[index], draft.factors[index + 1]
    if first.is_price or second.is_price:
        raise RuleError("setup_edit.price_factor_cannot_merged", "the price factor cannot be merged")
    total = first.max + second.max
    rule = first.rule if not rule_values(first.rule) else RangeRule()
    merged = dataclasses.replace(first, max=total, rule=rule)
    factors = (*draft.factors[:index], merged, *draft.factors[index + 2:])
    words = {k: v for k, v in draft.grade_words.items() if k not in (first.id, second.id)}
    texts = {k: v for k, v in draft.factor_text.items() if k != second.id}
    joined = "\n".join(t for t in (draft.factor_text.get(first.id, ""), draft.factor_text.get(second.id, "")) if t)
    if joined:
        texts[first.id] = joined
    return dataclasses.replace(draft, factors=factors, grade_words=words, factor_text=texts)
