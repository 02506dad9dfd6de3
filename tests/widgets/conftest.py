"""Fixtures the window's tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services.project_io import import_exchange
from app.services.session import ProjectSession
from tests.conftest import SAMPLES
from widgets.controller import ProjectController


@pytest.fixture()
def controller(qtbot: Any, tmp_path: Path) -> Iterator[ProjectController]:
    """The Pingdingshan sample as a project file, open in a controller (a module may define its own)."""
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)
    c = ProjectController(ProjectSession.open(path))
    yield c
    c.close()


@pytest.fixture(autouse=True)
def _application(qapp: Any) -> Any:
    """Every window test has the QApplication, also one that makes a widget without ``qtbot`` and runs first in
    its worker (a widget made before the application crashes the process)."""
    return qapp
