"""The start page: new project, open, the sample, recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from widgets.i18n import Translator

_tr = Translator("StartPage")


def welcome_text() -> str:
    """What each kind of user does first."""
    rows = ((_tr("采购代理机构"), _tr("“新建项目…”建立项目，再用 文件 → 导入评分标准与审查表 读入招标文件；"
                                  "或先“打开示例项目”看一遍完整的评审。")),
            (_tr("评审专家"), _tr("用“打开项目…”打开代理机构交给您的评分包（.bidpkg），"
                              "独立评分后提交并生成回执文件。")),
            (_tr("投标人"), _tr("用“新建投标响应…”打开代理机构发布的招标文件数据（或招标文件 .docx），"
                              "填写、自查、估分并生成投标文件。")))
    items = "".join(f"<li><b>{who}</b>：{what}</li>" for who, what in rows)
    return f"<p>{_tr('第一次使用？按您的身份开始：')}</p><ul>{items}</ul>"


class StartPage(QWidget):
    """Signals: ``new_requested``, ``open_requested``, ``sample_requested``, ``response_requested`` (a bidder
    starts a response to a published tender), ``recent_chosen(path)``."""

    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    response_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        title = QLabel("<h1>" + _tr("评标台 BidDesk") + "</h1><p>" + _tr(
            "政府采购评标：资格审查、符合性审查、综合评分、价格扣除、异常低价审查、复核与评标报告。") + "</p>")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.welcome = QLabel(welcome_text())
        self.welcome.setWordWrap(True)
        self.welcome.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.welcome)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(_tr("新建项目…"))
        self.open_button = QPushButton(_tr("打开项目…"))
        self.sample_button = QPushButton(_tr("打开示例项目"))
        self.response_button = QPushButton(_tr("新建投标响应…"))
        self.response_button.setToolTip(_tr("投标人：打开代理机构发布的招标文件数据，填写并自查投标文件"))
        for button in (self.new_button, self.open_button, self.sample_button, self.response_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("<h3>" + _tr("最近的项目") + "</h3>"))
        self.recent = QListWidget()
        layout.addWidget(self.recent, 1)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.response_button.clicked.connect(self.response_requested)
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent projects."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}    —    {path}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not paths:
            empty = QListWidgetItem(_tr("（还没有打开过项目）"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
