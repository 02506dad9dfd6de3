"""The report pack written on two cores (the PDF files in a forked child) is the pack written on one."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

import app.reports.pdf
from app.reports import parallel
from app.reports.pack import write_pack
from tests.app.reportkit import load, pdf_pages

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pack is serial here")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _cells(path: Path) -> list[list[object]]:
    wb = openpyxl.load_workbook(path)
    return [[c.value for c in row] for ws in wb.worksheets for row in ws.iter_rows()]


def test_a_pack_written_in_parallel_reads_as_the_one_written_serially(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ev, result = load("pingdingshan-001.json")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    jobs = [("a.pdf", tmp_path, print), ("a.docx", tmp_path, print)]
    assert parallel.can_fork(jobs)  # type: ignore[arg-type]
    both = write_pack(ev, result, tmp_path / "both", stem="p")
    monkeypatch.setenv("BIDDESK_SERIAL_PACK", "1")
    assert not parallel.can_fork(jobs)  # type: ignore[arg-type]
    one = write_pack(ev, result, tmp_path / "one", stem="p")
    assert [p.name for p in both] == [p.name for p in one]
    for a, b in zip(both, one, strict=True):
        if a.suffix == ".pdf":
            assert pdf_pages(a) == pdf_pages(b) and len(pdf_pages(a)) > 1
        elif a.suffix == ".docx":  # the same parts, byte for byte (the zip's own time stamps aside)
            assert _parts(a) == _parts(b)
        else:
            assert _cells(a) == _cells(b)


def test_a_failure_in_the_child_is_the_packs_failure_and_leaves_nothing(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ev, result = load("pingdingshan-001.json")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    out = tmp_path / "out"
    out.mkdir()

    def full_disk(doc: object, path: Path) -> Path:
        path.write_bytes(b"%PDF- half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.reports.pdf, "write_pdf", full_disk)  # runs in the forked child
    with pytest.raises(OSError, match="No space") as failed:
        write_pack(ev, result, out, stem="p")
    assert failed.value.errno == 28
    assert list(out.iterdir()) == []  # no file, no staging folder
