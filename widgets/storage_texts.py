"""A project file's, the storage's and the room's refusal codes in the user's language, one table.

A :class:`~app.services.errors.ProjectFileError` or :class:`~app.services.errors.StorageError` carries a
stable code (the room's :class:`~app.room.errors.RoomError` is a StorageError too); the window shows the
code's words and, where the error names one, the file — never the English message's flags or paths.
"""

from __future__ import annotations

from app.room.errors import RoomError
from app.services.errors import PackageError
from widgets.i18n import Translator
from widgets.room_texts import room_words

_tr = Translator("StorageTexts")


def storage_words() -> dict[str, str]:
    """Every code of a project file's or the storage's failure in words (tests check none is missing)."""
    return {
        "not_found": _tr("找不到该文件"),
        "exists": _tr("文件已存在，不会覆盖"),
        "empty": _tr("文件是空的，不是项目文件"),
        "not_sqlite": _tr("不是评标台项目文件"),
        "not_a_project": _tr("是数据库文件，但不是评标台项目"),
        "corrupt": _tr("项目文件已损坏"),
        "newer_major": _tr("项目文件由更新版本的评标台创建，请先升级评标台"),
        "no_migration": _tr("项目文件的版本无法升级"),
        "migration_failed": _tr("项目文件升级失败，文件未改动，旁边留有备份"),
        "unwritable": _tr("项目文件或其所在文件夹不可写，请复制到可写的文件夹"),
        "locked": _tr("项目文件正被另一个程序使用，请稍后再试"),
        "read_only": _tr("项目文件不可写"),
        "storage": _tr("磁盘写入失败（磁盘已满或设备出错），本次操作未保存"),
        "constraint": _tr("数据不一致，本次操作未保存"),
        "backup_failed": _tr("升级前未能写出备份，文件未改动"),
        "chain_broken": _tr("只读：审计日志被改动过（在评标台之外），本文件不能再修改"),
    }


def package_words() -> dict[str, str]:
    """Every code of a package's or a return file's refusal in words (tests check none is missing)."""
    return {
        "not_a_package": _tr("不是评分包"),
        "not_a_return": _tr("不是评分回执文件"),
        "package_altered": _tr("评分包已被改动或损坏，不能使用"),
        "tampered": _tr("回执文件校验不通过：内容被改动或文件不完整"),
        "foreign": _tr("回执文件不是由本项目发出的评分包生成的"),
        "wrong_member": _tr("回执文件所属评委与评分包不符"),
        "superseded": _tr("已为该评委重新发出评分包，此评分包的回执不再接受"),
        "stale": _tr("回执文件早于已合并的回执"),
        "conflict": _tr("同一序号的另一份回执已合并（同一评分包有两份副本）"),
        "bad_content": _tr("回执内容无法合并"),
        "bad_target": _tr("无法写到该位置（文件已存在、是项目或评分包，或文件夹不存在）"),
    }


def storage_text(exc: Exception) -> str:
    """A storage, file or package failure as the window says it: the code's words, and the file when one is named."""
    code = str(getattr(exc, "code", ""))
    if isinstance(exc, PackageError):
        words = package_words()
        if code == "tampered" and "changed in transit: line endings" in exc.message:
            return _tr("文件在传送途中被改动：换行符被改变（如邮件程序或文本编辑器所为）。"
                       "请评委以附件形式、不经打开地重新发送回执文件")
    else:
        words = room_words() if isinstance(exc, RoomError) else storage_words()
    if code not in words:
        return str(exc)
    where = str(getattr(exc, "path", "") or "")
    text = f"{words[code]}：{where}" if where else words[code]
    problems = getattr(exc, "problems", None) or []
    message = str(getattr(exc, "message", "") or (problems[0].message if problems else ""))
    if code == "corrupt" and "damaged (" in message:  # the place in the file, as the check named it
        text += "（" + message.split("damaged (", 1)[1].rstrip(")") + "）"
    return text
