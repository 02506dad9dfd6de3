"""The huge case: 200 bidders × 25 members × 100 factors (about 500,000 score entries), and how the cost grows.

Prints `evaluate` in process for 1/8, 1/4, 1/2 and the whole of the bidders, with the ratio per doubling
(each doubling of the bidders doubles the entries: ×2.0 is linear), the whole process once, and the huge case as
a project file: its import, one score recorded (whole process) and its evaluate. Figures only, never asserted
(issue 20 asks ≤ 3 s for the whole, import ≤ 5 s, a score ≤ 60 ms, evaluate PROJECT_FILE ≤ 1.5× the file's).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.engine import evaluate  # noqa: E402
from app.exchange.reader import loads  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402
from main import COMMAND_GC  # noqa: E402


def main() -> None:
    gc.set_threshold(*COMMAND_GC)  # in process as a command runs (main.py)
    times: list[tuple[int, int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for bidders in (25, 50, 100, 200):
            doc = build_large_case(bidders=bidders, members=25, factors=100, small_max="0.15")
            data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
            t0 = time.perf_counter()
            evaluate(loads(data))
            times.append((bidders, len(doc["scores"]), time.perf_counter() - t0))
        path = Path(tmp) / "huge.json"
        path.write_bytes(data)
        whole = _timed("evaluate", str(path))
        project = Path(tmp) / "huge.bidesk"
        imported = _timed("import", str(path), str(project))
        grades = next(f for f in doc["factors"] if f["rule"]["type"] == "grades" and not f.get("objective"))
        values = grades["rule"]["values"][:2]
        scored = sorted(_timed("score", str(project), "--member", "M1", "--bidder", "B1", "--factor", grades["id"],
                               "--value", str(values[i % 2])) for i in range(3))[1]
        from_project = _timed("evaluate", str(project))
    print("huge case: 25 members × 100 factors (two of 45 items), evaluate in process (read + check + compute)")
    for i, (bidders, scores, seconds) in enumerate(times):
        ratio = f"  ×{seconds / times[i - 1][2]:.2f} per doubling" if i else ""
        print(f"  {bidders:4d} bidders, {scores:7d} scores: {seconds:6.2f} s{ratio}")
    print(f"  the whole of it, whole process (evaluate FILE): {whole:.2f} s  [issue 20: <= 3 s]")
    print(f"  the project file: import {imported:.2f} s [<= 5 s]; score one value, whole process (median of 3) "
          f"{scored * 1000:.0f} ms [<= 60 ms]; evaluate PROJECT_FILE {from_project:.2f} s = "
          f"{from_project / whole:.2f}× the exchange file [<= 1.5×]")


def _timed(*args: str) -> float:
    """Seconds of one whole ``main.py`` command."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
