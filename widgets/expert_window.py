"""Expert mode: an offline member's package opened on their own laptop — their sheet only.

The window shows who and what the package is for, the member's own sheet (the same scoring page as
in the project, over the package: blind factors by code, no other member, no committee sheet), and
two actions: print the member's own signed sheet (the report pack's layout and fingerprint) and
"submit", which locks the sheet and writes the sealed return file for the agent. Every score is
stored in the package the moment it is entered (one committed transaction each), so a crash loses
nothing already shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain import model as m
from app.domain.problems import InvalidInput
from app.services.errors import PackageError, StorageError
from app.services.packages import (
    Package,
    package_cells,
    package_codes,
    package_info,
    package_tender,
    record_package_score,
    submit_package,
    write_package_sheet,
    write_return,
)
from widgets.i18n import Translator
from widgets.pages.scoring import ScoringPage
from widgets.problem_texts import describe_problem, refusal_words

_tr = Translator("ExpertView")


class PackageSheetSource(QObject):
    """The scoring page's source over an open package: one member, blind factors by code, no joint sheet."""

    changed = Signal(tuple)
    refused = Signal(str)
    joint = False
    evidence = False

    def __init__(self, package: Package, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.package = package
        self.last_error = ""
        self._ev: m.Evaluation | None = None
        self._submitted: bool | None = None
        self._cells = package_cells(package)
        self._codes = package_codes(package)

    @property
    def by(self) -> str:
        """Who records (the package's audit log): the member."""
        return self.package.member

    def ev(self) -> m.Evaluation:
        if self._ev is None:
            self._ev = package_tender(self.package)
        return self._ev

    def members(self) -> list[str]:
        return [self.package.member]

    def submitted(self, member: str) -> bool:
        if self._submitted is None:
            self._submitted = package_info(self.package).submitted_at is not None
        return member == self.package.member and self._submitted

    def all_submitted(self) -> bool:
        return self.submitted(self.package.member)

    def cells(self) -> dict[str, list[str]]:
        """The package's sheet: per factor, the bidders (codes for a blind factor) to score."""
        return self._cells

    def codes(self) -> dict[str, str]:
        return {c: c for c in self._codes}

    def _run(self, call: object) -> bool:
        try:
            change = call()  # type: ignore[operator]
        except InvalidInput as exc:
            ev = self.ev()
            return self._refuse("\n".join(describe_problem(p, ev) for p in exc.problems[:8]))
        except (PackageError, StorageError) as exc:
            return self._refuse(refusal_words(exc))
        self.last_error = ""
        if change.changed:
            self._ev, self._submitted = None, None
            self.changed.emit(("records",))
        return True

    def _refuse(self, message: str) -> bool:
        self.last_error = message
        self.refused.emit(message)
        return False

    def record(self, member: str | None, bidder: str, factor: str, raw_value: object,
               reason: str | None = None, art64: str | None = None) -> bool:
        return self._run(lambda: record_package_score(self.package, member, bidder, factor, raw_value, by=self.by,
                                                      reason=reason, art64=art64))

    def submit(self, member: str) -> bool:
        return self._run(lambda: submit_package(self.package, by=self.by, member=member))

    def set_evidence(self, member: str | None, bidder: str, factor: str, lines: list[str]) -> bool:
        return self._refuse(_tr("离线评分包中不记录计数依据，请在纸质评分表上注明"))


class ExpertView(QWidget):
    """The package's header, the member's sheet, and printing and returning it."""

    def __init__(self, package: Package, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.package = package
        self.source = PackageSheetSource(package, self)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        bar = QHBoxLayout()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.print_button = QPushButton(_tr("打印本人评分表…"))
        self.return_button = QPushButton(_tr("提交并生成回执文件…"))
        self.print_button.clicked.connect(self.ask_print)
        self.return_button.clicked.connect(self.ask_return)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.return_button)
        layout.addLayout(bar)
        self.page = ScoringPage(self.source)
        layout.addWidget(self.page, 1)
        self.source.changed.connect(lambda _p: self.show_state())
        self.show_state()

    def show_state(self) -> None:
        """The package's header and how far the member got."""
        info = package_info(self.package)
        self.header.setText(
            "<h3>" + _tr("专家评分（离线评分包）") + "</h3>"
            + _tr("项目：%1（%2）　评委：%3（%4）", info.project_name, info.project_number, info.member_name,
                  info.member)
            + "<br>" + _tr("评分包 %1，签发于 %2，代理机构密钥指纹 %3", info.package_id[:8],
                           info.issued_at[:16].replace("T", " "), info.agency_key))
        if info.submitted_at is not None:
            state = _tr("已提交（%1）", info.submitted_at[:16].replace("T", " "))
        else:
            state = _tr("未提交：评完后点“提交并生成回执文件”，将回执文件交给采购代理机构")
        if info.returns_written:
            state += " · " + _tr("已生成回执文件 %1 次", info.returns_written)
        self.state.setText(state)

    def print_sheet(self, path: Path) -> bool:
        """Write the member's signed sheet (PDF, or Word for a .docx name); False with a message when refused."""
        fmt = "docx" if path.suffix.lower() == ".docx" else "pdf"
        try:
            write_package_sheet(self.package, path, fmt)
        except InvalidInput as exc:
            return self.source._refuse(_tr("评分未完成，不能打印评分表：") + "\n"
                                       + "\n".join(describe_problem(p, self.source.ev()) for p in exc.problems[:8]))
        except (PackageError, OSError) as exc:
            return self.source._refuse(refusal_words(exc))
        return True

    def write_return(self, path: Path) -> bool:
        """Submit the sheet (refused while a cell is unscored) and write the sealed return file."""
        try:
            write_return(self.package, path, by=self.source.by)
        except InvalidInput as exc:
            ev = self.source.ev()
            return self.source._refuse(_tr("评分未完成，不能提交：") + "\n"
                                       + "\n".join(describe_problem(p, ev) for p in exc.problems[:8]))
        except (PackageError, StorageError, OSError) as exc:
            return self.source._refuse(refusal_words(exc))
        self.source._ev, self.source._submitted = None, None
        self.source.changed.emit(("records",))
        return True

    def ask_print(self) -> None:
        """Ask where to save the sheet, then write it."""
        name, _ = QFileDialog.getSaveFileName(self, _tr("保存本人评分表"),
                                              str(self.package.path.with_name(f"{self.package.member}-评分表.pdf")),
                                              _tr("PDF (*.pdf);;Word (*.docx)"))
        if name:
            self.print_sheet(Path(name))

    def ask_return(self) -> None:
        """Ask where to save the return file, then submit and write it."""
        name, _ = QFileDialog.getSaveFileName(self, _tr("保存回执文件"),
                                              str(self.package.path.with_suffix(".bidret")),
                                              _tr("回执文件 (*.bidret)"))
        if name:
            self.write_return(Path(name))

    def close_package(self) -> None:
        """Close the package file (every score is already stored)."""
        self.package.close()
