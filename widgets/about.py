"""帮助 → 关于: the program's name, version, what it is for, and the licences of what it bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.version import VERSION
from widgets.i18n import Translator

_tr = Translator("About")
LICENSES = Path(__file__).resolve().parent.parent / "resources" / "THIRD-PARTY-LICENSES.md"


class AboutDialog(QDialog):
    """The 关于 box: :attr:`licences` shows ``resources/THIRD-PARTY-LICENSES.md`` (shipped with the bundle)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("关于评标台"))
        title = QLabel(f"<h2>评标台 BidDesk</h2><p>{_tr('版本 %1', VERSION)}</p>")
        what = QLabel(_tr("政府采购评审与投标响应的桌面工具：代理机构组织评审与出具报告，评审专家独立评分，"
                          "投标人填写、自查并打印响应文件。完全离线工作。"))
        what.setWordWrap(True)
        self.licences = QTextBrowser()
        try:
            self.licences.setMarkdown(LICENSES.read_text(encoding="utf-8"))
        except OSError:
            self.licences.setPlainText(_tr("找不到许可文件：%1", str(LICENSES)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, what, QLabel(_tr("随附的字体与程序库及其许可：")), self.licences, buttons):
            layout.addWidget(widget)
        self.resize(640, 520)
