"""The room's refusal and state codes (app/room/errors.py) in the user's language, one table."""

from __future__ import annotations

from widgets.i18n import Translator

_tr = Translator("RoomTexts")


def room_words() -> dict[str, str]:
    """Every code of :class:`app.room.errors.RoomError` in words (tests check none is missing)."""
    return {
        "bad_address": _tr("评标室地址无法识别：应为 room://登录名@服务器:端口/数据库?project=项目编号"),
        "unreachable": _tr("连接不上评标室：服务器没有响应，或登录名、密码不对"),
        "disconnected": _tr("与评标室的连接已断开"),
        "no_project": _tr("评标室中没有这个项目编号"),
        "exists": _tr("评标室中已有这个项目，发布过的项目不会被覆盖"),
        "no_number": _tr("项目没有编号：请先在“项目信息”中填写项目编号"),
        "not_member": _tr("此登录名不是评委的座位"),
        "not_agent": _tr("只有采购代理机构的登录名可以这样做"),
        "final": _tr("评审已定稿，不能再修改"),
        "not_final": _tr("评审尚未定稿"),
        "sheet_submitted": _tr("评分表已提交，不能再修改"),
        "sheet_open": _tr("该评委的评分表尚未提交"),
        "sheets_open": _tr("尚有评委未提交评分表"),
        "stale": _tr("该项已在另一个座位上被修改，已显示最新的值，请核对后再填"),
        "unknown_cell": _tr("评标室没有这一项（投标人、暗标编号或评分因素不存在）"),
        "out_of_range": _tr("分值超出该评分因素的范围"),
        "joint_stands": _tr("该客观分已由评标委员会共同评定"),
        "reason_needed": _tr("需要说明理由并选择第六十四条类别"),
        "forbidden": _tr("评标室不允许此登录名进行这项操作"),
        "not_all_visible": _tr("尚有评委未提交，此登录名还不能读取全部评分；请在全部提交后再拉取"),
        "busy": _tr("与另一座位的操作冲突，请再试一次"),
        "submit_by_member": _tr("评分表只能由评委本人提交"),
        "finalise_by_function": _tr("定稿只能通过“定稿”操作完成"),
        "bad_record": _tr("定稿记录不完整"),
    }


def room_text(code: str) -> str:
    """One code in words (the code itself when unknown: never a blank message)."""
    return room_words().get(code, code)


def state_words() -> dict[str, str]:
    """The seat's connection states."""
    return {"online": _tr("在线"), "offline": _tr("已断开，正在重连…"), "": _tr("正在连接…")}
