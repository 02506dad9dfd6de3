"""The project file and the exchange file: import, export, load — the round trip keeps every datum."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.engine import evaluate
from app.domain.problems import InvalidInput
from app.exchange.reader import loads
from app.exchange.writer import evaluation_to_doc, result_to_doc
from app.persistence.errors import ProjectFileError
from app.services.project_io import AUDIT_KEY, export_exchange, export_text, import_exchange, load_project_evaluation
from tests.app.projdoc import dumps_doc, leftovers, parse, run_cli, small_doc, varied_documents, write_doc
from tests.conftest import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.json")) if SAMPLES.is_dir() else []

try:  # strategies of valid documents (tests/gen.py), written alongside; a fallback keeps this file useful
    from tests.gen import small_documents

    DOCUMENTS: Any = small_documents()
except Exception:  # pragma: no cover - gen.py missing or broken
    DOCUMENTS = None


def _docs() -> list[tuple[str, bytes]]:
    found = [(p.name, p.read_bytes()) for p in SAMPLE_FILES]
    found.append(("small", dumps_doc(small_doc()).encode()))
    return found


def _result(ev: Any) -> Any:
    try:
        return result_to_doc(evaluate(ev))
    except InvalidInput as exc:
        return [str(p) for p in exc.problems]


def round_trip(tmp: Path, name: str, data: bytes) -> None:
    """import → export → import → export: same data, same result, identical second export."""
    src = tmp / f"{name}.json"
    src.write_bytes(data)
    original = loads(data)
    import_exchange(src, tmp / "a.bidesk")
    export_exchange(tmp / "a.bidesk", tmp / "a.json")
    exported = (tmp / "a.json").read_text(encoding="utf-8")
    # same data: the exported document is the writer's document of the original evaluation
    assert parse(exported) == parse(dumps_doc(evaluation_to_doc(original)))
    # the project's evaluation is exactly what the reader makes of the export
    loaded = load_project_evaluation(tmp / "a.bidesk")
    assert loaded == loads(exported)
    assert _result(loaded) == _result(original)
    import_exchange(tmp / "a.json", tmp / "b.bidesk")
    assert export_text(tmp / "b.bidesk") == exported
    assert load_project_evaluation(tmp / "b.bidesk") == loaded


@pytest.mark.parametrize(("name", "data"), _docs(), ids=[n for n, _ in _docs()])
def test_round_trip_samples(tmp_path: Path, name: str, data: bytes) -> None:
    round_trip(tmp_path, name, data)
    assert leftovers(tmp_path) == sorted([f"{name}.json", "a.bidesk", "a.json", "b.bidesk"])


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_evaluate_project_equals_evaluate_export(tmp_path: Path, path: Path) -> None:
    project, out = tmp_path / "p.bidesk", tmp_path / "p.json"
    assert run_cli("import", path, project)[0] == 0
    assert run_cli("export", project, out)[0] == 0
    from_project = run_cli("evaluate", project)
    from_export = run_cli("evaluate", out)
    from_source = run_cli("evaluate", path)
    assert from_project == from_export == from_source
    assert from_project[0] in (0, 2)


def test_evaluate_small_project(tmp_path: Path) -> None:
    src = write_doc(tmp_path / "s.json", small_doc())
    assert run_cli("import", src, tmp_path / "s.bidesk")[0] == 0
    status, out, err = run_cli("evaluate", tmp_path / "s.bidesk")
    assert (status, err) == (0, "")
    assert json.loads(out) == json.loads(run_cli("evaluate", src)[1])
    assert json.loads(out)["candidates"] == ["B1"]


@pytest.mark.skipif(DOCUMENTS is None, reason="tests/gen.py is not importable")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_round_trip_generated(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    doc = data.draw(DOCUMENTS)
    round_trip(tmp_path_factory.mktemp("gen"), "gen", dumps_doc(doc).encode())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(doc=varied_documents())
def test_round_trip_varied(tmp_path_factory: pytest.TempPathFactory, doc: dict[str, Any]) -> None:
    round_trip(tmp_path_factory.mktemp("varied"), "varied", dumps_doc(doc).encode())


def test_extensions_keep_exact_numbers(tmp_path: Path) -> None:
    doc = small_doc()
    doc["x"] = {"ratio": Decimal("0.10"), "big": Decimal("1E+3"), "list": [Decimal("-2.50"), "2.50", 3]}
    import_exchange(write_doc(tmp_path / "s.json", doc), tmp_path / "s.bidesk")
    ev = load_project_evaluation(tmp_path / "s.bidesk")
    assert str(ev.extensions["ratio"]) == "0.10"
    assert str(ev.extensions["big"]) == "1E+3"
    assert ev.extensions["list"] == [Decimal("-2.50"), "2.50", 3]
    assert str(ev.extensions["list"][0]) == "-2.50"


def test_score_values_keep_their_json_type(tmp_path: Path) -> None:
    doc = small_doc()
    doc["scores"][0]["value"] = "1"  # the joint count of B1 on F1 as a string; B2's stays the number 2
    import_exchange(write_doc(tmp_path / "s.json", doc), tmp_path / "s.bidesk")
    ev = load_project_evaluation(tmp_path / "s.bidesk")
    assert ev.scores[0].value == "1"
    assert next(s.value for s in ev.scores if s.factor == "F1" and s.bidder == "B2") == 2
    f3 = next(s for s in ev.scores if s.factor == "F3")
    assert f3.value == ["10", "6"]
    f4 = next(s for s in ev.scores if s.factor == "F4" and s.bidder == "B3")
    assert f4.value is None


def test_import_refuses_to_overwrite(tmp_path: Path) -> None:
    src = write_doc(tmp_path / "s.json", small_doc())
    target = tmp_path / "p.bidesk"
    target.write_bytes(b"precious")
    with pytest.raises(ProjectFileError) as info:
        import_exchange(src, target)
    assert info.value.code == "exists"
    assert target.read_bytes() == b"precious"
    status, out, err = run_cli("import", src, target)
    assert (status, out) == (2, "")
    assert "already exists" in err and "Traceback" not in err
    assert target.read_bytes() == b"precious"
    assert leftovers(tmp_path) == ["p.bidesk", "s.json"]


def test_import_invalid_leaves_nothing(tmp_path: Path) -> None:
    doc = small_doc()
    doc["bidders"][0]["colour"] = "red"
    doc["project"]["budget"] = "lots"
    src = write_doc(tmp_path / "s.json", doc)
    status, out, err = run_cli("import", src, tmp_path / "p.bidesk")
    assert (status, out) == (2, "")
    assert err.splitlines() == ['project.budget: "lots" is not a number', "bidders[0].colour: unknown key"]
    assert leftovers(tmp_path) == ["s.json"]


def test_import_cross_reference_problems(tmp_path: Path) -> None:
    doc = small_doc()
    assert doc["scores"][1]["factor"] == "F2"
    doc["scores"][1]["value"] = "13"
    doc["checks"][0]["item"] = "Q9"
    src = write_doc(tmp_path / "s.json", doc)
    with pytest.raises(InvalidInput) as info:
        import_exchange(src, tmp_path / "p.bidesk")
    messages = [str(p) for p in info.value.problems]
    assert "checks[0].item: unknown qualification item Q9" in messages
    assert "scores[1].value: 13 is not an allowed grade of F2 (20, 12, 5, 0)" in messages
    assert leftovers(tmp_path) == ["s.json"]


def test_import_failure_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.services.project_io as pio

    def boom(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pio, "publish", boom)
    with pytest.raises(OSError):
        import_exchange(write_doc(tmp_path / "s.json", small_doc()), tmp_path / "p.bidesk")
    assert leftovers(tmp_path) == ["s.json"]


def test_import_incomplete_evaluation_is_allowed(tmp_path: Path) -> None:
    doc = small_doc()
    doc["scores"] = doc["scores"][:5]
    import_exchange(write_doc(tmp_path / "s.json", doc), tmp_path / "p.bidesk")
    status, _out, err = run_cli("evaluate", tmp_path / "p.bidesk")
    assert status == 2 and "missing score" in err


def test_import_rejects_a_project_file_as_source(tmp_path: Path) -> None:
    import_exchange(write_doc(tmp_path / "s.json", small_doc()), tmp_path / "p.bidesk")
    status, _out, err = run_cli("import", tmp_path / "p.bidesk", tmp_path / "q.bidesk")
    assert status == 2 and "is a project file, not an exchange file" in err
    status, _out, err = run_cli("import", tmp_path / "missing.json", tmp_path / "q.bidesk")
    assert status == 2 and "no such file" in err
    status, _out, err = run_cli("import", tmp_path / "s.json", tmp_path / "nofolder" / "q.bidesk")
    assert status == 2 and "does not exist" in err
    assert not (tmp_path / "q.bidesk").exists()


def test_export_never_overwrites_a_project(tmp_path: Path) -> None:
    import_exchange(write_doc(tmp_path / "s.json", small_doc()), tmp_path / "p.bidesk")
    before = (tmp_path / "p.bidesk").read_bytes()
    status, _out, err = run_cli("export", tmp_path / "p.bidesk", tmp_path / "p.bidesk")
    assert status == 2 and "never overwrites a project file" in err
    assert (tmp_path / "p.bidesk").read_bytes() == before


def test_export_with_audit(tmp_path: Path) -> None:
    from app.services.scores import record_score

    import_exchange(write_doc(tmp_path / "s.json", small_doc()), tmp_path / "p.bidesk", by="agent")
    record_score(tmp_path / "p.bidesk", "M1", "B1", "F2", "5", by="张三")
    assert run_cli("export", tmp_path / "p.bidesk", tmp_path / "out.json", "--audit")[0] == 0
    doc = parse((tmp_path / "out.json").read_text(encoding="utf-8"))
    trail = doc["x"][AUDIT_KEY]
    assert [e["action"] for e in trail] == ["import", "change"]
    assert trail[1]["by"] == "张三" and trail[1]["new"] == '"5"'
    assert doc["x"]["tool"] == "tests"
    # still an exchange file the reader accepts
    loads((tmp_path / "out.json").read_bytes())


def test_equal_looking_values_keep_their_own_form_through_the_project_file(tmp_path: Path) -> None:
    """The project file writes each value's text once per form: "2" and 2 stay apart, and so do 2 and 2.0."""
    doc = small_doc()
    forms = {("M1", "B1"): "2", ("M2", "B1"): 2, ("M3", "B1"): Decimal("2.0"), ("M1", "B2"): "2.0",
             ("M2", "B2"): "2", ("M3", "B2"): 2}
    for s in doc["scores"]:
        if s["factor"] == "F5" and (s["member"], s["bidder"]) in forms:
            value = forms[(s["member"], s["bidder"])]
            s["value"] = "@number 2.0@" if isinstance(value, Decimal) else value
    text = dumps_doc(doc).replace('"@number 2.0@"', "2.0")  # a JSON number written with its point
    assert text.count(": 2.0") + text.count(":2.0") == 1
    round_trip(tmp_path, "forms", text.encode())
    exported = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"), parse_float=Decimal)
    got = {(s["member"], s["bidder"]): s["value"] for s in exported["scores"]
           if s["factor"] == "F5" and (s["member"], s["bidder"]) in forms}
    written = {**forms, ("M3", "B1"): "2.0"}  # a JSON number with a point is kept as its text (jsontext.score_text)
    assert {k: (type(v), str(v)) for k, v in got.items()} == {k: (type(v), str(v)) for k, v in written.items()}
