"""The user's settings: language and recent projects, in one INI file (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LANGUAGES = ("zh_CN", "en")
MAX_RECENT = 8


def default_path() -> Path:
    """Where the settings live for this user (``…/BidDesk/biddesk.ini``; a file an older version kept under
    ``…/BidDesk/BidDesk/`` is moved there once, so the recent projects and the language are kept)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation) or str(Path.home())
    path = Path(folder) / "biddesk.ini"
    legacy = Path(folder) / "BidDesk" / "biddesk.ini"
    if not path.exists() and legacy.is_file():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            legacy.replace(path)
        except OSError:
            return legacy
    return path


def data_folder() -> Path:
    """Where the app keeps its own files (the copy of the sample project)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home() / ".biddesk")


class AppSettings:
    """Typed access to the settings file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """``zh_CN`` (the default) or ``en``."""
        value = str(self.qsettings.value("language", "zh_CN"))
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("language", value if value in LANGUAGES else "zh_CN")
        self.qsettings.sync()

    def recent(self) -> list[Path]:
        """Recent project files that still exist, most recent first."""
        raw = self.qsettings.value("recent", [])
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list | tuple) else []
        return [Path(p) for p in items if p and Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        """Put a project first in the recent list."""
        items = [str(path.resolve())] + [str(p) for p in self.recent() if p.resolve() != path.resolve()]
        self.qsettings.setValue("recent", items[:MAX_RECENT])
        self.qsettings.sync()

    @property
    def sample_opened(self) -> bool:
        """Whether the sample project was opened once already (it opens by itself only the first time)."""
        return str(self.qsettings.value("sample_opened", "false")).lower() == "true"

    @sample_opened.setter
    def sample_opened(self, value: bool) -> None:
        self.qsettings.setValue("sample_opened", "true" if value else "false")
        self.qsettings.sync()
