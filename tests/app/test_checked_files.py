"""The memory of checked project files: a file with the bytes BidDesk checked or left is not scanned again; any
other change (another program's edit, a commit by another connection while it was open) is checked in full."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from app.persistence import checked, integrity
from app.persistence.store import ProjectStore
from app.services.project_io import import_exchange
from app.services.scores import record_score
from tests.conftest import SAMPLES


@pytest.fixture
def scans(monkeypatch: Any, tmp_path: Path) -> list[str]:
    """The row scans and integrity checks run (each open that checks in full adds one of each)."""
    monkeypatch.setenv("BIDDESK_CACHE", str(tmp_path / "cache"))
    seen: list[str] = []
    scan = integrity.row_problem

    def counted(conn: Any) -> str | None:
        seen.append("rows")
        return scan(conn)

    monkeypatch.setattr(integrity, "row_problem", counted)
    return seen


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "luoyang-002.json", path)
    return path


def test_a_file_left_by_biddesk_opens_without_the_scans(scans: list[str], tmp_path: Path) -> None:
    path = _project(tmp_path)
    assert checked.is_known(path)
    ProjectStore.open(path).close()
    assert scans == []
    record_score(path, "M1", "L2", "F1", "1", by="t")  # a command: opened, written, closed
    assert checked.is_known(path)
    with ProjectStore.open(path) as store:
        assert store.broken is None
    assert scans == []


def test_another_programs_edit_is_checked_in_full_and_refused(scans: list[str], tmp_path: Path) -> None:
    path = _project(tmp_path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("UPDATE bidder SET price = 'abc' WHERE id = 'L1'")
        con.commit()
    assert not checked.is_known(path)
    with pytest.raises(Exception, match=r"bidder L1: price is 'abc', not a number"):
        ProjectStore.open(path)
    assert scans == ["rows"]


def test_a_commit_by_another_connection_while_open_is_not_remembered(scans: list[str], tmp_path: Path) -> None:
    path = _project(tmp_path)
    store = ProjectStore.open(path)
    record_score(store, "M1", "L2", "F1", "1", by="t")  # our own write: the same connection
    with closing(sqlite3.connect(path)) as con:  # another program, while the store is open
        con.execute("UPDATE bidder SET name = 'changed' WHERE id = 'L1'")
        con.commit()
    store.close()
    assert not checked.is_known(path)
    ProjectStore.open(path).close()
    assert scans == ["rows"]  # checked in full, then remembered again
    assert checked.is_known(path)


def test_an_unreadable_or_older_memory_only_means_a_full_check(scans: list[str], tmp_path: Path) -> None:
    path = _project(tmp_path)
    cache = checked.cache_file()
    cache.write_text("{not json", encoding="utf-8")
    ProjectStore.open(path).close()
    assert scans == ["rows"] and checked.is_known(path)
    cache.write_text(cache.read_text(encoding="utf-8").replace(checked.CHECKS, "0.0.1/1.0/1"), encoding="utf-8")
    assert not checked.is_known(path)


def test_a_damaged_file_is_forgotten(scans: list[str], tmp_path: Path) -> None:
    path = _project(tmp_path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("DELETE FROM rules")
        con.commit()
    for _ in range(2):  # refused each time, never remembered
        with pytest.raises(Exception, match="table rules has 0 rows"):
            ProjectStore.open(path)
    assert scans == ["rows", "rows"]
    assert str(path.resolve()) not in checked.cache_file().read_text(encoding="utf-8")
