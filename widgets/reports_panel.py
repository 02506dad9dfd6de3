"""The report pack in the window: generate it (with a progress bar), list the files, preview PDF pages,
print them and open the folder.

The pack is written by :func:`app.reports.pack.write_pack` in a worker thread; its progress callback
becomes a Qt signal, so the window stays responsive. Pages are rendered with pypdfium2 (QtPdf is not
in PySide6-Essentials): for the preview at screen resolution, for printing at the printer's (capped
at :data:`PRINT_DPI_MAX`), painted onto the QPrinter with a QPainter; landscape pages are turned to
fill a portrait sheet.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRect, QSize, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QImage, QPainter, QPixmap, QResizeEvent, QTransform
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.reports import PackInput, pack_input, write_report_pack
from widgets.i18n import Translator

_tr = Translator("ReportsPanel")

#: Preview resolution bounds (dots per inch; the page is fitted to the width between them) and the most a
#: printed page is rendered at.
PREVIEW_DPI_MIN, PREVIEW_DPI_MAX = 40, 150
PRINT_DPI_MAX = 300
IMAGE_FORMATS = {"BGR": QImage.Format.Format_BGR888, "BGRX": QImage.Format.Format_RGB32,
                 "BGRA": QImage.Format.Format_ARGB32}

Source = Path | Callable[[], Path | None]


def render_page(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One PDF page as a QImage at ``dpi`` (a deep copy: the pdfium bitmap is freed)."""
    page = document[index]
    bitmap = page.render(scale=dpi / 72)
    try:
        size = bitmap.stride * bitmap.height
        data = ctypes.string_at(ctypes.addressof(bitmap.buffer), size)
        image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, IMAGE_FORMATS[bitmap.mode]).copy()
    finally:
        bitmap.close()
        page.close()
    return image


class PackWorker(QObject):
    """Writes the pack of a project or exchange file; lives in a worker thread."""

    progress = Signal(int, int, str)
    done = Signal(list)
    failed = Signal(str)

    def __init__(self, read: Callable[[], PackInput], out_dir: Path) -> None:
        super().__init__()
        self.read = read
        self.out_dir = out_dir
        #: Whether the pack written was a draft (the evaluation not finalised); None until written.
        self.draft: bool | None = None

    @Slot()
    def run(self) -> None:
        """Read (unless read already), evaluate and write every format; ``done`` with the paths or ``failed``."""
        try:
            pack = write_report_pack(self.read(), self.out_dir,
                                     progress=lambda done, total, label: self.progress.emit(done, total, label))
        except Exception as exc:
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.draft = pack.draft
        self.done.emit([str(p) for p in pack.paths])


class ReportsPanel(QWidget):
    """Generate the report pack into a folder, list and preview the files, print, open the folder."""

    generated = Signal(list)
    failed = Signal(str)

    def __init__(self, source: Source, parent: QWidget | None = None,
                 read: Callable[[], PackInput] | None = None, folder: Callable[[], Path] | None = None) -> None:
        """``source``: the project or exchange file; ``read``: what the pack is made of, read in the window's
        thread (the open project's session; default: the file, read by the worker); ``folder``: where the pack
        goes by default (default: beside the file)."""
        super().__init__(parent)
        self._source = source
        self._read = read
        self._folder = folder
        self._thread: QThread | None = None
        self._worker: PackWorker | None = None
        self._document: pdfium.PdfDocument | None = None
        self._pdf: Path | None = None
        self.page = 0
        self.out_dir: Path | None = None
        self._build()
        self.set_output_dir(self._default_dir())

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("输出文件夹：")))
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        row.addWidget(self.folder_edit, 1)
        self.choose_button = QPushButton(_tr("选择文件夹…"))
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.choose_button)
        self.generate_button = QPushButton(_tr("生成报告"))
        self.generate_button.clicked.connect(self.generate)
        row.addWidget(self.generate_button)
        layout.addLayout(row)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status = QLabel(_tr("尚未生成。报告包：评标报告、评审表、评委个人评分表（PDF、Word）及 Excel 表格。"))
        self.status.setWordWrap(True)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_tr("已生成的文件：")))
        self.file_list = QListWidget()
        self.file_list.currentItemChanged.connect(self._file_chosen)
        left_layout.addWidget(self.file_list, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(_tr("打印…"))
        self.print_button.clicked.connect(self.print_dialog)
        self.open_button = QPushButton(_tr("打开文件夹"))
        self.open_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(_tr("上一页"))
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(_tr("下一页"))
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        right_layout.addLayout(nav)
        self.preview = QLabel(_tr("选择一个 PDF 文件预览"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_area = QScrollArea()
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_layout.addWidget(self.preview_area, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def sizeHint(self) -> QSize:
        """Room for a page and the file list."""
        return QSize(1000, 720)

    # -- source and folder ---------------------------------------------------------------------
    def source(self) -> Path | None:
        """The project or exchange file the pack is made from (None when nothing is open)."""
        return self._source() if callable(self._source) else self._source

    def _default_dir(self) -> Path | None:
        if self._folder is not None:
            return self._folder()
        src = self.source()
        return src.parent / f"{src.stem}-报告" if src is not None else None

    def set_output_dir(self, folder: Path | None) -> None:
        """Write the pack into ``folder``."""
        self.out_dir = folder
        self.folder_edit.setText(str(folder) if folder is not None else "")
        self._update_buttons()

    @Slot()
    def choose_folder(self) -> None:
        """Ask for the output folder."""
        start = str(self.out_dir) if self.out_dir is not None else ""
        chosen = QFileDialog.getExistingDirectory(self, _tr("选择报告输出文件夹"), start)
        if chosen:
            self.set_output_dir(Path(chosen))

    # -- generating ------------------------------------------------------------------------------
    def is_running(self) -> bool:
        """Whether a pack is being written."""
        return self._thread is not None

    @Slot()
    def generate(self) -> None:
        """Write the pack in a worker thread; ``generated`` (the paths) or ``failed`` (the reason) follows."""
        src = self.source()
        if self.is_running():
            return
        if src is None or self.out_dir is None:
            self.status.setText(_tr("没有打开的项目。"))
            return
        self._close_document()
        self.file_list.clear()
        self.progress_bar.setRange(0, 0)
        self.status.setText(_tr("正在生成……"))
        thread = QThread(self)
        if self._read is not None:
            try:
                inp = self._read()
            except Exception as exc:
                self._failed(str(exc) or type(exc).__name__)
                return
            worker = PackWorker(lambda: inp, self.out_dir)
        else:
            worker = PackWorker(lambda: pack_input(src), self.out_dir)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        # QThread.quit is thread-safe: called directly from the worker, it never waits for the busy GUI loop.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._thread_finished)
        self._thread, self._worker = thread, worker
        self._update_buttons()
        thread.start()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if label:
            self.status.setText(_tr("正在生成：{0}（{1}/{2}）").format(label, done + 1, total))

    @Slot(list)
    def _done(self, paths: list[str]) -> None:
        text = _tr("已生成 {0} 个文件：{1}").format(len(paths), self.out_dir)
        if self._worker is not None and self._worker.draft:
            text += "\n" + _tr("评审尚未定稿：这是草稿，每页均标有“草稿（未定稿）”，数据指纹以 D- 开头。")
        self.status.setText(text)
        for text in paths:
            item = QListWidgetItem(Path(text).name)
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setToolTip(text)
            self.file_list.addItem(item)
        pdfs = [i for i in range(self.file_list.count()) if self.file_list.item(i).text().endswith(".pdf")]
        if pdfs:
            self.file_list.setCurrentRow(pdfs[0])
        self.generated.emit(paths)

    @Slot(str)
    def _failed(self, reason: str) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status.setText(_tr("生成失败：{0}").format(reason))
        self.failed.emit(reason)

    @Slot()
    def _thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self._update_buttons()

    def wait(self) -> None:
        """Block until a running pack is written (for closing the window)."""
        if self._thread is not None:
            self._thread.quit()  # takes effect once the worker's run() has returned
            self._thread.wait()

    # -- files and preview -------------------------------------------------------------------------
    def files(self) -> list[Path]:
        """The files listed (the last pack written)."""
        return [Path(self.file_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.file_list.count())]

    @Slot(QListWidgetItem, QListWidgetItem)
    def _file_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        path = Path(current.data(Qt.ItemDataRole.UserRole)) if current is not None else None
        if path is not None and path.suffix == ".pdf":
            self.show_pdf(path)
        else:
            self._close_document()
            self.preview.setPixmap(QPixmap())
            self.preview.setText(_tr("只能预览 PDF 文件；Word 和 Excel 文件请打开文件夹查看。"))
            self._update_buttons()

    def show_pdf(self, path: Path, page: int = 0) -> None:
        """Preview a PDF from ``page`` (0-based)."""
        self._close_document()
        self._document = pdfium.PdfDocument(str(path))
        self._pdf = path
        self.show_page(page)

    def page_count(self) -> int:
        """Pages of the PDF previewed (0 when none)."""
        return len(self._document) if self._document is not None else 0

    def show_page(self, index: int) -> None:
        """Show page ``index`` (clamped to the document)."""
        if self._document is None:
            return
        self.page = max(0, min(index, self.page_count() - 1))
        self.preview.setPixmap(QPixmap.fromImage(render_page(self._document, self.page, self._preview_dpi())))
        self.page_label.setText(_tr("第 {0} / {1} 页").format(self.page + 1, self.page_count()))
        self._update_buttons()

    def _preview_dpi(self) -> float:
        """The resolution at which the page fills the preview's width (within sensible bounds)."""
        assert self._document is not None
        width_pt = self._document[self.page].get_width()
        room = self.preview_area.viewport().width() - 24
        return max(PREVIEW_DPI_MIN, min(PREVIEW_DPI_MAX, room * 72 / width_pt)) if width_pt > 0 else PREVIEW_DPI_MIN

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the previewed page to the new width."""
        super().resizeEvent(event)
        if self._document is not None:
            self.show_page(self.page)

    @Slot()
    def next_page(self) -> None:
        """The next page."""
        self.show_page(self.page + 1)

    @Slot()
    def previous_page(self) -> None:
        """The previous page."""
        self.show_page(self.page - 1)

    def _close_document(self) -> None:
        if self._document is not None:
            self._document.close()
        self._document, self._pdf, self.page = None, None, 0
        self.page_label.setText("")

    # -- printing and the folder -------------------------------------------------------------------
    @Slot()
    def print_dialog(self) -> None:
        """Ask the system's print dialog, then print the previewed PDF."""
        if self._document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._pdf.name if self._pdf is not None else "BidDesk")
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            first, last = printer.fromPage(), printer.toPage()
            pages = range(first - 1, last) if first > 0 else None
            self.print_to(printer, pages)

    def print_to(self, printer: QPrinter, pages: range | None = None) -> int:
        """Print the previewed PDF's pages onto ``printer``; returns the number of pages printed.

        Each page is rendered at the printer's resolution (at most :data:`PRINT_DPI_MAX`) and scaled to
        the printable area, keeping its proportions; a landscape page on a portrait sheet is turned.
        """
        if self._document is None:
            return 0
        indexes = list(pages) if pages is not None else list(range(self.page_count()))
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        printed = 0
        try:
            for n, index in enumerate(indexes):
                if n:
                    printer.newPage()
                image = render_page(self._document, index, dpi)
                area = painter.viewport()
                if (image.width() > image.height()) != (area.width() > area.height()):
                    image = image.transformed(QTransform().rotate(90))
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x() + (area.width() - size.width()) // 2,
                               area.y() + (area.height() - size.height()) // 2, size.width(), size.height())
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        return printed

    @Slot()
    def open_folder(self) -> bool:
        """Open the output folder in the system's file manager."""
        if self.out_dir is None or not self.out_dir.is_dir():
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out_dir))))

    def _update_buttons(self) -> None:
        running = self.is_running()
        has_source = self.source() is not None and self.out_dir is not None
        self.generate_button.setEnabled(has_source and not running)
        self.choose_button.setEnabled(not running)
        has_pdf = self._document is not None
        self.print_button.setEnabled(has_pdf and not running)
        self.open_button.setEnabled(self.out_dir is not None and not running)
        self.prev_button.setEnabled(has_pdf and self.page > 0)
        self.next_button.setEnabled(has_pdf and self.page < self.page_count() - 1)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let a running pack finish and free the previewed PDF before the panel goes."""
        self.wait()
        self._close_document()
        super().closeEvent(event)
