"""Rows of the wrong type in a well-formed SQLite file: refused at every door, with the place named."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.services.project_io import import_exchange
from tests.app.projdoc import run_cli
from tests.conftest import SAMPLES

ATTACKS = {
    "UPDATE rules SET decimals = 'x'": "rules 1: decimals is 'x', not a whole number",
    "UPDATE bidder SET price = 'abc' WHERE id = 'L1'": "bidder L1: price is 'abc', not a number",
    "UPDATE bidder SET price = '1.2.3' WHERE id = 'L1'": "bidder L1: price is '1.2.3', not a number",
    "UPDATE bidder SET name = X'FFFE00' WHERE id = 'L1'": "bidder L1: name holds bytes, not text",
    "DELETE FROM rules": "table rules has 0 rows, not one",
    "UPDATE factor SET rule = '{bad' WHERE id = 'F1'": "factor F1: rule is '{bad', not readable (JSON)",
    "UPDATE member SET position = 'first' WHERE id = 'M1'": "member M1: position is 'first', not a whole number",
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_every_door_refuses_a_damaged_row_with_its_place(attack: str, tmp_path: Path) -> None:
    path = tmp_path / "d.bidesk"
    import_exchange(SAMPLES / "luoyang-002.json", path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(attack)
        con.commit()
    before = path.read_bytes()
    for argv in (("evaluate", str(path)), ("export", str(path), str(tmp_path / "out.json")),
                 ("score", str(path), "--member", "M1", "--bidder", "L2", "--factor", "F1", "--value", "1"),
                 ("report", str(path), "--out", str(tmp_path / "pack"))):
        code, _out, err = run_cli(*argv)
        assert code == 2, (argv, err)
        assert err.strip() == f"{path}: the project file is damaged ({ATTACKS[attack]})", argv
    assert path.read_bytes() == before and not (tmp_path / "out.json").exists()


def _hot_copy(path: Path, tmp_path: Path, name: str) -> Path:
    """A crash's leftovers: the file and its write-ahead log, copied while a writer still holds them."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for value in ("1", "2", "3"):  # three commits, each frames in the log
        con.execute("UPDATE score SET value = ? WHERE member_id = 'M1' AND bidder_id = 'L1' AND factor_id = 'F1'",
                    (f'"{value}"',))
        con.commit()
    target = tmp_path / name
    target.write_bytes(path.read_bytes())
    Path(f"{target}-wal").write_bytes(Path(f"{path}-wal").read_bytes())
    con.close()
    return target


def test_a_damaged_write_ahead_log_is_refused_not_rolled_back_in_silence(tmp_path: Path) -> None:
    from app.persistence.errors import ProjectFileError
    from app.persistence.store import ProjectStore
    from app.services.project_io import load_project_evaluation

    path = tmp_path / "d.bidesk"
    import_exchange(SAMPLES / "luoyang-002.json", path)
    intact = _hot_copy(path, tmp_path, "intact.bidesk")
    damaged = _hot_copy(path, tmp_path, "damaged.bidesk")
    torn = _hot_copy(path, tmp_path, "torn.bidesk")
    wal = Path(f"{damaged}-wal")
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 100] ^= 0xFF  # a byte of the first frame's page
    wal.write_bytes(bytes(data))
    with pytest.raises(ProjectFileError) as refused:
        ProjectStore.open(damaged)
    assert "write-ahead log" in str(refused.value) and "frame 1" in str(refused.value)
    code, _out, err = run_cli("evaluate", str(damaged))
    assert code == 2 and "write-ahead log" in err
    ev = load_project_evaluation(intact)  # the intact log replays: the last commit is there
    assert next(s.value for s in ev.scores if (s.member, s.bidder, s.factor) == ("M1", "L1", "F1")) == "3"
    twal = Path(f"{torn}-wal")
    twal.write_bytes(twal.read_bytes()[:-100])  # a power cut in the last frame: SQLite's own rule applies
    load_project_evaluation(torn)
