"""`make bench` (run by bench_evaluate.py): the project file on the large case.

Imports the large case (50 bidders × 9 members × 60 factors, two 45-item factors) into a temporary
project file, then times (median of 5): opening the project (inspection with ``PRAGMA quick_check``,
schema version), changing one score (``record_score`` on an open store, and on the path as the
``score`` command does), and recomputing (``load_project_evaluation`` + ``evaluate``). The recompute
target is ≤ 50 ms. Figures are printed, never asserted.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.engine import evaluate  # noqa: E402
from app.persistence import checked  # noqa: E402
from app.persistence.store import ProjectStore  # noqa: E402
from app.services.project_io import import_exchange, load_project_evaluation  # noqa: E402
from app.services.scores import record_score  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402

RUNS = 5


def median_ms(fn: Callable[[int], object], runs: int = RUNS) -> float:
    """The median wall time of ``fn(i)`` over ``runs`` calls, in milliseconds."""
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    """Build, import and time the large case; print the figures."""
    doc = build_large_case()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "large.json"
        src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        project = Path(tmp) / "large.bidesk"
        t0 = time.perf_counter()
        import_exchange(src, project)
        t_import = (time.perf_counter() - t0) * 1000
        size = project.stat().st_size

        t_open = median_ms(lambda i: ProjectStore.open(project).close())
        t_open_full = median_ms(lambda i: (checked.forget(project), ProjectStore.open(project).close()))
        grades = next(f for f in doc["factors"] if f["rule"]["type"] == "grades")
        values, fid = grades["rule"]["values"], grades["id"]
        with ProjectStore.open(project) as store:
            t_score_store = median_ms(lambda i: record_score(store, "M1", "B1", fid, values[i % 2], by="bench"))
            t_load = median_ms(lambda i: load_project_evaluation(store))
            ev = load_project_evaluation(store)
            t_eval = median_ms(lambda i: evaluate(ev))
            t_recompute = median_ms(lambda i: evaluate(load_project_evaluation(store)))
        with ProjectSession.open(project) as session:
            session.result()
            t_patch = median_ms(lambda i: (session.record_score("M3", "B1", grades["id"], values[i % 2], by="bench"),
                                           session.evaluation()))
            t_session = median_ms(lambda i: (session.record_score("M4", "B1", grades["id"], values[i % 2], by="bench"),
                                             session.result()))
        t_score_path = median_ms(lambda i: record_score(project, "M2", "B1", grades["id"], values[i % 2], by="bench"))

    print(f"project file, large case: {len(doc['scores'])} scores, {size / 1e6:.1f} MB; import {t_import:.0f} ms")
    print(f"  open a file not seen before (header, integrity check, row scan, audit chain), median of {RUNS}: "
          f"{t_open_full:.1f} ms")
    print(f"  open a file with the bytes BidDesk checked or left (header, chain; app/persistence/checked.py): "
          f"{t_open:.1f} ms")
    print(f"  record_score on an open store:              {t_score_store:.1f} ms")
    print(f"  record_score on the path (the CLI's way):   {t_score_path:.1f} ms")
    print(f"  recompute = load_project_evaluation + evaluate: {t_recompute:.1f} ms  [target <= 50 ms]")
    print(f"    load_project_evaluation (Core selects):   {t_load:.1f} ms")
    print(f"    evaluate (the domain engine):              {t_eval:.1f} ms")
    print("  ProjectSession (evaluation kept in memory, patched per change):")
    print(f"    record_score + evaluation():               {t_patch:.1f} ms")
    print(f"    record_score + result() (= + evaluate):    {t_session:.1f} ms  [target <= 50 ms]")


if __name__ == "__main__":
    main()
