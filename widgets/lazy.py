"""Refresh a page when the project changes, but only while it is seen: a hidden page waits until shown.

A score typed on one page must not wait for every other page to recompute (on the large case a
result costs tens of milliseconds); a page marked stale refreshes the moment it is shown again.
A refresh the storage cannot answer (the room's server went away) leaves the page as it was and marks it
stale: it refreshes once the storage answers again (the controller says once that it does not).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from app.services.errors import StorageError


class _WhenSeen(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget, self.refresh, self.stale = widget, refresh, False
        widget.installEventFilter(self)

    def changed(self, *_args: Any) -> None:
        if self.widget.isVisible():
            self._run()
        else:
            self.stale = True

    def _run(self) -> None:
        self.stale = False
        try:
            self.refresh()
        except StorageError:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self._run()
        return False


def refresh_when_seen(widget: QWidget, signal: SignalInstance, refresh: Callable[[], object]) -> None:
    """Call ``refresh`` on ``signal`` while ``widget`` is visible; otherwise once, when it is next shown."""
    watcher = _WhenSeen(widget, refresh)
    signal.connect(watcher.changed)
