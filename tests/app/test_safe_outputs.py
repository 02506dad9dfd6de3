"""Outputs that cannot be turned against their readers: names from the data never become live formulas."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import openpyxl

from app.domain.engine import evaluate
from app.reports.data import build_report
from app.reports.xlsx import write_workbook
from tests.app.reportkit import load

HOSTILE = '=HYPERLINK("http://x","y")'


def test_a_formula_in_a_name_is_written_as_text(tmp_path: Path) -> None:
    ev, _ = load("pingdingshan-001.json")
    first = dataclasses.replace(ev.bidders[0], name=HOSTILE)
    second = dataclasses.replace(ev.bidders[1], name="+cmd|' /C calc'!A0")
    ev = dataclasses.replace(ev, bidders=(first, second, *ev.bidders[2:]),
                             project=dataclasses.replace(ev.project, name="@SUM(1+1)*cmd"))
    path = write_workbook(build_report(ev, evaluate(ev)), tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            assert "<f>" not in z.read(name).decode("utf-8"), name  # no formula anywhere in the workbook
    wb = openpyxl.load_workbook(path)
    found = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in (HOSTILE, "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd"):
        assert text in found, text
        assert found[text].data_type == "s" and found[text].quotePrefix, text


def test_ordinary_names_are_untouched(tmp_path: Path) -> None:
    ev, _ = load("pingdingshan-001.json")
    path = write_workbook(build_report(ev, evaluate(ev)), tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    names = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if c.value == ev.bidders[0].name]
    assert names and not any(c.quotePrefix for c in names)
