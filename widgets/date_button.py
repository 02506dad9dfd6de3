"""A calendar beside a date field: pick a day, and the field gets it as ``2025-11-25`` (then saves as typed)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QBoxLayout, QCalendarWidget, QDialog, QLineEdit, QToolButton, QVBoxLayout, QWidget

from widgets.i18n import Translator

_tr = Translator("DateButton")


def date_button(edit: QLineEdit, parent: QWidget) -> QToolButton:
    """Put a 日历… button after ``edit`` (in its row); choosing a day fills the field and commits it."""
    button = QToolButton(parent)
    button.setText(_tr("日历…"))
    button.setToolTip(_tr("从日历中选择日期"))
    holder = edit.parentWidget()
    row = holder.layout() if holder is not None else None
    if isinstance(row, QBoxLayout):
        row.insertWidget(1, button)

    def pick() -> None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(_tr("选择日期"))
        calendar = QCalendarWidget(dialog)
        chosen = QDate.fromString(edit.text().strip(), "yyyy-MM-dd")
        if chosen.isValid():
            calendar.setSelectedDate(chosen)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)

        def take(day: QDate) -> None:
            edit.setText(day.toString("yyyy-MM-dd"))
            edit.editingFinished.emit()
            dialog.accept()

        calendar.activated.connect(take)
        calendar.clicked.connect(take)
        button.setProperty("dialog", dialog)
        dialog.open()

    button.clicked.connect(pick)
    return button
