"""The record of asking a bidder to justify an abnormally low price (财库〔2026〕2号): when it was asked,
the deadline (at least 30 minutes later), the answer's summary and attachments, and each member's
opinion; the majority's conclusion is shown as the opinions are given."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import session_records as sr
from app.domain.model import Evaluation
from widgets.i18n import Translator

TIME_QT = "yyyy-MM-dd HH:mm"

_tr = Translator("PriceReviewPage")


def _qt_time(text: str) -> QDateTime | None:
    found = QDateTime.fromString(text, TIME_QT) if text else QDateTime()
    return found if found.isValid() else None


class LowPriceReviewDialog(QDialog):
    """The record of asking one bidder to justify its price, and each member's opinion of the answer.

    Attributes (for the page and tests): ``asked``, ``deadline`` (QDateTimeEdit; the deadline's minimum
    follows the request time + 30 minutes), ``summary``, ``attachments`` (one name per line),
    ``references`` (QPlainTextEdit), ``opinions`` (QTableWidget: member, 意见 combo, 理由),
    ``conclusion`` and ``message`` (QLabel).
    """

    CHOICES = (None, True, False)

    def __init__(self, ev: Evaluation, bidder_id: str, existing: sr.LowPriceReview | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ev, self.bidder_id = ev, bidder_id
        name = next((b.name for b in ev.bidders if b.id == bidder_id), bidder_id)
        self.setWindowTitle(_tr("异常低价审查记录 — %1", name))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.asked = QDateTimeEdit()
        self.deadline = QDateTimeEdit()
        for edit in (self.asked, self.deadline):
            edit.setDisplayFormat(TIME_QT)
            edit.setCalendarPopup(True)
        clock = QDateTime.currentDateTime()
        now = QDateTime(clock.date(), QTime(clock.time().hour(), clock.time().minute()))
        asked = _qt_time(existing.asked_at) if existing is not None else None
        asked = asked or now
        self.asked.setDateTime(asked)
        self.deadline.setMinimumDateTime(asked.addSecs(self.min_seconds()))
        deadline = _qt_time(existing.deadline) if existing is not None else None
        self.deadline.setDateTime(deadline or asked.addSecs(self.min_seconds()))
        self.asked.dateTimeChanged.connect(self._asked_changed)
        form.addRow(_tr("要求说明时间"), self.asked)
        form.addRow(_tr("说明截止时间"), self.deadline)
        self.summary = QPlainTextEdit(existing.summary if existing is not None else "")
        self.summary.setPlaceholderText(_tr("投标人书面说明的要点，如成本构成、报价依据"))
        self.attachments = QPlainTextEdit("\n".join(existing.attachments) if existing is not None else "")
        self.attachments.setPlaceholderText(_tr("每行一个附件名称，如：成本明细表.pdf"))
        self.references = QPlainTextEdit(existing.references if existing is not None else "")
        self.references.setPlaceholderText(_tr("同类项目合同价格、市场价格、人工成本标准、行业平均成本等"))
        for text in (self.summary, self.attachments, self.references):
            text.setMaximumHeight(80)
        form.addRow(_tr("说明内容摘要"), self.summary)
        form.addRow(_tr("附件"), self.attachments)
        form.addRow(_tr("评审参考"), self.references)
        layout.addWidget(QLabel(_tr("各成员意见（不认可须填写理由）：")))
        self.opinions = QTableWidget(len(ev.members), 3)
        self.opinions.setHorizontalHeaderLabels([_tr("成员"), _tr("意见"), _tr("理由")])
        self.opinions.verticalHeader().setVisible(False)
        self.opinions.horizontalHeader().setStretchLastSection(True)
        given = {o.member: o for o in existing.opinions} if existing is not None else {}
        for row, member in enumerate(ev.members):
            item = QTableWidgetItem(member.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.opinions.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItems([_tr("未表态"), _tr("认可"), _tr("不认可")])
            opinion = given.get(member.id)
            if opinion is not None:
                combo.setCurrentIndex(self.CHOICES.index(opinion.accepted))
            combo.currentIndexChanged.connect(lambda *_: self._update())
            self.opinions.setCellWidget(row, 1, combo)
            self.opinions.setItem(row, 2, QTableWidgetItem(opinion.text if opinion is not None else ""))
        self.opinions.itemChanged.connect(lambda *_: self._update())
        self.opinions.resizeColumnsToContents()
        self.opinions.setMinimumHeight(min(360, 34 * (len(ev.members) + 1)))
        layout.addWidget(self.opinions, 1)
        self.conclusion = QLabel()
        layout.addWidget(self.conclusion)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    @staticmethod
    def min_seconds() -> int:
        """The shortest time a bidder is given to answer, in seconds."""
        return int(sr.MIN_RESPONSE.total_seconds())

    def _asked_changed(self, asked: QDateTime) -> None:
        self.deadline.setMinimumDateTime(asked.addSecs(self.min_seconds()))

    def _combo(self, row: int) -> QComboBox:
        widget = self.opinions.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def _row(self, member_id: str) -> int:
        for row in range(self.opinions.rowCount()):
            item = self.opinions.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == member_id:
                return row
        raise KeyError(member_id)

    def set_opinion(self, member_id: str, accepted: bool | None, reason: str = "") -> None:
        """Set a member's opinion (None: 未表态) and reason."""
        row = self._row(member_id)
        self._combo(row).setCurrentIndex(self.CHOICES.index(accepted))
        reason_item = self.opinions.item(row, 2)
        if reason_item is None:
            self.opinions.setItem(row, 2, QTableWidgetItem(reason))
        else:
            reason_item.setText(reason)

    def _choices(self) -> list[tuple[str, bool | None, str]]:
        out: list[tuple[str, bool | None, str]] = []
        for row, member in enumerate(self.ev.members):
            reason = self.opinions.item(row, 2)
            out.append((member.id, self.CHOICES[self._combo(row).currentIndex()],
                        reason.text().strip() if reason is not None else ""))
        return out

    def review(self) -> sr.LowPriceReview:
        """The record as the fields give it (members who have not given an opinion are left out)."""
        return sr.LowPriceReview(
            bidder=self.bidder_id,
            asked_at=self.asked.dateTime().toString(TIME_QT),
            deadline=self.deadline.dateTime().toString(TIME_QT),
            summary=self.summary.toPlainText().strip(),
            attachments=tuple(line.strip() for line in self.attachments.toPlainText().splitlines() if line.strip()),
            references=self.references.toPlainText().strip(),
            opinions=tuple(sr.Opinion(mid, accepted, text) for mid, accepted, text in self._choices()
                           if accepted is not None),
        )

    def _update(self) -> None:
        choices = self._choices()
        accepts = sum(1 for _m, a, _t in choices if a is True)
        rejects = sum(1 for _m, a, _t in choices if a is False)
        counts = _tr("认可 %1 / 不认可 %2 / 未表态 %3", accepts, rejects, len(choices) - accepts - rejects)
        outcome = self.review().conclusion(len(self.ev.members))
        if outcome is True:
            text = _tr("多数认可：价格说明成立")
        elif outcome is False:
            text = _tr("多数不认可：投标无效")
        else:
            text = _tr("尚未形成多数意见")
        self.conclusion.setText(f"{counts} → {text}")

    def problems(self) -> list[str]:
        """Why the record cannot be saved as it is, in words (empty when it can)."""
        names = {m.id: m.name for m in self.ev.members}
        lacking = [names[mid] for mid, accepted, text in self._choices() if accepted is False and not text]
        out: list[str] = []
        if lacking:
            out.append(_tr("不认可须填写理由：%1", "、".join(lacking)))
        texts = {
            "deadline": _tr("说明截止时间不得早于要求说明时间后 30 分钟"),
            "asked_at": _tr("要求说明时间无效"),
            "summary": _tr("成员发表意见前，须先填写投标人说明内容摘要"),
        }
        for problem in sr.review_problems(self.ev, self.review()):
            if problem.path == "opinions" and lacking:
                continue
            text = texts.get(problem.path, problem.message)
            if text not in out:
                out.append(text)
        return out

    def accept(self) -> None:
        found = self.problems()
        if found:
            self.message.setText("\n".join(found))
            return
        super().accept()
