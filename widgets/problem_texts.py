"""A problem in the words of the window: its place (``factors[2].max`` → 评分标准 F3「业绩」 · 分值) and its
reason (the services' most frequent refusals, English as the command line prints them, in the window's words)."""

from __future__ import annotations

import re

from app.domain.model import Evaluation
from app.domain.problems import Problem
from widgets.i18n import Translator, fill

_PART = re.compile(r"^(?P<list>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<rest>.*))?$")


_tr = Translator("ProblemTexts")


def _lists() -> dict[str, str]:
    return {
        "qualification": _tr("资格审查"), "compliance": _tr("符合性审查"), "factors": _tr("评分标准"),
        "bidders": _tr("投标人"), "members": _tr("评标委员会"), "checks": _tr("审查记录"),
        "scores": _tr("评分记录"), "decisions": _tr("委员会决定"), "count_once": _tr("只计一次的因素组"),
    }


def _fields() -> dict[str, str]:
    return {
        "id": _tr("编号"), "name": _tr("名称"), "criterion": _tr("审查标准"), "category": _tr("类别"),
        "max": _tr("分值"), "rule": _tr("评分方式"), "type": _tr("类型"), "values": _tr("允许分值"),
        "each": _tr("每项分值"), "step": _tr("步长"), "n": _tr("分项数"), "baseline": _tr("基准时长"),
        "price": _tr("报价（小写）"), "price_words": _tr("报价（大写）"), "size": _tr("企业规模"),
        "partner_share": _tr("合作份额"), "small_amount": _tr("小微企业金额"), "role": _tr("角色"),
        "budget": _tr("预算金额"), "ceiling": _tr("最高限价"), "opening": _tr("开标日期"), "method": _tr("采购方式"),
        "small_deduction": _tr("小微企业扣除率"), "partner_deduction": _tr("联合体扣除率"),
        "partner_min_share": _tr("联合体最低份额"), "tie_break": _tr("同分排序"), "candidates": _tr("候选人数"),
        "min_valid_bids": _tr("最少有效投标"), "decimals": _tr("小数位"), "low_price": _tr("异常低价比例"),
        "value": _tr("分值"), "item": _tr("审查项"), "member": _tr("评委"), "bidder": _tr("投标人"),
        "factor": _tr("评分因素"),
    }


def _options() -> dict[str, str]:
    return {"--value": _tr("评分值"), "--member": _tr("评委"), "--bidder": _tr("投标人"), "--factor": _tr("评分因素"),
            "--reason": _tr("理由"), "--art64": _tr("第六十四条类别"), "--item": _tr("审查项"),
            "--stage": _tr("审查阶段"), "--note": _tr("说明"), "--pin": _tr("PIN"), "--lines": _tr("计数依据")}


def describe_path(path: str, ev: Evaluation) -> str:
    """The place a path names, for a person: the list, the entry's id and name, the field."""
    if not path:
        return ""
    if path.startswith("--"):  # a service's option name (the command line's): the thing it names
        return _options().get(path, path.lstrip("-"))
    if path in _lists():  # a whole list (the scores as a whole, say)
        return _lists()[path]
    if path.startswith(("project.", "rules.")):
        head, _, rest = path.partition(".")
        section = _tr("项目信息") if head == "project" else _tr("评审规则")
        field = rest.split(".")[0].split("[")[0]
        return f"{section} · {_fields().get(field, field)}"
    match = _PART.match(path)
    if not match:
        return path
    name, index, rest = match["list"], int(match["index"]), match["rest"] or ""
    entries = getattr(ev, name, ()) if name in _lists() else ()
    label = _lists().get(name, name)
    if isinstance(entries, tuple) and index < len(entries):
        entry = entries[index]
        ident = getattr(entry, "id", None)
        title = getattr(entry, "name", None)
        label += f" {ident}" if ident else f" #{index + 1}"
        if title:
            label += f"「{title}」"
    else:
        label += f" #{index + 1}"
    fields = [f.split("[")[0] for f in rest.split(".") if f]
    if fields:
        label += " · " + " · ".join(_fields().get(f, f) for f in fields)
    return label


def _messages() -> list[tuple[re.Pattern[str], str]]:
    """The services' most frequent refusals (English, as the command line prints them) in the window's words."""
    table = [
        (r"the evaluation is finalised: reopen it as a re-evaluation.*",
         _tr("评审已定稿：修改前须先记录重新评审（写明理由及第六十四条类别）")),
        (r"the bidder must be given at least 30 minutes to answer \(asked (.+), deadline (.+)\)",
         _tr("说明截止时间须在要求说明后至少 30 分钟（要求 %1，截止 %2）")),
        (r"'(.*)' is not a time \(YYYY-MM-DD HH:MM\)", _tr("“%1”不是时间（格式 YYYY-MM-DD HH:MM）")),
        (r"member (\S+) rejects the justification without a reason", _tr("成员 %1 不认可其说明，但未写明理由")),
        (r"the bidder's explanation is summarised before the members give opinions",
         _tr("成员发表意见前，须先记录投标人说明的摘要")),
        (r"member (\S+) has submitted their scores: a change needs a reason",
         _tr("评委 %1 已提交评分：修改须写明理由")),
        (r"member (\S+) has submitted their scores: a change needs an Art\.64 category.*",
         _tr("评委 %1 已提交评分：修改须注明第六十四条类别")),
        (r"a member has submitted their scores: a change needs a reason", _tr("已有评委提交评分：修改须写明理由")),
        (r"a member has submitted their scores: a change needs an Art\.64 category.*",
         _tr("已有评委提交评分：修改须注明第六十四条类别")),
        (r"member (\S+) has not scored bidder (\S+) on factor (\S+)", _tr("评委 %1 尚未对投标人 %2 的 %3 评分")),
        (r"\.\.\. (\d+) more scores missing", _tr("……另有 %1 项评分未完成")),
        (r"contains a control character \(U\+([0-9A-F]{4})\) at position (\d+)",
         _tr("第 %2 个字符是控制字符（U+%1），不能使用")),
        (r"contains a lone surrogate \(U\+([0-9A-F]{4})\) at position (\d+)",
         _tr("第 %2 个字符无法编码（U+%1），不能使用")),
        (r"is (\d+) characters long; at most (\d+)", _tr("共 %1 个字符，最多 %2 个")),
        (r"the file was changed in transit: line endings.*",
         _tr("文件在传送途中被改动：换行符被改变（如邮件程序或文本编辑器所为）。请评委以附件形式、不经打开地重新发送回执文件")),
        (r"a PIN is 4 to 12 digits", _tr("PIN 须为 4 至 12 位数字")),
        (r"a failed item needs a reason", _tr("判定不通过须填写理由")),
        (r"(.+) is already counted on (\S+): an item counts once across (.+)",
         _tr("“%1”已在 %2 中计数：在 %3 中同一证据只计一次")),
        (r"a group names at least two count factors", _tr("每组至少列出两个计数因素")),
        (r"(\S+) is not a count factor", _tr("%1 不是计数类评分因素")),
        (r"(\S+) is in two groups", _tr("%1 出现在两个组中")),
        (r"missing score of member (\S+) for bidder (\S+) on factor (\S+)",
         _tr("缺少评委 %1 对投标人 %2 的 %3 评分")),
        (r"\.\.\. (\d+) more scores missing for bidder (\S+)", _tr("……投标人 %2 另缺 %1 项评分")),
        (r"bidder (\S+) is not scored on factor (\S+) yet", _tr("投标人 %1 的 %2 尚未评分")),
        (r"only a score far from the others' mean may be kept; this finding must be corrected",
         _tr("只有偏离其他成员平均分的评分可以保留；此项须更正")),
        (r"a resolution needs the committee's reason", _tr("须写明评标委员会的理由")),
        (r"a re-evaluation needs a reason", _tr("重新评审须写明理由")),
        (r"the votes are equal: vote again", _tr("票数相同，请重新表决")),
        (r"every member votes: missing (.+)", _tr("每位成员都须投票，尚未投票：%1")),
        (r"(.+) is not a whole count of (\S+) \(0, 1, 2, …\)", _tr("%1 不是 %2 的计数（0、1、2……）")),
        (r"(.+) is outside the range of (\S+) \(0 to (.+)\)", _tr("%1 超出 %2 的分值范围（0 至 %3）")),
        (r"(.+) is not a multiple of the step (.+) of (\S+)", _tr("%1 不是 %3 的步长 %2 的整数倍")),
        (r"(.+) is not an allowed grade of (\S+) \((.+)\)", _tr("%1 不是 %2 允许的分值（%3）")),
        (r"the max (\S+) is not a multiple of the step (\S+)", _tr("分值 %1 不是步长 %2 的整数倍")),
        (r"the value (\S+) is above the factor's max (\S+)", _tr("分值 %1 高于该因素的满分 %2")),
    ]
    return [(re.compile(pattern + "$"), words) for pattern, words in table]


def message_words(message: str) -> str:
    """A service's message in the window's language when it is one of the known ones; else as it is."""
    for pattern, words in _messages():
        found = pattern.match(message)
        if found:
            return fill(words, *found.groups())
    return message


def describe_problem(problem: Problem, ev: Evaluation) -> str:
    """A problem as one line: the place in words, then the reason."""
    place = describe_path(problem.path, ev)
    message = message_words(problem.message)
    return f"{place}：{message}" if place else message
