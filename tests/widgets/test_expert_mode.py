"""Expert mode: a member's package opened in the window shows that member's sheet only, scores are stored as
typed, the printed sheet has the report pack's fingerprint, and the return merges back into the project."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from app.domain.engine import evaluate
from app.packages.expert import package_sheet
from app.packages.export import export_package
from app.packages.merge import import_return
from app.packages.print_sheet import package_sheet_document
from app.reports.fingerprint import project_fingerprints
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.setup import create_project, save_setup, setup_of
from tests.app.reportkit import pdf_pages
from tests.conftest import SAMPLES
from widgets import main_window as mw
from widgets.expert_window import ExpertView
from widgets.main_window import MainWindow
from widgets.settings import AppSettings

SAMPLE = SAMPLES / "pingdingshan-001.json"


@pytest.fixture()
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    w = MainWindow(AppSettings(tmp_path / "settings.ini"))
    w.quiet = True  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    return w


def _expert(window: MainWindow, package: Path) -> ExpertView:
    assert window.open_any(package)
    assert window.expert is not None and window.workspace is None
    return window.expert


def test_the_printed_sheet_has_the_report_packs_fingerprint(window: MainWindow, tmp_path: Path) -> None:
    project = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, project)
    export_package(project, "M2", tmp_path / "M2.bidpkg", by="agent")
    view = _expert(window, tmp_path / "M2.bidpkg")
    page = view.page
    assert [page.member_box.itemText(i) for i in range(page.member_box.count())] == ["李秀英"]  # no joint sheet
    assert "李秀英" in view.header.text() and "未提交" in view.state.text()
    assert "李秀英 已评 80/80" in page.progress.text()  # 5 bids × 16 factors, the joint scores counted as given
    assert view.print_sheet(tmp_path / "M2-评分表.pdf")
    ev = load_project_evaluation(project)
    expected = project_fingerprints(ev, evaluate(ev))["sheet:M2"]
    assert package_sheet_document(view.package).sections[0].fingerprint == expected
    text = "\n".join(pdf_pages(tmp_path / "M2-评分表.pdf"))
    assert expected in text and "评委个人评分表" in text and "李秀英" in text


def test_an_expert_scores_their_package_and_the_return_merges(window: MainWindow, tmp_path: Path) -> None:
    full = tmp_path / "full.bidesk"
    import_exchange(SAMPLE, full)
    sample = load_project_evaluation(full)
    # A fresh project from the tender's setup, with F9 scored blind (暗标) and the joint objective scores given.
    blind = tuple(dataclasses.replace(f, blind=True) if f.id == "F9" else f for f in sample.factors)
    project = create_project(tmp_path / "p.bidesk", setup_of(dataclasses.replace(sample, factors=blind)), by="agent")
    from app.services.scores import record_score

    for s in sample.scores:
        if s.member is None and s.bidder != "B3":
            record_score(project, None, s.bidder, s.factor, s.value, by="agent")
    export_package(project, "M3", tmp_path / "M3.bidpkg", by="agent")
    view = _expert(window, tmp_path / "M3.bidpkg")
    page = view.page
    assert page.member == "M3"
    names = {b.id: b.name for b in sample.bidders}
    # F9 is blind: its rows are codes, no bidder's name appears.
    assert page.select_factor("F9")
    labels = [r.label for r in page.sheet_model.rows]
    assert len(labels) == 5 and labels == sorted(labels) and not set(labels) & set(names.values())
    # Nothing can be returned before the sheet is complete.
    assert not view.write_return(tmp_path / "M3.bidret")
    assert "不能提交" in view.source.last_error and not (tmp_path / "M3.bidret").exists()
    # Score every cell through the page: the sample's values for plain factors, 3 for each blind code.
    mine = {(s.bidder, s.factor): s.value for s in sample.scores if s.member == "M3"}
    for factor, keys in view.source.cells().items():
        assert page.select_factor(factor)
        for key in keys:
            assert page.record(key, "3" if factor == "F9" else mine[(key, factor)]), view.source.last_error
    # Stored as typed: the package, read again from disk, holds every score.
    assert all(cell.scored for cell in package_sheet(tmp_path / "M3.bidpkg"))
    assert view.print_sheet(tmp_path / "M3.pdf")
    document = package_sheet_document(view.package)
    assert [s.label for s in document.sections] == ["评委个人评分表（张卫东）", "评委个人评分表（张卫东）"]
    assert view.write_return(tmp_path / "M3.bidret")
    assert "已提交" in view.state.text()
    assert not page.submit_button.isEnabled()
    window.close_project()
    report = import_return(project, tmp_path / "M3.bidret", by="agent")
    assert report.changed
    ev = load_project_evaluation(project)
    merged = {(s.bidder, s.factor): s.value for s in ev.scores if s.member == "M3"}
    for (bidder, factor), value in mine.items():
        if bidder == "B3":
            continue
        assert str(merged[(bidder, factor)]) == str("3" if factor == "F9" else value)


def test_a_refused_score_is_shown_and_nothing_is_stored(window: MainWindow, tmp_path: Path) -> None:
    project = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, project)
    ev = load_project_evaluation(project)
    save_setup(project, ev, by="agent")
    export_package(project, "M4", tmp_path / "M4.bidpkg", by="agent")
    view = _expert(window, tmp_path / "M4.bidpkg")
    before = package_sheet(tmp_path / "M4.bidpkg")
    assert not view.source.record("M4", "B1", "F8", "3.5")  # not one of 4/3/2/0
    assert view.source.last_error
    assert not view.source.record("M1", "B1", "F8", "3")  # another member's sheet
    assert package_sheet(tmp_path / "M4.bidpkg") == before


def test_the_agency_exports_and_imports_through_the_packages_page(window: MainWindow, tmp_path: Path) -> None:
    from app.packages.expert import record_package_score, write_return
    from app.services.audit import audit_log

    full = tmp_path / "full.bidesk"
    import_exchange(SAMPLE, full)
    sample = load_project_evaluation(full)
    project = create_project(tmp_path / "p.bidesk", setup_of(sample), by="agent")
    assert window.open_project(project)
    assert window.workspace is not None and window.controller is not None
    page: Any = window.workspace.show_page("packages")
    assert page.export("M5", tmp_path / "M5.bidpkg")
    assert "M5.bidpkg" in page.message.text() and page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "陈丽华" and page.table.item(0, 3).text() == "有效"
    assert not page.export("M5", tmp_path / "M5.bidpkg")  # never over an existing file
    # On the expert's laptop (headless here): every cell scored as in the sample, submitted, returned.
    mine = {(s.bidder, s.factor): s.value for s in sample.scores if s.member in (None, "M5")}  # no joint here
    for cell in package_sheet(tmp_path / "M5.bidpkg"):
        record_package_score(tmp_path / "M5.bidpkg", "M5", cell.bidder, cell.factor, mine[(cell.bidder, cell.factor)],
                             by="M5")
    write_return(tmp_path / "M5.bidpkg", tmp_path / "M5.bidret", by="M5")
    # A return with one byte changed is refused at the preview; nothing changes.
    data = bytearray((tmp_path / "M5.bidret").read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "bad.bidret").write_bytes(bytes(data))
    events = len(audit_log(project))
    assert page.preview(tmp_path / "bad.bidret") is None and page.message.text()
    assert len(audit_log(project)) == events
    # The genuine one: the preview lists the changes, nothing is written until it is confirmed.
    dialog = page.preview(tmp_path / "M5.bidret")
    assert dialog is not None and dialog.changes.rowCount() == len(dialog.report.changes) == 80
    assert not [s for s in load_project_evaluation(project).scores if s.member == "M5"]
    dialog.accept()
    merged = {(s.bidder, s.factor): s.value for s in load_project_evaluation(project).scores if s.member == "M5"}
    assert merged == {k: v for k, v in mine.items() if k[0] != "B3"}
    assert page.table.item(0, 4).text() == "1" and page.table.item(0, 6).text() == "是"
    # The same return again changes nothing.
    again = page.preview(tmp_path / "M5.bidret")
    assert again is not None and again.report.duplicate
