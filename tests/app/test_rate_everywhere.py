"""Rates everywhere in the papers (issue 16): a rate tender's Word and Excel files head the price columns
投标费率（%）, print rates as 86.50%, write and read rate capitals, and say the bids are rates."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from app.domain.engine import evaluate
from app.domain.model import Evaluation
from app.domain.result import Result
from app.exchange.reader import read_evaluation
from app.reports import price_units
from app.reports.data import build_report
from app.reports.pack import write_pack
from tests.app.builders import add_bidder, base_doc


def rate_evaluation(**project: Any) -> tuple[Evaluation, Result]:
    doc = base_doc(price_mode="rate", budget=None, ceiling=None, **project)
    add_bidder(doc, "B1", "86.50", "60", price_words="百分之捌拾陆点伍")
    add_bidder(doc, "B2", "80.00", "50")
    add_bidder(doc, "B3", "90.00", "40", price_words="百分之捌拾捌点零零")  # capitals prevail: 88.00
    ev = read_evaluation(copy.deepcopy(doc))
    return ev, evaluate(ev)


def test_prices_are_printed_as_rates_and_capitals_as_a_rate() -> None:
    ev, result = rate_evaluation()
    data = build_report(ev, result)
    rows = {r.bidder: r for r in data.opening.rows}
    assert rows["B1"].price == "86.50%" and rows["B1"].price_words == "百分之捌拾陆点伍"
    assert rows["B2"].price_words == "百分之捌拾点零零"  # written from the figures as a rate
    assert rows["B3"].corrected == "88.00%"
    price = {r.bidder: r for r in data.price.rows}
    assert (price["B1"].quoted, price["B1"].evaluated) == ("86.50%", "86.50%")
    assert data.price.base_price == "80.00%"
    assert "元" not in "".join(r.price + r.corrected for r in data.opening.rows)


def test_amount_tenders_are_printed_as_before() -> None:
    assert price_units.head("投标报价", "amount") == "投标报价（元）"
    assert price_units.head("评审价格", "rate") == "评审费率（%）"
    assert price_units.price_text(Decimal("2545000"), "amount") == "2,545,000.00"
    assert price_units.with_unit(Decimal("73.6"), "amount") == "73.60 元"
    assert price_units.with_unit(Decimal("73.6"), "rate") == "73.60%"
    assert price_units.price_words(Decimal("101"), "rate") == ""  # no rate capitals above 100


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    ev, result = rate_evaluation(number="费率-16")
    paths = write_pack(ev, result, tmp_path_factory.mktemp("rate"), formats=("docx", "xlsx"), stem="p")
    return {p.name: p for p in paths}


def _docx_text(path: Path) -> tuple[str, list[list[str]]]:
    document = docx.Document(str(path))
    paras = "\n".join(p.text for p in document.paragraphs)
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    return paras, cells


def test_word_files_head_rates_and_print_86_50_percent(pack: dict[str, Path]) -> None:
    texts = [_docx_text(p) for name, p in pack.items() if name.endswith(".docx")]
    assert texts
    heads = {cell for _, cells in texts for row in cells for cell in row}
    assert {"投标费率（%）", "修正后费率（%）", "评审费率（%）", "投标费率（大写）"} <= heads
    assert not {h for h in heads if "（元）" in h or "元）" in h}
    assert "86.50%" in heads and "百分之捌拾陆点伍" in heads
    everything = "\n".join(paras for paras, _ in texts)
    assert "报价形式：费率（%）" in everything
    assert "评标基准费率：80.00%" in everything
    assert "评标基准价" not in everything.replace("评标基准费率", "")


def test_excel_heads_rates_and_holds_86_50_percent(pack: dict[str, Path]) -> None:
    [xlsx] = [p for name, p in pack.items() if name.endswith(".xlsx")]
    wb = openpyxl.load_workbook(xlsx)
    found: dict[str, tuple[object, str]] = {}
    heads: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    heads.add(cell.value)
                elif cell.value is not None and cell.number_format.endswith('"%"'):
                    found[f"{ws.title}!{cell.coordinate}"] = (cell.value, cell.number_format)
    assert {"投标费率（%）", "修正后费率（%）", "评审费率（%）"} <= heads
    assert not {h for h in heads if "（元）" in h}
    assert any(Decimal(str(v)) == Decimal("86.50") for v, _ in found.values())
    assert {fmt for _, fmt in found.values()} == {'0.00"%"'}
    assert any("报价形式：费率（%）" in h for h in heads)
