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
