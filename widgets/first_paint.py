"""`make bench`'s cold-start figure: the time of the window's first paint, written to a file, then quit.

With ``BIDDESK_FIRST_PAINT=FILE`` the window writes the wall-clock time (``time.time()``) of its first paint event
to ``FILE`` and the application quits; ``bench/bench_start.py`` starts the process and subtracts its own clock.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class FirstPaint(QObject):
    """An event filter on the main window: the first paint's time to ``path``, then quit."""

    def __init__(self, path: str, parent: QObject) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            self.path.write_text(repr(time.time()), encoding="utf-8")
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
