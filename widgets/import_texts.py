"""The importer's warnings and problems (English, as app/exchange writes them) in the window's words.

The readers (:mod:`app.exchange.setup_docx`, :mod:`app.exchange.rule_guess`) say what they guessed in
English, as the command line prints it; the import preview shows each through :func:`import_words`,
the same code→wording mechanism as :mod:`widgets.problem_texts` (a pattern per message, the Chinese
wording through the translator, so the English window shows English again). An unknown message is
shown as it is. Places (``table 2 row 5``, ``paragraph 14``) are worded too.
"""

from __future__ import annotations

import re

from app.domain.problems import Problem
from widgets.i18n import Translator, fill
from widgets.problem_texts import message_words

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
    table = [
        (r"(.+): read as (.+)", _tr("%1：读作 %2")),
        (r"(.+): rule not recognised; choose in the preview \(a 0–(\S+) range for now\)",
         _tr("%1：未能识别评分方式，请在预览中选择（暂按 0–%2 区间）")),
        (r"(.+): (\d+) numbered parts with their own caps \((.+)\) read as (\d+) factors of the group (.+); "
         r"name them in the preview",
         _tr("%1：%2 个编号分项各有上限（%3），读作分组“%5”下的 %4 个评分因素；请在预览中命名")),
        (r"(.+): (\d+) clauses with their own caps \((.+)\) read as (\d+) factors of the group (.+)",
         _tr("%1：%2 个条款各有上限（%3），读作分组“%5”下的 %4 个评分因素")),
        (r"a row with a standard but no factor name was skipped", _tr("此行有评分标准但没有评分因素名称，已跳过")),
        (r"read as the rest of the scoring table above \(its header repeated\)",
         _tr("读作上一张评分表的续表（表头重复）")),
        (r"read as the rest of the scoring table above", _tr("读作上一张评分表的续表")),
        (r"cannot be read \((.+)\); skipped", _tr("无法读取（%1），已跳过")),
        (r"(.+): not said whether 资格审查 or 符合性审查; put under 符合性审查",
         _tr("%1：未写明属资格审查还是符合性审查，暂列入符合性审查")),
        (r"资格审查 read from the (\d+) numbered requirements under “(.+)” \(no checklist table\); "
         r"the names are each requirement's first words",
         _tr("资格审查取自“%2”下的 %1 条编号要求（文件中没有审查表）；名称取各条开头的文字")),
        (r"the (.+) factors marked blind \(暗标\)", _tr("%1 类评分因素标为暗标")),
        (r"the (.+) factors add up to (\S+), the table says (\S+)", _tr("%1 类评分因素合计 %2 分，表中写明 %3 分")),
        (r"no scoring table found; only the checklists were read", _tr("未找到评分表，只读出了审查表")),
        (r"no scoring table found .*",
         _tr("未找到评分表（表头含评分因素/评审内容等及分值），也未找到审查表（审查内容、审查标准）")),
        (r"the factors add up to (\S+), not 100", _tr("评分因素合计 %1 分，不是 100 分")),
        (r"not a Word \.docx document \((.+)\)", _tr("不是 Word .docx 文档（%1）")),
        (r"the factor has no category \(价格, 商务, 技术 …\)", _tr("评分因素没有类别（价格、商务、技术……）")),
        (r"the factor has no name", _tr("评分因素没有名称")),
        (r'"(.*)" is not a number', _tr("“%1”不是数字")),
        (r"the max must be above 0, not (\S+)", _tr("分值须大于 0，而不是 %1")),
        (r"the price factor cannot be split", _tr("价格分不能拆分")),
        (r"the price factor cannot be merged", _tr("价格分不能合并")),
        (r"the last factor has no next factor to merge with", _tr("最后一行之后没有可合并的评分因素")),
    ]
    return [(re.compile(pattern + "$"), words) for pattern, words in table]


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
    """An importer message in the window's language (a known one; else as the reader wrote it)."""
    for pattern, words in _messages():
        found = pattern.match(message)
        if found:
            groups = list(found.groups())
            if words == _tr("%1：读作 %2"):
                groups[1] = _details(groups[1])
            return fill(words, *groups)
    return message_words(message)


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
    message = import_words(problem.message)
    return f"{place}：{message}" if place else message
