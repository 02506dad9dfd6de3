"""The seat slips: one per login, printed at ``room publish`` (the one-time password is shown only there).

A slip names the project, the member (or the agent), the room address without the password, the login
and the password on a line of its own, and what to do with it; cut along the line, one slip per seat.
"""

from __future__ import annotations

# mypy: disable-error-code="import-untyped"
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.reports.pdf import HEI, SONG, register_fonts
from app.room.publish import Published

SLIP_HEIGHT = 68 * mm
PER_PAGE = 4


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """The text in lines no wider than ``width`` (broken anywhere: Chinese has no spaces to break at)."""
    lines, line = [], ""
    for ch in text:
        if line and stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = "    "
        line += ch
    return [*lines, line]


def write_slips(published: Published, target: Path) -> Path:
    """Write every seat's slip (PDF, A4, four to a page) to ``target``."""
    register_fonts()
    width, height = A4
    pdf = Canvas(str(target), pagesize=A4)
    pdf.setTitle(f"评标室座位凭条 {published.number}")
    for i, seat in enumerate(published.seats):
        if i and i % PER_PAGE == 0:
            pdf.showPage()
        top = height - 15 * mm - (i % PER_PAGE) * SLIP_HEIGHT
        left = 20 * mm
        pdf.setFont(HEI, 13)
        who = "采购代理机构" if seat.member is None else f"评委 {seat.name}（{seat.member}）"
        pdf.drawString(left, top - 8 * mm, f"评标室座位凭条 · {who}")
        pdf.setFont(SONG, 10.5)
        lines = [f"项目：{published.name}（{published.number}）",
                 f"评标室地址：{published.address(seat)}",
                 f"登录名：{seat.login}"]
        y = top - 15 * mm
        for line in lines:
            for part in _wrap(line, width - 2 * left, SONG, 10.5):
                pdf.drawString(left, y, part)
                y -= 5.5 * mm
        pdf.setFont(HEI, 14)
        pdf.drawString(left, y - 3 * mm, f"一次性密码：{seat.password}")
        pdf.setFont(SONG, 9)
        pdf.drawString(left, y - 10 * mm, "在评标台中选择“文件 → 连接评标室”，填入地址与密码。")
        pdf.drawString(left, y - 15 * mm, "密码仅在发布时显示一次，请当面交给本人，用后收回销毁。")
        pdf.setDash(3, 3)
        pdf.line(12 * mm, top - SLIP_HEIGHT + 6 * mm, width - 12 * mm, top - SLIP_HEIGHT + 6 * mm)
        pdf.setDash()
    pdf.save()
    return target
