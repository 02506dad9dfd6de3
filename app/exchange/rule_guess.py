"""Guess a factor's rule from the tender's wording of its standard (评审标准).

Chinese tenders word the same few rules in a handful of ways; this module recognises them and
says what it read, so the import preview can show every guess:

- price: a formula with 评标基准价/评标基准值 (``评标基准价／投标报价×10``) → ``price``
- count: one amount per item and a cap (``每提供一个…得0.5分，最高得2分``) → ``count`` each 0.5
- items: the same ladder repeated (``CCID 一级5分、二级3分、三级2分，CCIA 一级5分…``) or graded
  per item (``每项得0.8分…每项得0.6分…``) → ``items`` n × values
- grades: several amounts (``优得6分，良得4分，中得3分，差得2分，未提供得0分``) → ``grades`` 6/4/3/2/0 with
  the tender's words for each (优/良/中/差/未提供)
- range: ``（0-2分）`` or bands ``得4-5分`` → ``range`` step 0.01 (the step is never stated)
- hours: ``X小时内…每少1小时加1分`` → ``hours`` baseline X
- parts: numbered parts each with its own cap (``1）…最高得6分 2）…最高得4分``) → one factor per part

Anything else is not recognised: the caller puts a placeholder and asks the agent to choose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.domain.model import CountRule, GradesRule, HoursRule, ItemsRule, PriceRule, RangeRule, Rule
from app.domain.scoring import show
from app.exchange.setup_draft import plain

_N = r"(\d+(?:\.\d+)?)"
_POINTS = r"\s*分(?![钟之值数])"
_CAP = re.compile(r"(?:最高|最多|满分|上限|不超过)(?:可)?(?:得|计|为)?\s*" + _N + _POINTS)
_PAREN_RANGE = re.compile(r"[（(]\s*0(?:\.0+)?\s*[-—–~～至到]\s*" + _N + r"\s*分?\s*[)）]")
_BAND = re.compile(r"(?<![\d.])" + _N + r"\s*[-—–~～至到]\s*" + _N + _POINTS)
_ZERO = re.compile(r"不得分|不计分|不给分|得\s*0(?:\.0+)?" + _POINTS)
_VALUE = re.compile(r"(?<![\d.])" + _N + _POINTS)
_EACH = re.compile(r"每(?:一|1)?(?:项|人|个|份|提供|有|家|名|套|本|张)|该项")
_PRICE = re.compile(r"评标基准价|评标基准值|基准价|价格分|报价得分")
_FORMULA = re.compile(r"[×÷/／*]|公式|低价优先")
_HOURS_EACH = re.compile(r"每(?:提前|少|缩短|减少|快)\s*(\d+(?:\.\d+)?)?\s*(?:个)?小时[^；;。]*?(?:加|得|增加|计)\s*"
                         + _N + _POINTS)
_HOURS_BASE = re.compile(_N + r"\s*(?:个)?小时(?:内|以内|之内)")
_PART = re.compile(r"(?:^|(?<=[\n；;。]))\s*(?:\d{1,2}\s*[)）]|[（(]\s*\d{1,2}\s*[)）])")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_EVIDENCE = re.compile(r"证书|复印件|扫描件|证明材料|证明文件")
_CUT = re.compile(r".*[；;。\n：:]", re.S)
_STAR_EACH = re.compile(r"每(?:满足|响应|符合|提供|具备|有)?(?:一|1)?(?:项|条|个)[^，,；;。]*?(?:得|加|计)\s*"
                        + _N + _POINTS)
_SENTENCE = re.compile(r"(?<=[；;。\n])")
_NAME_CUT = re.compile(r"[，,；;。：:（(]|每(?:一|1)?(?:项|个|份|人|家|名|套|本|张|条|提前|少|缩短)|得\s*\d")
_NAME_LEAD = re.compile(r"^(?:\d{1,2}\s*[、.．)）]|[（(]\d{1,2}[)）]|[①-⑳])?\s*"
                        r"(?:投标人|供应商|响应人)?(?:具有|具备|提供|拥有|须|承诺)?")
_PER_ITEM_WORDS = re.compile(r"^[（(]\d{1,2}[)）]|每有一项|每项|该项")


@dataclass(frozen=True)
class Guess:
    """What the wording says: the rule, the words for each value, and how sure the reading is."""

    rule: Rule
    words: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    recognised: bool = True
    cap: Decimal | None = None
    objective: bool = False


@dataclass(frozen=True)
class Part:
    """One numbered part of a factor whose parts are scored separately (``1）…最高得6分``)."""

    label: str
    max: Decimal
    text: str
    guess: Guess


@dataclass(frozen=True)
class _Mention:
    kind: str  # value, zero, cap
    value: Decimal
    start: int
    end: int


def _dec(text: str) -> Decimal:
    return plain(Decimal(text))


def _mentions(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for pattern, kind in ((_CAP, "cap"), (_ZERO, "zero"), (_VALUE, "value")):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            value = _dec(m.group(1)) if m.groups() and m.group(1) else Decimal(0)
            found.append(_Mention("zero" if kind == "value" and value == 0 else kind, value, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


def _word(segment: str) -> str:
    """The tender's words for one level: the clause before its amount, without the preamble."""
    word = _PER_ITEM_WORDS.sub("", _CUT.sub("", segment)).strip("，,、 \t")
    while word and word[-1] in "得的者为计，,、 \t":
        word = word[:-1]
    return word


def _objective(rule: Rule, text: str) -> bool:
    if isinstance(rule, CountRule | HoursRule):
        return True
    return isinstance(rule, GradesRule | ItemsRule) and bool(_EVIDENCE.search(text))


def guess_rule(text: str, fmax: Decimal | None) -> Guess:
    """Read the rule from a standard's wording.

    Args:
        text: the standard (评审标准) as written.
        fmax: the factor's max when known (from the points column), to check the reading.

    Returns:
        The guess; ``recognised`` is False (and the rule a 0–max range) when no reading fits.
    """
    flat = re.sub(r"[ \t\u3000]+", "", text)
    if _PRICE.search(flat) and _FORMULA.search(flat):
        return Guess(PriceRule(), notes=("price formula (评标基准价)",))
    star = _STAR_EACH.search(flat) if re.search("[▲★]", flat) else None
    if star:
        cap = next((m.value for m in _mentions(flat) if m.kind == "cap"), None)
        each = _dec(star.group(1))
        return Guess(CountRule(each=each), notes=(f"{show(each)} per ▲/★ clause met (a count, not grades)",),
                     cap=cap, objective=True)
    if _PAREN_RANGE.search(flat) or _BAND.search(flat):
        return _range(flat, fmax)
    hours = _HOURS_EACH.search(flat)
    if hours:
        return _hours(flat, hours, fmax)
    mentions = _mentions(flat)
    cap = next((m.value for m in mentions if m.kind == "cap"), None)
    values = [m.value for m in mentions if m.kind == "value"]
    zero = any(m.kind == "zero" for m in mentions)
    limit = fmax if fmax is not None else cap
    notes: list[str] = []
    if cap is not None and fmax is not None and cap != fmax:
        notes.append(f"the stated cap {show(cap)} is not the max {show(fmax)}")
    if not values:
        return Guess(RangeRule(), notes=("rule not recognised; choose in the preview",), recognised=False)
    distinct = sorted(set(values), reverse=True)
    each_word = bool(_EACH.search(flat))
    rule: Rule
    words: tuple[str, ...] = ()
    if len(distinct) == 1 and (each_word or cap is not None):
        rule = CountRule(each=distinct[0])
        notes.insert(0, f"{show(distinct[0])} per item" + (f", capped at {show(cap)}" if cap is not None else ""))
    elif (repeat := _repeated(values)) is not None and (limit is None or repeat[0] * max(repeat[1]) == limit):
        n, ladder = repeat
        rule = ItemsRule(n=n, values=_with_zero(ladder, zero))
        notes.insert(0, f"the same ladder {'/'.join(map(show, ladder))} given {n} times: {n} items")
    elif len(distinct) > 1 and _per_item(flat, mentions):
        circled = len({c for c in flat if c in _CIRCLED})
        n, how = _item_count(circled, distinct[0], limit)
        rule = ItemsRule(n=n, values=_with_zero(distinct, zero))
        named = dict(_grade_words(flat, mentions))
        if all(named.get(v) for v in rule.values):
            words = tuple(named[v] for v in rule.values)
        notes.insert(0, f"graded per item: {n} items ({how})")
    else:
        ladder_words = _grade_words(flat, mentions)
        ordered = sorted(ladder_words, key=lambda pair: pair[0], reverse=True)
        rule = GradesRule(values=tuple(v for v, _ in ordered))
        words = tuple(w for _, w in ordered)
        if not zero and Decimal(0) not in rule.values:
            notes.append("no 0 grade stated")
        if limit is not None and rule.values[0] != limit:
            notes.append(f"the highest grade {show(rule.values[0])} is not the max {show(limit)}")
        notes.insert(0, "grades " + "/".join(map(show, rule.values)))
    return Guess(rule, words, tuple(notes), cap=cap, objective=_objective(rule, flat))


def _range(flat: str, fmax: Decimal | None) -> Guess:
    paren = _PAREN_RANGE.search(flat)
    top = _dec(paren.group(1)) if paren else max(_dec(m.group(2)) for m in _BAND.finditer(flat))
    notes = ["a range 0–" + show(top) + ("" if paren else " (the wording gives bands)"), "step not stated: 0.01"]
    if fmax is not None and top != fmax:
        notes.append(f"the wording's top {show(top)} is not the max {show(fmax)}")
    return Guess(RangeRule(), notes=tuple(notes))


def _with_zero(values: list[Decimal] | tuple[Decimal, ...], zero: bool) -> tuple[Decimal, ...]:
    ordered = tuple(sorted(set(values), reverse=True))
    return (*ordered, Decimal(0)) if zero and Decimal(0) not in ordered else ordered


def _repeated(values: list[Decimal]) -> tuple[int, list[Decimal]] | None:
    """(k, ladder) when the amounts are one ladder of two or more steps written k ≥ 2 times."""
    for k in range(len(values) // 2, 1, -1):
        if len(values) % k:
            continue
        size = len(values) // k
        ladder = values[:size]
        if size >= 2 and ladder * k == values and len(set(ladder)) == size:
            return k, ladder
    return None


def _per_item(flat: str, mentions: list[_Mention]) -> bool:
    """Whether at least half the amounts are worded per item (每项得0.8分, 该项得1分)."""
    starts = [0] + [m.end for m in mentions]
    hits = sum(1 for m, s in zip(mentions, starts, strict=False)
               if m.kind == "value" and _EACH.search(flat[s:m.start]))
    return hits * 2 >= sum(1 for m in mentions if m.kind == "value")


def _item_count(circled: int, top: Decimal, limit: Decimal | None) -> tuple[int, str]:
    if limit is not None and circled >= 2 and top * circled == limit:
        return circled, f"①…{_CIRCLED[circled - 1]} listed, {circled} × {show(top)} = {show(limit)}"
    if limit is not None:
        try:
            ratio = limit / top
        except (InvalidOperation, ZeroDivisionError):  # pragma: no cover - top is above 0
            ratio = Decimal(0)
        if ratio == ratio.to_integral_value() and ratio >= 1:
            return int(ratio), f"the max {show(limit)} ÷ the top value {show(top)}"
    if circled >= 2:
        return circled, f"①…{_CIRCLED[circled - 1]} listed"
    return 1, "the number of items is not stated; set n in the preview"


def _grade_words(flat: str, mentions: list[_Mention]) -> list[tuple[Decimal, str]]:
    pairs: list[tuple[Decimal, str]] = []
    seen: set[Decimal] = set()
    start = 0
    for m in mentions:
        if m.kind != "cap" and m.value not in seen:
            pairs.append((m.value, _word(flat[start:m.start])))
            seen.add(m.value)
        start = m.end
    return pairs


def _hours(flat: str, each_match: re.Match[str], fmax: Decimal | None) -> Guess:
    step = _dec(each_match.group(1)) if each_match.group(1) else Decimal(1)
    points = _dec(each_match.group(2))
    base = next((m for m in _HOURS_BASE.finditer(flat)
                 if m.end() <= each_match.start() or m.start() >= each_match.end()), None)
    notes = []
    if base is None:
        return Guess(RangeRule(), notes=("hours wording without a baseline; choose in the preview",),
                     recognised=False)
    each = points if step == 1 else plain(points / step)
    if step != 1:
        notes.append(f"{show(points)} per {show(step)} hours read as {show(each)} per hour")
    cap_match = _CAP.search(flat)
    if cap_match and fmax is not None and _dec(cap_match.group(1)) != fmax:
        notes.append(f"the stated cap {cap_match.group(1)} is not the max {show(fmax)}")
    rule = HoursRule(baseline=_dec(base.group(1)), each=each)
    notes.insert(0, f"hours under {show(rule.baseline)}, {show(each)} per hour")
    cap = _dec(cap_match.group(1)) if cap_match else None
    return Guess(rule, notes=tuple(notes), objective=True, cap=cap)


def split_parts(text: str, fmax: Decimal | None) -> list[Part]:
    """The numbered parts of a standard when each has its own cap and the caps add up to the max.

    Returns an empty list when the standard is one rule (the usual case).
    """
    if fmax is None:
        return []
    marks = list(_PART.finditer(text))
    if len(marks) < 2:
        return []
    parts: list[Part] = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body = text[mark.start():end].strip()
        guess = guess_rule(body, None)
        if guess.cap is None or not guess.recognised:
            return []
        parts.append(Part(label=str(i + 1), max=guess.cap, text=body, guess=guess))
    if sum((p.max for p in parts), Decimal(0)) != fmax:
        return []
    return parts


def own_name(text: str) -> str:
    """A factor's name from its own wording: the first words before its amount (``ISO9001质量管理体系认证``)."""
    flat = re.sub(r"\s+", "", text)
    head = _NAME_CUT.split(_NAME_LEAD.sub("", flat, count=1), maxsplit=1)[0]
    head = head.strip("、，, ").removesuffix("的").removesuffix("者")
    return head if len(head) <= 24 else head[:24] + "…"


def split_clauses(text: str, fmax: Decimal | None) -> list[Part]:
    """The clauses of one standard that each end with their own cap (``每个得1分，最高2分；…最高2分``).

    Sentences are joined until one states a cap; two or more such clauses whose caps add up to the
    max (or any total when the max is not known) are separate factors, named by their own words.
    An empty list when the standard is one rule, or when its parts are numbered (see :func:`split_parts`).
    """
    if len(list(_PART.finditer(text))) >= 2:
        return []
    clauses: list[str] = []
    pending = ""
    for sentence in _SENTENCE.split(text.strip()):
        pending += sentence
        if _CAP.search(re.sub(r"[ \t\u3000]+", "", sentence)):
            clauses.append(pending.strip())
            pending = ""
    if pending.strip() and clauses:
        clauses[-1] += pending.strip() if _CAP.search(pending) is None else ""
    if len(clauses) < 2:
        return []
    parts: list[Part] = []
    for body in clauses:
        guess = guess_rule(body, None)
        if guess.cap is None or not guess.recognised or isinstance(guess.rule, PriceRule):
            return []
        label = own_name(body) or str(len(parts) + 1)
        parts.append(Part(label=label, max=guess.cap, text=body, guess=guess))
    if fmax is not None and sum((p.max for p in parts), Decimal(0)) != fmax:
        return []
    return parts
