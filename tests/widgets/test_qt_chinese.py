"""Qt's own texts speak the window's language: the buttons and the file dialog in Chinese."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from widgets.app import QT_TRANSLATORS, install_translator


def test_qt_buttons_and_the_file_dialog_are_chinese(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "zh")
    try:
        _check(qtbot)
    finally:
        while QT_TRANSLATORS:
            app.removeTranslator(QT_TRANSLATORS.pop())


def _check(qtbot: Any) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["确定", "取消"])
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&I)：" in labels and "文件类型(&T)：" in labels
    assert not any("Look in" in t or "File name" in t for t in labels)
    assert QCoreApplication.translate("ResultsPage", "评审结果") == "评审结果"  # our own Chinese untouched
