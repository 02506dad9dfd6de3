"""An :class:`~app.domain.model.Evaluation` into the project file's rows and back.

Reading uses Core ``select`` of plain tuples (no ORM objects): a large project (27,000 scores)
loads in a few tens of milliseconds. What is read back is exactly what the exchange reader would
give for the project's export: decimals from their written text, score values from their JSON text.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from app.domain import model as m
from app.exchange import jsontext
from app.persistence.bids import BidderRow, DecisionRow, MemberRow
from app.persistence.errors import CORRUPT, ProjectFileError
from app.persistence.kept_fields import pack_x, unpack
from app.persistence.review import CheckRow, ScoreRow
from app.persistence.tender import ChecklistItemRow, FactorRow, ProjectRow, RulesRow


def _dec(value: Decimal) -> str:
    return format(value, "f")


def rule_to_json(rule: m.Rule) -> str:
    """The exchange file's rule object of a factor, as JSON text (decimals as strings)."""
    doc: dict[str, Any]
    if isinstance(rule, m.CountRule):
        doc = {"type": "count", "each": _dec(rule.each)}
    elif isinstance(rule, m.GradesRule):
        doc = {"type": "grades", "values": [_dec(v) for v in rule.values]}
    elif isinstance(rule, m.RangeRule):
        doc = {"type": "range", "step": _dec(rule.step)}
    elif isinstance(rule, m.ItemsRule):
        doc = {"type": "items", "n": rule.n, "values": [_dec(v) for v in rule.values]}
    elif isinstance(rule, m.HoursRule):
        doc = {"type": "hours", "baseline": _dec(rule.baseline), "each": _dec(rule.each)}
    else:
        doc = {"type": "price"}
    return jsontext.dumps(doc)


def rule_from_json(text: str) -> m.Rule:
    """The rule a factor's stored JSON text describes."""
    doc = jsontext.loads(text)
    kind = doc["type"]
    if kind == "count":
        return m.CountRule(each=Decimal(doc["each"]))
    if kind == "grades":
        return m.GradesRule(values=tuple(Decimal(v) for v in doc["values"]))
    if kind == "range":
        return m.RangeRule(step=Decimal(doc["step"]))
    if kind == "items":
        return m.ItemsRule(n=int(doc["n"]), values=tuple(Decimal(v) for v in doc["values"]))
    if kind == "hours":
        return m.HoursRule(baseline=Decimal(doc["baseline"]), each=Decimal(doc["each"]))
    return m.PriceRule()


def factor_from_row(row: FactorRow) -> m.Factor:
    """The domain factor of a factor row."""
    return m.Factor(id=row.id, name=row.name, category=row.category, max=row.max, rule=rule_from_json(row.rule),
                    objective=row.objective, blind=row.blind, group=row.group_name)


def bidder_from_row(row: BidderRow) -> m.Bidder:
    """The domain bidder of a bidder row."""
    return m.Bidder(id=row.id, name=row.name, price=row.price, price_words=row.price_words, size=row.size,
                    prison=row.prison, disabled=row.disabled, partner_share=row.partner_share,
                    small_amount=row.small_amount)


def _score_texts() -> Callable[[object], str]:
    """:func:`jsontext.score_text`, remembered for the values a file repeats (a few grades and counts); a decimal by
    its exact digits (``1.0`` is not ``1``), a list each time."""
    known: dict[object, str] = {}

    def text_of(value: object) -> str:
        if isinstance(value, list):
            return jsontext.score_text(value)
        kind = type(value)
        # a text or a whole number is its own key (the two never compare equal); any other value by its kind and,
        # for a decimal, its digits (True is not 1, 1.0 is not 1)
        key = value if kind is str or kind is int else (kind, str(value) if isinstance(value, Decimal) else value)
        found = known.get(key)
        if found is None:
            found = known[key] = jsontext.score_text(value)
        return found

    return text_of


def write_evaluation(session: Session, ev: m.Evaluation) -> None:
    """Insert a whole evaluation into an empty project (the caller's unit of work)."""
    p, r = ev.project, ev.rules
    session.add(ProjectRow(
        id=1, name=p.name, number=p.number, purchaser=p.purchaser, agency=p.agency, method=p.method,
        budget=p.budget, ceiling=p.ceiling, price_mode=p.price_mode, industry=p.industry, opening=p.opening,
        x=pack_x(ev),
    ))
    session.add(RulesRow(
        id=1, small_deduction=r.small_deduction, partner_deduction=r.partner_deduction,
        partner_min_share=r.partner_min_share, deduction_mode=r.deduction_mode, averaging=r.averaging,
        decimals=r.decimals, candidates=r.candidates, min_valid_bids=r.min_valid_bids,
        low_average=r.low_price.average, low_second_lowest=r.low_price.second_lowest,
        low_ceiling=r.low_price.ceiling, tie_break=jsontext.dumps(list(r.tie_break)),
    ))
    session.flush()

    def rows(model: Any, data: list[dict[str, Any]]) -> None:
        if data:
            session.execute(insert(model), data)

    rows(ChecklistItemRow, [
        {"stage": stage, "id": item.id, "position": i, "name": item.name, "criterion": item.criterion}
        for stage in m.STAGES for i, item in enumerate(ev.checklist(stage))
    ])
    rows(FactorRow, [
        {"id": f.id, "position": i, "name": f.name, "category": f.category, "max": f.max,
         "objective": f.objective, "blind": f.blind, "group_name": f.group, "rule": rule_to_json(f.rule)}
        for i, f in enumerate(ev.factors)
    ])
    rows(BidderRow, [
        {"id": b.id, "position": i, "name": b.name, "price": b.price, "price_words": b.price_words,
         "size": b.size, "prison": b.prison, "disabled": b.disabled, "partner_share": b.partner_share,
         "small_amount": b.small_amount}
        for i, b in enumerate(ev.bidders)
    ])
    rows(MemberRow, [
        {"id": x.id, "position": i, "name": x.name, "role": x.role, "submitted_at": None, "submitted_by": None}
        for i, x in enumerate(ev.members)
    ])
    rows(CheckRow, [
        {"stage": c.stage, "bidder_id": c.bidder, "item_id": c.item, "member_id": c.member, "passed": c.passed,
         "note": c.note}
        for c in ev.checks
    ])
    if ev.scores:
        _write_scores(session.connection(), ev.scores)
    rows(DecisionRow, [
        {"bidder_id": d.bidder, "kind": d.kind, "accepted": d.accepted, "note": d.note, "reason": d.reason}
        for d in ev.decisions
    ])


def _write_scores(conn: Connection, scores: tuple[m.Score, ...]) -> None:
    """The scores, in their order, straight to the project file's driver (SQLite), a tuple per row: Core's insert
    prepares each row's parameters in Python (2.5 s of half a million scores; the ORM's bulk path ten times as
    much)."""
    text_of = _score_texts()
    conn.exec_driver_sql(
        f"INSERT INTO {ScoreRow.__tablename__} (member_id, bidder_id, factor_id, value) VALUES (?, ?, ?, ?)",
        [(s.member, s.bidder, s.factor, text_of(s.value)) for s in scores])


_UNSEEN = object()


def score_value(text: str) -> object:
    """A score value from its stored JSON text (what the exchange reader gives for the exported value)."""
    # Most stored values are short strings or whole numbers; skip the JSON parser for those.
    if text.startswith('"') and text.endswith('"') and "\\" not in text and len(text) >= 2:
        return text[1:-1]
    if text.isdigit() and (text == "0" or text[0] != "0"):
        return int(text)
    return jsontext.loads(text)


def _scores(conn: Connection) -> tuple[m.Score, ...]:
    """Every score, in entry order, through the driver's cursor: the one table with tens of thousands of rows."""
    s = ScoreRow
    sql = str(select(s.member_id, s.bidder_id, s.factor_id, s.value).order_by(s.id).compile(conn))
    # row by row from the driver's cursor, not fetched all at once: each row's own strings go as soon as it is
    # read, so the half million rows are never held beside the scores made of them
    rows = conn.connection.driver_connection.execute(sql)  # type: ignore[union-attr]
    score = m.new_score
    # The driver gives every row its own strings; a few hundred ids and a handful of values repeat over half a
    # million rows: one object each (a third less memory, and the indexes compare ids by identity). A list value (sub-
    # item grades) or an object value is parsed for each row, never shared.
    names: dict[str, str] = {}
    name = names.setdefault
    values: dict[str, object] = {}
    known = values.get
    was_enabled = gc.isenabled()
    gc.disable()  # tens of thousands of small objects, none cyclic: spare the collector's passes
    try:
        out: list[m.Score] = []
        append = out.append
        for member, bidder, factor, text in rows:
            value = known(text, _UNSEEN)
            if value is _UNSEEN:
                value = score_value(text)
                if not isinstance(value, list | dict):
                    values[text] = value
            append(score(name(member, member) if member is not None else None, name(bidder, bidder),
                         name(factor, factor), value))
        return tuple(out)
    finally:
        if was_enabled:
            gc.enable()


def read_evaluation(conn: Connection, where: str = "") -> m.Evaluation:
    """The evaluation a project file holds (the exchange reader's result for its export).

    Raises:
        ProjectFileError: a stored value cannot be read back (the file was damaged).
    """
    try:
        return _read_evaluation(conn)
    except (ValueError, KeyError, TypeError, ArithmeticError) as exc:
        raise ProjectFileError(CORRUPT, where, f"the project file is damaged (unreadable data: {exc})") from None


def _read_evaluation(conn: Connection) -> m.Evaluation:
    p = conn.execute(select(ProjectRow.__table__)).one()
    r = conn.execute(select(RulesRow.__table__)).one()
    low = m.LowPriceRates(r.low_average, r.low_second_lowest, r.low_ceiling)
    rules = m.Rules(
        small_deduction=r.small_deduction, partner_deduction=r.partner_deduction,
        partner_min_share=r.partner_min_share, deduction_mode=r.deduction_mode, averaging=r.averaging,
        decimals=r.decimals, candidates=r.candidates, min_valid_bids=r.min_valid_bids, low_price=low,
        tie_break=tuple(jsontext.loads(r.tie_break)),
    )
    items: dict[str, list[m.CheckItem]] = {stage: [] for stage in m.STAGES}
    it = ChecklistItemRow
    for stage, ident, name, criterion in conn.execute(
        select(it.stage, it.id, it.name, it.criterion).order_by(it.stage, it.position)
    ):
        items[stage].append(m.CheckItem(ident, name, criterion))
    f = FactorRow
    factors = tuple(
        m.Factor(id=row.id, name=row.name, category=row.category, max=row.max, rule=rule_from_json(row.rule),
                 objective=row.objective, blind=row.blind, group=row.group_name)
        for row in conn.execute(select(f.__table__).order_by(f.position))
    )
    b = BidderRow
    bidders = tuple(
        m.Bidder(id=row.id, name=row.name, price=row.price, price_words=row.price_words, size=row.size,
                 prison=row.prison, disabled=row.disabled, partner_share=row.partner_share,
                 small_amount=row.small_amount)
        for row in conn.execute(select(b.__table__).order_by(b.position))
    )
    mb = MemberRow
    members = tuple(
        m.Member(ident, name, role)
        for ident, name, role in conn.execute(select(mb.id, mb.name, mb.role).order_by(mb.position))
    )
    c = CheckRow
    checks = tuple(
        m.Check(stage=stage, bidder=bidder, item=item, passed=bool(passed), member=member, note=note)
        for stage, bidder, item, member, passed, note in conn.execute(
            select(c.stage, c.bidder_id, c.item_id, c.member_id, c.passed, c.note).order_by(c.id)
        )
    )
    scores = _scores(conn)
    d = DecisionRow
    decisions = tuple(
        m.Decision(bidder=row.bidder_id, kind=row.kind, accepted=row.accepted, note=row.note, reason=row.reason)
        for row in conn.execute(select(d.__table__).order_by(d.id))
    )
    project = m.Project(
        name=p.name, method=p.method, budget=p.budget, ceiling=p.ceiling, price_mode=p.price_mode,
        number=p.number, purchaser=p.purchaser, agency=p.agency, industry=p.industry, opening=p.opening,
    )
    return unpack(m.Evaluation(
        project=project, rules=rules, qualification=tuple(items["qualification"]),
        compliance=tuple(items["compliance"]), factors=factors, bidders=bidders, members=members,
        checks=checks, scores=scores, decisions=decisions, extensions=dict(jsontext.loads(p.x)),
    ))
