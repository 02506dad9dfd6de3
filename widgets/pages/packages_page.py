"""离线评分: the agency's side of offline scoring — a package per member out, sealed returns back in.

Exporting writes one member's package (their sheet only; blind factors by code). Importing a return
first shows what it would change (a dry run: the seal, the project, the member and the sequence are
verified; nothing is written), and merges only when confirmed; every refusal (a changed byte, another
project or member, an older return) is shown with its reason and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Evaluation
from app.services.common import Change
from app.services.packages import ImportReport
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.lazy import refresh_when_seen

_tr = Translator("PackagesPage")


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportPreviewDialog(QDialog):
    """What a return would change; OK merges it."""

    def __init__(self, report: ImportReport, ev: Evaluation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(_tr("导入回执文件"))
        self.resize(720, 420)
        members = {m.id: m.name for m in ev.members}
        bidders = {b.id: b.name for b in ev.bidders}
        factors = {f.id: f.name for f in ev.factors}
        layout = QVBoxLayout(self)
        head = _tr("评委 %1 的回执（第 %2 份，%3 项评分）已验证：封签完好，属于本项目、本评委。",
                   members.get(report.member, report.member), report.sequence, report.scores)
        if report.duplicate:
            head += "\n" + _tr("该回执已导入过，导入不会改变任何内容。")
        else:
            head += "\n" + _tr("将更改 %1 项评分", len(report.changes))
            if report.submits:
                head += _tr("，并提交（锁定）该评委的评分表")
            head += _tr("。确认后导入：")
        label = QLabel(head)
        label.setWordWrap(True)
        layout.addWidget(label)
        rows = [[f"{c.bidder} {bidders.get(c.bidder, '')}" + (f"（{c.code}）" if c.code else ""),
                 f"{c.factor} {factors.get(c.factor, '')}", c.old if c.old is not None else "—", c.new]
                for c in report.changes]
        self.changes = _table([_tr("投标人"), _tr("评分因素"), _tr("原值"), _tr("新值")], rows)
        layout.addWidget(self.changes, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PackagesPage(QWidget):
    """Issued packages, exporting one for a member, importing a return after a preview."""

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: ImportPreviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("离线评分包") + "</h3>"))
        intro = QLabel(_tr("评审专家需在自己的电脑上离线评分时，为其导出评分包"
                           "（只含本人评分表，暗标部分以随机编号显示）；专家评完后提交，生成加封的回执文件。导入回执前先显示将要更改的内容，确认后才写入；"
                           "被改动、属于其他项目或评委、或早于已导入回执的文件一律拒绝。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.member_box = QComboBox()
        self.export_button = QPushButton(_tr("导出评分包…"))
        self.import_button = QPushButton(_tr("导入回执文件…"))
        self.export_button.clicked.connect(self.ask_export)
        self.import_button.clicked.connect(self.ask_import)
        bar.addWidget(QLabel(_tr("评委")))
        bar.addWidget(self.member_box)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        layout.addLayout(bar)
        self.table = _table(self.headers(), [])
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()

    @staticmethod
    def headers() -> list[str]:
        return [_tr("评委"), _tr("签发时间"), _tr("评分项"), _tr("状态"), _tr("已导入回执"), _tr("最后导入"),
                _tr("已提交")]

    def refresh(self) -> None:
        """Read the members and the issued packages again."""
        ev = self.controller.ev()
        current = self.member_box.currentData()
        self.member_box.clear()
        for m in ev.members:
            self.member_box.addItem(f"{m.name}（{m.id}）", m.id)
        if current is not None and self.member_box.findData(current) >= 0:
            self.member_box.setCurrentIndex(self.member_box.findData(current))
        names = {m.id: m.name for m in ev.members}
        rows = [[names.get(p.member, p.member), p.issued_at[:16].replace("T", " "), str(p.cells),
                 _tr("有效") if p.current else _tr("已被新评分包取代"), str(p.returns_merged),
                 (p.last_merged_at or "")[:16].replace("T", " "), _tr("是") if p.submitted else _tr("否")]
                for p in self.controller.session.issued_packages()]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))

    # -- actions ----------------------------------------------------------------------------------
    def export(self, member: str, path: Path) -> bool:
        """Write a member's package (never over an existing file)."""
        session = self.controller.session

        def call() -> Change:
            summary = session.export_package(member, path)
            self.message.setText(_tr("已导出 %1：%2 项评分，代理机构密钥指纹 %3", summary.path, summary.cells,
                                     summary.agency_key))
            return Change("package", (summary.package_id,), None)  # the table is read again below

        done = self.controller.run(call)
        if done:
            self.refresh()
        else:
            self.message.setText(self.controller.last_error)
        return done

    def preview(self, path: Path) -> ImportPreviewDialog | None:
        """Verify a return and show what it would change (nothing is written); None when refused."""
        found: list[ImportReport] = []

        def dry() -> Change:
            found.append(self.controller.session.preview_return(path))
            return Change("package_return", (), None)

        if not self.controller.run(dry):
            self.message.setText(self.controller.last_error)
            return None
        dialog = ImportPreviewDialog(found[0], self.controller.ev(), self)
        dialog.accepted.connect(lambda: self.merge(path))
        dialog.open()
        self.dialog = dialog
        return dialog

    def merge(self, path: Path) -> bool:
        """Merge a return (verified again) into the project."""
        session = self.controller.session
        done = self.controller.run(lambda: session.merge_return(path))
        self.message.setText(_tr("已导入。") if done else self.controller.last_error)
        return done

    def ask_export(self) -> None:
        """Ask where to write the selected member's package."""
        member = self.member_box.currentData()
        if member is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, _tr("导出评分包"),
                                              str(self.controller.path.with_name(f"{member}.bidpkg")),
                                              _tr("评分包 (*.bidpkg)"))
        if name:
            self.export(str(member), Path(name))

    def ask_import(self) -> None:
        """Ask for a return file, then preview it."""
        name, _ = QFileDialog.getOpenFileName(self, _tr("导入回执文件"), str(self.controller.path.parent),
                                              _tr("回执文件 (*.bidret)"))
        if name:
            self.preview(Path(name))

