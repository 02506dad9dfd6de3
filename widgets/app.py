"""Start the desktop application: fonts, the project to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.problems import InvalidInput
from app.services.opening import open_for_display
from widgets.fonts import load_fonts, ui_font
from widgets.main_window import MainWindow

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "pingdingshan-001.json"


def build_window(path: Path) -> MainWindow:
    """The main window on a project or exchange file."""
    view = open_for_display(path)
    return MainWindow(view.title, view.result, view.names, path)


def run_gui(args: list[str]) -> int:
    """Run the window on ``args[0]`` (a project or exchange file) or, with none or ``--demo``, the sample."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    app.setFont(ui_font())  # type: ignore[union-attr]
    path = Path(args[0]) if args and args[0] != "--demo" else SAMPLE
    try:
        window = build_window(path)
    except InvalidInput as exc:
        QMessageBox.critical(None, "评标台 BidDesk", f"无法打开 {path}：\n" + "\n".join(map(str, exc.problems)))
        return 2
    window.show()
    return int(app.exec())  # type: ignore[union-attr]
