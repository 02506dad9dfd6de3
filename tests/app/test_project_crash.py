"""Crash safety: a writer killed with SIGKILL at random moments never loses an acknowledged write and
never leaves a half-done one; the file always opens and passes ``PRAGMA integrity_check``."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.persistence.store import ProjectStore
from app.services.audit import audit_log
from app.services.project_io import import_exchange, load_project_evaluation
from tests.app.projdoc import small_doc, write_doc
from tests.conftest import ROOT

DRIVER = Path(__file__).with_name("crash_driver.py")
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
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start, acknowledged_total, kills = 1000, 0, 0
    deadline = time.monotonic() + BUDGET_S
    while kills < KILLS and time.monotonic() < deadline:
        proc = subprocess.Popen([sys.executable, str(DRIVER), str(project), str(start)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        if rng.random() < 0.15:  # sometimes while it is still starting or opening the file
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            assert proc.stdout.readline() == b"ready\n"
            time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        kills += 1
        lines = out.decode().split("\n")[:-1]  # a last line without its newline was not acknowledged
        acknowledged = [int(line.split()[1]) for line in lines if line.startswith("ok ")]
        assert b"Traceback" not in err, err.decode()

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
