"""The 编辑 menu of an open project: undo and redo of its setup edits, with the usual keys."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from widgets.i18n import Translator

_tr = Translator("MainWindow")


def fill_edit_menu(menu: QMenu, stack: QUndoStack, parent: QWidget) -> tuple[QAction, QAction]:
    """Put 撤销 and 重做 of ``stack`` into ``menu`` (emptied first); returns the two actions."""
    menu.clear()
    undo = stack.createUndoAction(parent, _tr("撤销"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, _tr("重做"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu.addAction(undo)
    menu.addAction(redo)
    return undo, redo
