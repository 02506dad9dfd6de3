"""The importer's warnings and problems in the window's words.

A reader's problem or warning with a code is worded from the codes' table (:mod:`widgets.problem_texts`); the
notes of what a row was read as (``F3: read as count (each=2, cap 6)``, pieced from the guesses of
:mod:`app.exchange.rule_guess`) have no code and are worded piece by piece here. An unknown message is shown as it
is. Places (``table 2 row 5``, ``paragraph 14``) are worded too.
"""

from __future__ import annotations

import re

from app.domain.problems import Problem
from widgets.i18n import Translator, fill
from widgets.problem_texts import reason_words

_tr = Translator("ImportTexts")


def _types() -> dict[str, str]:
    return {"price": _tr("价格"), "count": _tr("计数"), "grades": _tr("等级"), "range": _tr("区间"),
            "items": _tr("分项"), "hours": _tr("时长")}


def _places() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r"table (\d+) row (\d+)$"), _tr("表 %1 第 %2 行")),
            (re.compile(r"table (\d+)$"), _tr("表 %1")),
            (re.compile(r"paragraph (\d+)$"), _tr("第 %1 段"))]


def _pieces() -> list[tuple[str, str]]:
    """The parts of a ``read as …`` note."""
    return [
        (r"(price|count|grades|range|items|hours) \((.+)\)", "rule"),
        (r"(price|count|grades|range|items|hours)", "rule"),
        (r"(\S+) per item, capped at (\S+)", _tr("每项 %1 分，最高 %2 分")),
        (r"(\S+) per item", _tr("每项 %1 分")),
        (r"the same ladder (\S+) given (\d+) times: (\d+) items", _tr("同一档次 %1 出现 %2 次：%3 个分项")),
        (r"graded per item: (\d+) items \((.+)\)", _tr("逐项评分：%1 项（%2）")),
        (r"grades (\S+)", _tr("等级 %1")),
        (r"no 0 grade stated", _tr("未写明 0 分档")),
        (r"the highest grade (\S+) is not the max (\S+)", _tr("最高档 %1 分不等于分值 %2 分")),
        (r"the stated cap (\S+) is not the max (\S+)", _tr("写明的上限 %1 分不等于分值 %2 分")),
        (r"a range 0–(\S+) \(the wording gives bands\)", _tr("区间 0–%1（原文按档给出）")),
        (r"a range 0–(\S+)", _tr("区间 0–%1")),
        (r"step not stated: (\S+)", _tr("未写明步长：按 %1")),
        (r"the wording's top (\S+) is not the max (\S+)", _tr("原文最高 %1 分不等于分值 %2 分")),
        (r"hours under (\S+), (\S+) per hour", _tr("少于 %1 小时，每少 1 小时 %2 分")),
        (r"(\S+) per (\S+) hours read as (\S+) per hour", _tr("每 %2 小时 %1 分，按每小时 %3 分")),
        (r"(\S+) per ▲/★ clause met \(a count, not grades\)", _tr("每满足一项▲/★条款 %1 分（计数，不是等级）")),
        (r"category 价格 \(the price formula\)", _tr("类别 价格（价格公式）")),
        (r"category (.+) from the heading", _tr("类别 %1（取自标题）")),
        (r"no category found; set it in the preview", _tr("未找到类别，请在预览中设置")),
        (r"no points column value; max (\S+) from the wording", _tr("分值列为空，分值 %1 取自评分标准原文")),
        (r"no max found; set it in the preview", _tr("未找到分值，请在预览中设置")),
        (r"the name says (\S+) points, the points column (\S+)", _tr("名称写 %1 分，分值列写 %2 分")),
        (r"objective \(scored alike by every member\)", _tr("客观分（各评委须评分一致）")),
        (r"price formula \(评标基准价\)", _tr("价格公式（评标基准价）")),
    ]


def _messages() -> list[tuple[re.Pattern[str], str]]:
    """The reader's notes that have no code (what a row was read as, pieced from the guesses)."""
    return [(re.compile(r"(.+): read as (.+)$"), _tr("%1：读作 %2"))]


def _details(text: str) -> str:
    out = []
    for piece in re.split(r"; (?![a-z]+=)(?!set it in)", text):
        for pattern, words in _pieces():
            found = re.fullmatch(pattern, piece)
            if found:
                if words == "rule":
                    kind = _types()[found.group(1)]
                    out.append(f"{kind}（{found.group(2)}）" if found.lastindex == 2 else kind)
                else:
                    out.append(fill(words, *found.groups()))
                break
        else:
            out.append(piece)
    return _tr("；").join(out)


def import_words(message: str) -> str:
    """An importer note without a code in the window's language (a known one; else as the reader wrote it)."""
    for pattern, words in _messages():
        found = pattern.match(message)
        if found:
            groups = list(found.groups())
            if words == _tr("%1：读作 %2"):
                groups[1] = _details(groups[1])
            return fill(words, *groups)
    return message


def place_words(path: str) -> str:
    """A place in the file in the window's language (``table 2 row 5`` → 表 2 第 5 行)."""
    for pattern, words in _places():
        found = pattern.match(path)
        if found:
            return fill(words, *found.groups())
    return path


def describe(problem: Problem) -> str:
    """One importer message as a line: place, then reason."""
    place = place_words(problem.path)
    message = reason_words(problem) if problem.code else import_words(problem.message)
    return _tr("%1：%2", place, message) if place else message
