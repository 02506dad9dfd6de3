"""清标及雷同性分析表: every 清标 finding kept in the project, its evidence summarised, the committee's conclusion.

Built from the record under ``biddesk.screening`` (:mod:`app.domain.screening_records`) alone, so the pack
never re-reads the bid documents. The document is in the pack only when a screen has been recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from app.domain import extras
from app.domain import screening_records as sr
from app.domain.model import Evaluation
from app.reports.data import Table, build_header
from app.reports.document import Block, Document, Grid, Heading, Para, Section, Signatures, header_blocks
from app.reports.fingerprint import fingerprint
from app.reports.qr import qr_text

TITLE = "清标及雷同性分析表"
PRICE_NAMES = (("cv", "变异系数"), ("spd", "最高最低价差率"), ("diffp", "最低与次低价差率"), ("rd", "次低价偏离度"))


@dataclass(frozen=True)
class ScreeningTable:
    """The table's content as strings (what its fingerprint is taken over)."""

    number: str
    rows: tuple[tuple[str, ...], ...]
    invalid: tuple[tuple[str, str], ...]


def conclusion_text(ev: Evaluation, c: sr.Conclusion | None) -> str:
    if c is None:
        return "尚未作出结论"
    if c.kind == "no_collusion":
        return f"不构成串通投标。理由：{c.reason}"
    who = "、".join(sr.label(ev, b) for b in c.bidders)
    return f"认定 {who} 投标无效。理由：{c.reason}"


def build_table(ev: Evaluation) -> ScreeningTable:
    record = sr.screening(ev)
    rows = []
    for i, f in enumerate(record.findings, start=1):
        rows.append((str(i), sr.KIND_NAMES.get(f.kind, f.kind), f"87号令{sr.item_words(f.article)}",
                     sr.STRENGTH_NAMES.get(f.strength, f.strength), "、".join(f.bidders), "\n".join(f.evidence),
                     conclusion_text(ev, record.conclusions.get(f.id))))
    invalid = tuple((b, "；".join(record.conclusions[fid].reason for fid in fids))
                    for b, fids in sorted(sr.invalid_by_screening(record).items()))
    return ScreeningTable(ev.project.number, tuple(rows), invalid)


def screening_section(ev: Evaluation, draft: bool) -> Section:
    record = sr.screening(ev)
    t = build_table(ev)
    blocks: list[Block] = [*header_blocks(build_header(ev), TITLE), Heading("一、清标情况")]
    subtracted = "已扣除招标文件（含格式文件）中的全部内容后比对" if record.tender_subtracted else \
        "未提供招标文件，文本类比对未进行（文档属性类比对照常进行）"
    blocks.append(Para(f"清标时间：{record.at}；清标人：{record.by}；{subtracted}。", indent=False))
    prices = "；".join(f"{name} {record.prices.get(key) or '—'}" for key, name in PRICE_NAMES)
    blocks.append(Para(f"有效报价统计（{record.prices.get('n', '—')} 家）：{prices}。", indent=False, small=True))
    blocks.append(Heading("二、雷同性分析及评标委员会结论"))
    note = "以下发现均为证据，不是结论；是否视为串通投标（87号令第三十七条）由评标委员会认定。"
    blocks.append(Para(note, indent=False, small=True))
    if t.rows:
        blocks.append(Grid((("序号", "情形", "对应条款", "强度", "涉及投标人", "证据摘要", "评标委员会结论"),), t.rows,
                           (24, 66, 92, 28, 52, 200, 126), ("C", "L", "L", "C", "C", "L", "L"), small=True))
    else:
        blocks.append(Para("清标未发现87号令第三十七条所列情形的证据。", indent=False))
    blocks.append(Heading("三、认定无效的投标"))
    blocks += [Para(f"{sr.label(ev, b)}：{why}", indent=False) for b, why in t.invalid] or [
        Para("评标委员会未依据87号令第三十七条认定投标无效。", indent=False)]
    lead = extras.leader(ev)
    signers = tuple(f"{'组长' if m.id == lead else '成员'}　{m.name}" for m in ev.members)
    blocks.append(Signatures("评标委员会成员签字", signers, dissent=True))
    fp = fingerprint(cast(Table, t), draft)
    qr = qr_text(t.number, "screening", fp, [(b, "invalid") for b, _ in t.invalid])
    return Section("screening", TITLE, fp, qr, True, tuple(blocks))


def screening_documents(ev: Evaluation, draft: bool) -> dict[str, Document]:
    """The table by its name, when a screen is recorded."""
    if not sr.screening(ev).screened:
        return {}
    return {TITLE: Document(f"{ev.project.name} {TITLE}", build_header(ev), (screening_section(ev, draft),), draft)}


def document_names(ev: Evaluation) -> tuple[str, ...]:
    return (TITLE,) if sr.screening(ev).screened else ()


def invalid_lines(ev: Evaluation) -> list[str]:
    """For the 评标报告: each bid declared invalid under Art.37, with the evidence summarised and the reason."""
    record = sr.screening(ev)
    out = []
    for bidder, fids in sorted(sr.invalid_by_screening(record).items()):
        parts = []
        for fid in fids:
            f = record.finding(fid)
            if f is None:
                continue
            evidence = "；".join(e for e in f.evidence[:2])
            parts.append(f"87号令{sr.item_words(f.article)}（{sr.KIND_NAMES.get(f.kind, f.kind)}，"
                         f"涉及{'、'.join(f.bidders)}；证据：{evidence}），理由：{record.conclusions[fid].reason}")
        why = "；".join(parts)
        out.append(f"{sr.label(ev, bidder)}：评标委员会认定其投标视为串通投标，投标无效，依据{why}。")
    return out
