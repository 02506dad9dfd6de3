"""What BidDesk keeps beyond the exchange format's fields, under the file's free ``"x"`` object.

bideval/1 leaves ``"x"`` to applications, so these facts travel with an exported file and come
back on import. Each key is namespaced ``biddesk.*``; values are plain JSON (decimals as strings):

``biddesk.grade_words``   ``{factor_id: [word, …]}`` the tender's words for each grade, in the order of
                          the rule's values (``["优", "良", "中", "差", "无"]`` for 6/4/3/2/0)
``biddesk.factor_text``   ``{factor_id: text}`` the tender's own wording of the factor's standard
``biddesk.bidder_facts``  ``{bidder_id: {"employees": int, "revenue": "…", "assets": "…",
                          "validity_days": int}}`` the size declaration's figures (employees in
                          persons, revenue and assets in 万元, as 工信部联企业〔2011〕300号 states
                          them) and the bid's validity in days; any field may be missing
``biddesk.declarations`` ``{bidder_id: [line, …]}`` the 中小企业声明函 lines of a bid taken from its
                          response file (``{"item", "industry", "enterprise", "employees", "revenue",
                          "assets", "size", "role"}`` as in ``bideval-response/1``)
``biddesk.tender``        what bidders see beyond bideval/1: ``{"validity_days", "requirements", "forms"}``
                          (:mod:`app.response.tender_source`)
``biddesk.committee``     ``{"leader": member_id}``
``biddesk.report``        ``{"notice": text, "opening_place": text, "other": text}`` what the
                          evaluation report (Art.58) says that the data cannot
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.model import Evaluation

GRADE_WORDS = "biddesk.grade_words"
FACTOR_TEXT = "biddesk.factor_text"
BIDDER_FACTS = "biddesk.bidder_facts"
DECLARATIONS = "biddesk.declarations"
COMMITTEE = "biddesk.committee"
REPORT = "biddesk.report"


def _section(ev: Evaluation, key: str) -> dict[str, Any]:
    value = ev.extensions.get(key)
    return dict(value) if isinstance(value, dict) else {}


def with_entry(ev: Evaluation, key: str, entry: str, value: object | None) -> Evaluation:
    """The evaluation with ``x[key][entry]`` set to ``value`` (removed when None; the section too when empty)."""
    section = _section(ev, key)
    if value is None:
        section.pop(entry, None)
    else:
        section[entry] = value
    extensions = dict(ev.extensions)
    if section:
        extensions[key] = section
    else:
        extensions.pop(key, None)
    return dataclasses.replace(ev, extensions=extensions)


def grade_words(ev: Evaluation, factor_id: str) -> tuple[str, ...]:
    """The tender's words for a grades/items factor's levels (empty when the tender gives none)."""
    words = _section(ev, GRADE_WORDS).get(factor_id)
    return tuple(str(w) for w in words) if isinstance(words, list) else ()


def factor_text(ev: Evaluation, factor_id: str) -> str:
    """The tender's wording of a factor's standard ("" when none was recorded)."""
    text = _section(ev, FACTOR_TEXT).get(factor_id)
    return text if isinstance(text, str) else ""


def bidder_facts(ev: Evaluation, bidder_id: str) -> dict[str, Any]:
    """The size declaration's figures and the validity recorded for a bid (see the module doc)."""
    facts = _section(ev, BIDDER_FACTS).get(bidder_id)
    return dict(facts) if isinstance(facts, dict) else {}


def fact_decimal(facts: dict[str, Any], name: str) -> Decimal | None:
    """A money figure of :func:`bidder_facts` as a Decimal (None when missing or unreadable)."""
    value = facts.get(name)
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def leader(ev: Evaluation) -> str | None:
    """The committee leader's member id, when one is named."""
    value = _section(ev, COMMITTEE).get("leader")
    return value if isinstance(value, str) else None


def report_text(ev: Evaluation, name: str) -> str:
    """A free-text fact of the evaluation report (``notice``, ``opening_place``, ``other``); "" when missing."""
    value = _section(ev, REPORT).get(name)
    return value if isinstance(value, str) else ""
