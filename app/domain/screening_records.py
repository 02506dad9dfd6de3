"""The committee's conclusions on the 清标 findings (87号令 第三十七条), kept in the project.

Stored under the exchange file's ``x`` as ``biddesk.screening`` (:data:`KEY`)::

    {"screened": {"at", "by", "tender_subtracted": bool, "prices": {...},
                  "findings": [{"id", "kind", "article", "strength", "bidders": [...], "evidence": [text, …]}]},
     "conclusions": {finding_id: {"kind": "no_collusion"|"invalid", "reason", "bidders": [...], "at", "by"}}}

A finding's id is ``kind:B1,B3`` (the spec makes one finding per kind per group of bidders, so the id is
stable when the same documents are screened again). The evidence is kept summarised (one line per piece:
bidder, file, place, text cut to :data:`MAX_TEXT` characters) so the pack prints it without the documents.
A conclusion ``invalid`` declares some of the finding's bidders invalid through the session's ``invalid``
decision, whose reason starts with :data:`REASON_PREFIX` (so withdrawing it removes only what it made).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.model import Evaluation
from app.domain.problems import Problem

KEY = "biddesk.screening"
CONCLUSIONS = ("no_collusion", "invalid")
MAX_TEXT = 80
MAX_EVIDENCE = 6
REASON_PREFIX = "串通投标（87号令第三十七条"
ITEMS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六"}
KIND_NAMES = {
    "same_author": "作者/最后修改者相同", "same_company_property": "文档单位属性相同或为他人名称",
    "shared_revision_ids": "文档修订标识（rsid）相同", "same_pdf_id": "PDF 文档标识相同",
    "same_image": "嵌入图片相同", "same_contact": "联系人/电话/邮箱相同", "text_overlap": "文本异常一致",
    "identical_price": "报价相同", "regular_prices": "报价呈规律性差异", "created_together": "文件创建/保存时间相近",
}
STRENGTH_NAMES = {"strong": "强", "moderate": "中", "weak": "弱"}


@dataclass(frozen=True)
class Finding:
    """One finding as screened (its evidence summarised)."""

    id: str
    kind: str
    article: str
    strength: str
    bidders: tuple[str, ...]
    evidence: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "article": self.article, "strength": self.strength,
                "bidders": list(self.bidders), "evidence": list(self.evidence)}


@dataclass(frozen=True)
class Conclusion:
    """The committee's conclusion on one finding."""

    kind: str
    reason: str
    bidders: tuple[str, ...] = ()
    at: str = ""
    by: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "reason": self.reason, "bidders": list(self.bidders), "at": self.at, "by": self.by}


@dataclass(frozen=True)
class Screening:
    """The stored screen and the conclusions on its findings."""

    findings: tuple[Finding, ...] = ()
    conclusions: dict[str, Conclusion] = field(default_factory=dict)
    at: str = ""
    by: str = ""
    tender_subtracted: bool = False
    prices: dict[str, Any] = field(default_factory=dict)

    @property
    def screened(self) -> bool:
        return bool(self.at)

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)

    def to_json(self) -> dict[str, Any]:
        if not self.screened and not self.conclusions:
            return {}
        return {"screened": {"at": self.at, "by": self.by, "tender_subtracted": self.tender_subtracted,
                             "prices": dict(self.prices), "findings": [f.to_json() for f in self.findings]},
                "conclusions": {k: c.to_json() for k, c in sorted(self.conclusions.items())}}


def finding_id(kind: str, bidders: list[str] | tuple[str, ...]) -> str:
    return f"{kind}:{','.join(bidders)}"


def _cut(text: str) -> str:
    one = " ".join(str(text).split())
    return one if len(one) <= MAX_TEXT else one[: MAX_TEXT - 1] + "…"


def summarise(doc: dict[str, Any], *, at: str, by: str) -> Screening:
    """The record of a ``bideval-screen/1`` document (no conclusions yet)."""
    found: list[Finding] = []
    for f in doc.get("findings", []):
        bidders = tuple(str(b) for b in f.get("bidders", []))
        evidence = f.get("evidence", [])
        lines = [f"{e.get('bidder', '')} {e.get('file', '')} {e.get('where', '')}：{_cut(e.get('text', ''))}"
                 for e in evidence[:MAX_EVIDENCE]]
        if len(evidence) > MAX_EVIDENCE:
            lines.append(f"（另有 {len(evidence) - MAX_EVIDENCE} 处）")
        found.append(Finding(finding_id(str(f.get("kind", "")), bidders), str(f.get("kind", "")),
                             str(f.get("article", "")), str(f.get("strength", "")), bidders, tuple(lines)))
    return Screening(tuple(found), {}, at, by, bool(doc.get("tender_subtracted")), dict(doc.get("prices") or {}))


def from_json(value: object) -> Screening:
    """The record as the exchange file keeps it (an empty one for anything unreadable)."""
    if not isinstance(value, dict):
        return Screening()
    s = value.get("screened") if isinstance(value.get("screened"), dict) else {}
    assert isinstance(s, dict)
    found = tuple(Finding(str(f.get("id", "")), str(f.get("kind", "")), str(f.get("article", "")),
                          str(f.get("strength", "")), tuple(str(b) for b in f.get("bidders", [])),
                          tuple(str(t) for t in f.get("evidence", [])))
                  for f in s.get("findings", []) if isinstance(f, dict))
    raw = value.get("conclusions") if isinstance(value.get("conclusions"), dict) else {}
    assert isinstance(raw, dict)
    conclusions = {str(k): Conclusion(str(c.get("kind", "")), str(c.get("reason", "")),
                                      tuple(str(b) for b in c.get("bidders", [])), str(c.get("at", "")),
                                      str(c.get("by", "")))
                   for k, c in raw.items() if isinstance(c, dict)}
    prices = s.get("prices") if isinstance(s.get("prices"), dict) else {}
    return Screening(found, conclusions, str(s.get("at", "")), str(s.get("by", "")),
                     bool(s.get("tender_subtracted")), dict(prices or {}))


def screening(ev: Evaluation) -> Screening:
    return from_json(ev.extensions.get(KEY))


def item_words(article: str) -> str:
    """``37(4)`` → ``第三十七条第（四）项``."""
    item = article.partition("(")[2].rstrip(")")
    return f"第三十七条第（{ITEMS.get(item, item)}）项" if item else "第三十七条"


def decision_reason(finding: Finding, reason: str) -> str:
    """The reason of the ``invalid`` decision a conclusion makes."""
    item = finding.article.partition("(")[2].rstrip(")")
    return f"{REASON_PREFIX}第（{ITEMS.get(item, item)}）项）：{reason.strip()}"


def label(ev: Evaluation, bidder: str) -> str:
    b = next((x for x in ev.bidders if x.id == bidder), None)
    return bidder if b is None else f"{bidder}（{b.name}）"


def finding_place(finding_id_: str) -> str:
    kind, _, who = finding_id_.partition(":")
    return f"清标发现 {KIND_NAMES.get(kind, kind)}（{who.replace(',', '、')}）"


def conclusion_problems(record: Screening, fid: str, c: Conclusion) -> list[Problem]:
    """What is wrong with concluding ``c`` on the finding ``fid``: the place in words."""
    finding = record.finding(fid)
    place = finding_place(fid)
    if finding is None:
        known = "、".join(f.id for f in record.findings[:6]) or "尚未清标"
        return [Problem.of(place, "screening_records.no_such_finding", "没有这一清标发现（已有：%1）", known)]
    problems: list[Problem] = []
    if c.kind not in CONCLUSIONS:
        problems.append(Problem.of(f"{place}的结论", "screening_records.not_a_conclusion",
                                   "%1 不是 no_collusion 或 invalid", c.kind))
    if not c.reason.strip():
        what = "认定投标无效" if c.kind == "invalid" else "认定不构成串通"
        problems.append(Problem.of(f"{place}的结论理由", "screening_records.needs_reason", "%1须写明理由", what))
    if c.kind == "invalid":
        if not c.bidders:
            problems.append(Problem.of(f"{place}的无效投标", "screening_records.name_invalid_bidders",
                                       "须写明认定无效的投标人"))
        stray = [b for b in c.bidders if b not in finding.bidders]
        if stray:
            problems.append(Problem.of(f"{place}的无效投标", "screening_records.bidder_not_in_finding",
                                       "%1 不在这一发现所涉投标人（%2）之中",
                                       '、'.join(stray), '、'.join(finding.bidders)))
    return problems


def replace_problems(record: Screening, new: Screening) -> list[Problem]:
    """A new screen may not drop a finding the committee has concluded on."""
    kept = {f.id for f in new.findings}
    return [Problem.of(finding_place(fid), "screening_records.concluded_finding_gone",
                       "委员会已对这一发现作出结论，新的清标结果中没有它；先撤销结论再重新清标")
            for fid in sorted(record.conclusions) if fid not in kept]


def invalid_by_screening(record: Screening) -> dict[str, list[str]]:
    """Each bidder declared invalid through a conclusion → the finding ids."""
    out: dict[str, list[str]] = {}
    for fid, c in sorted(record.conclusions.items()):
        if c.kind == "invalid":
            for b in c.bidders:
                out.setdefault(b, []).append(fid)
    return out
