"""One open project in the window: its session, its undo stack, and the one "changed" signal.

Every setup edit is a :class:`SetupCommand` pushed on the project's ``QUndoStack``: ``redo`` saves
the new setup through :func:`app.services.setup.save_setup` (checked, written, audited) and ``undo``
saves the setup from before the same way, so undo is as safe and as recorded as the edit itself.
An edit is checked *before* it is pushed: a refused edit never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.services.common import Change
from app.services.errors import ProjectFileError, StorageError
from app.services.session import ProjectSession
from app.services.setup import changed_parts, setup_problems
from widgets.i18n import Translator
from widgets.problem_texts import describe_problem, refusal_words
from widgets.storage_texts import storage_text

_tr = Translator("ProjectController")


#: Who edits, for the audit log (the desktop user; the committee's members sign in issue 5's session).
EDITOR = "agent"


class SetupCommand(QUndoCommand):
    """One setup edit: the setup before and after; redo/undo save one or the other."""

    def __init__(self, controller: ProjectController, before: Evaluation, after: Evaluation, text: str) -> None:
        super().__init__(text)
        self._controller, self._before, self._after = controller, before, after

    def redo(self) -> None:
        if not self._controller.save(self._after, "edit"):
            self.setObsolete(True)  # a save that failed leaves no entry on the stack (no phantom edit)

    def undo(self) -> None:
        if not self._controller.save(self._before, "undo"):
            self.setObsolete(True)


class ProjectController(QObject):
    """The open project: evaluation in memory, edits through the services, undo, and what changed.

    Signals:
        changed(parts): the setup parts (or ``"records"``) that changed; views refresh from :meth:`ev`.
        setup_changed(parts): only after a setup edit (views of the setup alone need not refresh on a
            score or verdict: on the large case that keeps typing fast).
        saved(ok): after every write; False when it failed (the status bar says so).
        refused(message): an edit was refused; the message names the place and the reason.
    """

    changed = Signal(tuple)
    setup_changed = Signal(tuple)
    saved = Signal(bool)
    refused = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.last_error = ""
        #: Whether the last read of the storage failed (the evaluation shown is the one read before).
        self.unreachable = False

    @property
    def path(self) -> Path:
        """The project file."""
        return Path(self.session.store.path)

    def ev(self) -> Evaluation:
        """The project's evaluation as stored now.

        When the storage cannot be read (the room's server went away), the evaluation last read is shown
        and the refusal said once; every write is still refused until the storage answers again.
        """
        try:
            ev = self.session.evaluation()
        except StorageError as exc:
            last = self.session.last_read()
            if last is None:
                raise
            if not self.unreachable:
                self.unreachable = True
                self.refuse(storage_text(exc))
            return last
        self.unreachable = False
        return ev

    def close(self) -> None:
        """Close the project file (the undo history goes with it)."""
        self.undo_stack.clear()
        self.session.close()

    # -- edits -------------------------------------------------------------------------------------
    def refuse(self, message: str) -> bool:
        """Report a refused edit; always False (so a slot can ``return controller.refuse(...)``)."""
        self.last_error = message
        self.refused.emit(message)
        return False

    def apply(self, after: Evaluation, text: str) -> bool:
        """Push the edit that turns the current setup into ``after``'s; False (and ``refused``) if invalid."""
        before = self.ev()
        if not changed_parts(before, after):
            return True
        problems = setup_problems(after, before)
        if problems:
            return self.refuse(self.explain(problems, after))
        self.last_error = ""
        self.undo_stack.push(SetupCommand(self, before, after, text))
        return not self.last_error

    def edit(self, text: str, change: Callable[[Evaluation], Evaluation]) -> bool:
        """Apply ``change`` to the current evaluation as one undoable edit; a ValueError refuses it."""
        try:
            after = change(self.ev())
        except ValueError as exc:
            return self.refuse(refusal_words(exc))
        return self.apply(after, text)

    def save(self, setup: Evaluation, action: str) -> bool:
        """Write a setup through the service (used by the undo commands); False when it failed."""
        try:
            change = self.session.save_setup(setup, by=self.session.by, action=action)
        except InvalidInput as exc:
            self.refuse(self.explain(exc.problems, setup))
            self.saved.emit(False)
            return False
        except (ProjectFileError, StorageError) as exc:
            self.refuse(storage_text(exc))
            self.saved.emit(False)
            return False
        self.saved.emit(True)
        self.setup_changed.emit(change.keys)
        self.changed.emit(change.keys)
        return True

    def run(self, call: Callable[[], Change]) -> bool:
        """Record an entry (a verdict, score, decision, session record) through a service call.

        Recorded entries are not undone from the stack: each is audited, and a later entry corrects
        it. Returns False (and emits ``refused``) when the service refuses; nothing changed then.
        """
        try:
            change = call()
        except InvalidInput as exc:
            return self.refuse(self.explain(exc.problems, self.ev()))
        except (ProjectFileError, StorageError) as exc:
            self.saved.emit(False)
            return self.refuse(storage_text(exc))
        self.last_error = ""
        self.saved.emit(True)
        if change.changed:
            self.changed.emit(("records",))
        return True

    def notify_records(self) -> None:
        """Tell the views that recorded entries (scores, verdicts) changed outside a setup edit."""
        self.changed.emit(("records",))

    @staticmethod
    def explain(problems: list[Problem], ev: Evaluation) -> str:
        """Problems as the window shows them: the place in words, then the reason."""
        more = "\n" + _tr("……另有 %1 处问题", len(problems) - 8) if len(problems) > 8 else ""
        return "\n".join(describe_problem(p, ev) for p in problems[:8]) + more
