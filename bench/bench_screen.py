"""`python bench/bench_screen.py`: a 10-bidder × 300-page 清标 screen, timed (issue 17: seconds, not minutes).

Builds, in a temporary folder, a 60-page tender (its forms chapter included) and ten bids of 300 pages
each (about 800 characters a page): five .docx (python-docx) and five PDFs (reportlab), every one
holding the tender's forms and its own text, two of them sharing a copied section of 120 pages. Then it times
reading the documents, the comparison, and the whole ``screen`` command as a process. Figures are
printed, never asserted.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.exchange.reader import loads  # noqa: E402
from app.screening.engine import read_bidders, read_document, screen  # noqa: E402
from app.screening.files import assign_files  # noqa: E402

BIDDERS, PAGES, PAGE_CHARS, TENDER_PAGES = 10, 300, 800, 60
POOL = ("本项目运维服务平台系统安全管理技术方案人员配置响应时间故障处理数据备份监控巡检升级培训文档质量保障措施应急预案"
        "网络设备服务器数据库中间件应用软件政务审批窗口办件接口流程优化值守驻场工程师考核报告季度年度评估整改")


def _text(rnd: random.Random, chars: int) -> list[str]:
    """Paragraphs of random text from the pool (about 80 characters each)."""
    out, left = [], chars
    while left > 0:
        n = min(left, rnd.randint(50, 110))
        out.append("".join(rnd.choice(POOL) for _ in range(n)) + "。")
        left -= n
    return out


def _docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))


def _pdf(path: Path, paragraphs: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.pdf import SONG, register_fonts

    register_fonts()
    c = Canvas(str(path), pagesize=A4, invariant=1)  # no clock: ten files made in a second are not "together"
    c.setFont(SONG, 10.5)
    y = 800.0
    for p in paragraphs:
        for k in range(0, len(p), 42):
            if y < 60:
                c.showPage()
                c.setFont(SONG, 10.5)
                y = 800.0
            c.drawString(56, y, p[k:k + 42])
            y -= 38  # 19 lines of 42 characters: about 800 characters a page
    c.save()


def build(folder: Path) -> tuple[Path, Path, Path]:
    """The tender, the bids folder and an exchange file with ten bidders."""
    rnd = random.Random(17)
    forms = _text(rnd, 20 * PAGE_CHARS)
    tender = folder / "tender.docx"
    _docx(tender, _text(rnd, (TENDER_PAGES - 20) * PAGE_CHARS) + forms)
    bids = folder / "bids"
    bids.mkdir()
    copied = _text(rnd, 120 * PAGE_CHARS)
    for k in range(1, BIDDERS + 1):
        own = _text(random.Random(k), (PAGES - 20) * PAGE_CHARS)
        if k in (3, 8):
            own[:len(copied)] = copied
        paragraphs = forms + own
        (_docx if k <= BIDDERS // 2 else _pdf)(bids / f"B{k}{'.docx' if k <= BIDDERS // 2 else '.pdf'}", paragraphs)
    sample = json.loads((ROOT / "resources" / "samples" / "pingdingshan-001.json").read_text(encoding="utf-8"))
    template = sample["bidders"][0]
    prices = random.Random(5).sample(range(1_800_000, 2_500_000, 1_000), BIDDERS)
    sample["bidders"] = [dict(template, id=f"B{k}", name=f"投标人{k}有限公司", price=f"{prices[k - 1]}.00",
                              price_words=None) for k in range(1, BIDDERS + 1)]
    sample["checks"], sample["scores"], sample["decisions"] = [], [], []
    project = folder / "project.json"
    project.write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    return tender, bids, project


def main() -> None:
    """Build the case, time it, print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        tender_path, bids, project = build(Path(tmp))
        print(f"built {BIDDERS} bids × {PAGES} pages in {time.perf_counter() - t0:.1f} s "
              f"({sum(p.stat().st_size for p in bids.iterdir()) / 2**20:.1f} MB)")
        ev = loads(project.read_bytes())
        t1 = time.perf_counter()
        files, _ = assign_files(bids, [b.id for b in ev.bidders])
        tender = [read_document(tender_path, tender_path.name)]
        bidders = read_bidders(ev, files)
        t2 = time.perf_counter()
        doc = screen(ev, bidders, tender, project.name)
        t3 = time.perf_counter()
        pages = sum(f.pages or len(f.units) for b in bidders for f in b.files)
        print(f"read {pages} pages/paragraph units' documents: {t2 - t1:.2f} s; compare: {t3 - t2:.2f} s; "
              f"in process: {t3 - t1:.2f} s")
        print("findings:", [(f["kind"], f["bidders"]) for f in doc["findings"]])
        t4 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "screen", str(project), "--bids", str(bids),
                               "--tender", str(tender_path)], capture_output=True, check=False)
        print(f"whole `screen` command: {time.perf_counter() - t4:.2f} s (exit {proc.returncode})")


if __name__ == "__main__":
    main()
