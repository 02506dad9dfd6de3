"""文件 → 另存为 / 备份 / 导出交换文件 / 审计日志, and 帮助 → 用户指南, in the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.services.project_io import export_text
from app.services.scores import record_score
from widgets import main_window as mw
from widgets.audit_view import AuditDialog
from widgets.main_window import MainWindow
from widgets.settings import AppSettings


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    return w


def _path(w: MainWindow) -> Path:
    assert w.controller is not None
    return w.controller.path


def test_the_actions_wait_for_a_project(window: MainWindow) -> None:
    actions = window.file_actions
    assert not any(a.isEnabled() for a in (actions.save_as, actions.backup, actions.export, actions.audit))
    assert actions.do_backup() is None and actions.do_export() is None
    assert window.open_sample()
    assert all(a.isEnabled() for a in (actions.save_as, actions.backup, actions.export, actions.audit))
    window.close_project()
    assert not actions.backup.isEnabled()


def test_save_as_goes_on_in_the_copy(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_sample()
    first = _path(window)
    window.file_actions.ask_path = lambda title, default, filters: tmp_path / "另一份"
    out = window.file_actions.do_save_as()
    assert out == tmp_path / "另一份.bidesk" and _path(window) == out
    assert export_text(out) == export_text(first)
    # asked again for the same name: refused in words, the open project unchanged
    assert window.file_actions.do_save_as() is None
    assert "已存在：不会覆盖已有文件" in window.last_error  # type: ignore[attr-defined]
    assert _path(window) == out


def test_backup_and_export(window: MainWindow, tmp_path: Path) -> None:
    assert window.open_sample()
    out = window.file_actions.do_backup()
    assert out is not None and out.parent == _path(window).parent and "-备份-" in out.name
    assert "已备份到" in window.statusBar().currentMessage()
    target = tmp_path / "交换.json"
    window.file_actions.ask_path = lambda title, default, filters: target
    assert window.file_actions.do_export() == target
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "bideval/1"
    window.file_actions.ask_path = lambda title, default, filters: tmp_path / "no" / "x.json"
    assert window.file_actions.do_export() is None
    assert "无法导出交换文件" in window.last_error  # type: ignore[attr-defined]


def test_the_audit_log_filters(window: MainWindow, qtbot: Any) -> None:
    assert window.open_sample()
    record_score(_path(window), "M1", "B1", "F2", "4", by="M1")
    record_score(_path(window), "M2", "B2", "F2", "4", by="M2")
    dialog = window.file_actions.show_audit()
    assert isinstance(dialog, AuditDialog)
    qtbot.addWidget(dialog)
    everything = len(dialog.shown)
    assert everything == len(dialog.events) > 0 and dialog.table.rowCount() == everything
    dialog.category.setCurrentIndex(dialog.category.findData("project"))
    assert dialog.shown and all(e.entity == "project" for e in dialog.shown)
    assert dialog.table.item(0, 4).text() == "项目"
    dialog.category.setCurrentIndex(0)
    dialog.bidder.setCurrentIndex(dialog.bidder.findData("B1"))
    assert [e.key for e in dialog.shown] == ['["M1","B1","F2"]']
    dialog.bidder.setCurrentIndex(0)
    dialog.member.setCurrentIndex(dialog.member.findData("M2"))
    assert [e.by for e in dialog.shown] == ["M2"]
    assert f"共 {everything} 条" in dialog.count.text()


def test_the_guide_opens_in_chinese(window: MainWindow, qtbot: Any) -> None:
    dialog = window.file_actions.show_guide()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "评标台 BidDesk 用户指南" in text and "采购代理机构" in text and "草稿（未定稿）" in text
    assert window.help_menu.actions()[0].text() == "用户指南"
