"""The report pack, once for every door: the command line's ``report``, the window's 报告 page, the room.

:func:`pack_input` reads what a pack is made of (the evaluation and, for a project, its audit log) in
one unit of work; :func:`write_report_pack` evaluates and writes it. The window reads in its own thread
and writes in a worker thread; the command line does both in a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain.engine import evaluate
from app.domain.model import Evaluation
from app.persistence import chain
from app.persistence.store import ProjectStore
from app.reports.fingerprint import is_draft
from app.reports.pack import FORMATS, Progress, write_pack
from app.services.audit import AuditEvent, audit_log
from app.services.common import ProjectRef
from app.services.opening import SQLITE_MAGIC, load_any
from app.services.project_io import load_project_evaluation


@dataclass(frozen=True)
class PackInput:
    """What a report pack is made of: the evaluation, and the project's audit log (None for an exchange file)."""

    ev: Evaluation
    audit: list[AuditEvent] | None
    #: The audit chain's head hash (None for an exchange file): printed in the report.
    head: str | None = None


@dataclass(frozen=True)
class ReportPack:
    """The files written, in pack order, and whether they are a draft (the evaluation not finalised)."""

    paths: list[Path]
    draft: bool


def pack_input(source: ProjectRef) -> PackInput:
    """Read a project (file or open store) or an exchange file (told apart by content) for its pack."""
    if isinstance(source, ProjectStore):
        return _of_store(source)
    path = Path(source)
    with path.open("rb") as fh:
        project = fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if project:
        with ProjectStore.open(path) as store:
            return _of_store(store)
    return PackInput(load_any(path), None)


def _of_store(store: ProjectStore) -> PackInput:
    with store.read() as session:
        head = chain.head_hash(session.connection())
    return PackInput(load_project_evaluation(store), audit_log(store), None if head == chain.GENESIS else head)


def write_report_pack(inp: PackInput, out_dir: Path, formats: Sequence[str] = FORMATS, *, stem: str | None = None,
                      progress: Progress | None = None) -> ReportPack:
    """Evaluate and write the pack into ``out_dir`` (see :func:`app.reports.pack.write_pack`).

    Raises:
        InvalidInput: the evaluation cannot be computed; OSError: the folder cannot be written.
    """
    paths = write_pack(inp.ev, evaluate(inp.ev), out_dir, formats, audit=inp.audit, progress=progress, stem=stem,
                       audit_head=inp.head)
    return ReportPack(paths, is_draft(inp.ev))
