"""`make bench`: the window on the huge case (200 bidders × 25 members × 100 factors, 495,000 scores).

Prints the time to open the project in the workspace (the session's first read, every page built and shown),
a score typed on a member's sheet (recorded, recomputed, repainted; median of 7), the process's peak memory and
one scroll step of the sheet, repainted (median of 15).
Issue 20 asks: open ≤ 2 s, an edit ≤ 50 ms, ≤ 400 MB. Figures are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.project_io import import_exchange  # noqa: E402
from app.services.session import ProjectSession  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402
from widgets.controller import ProjectController  # noqa: E402
from widgets.pages.sheet_models import FactorModel, SheetModel  # noqa: E402
from widgets.workspace import Workspace  # noqa: E402


def main() -> None:
    """Import the huge case, then open it in a fresh process (as a user would: the import is another run)."""
    doc = build_large_case(bidders=200, members=25, factors=100, small_max="0.15")
    grades = next(f for f in doc["factors"] if f["rule"]["type"] == "grades" and not f.get("objective"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "huge.json"
        src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        project = Path(tmp) / "huge.bidesk"
        import_exchange(src, project)
        del doc
        subprocess.run([sys.executable, __file__, str(project), grades["id"], *grades["rule"]["values"][:2]],
                       check=True)


def window(project: Path, factor: str, values: list[str]) -> None:
    """Open the project in the workspace, type scores on a sheet, print the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _count_data_calls()
    t0 = time.perf_counter()
    controller = ProjectController(ProjectSession.open(project))
    ws = Workspace(controller)
    ws.resize(1366, 768)
    ws.show()
    app.processEvents()
    opened = time.perf_counter() - t0
    scoring = ws.show_page("scoring")
    scoring.set_member("M3")  # type: ignore[attr-defined]
    scoring.select_factor(factor)  # type: ignore[attr-defined]
    app.processEvents()
    now = {s.bidder: str(s.value) for s in controller.ev().scores if s.member == "M3" and s.factor == factor}
    edits = []
    for i in range(7):
        bidder = f"B{i + 1}"
        value = values[1] if now.get(bidder) == values[0] else values[0]  # a change every time
        t0 = time.perf_counter()
        assert scoring.record(bidder, value), controller.last_error  # type: ignore[attr-defined]
        controller.session.result()
        scoring.table.viewport().repaint()  # type: ignore[attr-defined]
        app.processEvents()
        edits.append(time.perf_counter() - t0)
    scroll, calls = _scroll_ms(app, scoring.table)  # type: ignore[attr-defined]
    controller.close()
    peak = _peak_mb()
    print(f"window, huge case (495,000 scores): open {opened:.1f} s [<= 2 s]; a score typed on a sheet "
          f"{statistics.median(edits) * 1000:.0f} ms [<= 50 ms]; peak memory {peak:.0f} MB [<= 400 MB]; "
          f"a scroll step of the sheet, repainted: {scroll:.1f} ms, {calls} calls of the models' data() per step")


def _peak_mb() -> float:
    """This process's peak resident memory. Linux keeps ``ru_maxrss`` across ``exec``, so a child started by the
    parent holding the huge case would report the parent's peak: /proc's high-water mark is the child's own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: Calls of the scoring page's models' ``data()`` while counting (Qt asks the Python override for every cell it draws).
COUNTED = [0]


def _count_data_calls() -> None:
    """Count every call of the sheet's and the factor list's ``data()`` (set before the models are made)."""
    for model in (SheetModel, FactorModel):
        original = model.data

        def data(self: Any, *args: Any, _original: Any = original) -> Any:
            COUNTED[0] += 1
            return _original(self, *args)

        model.data = data  # type: ignore[method-assign]


def _scroll_ms(app: QApplication, view: object) -> tuple[float, int]:
    """The median time of one scroll step of the sheet, repainted (what a user's wheel costs), and the median number
    of the models' ``data()`` calls a step makes."""
    bar = view.verticalScrollBar()  # type: ignore[attr-defined]
    times, calls = [], []
    for _ in range(15):
        COUNTED[0] = 0
        t0 = time.perf_counter()
        bar.setValue(bar.value() + 3 if bar.value() + 3 <= bar.maximum() else 0)
        view.viewport().repaint()  # type: ignore[attr-defined]
        app.processEvents()
        times.append(time.perf_counter() - t0)
        calls.append(COUNTED[0])
    return statistics.median(times) * 1000, int(statistics.median(calls))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        window(Path(sys.argv[1]), sys.argv[2], sys.argv[3:])
    else:
        main()
