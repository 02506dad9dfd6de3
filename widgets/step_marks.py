"""The navigator's step marks: ✓ / ⚠ / ✗ before each step's title, kept current as the project changes.

The rules are :mod:`app.domain.progress`'s; this module only gathers what the session knows (who submitted,
what blocks finalising), writes the marks and a tooltip saying what each means, and refreshes them after
``changed`` / ``setup_changed`` (coalesced: a burst of edits refreshes once, when the window is idle).

A navigator row's text is ``"<mark> <title>"``, or ``"  <title>"`` without a mark (the two leading characters
are the mark's place, so the title is always ``text[2:]`` whoever wrote the row last).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget

from app.domain import progress as pg
from app.services.errors import StorageError
from widgets.controller import ProjectController
from widgets.i18n import Translator

_tr = Translator("StepMarks")

MARKS = {pg.OK: "✓", pg.TODO: "⚠", pg.BLOCKED: "✗", pg.NONE: " "}
#: The mark's colour (the title keeps the list's own): green done, amber to do, red blocked.
COLOURS = {pg.OK: "#1b7f3b", pg.TODO: "#a86400", pg.BLOCKED: "#b00020"}


def meanings() -> dict[str, str]:
    """What each state means, for the row's tooltip."""
    return {pg.OK: _tr("已完成"), pg.TODO: _tr("尚有待填写或待决定的事项"),
            pg.BLOCKED: _tr("无法完成：请先处理前面步骤的问题"), pg.NONE: ""}


def title_of(text: str) -> str:
    """A row's title without its mark."""
    return text[2:] if len(text) >= 2 and text[1] == " " else text


def marked(text: str, state: str) -> str:
    """A row's text with the state's mark."""
    return MARKS.get(state, " ") + " " + title_of(text)


def facts(controller: ProjectController) -> pg.Facts:
    """What the session knows beyond the evaluation: who submitted, what blocks finalising."""
    session = controller.session
    submitted = {s.id: s.state == "submitted" for s in session.member_states()}
    return pg.Facts(submitted, tuple(session.blockers()))


def apply_marks(navigator: QListWidget, states: dict[str, str]) -> None:
    """Write each keyed row's mark, tooltip and mark colour (rows without a key are headings)."""
    words = meanings()
    for row in range(navigator.count()):
        item = navigator.item(row)
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            continue
        state = states.get(str(key), pg.NONE)
        text = marked(item.text(), state)
        if item.text() != text:
            item.setText(text)
        item.setToolTip(words.get(state, ""))
        colour = COLOURS.get(state)
        item.setForeground(QBrush(QColor(colour)) if colour else QBrush())


class _Workspace(Protocol):
    controller: ProjectController
    navigator: QListWidget


class StepMarks:
    """Keeps a workspace's navigator marked; :meth:`refresh` marks it now."""

    def __init__(self, workspace: _Workspace) -> None:
        self.workspace = workspace
        self.states: dict[str, str] = {}
        self.timer = QTimer(workspace.navigator)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        workspace.controller.changed.connect(self.later)
        workspace.controller.setup_changed.connect(self.later)
        self.refresh()

    def later(self, *_args: object) -> None:
        """Refresh once the current burst of changes is over."""
        self.timer.start()

    def refresh(self) -> None:
        """Compute every step's state and mark the rows."""
        nav = self.workspace.navigator
        keys = [str(nav.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(nav.count())
                if nav.item(i).data(Qt.ItemDataRole.UserRole)]
        controller = self.workspace.controller
        try:
            self.states = pg.step_states(controller.ev(), facts(controller), keys)
        except StorageError:  # the room is away: the marks stay as they were until it is back
            return
        apply_marks(nav, self.states)


def attach(workspace: _Workspace) -> StepMarks:
    """Mark the workspace's navigator and keep it marked."""
    return StepMarks(workspace)
