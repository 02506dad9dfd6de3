"""One item counts once across factors: "a person counted for 项目经理 is not counted again for 技术人员".

A tender often scores the same kind of evidence in several count factors (people, certificates,
contracts) and says each counts once. The matrix states it as groups of count factors (kept under the
project's ``x``, ``biddesk.count_once``: ``[["F1", "F2"], …]``); the items a count rests on are the evidence
lines recorded for it (one line per person, certificate, contract); an item already recorded for one factor
of a group cannot be recorded for another factor of the same group, for the same bid on the same sheet.
Items are compared as written, spaces ignored.
"""

from __future__ import annotations

from app.domain.model import CountRule, Evaluation
from app.domain.problems import Problem
from app.domain.session_records import evidence

COUNT_ONCE = "biddesk.count_once"


def once_groups(ev: Evaluation) -> list[tuple[str, ...]]:
    """The groups of factors across which an item counts once, as stated (unknown ids left out)."""
    found = ev.extensions.get(COUNT_ONCE)
    known = {f.id for f in ev.factors}
    if not isinstance(found, list):
        return []
    return [tuple(str(f) for f in group if str(f) in known) for group in found if isinstance(group, list)]


def group_problems(ev: Evaluation, groups: list[list[str]]) -> list[Problem]:
    """Why these groups cannot be the matrix's rule: each of at least two count factors, a factor in one group."""
    factors = {f.id: f for f in ev.factors}
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, group in enumerate(groups):
        if len(set(group)) < 2:
            problems.append(Problem.of(f"count_once[{i}]", "counting.group_names_least_two",
                                       "a group names at least two count factors"))
        for fid in group:
            f = factors.get(fid)
            if f is None:
                problems.append(Problem.of(f"count_once[{i}]", "counting.unknown_factor", "unknown factor %1", fid))
            elif not isinstance(f.rule, CountRule):
                problems.append(Problem.of(f"count_once[{i}]", "counting.not_count_factor",
                                           "%1 is not a count factor", fid))
            elif fid in seen:
                problems.append(Problem.of(f"count_once[{i}]", "counting.two_groups", "%1 is in two groups", fid))
            seen.add(fid)
    return problems


def _norm(item: str) -> str:
    return "".join(item.split())


def counted_elsewhere(ev: Evaluation, member: str | None, bidder: str, factor: str,
                      lines: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """The items of ``lines`` already counted for another factor of ``factor``'s group: (item, factor, group)."""
    hits: list[tuple[str, str, tuple[str, ...]]] = []
    for group in once_groups(ev):
        if factor not in group:
            continue
        for other in group:
            if other == factor:
                continue
            taken = {_norm(x) for x in evidence(ev, member, bidder, other)}
            hits += [(line, other, group) for line in lines if _norm(line) in taken]
    return hits
