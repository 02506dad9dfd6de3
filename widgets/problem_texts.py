"""A problem in the words of the window: its place (``factors[2].max`` → 评分标准 F3「业绩」 · 分值) and its
reason (the services' most frequent refusals, English as the command line prints them, in the window's words)."""

from __future__ import annotations

import re

from app.domain.model import Check, Evaluation, Score
from app.domain.problems import Problem, Refused
from widgets import problem_words, problem_words_files
from widgets.i18n import Translator, fill
from widgets.reason_texts import art64_names, reason_text
from widgets.storage_texts import storage_text

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


def _record_place(entry: Score | Check, rest: str) -> str:
    """A score or a verdict named by who gave it to whom on what: 评委 M1 对投标人 B3 的 F12 评分."""
    who = _tr("评委 %1", entry.member) if entry.member is not None else _tr("评标委员会")
    if isinstance(entry, Score):
        label = _tr("%1 对投标人 %2 的 %3 评分", who, entry.bidder, entry.factor)
    else:
        label = _tr("审查记录") + " · " + _tr("%1 对投标人 %2 的审查项 %3 的判定", who, entry.bidder, entry.item)
    fields = [f.split("[")[0] for f in rest.split(".") if f and f not in ("value", "passed")]
    return label + "".join(" · " + _fields().get(f, f) for f in fields)


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
    if name in ("scores", "checks") and isinstance(entries, tuple) and index < len(entries):
        return _record_place(entries[index], rest)
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


def _arguments() -> dict[str, str]:
    """The words ``app/`` passes as arguments (a checklist's stage, a field) in the window's language."""
    return {"qualification": _tr("资格审查"), "compliance": _tr("符合性审查"), "the committee": _tr("评标委员会"),
            "name": _tr("名称"), "category": _tr("类别"), "group": _tr("分组")}


#: The table last built, under the language it was built in (a probe text's translation says which).
_BUILT: list[tuple[str, dict[str, str]]] = []


def _table() -> dict[str, str]:
    """Every code's wording in the window's language."""
    probe = _tr("评标委员会") + _tr("投标人")
    if not _BUILT or _BUILT[0][0] != probe:
        _BUILT[:] = [(probe, {**problem_words.words(), **problem_words_files.words()})]
    return _BUILT[0][1]


def code_words(code: str, args: tuple[str, ...]) -> str | None:
    """The wording of a problem code with its arguments (None: no wording for the code)."""
    words = _table().get(code)
    if words is None:
        return None
    known = _arguments()
    if code == "scores.bidder_invalid_bid_not" and len(args) == 2:  # the engine's reasons, each in words
        args = (args[0], _tr("；").join(reason_text(r) for r in args[1].split(", ")))
    known.update(art64_names())
    return fill(words, *(_listed(a, known) for a in args))


def _listed(arg: str, known: dict[str, str]) -> str:
    """An argument in words when it is a word of the format or a list of them (``qualification, compliance``, the
    Art.64 categories …); else as it is (ids, numbers, names)."""
    parts = arg.split(", ")
    return _tr("、").join(known[p] for p in parts) if all(p in known for p in parts) else arg


def reason_words(problem: Problem) -> str:
    """What is wrong, in the window's language: the code's wording, else the message as it is."""
    if problem.code:
        words = code_words(problem.code, problem.args)
        if words is not None:
            return words
    return problem.message  # no code: a message from outside app/'s codes, as it is


def refusal_words(exc: BaseException) -> str:
    """A refusal raised by ``app/`` in the window's language: a :class:`Refused` by its code, a project file's, the
    storage's, a package's or the room's failure by its code, a list of problems by theirs."""
    if getattr(exc, "code", None) and not isinstance(exc, Refused):
        text = storage_text(exc)  # type: ignore[arg-type]
        if text != str(exc):
            return text
    if isinstance(exc, Refused):
        words = code_words(exc.code, exc.params)
        if words is not None:
            return words
    problems = getattr(exc, "problems", None)
    if isinstance(problems, list) and problems and all(isinstance(p, Problem) for p in problems):
        return "\n".join(reason_words(p) for p in problems[:8])
    return str(exc)


def describe_problem(problem: Problem, ev: Evaluation) -> str:
    """A problem as one line: the place in words, then the reason."""
    place = describe_path(problem.path, ev)
    message = reason_words(problem)
    return _tr("%1：%2", place, message) if place else message
