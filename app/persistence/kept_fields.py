"""Setup fields a project file of schema 1.0 has no column for, kept in the project row's ``x`` (issue 16).

A checklist item's verdict rule (``two_thirds``) and a bidder's partner arrangement (``consortium``) are
stored under one reserved key of the project's ``x`` JSON (:data:`KEY`), only when they differ from the
default; reading takes the key out again, so ``Evaluation.extensions`` (and every exported file's ``x``)
never shows it. A schema step adding real columns can replace this without changing any caller.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain import model as m
from app.exchange import jsontext

#: The reserved key of the project row's ``x``.
KEY = "biddesk.kept"


def pack_x(ev: m.Evaluation) -> str:
    """The project row's ``x``: the extensions plus the non-default verdict rules and arrangements."""
    verdicts = {f"{stage}:{i.id}": i.verdict for stage in m.STAGES for i in ev.checklist(stage)
                if i.verdict != "majority"}
    arrangements = {b.id: b.arrangement for b in ev.bidders if b.arrangement != "subcontract"}
    doc: dict[str, Any] = {k: v for k, v in ev.extensions.items() if k != KEY}
    kept: dict[str, Any] = {}
    if verdicts:
        kept["verdicts"] = verdicts
    if arrangements:
        kept["arrangements"] = arrangements
    if kept:
        doc[KEY] = kept
    return jsontext.dumps(doc)


def unpack(ev: m.Evaluation) -> m.Evaluation:
    """``ev`` with the kept fields applied and the reserved key taken out of its extensions."""
    if KEY not in ev.extensions:
        return ev
    extensions = dict(ev.extensions)
    raw = extensions.pop(KEY)
    kept: dict[str, Any] = raw if isinstance(raw, dict) else {}
    verdicts: dict[str, Any] = kept.get("verdicts") or {}
    arrangements: dict[str, Any] = kept.get("arrangements") or {}
    if not isinstance(verdicts, dict) or not isinstance(arrangements, dict):
        verdicts, arrangements = {}, {}

    def item(stage: str, i: m.CheckItem) -> m.CheckItem:
        rule = verdicts.get(f"{stage}:{i.id}")
        return dataclasses.replace(i, verdict=rule) if rule in m.VERDICT_RULES else i

    def bidder(b: m.Bidder) -> m.Bidder:
        how = arrangements.get(b.id)
        return dataclasses.replace(b, arrangement=how) if how in m.ARRANGEMENTS else b

    return dataclasses.replace(
        ev, extensions=extensions,
        qualification=tuple(item("qualification", i) for i in ev.qualification),
        compliance=tuple(item("compliance", i) for i in ev.compliance),
        bidders=tuple(bidder(b) for b in ev.bidders),
    )
