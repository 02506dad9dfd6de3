"""Each table of the report pack as a printable :class:`~app.reports.document.Section`.

Layouts, chosen for legibility on A4:

* 开标记录表, 价格分计算表, 异常低价审查记录, 评分汇总表 and 评委个人评分表 are landscape tables, one
  row per bid. Wide ones are split into column chunks (:func:`~app.reports.document.split_grid`)
  that repeat 编号/投标人 and the totals, so every printed part can be read on its own.
* 资格审查表 and 符合性审查表 are portrait, one row per review item and one column per bid (the
  customary form), bids in chunks of :data:`BIDS_PER_CHECK_GRID`; the failing reasons follow.
* A 45-item (or any items) factor gets a portrait page of its own under each member's sheet: one row
  per sub-item, one column per bid, the points of the factor in the last row.
* A member sheet split into column parts ends each part with that part's 小计 (the sum of the points
  printed in it); the sheet's 合计 is printed once, in the last part.

``draft``: the evaluation is not finalised; the sections then carry draft fingerprints.

Every section ends with the signature lines of the people who sign it.
"""

from __future__ import annotations

from decimal import Decimal

from app.reports.data import (
    CheckTable,
    ItemBlock,
    LowPriceTable,
    MemberSheet,
    OpeningTable,
    PriceTable,
    ReportData,
    SummaryTable,
    Table,
)
from app.reports.document import (
    Block,
    Grid,
    Heading,
    NewPage,
    Para,
    Section,
    Signatures,
    chunk_columns,
    header_blocks,
    split_grid,
)
from app.reports.fingerprint import fingerprint
from app.reports.price_units import head as price_head
from app.reports.price_units import rate_word
from app.reports.qr import qr_text, qr_totals

#: Factor columns per chunk of a landscape member sheet; member and mean columns of the summary.
FACTORS_PER_GRID = 10
SUMMARY_COLUMNS_PER_GRID = 11
#: Bid columns per chunk of a portrait review table and of a sub-item page.
BIDS_PER_CHECK_GRID = 6
BIDS_PER_ITEM_GRID = 8
#: Items factors with at most this many sub-items stay under the sheet; longer ones get a page of their own.
ITEMS_INLINE = 10
ID, NAME = ("编号", 30.0, "C"), ("投标人", 130.0, "L")
COMMITTEE_SIGN = "评标委员会成员签字"
OPENING_SIGNERS = ("采购代理机构经办人", "采购人代表", "监督人员")


def _section(table_name: str, label: str, table: Table, landscape: bool, blocks: list[Block],
             draft: bool = False) -> Section:
    fp = fingerprint(table, draft)
    qr = qr_text(table.header.number, table_name, fp, qr_totals(table))
    return Section(table_name, label, fp, qr, landscape, tuple(blocks))


def member_signers(members: tuple[tuple[str, str], ...], leader: str | None) -> tuple[str, ...]:
    """Signature labels of the committee: ``组长 王建国`` / ``成员 李秀英``."""
    return tuple(f"{'组长' if mid == leader else '成员'}　{name}" for mid, name in members)


def opening_section(t: OpeningTable, draft: bool = False) -> Section:
    """开标记录表: figures and capitals of every bid, the corrected price, the declared size."""
    mode = t.header.price_mode
    figures = "投标费率（%）" if mode == "rate" else "投标报价（小写，元）"
    head = ("编号", "投标人", figures, rate_word("投标报价") + "（大写）" if mode == "rate" else "投标报价（大写）",
            price_head("修正后报价", mode), "企业规模", "监狱企业", "残疾人福利性单位", "小微企业份额")
    rows = tuple((r.bidder, r.name, r.price, r.price_words, r.corrected, r.size, r.prison, r.disabled,
                  r.partner_share) for r in t.rows)
    grid = Grid((head,), rows, (30, 150, 85, 150, 85, 55, 40, 55, 50), tuple("CLRLRCCCC"))
    blocks = [*header_blocks(t.header, "开标记录表"), grid,
              Para("修正后费率：开标一览表大写费率与小写费率不一致时以大写为准。" if mode == "rate" else
                   "修正后报价：开标一览表大写金额与小写金额不一致时以大写金额为准。", indent=False, small=True),
              Signatures("签字", OPENING_SIGNERS)]
    return _section("opening", "开标记录表", t, True, blocks, draft)


def check_section(t: CheckTable, signers: tuple[str, ...], draft: bool = False) -> Section:
    """资格审查表 / 符合性审查表: items as rows, bids as columns, the conclusion last, then the reasons."""
    blocks: list[Block] = [*header_blocks(t.header, t.title + "表")]
    n = len(t.rows)
    for start in range(0, max(n, 1), BIDS_PER_CHECK_GRID):
        part = t.rows[start:start + BIDS_PER_CHECK_GRID]
        head = ("序号", "审查项目", *(f"{r.bidder}\n{r.name}" for r in part))
        rows = []
        for i, (item_id, item_name) in enumerate(t.items):
            cells = []
            for r in part:
                c = r.cells[i]
                cells.append(c.verdict + (f"（{c.basis}）" if c.basis not in ("", "联合") else ""))
            rows.append((str(i + 1), f"{item_id} {item_name}", *cells))
        rows.append(("", "结论", *(r.conclusion for r in part)))
        caption = f"（第 {start // BIDS_PER_CHECK_GRID + 1} 部分，共 {-(-n // BIDS_PER_CHECK_GRID)} 部分）" \
            if n > BIDS_PER_CHECK_GRID else ""
        blocks.append(Grid((head,), tuple(rows), (26, 130, *(62.0,) * len(part)),
                           ("C", "L", *("C",) * len(part)), caption, total_row=True, small=True))
    notes = [f"{r.bidder} {r.name}：{item_id} {item_name} — {c.note}"
             for r in t.rows for (item_id, item_name), c in zip(t.items, r.cells, strict=True) if c.note]
    blocks.append(Para("说明：“通过（4/5）”为评委表决结果（通过票数/评委人数）；无标注为评标委员会共同结论。",
                       indent=False, small=True))
    if notes:
        blocks.append(Heading("不通过原因及备注", 2))
        blocks += [Para(text, indent=False, small=True) for text in notes]
    blocks.append(Signatures(COMMITTEE_SIGN, signers))
    return _section(t.stage, t.title + "表", t, False, blocks, draft)


def price_section(t: PriceTable, signers: tuple[str, ...], draft: bool = False) -> Section:
    """价格分计算表: quoted, corrected, deduction and its basis, evaluated price, score, status."""
    mode = t.header.price_mode
    head = ("编号", "投标人", price_head("投标报价", mode), price_head("修正后报价", mode), "扣除比例", "扣除依据",
            price_head("评审价格", mode), "价格分", "状态")
    rows = tuple((r.bidder, r.name, r.quoted, r.corrected, r.rate, r.basis, r.evaluated, r.price_score, r.status)
                 for r in t.rows)
    grid = Grid((head,), rows, (30, 140, 80, 80, 40, 120, 80, 45, 110), tuple("CLRRCLRRL"))
    if mode == "rate":
        formula = (f"评标基准费率：{t.base_price}（满足要求的最低评审费率）；价格分 = 评标基准费率 ÷ 评审费率 × "
                   f"{t.weight}，四舍五入保留两位小数。" if t.weight else "本项目不设价格分。")
    else:
        formula = (f"评标基准价：{t.base_price} 元（满足要求的最低评审价格）；价格分 = 评标基准价 ÷ 评审价格 × "
                   f"{t.weight}，四舍五入保留两位小数。" if t.weight else "本项目不设价格分。")
    blocks = [*header_blocks(t.header, "价格分计算表"), grid, Para(formula, indent=False, small=True),
              Signatures(COMMITTEE_SIGN, signers)]
    return _section("price", "价格分计算表", t, True, blocks, draft)


def low_price_section(t: LowPriceTable, signers: tuple[str, ...], draft: bool = False) -> Section:
    """异常低价审查记录: the triggers, the committee's conclusion and its note."""
    head = ("编号", "投标人", price_head("投标报价", t.header.price_mode), "触发情形", "评标委员会结论", "说明")
    rows = tuple((r.bidder, r.name, r.quoted, r.triggers, r.decision, r.note) for r in t.rows)
    grid = Grid((head,), rows, (30, 140, 85, 200, 110, 170), tuple("CLRLLL"))
    blocks = [*header_blocks(t.header, "异常低价审查记录"), grid, Signatures(COMMITTEE_SIGN, signers)]
    return _section("low_price", "异常低价审查记录", t, True, blocks, draft)


def summary_section(t: SummaryTable, signers: tuple[str, ...], draft: bool = False) -> Section:
    """评分汇总表: each member's total, the means, price score, total and rank; the candidates."""
    body = [(name, 50.0, "R") for _, name in t.members] + [(f"{c}（平均）", 55.0, "R") for c in t.mean_columns]
    tail = [("价格分", 45.0, "R"), ("总分", 50.0, "R"), ("排名", 34.0, "C")]
    pending = any(r.status != "有效" for r in t.rows)
    if pending:
        tail.append(("状态", 90.0, "L"))
    rows = [((r.bidder, r.name), (*r.member_totals, *r.means),
             (r.price_score, r.total, str(r.rank), *((r.status,) if pending else ()))) for r in t.rows]
    blocks: list[Block] = [*header_blocks(t.header, "评分汇总表")]
    blocks += split_grid([ID, NAME], body, tail, rows, SUMMARY_COLUMNS_PER_GRID)
    names = {r.bidder: r.name for r in t.rows}
    if t.failed:
        verdict = "评审结论：有效投标不足，本项目废标。"
    else:
        verdict = "推荐中标候选人（依次）：" + "、".join(f"{c} {names.get(c, '')}".strip() for c in t.candidates)
    blocks.append(Para(verdict, indent=False))
    blocks.append(Para("各评委评分为其非价格因素得分合计；总分 = 平均分 + 价格分。", indent=False, small=True))
    blocks.append(Signatures(COMMITTEE_SIGN, signers))
    return _section("summary", "评分汇总表", t, True, blocks, draft)


def _own_page(block: ItemBlock) -> bool:
    return max((len(r.values) for r in block.rows), default=0) > ITEMS_INLINE


def item_blocks(block: ItemBlock, member_name: str) -> list[Block]:
    """A sub-item factor's grades on a member's sheet: sub-items as rows, bids as columns, points last.

    A factor of more than :data:`ITEMS_INLINE` sub-items (the 45 service objects) starts a portrait page of its own.
    """
    own_page = _own_page(block)
    out: list[Block] = [*((NewPage(landscape=False),) if own_page else ()),
                        Heading(f"评委个人评分表（子项明细）— {block.factor} {block.factor_name}", 1),
                        Para(f"评委：{member_name}　　共 {len(block.rows[0].values) if block.rows else 0} 个子项，"
                             f"每项 {block.grades} 分，满分 {block.max} 分", indent=False, small=True, keep=True)]
    n_items = max((len(r.values) for r in block.rows), default=0)
    for start in range(0, max(len(block.rows), 1), BIDS_PER_ITEM_GRID):
        part = block.rows[start:start + BIDS_PER_ITEM_GRID]
        head = ("子项", *(r.bidder for r in part))
        rows = [(str(i + 1), *(r.values[i] if i < len(r.values) else "" for r in part)) for i in range(n_items)]
        rows.append(("得分", *(r.points for r in part)))
        caption = "投标人：" + "；".join(f"{r.bidder} {r.name}" for r in part)
        out.append(Grid((head,), tuple(rows), (40, *(50.0,) * len(part)), ("C", *("R",) * len(part)),
                        caption, total_row=True, small=True))
    out.append(Signatures("评委签字", (f"评委　{member_name}",)))
    return out


def _subtotal(points: tuple[str, ...], places_of: str) -> str:
    """The sum of the points as printed, with as many places as ``places_of`` (the sheet's total)."""
    places = len(places_of.partition(".")[2])
    total = sum((Decimal(x) for x in points if x), Decimal(0))
    return f"{total:.{places}f}"


def sheet_grids(t: MemberSheet) -> list[Grid]:
    """A member's points as grids of at most :data:`FACTORS_PER_GRID` factors; split into parts, each part
    ends with its 小计 and the last with the sheet's 合计 too (a total printed once, beside what it sums)."""
    body = [(f"{fid}\n{name}\n（{fmax}分）", 52.0, "R") for fid, name, fmax in t.factors]
    chunks = chunk_columns(len(body), FACTORS_PER_GRID)
    if len(chunks) == 1:
        rows = [((r.bidder, r.name), r.points, (r.total,)) for r in t.rows]
        return split_grid([ID, NAME], body, [("合计", 45.0, "R")], rows, FACTORS_PER_GRID, small=True)
    grids = []
    for i, chunk in enumerate(chunks, start=1):
        last = i == len(chunks)
        tail = [("本部分\n小计", 45.0, "R"), *((("合计", 45.0, "R"),) if last else ())]
        cols = [ID, NAME, *(body[c] for c in chunk), *tail]
        cells: list[tuple[str, ...]] = []
        for r in t.rows:
            points = tuple(r.points[c] for c in chunk)
            cells.append((r.bidder, r.name, *points, _subtotal(points, r.total), *((r.total,) if last else ())))
        grids.append(Grid(
            head=(tuple(c[0] for c in cols),), rows=tuple(cells), widths=tuple(c[1] for c in cols),
            align=tuple(c[2] for c in cols), caption=f"（第 {i} 部分，共 {len(chunks)} 部分）", small=True,
        ))
    return grids


def sheet_section(t: MemberSheet, draft: bool = False) -> Section:
    """评委个人评分表 of one member: every bid × factor in chunks, the member's signature, then item pages."""
    blocks: list[Block] = [*header_blocks(t.header, "评委个人评分表"),
                           Para(f"评委：{t.member_name}（{t.member}）", indent=False, keep=True)]
    grids = sheet_grids(t)
    blocks += grids
    if len(grids) > 1:
        blocks.append(Para("各部分“本部分小计”为该部分所列因素得分之和；“合计”为全部因素得分之和。", indent=False,
                           small=True))
    if t.counted:
        blocks.append(Para("计数与时长依据（计数因素所计各项、时长因素所报时长）：", indent=False, small=True))
        blocks += [Para(f"{bidder} {name} · {factor}：{text}", indent=False, small=True)
                   for bidder, name, factor, text in t.counted]
    blocks.append(Para("本人独立评分，对评分结果负责。", indent=False, small=True))
    blocks.append(Signatures("评委签字", (f"评委　{t.member_name}",)))
    for block in sorted(t.items, key=_own_page):  # short ones under the sheet, then the pages of their own
        blocks += item_blocks(block, t.member_name)
    return _section(f"sheet:{t.member}", f"评委个人评分表（{t.member_name}）", t, True, blocks, draft)


def table_sections(data: ReportData, leader: str | None) -> list[Section]:
    """The committee's tables in filing order: 开标记录表, 资格审查表, 符合性审查表, 价格分计算表,
    异常低价审查记录 (when any), 评分汇总表 (draft fingerprints while ``data.draft``)."""
    signers = member_signers(data.summary.members, leader)
    d = data.draft
    out = [opening_section(data.opening, d), check_section(data.qualification, signers, d),
           check_section(data.compliance, signers, d), price_section(data.price, signers, d)]
    if data.low_price is not None:
        out.append(low_price_section(data.low_price, signers, d))
    out.append(summary_section(data.summary, signers, d))
    return out


def sheet_sections(data: ReportData) -> list[Section]:
    """Every member's score sheet, in committee order."""
    return [sheet_section(s, data.draft) for s in data.sheets]


def report_section(blocks: list[Block], summary: SummaryTable, draft: bool = False) -> Section:
    """The report's text as one portrait section; its footer carries the summary's fingerprint."""
    return _section("summary", "评标报告（评分汇总表数据）", summary, False, blocks, draft)
