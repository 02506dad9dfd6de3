"""Open every screen of the window on a copy of the sample and save a PNG of each, in both languages.

Run by ``make screenshots`` under Xvfb (a real X server: what a person would see), or anywhere
with ``QT_QPA_PLATFORM=offscreen``. Writes ``build/screenshots/<lang>/<screen>.png``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(language: str, out: Path) -> list[Path]:
    """Save one PNG per screen for a language; returns the files written."""
    from PySide6.QtWidgets import QApplication

    from widgets import main_window as mw
    from widgets.app import install_translator, reports_page
    from widgets.fonts import load_fonts, ui_font
    from widgets.settings import AppSettings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translator = install_translator(app, language)
    load_fonts()
    app.setFont(ui_font())
    work = Path(tempfile.mkdtemp(prefix="biddesk-shots-"))
    mw.data_folder = lambda: work  # never the user's own data
    window = mw.MainWindow(AppSettings(work / "settings.ini"), reports_page)
    window.quiet = True  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def save(name: str, widget: Any = None) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        (widget or window).grab().save(str(path))
        written.append(path)

    save("start")
    window.open_sample()
    assert window.workspace is not None
    for key in window.workspace.KEYS:
        page = window.workspace.show_page(key)
        if hasattr(page, "select"):
            page.select(9 if key == "matrix" else 0)
        save(key)
    session_shots(window, save)
    window.close()
    if translator is not None:
        app.removeTranslator(translator)
    return written


def session_shots(window: Any, save: Callable[..., None]) -> None:
    """The session's pages in use: a low-price request, a sheet being scored, the check and the spread."""
    import dataclasses
    from decimal import Decimal

    from widgets.controller import EDITOR

    ws, c = window.workspace, window.controller
    ev = c.ev()
    low = tuple(dataclasses.replace(b, price=Decimal("1100000.00"), price_words=None) if b.id == "B4" else b
                for b in ev.bidders)
    c.apply(dataclasses.replace(ev, bidders=low), "low price")
    price = ws.show_page("price")
    price.table.selectRow(3)
    save("price-low")
    price.open_review()
    price.dialog.resize(760, 640)
    save("price-review-dialog", price.dialog)
    price.dialog.reject()
    scoring = ws.show_page("scoring")
    scoring.set_member("M2")
    scoring.select_factor("F11")
    save("scoring-grades")
    c.run(lambda: c.session.record_score("M2", "B1", "F11", "0", by=EDITOR))
    for m in c.ev().members:
        c.run(lambda m=m: c.session.submit_member(m.id, by=m.id))
    ws.show_page("check")
    save("check-findings")
    ws.show_page("results")
    save("results-spread")
    expert_shot(window, save)


def expert_shot(window: Any, save: Callable[..., None]) -> None:
    """Expert mode: a member's package open on their own laptop."""
    from app.packages.export import export_package

    path = window.controller.path
    package = path.with_name("M4.bidpkg")
    package.unlink(missing_ok=True)
    window.close_project()
    export_package(path, "M4", package, by="agent")
    window.open_any(package)
    window.expert.page.select_factor("F12")
    save("expert-mode")
    response_shots(window, save)


def response_shots(window: Any, save: Callable[..., None]) -> None:
    """The bidder's response workspace at 1366×768: every step, on the sample response with every fatal finding."""
    import shutil

    work = Path(tempfile.mkdtemp(prefix="biddesk-response-"))
    path = work / "pingdingshan-001.bidresp.json"
    shutil.copy(ROOT / "resources" / "samples" / "responses" / "pingdingshan-001-fatal.bidresp.json", path)
    window.close_project()
    window.resize(1366, 768)
    window.open_any(path)
    view = window.response
    view.pages["check"].add_other("2300000")
    view.pages["check"].add_other("2150000")
    view.show_step("price")
    save("response-price-mismatch")  # the capitals disagree with the figures
    view.source.set_words_typed(False)  # then fixed: the capitals follow the figures again
    view.source.set_price("2380500")
    for key in view.pages:
        page = view.show_step(key)
        if key == "claims":
            page.select_factor("F1")
        save(f"response-{key}")
    window.resize(1280, 800)


def main() -> int:
    for language in ("zh_CN", "en"):
        for path in shoot(language, ROOT / "build" / "screenshots" / language):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
