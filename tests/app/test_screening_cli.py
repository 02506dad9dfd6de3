"""``screen PROJECT_FILE --bids DIR [--tender FILE]...``: the bideval-screen/1 output, unreadable bid files
reported under their bidder, and bad input (exit 2, a message naming the place, nothing on stdout)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.app.projdoc import run_cli
from tests.app.test_screening_engine import PLANTED

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "screening"
PROJECT = str(CORPUS / "project.json")
BIDS = str(CORPUS / "bids")
TENDER = str(CORPUS / "tender" / "招标文件.docx")


def _bids(tmp_path: Path) -> Path:
    folder = tmp_path / "bids"
    shutil.copytree(BIDS, folder)
    return folder


def test_screen_with_the_tender() -> None:
    status, out, err = run_cli("screen", PROJECT, "--bids", BIDS, "--tender", TENDER)
    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert doc["format"] == "bideval-screen/1" and doc["tender_subtracted"] is True
    assert set(doc) == {"format", "tender_subtracted", "bidders", "findings", "prices"}
    assert {(f["kind"], tuple(f["bidders"])) for f in doc["findings"]} == PLANTED
    assert doc["prices"]["n"] == 5
    assert all(b["company"] != "中煜工程项目管理有限公司" for b in doc["bidders"].values())
    price = next(f for f in doc["findings"] if f["kind"] == "regular_prices")
    assert {e["file"] for e in price["evidence"]} == {"project.json"}


def test_screen_without_the_tender_says_so() -> None:
    status, out, err = run_cli("screen", PROJECT, "--bids", BIDS)
    assert (status, err) == (0, "")
    doc = json.loads(out)
    assert doc["tender_subtracted"] is False
    assert not {f["kind"] for f in doc["findings"]} & {"text_overlap", "same_contact"}


def test_unreadable_bid_files_are_reported_under_their_bidder(tmp_path: Path) -> None:
    folder = _bids(tmp_path)
    (folder / "B1-截断.docx").write_bytes((folder / "B1.docx").read_bytes()[:4000])
    (folder / "B6-扫描件.pdf").write_text("scanned later\n", encoding="utf-8")
    (folder / "B2" / "报价.pdf").write_bytes((folder / "B3-技术.pdf").read_bytes()[:200])
    status, out, err = run_cli("screen", PROJECT, "--bids", str(folder), "--tender", TENDER)
    assert (status, err) == (0, "")
    bidders = json.loads(out)["bidders"]
    assert bidders["B1"]["unreadable"].startswith("B1-截断.docx: not a .docx")
    assert bidders["B6"]["unreadable"].startswith("B6-扫描件.pdf: not a PDF file")
    assert bidders["B2"]["unreadable"].startswith("B2/报价.pdf: not a readable PDF")
    assert "unreadable" not in bidders["B3"]
    assert {(f["kind"], tuple(f["bidders"])) for f in json.loads(out)["findings"]} == PLANTED


def test_a_missing_bids_folder_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "没有"
    status, out, err = run_cli("screen", PROJECT, "--bids", str(missing))
    assert (status, out) == (2, "")
    assert f"{missing}: no such folder" in err
    status, out, err = run_cli("screen", PROJECT, "--bids", str(CORPUS / "bids" / "B1.docx"))
    assert (status, out) == (2, "") and "B1.docx: is a file, not a folder" in err


def test_a_file_naming_no_bidder_exits_2_naming_it(tmp_path: Path) -> None:
    folder = _bids(tmp_path)
    (folder / "说明.docx").write_bytes((folder / "B1.docx").read_bytes())
    (folder / "B12-报价.pdf").write_bytes((folder / "B3-技术.pdf").read_bytes())
    status, out, err = run_cli("screen", PROJECT, "--bids", str(folder), "--tender", TENDER)
    assert (status, out) == (2, "")
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{folder / 'B12-报价.pdf'}: the file name does not start with a bidder id")
    assert lines[1].startswith(f"{folder / '说明.docx'}: the file name does not start with a bidder id")


def test_bad_tender_and_project_exit_2(tmp_path: Path) -> None:
    status, out, err = run_cli("screen", PROJECT, "--bids", BIDS, "--tender", str(tmp_path / "无.docx"))
    assert (status, out) == (2, "") and f"{tmp_path / '无.docx'}: no such file" in err
    broken = tmp_path / "招标文件.docx"
    broken.write_text("not a document", encoding="utf-8")
    status, out, err = run_cli("screen", PROJECT, "--bids", BIDS, "--tender", str(broken))
    assert (status, out) == (2, "") and f"{broken}: the tender file cannot be read" in err
    status, out, err = run_cli("screen", str(tmp_path / "p.json"), "--bids", BIDS)
    assert (status, out) == (2, "") and "p.json: no such file" in err


def _project(tmp_path: Path, bidder: str, like: str) -> str:
    """The corpus's project with one bidder quoting what another quotes (figures and capitals)."""
    doc = json.loads(Path(PROJECT).read_text(encoding="utf-8"))
    bids = {b["id"]: b for b in doc["bidders"]}
    bids[bidder]["price"], bids[bidder]["price_words"] = bids[like]["price"], bids[like]["price_words"]
    path = tmp_path / f"{bidder}-{like}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _identical(project: str, *tender: str) -> list[tuple[list[str], list[str]]]:
    status, out, err = run_cli("screen", project, "--bids", BIDS, *tender)
    assert (status, err) == (0, "")
    return [(f["bidders"], [e["text"] for e in f["evidence"]]) for f in json.loads(out)["findings"]
            if f["kind"] == "identical_price"]


def test_identical_price_unless_the_tender_writes_that_sum(tmp_path: Path) -> None:
    over = _project(tmp_path, "B6", "B3")  # both at 2,600,000, above the ceiling: the tender writes no such sum
    assert _identical(over, "--tender", TENDER) == [(["B3", "B6"], ["2600000.00", "2600000.00"])]
    at_ceiling = _project(tmp_path, "B3", "B6")  # both at the ceiling, 2545000元 in the tender's text
    assert _identical(at_ceiling, "--tender", TENDER) == []
    assert _identical(at_ceiling) == [(["B3", "B6"], ["2545000.00", "2545000.00"])]  # no tender: not subtracted
