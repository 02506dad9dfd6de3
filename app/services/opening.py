"""Open a file for display: a project file or an exchange file, evaluated, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.engine import evaluate
from app.domain.model import Evaluation
from app.exchange import loads, result_to_doc

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ProjectView:
    """What the window shows first: the title, the result document and the bidders' names."""

    title: str
    result: dict[str, Any]
    names: dict[str, str]


def load_any(path: Path) -> Evaluation:
    """The evaluation in a project file or an exchange file (told apart by content)."""
    data = path.read_bytes()
    if data.startswith(SQLITE_MAGIC):
        from app.services.project_io import load_project_evaluation

        return load_project_evaluation(path)
    return loads(data)


def open_for_display(path: Path) -> ProjectView:
    """Evaluate a file for display; raises InvalidInput when it cannot be evaluated."""
    ev = load_any(path)
    return ProjectView(ev.project.name, result_to_doc(evaluate(ev)), {b.id: b.name for b in ev.bidders})
