"""The first window: the sample's ranking, read from the table as a person would."""

from __future__ import annotations

from typing import Any

from widgets.app import SAMPLE, build_window
from widgets.result_model import ResultModel


def test_result_model_passes_qt_model_checks(qtmodeltester: Any) -> None:
    from app.exchange import evaluate_file

    model = ResultModel(evaluate_file(SAMPLE), {})
    qtmodeltester.check(model)


def test_window_shows_the_sample_ranking(qtbot: Any) -> None:
    window = build_window(SAMPLE)
    qtbot.addWidget(window)
    model = window.model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert len(rows) == 6
    ranked = sorted((row for row in rows.values() if row[6] != "—"), key=lambda row: int(row[6]))
    assert [row[6] for row in ranked] == ["1", "2", "3", "4", "5"]
    assert any(row[7] == "无效" for row in rows.values())
    assert "推荐中标候选人" in window.summary.text()
    assert window.windowTitle().startswith("评标台 BidDesk")
