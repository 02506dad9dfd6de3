"""The reports panel: generates the pack in a worker thread with progress (the window stays responsive),
lists the files, previews pages, prints to a PDF printer, opens the folder."""

from __future__ import annotations

import json
import re
import subprocess
import threading
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from app.reports.pack import pack_names, safe_stem
from app.services.project_io import import_exchange
from tests.conftest import SAMPLES
from widgets import reports_panel
from widgets.fonts import load_fonts
from widgets.reports_panel import ReportsPanel

#: The pack is named by the project number (the sample's), not by the project file.
STEM = safe_stem(json.loads((SAMPLES / "pingdingshan-001.json").read_text(encoding="utf-8"))["project"]["number"])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path, by="test")
    return path


def _generated(qtbot: Any, panel: ReportsPanel) -> list[str]:
    with qtbot.waitSignal(panel.generated, timeout=60_000) as blocker:
        panel.generate_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    return list(blocker.args[0])


def test_generate_with_progress_while_responsive(qtbot: Any, project: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The pack is written off the window's thread: at every step the writer waits until the window's event loop
    has run once more (a timer of the window's thread answers), so a pack written on that thread, or one that
    blocked it, never finishes and the test fails; a loaded machine only makes it slower."""
    load_fonts()
    panel = ReportsPanel(project)
    qtbot.addWidget(panel)
    assert panel.out_dir == project.parent / "p-报告"
    panel.set_output_dir(tmp_path / "pack")
    steps: list[tuple[int, int, str]] = []
    answered: list[bool] = []
    tick = threading.Event()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick.set)
    real = reports_panel.write_report_pack

    def write(inp: Any, out_dir: Path, **kw: Any) -> Any:
        outer = kw.pop("progress")

        def progress(done: int, total: int, label: str) -> None:
            assert threading.current_thread() is not threading.main_thread()
            outer(done, total, label)
            steps.append((done, total, label))
            tick.clear()
            answered.append(tick.wait(20))  # the window's loop ran while this step was under way
        return real(inp, out_dir, progress=progress, **kw)

    monkeypatch.setattr(reports_panel, "write_report_pack", write)
    panel.generate_button.clicked.connect(timer.start)
    paths = _generated(qtbot, panel)
    timer.stop()
    assert [Path(p).name for p in paths] == pack_names(STEM)
    assert all(Path(p).is_file() for p in paths)
    assert steps[0][:2] == (0, 7) and steps[0][2] in pack_names(STEM) and steps[-1] == (7, 7, "")
    assert answered == [True] * len(steps)
    assert panel.progress_bar.maximum() == 7 and panel.progress_bar.value() == 7
    assert [p.name for p in panel.files()] == pack_names(STEM)
    assert panel.generate_button.isEnabled() and "已生成 7 个文件" in panel.status.text()


def test_preview_pages_back_and_forward(qtbot: Any, project: Path, tmp_path: Path) -> None:
    panel = ReportsPanel(lambda: project)
    qtbot.addWidget(panel)
    panel.set_output_dir(tmp_path / "pack")
    _generated(qtbot, panel)
    # the first PDF (评标报告) is shown at once
    assert panel.file_list.currentItem().text() == f"{STEM}-评标报告.pdf"
    pixmap = panel.preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # a portrait A4 page
    assert panel.page_label.text() == f"第 1 / {panel.page_count()} 页" and panel.page_count() >= 3
    assert not panel.prev_button.isEnabled() and panel.next_button.isEnabled()
    panel.next_button.click()
    assert panel.page == 1 and panel.page_label.text().startswith("第 2 /")
    panel.prev_button.click()
    assert panel.page == 0
    image = panel.preview.pixmap().toImage()
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 100  # text was drawn, not an empty page
    panel.file_list.setCurrentRow(1)  # 评审表: the first page is the landscape opening record
    assert panel.preview.pixmap().width() > panel.preview.pixmap().height()
    panel.file_list.setCurrentRow(3)  # a .docx: no preview
    assert panel.page_count() == 0 and not panel.print_button.isEnabled()


def test_print_to_a_pdf_printer(qtbot: Any, project: Path, tmp_path: Path) -> None:
    panel = ReportsPanel(project)
    qtbot.addWidget(panel)
    panel.set_output_dir(tmp_path / "pack")
    _generated(qtbot, panel)
    panel.file_list.setCurrentRow(1)  # 评审表.pdf: landscape and portrait pages
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert panel.print_to(printer) == panel.page_count() == 5
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+5$", info, re.M)
    printed = pdfium.PdfDocument(str(out))
    image = printed[4].render(scale=0.5).to_pil().convert("L")
    assert image.getextrema()[0] < 60  # the summary page was painted
    printed.close()
    assert panel.print_to(printer, range(1, 2)) == 1


def test_open_folder_and_no_project(qtbot: Any, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel = ReportsPanel(project)
    qtbot.addWidget(panel)
    folder = tmp_path / "pack"
    panel.set_output_dir(folder)
    assert panel.open_folder() is False  # not written yet
    folder.mkdir()
    assert panel.open_folder() is True and opened == [QUrl.fromLocalFile(str(folder))]

    empty = ReportsPanel(lambda: None)
    qtbot.addWidget(empty)
    assert not empty.generate_button.isEnabled() and empty.out_dir is None
    empty.generate()
    assert empty.status.text() == "没有打开的项目。"


def test_failure_is_reported(qtbot: Any, tmp_path: Path) -> None:
    garbage = tmp_path / "bad.json"
    garbage.write_text("{not json", encoding="utf-8")
    panel = ReportsPanel(garbage)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.failed, timeout=30_000):
        panel.generate()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    assert panel.status.text().startswith("生成失败：") and panel.files() == []
    assert not (tmp_path / "bad-报告").exists() or not any((tmp_path / "bad-报告").iterdir())


def test_closing_while_generating_waits_for_a_whole_pack(qtbot: Any, project: Path, tmp_path: Path) -> None:
    panel = ReportsPanel(project)
    qtbot.addWidget(panel)
    panel.set_output_dir(tmp_path / "pack")
    panel.generate()
    assert panel.is_running() and not panel.generate_button.isEnabled()
    panel.close()  # returns once the worker is done: no thread is left running, no half file
    assert sorted(p.name for p in (tmp_path / "pack").iterdir()) == sorted(pack_names(STEM))
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
