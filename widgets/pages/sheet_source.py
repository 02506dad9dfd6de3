"""The scoring page's source: what it reads and writes (the open project, or an offline expert's package)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QObject,
    Signal,
    SignalInstance,
)

from app.domain import model as m
from widgets.controller import ProjectController
from widgets.i18n import Translator

_tr = Translator("ScoringPage")


# -- the source -------------------------------------------------------------------------------------
@runtime_checkable
class SheetSource(Protocol):
    """What the scoring page reads and writes: the project's session, or an offline expert's package.

    Attributes:
        changed: a signal ``(tuple)`` emitted after anything changed (the parts, ``("records",)`` for
            scores, verdicts, submissions; setup parts such as ``("factors",)`` otherwise).
        refused (optional): a signal ``(str)`` with the message of a refused write.
        joint (optional, default True): whether the committee's joint objective sheet may be opened.
        cells (optional): a method giving, per factor id, the bidder keys of the sheet in order (a
            package's sheet: blind factors by code); without it every bid not invalid is on the sheet.
        evidence (optional, default True): whether evidence can be recorded.
    """

    changed: SignalInstance

    def ev(self) -> m.Evaluation:
        """The evaluation as it stands."""
        ...

    def members(self) -> list[str]:
        """The members whose sheets may be opened (every member of a project; one for a package)."""
        ...

    def submitted(self, member: str) -> bool:
        """Whether the member's sheet is submitted (locked)."""
        ...

    def all_submitted(self) -> bool:
        """Whether every member of the committee has submitted (blind factors then show names)."""
        ...

    def record(self, member: str | None, bidder: str, factor: str, raw_value: object,
               reason: str | None = None, art64: str | None = None) -> bool:
        """Record one score (None: the joint objective score); False when refused."""
        ...

    def submit(self, member: str) -> bool:
        """Submit (lock) a member's sheet; False when refused (scores missing)."""
        ...

    def set_evidence(self, member: str | None, bidder: str, factor: str, lines: list[str]) -> bool:
        """Record what a count rests on, one line per item counted; False when refused."""
        ...

    def codes(self) -> dict[str, str]:
        """Every bidder's blind code, by bidder id."""
        ...


class ProjectSheetSource(QObject):
    """:class:`SheetSource` over the open project: writes through the controller (audited, refusals shown)."""

    changed = Signal(tuple)
    refused = Signal(str)
    joint = True

    def __init__(self, controller: ProjectController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._states: dict[str, bool] | None = None
        self._codes: dict[str, str] | None = None
        controller.changed.connect(self._forward)
        controller.refused.connect(self.refused.emit)

    def _forward(self, parts: tuple[str, ...]) -> None:
        self._states = None
        if any(p != "records" for p in parts):
            self._codes = None
        self.changed.emit(tuple(parts))

    def ev(self) -> m.Evaluation:
        return self.controller.ev()

    def score_changes(self, old: m.Evaluation, new: m.Evaluation) -> list[m.Score] | None:
        """The score entries the session replaced from ``old`` to ``new`` (None: not known, compare them)."""
        known = getattr(self.controller.session, "score_changes", None)
        return known(old, new) if known is not None else None

    def members(self) -> list[str]:
        return [x.id for x in self.controller.ev().members]

    def _submitted(self) -> dict[str, bool]:
        if self._states is None:
            self._states = self.controller.session.submitted()
        return self._states

    def submitted(self, member: str) -> bool:
        return self._submitted().get(member, False)

    def all_submitted(self) -> bool:
        states = self._submitted()
        return bool(states) and all(states.values())

    def record(self, member: str | None, bidder: str, factor: str, raw_value: object,
               reason: str | None = None, art64: str | None = None) -> bool:
        c = self.controller
        return c.run(lambda: c.session.score(member, bidder, factor, raw_value, reason=reason,
                                                    art64=art64))

    def submit(self, member: str) -> bool:
        c = self.controller
        return c.run(lambda: c.session.submit(member))

    def set_evidence(self, member: str | None, bidder: str, factor: str, lines: list[str]) -> bool:
        c = self.controller
        return c.run(lambda: c.session.set_evidence(member, bidder, factor, lines))

    def pin_set(self, member: str) -> bool:
        """Whether the member's sheet opens only with their PIN on this desk."""
        return self.controller.session.pin_set(member)

    def check_pin(self, member: str, pin: str) -> bool:
        """Whether ``pin`` is the member's PIN."""
        return self.controller.session.check_pin(member, pin)

    def codes(self) -> dict[str, str]:
        if self._codes is None:
            self._codes = self.controller.session.blind_codes()
        return dict(self._codes)
