"""清标 page: screen the bid documents in a worker with a progress bar, the bids side by side, the findings
with their two passages side by side, and the committee's conclusion on each finding.

The screen runs :func:`app.screening.engine.screen` in a thread (the window stays responsive; 取消 drops the
result, nothing is stored by a read) and its findings are kept in the project through
:func:`app.services.screening.record_screen`; conclusions go through :mod:`app.services.screening`.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import screening_records as sr
from app.domain.model import Evaluation
from app.domain.numerals import format_rmb
from widgets.controller import ProjectController
from widgets.i18n import Translator
from widgets.lazy import refresh_when_seen

_tr = Translator("ScreeningPage")
KEY = "screening"
POLL_MS = 30
SIZES = {"small": "小型企业", "micro": "微型企业", "medium": "中型企业", "large": "大型企业"}


class _Job:
    """A screen running in a thread: how far it is, and its result or error."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.progress = (0, 1)
        self.value: dict[str, Any] | None = None
        self.error: BaseException | None = None

    def step(self, done: int, total: int) -> None:
        with self.lock:
            self.progress = (done, max(total, 1))


def run_screen(ev: Evaluation, bids: Path, tender: list[Path], name: str, job: _Job) -> None:
    """The screen, in the worker thread (``job`` receives the progress and the result)."""
    from app.screening.engine import read_bidders, read_document, screen
    from app.screening.files import assign_files

    try:
        files, problems = assign_files(bids, [b.id for b in ev.bidders])
        missing = [str(p) for p in tender if not p.is_file()]
        if problems or missing:
            raise ValueError("\n".join([str(p) for p in problems] + [f"{m}: no such file" for m in missing]))
        read = read_bidders(ev, files, job.step)
        job.value = screen(ev, read, [read_document(p, p.name) for p in tender], name)
    except BaseException as exc:  # reported in the window's thread
        job.error = exc
    finally:
        job.done.set()


def _bid_text(c: sr.Conclusion | None) -> str:
    if c is None:
        return _tr("未作结论")
    if c.kind == "no_collusion":
        return _tr("不构成串通：%1", c.reason)
    return _tr("%1 投标无效：%2", "、".join(c.bidders), c.reason)


class ScreeningPage(QWidget):
    """The 清标 page of the session."""

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.doc: dict[str, Any] | None = None
        self.bids_edit = QLineEdit()
        self.tender_edit = QLineEdit()
        self.tender_edit.setPlaceholderText(_tr("招标文件（多个用 ; 分隔）"))
        pick_bids, pick_tender = QPushButton(_tr("选择…")), QPushButton(_tr("选择…"))
        pick_bids.clicked.connect(self._pick_bids)
        pick_tender.clicked.connect(self._pick_tender)
        self.run_button = QPushButton(_tr("清标"))
        self.run_button.clicked.connect(self.start_screen)
        top = QGridLayout()
        top.addWidget(QLabel(_tr("投标文件文件夹")), 0, 0)
        top.addWidget(self.bids_edit, 0, 1)
        top.addWidget(pick_bids, 0, 2)
        top.addWidget(QLabel(_tr("招标文件")), 1, 0)
        top.addWidget(self.tender_edit, 1, 1)
        top.addWidget(pick_tender, 1, 2)
        top.addWidget(self.run_button, 0, 3, 2, 1)
        self.status = QLabel()
        self.bids = QTableWidget(0, 7)
        self.bids.setHorizontalHeaderLabels([_tr("编号"), _tr("投标人"), _tr("报价（小写）"), _tr("报价（大写）"),
                                             _tr("声明的价格扣除"), _tr("文件与联系方式"), _tr("缺少的证明")])
        self.findings = QTableWidget(0, 5)
        self.findings.setHorizontalHeaderLabels([_tr("情形"), _tr("条款"), _tr("强度"), _tr("涉及投标人"),
                                                 _tr("委员会结论")])
        self.findings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.findings.itemSelectionChanged.connect(self._show_finding)
        self.left, self.right = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.left, self.right):
            box.setReadOnly(True)
        passages = QSplitter(Qt.Orientation.Horizontal)
        passages.addWidget(self.left)
        passages.addWidget(self.right)
        self.no_collusion = QRadioButton(_tr("不构成串通投标"))
        self.invalid = QRadioButton(_tr("认定投标无效（第三十七条）"))
        self.no_collusion.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.no_collusion)
        group.addButton(self.invalid)
        self.invalid_bidders = QLineEdit()
        self.invalid_bidders.setPlaceholderText(_tr("无效的投标人，如 B2,B4"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_tr("理由"))
        self.conclude_button, self.withdraw_button = QPushButton(_tr("记录结论")), QPushButton(_tr("撤销结论"))
        self.conclude_button.clicked.connect(self.conclude)
        self.withdraw_button.clicked.connect(self.withdraw)
        editor = QHBoxLayout()
        for control in (self.no_collusion, self.invalid, self.invalid_bidders, self.reason, self.conclude_button,
                        self.withdraw_button):
            editor.addWidget(control)
        self.message = QLabel()
        self.message.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        for w in (self.bids, self.findings, passages):
            split.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(editor)
        layout.addWidget(self.message)
        refresh_when_seen(self, controller.changed, self.refresh)
        self.refresh()

    # -- choosing the files ------------------------------------------------------------------------
    def _pick_bids(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("投标文件文件夹"))
        if folder:
            self.bids_edit.setText(folder)

    def _pick_tender(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, _tr("招标文件"), "", "Word/PDF (*.docx *.pdf)")
        if files:
            self.tender_edit.setText(";".join(files))

    # -- the screen in a worker --------------------------------------------------------------------
    def start_screen(self) -> bool:
        """Screen the chosen files in a worker (a progress bar; 取消 drops the result) and keep the findings."""
        if not self.bids_edit.text().strip():
            self.message.setText(_tr("请选择投标文件文件夹"))
            return False
        tender = [Path(t.strip()) for t in self.tender_edit.text().split(";") if t.strip()]
        job = _Job()
        args = (self.controller.ev(), Path(self.bids_edit.text().strip()), tender, self.controller.path.name, job)
        threading.Thread(target=run_screen, args=args, name="biddesk-screen", daemon=True).start()
        dialog = QProgressDialog(_tr("正在清标 …"), _tr("取消"), 0, 100, self)
        dialog.setWindowTitle(_tr("清标"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()

        def poll() -> None:
            with job.lock:
                done, total = job.progress
            dialog.setValue(done * 100 // total)
            if job.done.is_set() or dialog.wasCanceled():
                loop.quit()

        timer = QTimer()
        timer.setInterval(POLL_MS)
        timer.timeout.connect(poll)
        dialog.canceled.connect(loop.quit)
        dialog.show()
        timer.start()
        if not job.done.is_set():
            loop.exec()
        timer.stop()
        cancelled = dialog.wasCanceled() and not job.done.is_set()
        dialog.hide()
        dialog.deleteLater()
        if cancelled:
            self.message.setText(_tr("清标已取消"))
            return False
        if job.error is not None or job.value is None:
            self.message.setText(_tr("无法清标：%1", str(job.error)))
            return False
        doc = job.value
        ok = self.controller.run(lambda: self.controller.session.record_screen(doc))
        if ok:
            self.doc = doc
        self.message.setText("" if ok else self.controller.last_error)
        self.refresh()
        return ok

    # -- showing -----------------------------------------------------------------------------------
    def record(self) -> sr.Screening:
        return sr.screening(self.controller.ev())

    def refresh(self, *_: object) -> None:
        ev, record = self.controller.ev(), self.record()
        if record.screened:
            self.status.setText(_tr("清标于 %1（%2）；%3", record.at, record.by,
                                    _tr("已扣除招标文件内容") if record.tender_subtracted
                                    else _tr("未提供招标文件：文本未比对")))
        else:
            self.status.setText(_tr("尚未清标"))
        summaries = (self.doc or {}).get("bidders", {})
        self.bids.setRowCount(len(ev.bidders))
        for i, b in enumerate(ev.bidders):
            s = summaries.get(b.id, {})
            words_ok = b.price is None or not b.price_words or format_rmb(b.price) == b.price_words
            deduction = "、".join(x for x in (SIZES.get(b.size or "", ""), _tr("监狱企业") if b.prison else "",
                                              _tr("残疾人福利性单位") if b.disabled else "",
                                              _tr("小微企业分包/联合体 %1", str(b.partner_share))
                                              if b.partner_share is not None else "") if x) or _tr("无")
            contact = "；".join(x for x in ("、".join(s.get("files", [])), "、".join(s.get("phones", []))) if x)
            missing = [_tr("未提交投标文件")] if self.doc is not None and not s.get("files") else []
            if s.get("unreadable"):
                missing.append(_tr("无法读取：%1", str(s["unreadable"])))
            cells = (b.id, b.name, "" if b.price is None else str(b.price),
                     (b.price_words or "") + ("" if words_ok else _tr("（大小写不一致）")), deduction, contact,
                     "、".join(missing))
            for j, text in enumerate(cells):
                self.bids.setItem(i, j, QTableWidgetItem(text))
        self.findings.setRowCount(len(record.findings))
        for i, f in enumerate(record.findings):
            row = (sr.KIND_NAMES.get(f.kind, f.kind), sr.item_words(f.article),
                     sr.STRENGTH_NAMES.get(f.strength, f.strength), "、".join(f.bidders),
                     _bid_text(record.conclusions.get(f.id)))
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                self.findings.setItem(i, j, item)
        self._show_finding()

    def current(self) -> sr.Finding | None:
        row = self.findings.currentRow()
        item = self.findings.item(row, 0) if row >= 0 else None
        return None if item is None else self.record().finding(str(item.data(Qt.ItemDataRole.UserRole)))

    def _show_finding(self) -> None:
        f = self.current()
        if f is None:
            self.left.setPlainText("")
            self.right.setPlainText("")
            return
        live = next((x for x in (self.doc or {}).get("findings", [])
                     if sr.finding_id(x["kind"], x["bidders"]) == f.id), None)
        first, second = f.bidders[0], f.bidders[-1]
        if live is not None:
            pieces = [(e["bidder"], f"{e['file']} {e['where']}\n{e['text']}") for e in live["evidence"]]
        else:
            pieces = [(line.partition(" ")[0], line) for line in f.evidence]
        self.left.setPlainText("\n\n".join(t for b, t in pieces if b == first))
        self.right.setPlainText("\n\n".join(t for b, t in pieces if b != first or first == second))
        c = self.record().conclusions.get(f.id)
        if c is not None:
            (self.invalid if c.kind == "invalid" else self.no_collusion).setChecked(True)
            self.invalid_bidders.setText(",".join(c.bidders))
            self.reason.setText(c.reason)

    # -- the committee's conclusion ----------------------------------------------------------------
    def conclude(self) -> bool:
        f = self.current()
        if f is None:
            self.message.setText(_tr("请先选择一项清标发现"))
            return False
        reason = self.reason.text()
        kind = "invalid" if self.invalid.isChecked() else "no_collusion"
        text = self.invalid_bidders.text().replace("，", ",") if kind == "invalid" else ""
        who = tuple(b.strip() for b in text.split(",") if b.strip())
        return self._done(self.controller.run(
            lambda: self.controller.session.conclude_finding(f.id, kind, reason, who)))

    def withdraw(self) -> bool:
        f = self.current()
        if f is None:
            self.message.setText(_tr("请先选择一项清标发现"))
            return False
        reason = self.reason.text()
        return self._done(self.controller.run(
            lambda: self.controller.session.withdraw_conclusion(f.id, reason)))

    def _done(self, ok: bool) -> bool:
        row = self.findings.currentRow()
        self.message.setText("" if ok else self.controller.last_error)
        self.refresh()
        if row >= 0:
            self.findings.selectRow(row)
        return ok
