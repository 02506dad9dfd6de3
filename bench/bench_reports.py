"""`make bench`: the time of the whole report pack (PDF, Word, Excel) for 30 bidders × 9 members,
next to the time LibreOffice takes to convert the pack's Word files to PDF.

Target (issue 6): ≤ 5 s for the whole pack. Figures are printed, never asserted.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.engine import evaluate  # noqa: E402
from app.exchange import loads  # noqa: E402
from app.reports import qr  # noqa: E402
from app.reports.pack import write_pack  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402

RUNS = 3
BIDDERS, MEMBERS, FACTORS = 30, 9, 60


def _pages(path: Path) -> str:
    """The page count of a PDF (via pdfinfo when installed)."""
    if shutil.which("pdfinfo") is None:
        return "?"
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False).stdout
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    """Build the case, time the pack and each file, then LibreOffice's conversion of the .docx files."""
    doc = build_large_case(BIDDERS, MEMBERS, FACTORS)
    ev = loads(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    result = evaluate(ev)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pack"
        whole: list[float] = []
        steps: dict[str, float] = {}
        serial: list[float] = []
        for run in range(2 * RUNS):  # in parallel where the system forks, then serially for each file's time
            if run == RUNS:
                os.environ["BIDDESK_SERIAL_PACK"] = "1"
            marks: list[tuple[str, float]] = []

            def mark(done: int, total: int, label: str, marks: list[tuple[str, float]] = marks) -> None:
                marks.append((label, time.perf_counter()))

            for cached in (qr._code, qr.qr_matrix, qr.qr_png):  # every run encodes its QR codes afresh
                cached.cache_clear()
            t0 = time.perf_counter()
            paths = write_pack(ev, result, out, stem="bench", progress=mark)
            (whole if run < RUNS else serial).append(time.perf_counter() - t0)
            if run < RUNS:
                continue
            for (label, start), (_, end) in itertools.pairwise(marks):
                steps[label] = min(steps.get(label, 1e9), end - start)
        os.environ.pop("BIDDESK_SERIAL_PACK", None)
        print(f"report pack: {BIDDERS} bidders x {MEMBERS} members x {FACTORS} factors (2 of 45 items)")
        print(f"whole pack, all formats (median of {RUNS}; the files shared with a forked child, the longest first): "
              f"{statistics.median(whole):.2f} s  [target <= 1.5 s]; first run, with the writers' imports: "
              f"{whole[0]:.2f} s; on one core (BIDDESK_SERIAL_PACK=1): {statistics.median(serial):.2f} s, each file:")
        for path in paths:
            pages = f", {_pages(path)} pages" if path.suffix == ".pdf" else ""
            print(f"  {path.name:<28} {steps.get(path.name, 0):5.2f} s  {path.stat().st_size / 1e3:7.0f} kB{pages}")
        docx = [p for p in paths if p.suffix == ".docx"]
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office is None:
            print("LibreOffice: not installed; for the comparison: sudo apt-get install libreoffice-writer-nogui")
            return
        conv = Path(tmp) / "lo"
        env = {"HOME": tmp, "PATH": "/usr/bin:/bin"}
        # A first, untimed run creates LibreOffice's user profile (several seconds, once per machine).
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(Path(tmp) / "warm"),
                        str(docx[0])], capture_output=True, check=False, env=env)
        t0 = time.perf_counter()
        proc = subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(conv), *map(str, docx)],
                              capture_output=True, check=False, env=env)
        lo = time.perf_counter() - t0
        if proc.returncode != 0:
            print(f"LibreOffice failed ({proc.returncode}): {proc.stderr.decode()[:300]}")
            return
        ours = sum(steps.get(p.name, 0) for p in paths if p.suffix == ".pdf")
        print(f"LibreOffice --convert-to pdf of the {len(docx)} .docx files: {lo:.2f} s "
              f"(BidDesk writes the same PDFs directly in {ours:.2f} s)")
        for path in sorted(conv.glob("*.pdf")):
            print(f"  {path.name:<28} {_pages(path)} pages")


if __name__ == "__main__":
    main()
