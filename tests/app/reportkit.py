"""Helpers of the report tests: samples evaluated, packs written once, PDF text and fonts read back."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from app.domain.engine import evaluate
from app.domain.model import Evaluation
from app.domain.numerals import format_rmb
from app.domain.result import Result
from app.reports.document import DRAFT_HEADER
from app.services.opening import load_any
from tests.conftest import SAMPLES

FINGERPRINT = re.compile(r"数据指纹：((?:D-)?[0-9A-F]{4}(?:-[0-9A-F]{4}){3})")
PAGE = re.compile(r"第 (\d+) 页 共 (\d+) 页")


def load(name: str) -> tuple[Evaluation, Result]:
    """A sample evaluated."""
    ev = load_any(SAMPLES / name)
    return ev, evaluate(ev)


def pdf_pages(path: Path, marks: bool = False) -> list[str]:
    """Each page's text as pdftotext -layout gives it: its content only, the draft's diagonal watermark and
    its line at the top left out (``marks``: everything, the watermark's letters scattered among the rows)."""
    args = ["pdftotext", "-layout", *(() if marks else ("-nodiag",)), str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    pages = pages[:-1] if pages and not pages[-1].strip() else pages
    if marks:
        return pages
    return ["\n".join(line for line in page.split("\n") if " ".join(line.split()) != " ".join(DRAFT_HEADER.split()))
            for page in pages]


def pdf_fonts(path: Path) -> list[list[str]]:
    """The rows of pdffonts: name, type…, emb, sub, uni, object id, generation."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def page_sizes(path: Path) -> set[tuple[str, str]]:
    """The distinct page sizes (points, as pdfinfo prints them) of a PDF."""
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {tuple(line.split()[3:6:2]) for line in out.splitlines() if re.match(r"Page\s+\d+ size:", line)}


def with_low_price(ev: Evaluation, bidder: str, price: str) -> Evaluation:
    """The evaluation with one bid's price (figures and capitals) changed, e.g. to trigger a low-price review."""
    amount = Decimal(price)
    bidders = tuple(replace(b, price=amount, price_words=format_rmb(amount)) if b.id == bidder else b
                    for b in ev.bidders)
    return replace(ev, bidders=bidders)
