"""A page over one setup list: a toolbar (add, delete, up, down) and the editable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import setup_ops
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.list_model import Column, ListModel

_tr = Translator("ListPage")



class ListPage(QWidget):
    """Subclasses give the list, its columns, and how a new entry starts."""

    part = ""

    def __init__(self, controller: ProjectController, title: str, noun: str, hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.noun = controller, noun
        layout = self.box = QVBoxLayout(self)
        heading = QLabel(f"<h3>{title}</h3>")
        layout.addWidget(heading)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setObjectName("hint")
            layout.addWidget(note)
        bar = self.bar = QHBoxLayout()
        self.add_button = QPushButton(_tr("添加"))
        self.delete_button = QPushButton(_tr("删除"))
        self.up_button = QPushButton(_tr("上移"))
        self.down_button = QPushButton(_tr("下移"))
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.model = ListModel(controller, self.part, self.columns(), noun, self)
        self.table.setModel(self.model)
        # Columns sized from the first rows (and the visible ones): 200 bids or 100 factors need not all be measured.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.row = QHBoxLayout()
        self.row.addWidget(self.table, 3)
        layout.addLayout(self.row, 1)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        controller.setup_changed.connect(self.refresh)
        self.refresh()

    # -- what subclasses give ----------------------------------------------------------------------
    def columns(self) -> list[Column]:
        """The table's columns."""
        raise NotImplementedError

    def new_entry(self, ident: str) -> Any:
        """A new entry with the given id."""
        raise NotImplementedError

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        """Update what the page shows beyond the table (totals, findings)."""
        self.table.resizeColumnsToContents()

    # -- actions -------------------------------------------------------------------------------------
    def current_row(self) -> int:
        """The selected row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        """Select a row (clamped)."""
        if self.model.rowCount() and row >= 0:
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def add(self) -> bool:
        """Add a new entry after the selected one (at the end when none is selected)."""
        ev = self.controller.ev()
        row = self.current_row()
        at = row + 1 if row >= 0 else len(setup_ops.rows(ev, self.part))
        entry = self.new_entry(setup_ops.next_id(ev, self.part))
        done = self.controller.edit(_tr("添加%1", self.noun),
                                    lambda e: setup_ops.insert(e, self.part, at, entry))
        if done:
            self.select(at)
        return done

    def delete(self) -> bool:
        """Delete the selected entry."""
        row = self.current_row()
        if row < 0:
            return False
        ident = self.model.entry(row).id
        done = self.controller.edit(_tr("删除%1 %2", self.noun, ident),
                                    lambda e: setup_ops.remove(e, self.part, row))
        if done:
            self.select(row)
        return done

    def move_entry(self, delta: int) -> bool:
        """Move the selected entry up (-1) or down (+1)."""
        row = self.current_row()
        if row < 0:
            return False
        ident = self.model.entry(row).id
        done = self.controller.edit(_tr("移动%1 %2", self.noun, ident),
                                    lambda e: setup_ops.move(e, self.part, row, delta))
        if done:
            self.select(row + delta)
        return done
