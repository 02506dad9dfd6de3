"""A problem's JSON path in the words of the window: ``factors[2].max`` → 评分标准 F3「业绩」 分值."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.domain.model import Evaluation
from app.domain.problems import Problem

_PART = re.compile(r"^(?P<list>[a-z_]+)\[(?P<index>\d+)\](?:\.(?P<rest>.*))?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("paths", text)


def _lists() -> dict[str, str]:
    return {
        "qualification": _tr("资格审查"), "compliance": _tr("符合性审查"), "factors": _tr("评分标准"),
        "bidders": _tr("投标人"), "members": _tr("评标委员会"), "checks": _tr("审查记录"),
        "scores": _tr("评分记录"), "decisions": _tr("委员会决定"),
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


def describe_path(path: str, ev: Evaluation) -> str:
    """The place a path names, for a person: the list, the entry's id and name, the field."""
    if not path:
        return ""
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


def describe_problem(problem: Problem, ev: Evaluation) -> str:
    """A problem as one line: the place in words, then the reason."""
    place = describe_path(problem.path, ev)
    return f"{place}：{problem.message}" if place else problem.message
