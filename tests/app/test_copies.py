"""备份 and 另存为: a consistent, checked copy of a project file; never over an existing file; nothing left behind."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.persistence.errors import ProjectFileError
from app.services.copies import backup_path, backup_project, copy_project
from app.services.project_io import export_text, import_exchange
from app.services.scores import record_score
from tests.conftest import SAMPLES


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)
    return path


def test_a_copy_holds_the_same_project(project: Path, tmp_path: Path) -> None:
    out = copy_project(project, tmp_path / "copy.bidesk")
    assert export_text(out, include_audit=True) == export_text(project, include_audit=True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".copy-")) == []


def test_a_copy_never_overwrites(project: Path, tmp_path: Path) -> None:
    taken = tmp_path / "taken.bidesk"
    taken.write_bytes(b"mine")
    with pytest.raises(ProjectFileError) as exc:
        copy_project(project, taken)
    assert exc.value.code == "exists" and taken.read_bytes() == b"mine"
    with pytest.raises(ProjectFileError) as exc:
        copy_project(project, project)
    assert exc.value.code == "exists"
    with pytest.raises(ProjectFileError) as exc:
        copy_project(project, tmp_path / "no" / "such" / "x.bidesk")
    assert exc.value.code == "unwritable"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".copy-")]


def test_a_backup_is_dated_and_the_next_one_gets_a_counter(project: Path) -> None:
    now = datetime(2026, 12, 3, 9, 30, 5)
    first = backup_project(project, now=now)
    assert first.name == "p-备份-20261203-093005.bidesk"
    second = backup_project(project, now=now)
    assert second.name == "p-备份-20261203-093005-2.bidesk"
    assert backup_path(project, now).name == "p-备份-20261203-093005-3.bidesk"
    with sqlite3.connect(second) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_backup_is_the_state_it_was_taken_in(project: Path, tmp_path: Path) -> None:
    before = export_text(project)
    out = backup_project(project, folder=tmp_path)
    record_score(project, "M1", "B1", "F2", "4", by="M1")  # a change after the backup is not in it
    assert export_text(out) == before != export_text(project)


def test_the_backup_command(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["backup", str(project), "--out", str(tmp_path / "b.bidesk")]) == 0
    assert capsys.readouterr().out.strip() == f"ok {tmp_path / 'b.bidesk'}"
    assert cli_main(["backup", str(project), "--out", str(tmp_path / "b.bidesk")]) == 2
    assert "already exists" in capsys.readouterr().err
