"""Control characters, lone surrogates and endless names are refused at every door, with the place named."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.problems import InvalidInput
from app.domain.texts import MAX_NAME
from app.services.checks import record_check
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.setup import save_setup
from tests.app.projdoc import run_cli
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pingdingshan-001.json"
HOSTILE = ["A\x01B", "A\x0bB", "A\x00B", "x\ud800", "x" * (MAX_NAME + 1)]


def _doc_with(name: str, tmp_path: Path) -> Path:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["bidders"][0]["name"] = name
    path = tmp_path / "h.json"
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", HOSTILE)
def test_the_reader_and_import_refuse_a_hostile_name_with_its_place(name: str, tmp_path: Path) -> None:
    src = _doc_with(name, tmp_path)
    code, _out, err = run_cli("evaluate", str(src))
    assert code == 2 and err.startswith("bidders[0].name: ")
    code, _out, err = run_cli("import", str(src), str(tmp_path / "p.bidesk"))
    assert code == 2 and "bidders[0].name" in err and not (tmp_path / "p.bidesk").exists()


def test_the_services_refuse_them_too(tmp_path: Path) -> None:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    ev = load_project_evaluation(path)
    bad = dataclasses.replace(ev, project=dataclasses.replace(ev.project, name="项目\x0b名称"))
    with pytest.raises(InvalidInput) as refused:
        save_setup(path, bad, by="agent")
    assert refused.value.problems[0].path == "project.name"
    with pytest.raises(InvalidInput):
        record_check(path, "qualification", "B1", ev.qualification[0].id, False, note="理由\x07", by="agent")
    assert load_project_evaluation(path) == ev  # nothing changed


def test_a_free_text_may_hold_line_breaks_and_tabs(tmp_path: Path) -> None:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    ev = load_project_evaluation(path)
    record_check(path, "qualification", "B1", ev.qualification[0].id, False, note="第一行\n第二行\t说明", by="agent")


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_any_name_is_either_accepted_whole_or_refused_at_its_place(name: str) -> None:
    from app.domain.validate import check_structure
    from app.exchange.reader import loads

    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["members"][0]["name"] = name or "x"
    ev = loads(json.dumps(doc, ensure_ascii=True).encode())
    problems: list = []
    check_structure(ev, problems)
    mine = [p for p in problems if p.path == "members[0].name"]
    assert [p for p in problems if p not in mine] == []
    if not mine:  # accepted: printable, encodable, one line
        ev.members[0].name.encode("utf-8")
        assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) <= 0x9F for c in ev.members[0].name)


def test_the_longest_names_make_a_whole_pack_and_a_long_out_is_a_message(tmp_path: Path) -> None:
    doc = json.loads((SAMPLES / "luoyang-002.json").read_text(encoding="utf-8"))
    doc["project"]["name"] = ("很长的项目名称" * 43)[:MAX_NAME]
    doc["project"]["number"] = ("编号" * 150)[:MAX_NAME]
    doc["bidders"][0]["name"] = ("某某科技有限公司" * 38)[:MAX_NAME]
    src = tmp_path / "long.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("report", str(src), "--out", str(tmp_path / "pack"))
    assert code == 0, err
    written = [Path(line[3:]) for line in out.splitlines()]
    assert len(written) >= 7 and all(p.exists() and len(p.name.encode()) <= 255 for p in written)
    code, _out, err = run_cli("report", str(src), "--out", str(tmp_path / ("x" * 300) / "y"))
    assert code == 2 and "cannot be used as a folder" in err


def test_the_importers_make_names_from_any_document_text() -> None:
    from app.domain.texts import MAX_TEXT, as_line, as_text

    assert as_line("项目\x0b经理\n（一级）  ") == "项目 经理 （一级）"  # a soft line break of Word is a space
    assert len(as_line("长" * 1000)) == MAX_NAME and as_line("长" * 1000).endswith("…")
    assert as_text("第一行\n第二行\x07") == "第一行\n第二行 " and len(as_text("字" * 9000)) == MAX_TEXT
    problems: list = []
    from app.domain import model as m

    ev = m.Evaluation(project=m.Project(name=as_line("\x01" + "名" * 400), method="open_tender", budget=None))
    from app.domain.texts import text_problems

    text_problems(ev, problems)
    assert problems == []  # what the importers make, the checks accept
