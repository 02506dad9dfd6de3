"""Hostile input, bounded: seeded mutations of the bundled files through every reader, as the command line
runs them. Each case ends accepted or refused with short located messages; none crashes, hangs or prints an
unbounded message. ``make fuzz`` runs the same harness on 10,000 cases per reader."""

from __future__ import annotations

import importlib.util
import json
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from tests.app.projdoc import run_cli
from tests.conftest import ROOT


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("biddesk_fuzz", ROOT / "tools" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["biddesk_fuzz"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("reader", ["exchange", "response", "xlsx", "docx"])
def test_mutated_inputs_never_crash_hang_or_flood(reader: str) -> None:
    report = _harness().fuzz(reader, 50, seed=2026)
    counts = report["counts"]
    assert counts.get("crash", 0) == 0, report["examples"]
    assert counts.get("hang", 0) == 0, report["examples"]
    assert counts.get("unbounded", 0) == 0, report["examples"]
    assert not [k for k in counts if k.startswith("exit")], report["examples"]
    assert counts.get("accepted", 0) + counts.get("rejected", 0) == 50


@pytest.mark.parametrize(("token", "line"), [
    ("1e999999999", "out of range"),
    ("-1e999999999", "out of range"),
    ("9" * 5000, "out of range"),
    ("0." + "0" * 3000 + "1", "out of range"),
    ("NaN", "NaN is not a number JSON allows"),
    ("Infinity", "Infinity is not a number JSON allows"),
])
def test_huge_and_non_numbers_are_refused_where_they_stand(tmp_path: Path, token: str, line: str) -> None:
    text = (ROOT / "resources" / "samples" / "pingdingshan-001.json").read_text(encoding="utf-8")
    text = text.replace('"budget": "2545000.00"', f'"budget": {token}', 1)
    path = tmp_path / "e.json"
    path.write_text(text, encoding="utf-8")
    status, out, err = run_cli("evaluate", path)
    assert status == 2 and out == ""
    assert line in err
    assert all(len(x) <= 400 for x in err.splitlines())
    if "out of range" in line:
        assert err.startswith("project.budget: ")


def test_a_long_value_is_quoted_as_a_short_excerpt_and_problems_are_capped(tmp_path: Path) -> None:
    doc = json.loads((ROOT / "resources" / "samples" / "pingdingshan-001.json").read_text(encoding="utf-8"))
    for s in doc["scores"]:
        s["value"] = "x" * 100_000
    path = tmp_path / "e.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    status, _, err = run_cli("evaluate", path)
    lines = err.splitlines()
    assert status == 2
    assert len(lines) == 101 and lines[-1].startswith("… and ") and lines[-1].endswith(" more problems")
    assert max(len(x) for x in lines) <= 400


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    doc = json.loads((ROOT / "resources" / "samples" / "pingdingshan-001.json").read_text(encoding="utf-8"))
    doc["scores"][0]["member"] = "M\x1b[31m\x0b"
    path = tmp_path / "e.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    status, _, err = run_cli("evaluate", path)
    assert status == 2 and "\x1b" not in err and "\x0b" not in err and "\\u001b" in err


def test_a_word_table_with_a_huge_span_is_refused_unread() -> None:
    import io
    import zipfile

    from app.exchange.setup_docx import draft_from_docx

    src = zipfile.ZipFile(ROOT / "tests" / "fixtures" / "tender-001.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2147483647"/>', 1)
            dst.writestr(item.filename, body)
    draft = draft_from_docx(out.getvalue(), source="t.docx")
    assert [str(p) for p in draft.read_problems] == [
        "t.docx: word/document.xml: a table cell spans 2147483647 columns; a table of at most 64 is read"]


def test_a_sheet_reaching_the_far_corner_is_refused_unread() -> None:
    import io

    from openpyxl import Workbook

    from app.exchange.setup_xlsx import draft_from_xlsx

    wb = Workbook()
    wb.active.title = "评分标准"
    wb.active["XFD1048576"] = 1
    out = io.BytesIO()
    wb.save(out)
    draft = draft_from_xlsx(out.getvalue(), source="m.xlsx")
    assert len(draft.read_problems) == 1
    assert "reaches row 1048576, column 16384" in str(draft.read_problems[0])


def test_many_rows_under_a_false_dimension_are_refused_before_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import zipfile

    import openpyxl

    from app.exchange.setup_exchange import draft_from_exchange
    from app.exchange.setup_xlsx import draft_from_xlsx, write_template

    sample = ROOT / "resources" / "samples" / "pingdingshan-001.json"
    filled = io.BytesIO()
    write_template(filled, draft_from_exchange(sample.read_bytes(), source=sample.name))
    src = zipfile.ZipFile(io.BytesIO(filled.getvalue()))
    out = io.BytesIO()
    rows = "".join(f'<row r="{r}"><c r="B{r}" t="inlineStr"><is><t>F{r}</t></is></c></row>' for r in range(40, 6040))
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":  # the dimension record still says the sheet is small
                body = body.replace(b"</sheetData>", rows.encode() + b"</sheetData>", 1)
            dst.writestr(item.filename, body)
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("the workbook was loaded"))
    draft = draft_from_xlsx(out.getvalue(), source="m.xlsx")
    assert [str(p) for p in draft.read_problems] == [
        "m.xlsx: xl/worksheets/sheet1.xml: the sheet reaches row 6039, column 11; the template has at most 5000 rows "
        "and 64 columns"]
    # the same rows within the limit are read (and the checks after loading still apply)
    monkeypatch.undo()
    assert not draft_from_xlsx(filled.getvalue(), source="m.xlsx").read_problems


def test_a_huge_excel_number_is_a_located_problem() -> None:
    import io
    import zipfile

    from app.exchange.setup_exchange import draft_from_exchange
    from app.exchange.setup_xlsx import draft_from_xlsx, write_template

    out = io.BytesIO()
    write_template(out, draft_from_exchange((ROOT / "resources" / "samples" / "luoyang-002.json").read_bytes()))
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    again = io.BytesIO()
    with zipfile.ZipFile(again, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b"<v>15</v>" in body
                body = body.replace(b"<v>15</v>", b"<v>1e999</v>", 1)  # P's 分值, as a hostile file writes it
            dst.writestr(item.filename, body)
    draft = draft_from_xlsx(again.getvalue(), source="m.xlsx")
    assert any(p.path == "评分标准!D2" and "not a number a tender uses" in p.message for p in draft.problems)


def test_nothing_stored_changes_on_refused_input(tmp_path: Path) -> None:
    project = tmp_path / "p.bidesk"
    assert run_cli("import", ROOT / "resources" / "samples" / "pingdingshan-001.json", project)[0] == 0
    before = project.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bideval-response/1", "price": 1e999999}', encoding="utf-8")
    assert run_cli("import-responses", project, bad)[0] == 2
    assert run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F8", "--value",
                   "1e999999")[0] == 2
    assert run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F8", "--value",
                   "x" * 100_000)[0] == 2
    assert run_cli("check", project, "--stage", "qualification", "--bidder", "B1", "--item", "Q99", "--pass")[0] == 2
    assert project.read_bytes() == before


def test_decimal_values_in_range_still_read() -> None:
    from app.domain.scoring import as_decimal

    assert as_decimal("2545000.00") == Decimal("2545000.00")
    assert as_decimal(Decimal("999999999999.99")) == Decimal("999999999999.99")
    assert as_decimal(10**15) is None and as_decimal("1e999") is None and as_decimal(Decimal("NaN")) is None
