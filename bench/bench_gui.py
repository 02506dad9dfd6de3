"""`make bench`: the evaluation session's window on the large case (50 bidders × 9 members × 60 factors).

Opens the large case in the full workspace (offscreen), then times (median of 15, after one warm-up):

* a score typed on a member's sheet: recorded, the result recomputed, the sheet repainted;
* the same with the results page on screen (recomputed, its table and chart repainted);
* the check page (87号令 Art.64) refreshed after a change, all members submitted.

Target (issue 5): an edit recomputes and repaints in ≤ 50 ms. Figures are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.project_io import import_exchange  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402
from widgets.controller import ProjectController  # noqa: E402
from widgets.workspace import Workspace  # noqa: E402

RUNS = 15


def median_ms(fn: Callable[[int], object], runs: int = RUNS) -> tuple[float, float]:
    """Median and worst wall time of ``fn(i)`` in milliseconds (one warm-up call first)."""
    fn(-1)
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    """Build the large case, open it in the workspace and time edits; print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    doc = build_large_case()
    grades = next(f for f in doc["factors"] if f["rule"]["type"] == "grades")
    values = grades["rule"]["values"]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "large.json"
        src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        project = Path(tmp) / "large.bidesk"
        import_exchange(src, project)
        controller = ProjectController(ProjectSession.open(project))
        t0 = time.perf_counter()
        ws = Workspace(controller)
        ws.resize(1400, 900)
        ws.show()
        app.processEvents()
        t_open = (time.perf_counter() - t0) * 1000
        scoring = ws.show_page("scoring")
        scoring.set_member("M3")  # type: ignore[attr-defined]
        scoring.select_factor(grades["id"])  # type: ignore[attr-defined]
        app.processEvents()
        view = scoring.table  # type: ignore[attr-defined]
        bidders = [b["id"] for b in doc["bidders"]][:10]
        now = {(s["member"], s["bidder"]): s["value"] for s in doc["scores"] if s["factor"] == grades["id"]}

        def other(member: str, bidder: str) -> str:
            """A value different from the one stored, so every timed edit changes a score."""
            value = values[1] if str(now.get((member, bidder))) == values[0] else values[0]
            now[(member, bidder)] = value
            return value

        def edit(i: int) -> None:
            bidder = bidders[i % len(bidders)]
            done = scoring.record(bidder, other("M3", bidder))  # type: ignore[attr-defined]
            assert done, controller.last_error
            controller.session.result()
            view.viewport().repaint()
            app.processEvents()

        t_sheet = median_ms(edit)
        for m in doc["members"]:  # the ranking and the chart are shown once every member has submitted
            controller.session.submit_member(m["id"], by="bench")
        results = ws.show_page("results")
        app.processEvents()

        def edit_results(i: int) -> None:
            bidder = bidders[i % len(bidders)]
            change = controller.session.record_score("M4", bidder, grades["id"], other("M4", bidder), by="bench",
                                                     reason="bench", art64="summation_error")
            assert change.changed
            controller.notify_records()
            results.repaint()
            app.processEvents()

        t_results = median_ms(edit_results)
        check = ws.show_page("check")
        app.processEvents()
        t_check = median_ms(lambda i: (check.refresh(), check.repaint(), app.processEvents()),  # type: ignore[attr-defined]
                            runs=5)
        controller.close()
    n = len(doc["scores"])
    print(f"window, large case ({len(doc['bidders'])} bidders x {len(doc['members'])} members x "
          f"{len(doc['factors'])} factors, {n} scores): workspace built and shown in {t_open:.0f} ms")
    print(f"  score typed on a sheet (record + recompute + repaint): median {t_sheet[0]:.1f} ms, "
          f"worst {t_sheet[1]:.1f} ms  [target <= 50 ms]")
    print(f"  the same with the results page shown (table + chart):  median {t_results[0]:.1f} ms, "
          f"worst {t_results[1]:.1f} ms  [target <= 50 ms]")
    print(f"  check page (Art.64) refreshed, all submitted:           median {t_check[0]:.1f} ms")


if __name__ == "__main__":
    main()
