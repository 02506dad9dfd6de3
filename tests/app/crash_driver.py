"""A burst of score writes for the crash test: ``python crash_driver.py PROJECT START``.

Records count scores (factor F1 of the small test document) with values START, START+1, …, cycling
over every member and the joint entry for every bidder, and prints ``ok N`` (flushed) after each
write has committed. The test kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.persistence.store import ProjectStore
from app.services.scores import record_score

KEYS = [(m, b) for b in ("B1", "B2", "B3") for m in ("M1", "M2", "M3", None)]


def main() -> None:
    """Write until killed (or 100,000 writes)."""
    project, n = Path(sys.argv[1]), int(sys.argv[2])
    with ProjectStore.open(project) as store:
        print("ready", flush=True)
        for i in range(100_000):
            member, bidder = KEYS[(n + i) % len(KEYS)]
            record_score(store, member, bidder, "F1", n + i, by="driver")
            print(f"ok {n + i}", flush=True)


if __name__ == "__main__":
    main()
