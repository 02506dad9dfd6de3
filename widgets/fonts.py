"""Load the bundled Chinese fonts into Qt (never rely on system fallback)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
UI_FAMILY = "WenQuanYi Micro Hei"


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families loaded."""
    families: list[str] = []
    for name in ("wqy-microhei.ttc", "gbsn00lp.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def ui_font(point_size: int = 10) -> QFont:
    """The interface font (黑体 style, bundled)."""
    font = QFont(UI_FAMILY, point_size)
    return font
