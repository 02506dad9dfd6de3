"""The window as `make run` opens it: the sample the first time (a copy), then the start page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from widgets import main_window as mw
from widgets.app import SAMPLE, build_window
from widgets.result_model import ResultModel
from widgets.settings import AppSettings


def test_result_model_passes_qt_model_checks(qtmodeltester: Any) -> None:
    from app.exchange import evaluate_file

    model = ResultModel(evaluate_file(SAMPLE), {})
    qtmodeltester.check(model)


def test_first_start_opens_a_copy_of_the_sample_then_the_start_page(qtbot: Any, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    shipped = SAMPLE.read_bytes()
    settings = AppSettings(tmp_path / "s.ini")
    window = build_window(settings)
    qtbot.addWidget(window)
    assert window.workspace is not None and window.controller is not None
    assert window.controller.path == tmp_path / "data" / "samples" / "pingdingshan-001.bidesk"
    results: Any = window.workspace.show_page("results")
    assert results.model is None and "已提交 0/5" in results.summary.text()  # no ranking before every submission
    for member in window.controller.ev().members:
        assert window.controller.run(lambda m=member.id: window.controller.session.submit(m))
    results.refresh()  # the window is not on screen in this test: the page refreshes when asked
    model = results.model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert len(rows) == 6
    rank, status = model.headers.index("排名"), model.headers.index("状态")
    ranked = sorted((row for row in rows.values() if row[rank] != "—"), key=lambda row: int(row[rank]))
    assert [row[rank] for row in ranked] == ["1", "2", "3", "4", "5"]
    assert any(row[status] == "无效" for row in rows.values())
    assert "推荐中标候选人" in results.summary.text()
    assert window.windowTitle().startswith("评标台 BidDesk")
    window.close_project()
    assert SAMPLE.read_bytes() == shipped
    again = build_window(settings)
    qtbot.addWidget(again)
    assert again.workspace is None and again.stack.currentWidget() is again.start
    assert again.start.recent.count() == 1


def test_opening_an_exchange_file_imports_it_into_a_new_project(qtbot: Any, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mw, "data_folder", lambda: tmp_path / "data")
    settings = AppSettings(tmp_path / "s.ini")
    settings.sample_opened = True
    window = build_window(settings, SAMPLE)
    qtbot.addWidget(window)
    assert window.controller is not None
    assert window.controller.path.suffix == ".bidesk"
    assert window.controller.path.parent == tmp_path / "data" / "projects"
