"""Who is at the keyboard (the single desk): a member's sheet with a PIN opens only once that member types it.

The agent sets a PIN for a member on the committee page (stored hashed, app/domain/pins.py). Opening that
member's sheet on the scoring page then shows no row until the PIN is typed; choosing another sheet closes
it again. A sheet without a PIN opens as before (the agency decides whether its desk needs PINs); a package
or a room seat has no PIN: there the login is the member.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from widgets.i18n import Translator

_tr = Translator("KeyboardGuard")


class KeyboardGuard(QWidget):
    """A line above the sheet: whose PIN is wanted, and a button to type it. ``opened`` once it was right."""

    opened = Signal()

    def __init__(self, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.member: str | None = None
        self.unlocked: str | None = None
        self.name = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setStyleSheet("color: #8a5300")
        self.button = QPushButton(_tr("输入 PIN…"))
        self.button.clicked.connect(self.ask)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def needs(self, member: str | None) -> bool:
        """Whether this member's sheet asks for a PIN here."""
        check = getattr(self.source, "pin_set", None)
        return member is not None and check is not None and bool(check(member))

    def allows(self, member: str | None) -> bool:
        """Whether the sheet may be shown and written now."""
        return not self.needs(member) or self.unlocked == member

    def follow(self, member: str | None, name: str = "") -> None:
        """The page opened another sheet: a sheet opened by PIN closes when another one is chosen."""
        if member != self.member:
            self.unlocked = None
        self.member, self.name = member, name
        locked = not self.allows(member)
        self.label.setText(_tr("%1 设置了 PIN：请本人输入 PIN 后查看和录入评分", name or member or ""))
        self.setVisible(locked)

    def try_pin(self, pin: str) -> bool:
        """Open the sheet when ``pin`` is the member's; False (and a word) when it is not."""
        member = self.member
        if member is None or not self.source.check_pin(member, pin.strip()):
            self.label.setText(_tr("PIN 不正确：%1 的评分表未打开", self.name or member or ""))
            return False
        self.unlocked = member
        self.setVisible(False)
        self.opened.emit()
        return True

    def ask(self) -> None:
        """Ask for the PIN (typed hidden)."""
        pin, ok = QInputDialog.getText(self, _tr("输入 PIN"), _tr("%1 的 PIN：", self.name or self.member or ""),
                                       QLineEdit.EchoMode.Password)
        if ok:
            self.try_pin(pin)
