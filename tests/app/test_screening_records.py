"""The committee's conclusions on 清标 findings: recorded/withdrawn with audit, refusals, the invalid decision,
the pack's 清标及雷同性分析表 and the 评标报告 naming the bids declared invalid under Art.37."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document as Docx

from app.cli import main
from app.domain import screening_records as sr
from app.domain.engine import evaluate
from app.domain.problems import InvalidInput
from app.reports.pack import write_pack
from app.screening.engine import read_bidders, read_document, screen
from app.screening.files import assign_files
from app.services import records
from app.services import screening as ss
from app.services.audit import audit_log
from app.services.project_io import export_text, import_exchange, load_project_evaluation

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "screening"
TEXT = "text_overlap:B2,B4"
AUTHOR = "same_author:B1,B5"


@pytest.fixture(scope="module")
def screened() -> dict[str, Any]:
    from app.services.opening import load_any

    ev = load_any(CORPUS / "project.json")
    files, problems = assign_files(CORPUS / "bids", [b.id for b in ev.bidders])
    assert problems == []
    tender = [read_document(CORPUS / "tender" / "招标文件.docx", "招标文件.docx")]
    return screen(ev, read_bidders(ev, files), tender, "project.json")


@pytest.fixture()
def project(tmp_path: Path, screened: dict[str, Any]) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(CORPUS / "project.json", path)
    ss.record_screen(path, screened, by="agent")
    return path


def _messages(exc: pytest.ExceptionInfo[InvalidInput]) -> str:
    return "\n".join(str(p) for p in exc.value.problems)


def test_the_screen_is_kept_summarised_and_survives_export(project: Path) -> None:
    record = sr.screening(load_project_evaluation(project))
    ids = [f.id for f in record.findings]
    assert TEXT in ids and AUTHOR in ids and record.tender_subtracted
    author = record.finding(AUTHOR)
    assert author is not None and author.article == "37(1)" and any("李明" in e for e in author.evidence)
    assert all(len(e) < 200 for f in record.findings for e in f.evidence)
    exported = json.loads(export_text(project))
    assert [f["id"] for f in exported["x"][sr.KEY]["screened"]["findings"]] == ids
    assert [e.entity for e in audit_log(project)].count("screening") == 1


def test_no_collusion_recorded_changed_and_withdrawn_with_audit(project: Path) -> None:
    change = ss.conclude(project, AUTHOR, "no_collusion", "系同一外聘排版人员，委员会询问后确认无关联", by="M1")
    assert change.changed
    assert ss.conclude(project, AUTHOR, "no_collusion", "系同一外聘排版人员，委员会询问后确认无关联",
                       by="M1").audit_id is None
    c = sr.screening(load_project_evaluation(project)).conclusions[AUTHOR]
    assert c.kind == "no_collusion" and c.by == "M1" and c.bidders == ()
    ss.withdraw(project, AUTHOR, reason="记录有误", by="M1")
    assert AUTHOR not in sr.screening(load_project_evaluation(project)).conclusions
    events = [e for e in audit_log(project) if e.entity == "screening" and "conclusion" in e.key]
    assert [e.action for e in events] == ["create", "delete"] and events[1].reason == "记录有误"


def test_refusals_name_the_place(project: Path) -> None:
    with pytest.raises(InvalidInput) as exc:
        ss.conclude(project, "same_author:B2,B3", "no_collusion", "x", by="M1")
    assert "清标发现 作者/最后修改者相同（B2、B3）" in _messages(exc) and "没有这一清标发现" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        ss.conclude(project, TEXT, "invalid", "  ", ("B2", "B4"), by="M1")
    assert "文本异常一致（B2、B4）的结论理由" in _messages(exc) and "认定投标无效须写明理由" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        ss.conclude(project, TEXT, "invalid", "技术方案雷同", ("B2", "B3"), by="M1")
    assert "B3 不在这一发现所涉投标人" in _messages(exc)
    with pytest.raises(InvalidInput) as exc:
        ss.withdraw(project, TEXT, reason="x", by="M1")
    assert "尚无委员会结论" in _messages(exc)
    assert not sr.screening(load_project_evaluation(project)).conclusions


def test_invalid_conclusion_makes_the_invalid_decision_until_withdrawn(project: Path) -> None:
    ss.conclude(project, TEXT, "invalid", "技术方案整段一致且无合理解释", ("B2", "B4"), by="M1")
    result = evaluate(load_project_evaluation(project))
    for bidder in ("B2", "B4"):
        row = result.bidder(bidder)
        assert row.status == "invalid" and "declared_invalid" in row.reasons
    ev = load_project_evaluation(project)
    reasons = {d.bidder: d.reason for d in ev.decisions if d.kind == "invalid"}
    assert reasons["B2"].startswith("串通投标（87号令第三十七条第（四）项）：技术方案整段一致")
    assert result.bidder("B1").status != "invalid"
    ss.withdraw(project, TEXT, reason="复核后认定为行业通用表述", by="M1")
    result = evaluate(load_project_evaluation(project))
    assert all(result.bidder(b).status != "invalid" for b in ("B2", "B4"))
    assert [e.action for e in audit_log(project) if e.entity == "decision"] == ["create", "create", "delete",
                                                                                "delete"]


def test_a_new_screen_cannot_drop_a_concluded_finding(project: Path, screened: dict[str, Any]) -> None:
    ss.conclude(project, AUTHOR, "no_collusion", "无关联", by="M1")
    less = dict(screened, findings=[f for f in screened["findings"] if f["kind"] != "same_author"])
    with pytest.raises(InvalidInput) as exc:
        ss.record_screen(project, less, by="agent")
    assert "作者/最后修改者相同（B1、B5）" in _messages(exc) and "先撤销结论" in _messages(exc)
    ss.record_screen(project, screened, by="agent")  # the same findings again keep the conclusion
    assert AUTHOR in sr.screening(load_project_evaluation(project)).conclusions


def _finalise(project: Path) -> None:
    if not records.finalise_blockers(project):
        records.finalise(project, by="agent")
        return
    import sqlite3

    con = sqlite3.connect(project)  # the fixture is not scored: mark it finalised as finalise() does
    (x,) = con.execute("select x from project").fetchone()
    doc = json.loads(x) if x else {}
    doc["biddesk.final"] = {"at": "2026-01-05 12:00", "by": "agent", "candidates": [], "failed": False}
    con.execute("update project set x = ?", (json.dumps(doc, ensure_ascii=False),))
    con.commit()
    con.close()


def test_after_finalisation_every_write_is_refused(project: Path, screened: dict[str, Any]) -> None:
    _finalise(project)
    before = export_text(project)
    for attempt in (lambda: ss.conclude(project, AUTHOR, "no_collusion", "无关联", by="M1"),
                    lambda: ss.record_screen(project, screened, by="agent")):
        with pytest.raises(InvalidInput, match="finalised"):
            attempt()
    assert export_text(project) == before


def test_cli_conclude_and_show(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screen-conclude", str(project), "--finding", TEXT, "--invalid", "B2,B4", "--reason",
                 "技术方案雷同", "--by", "M1"]) == 0
    assert main(["screen-conclude", str(project), "--finding", "nope:B1,B2", "--no-collusion", "x"]) == 2
    err = capsys.readouterr().err
    assert "清标发现 nope（B1、B2）" in err
    assert main(["screen-show", str(project)]) == 0
    out = capsys.readouterr().out
    assert f"{TEXT}\t第三十七条第（四）项\t强\tB2、B4 投标无效：技术方案雷同" in out


def test_the_pack_has_the_table_and_the_report_names_the_invalid_bids(project: Path, tmp_path: Path) -> None:
    ss.conclude(project, TEXT, "invalid", "技术方案整段一致且无合理解释", ("B2", "B4"), by="M1")
    ss.conclude(project, AUTHOR, "no_collusion", "系同一外聘排版人员", by="M1")
    ev = load_project_evaluation(project)
    paths = write_pack(ev, evaluate(ev), tmp_path / "out", formats=("docx",))
    table = next(p for p in paths if p.name.endswith("清标及雷同性分析表.docx"))
    cells = [c.text for t in Docx(str(table)).tables for r in t.rows for c in r.cells]
    assert any("认定 B2" in c and "技术方案整段一致" in c for c in cells)
    assert any("不构成串通投标。理由：系同一外聘排版人员" in c for c in cells)
    assert any("李明" in c for c in cells)  # the evidence, summarised
    report = next(p for p in paths if p.name.endswith("评标报告.docx"))
    text = "\n".join(p.text for p in Docx(str(report)).paragraphs)
    assert "视为串通投标，投标无效" in text and "第三十七条第（四）项" in text
    assert "技术方案整段一致且无合理解释" in text
    # the table's printed fingerprint is one verify knows
    from app.reports.screening_table import screening_section
    from app.reports.verify import matches

    printed = screening_section(ev, True).fingerprint
    assert matches(ev, evaluate(ev), printed) == (["screening"], True)


def test_no_screen_no_table(tmp_path: Path) -> None:
    path = tmp_path / "p.bidesk"
    import_exchange(CORPUS / "project.json", path)
    ev = load_project_evaluation(path)
    paths = write_pack(ev, evaluate(ev), tmp_path / "out", formats=("docx",))
    assert not any("清标" in p.name for p in paths)


def test_cli_screen_record_keeps_the_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.bidesk"
    import_exchange(CORPUS / "project.json", path)
    assert main(["screen-record", str(path), "--bids", str(CORPUS / "bids"), "--tender",
                 str(CORPUS / "tender" / "招标文件.docx"), "--by", "agent"]) == 0
    assert "findings kept" in capsys.readouterr().out
    record = sr.screening(load_project_evaluation(path))
    assert record.tender_subtracted and TEXT in [f.id for f in record.findings]
    assert main(["screen-record", str(path), "--bids", str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err
