"""Reading a file from outside without freezing the window: the work runs in a thread, a progress
dialog shows after a moment, and 取消 gives the window back at once.

The readers are pure and bounded (docs/limits.md), so a cancelled read is simply left to finish in its
thread and its result dropped: nothing is stored by a read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from widgets.i18n import Translator

T = TypeVar("T")

#: The dialog appears only for work that takes longer than this (ms); quick reads show nothing.
SHOW_AFTER_MS = 400
POLL_MS = 30


_tr = Translator("worker")


class Cancelled(Exception):
    """The user cancelled the work (its result, when it comes, is dropped)."""


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: T | None = None
        self.error: BaseException | None = None


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread while the window stays responsive; return its result.

    Raises:
        Cancelled: the user pressed 取消 before the work ended.
        Exception: whatever ``work`` raised, re-raised here in the window's thread.
    """
    outcome: _Outcome[T] = _Outcome()

    def target() -> None:
        try:
            outcome.value = work()
        except BaseException as exc:
            outcome.error = exc
        finally:
            outcome.done.set()

    thread = threading.Thread(target=target, name="biddesk-read", daemon=True)
    thread.start()
    if not outcome.done.wait(0.05):
        dialog = QProgressDialog(label, _tr("取消"), 0, 0, parent)
        dialog.setWindowTitle(_tr("正在读取"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.hide()
        loop = QEventLoop()

        def poll() -> None:
            if outcome.done.is_set() or dialog.wasCanceled():
                loop.quit()

        timer = QTimer()
        timer.setInterval(POLL_MS)
        timer.timeout.connect(poll)
        dialog.canceled.connect(loop.quit)
        finished = False

        def show() -> None:
            if not finished and not outcome.done.is_set():
                dialog.show()

        QTimer.singleShot(SHOW_AFTER_MS, dialog, show)  # bound to the dialog: never fires once it is gone
        timer.start()
        loop.exec()
        timer.stop()
        finished = True
        cancelled = dialog.wasCanceled()
        dialog.hide()
        dialog.deleteLater()
        if cancelled and not outcome.done.is_set():
            raise Cancelled()
    if outcome.error is not None:
        raise outcome.error
    return outcome.value  # type: ignore[return-value]
