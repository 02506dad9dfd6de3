"""A burst of score writes for the crash test, run in a process of its own that the test kills with SIGKILL.

:func:`run` records scores with values START, START+1, …, cycling over every member's count score (factor F1
of the small test document) and the joint hours score (F4) for every bidder, and writes ``ok N`` to its pipe
after each write has committed (``fail …`` with the traceback if it fails on its own). The test starts it from
a fork server that has imported this module, so each run starts at once instead of importing SQLAlchemy again.
(A member's score beside a joint one, or on an invalid bid, is refused: the test's document has every bid
valid and no joint F1 score.)
"""

from __future__ import annotations

import os
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

from app.persistence.store import ProjectStore
from app.services.scores import record_score

KEYS = [(m, b, "F1" if m is not None else "F4") for b in ("B1", "B2", "B3") for m in ("M1", "M2", "M3", None)]


def run(project: str, n: int, out: Connection) -> None:
    """Write until killed (or 100,000 writes); every line is written to ``out``'s descriptor in one write."""
    fd = out.fileno()
    try:
        with ProjectStore.open(Path(project)) as store:
            os.write(fd, b"ready\n")
            for i in range(100_000):
                member, bidder, factor = KEYS[(n + i) % len(KEYS)]
                record_score(store, member, bidder, factor, n + i, by="driver")
                os.write(fd, f"ok {n + i}\n".encode())
    except BaseException:
        os.write(fd, ("fail " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        raise
