"""What the 评审报告 says of a negotiation: the method, the negotiation in brief and the 成交结果.

Single source is not scored (seed 000 §26.1: "协商小组……与供应商确定合理的成交价"): its report has no
scoring standards, no score table and no candidates; part 3 states the method, part 4 (四) summarises the
negotiation (the rounds, the changed terms, the final quote; the whole record is the attached
协商情况记录) and part 5 is the 成交结果 — the agreed price in figures and capitals against the budget, or
未能达成一致, or 本次协商无效 with the reason, or, while the panel has not decided, a line saying so (the
report is then a draft anyway). The competitive methods (谈判 / 磋商) keep the scored parts of a tender's
report on the final quotes, with a line naming the record the quotes come from.

The rest of the report is put into the method's words by :func:`app.reports.negotiation_doc.reword`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain import negotiation as ng
from app.domain.model import Evaluation
from app.domain.numerals import format_rmb
from app.reports.document import Block, Grid, Para
from app.reports.formats import cn_time, money


@dataclass(frozen=True)
class Deal:
    """The negotiation as the report states it (all text)."""

    method: str
    record: str
    talk: str
    summary: tuple[str, ...]
    outcome: str
    outcome_rows: tuple[tuple[str, str], ...]
    decided: bool


def build_deal(ev: Evaluation) -> Deal | None:
    """The report's negotiation facts (None for the methods that do not negotiate)."""
    if not ng.is_negotiated(ev):
        return None
    method = ev.project.method
    record = ng.negotiation(ev)
    talk, name = ng.TALK[method], ng.RECORD[method]
    numbers = sorted({r.number for r in record.rounds})
    terms = sum(len(r.terms) for r in record.rounds)
    summary: list[str] = []
    if numbers:
        summary.append(f"{ng.PANEL[method]}与供应商进行了 {len(numbers)} 轮{talk}，商定变动技术、服务要求或合同条款 "
                       f"{terms} 项，详见附件{name}。")
    else:
        summary.append(f"尚无{talk}记录。")
    for b in ev.bidders:
        final = record.final_quote(b.id)
        if final is not None and final.price is not None:
            summary.append(f"{ng.bidder_label(ev, b.id)} 最后报价：{ng.quote_text(ev, final.price)}"
                           f"（大写：{final.words}）。")
        elif b.id in record.no_final:
            summary.append(f"{ng.bidder_label(ev, b.id)} 未提交最后报价：{record.no_final[b.id]}。")
    rows: list[tuple[str, str]] = []
    outcome = record.outcome
    if method in ng.FINAL_QUOTE_METHODS:
        text, decided = "", True
    elif outcome is None:
        text, decided = f"{ng.PANEL[method]}尚未记录{talk}结果。", False
    elif outcome.kind == "agreed" and outcome.price is not None:
        text, decided = f"经{talk}，{ng.PANEL[method]}与供应商商定合理成交价格，成交结果如下：", True
        rows = [("成交供应商", ng.bidder_label(ev, outcome.bidder)),
                ("成交价格", f"{ng.quote_text(ev, outcome.price)}（大写：{outcome.words}）")]
        rows += [(label, _limit(ev, value)) for label, value in ng.price_limits(ev)]
        rows.append(("商定时间", cn_time(outcome.at)))
    elif outcome.kind == "void":
        text, decided = f"本次协商无效。理由：{outcome.reason}。（{cn_time(outcome.at)}）", True
    else:
        text = f"经{talk}，{ng.PANEL[method]}与供应商未能达成一致。理由：{outcome.reason}。（{cn_time(outcome.at)}）"
        decided = True
    return Deal(method, name, talk, tuple(summary), text, tuple(rows), decided)


def _limit(ev: Evaluation, value: Decimal) -> str:
    if ev.project.price_mode == "rate":
        return ng.quote_text(ev, value)
    return f"{money(value)} 元（大写：{format_rmb(value)}）"


def standards_blocks(deal: Deal, method_name: str) -> list[Block]:
    """Part 3 of a single-source report: the method, no scoring."""
    return [Para(f"本项目采用{method_name}方式，不进行综合评分。{ng.PANEL[deal.method]}在资格审查和符合性审查后，"
                 f"与供应商就采购需求中的技术、服务要求以及合同草案条款进行{deal.talk}，商定合理成交价格；"
                 "成交价格不得超过预算金额。")]


def talks_blocks(deal: Deal) -> list[Block]:
    """Part 4 (四): the negotiation in brief."""
    return [Para(text) for text in deal.summary]


def result_blocks(deal: Deal) -> list[Block]:
    """Part 5: the 成交结果 of a single source (the agreed price, no agreement, or 协商无效)."""
    out: list[Block] = [Para(deal.outcome)]
    if deal.outcome_rows:
        out.append(Grid((("项目", "内容"),), deal.outcome_rows, (120, 330), ("L", "L"), caption="成交结果"))
    return out


def attachments(deal: Deal, paper: tuple[str, ...], low_price: bool) -> tuple[str, ...]:
    """A single source's attachments: the reviews and the record instead of the score sheets."""
    return (*paper, "开标记录表", "资格审查表", "符合性审查表", deal.record,
            *(("异常低价审查记录",) if low_price else ()), f"{ng.PANEL[deal.method]}成员不同意见及理由（如有）")
