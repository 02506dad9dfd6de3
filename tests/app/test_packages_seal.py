"""Sealed returns: every tampered byte, foreign, wrong-member, stale, superseded and conflicting returns refused.

"Refused" means: a :class:`PackageError` (exit status 2 on the command line, one line naming the file)
and the project exactly as before (its exported data and its audit log).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.packages import errors as pe
from app.packages.expert import record_package_score, write_return
from app.packages.export import export_package
from app.packages.identity import project_uid
from app.packages.keys import KeyPair, canonical
from app.packages.merge import import_return, import_return_data
from app.packages.sealed import seal_bytes
from app.packages.status import issued_packages
from app.persistence.store import ProjectStore
from app.services.audit import audit_log
from app.services.members import member_states, submit_member
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from tests.app.projdoc import run_cli, small_doc, write_doc

#: What M1 scores: B1's and B2's cells are the sheet (B3 is declared invalid: a score on it is refused, in a
#: package as in a project).
M1_CELLS = [(b, f) for f in ("F2", "F3", "F4", "F5") for b in ("B1", "B2")]


def _doc_without(member: str) -> dict[str, Any]:
    doc = small_doc()
    doc["scores"] = [s for s in doc["scores"] if s["member"] != member]
    doc["checks"] = [c for c in doc["checks"] if c["member"] != "M1"]  # M1's failing verdict left B2 invalid
    return doc


def m1_value(bidder: str, factor: str) -> Any:
    return next(s["value"] for s in small_doc()["scores"] if (s["member"], s["bidder"], s["factor"])
                == ("M1", bidder, factor))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(write_doc(tmp_path / "p.json", _doc_without("M1")), path, by="agent")
    return path


def scored_package(project: Path, folder: Path, name: str = "m1.bidpkg") -> Path:
    folder.mkdir(exist_ok=True)
    package = folder / name
    export_package(project, "M1", package, by="agent")
    for b, f in M1_CELLS:
        record_package_score(package, "M1", b, f, m1_value(b, f), by="M1")
    return package


def state(project: Path) -> tuple[str, int]:
    """What must not change when a return is refused."""
    return export_text(project), len(audit_log(project))


def refused(project: Path, ret: Path, code: str, text: str = "") -> str:
    before = state(project)
    with pytest.raises(pe.PackageError) as exc:
        import_return(project, ret, by="agent")
    assert exc.value.code == code, exc.value.problems
    status, out, err = run_cli("package", "import", project, ret)
    assert (status, out) == (2, "") and err.startswith(f"{ret}") and text in err, err
    assert state(project) == before
    return err


def forged(package: Path, change: dict[str, Any], original: bytes) -> bytes:
    """A return signed with the package's real member key whose payload was edited (what a thief could make)."""
    lines = original.split(b"\n")
    doc = json.loads(lines[1])
    doc.update(change)
    with sqlite3.connect(package) as con:
        key = KeyPair.from_private_hex(con.execute("SELECT value FROM meta WHERE key = 'member_private_key'")
                                       .fetchone()[0])
    return seal_bytes(doc["package_id"], canonical(doc), key)


def test_every_byte_of_a_return_is_sealed(project: Path, tmp_path: Path) -> None:
    package = scored_package(project, tmp_path / "laptop")
    ret = tmp_path / "m1.bidret"
    write_return(package, ret, by="M1")
    data = ret.read_bytes()
    assert 900 < len(data) < 3000
    before = state(project)
    codes: set[str] = set()
    with ProjectStore.open(project) as store:
        for i in range(len(data)):
            for flip in (0x01, 0x20, 0x80, 0xFF):
                bad = data[:i] + bytes([data[i] ^ flip]) + data[i + 1:]
                with pytest.raises(pe.PackageError) as exc:
                    import_return_data(store, bad, where="r", by="agent")
                codes.add(exc.value.code)
        for cut in range(len(data)):  # every truncation, and every extra byte at the end or in between
            with pytest.raises(pe.PackageError):
                import_return_data(store, data[:cut], where="r", by="agent")
        for extra in (b"\n", b" ", b"\x00", b"x"):
            for at in (len(data), len(data) - 1, data.index(b"\n"), data.index(b"\n") + 1, 0):
                with pytest.raises(pe.PackageError):
                    import_return_data(store, data[:at] + extra + data[at:], where="r", by="agent")
    assert state(project) == before
    assert codes <= {pe.NOT_A_RETURN, pe.TAMPERED, pe.FOREIGN}
    assert pe.TAMPERED in codes
    # the untouched file is accepted: the refusals were the bytes' fault
    report = import_return(project, ret, by="agent")
    assert report.submits and len(report.changes) == len(M1_CELLS)
    assert member_states(project)[0].state == "submitted"


def test_tampered_large_return_regions(tmp_path: Path) -> None:
    """The Pingdingshan-sized return: header, payload, signature and trailer, systematically."""
    from tests.app.test_packages import new_project, sample_doc, unscored

    doc = sample_doc(("F8", "F9"))
    project = new_project(tmp_path, unscored(doc))
    package = tmp_path / "m3.bidpkg"
    export_package(project, "M3", package, by="agent")
    from app.packages.identity import blind_codes

    codes = blind_codes(project)
    for s in doc["scores"]:
        if s["member"] == "M3":
            record_package_score(package, "M3", codes[s["bidder"]] if s["factor"] in ("F8", "F9") else s["bidder"],
                                 s["factor"], s["value"], by="M3")
    ret = tmp_path / "m3.bidret"
    write_return(package, ret, by="M3")
    data = ret.read_bytes()
    head, sig = data.index(b"\n") + 1, data.rindex(b"ed25519 ")
    offsets = set(range(head + 64)) | set(range(head, sig, 13)) | set(range(sig - 8, len(data)))
    before = state(project)
    with ProjectStore.open(project) as store:
        for i in sorted(offsets):
            bad = data[:i] + bytes([data[i] ^ 0x04]) + data[i + 1:]
            with pytest.raises(pe.PackageError):
                import_return_data(store, bad, where="r", by="agent")
    assert state(project) == before
    assert len(import_return(project, ret, by="agent").changes) == 70


def test_return_for_another_project_or_member(project: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.bidesk"
    shutil.copy(project, tmp_path / "copy-source.bidesk")
    import_exchange(write_doc(tmp_path / "o.json", _doc_without("M1")), other, by="agent")
    package = scored_package(project, tmp_path / "laptop")
    ret = tmp_path / "m1.bidret"
    write_return(package, ret, by="M1")
    # another project, before and after it issued packages of its own
    refused(other, ret, pe.FOREIGN, "did not issue")
    export_package(other, "M1", tmp_path / "other-m1.bidpkg", by="agent")
    refused(other, ret, pe.FOREIGN, "did not issue")
    # a payload edited to name another member or project, signed with the stolen package key
    data = ret.read_bytes()
    bad = tmp_path / "bad.bidret"
    bad.write_bytes(forged(package, {"member": "M2"}, data))
    refused(project, bad, pe.WRONG_MEMBER, "made for member M1")
    bad.write_bytes(forged(package, {"project_uid": "0" * 32}, data))
    refused(project, bad, pe.FOREIGN, "another project")
    # signed by another package's key
    other_package = scored_package(other, tmp_path / "laptop2")
    with sqlite3.connect(other_package) as con:
        key = KeyPair.from_private_hex(con.execute("SELECT value FROM meta WHERE key = 'member_private_key'")
                                       .fetchone()[0])
    lines = data.split(b"\n")
    bad.write_bytes(seal_bytes(lines[0].split(b" ")[1].decode(), lines[1], key))
    refused(project, bad, pe.TAMPERED, "seal does not verify")
    # not a return at all
    bad.write_bytes(b"hello")
    refused(project, bad, pe.NOT_A_RETURN, "not a return file")
    refused(project, package, pe.NOT_A_RETURN, "not a return file")
    assert import_return(project, ret, by="agent").submits


def test_sequence_duplicate_stale_and_conflict(project: Path, tmp_path: Path) -> None:
    package = scored_package(project, tmp_path / "laptop")
    copy = tmp_path / "laptop" / "copy.bidpkg"
    shutil.copy(package, copy)
    first, second = tmp_path / "r1.bidret", tmp_path / "r2.bidret"
    assert write_return(package, first, by="M1", submit=False).sequence == 1
    record_package_score(package, "M1", "B1", "F5", "9", by="M1")
    assert write_return(package, second, by="M1", submit=False).sequence == 2
    dry = import_return(project, second, by="agent", dry_run=True)
    assert dry.dry_run and len(dry.changes) == len(M1_CELLS) and audit_log(project)[-1].action == "export"
    assert not [s for s in load_project_evaluation(project).scores if s.member == "M1"]
    before = state(project)
    status, out, err = run_cli("package", "import", project, second, "--dry-run")
    assert status == 0 and err == "" and out.endswith(f"dry run, nothing changed: {len(M1_CELLS)} scores changed\n")
    assert "score M1 B1 F5: (none) → \"9\"" in out
    assert state(project) == before
    report = import_return(project, second, by="agent")
    assert len(report.changes) == len(M1_CELLS) and not report.submits and report.sequence == 2
    after = state(project)
    (issued,) = issued_packages(project)
    assert (issued.returns_merged, issued.last_sequence, issued.submitted) == (1, 2, False)
    # the very same return again: nothing to change
    status, out, err = run_cli("package", "import", project, second)
    assert (status, err) == (0, "") and "ok nothing to change" in out
    assert state(project) == after
    # an older one: refused
    refused(project, first, pe.STALE, "older (sequence 1) than return 2")
    # a copy of the package, used in parallel, wrote its own sequence 2
    record_package_score(copy, "M1", "B1", "F5", "8", by="M1")
    write_return(copy, tmp_path / "c1.bidret", by="M1", submit=False)
    other = write_return(copy, tmp_path / "c2.bidret", by="M1", submit=False)
    assert other.sequence == 2
    refused(project, tmp_path / "c2.bidret", pe.CONFLICT, "sequence 2")


def test_superseded_package(project: Path, tmp_path: Path) -> None:
    package = scored_package(project, tmp_path / "laptop")
    ret = tmp_path / "m1.bidret"
    write_return(package, ret, by="M1")
    status, out, _err = run_cli("package", "export", project, "--member", "M1", tmp_path / "new.bidpkg")
    assert status == 0 and "supersedes" in out
    refused(project, ret, pe.SUPERSEDED, "replaced by a newer package")
    listed = issued_packages(project)
    assert [(p.member, p.current, p.returns_merged) for p in listed] == [("M1", False, 0), ("M1", True, 0)]
    assert listed[0].superseded_by == listed[1].package_id
    uid = project_uid(project)
    assert len(uid) == 32 and project_uid(project) == uid
    status, _out, err = run_cli("package", "export", project, "--member", "M1", tmp_path / "new.bidpkg")
    assert status == 2 and "never overwritten" in err


def test_changes_after_submission_need_reasons(project: Path, tmp_path: Path) -> None:
    package = scored_package(project, tmp_path / "laptop")
    import_return(project, write_return(package, tmp_path / "r1.bidret", by="M1").path, by="agent")
    assert member_states(project)[0].state == "submitted"
    # in the package, exactly as in a project: a submitted sheet changes only with a reason and a category
    status, _out, err = run_cli("score", package, "--member", "M1", "--bidder", "B1", "--factor", "F5",
                                "--value", '"1"')
    assert status == 2 and "--reason" in err and "--art64" in err
    status, out, err = run_cli("score", package, "--member", "M1", "--bidder", "B1", "--factor", "F5",
                               "--value", '"1"', "--reason", "汇总错误", "--art64", "summation_error")
    assert (status, out, err) == (0, "ok\n", "")
    write_return(package, tmp_path / "r2.bidret", by="M1")
    report = import_return(project, tmp_path / "r2.bidret", by="agent")
    assert [(c.bidder, c.factor, c.new) for c in report.changes] == [("B1", "F5", '"1"')] and not report.submits
    last = [e for e in audit_log(project) if e.entity == "score"][-1]
    assert (last.by, last.reason, last.art64, last.new) == ("M1", "汇总错误", "summation_error", '"1"')


def test_submitted_in_the_project_before_a_draft_return(project: Path, tmp_path: Path) -> None:
    package = scored_package(project, tmp_path / "laptop")
    ret = write_return(package, tmp_path / "d.bidret", by="M1", submit=False).path
    import_return(project, ret, by="agent")
    submit_member(project, "M1", by="agent")
    record_package_score(package, "M1", "B2", "F5", "2", by="M1")
    ret = write_return(package, tmp_path / "d2.bidret", by="M1", submit=False).path
    err = refused(project, ret, pe.BAD_CONTENT, "--reason")
    assert "submitted" in err
    status, out, err = run_cli("package", "import", project, ret, "--reason", "评委复核", "--art64", "abnormal_score")
    assert (status, err) == (0, "") and out.endswith("ok 1 scores changed\n")
    last = [e for e in audit_log(project) if e.entity == "score"][-1]
    assert (last.by, last.reason, last.art64) == ("M1", "评委复核", "abnormal_score")


def test_submitted_return_needs_a_complete_sheet_in_the_project(project: Path, tmp_path: Path) -> None:
    package = scored_package(project, tmp_path / "laptop")
    ret = write_return(package, tmp_path / "r.bidret", by="M1").path
    # meanwhile the committee withdrew the decision that made B3 invalid: B3 is now on M1's sheet
    from app.services.decisions import withdraw_decision

    withdraw_decision(project, "B3", "invalid", by="agent")
    err = refused(project, ret, pe.BAD_CONTENT, "cannot be submitted")
    assert "has not scored bidder B3" in err


def test_package_cli_bad_input(project: Path, tmp_path: Path) -> None:
    status, _out, err = run_cli("package", "export", project, "--member", "MX", tmp_path / "x.bidpkg")
    assert status == 2 and err == "--member: unknown member MX\n"
    assert not (tmp_path / "x.bidpkg").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    status, _out, err = run_cli("package", "return", project, tmp_path / "r.bidret")
    assert status == 2 and "not a scoring package" in err
    package = scored_package(project, tmp_path / "laptop")
    status, _out, err = run_cli("package", "return", package, project)
    assert status == 2 and "never overwrites" in err
    status, _out, err = run_cli("submit", package, "--member", "M2")
    assert status == 2 and "M1's sheet" in err
    assert run_cli("submit", package, "--member", "M1")[0] == 0
    status, out, _err = run_cli("package", "return", package, tmp_path / "r.bidret")
    assert status == 0 and "return 1 of package" in out and "submitted" in out
    # a package altered outside BidDesk (a grade's points changed) is refused
    with sqlite3.connect(package) as con:
        con.execute("UPDATE factor SET max = '99' WHERE id = 'F2'")
    status, _out, err = run_cli("score", package, "--member", "M1", "--bidder", "B1", "--factor", "F2", "--value", "5")
    assert status == 2 and "altered" in err


_DRIVER = """
import sys
from decimal import Decimal
from app.packages.package import open_package
from app.packages.expert import record_package_score
run = sys.argv[2]
with open_package(sys.argv[1]) as pkg:
    print("ready", flush=True)
    for i in range(100_000):
        bidder = ("B1", "B2")[i % 2]
        change = record_package_score(pkg, "M1", bidder, "F5", str(Decimal(i % 21) / 2), by=f"driver{run}")
        if change.changed:
            print(f"ok {i}", flush=True)
"""


def test_package_scores_survive_sigkill(project: Path, tmp_path: Path) -> None:
    import os
    import random
    import signal
    import subprocess
    import sys
    import time

    from app.packages.package import open_package
    from tests.conftest import ROOT

    package = scored_package(project, tmp_path / "laptop")
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for run in range(6):
        proc = subprocess.Popen([sys.executable, "-c", _DRIVER, str(package), str(run)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, cwd=ROOT)
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.05, 0.3))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert b"Traceback" not in err, err.decode()
        acked = [line for line in out.decode().split("\n")[:-1] if line.startswith("ok ")]
        with open_package(package) as pkg:  # still whole and verified
            events = [e for e in audit_log(pkg.store) if e.by == f"driver{run}"]
        assert len(acked) <= len(events) <= len(acked) + 1
    status, out, _err = run_cli("package", "info", package)
    assert status == 0 and "8 of 8 cells scored" in out  # B1's and B2's cells (B2 is valid here)
