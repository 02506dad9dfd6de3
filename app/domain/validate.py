"""Cross-checks of an evaluation: ids, duplicates, references, score values, prices.

Everything here reports a :class:`Problem` with the JSON path the exchange file would have
(``scores[12].value``), whichever door the data came in by, so the project file and the
command line are held to the same rules as the exchange file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from app.domain.model import Evaluation, Factor, Score, ScoreValue
from app.domain.numerals import NumeralError
from app.domain.pricing import CorrectedPrice, correct_price
from app.domain.problems import Problem
from app.domain.scoring import ValueRejected, parse_value, points
from app.domain.texts import text_problems

ScoreKey = tuple[str | None, str, str]  # (member or None for joint, bidder, factor)


@dataclass
class ScoreTable:
    """Every score entry checked: its points and canonical value by (member|None, bidder, factor).

    ``refused`` holds the entries written with a problem (not counted), so that one is not also reported missing:
    :meth:`was_given` tells any entry written, good or bad (a set of every key would be 17 MB on a province-sized
    evaluation). A session that changes one score patches the table with :meth:`put` instead of re-checking all.
    """

    points: dict[ScoreKey, Decimal]
    values: dict[ScoreKey, ScoreValue]
    refused: set[ScoreKey]

    def was_given(self, key: ScoreKey) -> bool:
        """Whether an entry was written for the key (good or bad)."""
        return key in self.values or key in self.refused

    def put(self, factor: Factor, member: str | None, bidder: str, raw: object) -> None:
        """Record one score already accepted by :func:`parse_value` (raises ValueRejected otherwise)."""
        value = parse_value(factor, raw)
        key: ScoreKey = (member, bidder, factor.id)
        self.points[key] = points(factor, value)
        self.values[key] = value
        self.refused.discard(key)


@dataclass
class Checked:
    """What validation established, for the engine: corrected prices and the checked scores."""

    prices: dict[str, CorrectedPrice]
    scores: ScoreTable

    @property
    def points(self) -> dict[ScoreKey, Decimal]:
        """Points by score key."""
        return self.scores.points

    def was_given(self, key: ScoreKey) -> bool:
        """Whether a score entry was written for the key (good or bad)."""
        return self.scores.was_given(key)


def _duplicates(problems: list[Problem], ids: list[str], path: str) -> None:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            problems.append(Problem.of(f"{path}[{i}].id", "validate.duplicate_id", "duplicate id %1", ident))
        seen.add(ident)


def check_structure(ev: Evaluation, problems: list[Problem], scores: ScoreTable | None = None) -> Checked:
    """Check everything that does not depend on which bids are valid; convert prices and scores.

    Args:
        ev: the evaluation.
        problems: found problems are appended here.
        scores: a table already checked (and kept in step) by the caller; the scores are then not
            checked again.
    """
    _duplicates(problems, [q.id for q in ev.qualification], "qualification")
    _duplicates(problems, [c.id for c in ev.compliance], "compliance")
    _duplicates(problems, [f.id for f in ev.factors], "factors")
    _duplicates(problems, [b.id for b in ev.bidders], "bidders")
    _duplicates(problems, [m.id for m in ev.members], "members")
    text_problems(ev, problems)

    price_factors = [i for i, f in enumerate(ev.factors) if f.is_price]
    for i in price_factors[1:]:
        problems.append(Problem.of(f"factors[{i}].rule.type", "validate.tender_has_most_one",
                                   "a tender has at most one price factor"))
    categories = {f.category for f in ev.factors if not f.is_price}
    for i, crit in enumerate(ev.rules.tie_break):
        if crit.startswith("category:") and crit[len("category:"):] not in categories:
            problems.append(Problem.of(f"rules.tie_break[{i}]", "validate.not_category_non_price",
                                       "%1 is not a category of a non-price factor", crit[len('category:'):]))
    prices = _prices(ev, problems)
    _checks(ev, problems)
    _decisions(ev, problems)
    return Checked(prices, scores if scores is not None else check_scores(ev, problems))


def _prices(ev: Evaluation, problems: list[Problem]) -> dict[str, CorrectedPrice]:
    prices: dict[str, CorrectedPrice] = {}
    for i, bidder in enumerate(ev.bidders):
        try:
            corrected = correct_price(bidder, ev.project.price_mode)
        except NumeralError as exc:
            problems.append(Problem.of(f"bidders[{i}].price_words", "validate.cannot_read_capitals",
                                       "cannot read the capitals: %1", exc))
            continue
        except ValueError:
            continue  # the reader reported the missing price
        if corrected.price <= 0:
            problems.append(Problem.of(f"bidders[{i}].price_words", "validate.price_words_must_above",
                                       "the price in words must be above zero"))
            continue
        prices[bidder.id] = corrected
        if bidder.small_amount is not None and bidder.small_amount > corrected.price:
            problems.append(Problem.of(f"bidders[{i}].small_amount", "validate.above_quoted_price",
                                       "%1 is above the quoted price %2", bidder.small_amount, corrected.price))
    return prices


def _checks(ev: Evaluation, problems: list[Problem]) -> None:
    bidders = {b.id for b in ev.bidders}
    members = {m.id for m in ev.members}
    items = {"qualification": {q.id for q in ev.qualification}, "compliance": {c.id for c in ev.compliance}}
    seen: set[tuple[str, str, str, str | None]] = set()
    for i, c in enumerate(ev.checks):
        path = f"checks[{i}]"
        if c.bidder and c.bidder not in bidders:
            problems.append(Problem.of(f"{path}.bidder", "validate.unknown_bidder", "unknown bidder %1", c.bidder))
        if c.item and c.item not in items[c.stage]:
            problems.append(Problem.of(f"{path}.item", "validate.unknown_item", "unknown %1 item %2", c.stage, c.item))
        if c.member is not None and c.member not in members:
            problems.append(Problem.of(f"{path}.member", "validate.unknown_member", "unknown member %1", c.member))
        key = (c.stage, c.bidder, c.item, c.member)
        if key in seen:
            who = c.member or "the committee"
            problems.append(Problem.of(path, "validate.second_verdict",
                                       "a second %1 verdict of %2 on %3 for %4", c.stage, who, c.item, c.bidder))
        seen.add(key)


def _decisions(ev: Evaluation, problems: list[Problem]) -> None:
    bidders = {b.id for b in ev.bidders}
    low_price: set[str] = set()
    for i, d in enumerate(ev.decisions):
        if d.bidder and d.bidder not in bidders:
            problems.append(Problem.of(f"decisions[{i}].bidder", "validate.unknown_bidder",
                                       "unknown bidder %1", d.bidder))
        if d.kind == "low_price":
            if d.bidder in low_price:
                problems.append(Problem.of(f"decisions[{i}]", "validate.second_low_price_decision",
                                           "a second low_price decision for %1", d.bidder))
            low_price.add(d.bidder)


def check_scores(ev: Evaluation, problems: list[Problem]) -> ScoreTable:
    """Check every score entry (ids, joint entries, duplicates, the value against its rule)."""
    factors: dict[str, Factor] = {f.id: f for f in ev.factors}
    # A well-formed score (known bid, member and factor, not the price factor, a joint score only on an
    # objective factor, given once) takes the short path; any other is looked at by _score_problems.
    # Values repeat heavily (a few grades, counts): parse each value once per factor, keyed by what tells
    # values apart exactly (a text, a whole number, a decimal's text, a list of texts or of whole numbers);
    # anything else (a bool, a list of numbers or of mixed kinds, an object) is parsed each time.
    memo: dict[str, dict[object, tuple[ScoreValue, Decimal] | ValueRejected]] = {fid: {} for fid in factors}
    plain = {f.id: (f, memo[f.id]) for f in ev.factors if not f.is_price}
    joint_ok = {f.id for f in ev.factors if not f.is_price and f.objective}
    bidders = {b.id for b in ev.bidders}
    members = {m.id for m in ev.members}
    table = ScoreTable({}, {}, set())
    pts, values = table.points, table.values
    # every key written is in ``values`` (counted) or in ``others`` (refused or with a problem): the duplicates
    others: set[ScoreKey] = set()
    given = _Given(values, others)
    for i, s in enumerate(ev.scores):
        member, bidder, fid, raw = s.member, s.bidder, s.factor, s.value
        key: ScoreKey = (member, bidder, fid)
        entry = plain.get(fid)
        if entry is None or bidder not in bidders or key in values or (others and key in others) or \
                (member not in members if member is not None else fid not in joint_ok):
            checked_factor, ok = _score_problems(i, s, factors, bidders, members, given, problems)
            if checked_factor is None:
                continue
            factor, known = checked_factor, memo[fid]
        else:
            factor, known = entry
            ok = True
        kind = type(raw)
        if kind is str or kind is int:
            memo_key: object = raw
        elif kind is Decimal:
            memo_key = (kind, str(raw))
        elif isinstance(raw, list) and _exact_items(raw):
            memo_key = (list, tuple(raw))
        else:
            memo_key = None
        found = known.get(memo_key) if memo_key is not None else None
        if found is None:
            found = _parsed(factor, raw)
            if memo_key is not None:
                known[memo_key] = found
        if isinstance(found, ValueRejected):
            problems.append(found.problem(f"scores[{i}].value"))
            others.add(key)
        elif ok:
            values[key], pts[key] = found
        else:
            others.add(key)
    table.refused.update(k for k in others if k not in values)
    return table


class _Given:
    """The keys written so far, as :func:`_score_problems` asks and adds them (counted ones, and the others)."""

    def __init__(self, values: dict[ScoreKey, ScoreValue], others: set[ScoreKey]) -> None:
        self.values, self.others = values, others

    def __contains__(self, key: object) -> bool:
        return key in self.values or key in self.others

    def add(self, key: ScoreKey) -> None:
        if key not in self.values:
            self.others.add(key)


def _exact_items(raw: list[object]) -> bool:
    """Whether a list's items are all texts or all whole numbers (no bool): equal lists are then the same value."""
    kinds = set(map(type, raw))
    return kinds == {str} or kinds == {int}


def _parsed(factor: Factor, raw: object) -> tuple[ScoreValue, Decimal] | ValueRejected:
    """A score value's canonical form and points, or why the factor's rule refuses it."""
    try:
        value = parse_value(factor, raw)
        return value, points(factor, value)
    except ValueRejected as exc:
        return exc


def _score_problems(i: int, s: Score, factors: dict[str, Factor], bidders: set[str], members: set[str],
                    given: _Given, problems: list[Problem]) -> tuple[Factor | None, bool]:
    """The problems of one score off the short path: the factor to check its value against (None: none is) and
    whether the score counts."""
    member, bidder, fid = s.member, s.bidder, s.factor
    key: ScoreKey = (member, bidder, fid)
    ok = True
    if bidder not in bidders:
        if bidder:
            problems.append(Problem.of(f"scores[{i}].bidder", "validate.unknown_bidder", "unknown bidder %1", bidder))
        ok = False
    if member is not None and member not in members:
        problems.append(Problem.of(f"scores[{i}].member", "validate.unknown_member", "unknown member %1", member))
        ok = False
    factor = factors.get(fid)
    if factor is None:
        if fid:
            problems.append(Problem.of(f"scores[{i}].factor", "validate.unknown_factor", "unknown factor %1", fid))
        given.add(key)
        return None, False
    if factor.is_price:
        problems.append(Problem.of(f"scores[{i}].factor", "validate.price_factor_score_computed",
                                   "%1 is the price factor: its score is computed", fid))
        given.add(key)
        return None, False
    if member is None and not factor.objective:
        problems.append(Problem.of(f"scores[{i}].member", "validate.joint_score_member_null",
                                   "a joint score (member null) is only for objective factors; %1 is subjective",
                                   fid))
        ok = False
    if key in given:
        problems.append(Problem.of(f"scores[{i}]", "validate.second_score", "a second score of %1 for %2 on %3",
                                   member or "the committee", bidder, fid))
    return factor, ok


def check_complete(ev: Evaluation, checked: Checked, scored: list[str], problems: list[Problem]) -> None:
    """Every member has a score (or a joint one) for every bid in ``scored`` on every non-price factor."""
    factors = [f for f in ev.factors if not f.is_price]
    if not factors or not scored:
        return
    if not ev.members:
        problems.append(Problem.of("members", "validate.least_one_member_needed",
                                   "at least one member is needed to score the bids"))
        return
    missing: Counter[str] = Counter()
    for bidder in scored:
        for factor in factors:
            if factor.objective and checked.was_given((None, bidder, factor.id)):
                continue
            for member in ev.members:
                if not checked.was_given((member.id, bidder, factor.id)):
                    missing[bidder] += 1
                    if missing[bidder] <= 20:
                        problems.append(Problem.of("scores", "validate.missing_score_member_bidder",
                                                   "missing score of member %1 for bidder %2 on factor %3",
                                                   member.id, bidder, factor.id))
    for bidder, count in missing.items():
        if count > 20:
            problems.append(Problem.of("scores", "validate.more_scores_missing_bidder",
                                       "... %1 more scores missing for bidder %2", count - 20, bidder))
