"""The report pack as a whole: the files and their names, progress, the `report` command, and a
failing write that leaves nothing behind."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import app.reports.word
from app.cli import main
from app.reports import parallel
from app.reports.data import build_report
from app.reports.pack import pack_names, safe_stem, write_pack
from app.reports.xlsx import HEADER_ROW
from app.services.project_io import import_exchange, load_project_evaluation
from tests.app.reportkit import load, pdf_pages
from tests.conftest import SAMPLES

ALL = ["p-评标报告.pdf", "p-评审表.pdf", "p-评委个人评分表.pdf", "p-评标报告.docx", "p-评审表.docx",
       "p-评委个人评分表.docx", "p-评审表.xlsx"]


@pytest.mark.parametrize("serial", [True, False])
def test_pack_files_progress_and_contents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, serial: bool) -> None:
    ev, result = load("pingdingshan-001.json")
    if serial:
        monkeypatch.setenv("BIDDESK_SERIAL_PACK", "1")
    calls: list[tuple[int, int, str]] = []
    paths = write_pack(ev, result, tmp_path / "out", stem="p", progress=lambda d, t, label: calls.append((d, t, label)))
    assert [p.name for p in paths] == ALL == pack_names("p")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(ALL)  # no temporary file left
    if serial or not parallel.can_fork([("a", tmp_path, print)] * 2):  # type: ignore[list-item]
        assert calls == [(i, 7, name) for i, name in enumerate(ALL)] + [(7, 7, "")]
    else:  # shared with a second process: this one's files, the members' sheets first, counting both's
        # the members' sheets first: the PDF file, or the Word file when the other process took the PDF file
        assert calls[0][1:] in ((7, "p-评委个人评分表.pdf"), (7, "p-评委个人评分表.docx")) and calls[-1] == (7, 7, "")
        labels = [label for _, _, label in calls[:-1]]
        assert len(set(labels)) == len(labels) and set(labels) <= set(ALL)
        assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls) and all(d < 7 for d, _, _ in calls[:-1])
    reference = tmp_path / "ordinary"
    reference.touch()  # an ordinary new file's mode under this umask
    for p in paths:
        assert p.stat().st_size > 1000 and p.stat().st_mode == reference.stat().st_mode
    wb = openpyxl.load_workbook(paths[-1])
    summary = wb["汇总表"]
    heads = [c.value for c in summary[HEADER_ROW]]
    totals = {row[0].value: Decimal(str(row[heads.index("总分")].value))
              for row in summary.iter_rows(min_row=HEADER_ROW + 1)
              if row[0].value in {b.id for b in ev.bidders}}
    assert totals == {r.id: r.total for r in result.bidders if r.ranked}


def test_default_stem_is_the_project_number_made_safe(tmp_path: Path) -> None:
    ev, result = load("jiaozuo-000-single-source.json")
    paths = write_pack(ev, result, tmp_path, formats=("pdf",))
    assert paths[0].name == f"{ev.project.number}-评标报告.pdf"
    assert safe_stem('a/b:c*?"<>|') == "a_b_c______" and safe_stem("  ") == "评标"


def test_failing_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ev, result = load("pingdingshan-001.json")
    out = tmp_path / "out"
    out.mkdir()
    old = out / "p-评标报告.pdf"
    old.write_bytes(b"%PDF- the pack of yesterday")

    def half_then_fail(doc: object, path: Path) -> Path:
        path.write_bytes(b"PK\x03\x04 half a document")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.reports.word, "write_docx", half_then_fail)
    with pytest.raises(OSError, match="No space"):
        write_pack(ev, result, out, stem="p")
    assert [p.name for p in out.iterdir()] == ["p-评标报告.pdf"]  # no half file, no new file, no temporary
    assert old.read_bytes() == b"%PDF- the pack of yesterday"


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    ev, result = load("pingdingshan-001.json")
    with pytest.raises(ValueError, match="html"):
        write_pack(ev, result, tmp_path / "o", formats=("pdf", "html"))
    assert not (tmp_path / "o").exists()


def test_report_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", project, by="test")
    capsys.readouterr()
    assert main(["report", str(project), "--out", str(tmp_path / "all")]) == 0
    out = capsys.readouterr().out.splitlines()
    number = safe_stem(load_project_evaluation(project).project.number)  # named by the project number
    assert number != "p" and out == [f"ok {tmp_path / 'all' / name.replace('p-', number + '-', 1)}" for name in ALL]
    assert main(["report", str(project), "--out", str(tmp_path / "all"), "--stem", "p"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"ok {tmp_path / 'all' / name}" for name in ALL]
    report = "\n".join(pdf_pages(tmp_path / "all" / "p-评标报告.pdf"))
    assert "依《政府采购货物和服务招标投标管理办法》第六十四条的复核更正" in report
    assert "评分复核更正情况：" not in report  # the project file's audit trail says: none

    assert main(["report", str(project), "--out", str(tmp_path / "x"), "--format", "XLSX", "--stem", "p"]) == 0
    assert capsys.readouterr().out.strip() == f"ok {tmp_path / 'x' / 'p-评审表.xlsx'}"
    assert main(["report", str(project), "--out", str(tmp_path / "y"), "--format", "html"]) == 2
    assert "not a report format" in capsys.readouterr().err and not (tmp_path / "y").exists()
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert main(["report", str(project), "--out", str(a_file)]) == 2
    assert main(["report", str(tmp_path / "missing.bidesk"), "--out", str(tmp_path / "z")]) == 2


def test_workbook_lists_each_members_sub_item_grades(tmp_path: Path) -> None:
    ev, result = load("luoyang-002.json")
    path = write_pack(ev, result, tmp_path, formats=("xlsx",), stem="l")[0]
    wb = openpyxl.load_workbook(path)
    for sheet in build_report(ev, result).sheets:
        ws = wb[f"评分表-{sheet.member_name}"]
        rows = list(ws.iter_rows(values_only=True))
        for block in sheet.items:
            title = f"{block.factor} {block.factor_name}"
            start = next(i for i, row in enumerate(rows) if str(row[0]).startswith(title))
            assert rows[start + 1][:1 + len(block.rows)] == ("子项", *(r.bidder for r in block.rows))
            n = len(block.rows[0].values)
            width = 1 + len(block.rows)
            for i in range(n):
                row = rows[start + 2 + i]
                assert row[0] == i + 1
                assert [Decimal(str(v)) for v in row[1:width]] == [Decimal(r.values[i]) for r in block.rows]
            points = rows[start + 2 + n]
            assert points[0] == "得分"
            assert [Decimal(str(v)) for v in points[1:1 + len(block.rows)]] == [Decimal(r.points) for r in block.rows]
        assert str(rows[-1][0]).startswith("数据指纹：")


def test_a_long_stem_is_cut_to_fit_every_file_name(tmp_path: Path) -> None:
    import json as _json

    from app.domain.engine import evaluate as _evaluate
    from app.exchange.reader import loads as _loads
    from app.reports.pack import write_pack as _write_pack
    from tests.conftest import SAMPLES as _SAMPLES

    ev = _loads((_SAMPLES / "pingdingshan-001.json").read_bytes())
    paths = _write_pack(ev, _evaluate(ev), tmp_path / "out", ("pdf",), stem="长" * 200)
    assert paths and all(len(p.name.encode()) <= 255 and p.exists() for p in paths)
    assert all("…" in p.name for p in paths)
    _json.dumps([p.name for p in paths], ensure_ascii=False)


def test_a_pack_that_cannot_be_put_in_place_leaves_the_previous_pack_as_it_was(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import os as _os

    from app.domain.engine import evaluate as _evaluate
    from app.exchange.reader import loads as _loads
    from app.reports import pack as _pack
    from tests.conftest import SAMPLES as _SAMPLES

    ev = _loads((_SAMPLES / "pingdingshan-001.json").read_bytes())
    out = tmp_path / "out"
    first = _pack.write_pack(ev, _evaluate(ev), out, ("docx",))
    before = {p.name: p.read_bytes() for p in first}
    real, calls = _os.replace, []

    def failing(src: object, dst: object) -> None:
        calls.append(dst)
        if len([c for c in calls if str(c).endswith(".docx")]) == 2:  # the second document's move fails
            raise OSError(36, "File name too long")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(_pack.os, "replace", failing)
    with pytest.raises(OSError):
        _pack.write_pack(ev, _evaluate(ev), out, ("docx",))
    monkeypatch.setattr(_pack.os, "replace", real)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert [p for p in out.iterdir() if p.name.startswith(".pack-")] == []
