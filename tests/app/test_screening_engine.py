"""The screen (清标) on the generated corpus: every planted signal found with its place, the clean bids and
the tender's own marks in no finding, the price statistics, and the engine on plain data.

What is planted where is written in tools/make_screening_corpus.py; the expected values below are taken
from it (or from the files themselves with zipfile and hashlib), never from the engine.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import re
import zipfile
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from app.screening.engine import read_bidders, read_document, screen
from app.screening.files import assign_files
from app.screening.findings import KINDS, BidderDocs, document_findings, tender_marks
from app.screening.model import BidFile, Unit, Value
from app.screening.prices import Bid, price_findings, statistics
from app.screening.signals import amounts
from app.screening.text import normalize
from app.services.opening import load_any

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "screening"
TENDER = CORPUS / "tender" / "招标文件.docx"
SHARED_PDF_ID = "6F1C2A9E4B7D3051A8E2C4F6B9D01357"
AGENCY = "中煜工程项目管理有限公司"
#: (kind, bidders) of every signal the corpus plants, and nothing else.
PLANTED = {
    ("same_author", ("B1", "B5")),
    ("same_company_property", ("B1", "B4")),
    ("shared_revision_ids", ("B1", "B2")),
    ("same_pdf_id", ("B2", "B5")),
    ("same_image", ("B1", "B4")),
    ("same_contact", ("B4", "B5")),
    ("text_overlap", ("B2", "B4")),
    ("regular_prices", ("B1", "B2", "B5")),
    ("created_together", ("B4", "B5")),
}


def _screen(tender: bool) -> dict[str, Any]:
    ev = load_any(CORPUS / "project.json")
    files, problems = assign_files(CORPUS / "bids", [b.id for b in ev.bidders])
    assert problems == []
    bidders = read_bidders(ev, files)
    return screen(ev, bidders, [read_document(TENDER, TENDER.name)] if tender else None, "project.json")


@pytest.fixture(scope="module")
def screened() -> dict[str, Any]:
    return _screen(tender=True)


@pytest.fixture(scope="module")
def untendered() -> dict[str, Any]:
    return _screen(tender=False)


def _one(doc: dict[str, Any], kind: str, bidders: tuple[str, ...]) -> dict[str, Any]:
    found = [f for f in doc["findings"] if f["kind"] == kind and tuple(f["bidders"]) == bidders]
    assert len(found) == 1, (kind, bidders, [(f["kind"], f["bidders"]) for f in doc["findings"]])
    return found[0]


def _pieces(f: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return {(e["bidder"], e["file"], e["where"], e["text"]) for e in f["evidence"]}


def test_exactly_the_planted_findings(screened: dict[str, Any]) -> None:
    assert screened["format"] == "bideval-screen/1"
    assert screened["tender_subtracted"] is True
    assert {(f["kind"], tuple(f["bidders"])) for f in screened["findings"]} == PLANTED


def test_every_finding_has_the_contract_shape(screened: dict[str, Any]) -> None:
    for f in screened["findings"]:
        article, strength = KINDS[f["kind"]]
        assert f["article"] == article
        assert f["strength"] == strength or f["kind"] == "text_overlap"
        assert len(f["bidders"]) >= 2 and f["bidders"] == sorted(f["bidders"])
        assert {e["bidder"] for e in f["evidence"]} == set(f["bidders"])
        for e in f["evidence"]:
            assert set(e) == {"bidder", "file", "where", "text"} and all(e.values())


def test_clean_bids_are_in_no_finding(screened: dict[str, Any]) -> None:
    for f in screened["findings"]:
        assert "B3" not in f["bidders"] and "B6" not in f["bidders"], f


def test_same_author(screened: dict[str, Any]) -> None:
    f = _one(screened, "same_author", ("B1", "B5"))
    assert _pieces(f) == {("B1", "B1.docx", "docProps/core.xml cp:lastModifiedBy", "李明"),
                          ("B5", "B5-技术.pdf", "document info /Author", "李明")}


def test_same_company_property(screened: dict[str, Any]) -> None:
    f = _one(screened, "same_company_property", ("B1", "B4"))
    assert _pieces(f) == {("B4", "B4.docx", "docProps/app.xml Company", "平顶山某诚软件科技有限公司"),
                          ("B1", "project.json", "opening record: bidder name", "平顶山某诚软件科技有限公司")}


def test_shared_revision_ids_are_b1s_three_sessions(screened: dict[str, Any]) -> None:
    rnd = random.Random(1)  # the generator's B1 sessions
    ids = " ".join(sorted(f"00{rnd.randrange(16 ** 6):06X}" for _ in range(3)))
    f = _one(screened, "shared_revision_ids", ("B1", "B2"))
    where = "word/settings.xml w:rsids, word/document.xml w:rsid*"
    assert _pieces(f) == {("B1", "B1.docx", where, ids), ("B2", "B2/投标文件.docx", where, ids)}


def test_same_pdf_id(screened: dict[str, Any]) -> None:
    f = _one(screened, "same_pdf_id", ("B2", "B5"))
    assert _pieces(f) == {("B2", "B2/技术偏离表.pdf", "trailer /ID", SHARED_PDF_ID),
                          ("B5", "B5-技术.pdf", "trailer /ID", SHARED_PDF_ID)}


def _media(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if n.startswith("word/media/")}


def test_same_image_is_the_photo_not_the_tenders_logo(screened: dict[str, Any]) -> None:
    logo = set(_media(TENDER).values())
    b1, b4 = _media(CORPUS / "bids" / "B1.docx"), _media(CORPUS / "bids" / "B4.docx")
    photo = (set(b1.values()) & set(b4.values())) - logo
    assert len(photo) == 1 and logo <= set(b1.values())  # the logo is in every bid, and not evidence
    sha = photo.pop()
    f = _one(screened, "same_image", ("B1", "B4"))
    assert _pieces(f) == {("B1", "B1.docx", next(n for n, h in b1.items() if h == sha), f"SHA-256 {sha}"),
                          ("B4", "B4.docx", next(n for n, h in b4.items() if h == sha), f"SHA-256 {sha}")}


def test_same_contact_names_the_places(screened: dict[str, Any]) -> None:
    f = _one(screened, "same_contact", ("B4", "B5"))
    values = {e["text"] for e in f["evidence"]}
    assert values == {"13937512345", "周强"}  # B5's own e-mail is no shared contact
    assert ("B5", "B5-技术.pdf", "page 1", "13937512345") in _pieces(f)
    assert ("B5", "B5-技术.pdf", "page 1", "周强") in _pieces(f)
    units = {(u.where, u.text) for u in read_document(CORPUS / "bids" / "B4.docx", "B4.docx").units}
    for e in f["evidence"]:
        if e["bidder"] == "B4":
            assert e["file"] == "B4.docx" and re.fullmatch(r"paragraph \d+", e["where"])
            assert any(where == e["where"] and e["text"] in text for where, text in units)
    assert "项目经理：周强，联系电话：13937512345。" in {t for w, t in units}


def test_text_overlap_is_strong_with_the_shared_passages(screened: dict[str, Any]) -> None:
    f = _one(screened, "text_overlap", ("B2", "B4"))
    assert f["strength"] == "strong"
    shares = [Decimal(x) for x in re.findall(r"(\d\.\d{4}) of", f["detail"])]
    assert len(shares) == 2 and max(shares) >= Decimal("0.60")
    sides = {e["bidder"]: e for e in f["evidence"][:2]}
    assert sides["B2"]["file"] == "B2/投标文件.docx" and sides["B4"]["file"] == "B4.docx"
    for e in f["evidence"]:
        assert re.fullmatch(r"paragraphs? \d+(-\d+)?", e["where"])
    assert 2 <= len(f["evidence"]) <= 10
    assert "以“预防为主、快速响应、持续改进”为原则" in sides["B2"]["text"]
    assert normalize(sides["B2"]["text"]) == normalize(sides["B4"]["text"])


def test_regular_prices(screened: dict[str, Any]) -> None:
    f = _one(screened, "regular_prices", ("B1", "B2", "B5"))
    assert {(e["bidder"], e["text"]) for e in f["evidence"]} == {
        ("B1", "2000000.00"), ("B2", "2100000.00"), ("B5", "2200000.00")}
    assert f["detail"].startswith("arithmetic progression")


def test_created_together(screened: dict[str, Any]) -> None:
    f = _one(screened, "created_together", ("B4", "B5"))
    assert _pieces(f) == {("B4", "B4.docx", "docProps/core.xml dcterms:modified", "2025-11-21T15:05:30Z"),
                          ("B5", "B5-商务.docx", "docProps/core.xml dcterms:modified", "2025-11-21T15:02:00Z")}


def _tender_raw() -> tuple[set[str], set[str]]:
    """The tender's property values and revision ids, read with zipfile and regular expressions."""
    with zipfile.ZipFile(TENDER) as z:
        core, app = z.read("docProps/core.xml").decode(), z.read("docProps/app.xml").decode()
        settings = z.read("word/settings.xml").decode()
    values = set(re.findall(r"<dc:creator>([^<]+)<", core)) | set(re.findall(r"<Company>([^<]+)<", app))
    return values, set(re.findall(r'w:val="([0-9A-F]{8})"', settings))


def test_nothing_the_tender_carries_is_evidence(screened: dict[str, Any]) -> None:
    values, rsids = _tender_raw()
    assert values == {"刘芳", AGENCY} and len(rsids) == 7
    agency_marks = values | {"13837512000", "zhongyu_zb@163.com", "赵工", "2025-10-20T09:00:00Z", *rsids,
                             *(f"SHA-256 {h}" for h in _media(TENDER).values())}
    tender_text = normalize("\n".join(u.text for u in read_document(TENDER, TENDER.name).units))
    for f in screened["findings"]:
        for e in f["evidence"]:
            assert not any(m in e["text"] for m in agency_marks), (f["kind"], e)
            if f["kind"] == "text_overlap":
                assert normalize(e["text"]) not in tender_text


def test_bidder_summaries_are_the_bidders_not_the_tenders(screened: dict[str, Any]) -> None:
    bidders = screened["bidders"]
    assert list(bidders) == ["B1", "B2", "B3", "B4", "B5", "B6"]
    for b in bidders.values():
        assert b["company"] != AGENCY and b["author"] != "刘芳" and b["created"] != "2025-10-20T09:00:00Z"
        assert "13837512000" not in b["phones"] and "zhongyu_zb@163.com" not in b["emails"]
        assert "unreadable" not in b
    assert bidders["B1"] == {"files": ["B1.docx"], "author": "李明", "company": None, "created": None,
                             "phones": ["13803750118"], "emails": []}
    assert bidders["B4"]["company"] == "平顶山某诚软件科技有限公司" and bidders["B4"]["author"] == "周强"
    assert bidders["B2"]["files"] == ["B2/技术偏离表.pdf", "B2/投标文件.docx"]
    assert bidders["B2"]["created"] == "2025-11-20T06:15:00Z"  # D:20251120141500+08'00'
    assert bidders["B5"]["phones"] == ["13783110452", "13937512345"]
    assert bidders["B5"]["emails"] == ["zhouqiang_ha@126.com"]


def test_without_the_tender_no_text_findings_and_it_says_so(untendered: dict[str, Any]) -> None:
    assert untendered["tender_subtracted"] is False
    kinds = {f["kind"] for f in untendered["findings"]}
    assert not kinds & {"text_overlap", "same_contact"}
    assert ("same_author", ["B1", "B5"]) in [(f["kind"], f["bidders"]) for f in untendered["findings"]]
    assert ("same_pdf_id", ["B2", "B5"]) in [(f["kind"], f["bidders"]) for f in untendered["findings"]]


def _dec(x: Fraction) -> Decimal:
    return Decimal(x.numerator) / Decimal(x.denominator)


def _pstdev(xs: list[Fraction]) -> Decimal:
    mean = sum(xs, Fraction(0)) / len(xs)
    return _dec(sum(((x - mean) ** 2 for x in xs), Fraction(0)) / len(xs)).sqrt()


def test_price_statistics_over_the_valid_bids(screened: dict[str, Any]) -> None:
    # B3 is invalid in the sample; B4's capitals (1,955,000) prevail over its figures (1,950,000).
    b = sorted(Fraction(p) for p in ("2000000", "2100000", "1955000", "2200000", "2545000"))
    q = Decimal("0.0001")
    with localcontext() as ctx:
        ctx.prec = 50
        expected = {
            "cv": str((_pstdev(b) / _dec(sum(b, Fraction(0)) / len(b))).quantize(q)),
            "spd": str(_dec((b[-1] - b[0]) / b[0]).quantize(q)),
            "diffp": str(_dec((b[1] - b[0]) / b[0]).quantize(q)),
            "rd": str((_dec(b[1] - b[0]) / _pstdev(b[1:])).quantize(q)),
            "n": 5,
        }
    assert screened["prices"] == expected
    assert expected["diffp"] == "0.0230" and expected["spd"] == "0.3018"


def test_statistics_edges() -> None:
    assert statistics([]) == {"cv": None, "spd": None, "diffp": None, "rd": None, "n": 0}
    two = statistics([Decimal(100), Decimal(110)])
    assert two == {"cv": "0.0476", "spd": "0.1000", "diffp": "0.1000", "rd": None, "n": 2}
    assert statistics([Decimal(90), Decimal(100), Decimal(100)])["rd"] is None  # b2 … bn do not deviate
    assert statistics([Decimal(90), Decimal(100), Decimal(110)])["rd"] == "2.0000"


def _bids(*prices: str) -> list[Bid]:
    return [Bid(f"B{i}", Decimal(p), False, True) for i, p in enumerate(prices, start=1)]


@pytest.mark.parametrize(("prices", "found"), [
    (("100", "200", "301", "999"), {("regular_prices", ("B1", "B2", "B3"))}),  # steps 100, 101: within 1%
    (("100", "200", "303"), set()),  # steps 100, 103: 1.5 off a mean of 101.5
    (("1000", "1100", "1210"), {("regular_prices", ("B1", "B2", "B3"))}),  # ratios 1.1, 1.1
    (("1000", "1100", "1220"), set()),  # ratios 1.1, 1.109: 0.4% off the mean
    (("500", "700", "500"), {("identical_price", ("B1", "B3"))}),
])
def test_price_findings(prices: tuple[str, ...], found: set[tuple[str, tuple[str, ...]]]) -> None:
    out = price_findings(_bids(*prices), "p.json")
    assert {(f["kind"], tuple(f["bidders"])) for f in out} == found
    for f in out:
        assert all(e["file"] == "p.json" and e["where"].startswith("opening record") for e in f["evidence"])


def _doc(name: str, *, company: str = "", author: str = "", text: str = "") -> BidFile:
    values = tuple(Value(k, f"docProps {k}", v) for k, v in (("company", company), ("author", author)) if v)
    return BidFile(name, "docx", units=(Unit(1, "paragraph 1", text),) if text else (), values=values)


def test_a_value_the_tenders_text_carries_is_no_evidence() -> None:
    tender = _doc("招标文件.docx",
                  text="采购人：平顶山市行政审批和政务信息管理局 代理机构联系人：赵工 电话：13837512000")
    marks = tender_marks([tender])
    purchaser = "平顶山市行政审批和政务信息管理局"
    bidders = [BidderDocs("B1", "甲公司", (_doc("B1.docx", company=purchaser, author="赵工",
                                                text="联系人：赵工 电话：13837512000"),)),
               BidderDocs("B2", "乙公司", (_doc("B2.docx", company=purchaser, author="赵工",
                                                text="联系人：赵工 电话：13837512000"),))]
    assert document_findings(bidders, marks, "p.json") == []
    own = [BidderDocs(b.id, b.name, (_doc(f"{b.id}.docx", company="某某咨询有限公司", author="钱七",
                                          text="联系人：钱七 电话：13900001111"),)) for b in bidders]
    kinds = {f["kind"] for f in document_findings(own, marks, "p.json")}
    assert kinds == {"same_author", "same_company_property", "same_contact"}


def test_an_unreadable_bid_file_is_reported_not_raised(tmp_path: Path) -> None:
    truncated = tmp_path / "B1-截断.docx"
    truncated.write_bytes((CORPUS / "bids" / "B1.docx").read_bytes()[:3000])
    fake = tmp_path / "B3-扫描.pdf"
    fake.write_text("这不是 PDF 文件", encoding="utf-8")
    ev = load_any(CORPUS / "project.json")
    files, problems = assign_files(CORPUS / "bids", [b.id for b in ev.bidders])
    assert problems == []
    files["B1"].append((truncated, truncated.name))
    files["B3"].append((fake, fake.name))
    doc = screen(ev, read_bidders(ev, files), [read_document(TENDER, TENDER.name)], "project.json")
    assert doc["bidders"]["B1"]["unreadable"].startswith("B1-截断.docx: not a .docx")
    assert doc["bidders"]["B3"]["unreadable"].startswith("B3-扫描.pdf: not a PDF")
    assert "B1-截断.docx" in doc["bidders"]["B1"]["files"]
    assert {(f["kind"], tuple(f["bidders"])) for f in doc["findings"]} == PLANTED


def test_sums_the_tender_writes_are_no_identical_price() -> None:
    assert set(amounts("最高限价：2545000元；254.5万元；２，５４５，０００.００ 元；合同号12345；共3.5万人")) == {
        Decimal("2545000")}
    bids = _bids("2545000.00", "2545000", "2600000")
    assert price_findings(bids, "p.json", {Decimal("2545000")}) == []
    assert [f["bidders"] for f in price_findings(bids, "p.json")] == [["B1", "B2"]]


def test_bidders_are_sorted_by_id_with_numbers_by_value() -> None:
    bids = [Bid("B10", Decimal(300), False, True), Bid("B2", Decimal(100), False, True),
            Bid("B7", Decimal(200), False, True), Bid("B9", Decimal(100), False, True)]
    found = [(f["kind"], f["bidders"]) for f in price_findings(bids, "p.json")]
    assert found == [("identical_price", ["B2", "B9"]), ("regular_prices", ["B2", "B7", "B10"]),
                     ("regular_prices", ["B7", "B9", "B10"])]
    doc = [BidderDocs(i, i, (_doc(f"{i}.docx", author="钱七"),)) for i in ("B10", "B2", "B1")]
    (f,) = document_findings(doc, tender_marks([]), "p.json")
    assert f["bidders"] == ["B1", "B2", "B10"] and [e["bidder"] for e in f["evidence"]] == ["B1", "B2", "B10"]


@pytest.mark.parametrize("name", ["B1.docx", "B3-技术.pdf"])
def test_damaged_copies_are_read_or_named_unreadable_never_raised(name: str) -> None:
    data = (CORPUS / "bids" / name).read_bytes()
    rnd = random.Random(17)
    damaged = [data[:n] for n in (0, 5, 100, len(data) // 3, len(data) // 2, len(data) - 30)]
    for _ in range(12):
        flipped = bytearray(data)
        for _ in range(40):
            flipped[rnd.randrange(100, len(data))] ^= 0xFF
        damaged.append(bytes(flipped))
    unreadable = 0
    for blob in damaged:
        f = read_document(blob, name)
        assert f.name == name
        if f.unreadable:
            unreadable += 1
            assert 0 < len(f.unreadable) <= 300 and not (f.units or f.values or f.media)
    assert unreadable >= 4  # at least the truncated copies (0, 5, 100 bytes, a third) are refused with a reason


def test_a_tender_without_text_subtracts_its_properties_but_no_text() -> None:
    ev = load_any(CORPUS / "project.json")
    files, _ = assign_files(CORPUS / "bids", [b.id for b in ev.bidders])
    scanned = dataclasses.replace(read_document(TENDER, TENDER.name), units=())
    doc = screen(ev, read_bidders(ev, files), [scanned], "project.json")
    assert doc["tender_subtracted"] is False
    found = {(f["kind"], tuple(f["bidders"])) for f in doc["findings"]}
    assert found == PLANTED - {("text_overlap", ("B2", "B4")), ("same_contact", ("B4", "B5"))}
    assert all(b["company"] != AGENCY for b in doc["bidders"].values())
