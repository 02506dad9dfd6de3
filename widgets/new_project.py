"""The new-project dialog: name, number, method, price form and budget of a new tender."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain import model as m
from widgets import inputs, price_mode
from widgets.i18n import Translator
from widgets.pages.project_form import method_names
from widgets.problem_texts import refusal_words

_tr = Translator("MainWindow")  # its words were the main window's, and stay in that context


class NewProjectDialog(QDialog):
    """Name, number, method and budget of a new project (the rest is edited in the workspace)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("新建项目"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.method = QComboBox()
        for key, text in method_names().items():
            self.method.addItem(text, key)
        self.price_mode = QComboBox()
        for key, text in price_mode.mode_names().items():
            self.price_mode.addItem(text, key)
        self.budget = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form.addRow(_tr("项目名称"), self.name)
        form.addRow(_tr("项目编号"), self.number)
        form.addRow(_tr("采购方式"), self.method)
        form.addRow(_tr("报价形式"), self.price_mode)
        form.addRow(_tr("预算金额（元）"), self.budget)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def project(self) -> m.Project:
        """The project the fields describe (raises ValueError)."""
        if not self.name.text().strip():
            raise ValueError(_tr("请填写项目名称"))
        mode = str(self.price_mode.currentData())
        # a rate tender may give no budget (its ceiling is a rate: 100.00 unless the tender says otherwise)
        budget = inputs.decimal(self.budget.text(), low=Decimal(0), low_open=True, places=2, blank=mode == "rate")
        return m.Project(name=self.name.text().strip(), number=self.number.text().strip(),
                         method=str(self.method.currentData()), budget=budget, price_mode=mode)

    def _check(self) -> None:
        try:
            self.project()
        except ValueError as exc:
            self.error.setText(refusal_words(exc))
            return
        self.accept()
