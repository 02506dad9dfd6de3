"""The first run: the welcome says what each kind of user does first; 关于 names the version and the licences."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel

from app.version import VERSION
from widgets import app as gui
from widgets.about import AboutDialog
from widgets.main_window import MainWindow
from widgets.settings import AppSettings
from widgets.start_page import StartPage

ROOT = Path(__file__).resolve().parents[2]


def test_the_welcome_speaks_to_each_user(qtbot: Any) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    text = page.welcome.text()
    for who in ("采购代理机构", "评审专家", "投标人"):
        assert f"<b>{who}</b>" in text
    assert ".bidpkg" in text and "新建投标响应" in text and "导入评分标准与审查表" in text


def test_about_names_the_version_and_every_bundled_licence(qtbot: Any, tmp_path: Path) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert VERSION == pyproject["project"]["version"]
    window = MainWindow(AppSettings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    assert [a.text() for a in window.help_menu.actions()] == ["用户指南", "关于评标台"]
    dialog = window.file_actions.show_about()
    assert isinstance(dialog, AboutDialog)
    qtbot.addWidget(dialog)
    licences = dialog.licences.toPlainText()
    for name in ("AR PL SungtiL GB", "WenQuanYi Micro Hei", "PySide6", "reportlab", "python-docx", "openpyxl"):
        assert name in licences, name
    assert any(f"版本 {VERSION}" in label.text() for label in dialog.findChildren(QLabel))


def test_the_icon_is_shipped_and_loads() -> None:
    assert gui.ICON.is_file() and not QIcon(str(gui.ICON)).isNull()
    assert (ROOT / "resources" / "icons" / "biddesk.ico").is_file()


def test_settings_of_an_older_version_are_moved_to_the_one_folder(tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtCore import QStandardPaths

    from widgets import settings

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _kind: str(tmp_path / "BidDesk"))
    legacy = tmp_path / "BidDesk" / "BidDesk" / "biddesk.ini"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    path = settings.default_path()
    assert path == tmp_path / "BidDesk" / "biddesk.ini" and not legacy.exists()
    assert settings.AppSettings(path).language == "en"
    assert settings.default_path() == path  # once moved, it stays


def test_the_installer_and_the_bundle_name_the_same_version_and_files() -> None:
    iss = (ROOT / "packaging" / "windows" / "biddesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{VERSION}"' in iss and "PrivilegesRequired=lowest" in iss
    for ext in (".bidesk", ".bidpkg"):
        assert f"Software\\Classes\\{ext}" in iss
    spec = (ROOT / "packaging" / "biddesk.spec").read_text(encoding="utf-8")
    for shipped in ("resources\" / \"fonts", "resources\" / \"translations", "resources\" / \"samples",
                    "THIRD-PARTY-LICENSES.md", "user-guide.md", "\"forms\""):
        assert shipped in spec, shipped


def test_the_start_page_paints_without_loading_the_storage(tmp_path: Path) -> None:
    """The start page needs neither SQLAlchemy nor the report writers: they load when a project opens (a fast
    cold start); opening one then loads them."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from widgets.app import build_window\n"
        "from widgets.settings import AppSettings\n"
        "settings = AppSettings(sys.argv[1]); settings.sample_opened = True\n"
        "window = build_window(settings); window.show(); app.processEvents()\n"
        "heavy = ('sqlalchemy', 'reportlab', 'docx', 'openpyxl')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "window.open_project(window.sample_copy()); print(window.workspace is not None, 'sqlalchemy' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini")], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[:2] == ["[]", "True True"]
