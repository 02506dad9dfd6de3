"""The report pack's tables, their fingerprints, `verify` and the Excel workbook (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.domain.engine import evaluate
from app.domain.model import Evaluation
from app.domain.result import Result
from app.reports.data import build_report
from app.reports.fingerprint import fingerprint, normalize, project_fingerprints
from app.reports.formats import cn_date, money, percent
from app.services.opening import load_any
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.scores import record_score
from tests.conftest import SAMPLES

SAMPLE_NAMES = ("pingdingshan-001.json", "luoyang-002.json")


def load(name: str) -> tuple[Evaluation, Result]:
    ev = load_any(SAMPLES / name)
    return ev, evaluate(ev)


def dec(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def test_formatting_helpers() -> None:
    assert cn_date("2025-11-25") == "2025年11月25日"
    assert cn_date("2026-02-01") == "2026年2月1日"
    with pytest.raises(ValueError):
        cn_date("25/11/2025")
    assert money(Decimal("2545000")) == "2,545,000.00"
    assert money(Decimal("1234.565")) == "1,234.57"  # half-up
    assert money(Decimal("0")) == "0.00"
    assert percent(Decimal("0.20")) == "20%"
    assert percent(Decimal("0.035")) == "3.5%"
    assert percent(Decimal("0")) == "0%"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_summary_equals_evaluate(name: str) -> None:
    ev, result = load(name)
    summary = build_report(ev, result).summary
    ranked = [r for r in result.bidders if r.ranked]
    assert [row.bidder for row in summary.rows] == [r.id for r in ranked]
    for row in summary.rows:
        r = result.bidder(row.bidder)
        assert r.total is not None and r.price_score is not None
        assert Decimal(row.total) == r.total and row.rank == r.rank
        assert Decimal(row.price_score) == r.price_score
        assert [Decimal(t) for t in row.member_totals] == [r.member_totals[m.id] for m in ev.members]
        means = (r.factors if ev.rules.averaging == "per_factor" else r.categories) or {}
        assert [Decimal(v) for v in row.means] == list(means.values())
    assert summary.candidates == result.candidates


def test_price_table_pingdingshan() -> None:
    ev, result = load("pingdingshan-001.json")
    price = build_report(ev, result).price
    rows = {r.bidder: r for r in price.rows}
    assert price.base_price == "1,600,000.00" and price.weight == "10.00"
    assert (rows["B1"].quoted, rows["B1"].rate, rows["B1"].basis, rows["B1"].evaluated, rows["B1"].price_score) == (
        "2,000,000.00", "20%", "小型企业 20%", "1,600,000.00", "10.00")
    assert (rows["B2"].rate, rows["B2"].basis, rows["B2"].evaluated) == (
        "6%", "分包意向协议：小微企业占35% 6%", "2,068,000.00")
    # capitals prevail over figures: 1,950,000.00 quoted, 1,955,000.00 corrected
    assert (rows["B4"].quoted, rows["B4"].corrected, rows["B4"].basis) == ("1,950,000.00", "1,955,000.00", "无")
    assert rows["B3"].price_score == "" and rows["B3"].status.startswith("无效")
    for row in price.rows:
        r = result.bidder(row.bidder)
        assert dec(row.evaluated) == r.evaluated_price.quantize(Decimal("0.01"))
        assert (Decimal(row.price_score) if row.price_score else None) == r.price_score
    opening = {r.bidder: r for r in build_report(ev, result).opening.rows}
    assert (opening["B4"].price, opening["B4"].price_words, opening["B4"].corrected) == (
        "1,950,000.00", "壹佰玖拾伍万伍仟元整", "1,955,000.00")
    assert opening["B1"].corrected == "" and opening["B2"].partner_share == "35%"


def test_price_table_luoyang_lines() -> None:
    ev, result = load("luoyang-002.json")
    rows = {r.bidder: r for r in build_report(ev, result).price.rows}
    assert rows["L1"].basis == "小微企业承担部分 7,600,000.00 × 20%" and rows["L1"].evaluated == "6,080,000.00"
    assert rows["L2"].evaluated == "7,400,000.00" and rows["L2"].price_score == "12.32"
    assert rows["L4"].basis == "无"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_member_sheets_sum_and_checks(name: str) -> None:
    ev, result = load(name)
    data = build_report(ev, result)
    assert [s.member for s in data.sheets] == [m.id for m in ev.members]
    n_factors = sum(1 for f in ev.factors if not f.is_price)
    for sheet in data.sheets:
        assert len(sheet.factors) == n_factors
        for row in sheet.rows:
            assert sum((Decimal(p) for p in row.points), Decimal(0)) == Decimal(row.total)
            assert Decimal(row.total) == result.bidder(row.bidder).member_totals[sheet.member]
    for table in (data.qualification, data.compliance):
        for row in table.rows:
            r = result.bidder(row.bidder)
            failed_here = any(x.startswith(table.stage + ":") for x in r.reasons)
            assert (row.conclusion == "不合格") == failed_here
    assert data.header.opening in ("2025年11月25日", "2025年5月20日")


def test_fingerprints_stable_and_local() -> None:
    ev, result = load("pingdingshan-001.json")
    before = project_fingerprints(ev, result)
    assert before == project_fingerprints(*load("pingdingshan-001.json"))
    assert set(before) >= {"opening", "qualification", "compliance", "price", "summary", "sheet:M1"}
    assert len(set(before.values())) == len(before)
    assert all(normalize(fp) == fp and len(fp) == 19 for fp in before.values())
    scores = tuple(
        replace(s, value="8") if (s.member, s.bidder, s.factor) == ("M2", "B1", "F6") else s for s in ev.scores
    )
    changed_ev = replace(ev, scores=scores)
    after = project_fingerprints(changed_ev, evaluate(changed_ev))
    assert {k for k in before if before[k] != after[k]} == {"sheet:M2", "summary"}


def test_fingerprint_covers_what_is_shown() -> None:
    ev, result = load("luoyang-002.json")
    data = build_report(ev, result)
    renamed = replace(data.opening, rows=(replace(data.opening.rows[0], name="别的公司"), *data.opening.rows[1:]))
    assert fingerprint(renamed) != fingerprint(data.opening)
    assert normalize("abcd ef01-2345-6789") == "ABCD-EF01-2345-6789"
    with pytest.raises(ValueError):
        normalize("ABCD-EF01")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path, by="test")
    return path


def test_verify_cli(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ev = load_project_evaluation(project)
    fps = project_fingerprints(ev, evaluate(ev))
    capsys.readouterr()
    assert main(["verify", str(project), fps["summary"]]) == 0
    assert capsys.readouterr().out.strip() == "ok summary"
    assert main(["verify", str(project), fps["sheet:M2"].replace("-", "").lower()]) == 0
    assert capsys.readouterr().out.strip() == "ok sheet:M2"

    record_score(project, "M2", "B1", "F6", 8, by="test")
    assert main(["verify", str(project), fps["summary"]]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "matches nothing" in err
    assert main(["verify", str(project), fps["sheet:M2"]]) == 1
    capsys.readouterr()
    assert main(["verify", str(project), fps["opening"]]) == 0
    assert capsys.readouterr().out.strip() == "ok opening"

    assert main(["verify", str(project), "not-a-fingerprint"]) == 2
    assert main(["verify", str(project.parent / "missing.bidesk"), fps["opening"]]) == 2
    garbage = project.parent / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert main(["verify", str(garbage), fps["opening"]]) == 2


def test_report_xlsx_matches_evaluate(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    assert main(["report", str(project), "--out", str(out_dir), "--format", "xlsx"]) == 0
    written = Path(capsys.readouterr().out.strip().removeprefix("ok "))
    assert written.parent == out_dir and written.suffix == ".xlsx"
    ev = load_project_evaluation(project)
    result = evaluate(ev)
    fps = project_fingerprints(ev, result, draft=True)  # not finalised: a draft
    wb = openpyxl.load_workbook(written)
    names = ["汇总表", "价格分", "资格审查", "符合性审查", "开标记录"] + [f"评分表-{m.name}" for m in ev.members]
    assert wb.sheetnames == names

    summary = wb["汇总表"]
    assert summary["A1"].value.startswith("草稿（未定稿）")  # the status line comes first
    assert summary["A2"].value == ev.project.name and ev.project.number in summary["A3"].value
    assert summary.freeze_panes == "C6" and summary["A5"].font.bold
    headings = [c.value for c in summary[5]]
    total_col, rank_col = headings.index("总分"), headings.index("排名")
    seen = 0
    for row in summary.iter_rows(min_row=6):
        if row[0].value in {b.id for b in ev.bidders}:
            r = result.bidder(row[0].value)
            assert Decimal(str(row[total_col].value)) == r.total and row[rank_col].value == r.rank
            assert row[total_col].number_format == "0.00"
            seen += 1
    assert seen == sum(1 for r in result.bidders if r.ranked)
    last = [c.value for c in summary[summary.max_row]]
    assert last[0] == f"数据指纹：{fps['summary']}"

    price = wb["价格分"]
    for row in price.iter_rows(min_row=6, max_row=5 + len(ev.bidders)):
        r = result.bidder(row[0].value)
        assert Decimal(str(row[6].value)) == r.evaluated_price and row[6].number_format == "#,##0.00"
        if r.price_score is not None:
            assert Decimal(str(row[7].value)) == r.price_score
    sheet = wb[f"评分表-{ev.members[0].name}"]
    assert sheet.cell(row=sheet.max_row, column=1).value == f"数据指纹：{fps['sheet:' + ev.members[0].id]}"
    for row in sheet.iter_rows(min_row=6, max_row=5 + seen):
        points = [Decimal(str(c.value)) for c in row[2:-1]]
        assert sum(points, Decimal(0)) == Decimal(str(row[-1].value))
        assert Decimal(str(row[-1].value)) == result.bidder(row[0].value).member_totals[ev.members[0].id]


def test_report_unknown_format_is_bad_input(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(project), "--out", str(tmp_path / "o"), "--format", "html"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "--format" in err
    assert not (tmp_path / "o").exists()


def test_the_workbook_is_ready_to_print_and_computes(project: Path, tmp_path: Path) -> None:
    from app.reports.pack import write_pack

    ev = load_project_evaluation(project)
    written = next(p for p in write_pack(ev, evaluate(ev), tmp_path, ("xlsx",)) if p.suffix == ".xlsx")
    wb = openpyxl.load_workbook(written)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and int(ws.page_setup.fitToWidth) == 1
        assert ws.print_title_rows and "&P" in ws.oddFooter.right.text
    price = next(ws for ws in wb.worksheets if ws.title.startswith("价格"))
    percents = [c for row in price.iter_rows() for c in row if isinstance(c.value, Decimal | float | int)
                and c.number_format.endswith("%")]
    assert percents and all(0 <= float(c.value) <= 1 for c in percents)  # 20% stored as 0.2
    sheet = next(ws for ws in wb.worksheets if ws.title.startswith("评分表-"))  # totals are numbers to re-add
    assert all(isinstance(c.value, int | float | Decimal) for c in sheet[6][2:] if c.value is not None)
