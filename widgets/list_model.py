"""An editable table over one setup list (checklist items, factors, bidders, members).

The model holds the list's plain rows; an edit builds the new entry with the column's ``edit``
function (which raises ValueError, with the reason, for a value the tender's rules refuse) and
hands it to the controller as one undoable edit. The rows are read again when the project changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain import setup_ops
from widgets.controller import ProjectController
from widgets.i18n import Translator

Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b00020")


_tr = Translator("ListModel")



@dataclass(frozen=True)
class Column:
    """One column: its header, how an entry shows, and (optionally) how it is edited or checked."""

    header: str
    show: Callable[[Any], str]
    edit: Callable[[Any, str], Any] | None = None
    checked: Callable[[Any], bool] | None = None
    toggle: Callable[[Any, bool], Any] | None = None
    tip: Callable[[Any], str] | None = None
    alarm: Callable[[Any], bool] | None = None
    right: bool = False


class ListModel(QAbstractTableModel):
    """Rows of one setup list of the open project; edits go through the controller."""

    def __init__(self, controller: ProjectController, part: str, columns: list[Column], noun: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.controller, self.part, self.columns, self.noun = controller, part, columns, noun
        self._rows: tuple[Any, ...] = setup_ops.rows(controller.ev(), part)
        controller.setup_changed.connect(self.reload)

    def reload(self, _parts: tuple[str, ...] = ()) -> None:
        """Read the rows again from the project."""
        self.beginResetModel()
        self._rows = setup_ops.rows(self.controller.ev(), self.part)
        self.endResetModel()

    def entry(self, row: int) -> Any:
        """The entry shown in a row."""
        return self._rows[row]

    # -- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column.toggle is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.show(entry)
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(entry) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(entry) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.alarm is not None and column.alarm(entry):
            return QBrush(WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), self.columns[index.column()]
        entry = self._rows[row]
        try:
            if role == Qt.ItemDataRole.EditRole and column.edit is not None:
                new = column.edit(entry, str(value).strip())
            elif role == Qt.ItemDataRole.CheckStateRole and column.toggle is not None:
                state = value.value if hasattr(value, "value") else value
                new = column.toggle(entry, state == Qt.CheckState.Checked.value)
            else:
                return False
        except ValueError as exc:
            return self.controller.refuse(f"{self.noun} {getattr(entry, 'id', row + 1)} · {column.header}：{exc}")
        if new == entry:
            return True
        return self.controller.edit(_tr("修改%1 %2 的%3", self.noun, entry.id, column.header),
                                    lambda ev: setup_ops.replace_entry(ev, self.part, row, new))
