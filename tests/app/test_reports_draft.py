"""A draft never looks final: until the evaluation is finalised every page of every file of the pack says
草稿（未定稿） and its fingerprints are draft fingerprints; once finalised the marks are gone, the report
prints when it was finalised and the evaluation dates, and `verify` tells the two kinds apart.

Also here: each member's sheet numbered on its own in Word, the report's candidates with their prices, a
corrected price in capitals, and `finalise` warning about the report's blank facts."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn

from app.domain import session_records as sr
from app.domain.engine import evaluate
from app.domain.numerals import format_rmb
from app.domain.problems import InvalidInput
from app.reports.data import build_report
from app.reports.document import DRAFT_HEADER, DRAFT_MARK
from app.reports.facts import report_gaps
from app.reports.fingerprint import DRAFT_PREFIX, normalize, project_fingerprints
from app.reports.formats import cn_time
from app.reports.pack import write_pack
from app.reports.verify import matches
from app.reports.xlsx import STATUS_ROW
from app.services import records
from app.services.audit import audit_log
from app.services.members import submit_member
from app.services.project_io import import_exchange, load_project_evaluation
from tests.app.projdoc import MEMBERS, run_cli, small_doc, write_doc
from tests.app.reportkit import FINGERPRINT, PAGE, load, pdf_pages

FINAL_AT = "2025-11-26T02:30:00.000+00:00"


def finalised(name: str = "pingdingshan-001.json") -> tuple[Any, Any]:
    """A sample as if finalised (the record finalising writes), and its result."""
    ev, result = load(name)
    record = {"at": FINAL_AT, "by": "代理", "candidates": list(result.candidates), "failed": result.failed}
    return dataclasses.replace(ev, extensions={**ev.extensions, sr.FINAL: record}), result


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """The whole pack of the Pingdingshan sample, as a draft and finalised, by file name without the stem."""
    out = {}
    for kind, (ev, result) in (("draft", load("pingdingshan-001.json")), ("final", finalised())):
        paths = write_pack(ev, result, tmp_path_factory.mktemp(kind), stem="p")
        out[kind] = {p.name.removeprefix("p-"): p for p in paths}
    return out


def _pdfium_pages(path: Path) -> list[str]:
    """Each page's text as pdfium reads it (the diagonal watermark whole, not scattered)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _docx_text(path: Path) -> tuple[str, list[str]]:
    """A Word file's body text (paragraphs and tables) and each section's header XML."""
    document = docx.Document(str(path))
    body = [p.text for p in document.paragraphs]
    body += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(body), [s.header._element.xml for s in document.sections]


def test_every_pdf_page_of_a_draft_says_so(packs: dict[str, dict[str, Path]]) -> None:
    for name, path in packs["draft"].items():
        if not name.endswith(".pdf"):
            continue
        whole, content = _pdfium_pages(path), pdf_pages(path, marks=True)
        upright = upright_pages(path)
        assert len(whole) == len(content) == len(upright) > 0
        for i, (text, page, flat) in enumerate(zip(whole, content, upright, strict=True), start=1):
            # the red line at the top: the page's first line
            assert " ".join(page.strip().split("\n")[0].split()) == " ".join(DRAFT_HEADER.split()), (name, i)
            # and the diagonal watermark: a mark more than the upright text holds (pdftotext -nodiag drops it)
            assert text.count(DRAFT_MARK) == flat.count(DRAFT_MARK) + 1, (name, i)
            found = FINGERPRINT.findall(page)
            assert len(found) == 1 and found[0].startswith(DRAFT_PREFIX), (name, i)


def upright_pages(path: Path) -> list[str]:
    """Each page's upright text (pdftotext -nodiag), the draft's line at the top included."""
    import subprocess

    text = subprocess.run(["pdftotext", "-nodiag", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def test_a_final_pack_has_no_draft_mark_and_prints_when_it_was_finalised(
        packs: dict[str, dict[str, Path]]) -> None:
    for name, path in packs["final"].items():
        if name.endswith(".pdf"):
            for i, text in enumerate(_pdfium_pages(path), start=1):
                assert "草稿" not in text and "未定稿" not in text, (name, i)
                found = FINGERPRINT.findall(text)
                assert len(found) == 1 and not found[0].startswith(DRAFT_PREFIX), (name, i)
        elif name.endswith(".docx"):
            body, headers = _docx_text(path)
            assert "草稿" not in body and not any("草稿" in h or "<v:shape" in h for h in headers), name
        else:
            wb = openpyxl.load_workbook(path)
            for ws in wb.worksheets:
                assert ws.cell(row=STATUS_ROW, column=1).value == f"已定稿：{cn_time(FINAL_AT)}"
                assert not any("草稿" in str(c.value) for row in ws.iter_rows() for c in row if c.value), ws.title
                assert not ws.oddHeader.center.text
    report = "\n".join(pdf_pages(packs["final"]["评标报告.pdf"]))
    assert f"定稿时间：{cn_time(FINAL_AT)}" in report
    assert "评标时间：____" in report  # an exchange file has no audit trail: the dates are left to fill in
    draft = "\n".join(pdf_pages(packs["draft"]["评标报告.pdf"]))
    assert "定稿时间" not in draft and "评标时间" not in draft and f"本报告为{DRAFT_MARK}" in draft


def test_every_word_section_of_a_draft_has_the_header_and_the_watermark(packs: dict[str, dict[str, Path]]) -> None:
    for name in ("评标报告.docx", "评审表.docx", "评委个人评分表.docx"):
        document = docx.Document(str(packs["draft"][name]))
        assert len(document.sections) >= 1
        for i, section in enumerate(document.sections):
            header = section.header
            assert not header.is_linked_to_previous, (name, i)
            assert header.paragraphs[0].text == DRAFT_HEADER, (name, i)
            run = header.paragraphs[0].runs[0]
            assert run.bold and str(run.font.color.rgb) == "C00000"
            xml = header._element.xml
            assert f'string="{DRAFT_MARK}"' in xml and "rotation:" in xml and "<v:textpath" in xml, (name, i)


def test_every_sheet_of_a_draft_workbook_says_so(packs: dict[str, dict[str, Path]]) -> None:
    wb = openpyxl.load_workbook(packs["draft"]["评审表.xlsx"])
    assert len(wb.worksheets) >= 6
    for ws in wb.worksheets:
        first = ws.cell(row=STATUS_ROW, column=1)
        assert first.value == DRAFT_HEADER and first.font.bold and first.font.color.rgb.endswith("C00000"), ws.title
        assert DRAFT_MARK in ws.oddHeader.center.text, ws.title
        last = str(ws.cell(row=ws.max_row, column=1).value)
        assert last.startswith(f"数据指纹：{DRAFT_PREFIX}"), ws.title


def test_draft_and_final_fingerprints_differ_and_are_told_apart() -> None:
    ev, result = load("pingdingshan-001.json")
    final = project_fingerprints(ev, result)
    draft = project_fingerprints(ev, result, draft=True)
    assert project_fingerprints(ev, result, draft=None) == draft  # a pack written now: not finalised
    assert set(final) == set(draft)
    for name in final:
        assert draft[name].startswith(DRAFT_PREFIX) and not final[name].startswith(DRAFT_PREFIX)
        assert draft[name].removeprefix(DRAFT_PREFIX) != final[name]  # a distinct domain, not just a prefix
        assert matches(ev, result, draft[name]) == ([name], True)
        assert matches(ev, result, draft[name].removeprefix(DRAFT_PREFIX)) == ([name], True)  # prefix cut off
        assert matches(ev, result, final[name]) == ([name], False)
        assert matches(ev, result, DRAFT_PREFIX + final[name])[0] == []  # a final one passed off as a draft
    assert normalize("d abcd ef01 2345 6789") == "D-ABCD-EF01-2345-6789"
    with pytest.raises(ValueError):
        normalize("E-ABCD-EF01-2345-6789")
    fev, fresult = finalised()
    assert project_fingerprints(fev, fresult, draft=None) == final
    assert build_report(fev, fresult).draft is False and build_report(ev, result).draft is True


def test_member_sheets_are_numbered_each_on_their_own_in_word(tmp_path: Path) -> None:
    for name, total_field in (("pingdingshan-001.json", "SECTIONPAGES"), ("luoyang-002.json", "PAGEREF")):
        ev, result = load(name)
        path = write_pack(ev, result, tmp_path / name, formats=("docx",), stem="s")[2]
        document = docx.Document(str(path))
        body = document.element.body.xml
        starts = 0
        for section in document.sections:
            numbering = section._sectPr.find(qn("w:pgNumType"))
            starts += numbering is not None and numbering.get(qn("w:start")) == "1"
            footer = section.footer._element.xml
            assert "PAGE" in footer and total_field in footer and "NUMPAGES" not in footer
            if total_field == "PAGEREF":
                bookmark = footer.split("PAGEREF ")[1].split()[0]
                assert f'w:name="{bookmark}"' in body
        assert starts == len(ev.members)  # each member's first page is page 1
    # the committee's tables are numbered over the whole file
    tables = write_pack(ev, result, tmp_path / "t", formats=("docx",), stem="t")[1]
    assert all("NUMPAGES" in s.footer._element.xml for s in docx.Document(str(tables)).sections)


def test_member_sheets_are_numbered_each_on_their_own_in_pdf(packs: dict[str, dict[str, Path]]) -> None:
    ev, _ = load("pingdingshan-001.json")
    pages = pdf_pages(packs["draft"]["评委个人评分表.pdf"])
    numbers = [PAGE.search(p).groups() for p in pages]  # type: ignore[union-attr]
    per_member = len(pages) // len(ev.members)
    assert numbers == [(str(i), str(per_member)) for _ in ev.members for i in range(1, per_member + 1)]


def test_report_candidates_with_prices_and_a_corrected_price_in_capitals(packs: dict[str, dict[str, Path]]) -> None:
    ev, result = load("pingdingshan-001.json")
    data = build_report(ev, result)
    report = "\n".join(pdf_pages(packs["draft"]["评标报告.pdf"]))
    part = report[report.index("五、评标结果"):report.index("六、其他需要说明的情况")]
    assert "投标报价（元）" in part and "评审价格（元）" in part
    prices = {r.bidder: r for r in data.price.rows}
    for c in result.candidates:
        row = next(line for line in part.splitlines() if f" {c} " in f" {line} ")
        assert prices[c].corrected in row and prices[c].evaluated in row and result.bidder(c).total is not None
    b4 = result.bidder("B4").price  # its figures and capitals disagree: the capitals stand
    assert f"报价修正为 {prices['B4'].corrected} 元（大写：{format_rmb(b4)}）" in report.replace("\n", "")
    word, _ = _docx_text(packs["draft"]["评标报告.docx"])
    assert format_rmb(b4) in word


# -- a project finalised for real ----------------------------------------------------------------------
def _finalisable_doc() -> dict[str, Any]:
    """The small document with every member agreeing (no Art.64 finding) and B2's failing verdict gone."""
    doc = copy.deepcopy(small_doc())
    first = {(s["bidder"], s["factor"]): s["value"] for s in doc["scores"] if s["member"] == "M1"}
    for s in doc["scores"]:
        if s["member"] is not None:
            s["value"] = first[(s["bidder"], s["factor"])]
    doc["checks"] = [c for c in doc["checks"] if c["member"] is None]
    return doc


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(write_doc(tmp_path / "s.json", _finalisable_doc()), path, by="代理")
    return path


def _summary_fingerprint(project: Path, out: Path) -> str:
    status, _out, err = run_cli("report", project, "--out", out, "--format", "pdf", "--stem", "p")
    assert status == 0, err
    page = next(p for p in pdf_pages(out / "p-评审表.pdf") if p.lstrip().startswith("评分汇总表"))
    return FINGERPRINT.search(page).group(1)  # type: ignore[union-attr]


def test_finalise_warns_about_blank_report_facts_and_verify_tells_draft_from_final(
        project: Path, tmp_path: Path) -> None:
    for member in MEMBERS:
        submit_member(project, member, by=member)
    draft = _summary_fingerprint(project, tmp_path / "draft")
    assert draft.startswith(DRAFT_PREFIX)
    assert run_cli("verify", project, draft)[:2] == (0, "ok summary (draft)\n")

    warnings = [f"warning: report fact {code} ({words}) is blank: the report prints a line to fill in by hand"
                for code, words in report_gaps(load_project_evaluation(project))]
    assert [w.split()[3] for w in warnings] == ["notice", "opening_place", "leader"]
    status, out, err = run_cli("finalise", project, "--dry-run")
    assert (status, out, err.splitlines()) == (0, "ok\n", warnings)  # warned, not refused
    assert sr.final_record(load_project_evaluation(project)) is None
    status, out, err = run_cli("finalise", project, "--by", "代理")
    assert (status, out, err.splitlines()) == (0, "ok\n", warnings)
    ev = load_project_evaluation(project)
    final = sr.final_record(ev)
    assert final is not None

    after = _summary_fingerprint(project, tmp_path / "final")
    assert not after.startswith(DRAFT_PREFIX) and after != draft.removeprefix(DRAFT_PREFIX)
    assert run_cli("verify", project, after)[:2] == (0, "ok summary\n")
    assert run_cli("verify", project, draft)[:2] == (0, "ok summary (draft)\n")  # the old paper: a draft of it
    assert run_cli("verify", project, draft.removeprefix(DRAFT_PREFIX))[:2] == (0, "ok summary (draft)\n")
    status, out, err = run_cli("verify", project, DRAFT_PREFIX + after)
    assert (status, out) == (1, "") and "matches nothing" in err

    # the report of the finalised evaluation: when it was finalised and the evaluation's dates
    report = "\n".join(pdf_pages(tmp_path / "final" / "p-评标报告.pdf"))
    assert f"定稿时间：{cn_time(str(final['at']))}" in report
    day = cn_time(str(final["at"])).split()[0]
    first = cn_time(next(e.at for e in audit_log(project) if e.entity == "member")).split()[0]
    dates = day if first == day else f"{first}至{day}"
    assert f"评标时间：{dates}" in report
    assert not any(DRAFT_MARK in p for p in _pdfium_pages(tmp_path / "final" / "p-评标报告.pdf"))


def test_no_warning_once_the_report_facts_are_filled_in(project: Path) -> None:
    from app.domain import extras
    from app.services.setup import save_setup

    ev = load_project_evaluation(project)
    ev = extras.with_entry(ev, extras.REPORT, "notice", "中国政府采购网")
    ev = extras.with_entry(ev, extras.REPORT, "opening_place", "开标室")
    ev = extras.with_entry(ev, extras.COMMITTEE, "leader", "M1")
    save_setup(project, ev, by="代理")
    assert report_gaps(load_project_evaluation(project)) == []
    status, _out, err = run_cli("finalise", project, "--dry-run")
    assert status == 2 and "warning" not in err and "not_submitted" in err  # refused for the sheets only


def test_a_reopened_evaluation_is_a_draft_again(project: Path) -> None:
    for member in MEMBERS:
        submit_member(project, member, by=member)
    records.finalise(project, by="代理")
    ev = load_project_evaluation(project)
    assert not build_report(ev, evaluate(ev)).draft
    with pytest.raises(InvalidInput):
        records.reopen(project, reason=" ", art64="summation_error", by="代理")
    records.reopen(project, reason="汇总复核", art64="summation_error", by="代理")
    ev = load_project_evaluation(project)
    assert build_report(ev, evaluate(ev)).draft
