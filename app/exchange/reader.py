"""Reader of the `bideval/1` exchange file: JSON text → :class:`~app.domain.model.Evaluation`.

This layer checks the shape of every field (types, ranges, unknown keys) and reports each problem
with its JSON path. Cross-references (unknown ids, missing scores, values a factor does not allow)
are the domain's: :func:`app.domain.validate.validate`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem, Refused
from app.domain.scoring import as_decimal, show
from app.exchange.fields import MISSING, Fields, describe, object_pairs_hook

FORMAT = "bideval/1"
ZERO = Decimal(0)
ONE = Decimal(1)
LOW_PRICE_CAP = Decimal("0.65")


#: The largest file any JSON reader takes (a province-sized evaluation is about 40 MB).
MAX_JSON_BYTES = 256 * 1024 * 1024
#: The most digits of a whole number in a file (money is below 10^12; ids and counts are short).
MAX_INT_DIGITS = 30


def _int(token: str) -> int | Decimal:
    if len(token) > MAX_INT_DIGITS:
        # kept as a Decimal: exact, cheap, and refused where it is read ("out of range"), with its place
        return Decimal(token)
    return int(token)


def _constant(name: str) -> object:
    raise Refused("reader.not_number_json_allows", "%1 is not a number JSON allows", name)


def parse_json(text: str | bytes) -> object:
    """Parse JSON with exact decimals; raises InvalidInput naming the line and column.

    NaN and Infinity are refused; a file above :data:`MAX_JSON_BYTES` is refused unread; whole numbers of
    more than :data:`MAX_INT_DIGITS` digits are read as decimals, so the reader refuses them where they stand.
    """
    if len(text) > MAX_JSON_BYTES:
        raise InvalidInput([Problem.of("", "reader.file_larger_mb",
                                       "the file is larger than %1 MB", MAX_JSON_BYTES // 2 ** 20)])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidInput([Problem.of("", "reader.not_utf_text_byte",
                                           "not UTF-8 text (byte %1)", exc.start)]) from None
    try:
        return json.loads(text, parse_float=Decimal, parse_int=_int, parse_constant=_constant,
                          object_pairs_hook=object_pairs_hook)
    except json.JSONDecodeError as exc:
        where = f"at line {exc.lineno} column {exc.colno}"
        raise InvalidInput([Problem.of("", "reader.not_valid_json", "not valid JSON: %1 %2", exc.msg, where)]) from None
    except RecursionError:
        raise InvalidInput([Problem.of("", "reader.not_valid_json_nested",
                                       "not valid JSON: nested too deeply")]) from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise InvalidInput([Problem.of("", "reader.not_valid_json_2", "not valid JSON: %1", exc)]) from None


def read_evaluation(doc: object) -> m.Evaluation:
    """Build an Evaluation from a parsed document, or raise InvalidInput listing every problem."""
    problems: list[Problem] = []
    ev = _read(problems, doc)
    if ev is None:
        raise InvalidInput(problems)
    if problems:
        raise InvalidInput(problems + _further_problems(ev, problems))
    return ev


def _further_problems(ev: m.Evaluation, problems: list[Problem]) -> list[Problem]:
    """The domain's problems too, so one run reports everything (not those of broken factors' scores)."""
    from app.domain.validate import check_structure

    broken = {
        ev.factors[int(p.path[len("factors["):].split("]")[0])].id
        for p in problems
        if p.path.startswith("factors[")
    }
    further: list[Problem] = []
    check_structure(ev, further)
    kept = []
    for p in further:
        if p.path.startswith("scores[") and ev.scores[int(p.path[len("scores["):].split("]")[0])].factor in broken:
            continue
        kept.append(p)
    return kept


def loads(text: str | bytes) -> m.Evaluation:
    """Parse and read an exchange file's text."""
    return read_evaluation(parse_json(text))


def _read(problems: list[Problem], doc: object) -> m.Evaluation | None:
    top = Fields(
        problems,
        "",
        doc,
        (
            "format", "project", "rules", "qualification", "compliance", "factors",
            "bidders", "members", "checks", "scores", "decisions", "x",
        ),
        ("format", "project", "bidders"),
    )
    if not top.ok:
        return None
    fmt = top.raw("format")
    if fmt is not MISSING and fmt != FORMAT:
        top.problem("format", "reader.not", "%1 is not %2", describe(fmt), FORMAT)
    project = _project(problems, top.raw("project"))
    rules = _rules(problems, top.raw("rules")) if top.raw("rules") is not MISSING else m.Rules()
    raw_rules = top.raw("rules")
    if project.method == "single_source" and not (isinstance(raw_rules, dict) and "min_valid_bids" in raw_rules):
        # exchange-format.md: min_valid_bids is "1 for single source" (one named supplier).
        rules = replace(rules, min_valid_bids=1)
    x = top.raw("x")
    if x is not MISSING and not isinstance(x, dict):
        top.problem("x", "reader.must_object_not", "must be an object, not %1", describe(x))
    return m.Evaluation(
        project=project,
        rules=rules,
        qualification=tuple(_check_item(problems, p, e) for p, e in top.items("qualification")),
        compliance=tuple(_check_item(problems, p, e) for p, e in top.items("compliance")),
        factors=tuple(_factor(problems, p, e) for p, e in top.items("factors")),
        bidders=tuple(_bidder(problems, p, e) for p, e in top.items("bidders")),
        members=tuple(_member(problems, p, e) for p, e in top.items("members")),
        checks=tuple(_check(problems, p, e) for p, e in top.items("checks")),
        scores=_scores(problems, top),
        decisions=tuple(_decision(problems, p, e) for p, e in top.items("decisions")),
        extensions=dict(x) if isinstance(x, dict) else {},
    )


def _project(problems: list[Problem], data: object) -> m.Project:
    f = Fields(
        problems,
        "project",
        data,
        ("name", "number", "purchaser", "agency", "method", "budget", "ceiling", "price_mode", "industry",
         "opening"),
        ("name", "method", "budget"),
    )
    price_mode = f.choice("price_mode", m.PRICE_MODES, "amount")
    budget = f.decimal("budget", low=ZERO, low_open=True, nullable=price_mode == "rate")
    ceiling = f.decimal("ceiling", low=ZERO, low_open=True, nullable=True)
    opening = f.opt_text("opening")
    if opening is not None and not _is_iso_date(opening):
        f.problem("opening", "reader.not_iso_date_yyyy", "%1 is not an ISO date (YYYY-MM-DD)", describe(opening))
    return m.Project(
        name=f.text("name"),
        method=f.choice("method", m.METHODS, "open_tender"),
        budget=budget,
        ceiling=ceiling,
        price_mode=price_mode,
        number=f.text("number", nullable=True),
        purchaser=f.text("purchaser", nullable=True),
        agency=f.text("agency", nullable=True),
        industry=f.opt_text("industry"),
        opening=opening,
    )


def _is_iso_date(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _rules(problems: list[Problem], data: object) -> m.Rules:
    f = Fields(
        problems,
        "rules",
        data,
        ("small_deduction", "partner_deduction", "partner_min_share", "deduction_mode", "averaging",
         "decimals", "candidates", "min_valid_bids", "low_price", "tie_break"),
    )
    d = m.Rules()

    def rate(key: str, default: Decimal) -> Decimal:
        value = f.decimal(key, low=ZERO, high=ONE, high_open=True, default=default)
        return default if value is None else value

    share = f.decimal("partner_min_share", low=ZERO, high=ONE, low_open=True, default=d.partner_min_share)
    low_price = d.low_price
    raw_low = f.raw("low_price")
    if raw_low is None:
        low_price = m.LowPriceRates(None, None, None)
    elif raw_low is not MISSING:
        lp = Fields(problems, "rules.low_price", raw_low, m.TRIGGERS)

        def trigger(key: str, default: Decimal | None) -> Decimal | None:
            if lp.raw(key) is None:
                return None
            value = lp.decimal(key, low=ZERO, high=LOW_PRICE_CAP, default=default)
            return default if value is None and lp.raw(key) is not MISSING else value

        dl = d.low_price
        low_price = m.LowPriceRates(
            trigger("average", dl.average), trigger("second_lowest", dl.second_lowest),
            trigger("ceiling", dl.ceiling),
        )
    tie_break: list[str] = []
    for path, item in f.items("tie_break"):
        if isinstance(item, str) and (
            item in ("quoted_price", "evaluated_price") or (item.startswith("category:") and len(item) > 9)
        ):
            tie_break.append(item)
        else:
            problems.append(Problem.of(path, "reader.not_quoted_price_evaluated",
                                       "%1 is not quoted_price, evaluated_price or category:NAME", describe(item)))
    return m.Rules(
        small_deduction=rate("small_deduction", d.small_deduction),
        partner_deduction=rate("partner_deduction", d.partner_deduction),
        partner_min_share=d.partner_min_share if share is None else share,
        deduction_mode=f.choice("deduction_mode", m.DEDUCTION_MODES, d.deduction_mode),
        averaging=f.choice("averaging", m.AVERAGING_MODES, d.averaging),
        decimals=f.integer("decimals", d.decimals, 0, 6),
        candidates=f.integer("candidates", d.candidates, 1),
        min_valid_bids=f.integer("min_valid_bids", d.min_valid_bids, 0),
        low_price=low_price,
        tie_break=tuple(tie_break) if f.raw("tie_break") is not MISSING else d.tie_break,
    )


def _check_item(problems: list[Problem], path: str, data: object) -> m.CheckItem:
    f = Fields(problems, path, data, ("id", "name", "criterion", "verdict"), ("id", "name"))
    return m.CheckItem(id=f.ident("id"), name=f.text("name"), criterion=f.text("criterion", nullable=True),
                       verdict=f.choice("verdict", m.VERDICT_RULES, "majority"))


def _decimals(f: Fields, key: str, low: Decimal) -> tuple[Decimal, ...]:
    raw = f.raw(key)
    if raw is MISSING:
        return ()
    if not isinstance(raw, list) or not raw:
        f.problem(key, "reader.must_non_empty_list", "must be a non-empty list of numbers, not %1", describe(raw))
        return ()
    values: list[Decimal] = []
    for i, item in enumerate(raw):
        value = as_decimal(item)
        if value is None:
            f.problem(f"{key}[{i}]", "reader.not_number", "%1 is not a number", describe(item))
        elif value < low:
            f.problem(f"{key}[{i}]", "reader.below", "%1 is below %2", show(value), show(low))
        else:
            values.append(value)
    return tuple(values)


def _factor(problems: list[Problem], path: str, data: object) -> m.Factor:
    f = Fields(
        problems, path, data, ("id", "name", "category", "max", "objective", "blind", "group", "rule"),
        ("id", "name", "category", "max", "rule"),
    )
    fid = f.ident("id")
    fmax = f.decimal("max", low=ZERO, low_open=True) or Decimal(1)
    rule = _rule(problems, f.at("rule"), f.raw("rule"), fmax) if f.raw("rule") is not MISSING else m.PriceRule()
    return m.Factor(
        id=fid,
        name=f.text("name"),
        category=f.text("category"),
        max=fmax,
        rule=rule,
        objective=f.flag("objective"),
        blind=f.flag("blind"),
        group=f.opt_text("group"),
    )


_RULE_KEYS = {
    "price": (),
    "count": ("each",),
    "grades": ("values",),
    "range": ("step",),
    "items": ("n", "values"),
    "hours": ("baseline", "each"),
}
_RULE_REQUIRED = {"count": ("each",), "grades": ("values",), "items": ("n", "values"), "hours": ("baseline",)}


def _rule(problems: list[Problem], path: str, data: object, fmax: Decimal) -> m.Rule:
    kind = data.get("type") if isinstance(data, dict) else None
    if not isinstance(kind, str) or kind not in _RULE_KEYS:
        if isinstance(data, dict):
            problems.append(Problem.of(f"{path}.type", "reader.not_one",
                                       "%1 is not one of %2",
                                       describe(kind) if kind is not None else 'missing', ', '.join(m.RULE_TYPES)))
        else:
            problems.append(Problem.of(path, "reader.must_object_not", "must be an object, not %1", describe(data)))
        return m.PriceRule()
    f = Fields(problems, path, data, ("type", *_RULE_KEYS[kind]), _RULE_REQUIRED.get(kind, ()))
    if kind == "price":
        return m.PriceRule()
    if kind == "count":
        return m.CountRule(each=f.decimal("each", low=ZERO, low_open=True) or ONE)
    if kind == "range":
        step = f.decimal("step", low=ZERO, low_open=True, default=Decimal("0.01")) or Decimal("0.01")
        if fmax % step != 0:
            f.problem("step", "reader.max_not_multiple_step", "the max %1 is not a multiple of the step %2", fmax, step)
        return m.RangeRule(step=step)
    if kind == "hours":
        return m.HoursRule(
            baseline=f.decimal("baseline", low=ZERO, low_open=True) or ONE,
            each=f.decimal("each", low=ZERO, low_open=True, default=ONE) or ONE,
        )
    values = _decimals(f, "values", ZERO)
    for i, value in enumerate(values):
        if value > fmax:
            f.problem(f"values[{i}]", "reader.above_factor_max", "%1 is above the factor's max %2", value, fmax)
    if len(set(values)) != len(values):
        f.problem("values", "reader.value_listed_twice", "a value is listed twice")
    if kind == "grades":
        return m.GradesRule(values=values)
    return m.ItemsRule(n=f.integer("n", 1, 1), values=values)


def _bidder(problems: list[Problem], path: str, data: object) -> m.Bidder:
    f = Fields(
        problems, path, data,
        ("id", "name", "price", "price_words", "size", "prison", "disabled", "partner_share", "small_amount",
         "arrangement"),
        ("id", "name", "price"),
    )
    price = f.decimal("price", low=ZERO, low_open=True, nullable=True)
    words = f.opt_text("price_words")
    if f.ok and f.raw("price") is None and words is None:
        f.problem("price", "reader.price_figures_words_price", "a price in figures or in words (price_words) is needed")
    size = f.raw("size")
    if size is not None and size is not MISSING and size not in m.SIZES:
        f.problem("size", "reader.not_one_null", "%1 is not one of %2 or null", describe(size), ', '.join(m.SIZES))
        size = None
    return m.Bidder(
        id=f.ident("id"),
        name=f.text("name"),
        price=price,
        price_words=words,
        size=size if isinstance(size, str) else None,
        prison=f.flag("prison"),
        disabled=f.flag("disabled"),
        partner_share=f.decimal("partner_share", low=ZERO, high=ONE, nullable=True),
        small_amount=f.decimal("small_amount", low=ZERO, nullable=True),
        arrangement=f.choice("arrangement", m.ARRANGEMENTS, "subcontract"),
    )


def _member(problems: list[Problem], path: str, data: object) -> m.Member:
    f = Fields(problems, path, data, ("id", "name", "role"), ("id", "name", "role"))
    return m.Member(id=f.ident("id"), name=f.text("name"), role=f.choice("role", m.ROLES, "expert"))


def _ref(f: Fields, key: str, nullable: bool = False) -> str | None:
    value = f.raw(key)
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value:
        if value is not MISSING:
            f.problem(key, "reader.must_id_not",
                      "must be an id%1, not %2", ' or null' if nullable else '', describe(value))
        return None
    return value


def _check(problems: list[Problem], path: str, data: object) -> m.Check:
    f = Fields(problems, path, data, ("stage", "bidder", "item", "member", "pass", "note"),
               ("stage", "bidder", "item", "pass"))
    return m.Check(
        stage=f.choice("stage", m.STAGES, "qualification"),
        bidder=_ref(f, "bidder") or "",
        item=_ref(f, "item") or "",
        passed=f.flag("pass", True),
        member=_ref(f, "member", nullable=True),
        note=f.text("note", nullable=True),
    )


_SCORE_KEYS = frozenset(("member", "bidder", "factor", "value"))


def _scores(problems: list[Problem], top: Fields) -> tuple[m.Score, ...]:
    """The scores: the well-formed ones (tens of thousands in a large file) read straight, the rest by
    :func:`_score` with their place."""
    raw = top.raw("scores")
    if not isinstance(raw, list):
        return tuple(_score(problems, p, e) for p, e in top.items("scores"))  # absent, or a problem named
    score, keys = m.new_score, _SCORE_KEYS
    out: list[m.Score] = []
    append = out.append
    for i, data in enumerate(raw):
        if type(data) is dict and data.keys() == keys:
            member, bidder, factor = data["member"], data["bidder"], data["factor"]
            if (member is None or (type(member) is str and member)) and type(bidder) is str and bidder \
                    and type(factor) is str and factor:
                append(score(member, bidder, factor, data["value"]))
                continue
        append(_score(problems, f"scores[{i}]", data))
    return tuple(out)


def _score(problems: list[Problem], path: str, data: object) -> m.Score:
    f = Fields(problems, path, data, ("member", "bidder", "factor", "value"), ("member", "bidder", "factor", "value"))
    value = f.raw("value")
    return m.Score(
        member=_ref(f, "member", nullable=True),
        bidder=_ref(f, "bidder") or "",
        factor=_ref(f, "factor") or "",
        value=None if value is MISSING else value,
    )


def _decision(problems: list[Problem], path: str, data: object) -> m.Decision:
    kind = data.get("kind") if isinstance(data, dict) else None
    if kind == "low_price":
        f = Fields(problems, path, data, ("bidder", "kind", "accepted", "note"), ("bidder", "kind", "accepted"))
        return m.Decision(bidder=_ref(f, "bidder") or "", kind="low_price", accepted=f.flag("accepted", True),
                          note=f.text("note", nullable=True))
    if kind == "invalid":
        f = Fields(problems, path, data, ("bidder", "kind", "reason", "note"), ("bidder", "kind", "reason"))
        return m.Decision(bidder=_ref(f, "bidder") or "", kind="invalid", reason=f.text("reason"),
                          note=f.text("note", nullable=True))
    if isinstance(data, dict):
        problems.append(Problem.of(f"{path}.kind", "reader.not_one_low_price",
                                   "%1 is not one of low_price, invalid",
                                   describe(kind) if kind is not None else 'missing'))
    else:
        problems.append(Problem.of(path, "reader.must_object_not", "must be an object, not %1", describe(data)))
    return m.Decision(bidder="", kind="invalid")
