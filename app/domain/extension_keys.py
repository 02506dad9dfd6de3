"""The keys BidDesk itself keeps under an exchange file's ``x``; any other key is kept as it is and said so.

A file from a newer BidDesk, another tool or a hand edit may carry keys this version does not know. They
are never dropped: they travel into the project and back out in every export unchanged. ``import`` names
them (``x.KEY: kept as it is``), so nobody believes they were used.
"""

from __future__ import annotations

from app.domain.counting import COUNT_ONCE
from app.domain.model import Evaluation
from app.domain.pins import PINS
from app.domain.session_records import SESSION_KEYS

KNOWN = frozenset({*SESSION_KEYS, COUNT_ONCE, PINS, "biddesk.audit", "biddesk.bidder_facts", "biddesk.committee",
                   "biddesk.declarations", "biddesk.factor_text", "biddesk.forms", "biddesk.grade_words",
                   "biddesk.kept", "biddesk.report", "biddesk.tender", "biddesk.tender_x"})


def unknown_keys(ev: Evaluation) -> list[str]:
    """The keys under ``x`` this version does not use (kept, in order)."""
    return [k for k in ev.extensions if k not in KNOWN]
