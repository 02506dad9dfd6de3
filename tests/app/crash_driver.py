"""A burst of score writes for the crash test: ``python crash_driver.py PROJECT START``.

Records scores with values START, START+1, …, cycling over every member's count score (factor F1 of
the small test document) and the joint hours score (F4) for every bidder, and prints ``ok N``
(flushed) after each write has committed. The test kills it with SIGKILL at a random moment. (A
member's score beside a joint one, or on an invalid bid, is refused: the test's document has every
bid valid and no joint F1 score.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.persistence.store import ProjectStore
from app.services.scores import record_score

KEYS = [(m, b, "F1" if m is not None else "F4") for b in ("B1", "B2", "B3") for m in ("M1", "M2", "M3", None)]


def main() -> None:
    """Write until killed (or 100,000 writes)."""
    project, n = Path(sys.argv[1]), int(sys.argv[2])
    with ProjectStore.open(project) as store:
        print("ready", flush=True)
        for i in range(100_000):
            member, bidder, factor = KEYS[(n + i) % len(KEYS)]
            record_score(store, member, bidder, factor, n + i, by="driver")
            print(f"ok {n + i}", flush=True)


if __name__ == "__main__":
    main()
