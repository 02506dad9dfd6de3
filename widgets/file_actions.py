"""The file menu's actions on the open project: 另存为, 备份, 导出交换文件, 审计日志; and the 帮助 menu's 用户指南.

Each action calls one service (:mod:`app.services.copies`, :func:`app.services.project_io.export_exchange`,
:func:`app.services.audit.audit_log`) and says in the window's language what it did or why it could not.
The paths come from a file dialog, through :attr:`FileActions.ask_path` so a test can answer for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QTextBrowser, QVBoxLayout, QWidget

from app.services.errors import ProjectFileError, StorageError
from widgets.i18n import Translator
from widgets.storage_texts import storage_text

_tr = Translator("FileActions")
#: The Chinese user guide (docs/, shipped with the program).
GUIDE = Path(__file__).resolve().parent.parent / "docs" / "user-guide.md"


def file_error_text(exc: Exception) -> str:
    """A refused copy or export in words (the file named)."""
    if isinstance(exc, ProjectFileError):
        texts = {"exists": _tr("%1 已存在：不会覆盖已有文件", exc.path),
                 "unwritable": _tr("%1 无法写入（文件夹不存在或没有写入权限）", exc.path),
                 "corrupt": _tr("%1 的副本未通过完整性检查，已删除", exc.path)}
        return texts.get(exc.code, _tr("%1 无法使用", exc.path))
    if isinstance(exc, StorageError):  # the storage's codes, worded once (widgets/storage_texts.py)
        return storage_text(exc)
    return _tr("写入失败：%1", str(exc))


class FileActions:
    """The actions, added to the window's menus; enabled while a project is open (:meth:`update`)."""

    def __init__(self, window: QWidget, file_menu: QMenu, before: QAction, help_menu: QMenu) -> None:
        self.window = window
        self.ask_path: Callable[[str, Path, str], Path | None] = self._ask
        self.save_as = self._action(_tr("另存为…"), self.do_save_as)
        self.backup = self._action(_tr("备份（带日期的副本）"), self.do_backup)
        self.export = self._action(_tr("导出交换文件…"), self.do_export)
        self.audit = self._action(_tr("审计日志…"), self.show_audit)
        for action in (self.save_as, self.backup, self.export, self.audit):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(before)
        guide = QAction(_tr("用户指南"), window)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction(_tr("关于评标台"), window)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.about_dialog: QDialog | None = None
        self.guide_dialog: QDialog | None = None
        self.audit_dialog: QDialog | None = None
        self.update()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _c=False: slot())
        return action

    def _project(self) -> Path | None:
        """The open project file (None when none is open, or the project is the room's)."""
        controller = getattr(self.window, "controller", None)
        path = getattr(controller, "path", None)
        if not getattr(getattr(controller, "session", None), "is_file", True):
            return None
        return path if isinstance(path, Path) else None

    def update(self) -> None:
        """Enable the actions only while a project is open."""
        open_ = self._project() is not None
        for action in (self.save_as, self.backup, self.export, self.audit):
            action.setEnabled(open_)

    def _ask(self, title: str, default: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.window, title, str(default), filters)
        return Path(name) if name else None

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)  # type: ignore[attr-defined]

    def _fail(self, title: str, exc: Exception) -> None:
        self.window.error(title, file_error_text(exc))  # type: ignore[attr-defined]

    def do_save_as(self) -> Path | None:
        """Copy the project under a new name and go on in the copy."""
        path = self._project()
        if path is None:
            return None
        target = self.ask_path(_tr("另存为"), path.with_name(path.stem + _tr("-副本") + path.suffix),
                               _tr("项目文件 (*.bidesk)"))
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(".bidesk")
        from app.services.copies import copy_project  # the storage is loaded when first used (a fast start)

        try:
            out = copy_project(path, target)
        except (ProjectFileError, StorageError, OSError) as exc:
            self._fail(_tr("无法另存为"), exc)
            return None
        self.window.open_project(out)  # type: ignore[attr-defined]
        self._say(_tr("已另存为 %1，现在打开的是新文件", str(out)))
        return out

    def do_backup(self) -> Path | None:
        """A dated copy next to the project file."""
        path = self._project()
        if path is None:
            return None
        from app.services.copies import backup_project

        try:
            out = backup_project(path)
        except (ProjectFileError, StorageError, OSError) as exc:
            self._fail(_tr("无法备份"), exc)
            return None
        self._say(_tr("已备份到 %1", str(out)))
        return out

    def do_export(self) -> Path | None:
        """Write the project's exchange file (bideval/1) where the user says."""
        path = self._project()
        if path is None:
            return None
        target = self.ask_path(_tr("导出交换文件"), path.with_suffix(".json"), _tr("交换文件 (*.json)"))
        if target is None:
            return None
        from app.services.project_io import export_exchange

        try:
            export_exchange(path, target)
        except (ProjectFileError, StorageError, OSError) as exc:
            self._fail(_tr("无法导出交换文件"), exc)
            return None
        self._say(_tr("已导出交换文件 %1", str(target)))
        return target

    def show_audit(self) -> QDialog | None:
        """The audit log, filtered by member, bidder and category."""
        from widgets.audit_view import AuditDialog

        path = self._project()
        if path is None:
            return None
        controller = getattr(self.window, "controller", None)
        ev = controller.ev() if controller is not None else None
        self.audit_dialog = AuditDialog(path, ev, self.window)
        self.audit_dialog.show()
        return self.audit_dialog

    def show_guide(self) -> QDialog:
        """The Chinese user guide in a window of its own."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(_tr("用户指南"))
        browser = QTextBrowser(dialog)
        browser.setOpenExternalLinks(False)
        try:
            browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        except OSError:
            browser.setPlainText(_tr("找不到用户指南文件：%1", str(GUIDE)))
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        dialog.resize(760, 600)
        dialog.show()
        self.guide_dialog = dialog
        return dialog

    def show_about(self) -> QDialog:
        """The 关于 box: version and the bundled licences."""
        from widgets.about import AboutDialog

        self.about_dialog = AboutDialog(self.window)
        self.about_dialog.show()
        return self.about_dialog
