"""Start the desktop application: fonts, the language, the main window, the project to open."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from widgets.fonts import load_fonts, ui_font
from widgets.main_window import SAMPLE, MainWindow
from widgets.settings import AppSettings

if TYPE_CHECKING:
    from widgets.controller import ProjectController

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "biddesk.png"

__all__ = ["SAMPLE", "build_window", "install_translator", "reports_page", "run_gui"]


#: Qt's own catalogues installed by :func:`install_qt_translations` (a test takes them out again).
QT_TRANSLATORS: list[QTranslator] = []


class _QtSupplement(QTranslator):
    """The few texts of Qt's own dialogs that Qt's Chinese catalogue leaves in English."""

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        ("QFileDialog", "&Look in:"): "查找范围(&I)：", ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QFileDialog", "Look in:"): "查找范围：", ("QFileDialog", "Files of type:"): "文件类型："}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.TEXTS.get((context, source))  # None: not ours (Qt goes on to the next catalogue)

    def isEmpty(self) -> bool:
        return False


def install_qt_translations(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts (OK / Cancel, the file dialog's Look in / File name …) in the window's language: Qt's
    Chinese translation shipped with PySide6 for Chinese, Qt's source English otherwise."""
    if language == "en":
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = translator.load("qt_zh_CN", folder) or translator.load("qtbase_zh_CN", folder)
    if loaded:
        app.installTranslator(translator)
        QT_TRANSLATORS.append(translator)
    supplement = _QtSupplement(app)
    app.installTranslator(supplement)
    QT_TRANSLATORS.append(supplement)
    return translator if loaded else supplement


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the English translation when the language is ``en`` (Chinese is the source language); Qt's own
    texts follow the language (:func:`install_qt_translations`)."""
    install_qt_translations(app, language)
    if language != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / "biddesk_en.qm")):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return translator
    return None


def reports_page(controller: ProjectController) -> QWidget:
    """The reports page of a project (the report pack's panel)."""
    try:
        from widgets.reports_panel import ReportsPanel
    except ImportError:  # pragma: no cover - the panel ships with the reports
        from PySide6.QtWidgets import QLabel

        return QLabel("—")
    session = controller.session
    return ReportsPanel(lambda: controller.path, read=session.pack_input, folder=session.report_folder)


def build_window(settings: AppSettings, path: Path | None = None) -> MainWindow:
    """The main window, on ``path`` when given, else on the sample the first time, else the start page."""
    window = MainWindow(settings, reports_page)
    if path is not None:
        window.open_any(path)
    elif not settings.sample_opened:
        window.open_sample()
    return window


def run_gui(args: list[str]) -> int:
    """Run the window on ``args[0]`` (a project or exchange file), ``--demo`` (the sample), or as last left."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BidDesk")
    app.setApplicationDisplayName("评标台 BidDesk")
    app.setOrganizationName("")  # the data folder is …/BidDesk (Windows: %APPDATA%\BidDesk), named once
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    settings = AppSettings()
    install_translator(app, settings.language)
    load_fonts()
    app.setFont(ui_font())
    window = build_window(settings)
    if args and args[0] == "--demo":
        window.open_sample()
    elif args and args[0].startswith("room://"):
        window.rooms.open_text(args[0])
    elif args:
        window.open_any(Path(args[0]))
    if os.environ.get("BIDDESK_FIRST_PAINT"):  # `make bench`: the cold start, process start to first paint
        from widgets.first_paint import FirstPaint

        window.installEventFilter(FirstPaint(os.environ["BIDDESK_FIRST_PAINT"], window))
    window.show()
    smoke = os.environ.get("BIDDESK_SMOKE")
    if smoke:  # `make dist-check`: save what the first paint shows, then quit
        QTimer.singleShot(300, lambda: (window.grab().save(smoke), app.quit()))
    return int(app.exec())
