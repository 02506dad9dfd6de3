"""结果: the live ranking of the open project (the full results panel comes with the evaluation session)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.domain.problems import InvalidInput
from app.exchange import result_to_doc
from widgets.controller import ProjectController
from widgets.paths import describe_problem
from widgets.result_model import ResultModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


class ResultsPage(QWidget):
    """The engine's result for what the project holds now, or why it cannot be computed yet."""

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("评审结果") + "</h3>"))
        self.table = QTableView(self)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: ResultModel | None = None
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _parts: tuple[str, ...] = ()) -> None:
        """Recompute (the session computes once per change) and show."""
        ev = self.controller.ev()
        try:
            doc = result_to_doc(self.controller.session.result())
        except InvalidInput as exc:
            self.table.setModel(None)
            self.model = None
            lines = [describe_problem(p, ev) for p in exc.problems[:10]]
            self.summary.setText(_tr("尚不能计算结果：") + "\n" + "\n".join(lines))
            return
        names = {b.id: b.name for b in ev.bidders}
        self.model = ResultModel(doc, names, self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        candidates = "、".join(names.get(c, c) for c in doc["candidates"]) or _tr("无")
        if doc["failed"]:
            state = _tr("废标（有效投标不足）")
        elif doc["final"]:
            state = _tr("结果已定")
        else:
            state = _tr("尚有待处理事项")
        self.summary.setText(_tr("推荐中标候选人（依次）：") + candidates + "　　" + _tr("状态：") + state)
