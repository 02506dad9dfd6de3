"""The project file is precious: released versions open, newer majors are refused, migrations back up
first, and a damaged or foreign file is refused with a clear message — never a traceback."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Connection

from app.exchange.reader import loads
from app.persistence import schema
from app.persistence.errors import ProjectFileError
from app.persistence.schema import SCHEMA_VERSION, Migration, Version, plan
from app.persistence.store import ProjectStore
from app.services.audit import audit_log
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from tests.app.projdoc import leftovers, run_cli, small_doc, write_doc
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"
RELEASED = sorted(FIXTURES.glob("project-v*.bidesk"))


def copy_of(src: Path, folder: Path) -> Path:
    dst = folder / src.name
    shutil.copyfile(src, dst)
    return dst


def set_version(path: Path, version: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
        con.commit()
    finally:
        con.close()


def meta_version(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(write_doc(tmp_path / "s.json", small_doc()), path)
    (tmp_path / "s.json").unlink()
    return path


# -- released files ---------------------------------------------------------------------------------
def test_a_fixture_of_the_current_version_exists() -> None:
    assert FIXTURES / f"project-v{SCHEMA_VERSION}.bidesk" in RELEASED


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.name for p in RELEASED])
def test_released_files_open_with_their_data(tmp_path: Path, fixture: Path) -> None:
    path = copy_of(fixture, tmp_path)
    expected = fixture.with_name(fixture.name.replace(".bidesk", ".expected.json"))
    with ProjectStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert load_project_evaluation(store) == loads(expected.read_bytes())
        assert export_text(store) == expected.read_text(encoding="utf-8")
        assert audit_log(store)[0].action == "import"
    status, _out, err = run_cli("evaluate", path)
    assert status == 0, err


# -- versions and migrations ------------------------------------------------------------------------
def test_version_parsing_and_plans() -> None:
    assert Version.parse("1.0") < Version.parse("1.10") < Version.parse("2.0")
    for bad in ("1", "a.b", "1.0.0", ""):
        with pytest.raises(ValueError):
            Version.parse(bad)
    steps = [Migration("1.0", "1.1", lambda c: None), Migration("1.1", "2.0", lambda c: None)]
    assert plan("1.0", "2.0", steps) == steps
    assert plan("1.1", "2.0", steps) == steps[1:]
    assert plan("2.0", "2.0", steps) == []
    with pytest.raises(LookupError):
        plan("0.9", "2.0", steps)


def test_newer_major_is_refused_and_left_alone(project: Path) -> None:
    set_version(project, "2.0")
    before = project.read_bytes()
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open(project)
    assert info.value.code == "newer_major"
    assert "newer BidDesk" in info.value.message
    status, out, err = run_cli("evaluate", project)
    assert (status, out) == (2, "") and "newer BidDesk" in err and "Traceback" not in err
    status, _out, err = run_cli("score", project, "--member", "M1", "--bidder", "B1", "--factor", "F2",
                                "--value", "5")
    assert status == 2 and "newer BidDesk" in err
    assert project.read_bytes() == before
    assert leftovers(project.parent) == ["p.bidesk"]


def test_newer_minor_opens_as_it_is(project: Path) -> None:
    set_version(project, "1.7")
    with ProjectStore.open(project) as store:
        assert store.schema_version == "1.7" and store.backup is None
    assert meta_version(project) == "1.7"


def _add_remark_column(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE bidder ADD COLUMN remark TEXT NOT NULL DEFAULT ''")


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.name for p in RELEASED])
def test_older_file_is_backed_up_then_migrated(tmp_path: Path, fixture: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A fake future step: the released file is copied aside, then upgraded in place."""
    path = copy_of(fixture, tmp_path)
    original = path.read_bytes()
    old = Version.parse(SCHEMA_VERSION)
    future = f"{old.major}.{old.minor + 1}"
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, Migration(SCHEMA_VERSION, future,
                                                                             _add_remark_column)])
    with ProjectStore.open(path, current=future) as store:
        assert store.schema_version == future
        assert store.backup is not None
        assert store.backup.name.startswith(f"{path.name}.bak-v{SCHEMA_VERSION}-")
        evaluation = load_project_evaluation(store)
    assert meta_version(store.backup) == SCHEMA_VERSION
    assert path.read_bytes() != original
    assert meta_version(path) == future
    con = sqlite3.connect(path)
    try:
        assert "remark" in [row[1] for row in con.execute("PRAGMA table_info(bidder)")]
    finally:
        con.close()
    expected = loads(fixture.with_name(fixture.name.replace(".bidesk", ".expected.json")).read_bytes())
    assert evaluation == expected
    assert load_project_evaluation(store.backup) == expected  # the backup is a whole, openable project
    # opening again: already migrated, no second backup
    with ProjectStore.open(path, current=future) as store:
        assert store.backup is None


def test_failed_migration_leaves_the_file_unchanged(project: Path) -> None:
    def broken(conn: Connection) -> None:
        conn.exec_driver_sql("ALTER TABLE bidder ADD COLUMN remark TEXT")
        raise RuntimeError("step failed")

    before = load_project_evaluation(project)
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open(project, current="1.1", migrations=[Migration("1.0", "1.1", broken)])
    assert info.value.code == "migration_failed" and "unchanged" in info.value.message
    assert meta_version(project) == "1.0"
    con = sqlite3.connect(project)
    try:
        assert "remark" not in [row[1] for row in con.execute("PRAGMA table_info(bidder)")]
    finally:
        con.close()
    assert load_project_evaluation(project) == before
    assert len([n for n in leftovers(project.parent) if ".bak-v1.0-" in n]) == 1


def test_no_migration_path_is_refused(project: Path) -> None:
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open(project, current="1.2", migrations=[Migration("1.1", "1.2", lambda c: None)])
    assert info.value.code == "no_migration"
    assert leftovers(project.parent) == ["p.bidesk"]


# -- damaged and foreign files ----------------------------------------------------------------------
def refused(path: Path) -> str:
    """The file is refused by every door: the store, the services, the command line (exit 2)."""
    with pytest.raises(ProjectFileError) as info:
        load_project_evaluation(path)
    for argv in (("evaluate", path), ("export", path, path.parent / "out.json"),
                 ("score", path, "--member", "M1", "--bidder", "B1", "--factor", "F2", "--value", "5"),
                 ("check", path, "--stage", "compliance", "--bidder", "B1", "--item", "C1", "--pass"),
                 ("submit", path, "--member", "M1")):
        status, out, err = run_cli(*argv)
        assert (status, out) == (2, ""), (argv, err)
        assert err.strip() and "Traceback" not in err
    assert not (path.parent / "out.json").exists()
    return info.value.code


def test_truncated_files_are_refused(project: Path) -> None:
    data = project.read_bytes()
    rng = random.Random(3)
    lengths = sorted({1, 15, 16, 99, 100, 101, 4095, 4096, 4097, len(data) - 1,
                      *(rng.randrange(1, len(data)) for _ in range(12))})
    for n in lengths:
        project.write_bytes(data[:n])
        assert refused(project) in ("not_sqlite", "corrupt"), n
        for suffix in ("-wal", "-shm"):
            Path(f"{project}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        ("这不是项目文件\njust some text\n".encode(), "not_sqlite"),
        (bytes(random.Random(5).randrange(256) for _ in range(8192)), "not_sqlite"),
        (b"SQLite format 3\x00" + bytes(random.Random(6).randrange(256) for _ in range(8176)), "corrupt"),
    ],
    ids=["empty", "text", "random-bytes", "random-after-header"],
)
def test_foreign_files_are_refused(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.bidesk"
    path.write_bytes(content)
    assert refused(path) == code
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.commit()
    con.close()
    before = path.read_bytes()
    assert refused(path) == "not_a_project"
    assert path.read_bytes() == before


def test_damaged_pages_are_refused(project: Path) -> None:
    data = bytearray(project.read_bytes())
    page = 4096
    data[3 * page:4 * page] = bytes(random.Random(9).randrange(256) for _ in range(page))
    project.write_bytes(bytes(data))
    assert refused(project) == "corrupt"


def test_flipped_bytes_never_crash(project: Path) -> None:
    """Random flips: either refused as damaged, or readable — never another exception."""
    original = project.read_bytes()
    rng = random.Random(11)
    outcomes = set()
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 12)):
            data[rng.randrange(100, len(data))] = rng.randrange(256)
        project.write_bytes(bytes(data))
        status, _out, err = run_cli("export", project, project.parent / "out.json")
        assert status in (0, 2) and "Traceback" not in err
        outcomes.add(status)
        for suffix in ("-wal", "-shm"):
            Path(f"{project}{suffix}").unlink(missing_ok=True)
    assert 2 in outcomes


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as info:
        ProjectStore.open(tmp_path / "nope.bidesk")
    assert info.value.code == "not_found"
    status, _out, err = run_cli("score", tmp_path / "nope.bidesk", "--member", "M1", "--bidder", "B1",
                                "--factor", "F2", "--value", "5")
    assert status == 2 and "no such file" in err
    assert not (tmp_path / "nope.bidesk").exists()


def test_real_exit_status_of_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.bidesk"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(path), str(tmp_path / "o.json")],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          timeout=60, check=False)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "damaged" in proc.stderr and "Traceback" not in proc.stderr


def test_a_second_file_runs_the_statements_compiled_for_the_first_and_reads_its_own_rows(tmp_path: Path) -> None:
    from sqlalchemy import select
    from sqlalchemy.engine.default import CACHE_HIT, CACHE_MISS

    from app.persistence.tender import ProjectRow

    names = []
    for i in range(2):
        doc = small_doc()
        doc["project"]["name"] = f"项目{i}"
        path = tmp_path / f"p{i}.bidesk"
        import_exchange(write_doc(tmp_path / f"p{i}.json", doc), path)
        with ProjectStore.open(path) as store, store.read() as session:
            # a statement of its own (never compiled before in this process): the first file compiles it
            table = ProjectRow.__table__
            query = select(table.c.name.label("only_this_test")).where(table.c.id == 1, table.c.name != f"x{i}")
            result = session.connection().execute(query)
            names.append(result.scalar_one())
            assert result.context.cache_hit is (CACHE_HIT if i else CACHE_MISS)
    assert names == ["项目0", "项目1"]
