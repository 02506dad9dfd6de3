"""publish → score on the seats → pull → evaluate equals the single desk; and the commands themselves."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.engine import evaluate
from app.exchange.writer import dumps, result_to_doc
from app.reports.fingerprint import project_fingerprints
from app.room.publish import pull
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from tests.app.projdoc import run_cli
from tests.room.conftest import Room, make_room
from tests.room.pgserver import TempServer
from tests.room.test_room_isolation import enter_all


def _desk(room: Room, tmp_path: Path) -> Path:
    """The same evaluation on a single desk: the document with the members' scores in it."""
    doc = dict(room.doc, scores=[*room.doc["scores"], *room.member_scores])
    src = tmp_path / "desk.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    desk = tmp_path / "desk.bidesk"
    import_exchange(src, desk)
    return desk


def _result(path: Path) -> str:
    return dumps(result_to_doc(evaluate(load_project_evaluation(path))))


def test_the_pulled_project_gives_the_single_desk_result(pg: TempServer, tmp_path: Path) -> None:
    room = make_room(pg, tmp_path)
    for m in room.doc["members"]:
        enter_all(room, m["id"])
    pulled = pull(room.url(None), room.published.number, tmp_path / "pulled.bidesk")
    desk = _desk(room, tmp_path)
    assert _result(pulled) == _result(desk)
    code, _out, err = run_cli("audit", "verify", str(pulled))  # the room's events chained like the desk's
    assert code == 0, err
    mine, theirs = json.loads(export_text(pulled)), json.loads(export_text(desk))
    key = lambda s: (s["member"] or "", s["bidder"], s["factor"])  # noqa: E731
    assert sorted(mine["scores"], key=key) == sorted(theirs["scores"], key=key)
    assert mine["members"] == theirs["members"]
    # the same report pack: every table's fingerprint (what each printed page carries) is the desk's
    a, b = load_project_evaluation(pulled), load_project_evaluation(desk)
    assert project_fingerprints(a, evaluate(a)) == project_fingerprints(b, evaluate(b))


def test_room_commands_publish_status_pull(pg: TempServer, tmp_path: Path) -> None:
    room = make_room(pg, tmp_path)  # published once already: publishing again is refused
    code, _out, err = run_cli("room", "publish", str(room.file), pg.url)
    assert code == 1 and "already" in err
    fresh = make_room(pg, tmp_path, keep_scores=True)
    code, out, err = run_cli("room", "status", pg.url, fresh.published.number)
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert [x[0] for x in lines] == [m["id"] for m in fresh.doc["members"]]
    assert all(x[2] == "55/55" and x[3] == "open" for x in lines)
    code, out, err = run_cli("room", "pull", fresh.url(None), fresh.published.number, str(tmp_path / "p.bidesk"))
    assert code == 1 and "not every member has submitted" in err and not (tmp_path / "p.bidesk").exists()
    code, out, err = run_cli("room", "pull", pg.url, fresh.published.number, str(tmp_path / "p.bidesk"))
    assert code == 0, err
    assert _result(tmp_path / "p.bidesk") == _result(fresh.file)
    code, out, err = run_cli("room", "status", pg.url, "NO-SUCH-NUMBER")
    assert code == 1 and "no project" in err


def test_publish_writes_the_seat_slips(pg: TempServer, tmp_path: Path) -> None:
    import shutil

    room = make_room(pg, tmp_path)
    copy = tmp_path / "again.bidesk"
    shutil.copy(room.file, copy)
    import dataclasses

    from app.services.setup import save_setup  # a new number: a second project in the same room

    ev = load_project_evaluation(copy)
    save_setup(copy, dataclasses.replace(ev, project=dataclasses.replace(ev.project, number=ev.project.number + "-b")),
               by="agent")
    code, out, err = run_cli("room", "publish", str(copy), pg.url, "--slips", str(tmp_path / "slips.pdf"))
    assert code == 0, err
    passwords = [line.split("\t")[3] for line in out.splitlines()[2:-2]]
    assert len(passwords) == 6 and len(set(passwords)) == 6
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "slips.pdf").pages)
    assert all(p in text for p in passwords)
    assert "一次性密码" in text


def test_the_joint_entries_unique_indexes_are_partial_on_the_server(pg: TempServer, tmp_path: Path) -> None:
    """A joint score (member NULL) is unique per bid and factor, a member's own per member: on the server too."""
    import psycopg

    room = make_room(pg, tmp_path)
    with psycopg.connect(pg.url, autocommit=True) as admin:
        found = dict(admin.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = %s AND indexname "
                                   "IN ('uq_score_joint', 'uq_check_joint')", (room.published.schema,)).fetchall())
    assert sorted(found) == ["uq_check_joint", "uq_score_joint"]
    assert all(d.startswith("CREATE UNIQUE INDEX") and d.endswith("WHERE (member_id IS NULL)") for d in found.values())
