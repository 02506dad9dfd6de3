"""The main window: the start page, or the open project's workspace; menus, undo, save state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.domain import model as m
from app.domain.problems import InvalidInput
from app.exchange.setup_draft import SetupDraft, apply_draft
from app.services.errors import PackageError, ProjectFileError, StorageError
from widgets import window_size
from widgets.edit_menu import fill_edit_menu
from widgets.file_actions import FileActions
from widgets.i18n import Translator, set_words
from widgets.import_preview import ImportPreviewDialog
from widgets.problem_texts import refusal_words
from widgets.response.files import SUFFIX, is_response_file, refusal, response_name
from widgets.room_door import RoomOpener
from widgets.settings import AppSettings, data_folder
from widgets.start_page import StartPage
from widgets.storage_texts import storage_text
from widgets.worker import Cancelled, run_in_background

if TYPE_CHECKING:  # what a project needs is imported when one opens: the start page paints without the storage
    from app.services.session import ProjectSession
    from widgets.controller import ProjectController
    from widgets.expert_window import ExpertView
    from widgets.response.view import ResponseView
    from widgets.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "pingdingshan-001.json"
APP_TITLE = "评标台 BidDesk"


_tr = Translator("MainWindow")


def free_path(folder: Path, stem: str, suffix: str = ".bidesk") -> Path:
    """``folder/stem.bidesk``, or with ``-2``, ``-3`` … when taken."""
    path, n = folder / f"{stem}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path


class MainWindow(QMainWindow):
    """Start page or workspace. ``reports`` builds the reports page for a project (optional)."""

    def __init__(self, settings: AppSettings,
                 reports: Callable[[ProjectController], QWidget] | None = None) -> None:
        super().__init__()
        self.settings, self.reports = settings, reports
        self.controller: ProjectController | None = None
        self.workspace: Workspace | None = None
        self.expert: ExpertView | None = None
        self.response: ResponseView | None = None
        self.rooms = RoomOpener(self)
        self.stack = QStackedWidget()
        self.start = StartPage()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.save_state = QLabel()
        self.statusBar().addPermanentWidget(self.save_state)
        self.start.new_requested.connect(self.ask_new_project)
        self.start.open_requested.connect(self.ask_open)
        self.start.sample_requested.connect(self.open_sample)
        self.start.response_requested.connect(self.ask_new_response)
        self.start.recent_chosen.connect(lambda p: p and self.open_project(Path(p)))
        self._menus()
        self.show_start()
        window_size.restore(self, self.settings)

    # -- menus -------------------------------------------------------------------------------------
    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("文件(&F)"))
        for text, slot, key in ((_tr("新建项目…"), self.ask_new_project, QKeySequence.StandardKey.New),
                                (_tr("打开项目…"), self.ask_open, QKeySequence.StandardKey.Open)):
            action = QAction(text, self)
            action.setShortcut(key)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        sample = QAction(_tr("打开示例项目"), self)
        sample.triggered.connect(self.open_sample)
        file_menu.addAction(sample)
        response = QAction(_tr("新建投标响应…"), self)
        response.triggered.connect(self.ask_new_response)
        file_menu.addAction(response)
        file_menu.addAction(_tr("连接评标室…"), self.rooms.ask_connect)
        file_menu.addAction(_tr("发布到评标室…"), lambda: self.rooms.ask_publish(self.controller))
        self.recent_menu = file_menu.addMenu(_tr("最近的项目"))
        file_menu.addSeparator()
        self.import_action = QAction(_tr("导入评分标准与审查表…"), self)
        self.import_action.triggered.connect(self.ask_import)
        file_menu.addAction(self.import_action)
        self.publish_action = QAction(_tr("发布招标文件数据…"), self)
        self.publish_action.triggered.connect(self.ask_publish)
        file_menu.addAction(self.publish_action)
        file_menu.addSeparator()
        self.close_action = QAction(_tr("关闭项目"), self)
        self.close_action.triggered.connect(self.close_project)
        file_menu.addAction(self.close_action)
        quit_action = QAction(_tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.edit_menu = self.menuBar().addMenu(_tr("编辑(&E)"))
        settings_menu = self.menuBar().addMenu(_tr("设置(&S)"))
        language = settings_menu.addMenu(_tr("界面语言 / Language"))
        for code, text in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            language.addAction(action)
        self.language_actions = language.actions()
        self.help_menu = self.menuBar().addMenu(_tr("帮助(&H)"))
        self.file_actions = FileActions(self, file_menu, self.close_action, self.help_menu)

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent()
        for path in recent:
            action = QAction(str(path), self)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
            self.recent_menu.addAction(action)
        self.start.set_recent(recent)

    def set_language(self, code: str) -> None:
        """Save the language; it applies from the next start."""
        self.settings.language = code
        for action, c in zip(self.language_actions, ("zh_CN", "en"), strict=True):
            action.setChecked(c == code)
        self.statusBar().showMessage(_tr("界面语言已保存，重新启动后生效 / Restart BidDesk to apply"), 8000)

    # -- projects ----------------------------------------------------------------------------------
    def show_start(self) -> None:
        """Show the start page (no project open)."""
        self._refresh_recent()
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle(APP_TITLE)
        self.close_action.setEnabled(False)
        self.file_actions.update()
        self.import_action.setEnabled(False)
        self.publish_action.setEnabled(False)
        self.save_state.setText("")

    def open_project(self, path: Path) -> bool:
        """Open a project file; a message says why when it cannot be opened."""
        from app.services.session import ProjectSession

        try:
            session = ProjectSession.open(path)
            session.evaluation()
        except (ProjectFileError, StorageError, InvalidInput, OSError) as exc:
            self.error(_tr("无法打开 %1", str(path)), storage_text(exc))
            return False
        return self.open_session(session, path)

    def open_session(self, session: ProjectSession, recent: Path | None = None) -> bool:
        """Show an open project's workspace (a project file's, or the room's for the agent)."""
        from widgets.controller import ProjectController
        from widgets.workspace import Workspace

        self.close_project()
        self.controller = ProjectController(session, self)
        self.controller.saved.connect(self._saved)
        self.controller.refused.connect(lambda text: self.statusBar().showMessage("⚠ " + text, 10000))
        self.controller.setup_changed.connect(lambda _p: self._title())
        self.workspace = Workspace(self.controller, self.reports)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.undo_action, self.redo_action = fill_edit_menu(self.edit_menu, self.controller.undo_stack, self)
        if recent is not None:
            self.settings.add_recent(recent)
            self._refresh_recent()
        self.close_action.setEnabled(True)
        self.file_actions.update()
        self.import_action.setEnabled(True)
        self.publish_action.setEnabled(True)
        self._title()
        self.save_state.setText(_tr("已保存"))
        return True

    def _title(self) -> None:
        if self.controller is not None:
            ev = self.controller.ev()
            self.setWindowTitle(f"{APP_TITLE} — {ev.project.name} [{self.controller.path.name}]")

    def _saved(self, ok: bool) -> None:
        if ok:
            self.save_state.setText(_tr("已保存 %1", QTime.currentTime().toString("HH:mm:ss")))
            self.save_state.setStyleSheet("")
        else:
            self.save_state.setText(_tr("保存失败"))
            self.save_state.setStyleSheet("color: #b00020")

    def open_package(self, path: Path) -> bool:
        """Open a member's scoring package in expert mode (their own sheet only); False with a message if refused."""
        from app.services import packages
        from widgets.expert_window import ExpertView

        try:
            package = packages.open_package(path)
        except (PackageError, StorageError, OSError) as exc:
            self.error(_tr("无法打开评分包 %1", str(path)), refusal_words(exc))
            return False
        self.close_project()
        self.expert = ExpertView(package)
        self.expert.source.refused.connect(lambda text: self.statusBar().showMessage("⚠ " + text, 10000))
        self.expert.source.changed.connect(lambda _p: self._saved(True))
        self.stack.addWidget(self.expert)
        self.stack.setCurrentWidget(self.expert)
        self.close_action.setEnabled(True)
        self.file_actions.update()
        self.setWindowTitle(f"{APP_TITLE} — {_tr('专家评分')} — {package.manifest.project_name} [{path.name}]")
        self.save_state.setText(_tr("已保存"))
        return True

    def open_response(self, path: Path) -> bool:
        """Open a bidder's response file in the response workspace; False with a message if refused."""
        from widgets.response.view import ResponseView

        try:
            view = ResponseView.open(path)
        except InvalidInput as exc:
            self.error(_tr("无法打开投标响应文件 %1", str(path)), refusal(exc))
            return False
        self.close_project()
        self.response = view
        view.source.refused.connect(lambda text: self.statusBar().showMessage("⚠ " + text, 10000))
        view.source.saved.connect(self._saved)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.close_action.setEnabled(True)
        self.file_actions.update()
        name = view.source.resp.tender.evaluation.project.name
        self.setWindowTitle(f"{APP_TITLE} — {_tr('投标响应')} — {name} [{path.name}]")
        self.save_state.setText(_tr("已保存"))
        return True

    def new_response(self, tender: Path, out: Path) -> bool:
        """Start a response to a tender (published tender, project or response file) in ``out`` and open it."""
        from app.services.responses import create_response

        try:
            create_response(tender, out)
        except (InvalidInput, StorageError, OSError) as exc:
            self.error(_tr("无法新建投标响应"), refusal(exc))
            return False
        return self.open_response(out)

    def ask_new_response(self) -> None:
        """Ask for the tender file, then where to save the response, then open it."""
        name, _ = QFileDialog.getOpenFileName(self, _tr("选择招标文件数据"), str(Path.home()),
                                              _tr("招标文件数据或项目 (*.json *.bidesk)"))
        if not name:
            return
        out, _ = QFileDialog.getSaveFileName(self, _tr("保存投标响应文件"),
                                             str(Path(name).with_name(response_name(Path(name)))),
                                             _tr("投标响应文件 (*%1)", SUFFIX))
        if out:
            self.new_response(Path(name), Path(out))

    def publish(self, out: Path) -> bool:
        """Write the open project's tender as the file bidders open (发布招标文件数据)."""
        if self.controller is None:
            return False
        try:
            self.controller.session.publish_tender(out)
        except (InvalidInput, StorageError, OSError) as exc:
            self.error(_tr("无法发布招标文件数据"), refusal(exc))
            return False
        self.statusBar().showMessage(_tr("已发布招标文件数据：%1", str(out)), 10000)
        return True

    def ask_publish(self) -> None:
        """Ask where to save the published tender, then write it."""
        if self.controller is None:
            return
        default = self.controller.path.with_name(self.controller.path.stem + _tr("-招标文件数据") + ".json")
        name, _ = QFileDialog.getSaveFileName(self, _tr("发布招标文件数据"), str(default), _tr("招标文件数据 (*.json)"))
        if name:
            self.publish(Path(name))

    def close_project(self) -> None:
        """Close the open project, package or room (every edit is already saved)."""
        self.rooms.close()
        if self.response is not None:
            self.stack.removeWidget(self.response)
            self.response.deleteLater()
            self.response = None
        if self.expert is not None:
            self.stack.removeWidget(self.expert)
            self.expert.close_package()
            self.expert.deleteLater()
            self.expert = None
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
            set_words(())  # the next project speaks its own method's words
        if self.controller is not None:
            self.controller.close()
            self.controller.deleteLater()
            self.controller = None
        self.edit_menu.clear()
        self.show_start()

    def new_project(self, path: Path, project: m.Project) -> bool:
        """Create a project file for a new tender and open it."""
        from app.services.setup import blank_evaluation, create_project

        try:
            create_project(path, blank_evaluation(project), by="agent")
        except InvalidInput as exc:
            self.error(_tr("无法新建项目"), refusal_words(exc))
            return False
        except (ProjectFileError, StorageError, OSError) as exc:
            self.error(_tr("无法新建项目"), refusal_words(exc))
            return False
        return self.open_project(path)

    def ask_new_project(self) -> None:
        """Ask for the new project's data and file, then create it."""
        from widgets.new_project import NewProjectDialog

        dialog = NewProjectDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        project = dialog.project()
        name, _ = QFileDialog.getSaveFileName(self, _tr("保存项目文件"), str(Path.home() / f"{project.name}.bidesk"),
                                              _tr("评标台项目 (*.bidesk)"))
        if name:
            self.new_project(Path(name), project)

    def ask_open(self) -> None:
        """Ask for a project (or an exchange file, which is imported into a new project first)."""
        name, _ = QFileDialog.getOpenFileName(self, _tr("打开项目"), str(Path.home()),
                                              _tr("评标台文件 (*.bidesk *.bidpkg *.json);;评标台项目 (*.bidesk);;"
                                                  "评分包 (*.bidpkg);;交换文件 (*.json)"))
        if name:
            self.open_any(Path(name))

    def open_any(self, path: Path) -> bool:
        """Open a project file, a scoring package (expert mode) or a bidder's response file (the response
        workspace); an exchange file is imported into a new project beside the app's data."""
        from app.services.packages import is_package_file
        from app.services.project_io import import_exchange
        from app.services.setup import blank_evaluation
        from widgets.controller import ProjectController

        if path.suffix.lower() != ".json" and is_package_file(path):
            return self.open_package(path)
        if path.suffix.lower() == ".json" and is_response_file(path):
            return self.open_response(path)
        if path.suffix.lower() == ".json":
            folder = data_folder() / "projects"
            folder.mkdir(parents=True, exist_ok=True)
            target = free_path(folder, path.stem)
            try:
                run_in_background(self, _tr("正在读取 %1 …", path.name),
                                  lambda: import_exchange(path, target, by="agent"))
            except Cancelled:
                return False
            except InvalidInput as exc:
                self.error(_tr("无法导入 %1", str(path)),
                           ProjectController.explain(exc.problems, blank_evaluation(
                               m.Project(name="", method="open_tender", budget=None))))
                return False
            except (ProjectFileError, StorageError, OSError) as exc:
                self.error(_tr("无法导入 %1", str(path)), refusal_words(exc))
                return False
            path = target
        return self.open_project(path)

    def ask_import(self) -> None:
        """Ask for a file holding a matrix and checklists, then show its preview."""
        name, _ = QFileDialog.getOpenFileName(
            self, _tr("导入评分标准与审查表"), str(Path.home()),
            _tr("招标文件、模板或交换文件 (*.docx *.xlsx *.json)"))
        if name:
            self.import_setup(Path(name))

    def import_setup(self, path: Path) -> ImportPreviewDialog | None:
        """Read a tender .docx, the Excel template or an exchange file into a preview the agent confirms.

        Nothing is stored until the preview is accepted; then the matrix and checklists replace the
        project's as one undoable edit (refused, with the reason, if recorded scores or verdicts
        would lose their factor or item).
        """
        if self.controller is None:
            return None
        from app.exchange.setup_read import read_draft

        try:
            draft = run_in_background(self, _tr("正在读取 %1 …", path.name), lambda: read_draft(path))
        except Cancelled:
            return None
        dialog = ImportPreviewDialog(draft, self, replacing=len(self.controller.ev().factors))
        dialog.accepted.connect(lambda: self.apply_import(dialog.confirmed_draft(), path.name))
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def apply_import(self, draft: SetupDraft, source: str) -> bool:
        """Replace the project's matrix and checklists by a confirmed draft (one undoable edit)."""
        if self.controller is None:
            return False
        try:
            after = apply_draft(self.controller.ev(), draft)
        except InvalidInput as exc:
            self.error(_tr("无法导入 %1", source),
                       self.controller.explain(exc.problems, self.controller.ev()))
            return False
        if not self.controller.apply(after, _tr("导入 %1", source)):
            self.error(_tr("无法导入 %1", source), self.controller.last_error)
            return False
        return True

    def sample_copy(self) -> Path:
        """The user's own copy of the sample project (made from the shipped file the first time)."""
        folder = data_folder() / "samples"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / "pingdingshan-001.bidesk"
        if not target.exists():
            from app.services.project_io import import_exchange

            import_exchange(SAMPLE, target, by="sample")
        return target

    def open_sample(self) -> bool:
        """Open the copy of the Pingdingshan sample (never the shipped file)."""
        try:
            path = self.sample_copy()
        except (InvalidInput, ProjectFileError, StorageError, OSError) as exc:
            self.error(_tr("无法打开示例项目"), refusal_words(exc))
            return False
        self.settings.sample_opened = True
        return self.open_project(path)

    def error(self, title: str, text: str) -> None:
        """Tell the user what went wrong (in the status bar too, for a window under test)."""
        self.statusBar().showMessage("⚠ " + title, 10000)
        self.last_error = f"{title}\n{text}"
        if not getattr(self, "quiet", False):
            QMessageBox.warning(self, APP_TITLE, self.last_error)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_size.save(self, self.settings)
        self.close_project()
        super().closeEvent(event)

