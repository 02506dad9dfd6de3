"""The main window's size: from the screen it opens on (a 1366×768 laptop shows the whole window, status bar
and all), then as the user left it (kept in the settings file)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QWidget

from widgets.settings import AppSettings

#: The size the window prefers on a large screen.
PREFERRED = QSize(1280, 800)
KEY = "window/geometry"


def initial_size(available: QSize) -> QSize:
    """The preferred size, shrunk to 96% of the screen's width and 92% of its height (the task bar and the
    window frame stay outside)."""
    return QSize(min(PREFERRED.width(), available.width() * 96 // 100),
                 min(PREFERRED.height(), available.height() * 92 // 100))


def restore(window: QWidget, settings: AppSettings) -> None:
    """Size the window as it was left, or from its screen the first time (centred on it)."""
    saved = settings.qsettings.value(KEY)
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        return
    screen = window.screen()
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.isEmpty():
        window.resize(PREFERRED)
        return
    size = initial_size(area.size())
    window.resize(size)
    window.move(area.x() + (area.width() - size.width()) // 2, area.y() + (area.height() - size.height()) // 2)


def save(window: QWidget, settings: AppSettings) -> None:
    """Remember the window's size and place for the next start."""
    settings.qsettings.setValue(KEY, window.saveGeometry())
    settings.qsettings.sync()
