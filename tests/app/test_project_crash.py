"""Crash safety: a writer killed with SIGKILL at random moments never loses an acknowledged write and
never leaves a half-done one; the file always opens and passes ``PRAGMA integrity_check``."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from app.persistence.store import ProjectStore
from app.services.audit import audit_log
from app.services.project_io import import_exchange, load_project_evaluation
from tests.app import crash_driver
from tests.app.projdoc import small_doc, write_doc

KILLS = 24
BUDGET_S = 30.0


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_a_burst_of_writes(tmp_path: Path) -> None:
    project = tmp_path / "p.bidesk"
    doc = small_doc()  # every bid valid and no joint F1 score: the driver's every score is one the engine uses
    doc["checks"], doc["decisions"] = doc["checks"][:1], []
    doc["scores"] = [s for s in doc["scores"] if s["factor"] != "F1"]
    import_exchange(write_doc(tmp_path / "s.json", doc), project)
    rng = random.Random(20251120)
    # the writers are forked from a server that has imported the driver: each starts at once, in its own process
    forks = multiprocessing.get_context("forkserver")
    forks.set_forkserver_preload(["tests.app.crash_driver"])
    start, acknowledged_total, kills = 1000, 0, 0
    deadline = time.monotonic() + BUDGET_S
    while kills < KILLS and time.monotonic() < deadline:
        theirs, ours = forks.Pipe(duplex=False)
        proc = forks.Process(target=crash_driver.run, args=(str(project), start, ours))
        proc.start()
        ours.close()
        got = b""
        if rng.random() < 0.15:  # sometimes while it is still opening the file
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            while not got.endswith(b"\n") and (more := os.read(theirs.fileno(), 64)):
                got += more
            assert got == b"ready\n", got
            time.sleep(rng.uniform(0.0, 0.25))
        proc.kill()  # SIGKILL
        proc.join(timeout=30)
        assert proc.exitcode == -signal.SIGKILL
        while more := os.read(theirs.fileno(), 65536):
            got += more
        theirs.close()
        kills += 1
        lines = got.decode().split("\n")[:-1]  # a last line without its newline was not acknowledged
        acknowledged = [int(line.split()[1]) for line in lines if line.startswith("ok ")]
        assert not [line for line in lines if line.startswith("fail ")], lines

        # the file opens (recovering its WAL), is whole, and holds every acknowledged write
        assert _integrity(project) == "ok"
        with ProjectStore.open(project) as store:
            events = [e for e in audit_log(store) if e.by == "driver" and int(e.new or 0) >= start]
            written = [int(e.new or 0) for e in events]
            ev = load_project_evaluation(store)
        assert set(acknowledged) <= set(written)
        # at most one write committed whose "ok" the kill swallowed, and none skipped
        assert written == list(range(start, start + len(written)))
        assert len(written) - len(acknowledged) in (0, 1)
        # no half-done write: every score holds the value of its last audit event
        last: dict[str, int] = {}
        for e in audit_log(project):
            if e.entity == "score" and e.by == "driver":
                last[e.key] = int(e.new or 0)
        for key, value in last.items():
            member, bidder, factor = json.loads(key)
            stored = next(s.value for s in ev.scores if (s.member, s.bidder, s.factor) == (member, bidder, factor))
            assert stored == value
        acknowledged_total += len(acknowledged)
        start += len(written)
    print(f"{kills} kills, {acknowledged_total} acknowledged writes, all present")
    assert kills >= 20, f"only {kills} kills in {BUDGET_S} s"
    assert acknowledged_total > 0
