"""The audit chain against the attacks of the security probe, made with the sqlite3 module as a hostile user would."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.persistence import chain
from app.persistence.errors import StorageError
from app.persistence.store import ProjectStore
from app.services.members import submit_member
from app.services.project_io import import_exchange
from app.services.scores import record_score
from tests.app.projdoc import run_cli
from tests.conftest import SAMPLES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """The Pingdingshan sample with a few recorded events: scores, a submission."""
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)
    record_score(path, "M1", "B1", "F12", 1, by="agent")
    record_score(path, "M1", "B1", "F12", 0, by="agent")
    submit_member(path, "M1", by="agent")
    return path


def sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as con:
        for s in statements:
            con.execute(s)
        con.commit()


def broken(path: Path) -> chain.Break | None:
    with ProjectStore.open(path) as store:
        return store.broken


def test_an_intact_file_verifies_and_names_its_head(project: Path) -> None:
    assert broken(project) is None
    code, out, err = run_cli("audit", "verify", str(project))
    assert code == 0, err
    assert out.startswith("ok intact: ") and len(out.split("head ")[1].strip()) == 64


def test_replace_is_refused_and_with_the_triggers_dropped_it_breaks_the_chain(project: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        sql(project, "INSERT OR REPLACE INTO audit_event (id, at, by, action, entity, key, old, new) "
                     "SELECT id, at, by, action, entity, key, old, '\"0\"' FROM audit_event ORDER BY id DESC LIMIT 1")
    sql(project, *(f"DROP TRIGGER {t}" for t in chain.TRIGGER_NAMES),
        "INSERT OR REPLACE INTO audit_event (id, at, by, action, entity, key, old, new) "
        "SELECT id, at, by, action, entity, key, old, '{}' FROM audit_event ORDER BY id DESC LIMIT 1")
    found = broken(project)
    assert found is not None and "content was changed" in found.what
    with closing(sqlite3.connect(project)) as con:  # the triggers are back after the open
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert chain.TRIGGER_NAMES <= names


def test_a_forged_event_is_named(project: Path) -> None:
    sql(project, "INSERT INTO audit_event (at, by, action, entity, key, old, new) "
                 "VALUES ('2026-01-01T00:00:00.000+00:00', 'M2', 'submit', 'member', '[\"M2\"]', NULL, NULL)")
    found = broken(project)
    assert found is not None and "not in the chain" in found.what
    code, _out, err = run_cli("audit", "verify", str(project))
    assert code == 1 and f"audit event #{found.event_id}" in err


def test_a_deleted_event_and_an_edited_counter_are_named(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.bidesk"
    shutil.copy(project, copy)
    sql(project, "DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE id = 2")
    found = broken(project)
    assert found is not None and found.event_id == 3 and "removed or replaced" in found.what
    sql(copy, "DROP TRIGGER audit_event_no_delete", "DROP TRIGGER audit_chain_no_delete",
        "DELETE FROM audit_chain WHERE event_id = (SELECT max(id) FROM audit_event)",
        "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    found = broken(copy)
    assert found is not None and "counter" in found.what


def test_a_submitted_score_changed_by_hand_or_a_submission_cleared_is_found(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.bidesk"
    shutil.copy(project, copy)
    untouched = tmp_path / "untouched.bidesk"
    shutil.copy(project, untouched)
    sql(project, "UPDATE score SET value = '4' WHERE member_id = 'M1' AND bidder_id = 'B1' AND factor_id = 'F12'")
    found = broken(project)
    assert found is not None and "M1 for B1 on F12" in found.what and "'4'" in found.what
    # a score imported with the file (no event of its own): the submission's digest of the sheet covers it
    sql(untouched, "UPDATE score SET value = '4' WHERE member_id = 'M1' AND bidder_id = 'B2' AND factor_id = 'F12'")
    found = broken(untouched)
    assert found is not None and "M1's submitted sheet was changed" in found.what
    sql(copy, "UPDATE member SET submitted_at = NULL WHERE id = 'M1'")
    found = broken(copy)
    assert found is not None and "submission was cleared" in found.what


def test_a_broken_file_opens_read_only_at_every_door(project: Path) -> None:
    sql(project, "UPDATE member SET submitted_at = NULL WHERE id = 'M1'")
    with ProjectStore.open(project) as store:
        assert store.broken is not None
        with pytest.raises(StorageError) as refused, store.write():
            pass
        assert refused.value.code == "chain_broken"
        with store.read() as session:  # still readable: the evaluation can be looked at
            assert session.connection().exec_driver_sql("SELECT count(*) FROM score").scalar()
    code, _out, err = run_cli("score", str(project), "--member", "M2", "--bidder", "B1", "--factor", "F12",
                              "--value", "2")
    assert code == 1 and "read-only" in err


def test_a_file_made_before_the_chain_is_chained_once_on_open(tmp_path: Path) -> None:
    old = tmp_path / "old.bidesk"
    shutil.copy(FIXTURES / "project-v1.0.bidesk", old)
    with closing(sqlite3.connect(old)) as con:
        had = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "audit_chain" in had:  # the fixture is of a version that has it already: make it older
        sql(old, *(f"DROP TRIGGER IF EXISTS {t}" for t in chain.TRIGGER_NAMES), "DROP TABLE audit_chain")
    assert broken(old) is None
    with closing(sqlite3.connect(old)) as con:
        events = con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        links = con.execute("SELECT count(*) FROM audit_chain").fetchone()[0]
    assert events == links > 0
    record_score(old, None, *_first_objective_cell(old), by="agent")  # and it goes on chaining
    assert broken(old) is None


def _first_objective_cell(path: Path) -> tuple[str, str, object]:
    from app.services.project_io import load_project_evaluation

    ev = load_project_evaluation(path)
    f = next(f for f in ev.factors if f.objective and not f.is_price)
    b = ev.bidders[0].id
    value = next((s.value for s in ev.scores if s.factor == f.id and s.bidder == b), 0)
    return b, f.id, value


def test_the_report_prints_the_head_and_verify_checks_it(project: Path, tmp_path: Path) -> None:
    from tests.app.reportkit import pdf_pages

    code, _out, err = run_cli("report", str(project), "--out", str(tmp_path / "pack"), "--format", "pdf")
    assert code == 0, err
    report = next(p for p in (tmp_path / "pack").iterdir() if p.name.endswith("评标报告.pdf"))
    text = "\n".join(pdf_pages(report))
    head = text.split("审计日志链末端哈希：")[1][:32]
    code, out, err = run_cli("verify", str(project), head)
    assert code == 0 and out.strip() == f"ok audit head #{head_event(project)} (current)", err
    record_score(project, "M2", "B1", "F12", 0, by="agent")
    code, out, _err = run_cli("verify", str(project), head)
    assert code == 0 and "1 events recorded since" in out
    code, _out, err = run_cli("verify", str(project), "0123456789abcdef0123456789abcdef")
    assert code == 1 and "is no head" in err


def head_event(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con:
        return int(con.execute("SELECT max(event_id) FROM audit_chain").fetchone()[0])
