#!/usr/bin/env python3
"""Write the bundled sample exchange files (format ``bideval/1``).

    python tools/make_samples.py

Writes, deterministically (no randomness: every score comes from the tables below),

    resources/samples/pingdingshan-001.json          seed 001, 公开招标, member_total averaging
    resources/samples/luoyang-002.json               seed 002, 公开招标, per_factor averaging, lines mode
    resources/samples/jiaozuo-000-single-source.json seed 000, 单一来源, no scoring

Project data, checklists and scoring matrices follow the real tender documents
(shared/seeds/00x_*.txt, summarised in shared/spec/seed-notes-*.md). Bidders and committee
members are FICTIONAL. Re-running produces identical bytes. Standard library only.

Before writing, the generator checks its own data: every score value is allowed by its rule,
objective factors are identical for every member, no member's subjective score is an
``outlier`` (more than 30% of the factor's max away from the other members' mean), and
``price_words`` spells ``price`` in RMB capitals (except where a mismatch is intended).
The expected results are computed independently in tests/app/test_samples_expected.py.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "samples"

LOW_PRICE_DEFAULT = {"average": "0.50", "second_lowest": "0.50", "ceiling": "0.45"}
SAMPLE_NOTE = "BidDesk 示例评标数据：项目信息、审查表与评分办法取自真实招标文件，投标人与评委均为虚构"


# ---------------------------------------------------------------------------------------------
# RMB capitals (人民币大写)
# ---------------------------------------------------------------------------------------------
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_BIG_UNITS = ["", "万", "亿"]


def _four(n: int) -> str:
    """0 < n < 10000 in capitals, with inner zeros as 零 (leading/trailing zeros omitted)."""
    digits = f"{n:04d}"
    out = []
    zero = False
    started = False
    for i, ch in enumerate(digits):
        d = int(ch)
        unit = _SMALL_UNITS[3 - i]
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_DIGITS[d] + unit)
        started = True
    return "".join(out)


def rmb_words(amount: str) -> str:
    """Banking-style capitals: 2545000.00 → 贰佰伍拾肆万伍仟元整, 8767867.39 → …元叁角玖分."""
    value = Decimal(amount).quantize(Decimal("0.01"))
    if value <= 0:
        raise ValueError(amount)
    fen_total = int(value * 100)
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    text = ""
    if yuan:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        parts: list[str] = []
        need_zero = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                need_zero = True
                continue
            if parts and (need_zero or g < 1000):
                parts.append("零")
            parts.append(_four(g) + _BIG_UNITS[idx])
            need_zero = False
        text = "".join(parts) + "元"
    if jiao == 0 and fen == 0:
        return text + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    else:
        text += "整"
    return text


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
def factor(fid: str, name: str, category: str, max_: str, rule: dict[str, Any], *,
           objective: bool = False, blind: bool = False, group: str | None = None) -> dict[str, Any]:
    f: dict[str, Any] = {"id": fid, "name": name, "category": category, "max": max_}
    if objective:
        f["objective"] = True
    if blind:
        f["blind"] = True
    if group is not None:
        f["group"] = group
    f["rule"] = rule
    return f


def count(each: str) -> dict[str, Any]:
    return {"type": "count", "each": each}


def grades(*values: str) -> dict[str, Any]:
    return {"type": "grades", "values": list(values)}


def items(n: int, *values: str) -> dict[str, Any]:
    return {"type": "items", "n": n, "values": list(values)}


def bidder(bid: str, name: str, price: str, *, words: str | None = None, size: str | None,
           partner_share: str | None = None, small_amount: str | None = None) -> dict[str, Any]:
    return {
        "id": bid,
        "name": name,
        "price": price,
        "price_words": words if words is not None else rmb_words(price),
        "size": size,
        "prison": False,
        "disabled": False,
        "partner_share": partner_share,
        "small_amount": small_amount,
    }


def check(stage: str, bid: str, item: str, member: str | None, ok: bool = True,
          note: str = "") -> dict[str, Any]:
    return {"stage": stage, "bidder": bid, "item": item, "member": member, "pass": ok, "note": note}


def score(member: str | None, bid: str, fid: str, value: Any) -> dict[str, Any]:
    return {"member": member, "bidder": bid, "factor": fid, "value": value}


def _points(f: dict[str, Any], value: Any) -> Decimal:
    rule = f["rule"]
    mx = Decimal(f["max"])
    kind = rule["type"]
    if kind == "count":
        return min(Decimal(int(value)) * Decimal(rule["each"]), mx)
    if kind == "grades":
        assert value in rule["values"], (f["id"], value)
        return Decimal(value)
    if kind == "range":
        v = Decimal(value)
        assert 0 <= v <= mx and v % Decimal(rule.get("step", "0.01")) == 0, (f["id"], value)
        return v
    if kind == "items":
        assert isinstance(value, list) and len(value) == rule["n"], (f["id"], value)
        assert all(v in rule["values"] for v in value), (f["id"], value)
        return min(sum((Decimal(v) for v in value), Decimal(0)), mx)
    raise AssertionError(kind)


def self_check(doc: dict[str, Any], corrections: tuple[str, ...]) -> None:
    """Allowed values, objective identity, no outliers, capitals, factor total 100."""
    factors = {f["id"]: f for f in doc["factors"]}
    members = [m["id"] for m in doc["members"]]
    if doc["factors"]:
        assert sum(Decimal(f["max"]) for f in doc["factors"]) == 100
    table: dict[tuple[str, str], dict[str | None, Decimal]] = {}
    for s in doc["scores"]:
        pts = _points(factors[s["factor"]], s["value"])
        table.setdefault((s["bidder"], s["factor"]), {})[s["member"]] = pts
    for (bid, fid), per in table.items():
        f = factors[fid]
        if None in per:
            assert f.get("objective"), (bid, fid)
            assert len(per) == 1, (bid, fid)
            continue
        assert sorted(per) == sorted(members), (bid, fid)
        vals = [per[m] for m in members]
        if f.get("objective"):
            assert len(set(vals)) == 1, (bid, fid, vals)
            continue
        limit = Decimal(f["max"]) * Decimal("0.3")
        for i, v in enumerate(vals):
            others = vals[:i] + vals[i + 1:]
            mean = sum(others, Decimal(0)) / len(others)
            assert abs(v - mean) <= limit, ("outlier", bid, fid, members[i], vals)
    for b in doc["bidders"]:
        matches = b["price_words"] == rmb_words(b["price"])
        assert matches != (b["id"] in corrections), ("price_words", b["id"])


def write(doc: dict[str, Any], filename: str, corrections: tuple[str, ...] = ()) -> Path:
    self_check(doc, corrections)
    path = OUT_DIR / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    path.write_bytes(text.encode("utf-8"))
    return path


# ---------------------------------------------------------------------------------------------
# 001 — 平顶山市“互联网+政务服务”平台运维项目 (公开招标)
# ---------------------------------------------------------------------------------------------
def pingdingshan() -> dict[str, Any]:
    project = {
        "name": "平顶山市行政审批和政务信息管理局平顶山市“互联网+政务服务”平台运维项目",
        "number": "平采招标-2025-136",
        "purchaser": "平顶山市行政审批和政务信息管理局",
        "agency": "中煜工程项目管理有限公司",
        "method": "open_tender",
        "budget": "2545000.00",
        "ceiling": "2545000.00",
        "price_mode": "amount",
        "industry": "软件和信息技术服务业",
        "opening": "2025-11-25",
    }
    rules = {
        "small_deduction": "0.20",
        "partner_deduction": "0.06",
        "partner_min_share": "0.30",
        "deduction_mode": "whole",
        "averaging": "member_total",
        "decimals": 2,
        "candidates": 3,
        "min_valid_bids": 3,
        "low_price": dict(LOW_PRICE_DEFAULT),
        "tie_break": ["quoted_price"],
    }
    qualification = [
        {"id": "Q1", "name": "政府采购法第二十二条",
         "criterion": "满足《中华人民共和国政府采购法》第二十二条规定（以供应商信用承诺函承诺）"},
        {"id": "Q2", "name": "落实政府采购政策",
         "criterion": "本项目非专门面向中小企业采购；中小企业划型标准依据工信部联企业[2011]300号文件规定"},
        {"id": "Q3", "name": "独立承担民事责任的能力",
         "criterion": "提供有效营业执照的扫描件或复印件，也可提供电子营业执照"},
        {"id": "Q4", "name": "商业信誉和财务会计制度",
         "criterion": "具有良好的商业信誉和健全的财务会计制度（提供承诺函，格式自拟）"},
        {"id": "Q5", "name": "设备和专业技术能力",
         "criterion": "具有履行合同所必需的设备和专业技术能力（提供承诺函，格式自拟）"},
        {"id": "Q6", "name": "依法缴纳税收和社会保障资金",
         "criterion": "具有依法缴纳税收和社会保障资金的良好记录（提供承诺函，格式自拟）"},
        {"id": "Q7", "name": "无重大违法记录",
         "criterion": "参加政府采购活动前三年内，在经营活动中没有重大违法记录（提供承诺函，格式自拟）"},
        {"id": "Q8", "name": "信用查询",
         "criterion": "提供“中国执行信息公开网”“失信被执行人”、“信用中国”“重大税收违法失信主体”、"
                      "“中国政府采购网”“政府采购严重违法失信行为记录名单”查询结果页面截图，"
                      "不得有不良记录（财库【2016】125号）"},
        {"id": "Q9", "name": "资料真实有效",
         "criterion": "保证投标期间提供的所有资料真实有效（提供承诺函，格式自拟）"},
        {"id": "Q10", "name": "单位负责人及控股管理关系",
         "criterion": "单位负责人为同一人或存在直接控股、管理关系的不同供应商，不得同时参加本次采购活动"
                      "（提供声明函，格式自拟）"},
        {"id": "Q11", "name": "非联合体投标", "criterion": "本项目不接受联合体投标"},
        {"id": "Q12", "name": "供应商信用承诺函",
         "criterion": "按第六章格式提供供应商信用承诺函；未提供视为未实质性响应招标文件要求，按无效投标处理"},
    ]
    compliance = [
        {"id": "C1", "name": "投标内容（招标范围）", "criterion": "符合第二章“投标人须知前附表”规定"},
        {"id": "C2", "name": "服务期限", "criterion": "符合第二章“投标人须知前附表”规定"},
        {"id": "C3", "name": "服务地点", "criterion": "符合第二章“投标人须知前附表”规定"},
        {"id": "C4", "name": "服务质量", "criterion": "符合第二章“投标人须知前附表”规定"},
        {"id": "C5", "name": "投标有效期", "criterion": "符合第二章“投标人须知前附表”规定"},
        {"id": "C6", "name": "投标总价", "criterion": "不高于最高限价"},
        {"id": "C7", "name": "其他条件", "criterion": "投标文件未含有采购人不能接受的附加条件的"},
    ]
    factors = [
        factor("P", "投标报价", "价格", "10", {"type": "price"}),
        factor("F1", "投标人业绩情况", "综合", "5", count("2.5"), objective=True),
        factor("F2", "认证体系", "综合", "10", count("2"), objective=True),
        factor("F3", "资质证书", "综合", "10", items(2, "5", "3", "2", "0"), objective=True),
        factor("F4", "项目经理证书", "技术", "6", count("3"), objective=True, group="人员配备"),
        factor("F5", "运维团队经验", "技术", "4", count("2"), objective=True, group="人员配备"),
        factor("F6", "自有知识产权能力", "技术", "15", count("1"), objective=True),
        factor("F7", "安全与应急处置能力", "技术", "5", count("1"), objective=True),
        factor("F8", "技术服务承诺", "技术", "4", grades("4", "3", "2", "0")),
        factor("F9", "需求理解", "技术", "4", grades("4", "3", "2", "0")),
        factor("F10", "总体规划方案", "技术", "3", grades("3", "2", "1", "0")),
        factor("F11", "系统软件运行维护方案", "技术", "6", grades("6", "4", "3", "2", "0")),
        factor("F12", "安全服务及培训方案", "技术", "4", grades("4", "2", "1", "0")),
        factor("F13", "质量保障措施", "技术", "3", grades("3", "2", "1", "0")),
        factor("F14", "故障处理", "技术", "5", grades("5", "3", "2", "0")),
        factor("F15", "信息安全及保密措施", "技术", "3", grades("3", "2", "1", "0")),
        factor("F16", "应急预案", "技术", "3", grades("3", "2", "1", "0")),
    ]
    bidders = [
        # (1) small enterprise: 20% deduction
        bidder("B1", "平顶山某诚软件科技有限公司", "2000000.00", size="small"),
        # (2) medium enterprise subcontracting 35% to small enterprises: 6% deduction
        bidder("B2", "河南某远信息技术有限公司", "2200000.00", size="medium", partner_share="0.35"),
        # (3) over the ceiling: invalid (fails compliance C6)
        bidder("B3", "郑州某达数据服务有限公司", "2600000.00", size="medium"),
        # (4) capitals disagree with figures: words 1955000.00 prevail; large, no deduction
        bidder("B4", "许昌某联网络科技有限公司", "1950000.00", words="壹佰玖拾伍万伍仟元整", size="large"),
        # (5) large enterprise
        bidder("B5", "河南某安数字科技股份有限公司", "2380500.00", size="large"),
        # (6) large enterprise exactly at the ceiling: valid
        bidder("B6", "洛阳某通信息系统集成有限公司", "2545000.00", size="large"),
    ]
    members = [
        {"id": "M1", "name": "王建国", "role": "purchaser"},
        {"id": "M2", "name": "李秀英", "role": "expert"},
        {"id": "M3", "name": "张卫东", "role": "expert"},
        {"id": "M4", "name": "刘志强", "role": "expert"},
        {"id": "M5", "name": "陈丽华", "role": "expert"},
    ]
    member_ids = [m["id"] for m in members]

    checks: list[dict[str, Any]] = []
    for b in bidders:
        for q in qualification:
            checks.append(check("qualification", b["id"], q["id"], None))
    for b in bidders:
        for c in compliance:
            for m in member_ids:
                if b["id"] == "B3" and c["id"] == "C6":
                    checks.append(check("compliance", b["id"], c["id"], m, False,
                                        "投标总价2600000.00元高于最高限价2545000.00元"))
                else:
                    checks.append(check("compliance", b["id"], c["id"], m))

    # Objective factors (identical for every member). F1 and F3 are recorded as the committee's
    # joint determination (member null); the others as five identical member entries.
    objective: dict[str, dict[str, Any]] = {
        #      业绩份数 认证数 [CCID, CCIA] 项目经理证书 团队人数 著作权 安全资质
        "B1": {"F1": "2", "F2": "3", "F3": ["3", "2"], "F4": "1", "F5": "2", "F6": "9", "F7": "3"},
        "B2": {"F1": "3", "F2": "5", "F3": ["5", "3"], "F4": "2", "F5": "3", "F6": "17", "F7": "5"},
        "B4": {"F1": "1", "F2": "4", "F3": ["3", "3"], "F4": "1", "F5": "1", "F6": "12", "F7": "4"},
        "B5": {"F1": "2", "F2": "5", "F3": ["5", "5"], "F4": "2", "F5": "2", "F6": "15", "F7": "5"},
        "B6": {"F1": "0", "F2": "3", "F3": ["2", "0"], "F4": "0", "F5": "1", "F6": "8", "F7": "1"},
    }
    joint = {"F1", "F3"}
    # Subjective grades per member M1..M5.
    subjective: dict[str, dict[str, list[str]]] = {
        "B1": {
            "F8": ["4", "4", "3", "4", "3"], "F9": ["3", "4", "3", "3", "4"],
            "F10": ["3", "2", "3", "2", "3"], "F11": ["4", "6", "4", "6", "4"],
            "F12": ["2", "2", "1", "2", "2"], "F13": ["2", "2", "3", "2", "3"],
            "F14": ["3", "3", "3", "5", "5"], "F15": ["2", "2", "2", "2", "2"],
            "F16": ["2", "3", "2", "3", "2"],
        },
        "B2": {
            "F8": ["3", "3", "3", "4", "3"], "F9": ["3", "3", "2", "3", "3"],
            "F10": ["2", "2", "2", "2", "2"], "F11": ["4", "4", "3", "4", "4"],
            "F12": ["2", "1", "2", "2", "1"], "F13": ["2", "2", "2", "2", "2"],
            "F14": ["3", "3", "2", "3", "3"], "F15": ["2", "2", "3", "2", "3"],
            "F16": ["2", "2", "2", "2", "2"],
        },
        "B4": {
            "F8": ["3", "2", "3", "3", "2"], "F9": ["2", "3", "3", "2", "3"],
            "F10": ["2", "2", "1", "1", "2"], "F11": ["3", "4", "3", "3", "3"],
            "F12": ["1", "2", "1", "1", "2"], "F13": ["2", "1", "2", "1", "2"],
            "F14": ["3", "2", "3", "3", "2"], "F15": ["2", "2", "2", "2", "2"],
            "F16": ["2", "1", "2", "1", "2"],
        },
        "B5": {
            "F8": ["4", "4", "4", "3", "4"], "F9": ["4", "4", "3", "4", "4"],
            "F10": ["3", "3", "2", "3", "2"], "F11": ["6", "4", "6", "4", "4"],
            "F12": ["4", "4", "4", "4", "4"], "F13": ["3", "3", "2", "3", "2"],
            "F14": ["5", "5", "3", "5", "3"], "F15": ["3", "2", "3", "3", "2"],
            "F16": ["3", "3", "3", "3", "3"],
        },
        "B6": {
            "F8": ["2", "3", "2", "2", "3"], "F9": ["2", "2", "2", "3", "2"],
            "F10": ["1", "2", "1", "2", "1"], "F11": ["2", "3", "3", "2", "3"],
            "F12": ["1", "1", "0", "1", "1"], "F13": ["1", "1", "2", "2", "1"],
            "F14": ["2", "2", "3", "2", "2"], "F15": ["1", "2", "1", "1", "2"],
            "F16": ["1", "1", "1", "1", "1"],
        },
    }
    scores: list[dict[str, Any]] = []
    for bid in ("B1", "B2", "B4", "B5", "B6"):
        for f in factors:
            fid = f["id"]
            if fid == "P":
                continue
            if fid in joint:
                scores.append(score(None, bid, fid, objective[bid][fid]))
            elif fid in objective[bid]:
                for m in member_ids:
                    scores.append(score(m, bid, fid, objective[bid][fid]))
            else:
                for m, v in zip(member_ids, subjective[bid][fid], strict=True):
                    scores.append(score(m, bid, fid, v))

    return {
        "format": "bideval/1",
        "project": project,
        "rules": rules,
        "qualification": qualification,
        "compliance": compliance,
        "factors": factors,
        "bidders": bidders,
        "members": members,
        "checks": checks,
        "scores": scores,
        "decisions": [],
        "x": {
            "sample": SAMPLE_NOTE,
            "source": "shared/seeds/001_477584c94940b444.txt",
            "交易编号": "【平公资采20251062号】",
            "包号": "【平公资采20251062号】-1",
        },
    }


# ---------------------------------------------------------------------------------------------
# 002 — 洛阳市2025年第一批市本级政务信息化运维项目 (公开招标, 暗标, per-line deduction)
# ---------------------------------------------------------------------------------------------
GRADES_45 = ("0.8", "0.6", "0.4", "0.2", "0")


def plan_items(counts: tuple[int, int, int, int, int], shift: int) -> list[str]:
    """45 entries for 运维方案: counts of 0.8/0.6/0.4/0.2/0, rotated so members differ per item."""
    assert sum(counts) == 45
    seq: list[str] = []
    for grade, n in zip(GRADES_45, counts, strict=True):
        seq.extend([grade] * n)
    shift %= 45
    return seq[shift:] + seq[:shift]


def luoyang() -> dict[str, Any]:
    project = {
        "name": "洛阳市行政审批和政务信息管理局2025年第一批市本级政务信息化运维项目",
        "number": "洛采公开-2025-60",
        "purchaser": "洛阳市行政审批和政务信息管理局",
        "agency": "晟合（洛阳）工程管理咨询有限公司",
        "method": "open_tender",
        "budget": "8767867.39",
        "ceiling": "8767867.39",
        "price_mode": "amount",
        "industry": "软件和信息技术服务业",
        "opening": "2025-05-20",
    }
    rules = {
        "small_deduction": "0.20",
        "deduction_mode": "lines",
        "averaging": "per_factor",
        "decimals": 2,
        "candidates": 3,
        "min_valid_bids": 3,
        "low_price": dict(LOW_PRICE_DEFAULT),
        "tie_break": ["quoted_price", "category:技术标"],
    }
    qualification = [
        {"id": "Q1", "name": "营业执照或事业单位法人证书",
         "criterion": "具备有效的营业执照或事业单位法人证书"},
        {"id": "Q2", "name": "洛阳市政府采购供应商信用承诺函", "criterion": "符合投标人须知前附表的规定"},
        {"id": "Q3", "name": "承诺书或国家企业信用信息公示系统查询截图",
         "criterion": "符合投标人须知前附表的规定"},
    ]
    compliance = [
        {"id": "C1", "name": "投标人名称", "criterion": "与营业执照或事业单位法人证书一致"},
        {"id": "C2", "name": "投标文件签字盖章", "criterion": "符合招标文件要求"},
        {"id": "C3", "name": "报价",
         "criterion": "只能有一个有效报价，且报价未超过预算控制价，并按规定填报报价一览表"},
        {"id": "C4", "name": "投标有效期", "criterion": "符合投标人须知前附表的规定"},
        {"id": "C5", "name": "不存在禁止投标", "criterion": "不存在“投标人须知”第1.4.3项规定的任何一种情形"},
        {"id": "C6", "name": "实质性要求和条件", "criterion": "符合投标人须知前附表的规定"},
    ]
    factors = [
        factor("P", "投标报价", "经济标", "15", {"type": "price"}),
        factor("F1", "项目组成员", "技术标", "6", count("3"), objective=True),
        factor("F2", "运维方案", "综合标", "36", items(45, *GRADES_45), blind=True),
        factor("F3", "运维流程", "综合标", "7", grades("7", "5", "3", "1", "0"), blind=True),
        factor("F4", "安全运维保障", "综合标", "7", items(7, "1", "0.5", "0"), blind=True),
        factor("F5", "运维巡检计划服务", "综合标", "4", grades("4", "3", "2", "1", "0"), blind=True),
        factor("F6", "应急处置", "综合标", "4", grades("4", "3", "2", "1", "0"), blind=True),
        factor("F7", "运维评价机制", "综合标", "4", grades("4", "3", "2", "1", "0"), blind=True),
        factor("F8", "团队主要人员岗位职责及分工", "综合标", "4", grades("4", "3", "2", "1", "0"),
               blind=True),
        factor("F9", "承诺服务过程中能够积极配合招标人工作", "综合标", "2",
               {"type": "range", "step": "0.01"}, blind=True),
        factor("F10", "承诺包括执业质量、职业道德、遵守国家和河南省有关行业管理规定", "综合标", "2",
               {"type": "range", "step": "0.01"}, blind=True),
        factor("F11", "企业业绩", "业绩信誉", "9", count("3"), objective=True),
    ]
    bidders = [
        # small enterprise: all lines undertaken by itself → small_amount = whole price
        bidder("L1", "洛阳某信软件技术有限公司", "7600000.00", size="small", small_amount="7600000.00"),
        # large enterprise subcontracting some lines to small enterprises
        bidder("L2", "河南某科智能信息技术股份有限公司", "8000000.00", size="large",
               small_amount="3000000.00"),
        # exactly at the ceiling (equal is allowed)
        bidder("L3", "郑州某泰信息工程有限公司", "8767867.39", size="large"),
        # medium enterprise, no small-enterprise lines (stated as 0.00)
        bidder("L4", "洛阳某华数字技术有限公司", "8350000.00", size="medium", small_amount="0.00"),
        # large enterprise with a price in 角/分
        bidder("L5", "河南某德网络科技有限公司", "8123456.78", size="large"),
    ]
    members = [
        {"id": "M1", "name": "赵明亮", "role": "purchaser"},
        {"id": "M2", "name": "孙玉梅", "role": "expert"},
        {"id": "M3", "name": "周海涛", "role": "expert"},
        {"id": "M4", "name": "吴晓燕", "role": "expert"},
        {"id": "M5", "name": "郑国平", "role": "expert"},
    ]
    member_ids = [m["id"] for m in members]

    checks: list[dict[str, Any]] = []
    for b in bidders:
        for q in qualification:
            checks.append(check("qualification", b["id"], q["id"], None))
    for b in bidders:
        for c in compliance:
            for m in member_ids:
                checks.append(check("compliance", b["id"], c["id"], m))

    # 项目组成员 (F1): count of members with 中级+ titles, member entries.
    # 企业业绩 (F11): count of contracts, joint entry (member null).
    f1_count = {"L1": "2", "L2": "3", "L3": "1", "L4": "2", "L5": "0"}
    f11_count = {"L1": "2", "L2": "4", "L3": "3", "L4": "1", "L5": "2"}
    # 运维方案 (F2): per member counts of (0.8, 0.6, 0.4, 0.2, 0) over the 45 items.
    f2_counts: dict[str, list[tuple[int, int, int, int, int]]] = {
        "L1": [(20, 15, 8, 2, 0), (22, 14, 7, 2, 0), (18, 17, 8, 2, 0),
               (21, 15, 6, 3, 0), (19, 16, 8, 2, 0)],
        "L2": [(25, 14, 5, 1, 0), (27, 12, 5, 1, 0), (24, 15, 5, 1, 0),
               (26, 13, 4, 2, 0), (25, 15, 4, 1, 0)],
        "L3": [(15, 18, 9, 3, 0), (14, 19, 9, 3, 0), (16, 16, 10, 3, 0),
               (13, 20, 9, 2, 1), (15, 17, 10, 3, 0)],
        "L4": [(18, 17, 8, 2, 0), (17, 18, 8, 2, 0), (19, 16, 7, 3, 0),
               (18, 16, 9, 2, 0), (16, 19, 8, 2, 0)],
        "L5": [(10, 20, 11, 4, 0), (12, 18, 11, 3, 1), (11, 19, 12, 3, 0),
               (9, 21, 11, 4, 0), (11, 20, 10, 4, 0)],
    }
    f2_shift = {"L1": 0, "L2": 7, "L3": 14, "L4": 21, "L5": 28}
    # 安全运维保障 (F4): 7 sub-items ①网络安全管理 … ⑦设备管理, per member.
    f4: dict[str, list[list[str]]] = {
        "L1": [["1", "1", "0.5", "1", "0.5", "1", "0.5"], ["1", "1", "1", "1", "0.5", "0.5", "0.5"],
               ["1", "0.5", "0.5", "1", "0.5", "1", "0.5"], ["1", "1", "0.5", "1", "1", "1", "0.5"],
               ["1", "1", "0.5", "0.5", "0.5", "1", "0.5"]],
        "L2": [["1", "1", "1", "1", "1", "1", "0.5"], ["1", "1", "1", "1", "0.5", "1", "1"],
               ["1", "1", "1", "0.5", "1", "1", "0.5"], ["1", "1", "1", "1", "1", "1", "1"],
               ["1", "1", "0.5", "1", "1", "1", "0.5"]],
        "L3": [["1", "0.5", "0.5", "0.5", "0.5", "1", "0.5"], ["0.5", "0.5", "0.5", "1", "0.5", "0.5", "0.5"],
               ["1", "0.5", "0.5", "0.5", "0", "1", "0.5"], ["1", "1", "0.5", "0.5", "0.5", "0.5", "0.5"],
               ["0.5", "0.5", "1", "0.5", "0.5", "0.5", "0.5"]],
        "L4": [["1", "1", "0.5", "0.5", "1", "0.5", "0.5"], ["1", "0.5", "1", "0.5", "0.5", "1", "0.5"],
               ["1", "1", "0.5", "1", "0.5", "0.5", "0.5"], ["1", "1", "1", "0.5", "0.5", "0.5", "1"],
               ["0.5", "1", "0.5", "0.5", "1", "0.5", "0.5"]],
        "L5": [["0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0"], ["1", "0.5", "0.5", "0.5", "0", "0.5", "0.5"],
               ["0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5"],
               ["0.5", "0.5", "0", "0.5", "0.5", "0.5", "0"],
               ["0.5", "1", "0.5", "0.5", "0.5", "0.5", "0"]],
    }
    # Grades and ranges per member M1..M5.
    others: dict[str, dict[str, list[str]]] = {
        "L1": {"F3": ["5", "5", "5", "7", "5"], "F5": ["3", "3", "4", "3", "3"],
               "F6": ["3", "4", "3", "3", "4"], "F7": ["3", "3", "3", "3", "2"],
               "F8": ["3", "3", "4", "3", "3"],
               "F9": ["1.60", "1.50", "1.70", "1.60", "1.55"],
               "F10": ["1.50", "1.60", "1.50", "1.45", "1.60"]},
        "L2": {"F3": ["7", "5", "7", "7", "5"], "F5": ["4", "4", "3", "4", "4"],
               "F6": ["4", "4", "4", "3", "4"], "F7": ["3", "4", "3", "4", "3"],
               "F8": ["4", "3", "4", "4", "3"],
               "F9": ["1.80", "1.90", "1.85", "1.80", "1.70"],
               "F10": ["1.80", "1.75", "1.90", "1.85", "1.80"]},
        "L3": {"F3": ["3", "5", "3", "3", "5"], "F5": ["2", "3", "2", "2", "3"],
               "F6": ["3", "2", "2", "3", "3"], "F7": ["2", "2", "3", "2", "2"],
               "F8": ["2", "3", "2", "3", "2"],
               "F9": ["1.33", "1.50", "1.50", "1.50", "1.50"],
               "F10": ["1.40", "1.35", "1.50", "1.33", "1.45"]},
        "L4": {"F3": ["5", "5", "3", "5", "5"], "F5": ["3", "3", "3", "2", "3"],
               "F6": ["3", "3", "4", "3", "3"], "F7": ["3", "2", "3", "3", "3"],
               "F8": ["3", "3", "3", "3", "4"],
               "F9": ["1.50", "1.60", "1.55", "1.45", "1.50"],
               "F10": ["1.55", "1.50", "1.60", "1.50", "1.66"]},
        "L5": {"F3": ["3", "3", "3", "5", "3"], "F5": ["2", "2", "3", "2", "2"],
               "F6": ["2", "2", "2", "2", "3"], "F7": ["2", "2", "2", "1", "2"],
               "F8": ["2", "2", "3", "2", "2"],
               "F9": ["1.20", "1.30", "1.25", "1.40", "1.30"],
               "F10": ["1.30", "1.20", "1.25", "1.35", "1.28"]},
    }
    scores: list[dict[str, Any]] = []
    for b in bidders:
        bid = b["id"]
        for f in factors:
            fid = f["id"]
            if fid == "P":
                continue
            if fid == "F11":
                scores.append(score(None, bid, fid, f11_count[bid]))
                continue
            for i, m in enumerate(member_ids):
                if fid == "F1":
                    v: Any = f1_count[bid]
                elif fid == "F2":
                    v = plan_items(f2_counts[bid][i], f2_shift[bid] + 9 * i)
                elif fid == "F4":
                    v = f4[bid][i]
                else:
                    v = others[bid][fid][i]
                scores.append(score(m, bid, fid, v))

    return {
        "format": "bideval/1",
        "project": project,
        "rules": rules,
        "qualification": qualification,
        "compliance": compliance,
        "factors": factors,
        "bidders": bidders,
        "members": members,
        "checks": checks,
        "scores": scores,
        "decisions": [],
        "x": {
            "sample": SAMPLE_NOTE,
            "source": "shared/seeds/002_7cb1d181085a8790.txt",
            "包号": "洛直政采招标(2025)0060号-1",
            "blind_section": "综合标（暗标）",
        },
    }


# ---------------------------------------------------------------------------------------------
# 000 — 焦作市大数据平台2026年及2027年上半年运维服务项目 (单一来源)
# ---------------------------------------------------------------------------------------------
def jiaozuo() -> dict[str, Any]:
    project = {
        "name": "焦作市大数据平台2026年及2027年上半年运维服务项目",
        "number": "焦公资采购F2026-001号",
        "purchaser": "焦作市行政审批和政务信息管理局",
        "agency": "河南金杰招标代理有限公司",
        "method": "single_source",
        "budget": "1200000.00",
        "ceiling": None,
        "price_mode": "amount",
        "industry": None,
        "opening": "2026-01-05",
    }
    rules = {"candidates": 1, "min_valid_bids": 1, "low_price": None}
    qualification = [
        {"id": "Q1", "name": "满足《中华人民共和国政府采购法》第二十二条规定",
         "criterion": "提供焦作市政府采购投标人资格信用承诺函"},
        {"id": "Q2", "name": "信用查询", "criterion": "符合供应商须知前附表的规定"},
        {"id": "Q3", "name": "非联合体参与", "criterion": "符合供应商须知前附表的规定"},
    ]
    compliance = [
        {"id": "C1", "name": "签字盖章", "criterion": "按采购文件要求签字、盖章"},
        {"id": "C2", "name": "报价唯一", "criterion": "供应商提供的报价有效且报价唯一"},
        {"id": "C3", "name": "响应报价", "criterion": "响应报价未超过采购预算价"},
        {"id": "C4", "name": "协商有效期", "criterion": "协商有效期符合单一来源采购文件要求"},
        {"id": "C5", "name": "运维期限", "criterion": "响应单一来源采购文件要求"},
        {"id": "C6", "name": "运维地点", "criterion": "响应单一来源采购文件要求"},
        {"id": "C7", "name": "质量要求", "criterion": "响应单一来源采购文件要求"},
        {"id": "C8", "name": "付款方式", "criterion": "响应单一来源采购文件要求"},
        {"id": "C9", "name": "加“*”项要求", "criterion": "响应单一来源采购文件中加“*”项要求"},
        {"id": "C10", "name": "其他", "criterion": "响应文件未附有采购人不能接受的条件"},
    ]
    bidders = [
        bidder("S1", "焦作某联大数据运营有限公司", "1140000.00", words="壹佰壹拾肆万元整", size=None),
    ]
    members = [
        {"id": "M1", "name": "马红梅", "role": "purchaser"},
        {"id": "M2", "name": "黄志刚", "role": "expert"},
        {"id": "M3", "name": "林淑芬", "role": "expert"},
    ]
    checks = [check("qualification", "S1", q["id"], None) for q in qualification]
    checks += [check("compliance", "S1", c["id"], None) for c in compliance]
    return {
        "format": "bideval/1",
        "project": project,
        "rules": rules,
        "qualification": qualification,
        "compliance": compliance,
        "factors": [],
        "bidders": bidders,
        "members": members,
        "checks": checks,
        "scores": [],
        "decisions": [],
        "x": {
            "sample": ("BidDesk 示例数据（单一来源）：项目信息与审查表取自真实采购文件，"
                       "供应商与协商小组成员均为虚构"),
            "source": "shared/seeds/000_79670c357a08fe94.txt",
            "采购编号": "焦财单一采购-2026-1号",
            "biddesk.negotiation": jiaozuo_negotiation(),
        },
    }


def _negotiation_round(number: int, at: str, terms: list[tuple[str, str, str]], remarks: str,
                       final: bool) -> dict[str, Any]:
    return {"round": number, "bidder": "S1", "at": at, "price": "1140000.00", "words": "壹佰壹拾肆万元整",
            "speaker_role": "authorised", "speaker": "赵立新",
            "terms": [{"requirement": r, "original": o, "agreed": a} for r, o, a in terms],
            "remarks": remarks, "final": final}


def jiaozuo_negotiation() -> dict[str, Any]:
    """A complete single-source negotiation (seed 000 §§21–26; the 成交价 of the worked numbers 000-6)."""
    return {
        "rounds": [
            _negotiation_round(1, "2026-01-05 10:20", [
                ("付款方式（合同草案第五条）", "合同签订后支付40%，服务满一年后支付60%",
                 "分三期支付，每期380,000.00元，分别于服务满6个月、11个月、18个月后支付"),
                ("运维人员配置（采购需求第三章2.1）", "驻场运维人员不少于4人",
                 "驻场运维人员不少于5人，其中数据库工程师1人"),
            ], "协商小组要求供应商增加驻场人员配置并说明报价构成；供应商确认响应报价不变。", False),
            _negotiation_round(2, "2026-01-05 11:05", [
                ("故障响应时间（采购需求第三章4.2）", "接到报修后2小时内响应", "接到报修后30分钟内响应，2小时内到场"),
            ], "供应商进行最终报价；协商小组认为报价合理，质量有保证。", True),
        ],
        "outcome": {"kind": "agreed", "at": "2026-01-05 11:30", "bidder": "S1", "price": "1140000.00",
                    "words": "壹佰壹拾肆万元整", "reason": "", "dissent": {}},
    }


def main() -> int:
    assert rmb_words("2545000.00") == "贰佰伍拾肆万伍仟元整"
    assert rmb_words("8767867.39") == "捌佰柒拾陆万柒仟捌佰陆拾柒元叁角玖分"
    assert rmb_words("1140000.00") == "壹佰壹拾肆万元整"
    assert rmb_words("2380500.00") == "贰佰叁拾捌万零伍佰元整"
    samples = (
        (pingdingshan(), "pingdingshan-001.json", ("B4",)),  # B4's capitals (1955000.00) prevail
        (luoyang(), "luoyang-002.json", ()),
        (jiaozuo(), "jiaozuo-000-single-source.json", ()),
    )
    for doc, name, corrections in samples:
        path = write(doc, name, corrections)
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
