"""Reading in the background: the window stays responsive, errors come back, 取消 gives control back."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from widgets.worker import Cancelled, run_in_background


def test_the_result_comes_back(qtbot: object) -> None:
    assert run_in_background(None, "读取", lambda: 41 + 1) == 42
    assert run_in_background(None, "读取", lambda: (time.sleep(0.2), "slow")[1]) == "slow"


def test_an_error_is_raised_in_the_windows_thread(qtbot: object) -> None:
    def fail() -> None:
        time.sleep(0.1)
        raise ValueError("bad file")

    with pytest.raises(ValueError, match="bad file"):
        run_in_background(None, "读取", fail)


def test_cancel_gives_the_window_back_before_the_work_ends(qtbot: object) -> None:
    parent = QWidget()
    release = threading.Event()
    started = time.monotonic()

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        dialogs += parent.findChildren(QProgressDialog)
        if dialogs:
            dialogs[0].cancel()
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(100, press_cancel)
    with pytest.raises(Cancelled):
        run_in_background(parent, "读取", lambda: release.wait(30))
    assert time.monotonic() - started < 10
    release.set()
