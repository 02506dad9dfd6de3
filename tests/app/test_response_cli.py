"""The bidder's commands and the agent's side: publish-tender → respond new → check / estimate →
import-responses → evaluate, with located messages for bad input and nothing stored on a refusal."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain import extras
from app.domain.numerals import format_rmb
from app.services.audit import audit_log
from app.services.project_io import load_project_evaluation
from tests.app.projdoc import run_cli
from tests.app.respkit import SAMPLES, clean_doc
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "pingdingshan-001.json"


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    status, _, err = run_cli("import", SAMPLE, tmp_path / "p.bidesk", "--by", "代理")
    assert (status, err) == (0, "")
    return tmp_path / "p.bidesk"


def test_check_prints_the_selfcheck_document(tmp_path: Path) -> None:
    status, out, err = run_cli("respond", "check", SAMPLES / "pingdingshan-001-clean.bidresp.json")
    assert (status, err) == (0, "")
    assert json.loads(out) == {"format": "bideval-selfcheck/1", "ready": True, "findings": []}
    status, out, _ = run_cli("respond", "check", SAMPLES / "pingdingshan-001-fatal.bidresp.json")
    doc = json.loads(out)
    assert status == 0 and doc["ready"] is False
    assert all(set(f) == {"kind", "severity", "where", "message"} for f in doc["findings"])


@pytest.mark.parametrize(("change", "line"), [
    (lambda d: d.update(colour="red"), "colour: unknown key"),
    (lambda d: d["tender"].update(bidders=[]), "tender.bidders: unknown key"),
    (lambda d: d["tender"]["factors"][1]["rule"].update(each="x"), "tender.factors[1].rule.each"),
    (lambda d: d["claims"][0].update(factor="F99"), "claims[0].factor: F99 is not a factor of the tender"),
    (lambda d: d["claims"][0].update(factor="P"), "claims[0].factor: P is the price factor"),
    (lambda d: d["evidence"][0].update(item="Q99"), "evidence[0].item: Q99 is not an item"),
    (lambda d: d["responses"][0].update(requirement="R9"), "responses[0].requirement: R9 is not a requirement"),
    (lambda d: d["responses"][0].update(answer="maybe"), "responses[0].answer"),
    (lambda d: d["declaration"][0].update(employees=-1), "declaration[0].employees"),
    (lambda d: d.update(format="bideval/1"), "format"),
    (lambda d: d.update(price=None, price_words=None), "price: a price in figures or in words"),
    (lambda d: d["tender"]["project"].update(validity_days=0), "tender.project.validity_days"),
])
def test_bad_input_is_located(tmp_path: Path, change: Any, line: str) -> None:
    doc = clean_doc()
    change(doc)
    status, out, err = run_cli("respond", "check", write(tmp_path / "r.json", doc))
    assert status == 2 and out == ""
    assert line in err


def test_a_rate_with_three_places_is_refused(tmp_path: Path) -> None:
    doc = clean_doc()
    doc["tender"]["project"].update(price_mode="rate", budget=None, ceiling=None)
    doc.update(price="86.505", price_words=None)
    status, _, err = run_cli("respond", "check", write(tmp_path / "r.json", doc))
    assert status == 2 and "price: 86.505 has more than two decimal places" in err


def test_estimate_command(tmp_path: Path) -> None:
    status, out, err = run_cli("respond", "estimate", SAMPLES / "pingdingshan-001-clean.bidresp.json",
                               "--others", "1800000,2000000")
    assert (status, err) == (0, "")
    assert json.loads(out)["price_score"] == "9.82"
    status, out, err = run_cli("respond", "estimate", SAMPLES / "pingdingshan-001-clean.bidresp.json",
                               "--others", "1800000,abc,-5")
    assert status == 2 and out == ""
    assert err.splitlines() == ["--others[1]: abc is not a positive price", "--others[2]: -5 is not a positive price"]


def test_publish_new_fill_and_import(project: Path, tmp_path: Path) -> None:
    tender = tmp_path / "tender.json"
    assert run_cli("publish-tender", project, tender)[0] == 0
    published = json.loads(tender.read_text(encoding="utf-8"))
    assert published["format"] == "bideval/1" and published["bidders"] == []
    assert not {"members", "checks", "scores", "decisions"} & set(published)
    assert run_cli("publish-tender", project, tender)[0] == 2  # never overwritten
    out = tmp_path / "r.json"
    status, _, err = run_cli("respond", "new", tender, out, "--company", "新公司")
    assert (status, err) == (0, "")
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "bideval-response/1" and doc["bidder"]["name"] == "新公司"
    assert doc["tender"]["factors"] == published["factors"]
    # the bidder fills it in
    clean = clean_doc()
    clean["tender"] = doc["tender"]
    clean["tender"]["requirements"], clean["responses"] = [], []
    clean["price"], clean["price_words"] = "2100000.00", format_rmb(Decimal("2100000"))
    write(out, clean)
    assert json.loads(run_cli("respond", "check", out)[1])["ready"] is True
    before = load_project_evaluation(project)
    status, stdout, err = run_cli("import-responses", project, out, "--by", "代理")
    assert (status, err) == (0, "")
    assert stdout.startswith("ok B7 河南某信科技有限公司")
    ev = load_project_evaluation(project)
    added = ev.bidders[-1]
    assert len(ev.bidders) == len(before.bidders) + 1
    assert (added.price, added.price_words, added.size) == (Decimal("2100000.00"), "贰佰壹拾万元整", "small")
    facts = extras.bidder_facts(ev, added.id)
    assert (facts["employees"], facts["revenue"], facts["assets"], facts["validity_days"]) == (45, "1200.00",
                                                                                                "800.00", 60)
    assert ev.extensions[extras.DECLARATIONS][added.id][0]["size"] == "small"
    assert audit_log(project)[-1].action == "responses.import"


def test_import_refuses_another_tender_and_a_duplicate_and_keeps_the_rest(project: Path, tmp_path: Path) -> None:
    good = clean_doc()
    other = clean_doc()
    other["tender"]["project"]["number"] = "别的项目-1"
    other["bidder"]["name"] = "别的公司"
    dup = clean_doc()
    dup["bidder"]["name"] = load_project_evaluation(project).bidders[0].name
    files = [write(tmp_path / "good.json", good), write(tmp_path / "other.json", other),
             write(tmp_path / "dup.json", dup), write(tmp_path / "again.json", good), tmp_path / "missing.json"]
    before = load_project_evaluation(project)
    status, out, err = run_cli("import-responses", project, *files)
    assert status == 2
    assert out.count("ok ") == 1
    lines = err.splitlines()
    assert any("other.json" in x and "another tender" in x for x in lines)
    assert any("dup.json" in x and "already in the opening record" in x for x in lines)
    assert any("again.json" in x and "already in the opening record" in x for x in lines)
    assert any("missing.json" in x and "no such file" in x for x in lines)
    assert len(load_project_evaluation(project).bidders) == len(before.bidders) + 1


def test_import_of_nothing_acceptable_changes_nothing(project: Path, tmp_path: Path) -> None:
    other = clean_doc()
    other["tender"]["project"]["number"] = "别的项目-1"
    events = len(audit_log(project))
    status, out, _ = run_cli("import-responses", project, write(tmp_path / "o.json", other))
    assert status == 2 and out == ""
    assert len(audit_log(project)) == events


def test_round_trip_response_import_evaluate(tmp_path: Path) -> None:
    """Three responses taken in give the evaluation whose price scores each bidder's estimate predicted."""
    setup = json.loads(SAMPLE.read_text(encoding="utf-8"))
    setup["factors"] = [f for f in setup["factors"] if f["rule"]["type"] == "price"]
    for key in ("bidders", "members", "checks", "scores", "decisions"):
        setup[key] = []
    p = tmp_path / "price-only.bidesk"
    assert run_cli("import", write(tmp_path / "s.json", setup), p)[0] == 0
    tender = tmp_path / "t.json"
    assert run_cli("publish-tender", p, tender)[0] == 0
    bids = [("甲公司", "2000000.00", "small"), ("乙公司", "2200000.00", "large"), ("丙公司", "1900000.00", "medium")]
    files = []
    for name, price, size in bids:
        out = tmp_path / f"{name}.json"
        assert run_cli("respond", "new", tender, out, "--company", name)[0] == 0
        doc = json.loads(out.read_text(encoding="utf-8"))
        doc.update(price=price, price_words=format_rmb(Decimal(price)), size=size)
        files.append(write(out, doc))
    assert run_cli("import-responses", p, *files)[0] == 0
    status, out, _ = run_cli("evaluate", p)
    result = {b["id"]: b for b in json.loads(out)["bidders"]}
    assert [result[b]["price"] for b in ("B1", "B2", "B3")] == [b[1] for b in bids]
    assert result["B1"]["evaluated_price"] == "1600000.00"
    # 甲 against the others as the estimate assumes them (large): the same price score as the evaluation,
    # since 乙 is large and 丙 (medium, no partner share) gets no deduction either
    status, est, _ = run_cli("respond", "estimate", files[0], "--others", "2200000.00,1900000.00")
    assert status == 0
    assert json.loads(est)["price_score"] == result["B1"]["price_score"] == "10.00"
    status, est, _ = run_cli("respond", "estimate", files[2], "--others", "1600000.00,2200000.00")
    assert status == 0
    assert json.loads(est)["price_score"] == result["B3"]["price_score"]


def test_new_from_a_project_file_and_never_over_an_existing_file(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert run_cli("respond", "new", project, out)[0] == 0
    assert run_cli("respond", "new", project, out)[0] == 2
    assert json.loads(out.read_text(encoding="utf-8"))["tender"]["project"]["number"] == "平采招标-2025-136"


def test_new_from_the_tenders_own_docx(tmp_path: Path) -> None:
    docx = ROOT / "tests" / "fixtures" / "tender-001-full.docx"
    out = tmp_path / "r.json"
    status, _, err = run_cli("respond", "new", docx, out, "--company", "乙公司")
    assert (status, err) == (0, "")
    doc = json.loads(out.read_text(encoding="utf-8"))
    tender = doc["tender"]
    assert tender["project"]["number"] == "平采招标-2025-136" and tender["project"]["budget"] == "2545000"
    assert tender["project"]["validity_days"] == 60
    assert len(tender["factors"]) == 17 and len(tender["qualification"]) == 12
    marks = [q["mark"] for q in tender["requirements"]]
    assert "star" in marks and "triangle" in marks
    titles = [f["title"] for f in doc["x"]["biddesk.forms"]]
    assert titles[:4] == ["投标函", "开标一览表", "法定代表人身份证明", "授权委托书"]
    # an unanswered ★ requirement is fatal in the new response
    check = json.loads(run_cli("respond", "check", write(out, {**doc, "price": "2000000.00"}))[1])
    assert "star_deviation" in {f["kind"] for f in check["findings"]}


def test_a_docx_without_project_facts_is_refused_with_the_reason(tmp_path: Path) -> None:
    status, out, err = run_cli("respond", "new", ROOT / "tests" / "fixtures" / "tender-001.docx", tmp_path / "r.json")
    assert status == 2 and out == "" and "预算金额 was not found" in err
    assert not (tmp_path / "r.json").exists()


def test_publish_with_the_tenders_docx_adds_requirements_and_forms(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    docx = ROOT / "tests" / "fixtures" / "tender-001-full.docx"
    assert run_cli("publish-tender", project, out, "--from-docx", docx)[0] == 0
    section = json.loads(out.read_text(encoding="utf-8"))["x"]["biddesk.tender"]
    assert section["validity_days"] == 60 and len(section["requirements"]) >= 5 and len(section["forms"]) >= 10
    status, _, _ = run_cli("respond", "new", out, tmp_path / "r.json")
    assert status == 0


def test_pack_is_refused_with_fatal_findings_and_marked_as_draft(tmp_path: Path) -> None:
    fatal = SAMPLES / "pingdingshan-001-fatal.bidresp.json"
    status, out, err = run_cli("respond", "pack", fatal, "--out", tmp_path / "p")
    assert status == 2 and out == ""
    assert "price_words: price_words_mismatch" in err and "over_ceiling" in err
    assert not (tmp_path / "p").exists()
    status, out, err = run_cli("respond", "pack", fatal, "--out", tmp_path / "p", "--draft")
    assert status == 0 and "draft" in err
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == ["投标响应.json", "投标文件.docx", "投标文件.pdf"]
    status, out, err = run_cli("respond", "pack", SAMPLES / "pingdingshan-001-clean.bidresp.json", "--out",
                               tmp_path / "q")
    assert (status, err) == (0, "") and len(out.splitlines()) == 3
