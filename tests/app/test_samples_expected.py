"""Expected results of the bundled sample exchange files (resources/samples/*.json).

The expected values below were computed BY HAND from shared/spec/exchange-format.md (the
arithmetic is in the comments) and are checked three ways:

1. ``reference()`` — a small evaluator in this file, independent of ``app/`` (Decimal,
   ROUND_HALF_UP), recomputes every value from the raw scores in the JSON; it must agree with the
   hand values (guards against slips in the hand arithmetic and in the sample data);
2. the engine (``app.exchange.evaluate_file``) must agree with the hand values;
3. the sample files must be exactly what ``tools/make_samples.py`` generates.

Rounding: half-up to ``decimals`` (2) places. Price score = base / evaluated price × max.
"""

from __future__ import annotations

import importlib.util
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

# =============================================================================================
# Hand computation — pingdingshan-001.json (seed 001, 公开招标, averaging member_total)
# =============================================================================================
# Ceiling 2545000.00; price factor P max 10; small 0.20; partner 0.06 at share ≥ 0.30.
#
# 1. Corrected prices (words prevail):
#    B1 2000000.00 = 贰佰万元整              → 2000000.00
#    B2 2200000.00 = 贰佰贰拾万元整          → 2200000.00
#    B3 2600000.00 = 贰佰陆拾万元整          → 2600000.00
#    B4 1950000.00 ≠ 壹佰玖拾伍万伍仟元整    → 1955000.00  (issue price_corrected, B4)
#    B5 2380500.00 = 贰佰叁拾捌万零伍佰元整  → 2380500.00
#    B6 2545000.00 = 贰佰伍拾肆万伍仟元整    → 2545000.00
# 2. Validity: every qualification item passes (joint verdicts). B3 fails C6 for all five
#    members (5 fails of 5 > half) → compliance:C6; also 2600000.00 > 2545000.00 → over_ceiling.
#    B6 = 2545000.00 equals the ceiling: allowed. Valid: B1 B2 B4 B5 B6 (5 ≥ min_valid_bids 3).
# 3. Low price population {B1, B2, B4, B5, B6} (B3 failed a review and is over the ceiling):
#    mean = (2000000 + 2200000 + 1955000 + 2380500 + 2545000) / 5 = 11080500 / 5 = 2216100;
#      0.50 × 2216100 = 1108050 — no price below.
#    sorted 1955000, 2000000, …; 0.50 × 2000000 = 1000000 — 1955000 not below.
#    0.45 × 2545000 = 1145250 — no price below. → no trigger, all final.
# 4. Evaluated prices (whole mode):
#    B1 small                  d 0.20: 2000000 × 0.80 = 1600000.00
#    B2 medium, share 0.35≥0.30 d 0.06: 2200000 × 0.94 = 2068000.00
#    B3 medium, no share       d 0.00: 2600000.00 (shown; bid invalid)
#    B4 large                  d 0.00: 1955000.00
#    B5 large                  d 0.00: 2380500.00
#    B6 large                  d 0.00: 2545000.00
# 5. base = min evaluated of valid bids = 1600000 (B1). Price score = 1600000 / ev × 10:
#    B1 10.00
#    B2 16000000 / 2068000 = 7.73694… → 7.74
#    B4 16000000 / 1955000 = 8.18414… → 8.18
#    B5 16000000 / 2380500 = 6.72127… → 6.72
#    B6 16000000 / 2545000 = 6.28683… → 6.29
# 6. Objective factors (same for every member; F1 and F3 are joint entries):
#    F1 业绩 count×2.5 ≤5, F2 认证 count×2 ≤10, F3 资质 [CCID, CCIA] sum ≤10,
#    F4 项目经理证书 count×3 ≤6, F5 团队经验 count×2 ≤4, F6 著作权 count×1 ≤15, F7 安全 count ≤5
#    B1: F1 2→5   F2 3→6   F3 3+2=5   F4 1→3  F5 2→4      F6 9→9    F7 3→3  = 35
#    B2: F1 3→7.5→5 F2 5→10 F3 5+3=8 F4 2→6  F5 3→6→4    F6 17→15  F7 5→5  = 53
#    B4: F1 1→2.5 F2 4→8   F3 3+3=6   F4 1→3  F5 1→2      F6 12→12  F7 4→4  = 37.5
#    B5: F1 2→5   F2 5→10  F3 5+5=10  F4 2→6  F5 2→4      F6 15→15  F7 5→5  = 55
#    B6: F1 0→0   F2 3→6   F3 2+0=2   F4 0→0  F5 1→2      F6 8→8    F7 1→1  = 19
#    Subjective F8..F16 per member (M1..M5), member subtotals:
#    B1 M1 4+3+3+4+2+2+3+2+2=25  M2 4+4+2+6+2+2+3+2+3=28  M3 3+3+3+4+1+3+3+2+2=24
#       M4 4+3+2+6+2+2+5+2+3=29  M5 3+4+3+4+2+3+5+2+2=28  → 134 / 5 = 26.8
#    B2 M1 3+3+2+4+2+2+3+2+2=23  M2 3+3+2+4+1+2+3+2+2=22  M3 3+2+2+3+2+2+2+3+2=21
#       M4 4+3+2+4+2+2+3+2+2=24  M5 3+3+2+4+1+2+3+3+2=23  → 113 / 5 = 22.6
#    B4 M1 3+2+2+3+1+2+3+2+2=20  M2 2+3+2+4+2+1+2+2+1=19  M3 3+3+1+3+1+2+3+2+2=20
#       M4 3+2+1+3+1+1+3+2+1=17  M5 2+3+2+3+2+2+2+2+2=20  → 96 / 5 = 19.2
#    B5 M1 4+4+3+6+4+3+5+3+3=35  M2 4+4+3+4+4+3+5+2+3=32  M3 4+3+2+6+4+2+3+3+3=30
#       M4 3+4+3+4+4+3+5+3+3=32  M5 4+4+2+4+4+2+3+2+3=28  → 157 / 5 = 31.4
#    B6 M1 2+2+1+2+1+1+2+1+1=13  M2 3+2+2+3+1+1+2+2+1=17  M3 2+2+1+3+0+2+3+1+1=15
#       M4 2+3+2+2+1+2+2+1+1=16  M5 3+2+1+3+1+1+2+2+1=16  → 77 / 5 = 15.4
#    member_total: total = round(mean of member non-price sums) + price score; since the
#    objective part is the same for every member, mean = objective + subjective mean:
#    B1 35 + 26.8 = 61.80 + 10.00 = 71.80
#    B2 53 + 22.6 = 75.60 +  7.74 = 83.34
#    B4 37.5 + 19.2 = 56.70 + 8.18 = 64.88
#    B5 55 + 31.4 = 86.40 +  6.72 = 93.12
#    B6 19 + 15.4 = 34.40 +  6.29 = 40.69
#    Categories: 综合 = F1+F2+F3; 技术 = F4..F7 + subjective mean
#    B1 综合 5+6+5 = 16.00     技术 3+4+9+3 + 26.8 = 45.80
#    B2 综合 5+10+8 = 23.00    技术 6+4+15+5 + 22.6 = 52.60
#    B4 综合 2.5+8+6 = 16.50   技术 3+2+12+4 + 19.2 = 40.20
#    B5 综合 5+10+10 = 25.00   技术 6+4+15+5 + 31.4 = 61.40
#    B6 综合 0+6+2 = 8.00      技术 0+2+8+1 + 15.4 = 26.40
# 7. Ranks: B5 93.12 (1), B2 83.34 (2), B1 71.80 (3), B4 64.88 (4), B6 40.69 (5); no ties.
# 8. Candidates (3): B5, B2, B1. final: only issue is price_corrected → true. failed: false.
PINGDINGSHAN: dict[str, Any] = {
    "final": True,
    "failed": False,
    "candidates": ["B5", "B2", "B1"],
    "issues": [("price_corrected", "B4", None)],
    "bidders": {
        "B1": {"status": "valid", "reasons": [], "price": "2000000.00", "evaluated_price": "1600000.00",
               "deduction": "0.20", "low_price": [], "price_score": "10.00", "total": "71.80", "rank": 3,
               "tied": False, "categories": {"综合": "16.00", "技术": "45.80"}},
        "B2": {"status": "valid", "reasons": [], "price": "2200000.00", "evaluated_price": "2068000.00",
               "deduction": "0.06", "low_price": [], "price_score": "7.74", "total": "83.34", "rank": 2,
               "tied": False, "categories": {"综合": "23.00", "技术": "52.60"}},
        "B3": {"status": "invalid", "reasons": ["compliance:C6", "over_ceiling"], "price": "2600000.00",
               "evaluated_price": "2600000.00", "deduction": "0.00", "low_price": [], "price_score": None,
               "total": None, "rank": None, "tied": None, "categories": None},
        "B4": {"status": "valid", "reasons": [], "price": "1955000.00", "evaluated_price": "1955000.00",
               "deduction": "0.00", "low_price": [], "price_score": "8.18", "total": "64.88", "rank": 4,
               "tied": False, "categories": {"综合": "16.50", "技术": "40.20"}},
        "B5": {"status": "valid", "reasons": [], "price": "2380500.00", "evaluated_price": "2380500.00",
               "deduction": "0.00", "low_price": [], "price_score": "6.72", "total": "93.12", "rank": 1,
               "tied": False, "categories": {"综合": "25.00", "技术": "61.40"}},
        "B6": {"status": "valid", "reasons": [], "price": "2545000.00", "evaluated_price": "2545000.00",
               "deduction": "0.00", "low_price": [], "price_score": "6.29", "total": "40.69", "rank": 5,
               "tied": False, "categories": {"综合": "8.00", "技术": "26.40"}},
    },
}

# =============================================================================================
# Hand computation — luoyang-002.json (seed 002, 公开招标, lines mode, averaging per_factor)
# =============================================================================================
# Ceiling 8767867.39; price factor P max 15; small 0.20 on small_amount.
# 1. Prices: every price_words spells its figures → no correction.
# 2. Validity: all reviews pass; L3 = 8767867.39 equals the ceiling → valid. 5 valid ≥ 3.
# 3. Low price: mean = (7600000 + 8000000 + 8767867.39 + 8350000 + 8123456.78) / 5
#      = 40841324.17 / 5 = 8168264.834; × 0.50 = 4084132.417 — none below.
#    second lowest 8000000 × 0.50 = 4000000 — 7600000 not below.
#    0.45 × 8767867.39 = 3945540.3255 — none below.
# 4. Evaluated = price − small_amount × 0.20 (deduction shown 0.20 when small_amount > 0):
#    L1 small, small_amount 7600000: 7600000 − 1520000 = 6080000.00 (0.20)
#    L2 large, small_amount 3000000: 8000000 −  600000 = 7400000.00 (0.20)
#    L3 small_amount null:           8767867.39 (0.00)
#    L4 small_amount 0.00:           8350000.00 (0.00)
#    L5 small_amount null:           8123456.78 (0.00)
# 5. base = 6080000 (L1). Price score = 6080000 / ev × 15 = 91200000 / ev:
#    L1 15.00
#    L2 91200000 / 7400000    = 12.32432… → 12.32
#    L3 91200000 / 8767867.39 = 10.40162… → 10.40
#    L4 91200000 / 8350000    = 10.92215… → 10.92
#    L5 91200000 / 8123456.78 = 11.22675… → 11.23
# 6. Per-factor means (members M1..M5), each rounded half-up to 2 places, then summed:
#    F1 项目组成员 count×3 ≤6: L1 2→6  L2 3→9→6  L3 1→3  L4 2→6  L5 0→0
#    F11 企业业绩 count×3 ≤9 (joint): L1 2→6  L2 4→12→9  L3 3→9  L4 1→3  L5 2→6
#    F2 运维方案 (45 items; 0.8a+0.6b+0.4c+0.2d per member):
#      L1 28.6 29.2 28.2 28.8 28.4 = 143.2 / 5 = 28.64
#      L2 30.6 31.0 30.4 30.6 30.8 = 153.4 / 5 = 30.68
#      L3 27.0 26.8 27.0 26.4 26.8 = 134.0 / 5 = 26.80
#      L4 28.2 28.0 28.2 28.0 27.8 = 140.2 / 5 = 28.04
#      L5 25.2 25.4 25.6 25.0 25.6 = 126.8 / 5 = 25.36
#    F3 运维流程: L1 5 5 5 7 5 = 27 → 5.40; L2 7 5 7 7 5 = 31 → 6.20; L3 3 5 3 3 5 = 19 → 3.80;
#                L4 5 5 3 5 5 = 23 → 4.60; L5 3 3 3 5 3 = 17 → 3.40
#    F4 安全运维保障 (7 items): L1 5.5 5.5 5.0 6.0 5.0 = 27 → 5.40; L2 6.5 6.5 6.0 7.0 6.0 = 32 → 6.40;
#                L3 4.5 4.0 4.0 4.5 4.0 = 21 → 4.20; L4 5.0 5.0 5.0 5.5 4.5 = 25 → 5.00;
#                L5 3.0 3.5 3.5 2.5 3.5 = 16 → 3.20
#    F5 巡检: L1 3 3 4 3 3 = 16 → 3.20; L2 4 4 3 4 4 = 19 → 3.80; L3 2 3 2 2 3 = 12 → 2.40;
#             L4 3 3 3 2 3 = 14 → 2.80; L5 2 2 3 2 2 = 11 → 2.20
#    F6 应急: L1 3 4 3 3 4 = 17 → 3.40; L2 4 4 4 3 4 = 19 → 3.80; L3 3 2 2 3 3 = 13 → 2.60;
#             L4 3 3 4 3 3 = 16 → 3.20; L5 2 2 2 2 3 = 11 → 2.20
#    F7 评价: L1 3 3 3 3 2 = 14 → 2.80; L2 3 4 3 4 3 = 17 → 3.40; L3 2 2 3 2 2 = 11 → 2.20;
#             L4 3 2 3 3 3 = 14 → 2.80; L5 2 2 2 1 2 = 9 → 1.80
#    F8 岗位: L1 3 3 4 3 3 = 16 → 3.20; L2 4 3 4 4 3 = 18 → 3.60; L3 2 3 2 3 2 = 12 → 2.40;
#             L4 3 3 3 3 4 = 16 → 3.20; L5 2 2 3 2 2 = 11 → 2.20
#    F9 配合 (range): L1 1.60+1.50+1.70+1.60+1.55 = 7.95 → 1.59; L2 1.80+1.90+1.85+1.80+1.70 = 9.05 → 1.81
#             L3 1.33+1.50+1.50+1.50+1.50 = 7.33 → 1.466 → 1.47; L4 7.60 → 1.52;
#             L5 1.20+1.30+1.25+1.40+1.30 = 6.45 → 1.29
#    F10 承诺 (range): L1 7.65 → 1.53; L2 9.10 → 1.82; L3 1.40+1.35+1.50+1.33+1.45 = 7.03 → 1.406 → 1.41;
#             L4 1.55+1.50+1.60+1.50+1.66 = 7.81 → 1.562 → 1.56;
#             L5 1.30+1.20+1.25+1.35+1.28 = 6.38 → 1.276 → 1.28
#    Sums of rounded factor means + price:
#    L1 6 + 28.64 + 5.40 + 5.40 + 3.20 + 3.40 + 2.80 + 3.20 + 1.59 + 1.53 + 6 = 67.16 + 15.00 = 82.16
#    L2 6 + 30.68 + 6.20 + 6.40 + 3.80 + 3.80 + 3.40 + 3.60 + 1.81 + 1.82 + 9 = 76.51 + 12.32 = 88.83
#    L3 3 + 26.80 + 3.80 + 4.20 + 2.40 + 2.60 + 2.20 + 2.40 + 1.47 + 1.41 + 9 = 59.28 + 10.40 = 69.68
#       (summing member totals first would give 1.466 + 1.406 = 2.872 → 59.27: per_factor gives 59.28)
#    L4 6 + 28.04 + 4.60 + 5.00 + 2.80 + 3.20 + 2.80 + 3.20 + 1.52 + 1.56 + 3 = 61.72 + 10.92 = 72.64
#    L5 0 + 25.36 + 3.40 + 3.20 + 2.20 + 2.20 + 1.80 + 2.20 + 1.29 + 1.28 + 6 = 48.93 + 11.23 = 60.16
#    Categories (mean of member subtotals, rounded; engine-decisions 9):
#    技术标 = F1; 业绩信誉 = F11; 综合标 = F2..F10:
#    L1 28.64+5.40+5.40+3.20+3.40+2.80+3.20 = 52.04; + (7.95+7.65)/5 = 3.12 → 55.16
#    L2 30.68+6.20+6.40+3.80+3.80+3.40+3.60 = 57.88; + (9.05+9.10)/5 = 3.63 → 61.51
#    L3 26.80+3.80+4.20+2.40+2.60+2.20+2.40 = 44.40; + (7.33+7.03)/5 = 2.872 → 47.272 → 47.27
#    L4 28.04+4.60+5.00+2.80+3.20+2.80+3.20 = 49.64; + (7.60+7.81)/5 = 3.082 → 52.722 → 52.72
#    L5 25.36+3.40+3.20+2.20+2.20+1.80+2.20 = 40.36; + (6.45+6.38)/5 = 2.566 → 42.926 → 42.93
# 7. Ranks: L2 88.83 (1), L1 82.16 (2), L4 72.64 (3), L3 69.68 (4), L5 60.16 (5); no ties.
# 8. Candidates: L2, L1, L4. No issues → final true; failed false.
LUOYANG: dict[str, Any] = {
    "final": True,
    "failed": False,
    "candidates": ["L2", "L1", "L4"],
    "issues": [],
    "bidders": {
        "L1": {"status": "valid", "reasons": [], "price": "7600000.00", "evaluated_price": "6080000.00",
               "deduction": "0.20", "low_price": [], "price_score": "15.00", "total": "82.16", "rank": 2,
               "tied": False, "categories": {"技术标": "6.00", "综合标": "55.16", "业绩信誉": "6.00"}},
        "L2": {"status": "valid", "reasons": [], "price": "8000000.00", "evaluated_price": "7400000.00",
               "deduction": "0.20", "low_price": [], "price_score": "12.32", "total": "88.83", "rank": 1,
               "tied": False, "categories": {"技术标": "6.00", "综合标": "61.51", "业绩信誉": "9.00"}},
        "L3": {"status": "valid", "reasons": [], "price": "8767867.39", "evaluated_price": "8767867.39",
               "deduction": "0.00", "low_price": [], "price_score": "10.40", "total": "69.68", "rank": 4,
               "tied": False, "categories": {"技术标": "3.00", "综合标": "47.27", "业绩信誉": "9.00"}},
        "L4": {"status": "valid", "reasons": [], "price": "8350000.00", "evaluated_price": "8350000.00",
               "deduction": "0.00", "low_price": [], "price_score": "10.92", "total": "72.64", "rank": 3,
               "tied": False, "categories": {"技术标": "6.00", "综合标": "52.72", "业绩信誉": "3.00"}},
        "L5": {"status": "valid", "reasons": [], "price": "8123456.78", "evaluated_price": "8123456.78",
               "deduction": "0.00", "low_price": [], "price_score": "11.23", "total": "60.16", "rank": 5,
               "tied": False, "categories": {"技术标": "0.00", "综合标": "42.93", "业绩信誉": "6.00"}},
    },
}

# =============================================================================================
# Hand computation — jiaozuo-000-single-source.json (seed 000, 单一来源)
# =============================================================================================
# Budget 1200000.00, ceiling null → the budget is the ceiling. low_price null (all triggers off).
# S1 1140000.00 = 壹佰壹拾肆万元整 → no correction; all 3 + 10 review items pass (joint);
# 1140000.00 ≤ 1200000.00 → valid. size null → d 0 → evaluated 1140000.00, deduction 0.00.
# No factors → no price factor: price_score null; factors {} and categories {}; the non-price
# mean is the mean of empty sums, 0 → total 0.00 (nothing is added for the absent price factor).
# Rank 1; candidates (1): S1. 1 valid ≥ min_valid_bids 1 → failed false. No issues (no factors
# → no total_not_100) → final true.
JIAOZUO: dict[str, Any] = {
    "final": True,
    "failed": False,
    "candidates": ["S1"],
    "issues": [],
    "bidders": {
        "S1": {"status": "valid", "reasons": [], "price": "1140000.00", "evaluated_price": "1140000.00",
               "deduction": "0.00", "low_price": [], "price_score": None, "total": "0.00", "rank": 1,
               "tied": False, "categories": {}},
    },
}

EXPECTED: dict[str, dict[str, Any]] = {
    "pingdingshan-001.json": PINGDINGSHAN,
    "luoyang-002.json": LUOYANG,
    "jiaozuo-000-single-source.json": JIAOZUO,
}
BIDDER_KEYS = ("status", "reasons", "price", "evaluated_price", "deduction", "low_price", "price_score",
               "total", "rank", "tied", "categories")

# =============================================================================================
# Independent reference evaluator (no app/ imports)
# =============================================================================================
_CAP_DIGITS = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
_CAP_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def parse_capitals(text: str) -> Decimal:
    """RMB capitals → Decimal (贰佰伍拾肆万伍仟元整 → 2545000.00)."""
    text = text.replace("人民币", "").replace(" ", "").replace("圆", "元").replace("正", "整")
    whole, _, frac = text.partition("元")
    total = section = digit = 0
    for ch in whole:
        if ch in _CAP_DIGITS:
            digit = _CAP_DIGITS[ch]
        elif ch in _CAP_UNITS:
            section += (digit or 1) * _CAP_UNITS[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise ValueError(text)
    total += section + digit
    cents = Decimal(0)
    digit = 0
    for ch in frac:
        if ch in _CAP_DIGITS:
            digit = _CAP_DIGITS[ch]
        elif ch == "角":
            cents += Decimal(digit) / 10
            digit = 0
        elif ch == "分":
            cents += Decimal(digit) / 100
            digit = 0
        elif ch != "整":
            raise ValueError(text)
    return Decimal(total) + cents


def rnd(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(value: Decimal | None, places: int) -> str | None:
    return None if value is None else str(rnd(value, places))


def _points(f: dict[str, Any], value: Any) -> Decimal:
    rule, mx = f["rule"], Decimal(f["max"])
    if rule["type"] == "count":
        return min(Decimal(int(Decimal(str(value)))) * Decimal(rule["each"]), mx)
    if rule["type"] in ("grades", "range"):
        return Decimal(str(value))
    if rule["type"] == "items":
        return min(sum((Decimal(str(v)) for v in value), Decimal(0)), mx)
    raise AssertionError(f"rule {rule['type']} not used by the samples")


def reference(doc: dict[str, Any]) -> dict[str, Any]:
    """Evaluate a sample per exchange-format.md (the subset of features the samples use)."""
    project = doc["project"]
    rules = {"small_deduction": "0.20", "partner_deduction": "0.06", "partner_min_share": "0.30",
             "deduction_mode": "whole", "averaging": "member_total", "decimals": 2, "candidates": 3,
             "min_valid_bids": 3,
             "low_price": {"average": "0.50", "second_lowest": "0.50", "ceiling": "0.45"}}
    rules.update(doc.get("rules", {}))
    places = rules["decimals"]
    ceiling = Decimal(project["ceiling"] if project.get("ceiling") is not None else project["budget"])
    members = [m["id"] for m in doc["members"]]
    price_factor = next((f for f in doc["factors"] if f["rule"]["type"] == "price"), None)
    others = [f for f in doc["factors"] if f["rule"]["type"] != "price"]
    issues: list[tuple[str, str | None, str | None]] = []
    if doc["factors"] and sum(Decimal(f["max"]) for f in doc["factors"]) != 100:
        issues.append(("total_not_100", None, None))

    out: dict[str, dict[str, Any]] = {}
    price: dict[str, Decimal] = {}
    for b in doc["bidders"]:
        p = Decimal(b["price"])
        if b.get("price_words"):
            words = parse_capitals(b["price_words"])
            if words != p:
                issues.append(("price_corrected", b["id"], None))
                p = words
        price[b["id"]] = p

    def failed_items(stage: str, items: list[dict[str, Any]], bid: str) -> list[str]:
        bad = []
        for item in items:
            verdicts = [c for c in doc["checks"]
                        if c["stage"] == stage and c["bidder"] == bid and c["item"] == item["id"]]
            joint = [c for c in verdicts if c.get("member") is None]
            if joint:
                ok = joint[0]["pass"]
            else:
                ok = sum(1 for c in verdicts if not c["pass"]) * 2 <= len(verdicts)
            if not ok:
                bad.append(f"{stage}:{item['id']}")
        return bad

    population = []
    for b in doc["bidders"]:
        bid = b["id"]
        reasons = failed_items("qualification", doc["qualification"], bid)
        reasons += failed_items("compliance", doc["compliance"], bid)
        in_population = not reasons and price[bid] <= ceiling
        if price[bid] > ceiling:
            reasons.append("over_ceiling")
        out[bid] = {"reasons": reasons}
        if in_population:
            population.append(bid)
    assert not doc.get("decisions"), "decisions are not used by the samples"

    lp = rules["low_price"]
    prices = sorted(price[b] for b in population)
    for bid in out:
        fired = []
        if lp is not None and bid in population:
            mean = sum(prices, Decimal(0)) / len(prices)
            if lp.get("average") is not None and price[bid] < Decimal(lp["average"]) * mean:
                fired.append("average")
            if (lp.get("second_lowest") is not None and len(prices) > 1
                    and price[bid] < Decimal(lp["second_lowest"]) * prices[1]):
                fired.append("second_lowest")
            if lp.get("ceiling") is not None and price[bid] < Decimal(lp["ceiling"]) * ceiling:
                fired.append("ceiling")
        out[bid]["low_price"] = fired
        out[bid]["status"] = "invalid" if out[bid]["reasons"] else ("pending" if fired else "valid")
        if fired and not out[bid]["reasons"]:
            issues.append(("low_price_pending", bid, None))

    evaluated: dict[str, Decimal] = {}
    small = Decimal(rules["small_deduction"])
    for b in doc["bidders"]:
        bid = b["id"]
        if rules["deduction_mode"] == "lines":
            amount = Decimal(b["small_amount"]) if b.get("small_amount") is not None else Decimal(0)
            d = small if amount > 0 else Decimal(0)
            evaluated[bid] = price[bid] - amount * small
        else:
            if b.get("size") in ("small", "micro") or b.get("prison") or b.get("disabled"):
                d = small
            elif (b.get("partner_share") is not None
                  and Decimal(b["partner_share"]) >= Decimal(rules["partner_min_share"])):
                d = Decimal(rules["partner_deduction"])
            else:
                d = Decimal(0)
            evaluated[bid] = price[bid] * (1 - d)
        out[bid].update(price=fmt(price[bid], 2), evaluated_price=fmt(evaluated[bid], 2), deduction=fmt(d, 2))

    live = [b["id"] for b in doc["bidders"] if out[b["id"]]["status"] != "invalid"]
    base = min(evaluated[b] for b in live) if live else None

    # points[bid][fid][member]
    raw: dict[tuple[str, str, str | None], Any] = {(s["bidder"], s["factor"], s["member"]): s["value"]
                                                   for s in doc["scores"]}
    for bid in out:
        o = out[bid]
        if bid not in live:
            o.update(price_score=None, factors=None, categories=None, total=None, rank=None, tied=None)
            continue
        pts: dict[str, dict[str, Decimal]] = {}
        for f in others:
            joint = raw.get((bid, f["id"], None))
            pts[f["id"]] = {m: _points(f, joint if joint is not None else raw[(bid, f["id"], m)])
                            for m in members}
            vals = [pts[f["id"]][m] for m in members]
            if f.get("objective"):
                if len(set(vals)) > 1:
                    issues.append(("objective_mismatch", bid, f["id"]))
            elif len(vals) >= 2:
                limit = Decimal(f["max"]) * Decimal("0.3")
                if any(abs(v - (sum(vals, Decimal(0)) - v) / (len(vals) - 1)) > limit for v in vals):
                    issues.append(("outlier", bid, f["id"]))
        n = Decimal(len(members))

        def mean_of(fids: list[str], pts: dict[str, dict[str, Decimal]] = pts, n: Decimal = n) -> Decimal:
            return sum((pts[fid][m] for fid in fids for m in members), Decimal(0)) / n

        ps = rnd(base / evaluated[bid] * Decimal(price_factor["max"]), places) if price_factor else None
        cats: dict[str, list[str]] = {}
        for f in others:
            cats.setdefault(f["category"], []).append(f["id"])
        if rules["averaging"] == "member_total":
            non_price = rnd(mean_of([f["id"] for f in others]), places) if members else Decimal(0)
        elif rules["averaging"] == "per_factor":
            non_price = sum((rnd(mean_of([f["id"]]), places) for f in others), Decimal(0))
        else:
            non_price = sum((rnd(mean_of(fids), places) for fids in cats.values()), Decimal(0))
        total = non_price + (ps if ps is not None else Decimal(0))
        o.update(price_score=fmt(ps, places), total=fmt(total, places), tied=False,
                 factors={f["id"]: fmt(mean_of([f["id"]]), places) for f in others},
                 categories={c: fmt(mean_of(fids), places) for c, fids in cats.items()})
        o["_total"] = rnd(total, places)

    totals = sorted((out[b]["_total"] for b in live), reverse=True)
    assert len(set(totals)) == len(totals), "the samples are built without ties"
    for bid in live:
        out[bid]["rank"] = 1 + sum(1 for t in totals if t > out[bid]["_total"])
    failed = len(live) < rules["min_valid_bids"]
    ranked = sorted(live, key=lambda b: out[b]["rank"])
    candidates = [] if failed else [b for b in ranked if out[b]["rank"] <= rules["candidates"]]
    order = ["total_not_100", "price_corrected", "low_price_pending", "objective_mismatch", "outlier", "tie"]
    issues.sort(key=lambda i: order.index(i[0]))  # stable: bidder/factor input order within a kind
    final = not any(i[0] in ("low_price_pending", "objective_mismatch", "tie") for i in issues)
    for o in out.values():
        o.pop("_total", None)
    return {"final": final, "failed": failed, "candidates": candidates, "issues": issues, "bidders": out}


# =============================================================================================
# Tests
# =============================================================================================
def load(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def issue_tuples(issues: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return [(i["kind"], i.get("bidder"), i.get("factor")) for i in issues]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reference_agrees_with_hand_computation(name: str) -> None:
    expected, got = EXPECTED[name], reference(load(name))
    for key in ("final", "failed", "candidates", "issues"):
        assert got[key] == expected[key], key
    assert list(got["bidders"]) == list(expected["bidders"])
    for bid, exp in expected["bidders"].items():
        for key in BIDDER_KEYS:
            assert got["bidders"][bid][key] == exp[key], (bid, key)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_engine_matches_expected(name: str) -> None:
    from app.exchange import evaluate_file

    expected = EXPECTED[name]
    result = evaluate_file(SAMPLES / name)
    assert result["format"] == "bideval-result/1"
    assert result["final"] is expected["final"]
    assert result["failed"] is expected["failed"]
    assert result["candidates"] == expected["candidates"]
    assert issue_tuples(result["issues"]) == expected["issues"]
    assert [b["id"] for b in result["bidders"]] == list(expected["bidders"])  # input order
    ref = reference(load(name))["bidders"]
    for row in result["bidders"]:
        exp = expected["bidders"][row["id"]]
        for key in BIDDER_KEYS:
            assert row[key] == exp[key], (row["id"], key, row[key], exp[key])
        # factor means: checked against the independent reference evaluator
        assert row["factors"] == ref[row["id"]]["factors"], (row["id"], "factors")


def test_samples_are_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "tools" / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for build, name in ((module.pingdingshan, "pingdingshan-001.json"),
                        (module.luoyang, "luoyang-002.json"),
                        (module.jiaozuo, "jiaozuo-000-single-source.json")):
        text = json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
        assert (SAMPLES / name).read_bytes() == text.encode("utf-8"), name


def test_capitals_parser() -> None:
    assert parse_capitals("贰佰伍拾肆万伍仟元整") == Decimal("2545000")
    assert parse_capitals("壹佰玖拾伍万伍仟元整") == Decimal("1955000")
    assert parse_capitals("贰佰叁拾捌万零伍佰元整") == Decimal("2380500")
    assert parse_capitals("捌佰柒拾陆万柒仟捌佰陆拾柒元叁角玖分") == Decimal("8767867.39")
    assert parse_capitals("人民币壹佰壹拾肆万圆正") == Decimal("1140000")


def test_sample_shapes() -> None:
    """The samples cover what the brief asks for."""
    p = load("pingdingshan-001.json")
    assert len(p["qualification"]) == 12 and len(p["compliance"]) == 7
    assert sum(Decimal(f["max"]) for f in p["factors"]) == 100
    assert [f["id"] for f in p["factors"] if f.get("group") == "人员配备"] == ["F4", "F5"]
    joint = {s["factor"] for s in p["scores"] if s["member"] is None}
    assert joint == {"F1", "F3"}
    assert [m["role"] for m in p["members"]].count("purchaser") == 1 and len(p["members"]) == 5
    lu = load("luoyang-002.json")
    assert len(lu["qualification"]) == 3 and len(lu["compliance"]) == 6
    assert sum(Decimal(f["max"]) for f in lu["factors"]) == 100
    plans = [s["value"] for s in lu["scores"] if s["factor"] == "F2"]
    assert plans and all(len(v) == 45 and all(isinstance(x, str) for x in v) for v in plans)
    jz = load("jiaozuo-000-single-source.json")
    assert jz["factors"] == [] and jz["scores"] == [] and len(jz["compliance"]) == 10
