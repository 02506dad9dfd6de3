"""The project-file commands: import, export, score, check, submit — outputs, exit status, fuzzed input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli_project import member_arg, parse_value
from app.services.audit import audit_log
from app.services.members import member_states
from app.services.project_io import export_text, load_project_evaluation
from tests.app.projdoc import dumps_doc, leftovers, run_cli, small_doc, write_doc
from tests.conftest import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    src = write_doc(tmp_path / "s.json", small_doc())
    status, out, err = run_cli("import", src, tmp_path / "p.bidesk", "--by", "代理")
    assert (status, err) == (0, "")
    assert out.startswith("ok ") and "3 bidders" in out
    src.unlink()
    return tmp_path / "p.bidesk"


def value_of(project: Path, member: str | None, bidder: str, factor: str) -> object:
    ev = load_project_evaluation(project)
    return next(s.value for s in ev.scores if (s.member, s.bidder, s.factor) == (member, bidder, factor))


def test_value_parsing() -> None:
    assert parse_value("3") == 3
    assert parse_value('"0.8"') == "0.8"
    assert parse_value("0.8") == Decimal("0.8")
    assert parse_value('["10", 6]') == ["10", 6]
    assert parse_value("null") is None
    assert parse_value("abc") == "abc"
    assert parse_value("NaN") == "NaN"
    assert parse_value("9" * 5000) == "9" * 5000
    assert member_arg("committee") is None and member_arg("-") is None and member_arg("M1") == "M1"


def test_score_command(project: Path) -> None:
    status, out, err = run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F2",
                               "--value", "5", "--by", "张三")
    assert (status, out, err) == (0, "ok\n", "")
    assert value_of(project, "M1", "B1", "F2") == 5
    run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F3", "--value", '["6", "0"]')
    assert value_of(project, "M1", "B1", "F3") == ["6", "0"]
    # (B1: B2 fails C2 by the only vote and B3 is declared invalid; a score on either is refused, see below)
    run_cli("score", project, "--member", "committee", "--bidder", "B1", "--factor", "F4", "--value", "null")
    assert value_of(project, None, "B1", "F4") is None
    run_cli("score", project, "--member", "-", "--bidder", "B1", "--factor", "F1", "--value", '"4"')
    assert value_of(project, None, "B1", "F1") == "4"
    run_cli("score", project, "--member", "M2", "--bidder", "B1", "--factor", "F5", "--value", "2.5")
    assert value_of(project, "M2", "B1", "F5") == "2.5"
    assert audit_log(project)[1].by == "张三"


def test_score_command_bad_input(project: Path) -> None:
    before = export_text(project)
    status, out, err = run_cli("score", project, "--member", "MX", "--bidder", "B1", "--factor", "F2",
                               "--value", "abc")
    assert (status, out) == (2, "")
    assert err.splitlines() == ["--member: unknown member MX",
                                "--value: abc is not a number; an allowed grade of F2 (20, 12, 5, 0)"]
    status, _out, err = run_cli("score", project, "--member", "committee", "--bidder", "B1", "--factor", "F2",
                                "--value", "5")
    assert status == 2 and err.startswith("--member: a joint score")
    assert export_text(project) == before


def test_submit_then_correct_with_art64(project: Path) -> None:
    assert run_cli("submit", project, "--member", "M1") == (0, "ok\n", "")
    assert member_states(project)[0].state == "submitted"
    args = ["score", project, "--member", "M1", "--bidder", "B1", "--factor", "F2", "--value", "12"]
    status, out, err = run_cli(*args)
    assert (status, out) == (2, "")
    assert [line.split(":")[0] for line in err.splitlines()] == ["--reason", "--art64"]
    status, out, err = run_cli(*args, "--reason", "分项超出范围", "--art64", "out_of_range")
    assert (status, out, err) == (0, "ok\n", "")
    event = audit_log(project)[-1]
    assert (event.reason, event.art64) == ("分项超出范围", "out_of_range")
    status, _out, err = run_cli("submit", project, "--member", "MX")
    assert status == 2 and "unknown member MX" in err


def test_check_command(project: Path) -> None:
    status, out, err = run_cli("check", project, "--stage", "compliance", "--bidder", "B3", "--item", "C1",
                               "--fail", "--note", "超出最高限价")
    assert (status, out, err) == (0, "ok\n", "")
    check = load_project_evaluation(project).checks[-1]
    assert (check.member, check.passed, check.note) == (None, False, "超出最高限价")
    status, out, _err = run_cli("check", project, "--stage", "compliance", "--bidder", "B3", "--item", "C1",
                                "--member", "M1", "--pass")
    assert (status, out) == (0, "ok\n")
    status, _out, err = run_cli("check", project, "--stage", "compliance", "--bidder", "B3", "--item", "Q1",
                                "--pass")
    assert status == 2 and "--item: unknown compliance item Q1" in err
    # --pass and --fail together, or neither: a usage error (exit 2), nothing recorded
    before = len(audit_log(project))
    assert run_cli("check", project, "--stage", "compliance", "--bidder", "B3", "--item", "C1", "--pass",
                   "--fail")[0] == 2
    assert run_cli("check", project, "--stage", "review", "--bidder", "B3", "--item", "C1", "--pass")[0] == 2
    assert len(audit_log(project)) == before


def test_export_then_evaluate_equals_project(project: Path) -> None:
    out = project.parent / "out.json"
    assert run_cli("export", project, out) == (0, "ok\n", "")
    assert run_cli("evaluate", project) == run_cli("evaluate", out)
    assert json.loads(run_cli("evaluate", project)[1])["format"] == "bideval-result/1"


def test_real_process_exit_status(tmp_path: Path) -> None:
    src = write_doc(tmp_path / "s.json", small_doc())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*argv: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, argv)], capture_output=True,
                              text=True, cwd=tmp_path, env=env, timeout=60, check=False)

    assert run("import", src, "p.bidesk").returncode == 0
    proc = run("import", src, "p.bidesk")
    assert (proc.returncode, proc.stdout) == (2, "") and "already exists" in proc.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "bideval/1", "project": [}', encoding="utf-8")
    proc = run("import", bad, "q.bidesk")
    assert (proc.returncode, proc.stdout) == (2, "") and "not valid JSON" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run("score", "p.bidesk", "--member", "M1", "--bidder", "B1", "--factor", "F2", "--value", "5")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "ok\n", "")
    assert sorted(leftovers(tmp_path)) == ["bad.json", "p.bidesk", "s.json"]


# -- fuzzed exchange files to `import`: always exit 2 with a message, and no project file ------------
BASE = small_doc()


def _paths(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every value in the document except inside ``x`` (free for extensions)."""
    if path == ("x",):
        return []
    out = [path] if path else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += _paths(value, (*path, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out += _paths(value, (*path, i))
    return out


def _objects(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if path == ("x",):
        return []
    out = [path] if isinstance(doc, dict) else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += _objects(value, (*path, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out += _objects(value, (*path, i))
    return out




def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(doc, path[:-1])[path[-1]] = value


@st.composite
def broken_documents(draw: st.DrawFn) -> bytes:
    """Exchange files that must be refused: each draw breaks the valid small document in one sure way."""
    doc = small_doc()
    kind = draw(st.sampled_from(["truncated", "bytes", "unknown_key", "wrong_type", "bad_value", "bad_ref",
                                 "not_object", "missing_key"]))
    if kind == "truncated":
        text = dumps_doc(doc).rstrip().encode()
        return text[:draw(st.integers(0, len(text) - 1))]
    if kind == "bytes":
        return draw(st.binary(max_size=200).filter(lambda b: not b.strip().startswith(b"{")))
    if kind == "unknown_key":
        where = draw(st.sampled_from(_objects(doc)))
        key = draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in _get(doc, where)))
        _get(doc, where)[key] = draw(st.sampled_from([1, "a", None, [], {}]))
    elif kind == "wrong_type":
        where = draw(st.sampled_from([p for p in _paths(doc) if not isinstance(_get(doc, p), dict | list)]))
        _set(doc, where, {"unexpected": draw(st.integers())})
    elif kind == "bad_value":
        i = draw(st.integers(0, len(doc["scores"]) - 1))
        doc["scores"][i]["value"] = draw(st.sampled_from(["-1", -3, "abc", True, {"a": 1}, "1e999"]))
    elif kind == "bad_ref":
        section = draw(st.sampled_from(["scores", "checks", "decisions"]))
        i = draw(st.integers(0, len(doc[section]) - 1))
        doc[section][i]["bidder"] = draw(st.sampled_from(["NOPE", "b1", "B1 "]))
    elif kind == "not_object":
        section = draw(st.sampled_from(["project", "rules", "factors", "bidders", "members", "scores"]))
        doc[section] = draw(st.sampled_from(["text", 3, None, True]))
    else:
        section = draw(st.sampled_from(["bidders", "members", "factors"]))
        i = draw(st.integers(0, len(doc[section]) - 1))
        del doc[section][i][draw(st.sampled_from(["id", "name"]))]
    return dumps_doc(doc).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=broken_documents())
def test_fuzzed_imports_are_refused(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    src = folder / "in.json"
    src.write_bytes(data)
    status, out, err = run_cli("import", src, folder / "p.bidesk")
    assert (status, out) == (2, ""), err
    assert err.strip() and "Traceback" not in err
    assert leftovers(folder) == ["in.json"]


def test_the_command_table_names_every_command_and_its_module() -> None:
    from app import cli

    cli._load_command_modules()
    assert set(cli.COMMAND_MODULES) == set(cli.COMMANDS)
    for name, (_help, _build, handler) in cli.COMMANDS.items():
        assert handler.__module__ == cli.COMMAND_MODULES[name], name


@pytest.mark.parametrize("file", ["large.json", "p.bidesk", "", "a b.json", "评审.json"])
def test_evaluate_file_is_parsed_as_argparse_parses_it(file: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``evaluate FILE`` skips argparse (its import is 3% of the command): the handler gets what argparse gives."""
    from app import cli

    seen: list[dict[str, object]] = []
    monkeypatch.setattr(cli, "_evaluate", lambda args: seen.append(dict(vars(args))) or 0)
    assert cli.main(["evaluate", file]) == 0
    parsed = dict(vars(cli.build_parser("evaluate").parse_args(["evaluate", file])))
    parsed["handler"] = cli._evaluate
    assert seen == [parsed]


def test_evaluate_with_anything_more_goes_through_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    with pytest.raises(SystemExit) as stop:
        cli.main(["evaluate", "a.json", "b.json"])
    assert stop.value.code == 2 and "unrecognized arguments: b.json" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["evaluate", "--help"])
    assert "usage:" in capsys.readouterr().out


def test_unknown_keys_under_x_are_kept_and_said_so(tmp_path: Path) -> None:
    import json as _json

    from app.domain.extension_keys import KNOWN
    from tests.app.projdoc import run_cli
    from tests.conftest import SAMPLES

    doc = _json.loads((SAMPLES / "pingdingshan-001.json").read_text(encoding="utf-8"))
    doc["x"] = {**doc.get("x", {}), "vendor.note": {"a": [1, 2]}, "biddesk.future": "v9"}
    src = tmp_path / "x.json"
    src.write_text(_json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("import", str(src), str(tmp_path / "p.bidesk"))
    assert (code, err) == (0, "")
    kept = out.splitlines()[1]
    assert kept.startswith("kept as they are") and kept.endswith(", x.vendor.note, x.biddesk.future")
    assert not any(f"x.{k}" in kept for k in KNOWN)
    code, _out, _err = run_cli("export", str(tmp_path / "p.bidesk"), str(tmp_path / "back.json"))
    back = _json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))
    assert back["x"]["vendor.note"] == {"a": [1, 2]} and back["x"]["biddesk.future"] == "v9"
