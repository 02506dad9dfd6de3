"""The window fits the laptop it opens on, and opens again as it was left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize

from widgets.main_window import MainWindow
from widgets.settings import AppSettings
from widgets.window_size import PREFERRED, initial_size


def test_a_laptop_screen_holds_the_whole_window() -> None:
    size = initial_size(QSize(1366, 728))  # 1366×768 less a 40-pixel task bar
    assert size.width() <= 1366 and size.height() <= 728 * 92 // 100
    assert initial_size(QSize(2560, 1400)) == PREFERRED
    assert initial_size(QSize(1024, 600)) == QSize(983, 552)


def test_the_size_is_remembered(qtbot: Any, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    w.resize(700, 500)
    qtbot.waitUntil(lambda: w.width() == 700)
    w.close()
    again = MainWindow(AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)


def test_a_first_start_fits_the_screen(qtbot: Any, tmp_path: Path) -> None:
    w = MainWindow(AppSettings(tmp_path / "fresh.ini"))
    qtbot.addWidget(w)
    screen = w.screen().availableGeometry()
    assert w.width() <= screen.width() and w.height() <= screen.height()
    assert (w.width(), w.height()) == (initial_size(screen.size()).width(), initial_size(screen.size()).height())
