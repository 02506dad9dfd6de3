"""The part every read-mostly table of the window shares: a list of column headers and a row count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class HeadedModel(QAbstractTableModel):
    """A table with fixed column ``headers`` (horizontal) and row numbers (vertical); rows from :meth:`count`."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers

    def count(self) -> int:
        """How many rows there are (subclasses)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def changed_all(self) -> None:
        """Every cell may show something new (same rows and columns)."""
        if self.count():
            self.dataChanged.emit(self.index(0, 0), self.index(self.count() - 1, len(self.headers) - 1))
