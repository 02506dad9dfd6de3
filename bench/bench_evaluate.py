"""`make bench`: whole-process time of `python main.py evaluate` on the large case, and compute time.

Targets (issue 20): ≤ 0.20 s for the whole process and ≤ 0.5× the naive reference timed in the same run.
Figures are printed, never asserted.
"""

from __future__ import annotations

import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.engine import evaluate  # noqa: E402
from app.exchange import evaluate_file, loads  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402
from main import COMMAND_GC  # noqa: E402

RUNS = 5


def main() -> None:
    gc.set_threshold(*COMMAND_GC)  # in process as a command runs (main.py)
    """Build the large case, time it, print the figures."""
    doc = build_large_case()
    n_scores = len(doc["scores"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        size = path.stat().st_size
        whole = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "evaluate", str(path)],
                                  capture_output=True, check=False)
            whole.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                print(proc.stderr.decode()[:2000])
                raise SystemExit("evaluate failed")
        reference = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "bench" / "reference_evaluate.py"), str(path)],
                           capture_output=True, check=True)
            reference.append(time.perf_counter() - t0)
        text = path.read_bytes()
        parse, compute = [], []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            ev = loads(text)
            t1 = time.perf_counter()
            evaluate(ev)
            t2 = time.perf_counter()
            parse.append(t1 - t0)
            compute.append(t2 - t1)
        evaluate_file(path)
    print(f"large case: {len(doc['bidders'])} bidders x {len(doc['members'])} members x "
          f"{len(doc['factors'])} factors (2 of 45 items), {n_scores} scores, {size / 1e6:.1f} MB")
    ours, ref = statistics.median(whole), statistics.median(reference)
    print(f"evaluate, whole process (median of {RUNS}): {ours * 1000:.0f} ms  [target <= 200 ms]")
    print(f"  naive reference (bench/reference_evaluate.py, the oracle's algorithm on Decimal), same run: "
          f"{ref * 1000:.0f} ms; ratio {ours / ref:.2f}  [target <= 0.5]")
    print(f"  read + validate JSON in process:  {statistics.median(parse) * 1000:.0f} ms")
    print(f"  compute in process:               {statistics.median(compute) * 1000:.0f} ms")
    sys.stdout.flush()
    extra = ROOT / "bench" / "bench_project.py"
    if extra.exists():
        subprocess.run([sys.executable, str(extra)], check=False)


if __name__ == "__main__":
    main()
