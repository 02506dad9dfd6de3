"""Qualification (资格审查) and compliance (符合性审查) verdicts: one rule for the engine and the papers.

The committee's joint verdict (``member=None``) wins; otherwise an item fails when more than half of
the recorded member verdicts fail it, or, for an item whose rule is ``two_thirds`` (重大偏离), when at
least two thirds of them do (4 of 7 is not enough, 5 of 7 is); an item with no verdict counts as passed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.model import Evaluation


@dataclass(frozen=True)
class ItemVerdict:
    """How one bid stands on one checklist item."""

    joint: bool | None = None
    passes: int = 0
    votes: int = 0
    notes: tuple[str, ...] = ()
    #: Each note with who gave it (None: the joint verdict), in entry order.
    noted: tuple[tuple[str | None, str], ...] = ()
    #: The item's verdict rule: ``majority`` or ``two_thirds``.
    rule: str = "majority"

    @property
    def fails(self) -> int:
        """How many members' verdicts fail the item."""
        return self.votes - self.passes

    @property
    def failed(self) -> bool:
        """Whether the item fails the bid."""
        if self.joint is not None:
            return not self.joint
        if self.rule == "two_thirds":
            return self.votes > 0 and 3 * self.fails >= 2 * self.votes
        return 2 * self.fails > self.votes

    @property
    def checked(self) -> bool:
        """Whether any verdict was recorded."""
        return self.joint is not None or self.votes > 0


def item_verdicts(ev: Evaluation, stage: str) -> dict[tuple[str, str], ItemVerdict]:
    """The verdict of every bid on every item of a stage, by (bidder, item)."""
    joint: dict[tuple[str, str], bool] = {}
    passes: dict[tuple[str, str], int] = {}
    votes: dict[tuple[str, str], int] = {}
    notes: dict[tuple[str, str], list[tuple[str | None, str]]] = {}
    for c in ev.checks:
        if c.stage != stage:
            continue
        key = (c.bidder, c.item)
        if c.note:
            notes.setdefault(key, []).append((c.member, c.note))
        if c.member is None:
            joint[key] = c.passed
        else:
            votes[key] = votes.get(key, 0) + 1
            passes[key] = passes.get(key, 0) + (1 if c.passed else 0)
    return {
        (b.id, item.id): ItemVerdict(
            joint.get((b.id, item.id)), passes.get((b.id, item.id), 0), votes.get((b.id, item.id), 0),
            tuple(n for _, n in notes.get((b.id, item.id), ())), tuple(notes.get((b.id, item.id), ())),
            item.verdict,
        )
        for b in ev.bidders
        for item in ev.checklist(stage)
    }


#: The last answers of :func:`failed_items`, with what each was read from (held, so compared by identity): a
#: score change leaves the verdicts, the bids and the checklists the very same objects, and a session asks
#: again after every score (thousands of verdicts on a province-sized evaluation).
_FAILED_SEEN: list[tuple[str, tuple[object, ...], dict[str, list[str]]]] = []


def failed_items(ev: Evaluation, stage: str) -> dict[str, list[str]]:
    """Per bidder, the ids of the items of a stage it fails, in checklist order."""
    sources = (ev.checks, ev.bidders, ev.checklist(stage))
    seen_before = tuple(_FAILED_SEEN)
    for entry in seen_before:
        seen_stage, seen, answer = entry
        if seen_stage == stage and all(a is b for a, b in zip(seen, sources, strict=True)):
            break
    else:
        verdicts = item_verdicts(ev, stage)
        answer = {
            b.id: [item.id for item in ev.checklist(stage) if verdicts[(b.id, item.id)].failed] for b in ev.bidders
        }
        entry = (stage, sources, answer)
    # the latest first: a session's own pair of stages stays while one-bid checks come and go
    _FAILED_SEEN[:] = [entry, *(e for e in seen_before if e is not entry)][:8]
    return {bid: list(items) for bid, items in answer.items()}
