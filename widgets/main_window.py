"""The main window (first version: the result of one evaluation; the full workspace comes next)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from widgets.result_model import ResultModel


class MainWindow(QMainWindow):
    """Shows a project's ranking: bids, prices, deductions, scores, ranks and candidates."""

    def __init__(self, title: str, result: dict[str, Any], names: dict[str, str], source: Path) -> None:
        super().__init__()
        self.setWindowTitle(f"评标台 BidDesk — {title}")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableView(central)
        self.model = ResultModel(result, names, self.table)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table)
        candidates = "、".join(names.get(c, c) for c in result["candidates"]) or "无"
        state = "废标（有效投标不足）" if result["failed"] else ("结果已定" if result["final"] else "尚有待处理事项")
        self.summary = QLabel(f"推荐中标候选人（依次）：{candidates}　　状态：{state}")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"已打开：{source.name}")
        self.resize(1000, 420)
