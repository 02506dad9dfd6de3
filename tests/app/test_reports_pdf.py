"""The PDF report pack read back: every total and rank as evaluate gives them, fonts embedded, A4,
footers with page x of y, the page's fingerprint and a QR code that holds it; headers repeat; the
45-item page; a changed score changes the printed fingerprint and `verify` notices."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.domain.engine import evaluate
from app.exchange import loads
from app.reports.data import build_report
from app.reports.document import chunk_count
from app.reports.fingerprint import project_fingerprints
from app.reports.pack import SHEETS, TABLES, build_documents, write_pack
from app.reports.pdf import MARGIN_X, QR_BOTTOM, QR_SIZE
from app.reports.qr import parse_qr_text, qr_matrix
from app.reports.sections import FACTORS_PER_GRID
from app.services.project_io import import_exchange
from bench.large_case import build_large_case
from tests.app.reportkit import FINGERPRINT, PAGE, load, page_sizes, pdf_fonts, pdf_pages
from tests.conftest import ROOT, SAMPLES

SAMPLE_NAMES = ("pingdingshan-001.json", "luoyang-002.json")
A4 = {("595.276", "841.89"), ("841.89", "595.276")}


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """The PDF pack of each sample, by sample and document name."""
    out: dict[str, dict[str, Path]] = {}
    for name in SAMPLE_NAMES:
        ev, result = load(name)
        folder = tmp_path_factory.mktemp(name.split("-")[0])
        paths = write_pack(ev, result, folder, formats=("pdf",), stem="p")
        out[name] = {p.stem.removeprefix("p-"): p for p in paths}
    return out


def _rows(page: str, bidder: str) -> list[str]:
    return [line for line in page.splitlines() if re.match(rf"\s*{bidder}\s", line)]


def _row(page: str, bidder: str) -> str:
    lines = _rows(page, bidder)
    assert len(lines) == 1, (bidder, lines)
    return lines[0]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_totals_and_ranks_as_evaluate(packs: dict[str, dict[str, Path]], name: str) -> None:
    ev, result = load(name)
    ranked = [r for r in result.bidders if r.ranked]
    assert ranked
    summary = [p for p in pdf_pages(packs[name][TABLES]) if p.lstrip().startswith("评分汇总表")]
    assert len(summary) == 1
    for r in ranked:
        assert r.total is not None and r.rank is not None
        # each column part's row ends with 价格分, 总分, 排名
        ending = rf"\s{re.escape(format(r.total, 'f'))}\s+{r.rank}\s*$"
        lines = _rows(summary[0], r.id)
        assert lines and all(re.search(ending, line) for line in lines), r.id
    report = "\n".join(pdf_pages(packs[name]["评标报告"]))
    part = report[report.index("（四）详细评审"):report.index("五、评标结果")]
    for r in ranked:
        assert re.search(rf"\s{re.escape(format(r.total, 'f'))}\s+{r.rank}\s*$", _row(part, r.id)), r.id
    # every member's total for every bid on the member's sheet, printed once; each column part ends with the
    # sum of its own points (小计), the last part with the 合计 too
    pages = pdf_pages(packs[name][SHEETS])
    parts = chunk_count(sum(1 for f in ev.factors if not f.is_price), FACTORS_PER_GRID)
    for m in ev.members:
        sheet = [p for p in pages if f"评委：{m.name}（{m.id}）" in p]
        assert sheet, m.id
        for r in ranked:
            lines = _rows(sheet[0], r.id)  # one line per column part
            assert len(lines) == parts, (m.id, r.id)
            subtotals = []
            for i, line in enumerate(lines, start=1):
                numbers = [Decimal(x) for x in line.split()[2:]]
                if i == parts:
                    total, numbers = numbers[-1], numbers[:-1]
                    token = line.split()[-1]
                    assert total == r.member_totals[m.id] and len(token.partition(".")[2]) == result.decimals
                if parts > 1:
                    assert numbers[-1] == sum(numbers[:-1], Decimal(0)), (m.id, r.id, i)
                    subtotals.append(numbers[-1])
            assert sum(subtotals, Decimal(0)) in (Decimal(0), r.member_totals[m.id])


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_fonts_embedded_and_a4(packs: dict[str, dict[str, Path]], name: str) -> None:
    for path in packs[name].values():
        fonts = pdf_fonts(path)
        assert fonts, path
        for row in fonts:
            emb = row[-5]
            assert emb == "yes", (path.name, row)
        names = " ".join(row[0] for row in fonts)
        assert "BousungEG-Light-GB" in names and "WenQuanYiMicroHei" in names  # 宋体 body, 黑体 headings
        assert page_sizes(path) <= A4 and page_sizes(path)


def test_footer_on_every_page_with_the_page_fingerprint(packs: dict[str, dict[str, Path]]) -> None:
    ev, result = load("pingdingshan-001.json")
    fps = project_fingerprints(ev, result, draft=True)  # the sample is not finalised: a draft
    for doc, path in packs["pingdingshan-001.json"].items():
        pages = pdf_pages(path)
        printed = set()
        fingerprints = [FINGERPRINT.findall(page) for page in pages]
        for i, page in enumerate(pages, start=1):
            found = fingerprints[i - 1]
            assert len(found) == 1, (doc, i)
            if doc == SHEETS:  # each member's pages are numbered on their own
                mine = [j for j, fp in enumerate(fingerprints, start=1) if fp == found]
                expected = (str(mine.index(i) + 1), str(len(mine)))
            else:
                expected = (str(i), str(len(pages)))
            assert PAGE.search(page) and PAGE.search(page).groups() == expected, (doc, i)
            assert "项目编号：平采招标-2025-136" in page
            printed.add(found[0])
        assert printed <= set(fps.values())
        if doc == TABLES:
            assert printed == {fps[k] for k in ("opening", "qualification", "compliance", "price", "summary")}
        if doc == SHEETS:
            assert printed == {fps[f"sheet:{m.id}"] for m in ev.members}
    summary_page = next(p for p in pdf_pages(packs["pingdingshan-001.json"][TABLES]) if "评分汇总表" in p[:200])
    assert FINGERPRINT.search(summary_page).group(1) == fps["summary"]  # type: ignore[union-attr]


def _qr_on_page(path: Path, index: int, modules: int) -> list[list[bool]]:
    """Read the QR code's modules off a rendered page (at each module's centre)."""
    pdf = pdfium.PdfDocument(str(path))
    page = pdf[index]
    width, height = page.get_size()
    scale = 8
    image = page.render(scale=scale).to_pil().convert("L")
    x0 = width - MARGIN_X - QR_SIZE
    top = height - QR_BOTTOM - QR_SIZE
    cell = QR_SIZE / modules
    grid = [[image.getpixel((int((x0 + (c + 0.5) * cell) * scale), int((top + (r + 0.5) * cell) * scale))) < 128
             for c in range(modules)] for r in range(modules)]
    pdf.close()
    return grid


def test_qr_code_holds_fingerprint_and_totals(packs: dict[str, dict[str, Path]]) -> None:
    ev, result = load("pingdingshan-001.json")
    docs = build_documents(ev, result)
    path = packs["pingdingshan-001.json"][TABLES]
    pages = pdf_pages(path)
    checked = 0
    for index, page in enumerate(pages):
        fp = FINGERPRINT.search(page).group(1)  # type: ignore[union-attr]
        section = next(s for s in docs[TABLES].sections if s.fingerprint == fp)
        expected = qr_matrix(section.qr)
        assert _qr_on_page(path, index, len(expected)) == [list(row) for row in expected], index
        parts = parse_qr_text(section.qr)
        assert parts["fingerprint"] == fp and parts["number"] == ev.project.number
        if section.table == "summary":
            totals = parts["totals"]
            assert isinstance(totals, dict)
            assert totals == {r.id: format(r.total, "f") for r in result.bidders if r.total is not None}
        checked += 1
    assert checked == len(pages)


def test_luoyang_45_item_page(packs: dict[str, dict[str, Path]]) -> None:
    ev, result = load("luoyang-002.json")
    data = build_report(ev, result)
    pages = pdf_pages(packs["luoyang-002.json"][SHEETS])
    for sheet in data.sheets:
        block = next(b for b in sheet.items if b.factor == "F2")
        assert len(block.rows[0].values) == 45
        page = next(p for p in pages if "子项明细）— F2 运维方案" in p and f"评委：{sheet.member_name}" in p)
        assert page.lstrip().startswith("评委个人评分表（子项明细）— F2")  # a page of its own
        for i in range(45):
            line = next(x for x in page.splitlines() if re.match(rf"\s*{i + 1}\s", x))
            assert line.split()[1:] == [r.values[i] for r in block.rows], (sheet.member, i)
        scores = next(x for x in page.splitlines() if x.strip().startswith("得分"))
        assert scores.split()[1:] == [r.points for r in block.rows]
        printed = FINGERPRINT.search(page).group(1)  # type: ignore[union-attr]
        assert printed == project_fingerprints(ev, result, draft=None)[f"sheet:{sheet.member}"]


def test_capitals_dates_and_separators(packs: dict[str, dict[str, Path]]) -> None:
    text = "\n".join(pdf_pages(packs["pingdingshan-001.json"][TABLES]))
    opening = text[:text.index("资格审查表")]
    assert "壹佰玖拾伍万伍仟元整" in opening and "1,950,000.00" in opening and "1,955,000.00" in opening
    assert "2025年11月25日" in text and "2,545,000.00" in text
    report = "\n".join(pdf_pages(packs["pingdingshan-001.json"]["评标报告"]))
    assert "开标日期：2025年11月25日" in report and "招标公告发布媒介：____" in report


def test_long_tables_repeat_their_header(tmp_path: Path) -> None:
    ev = loads(json.dumps(build_large_case(40, 3, 6), ensure_ascii=False).encode("utf-8"))
    path = write_pack(ev, evaluate(ev), tmp_path, formats=("pdf",), stem="big")[1]
    pages = pdf_pages(path)
    price_pages = [p for p in pages if re.search(r"价格分计算表\s+数据指纹", p)]
    assert len(price_pages) >= 2
    for page in price_pages:
        assert re.search(r"编号\s+投标人\s+投标报价（元）\s+修正后报价（元）", page), page[:300]
    rows = {b.id for b in ev.bidders}
    seen = {line.split()[0] for p in price_pages for line in p.splitlines() if line.split()[:1] and
            line.split()[0] in rows}
    assert seen == rows


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def _summary_fingerprint(project: Path, out: Path) -> str:
    proc = _run("report", str(project), "--out", str(out), "--format", "pdf", "--stem", "p")
    assert proc.returncode == 0, proc.stderr
    written = [Path(line.removeprefix("ok ")) for line in proc.stdout.splitlines()]
    assert [p.name for p in written] == ["p-评标报告.pdf", "p-评审表.pdf", "p-评委个人评分表.pdf"]
    page = next(p for p in pdf_pages(written[1]) if p.lstrip().startswith("评分汇总表"))
    return FINGERPRINT.search(page).group(1)  # type: ignore[union-attr]


def test_changed_score_changes_printed_fingerprint_and_verify_notices(tmp_path: Path) -> None:
    project = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", project, by="test")
    before = _summary_fingerprint(project, tmp_path / "before")
    assert before.startswith("D-")  # nothing is finalised: a draft
    proc = _run("verify", str(project), before)
    assert (proc.returncode, proc.stdout.strip()) == (0, "ok summary (draft)")

    proc = _run("score", str(project), "--member", "M2", "--bidder", "B1", "--factor", "F6", "--value", "8")
    assert proc.returncode == 0, proc.stderr
    proc = _run("verify", str(project), before)
    assert proc.returncode == 1 and "matches nothing" in proc.stderr

    after = _summary_fingerprint(project, tmp_path / "after")
    assert after != before
    proc = _run("verify", str(project), after)
    assert (proc.returncode, proc.stdout.strip()) == (0, "ok summary (draft)")


def test_a_table_of_many_bids_carries_the_totals_that_fit_a_readable_code() -> None:
    from app.reports.qr import MAX_TEXT, qr_text

    totals = [(f"B{i}", f"{50 + i % 50}.25") for i in range(1, 201)]
    text = qr_text("ZFCG-2026-001", "summary", "ABCD-EF01-2345-6789", totals)
    assert len(text.encode("utf-8")) <= MAX_TEXT
    parts = parse_qr_text(text)
    shown = parts["totals"]
    assert isinstance(shown, dict) and 10 < len(shown) < 200
    assert list(shown.items()) == totals[:len(shown)]
    assert parts["more"] == 200 - len(shown)
    assert len(qr_matrix(text)) <= 101  # a version of at most 21, as a 60-bid table's code always was
    few = parse_qr_text(qr_text("N", "summary", "ABCD-EF01-2345-6789", totals[:5]))
    assert few["totals"] == dict(totals[:5]) and few["more"] == 0


def test_plain_cells_drawn_directly_are_the_bytes_reportlab_draws(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The table that writes plain one-line cells straight into the page (app/reports/pdf_table.py) gives the very
    file reportlab's own table gives: every document of a pack whose names need several font subsets and hold
    the characters PDF text escapes, and the samples' documents."""
    from reportlab import rl_config
    from reportlab.platypus import Table

    from app.reports import pdf, pdf_table

    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: equal drawings are equal bytes
    doc = build_large_case(bidders=40, members=3, factors=8)
    hanzi = [bytes([0xB0 + i // 94, 0xA1 + i % 94]).decode("gb2312") for i in range(520)]
    for i, b in enumerate(doc["bidders"]):  # 13 characters each: 520 glyphs, past one subset's 256
        b["name"] = "".join(hanzi[13 * i:13 * i + 13]) + ("(\\)" if i % 3 == 0 else "")
    ev = loads(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    documents = {**build_documents(ev, evaluate(ev)), **{f"{n}-{k}": d for n in SAMPLE_NAMES
                                                         for k, d in build_documents(*load(n)).items()}}
    drawn: list[str] = []
    operators = pdf_table._operators

    def spy(canv: object, text: str) -> tuple[float, str]:
        found = operators(canv, text)
        drawn.append(found[1])
        return found

    monkeypatch.setattr(pdf_table, "_operators", spy)
    for name, document in documents.items():
        ours = pdf.write_pdf(document, tmp_path / f"ours-{name}.pdf").read_bytes()
        with monkeypatch.context() as m:
            m.setattr(pdf, "PlainCellTable", Table)
            theirs = pdf.write_pdf(document, tmp_path / f"theirs-{name}.pdf").read_bytes()
        assert ours == theirs, name
    assert len(drawn) > 1000
    assert any(ops.count(" Tf ") > 1 for ops in drawn)  # a cell whose text spans two subsets
    assert any("\\(" in ops and "\\\\" in ops for ops in drawn)  # escaped in the operators
