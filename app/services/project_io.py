"""The project file and the exchange file: import, export, and the evaluation a project holds."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.exchange.reader import loads
from app.exchange.writer import evaluation_to_doc
from app.persistence import checked, errors
from app.persistence.files import fsync_dir, link_new
from app.persistence.mapping import read_evaluation, write_evaluation
from app.persistence.store import SQLITE_MAGIC, ProjectStore, remove_with_sidecars
from app.services.audit import audit_log
from app.services.common import ProjectRef, add_event, entity_key, opened

#: The key under ``x`` that holds the audit trail in an export made with ``include_audit``.
AUDIT_KEY = "biddesk.audit"


@dataclass(frozen=True)
class ImportSummary:
    """What an import created."""

    project_path: Path
    name: str
    bidders: int
    members: int
    factors: int
    checks: int
    scores: int
    decisions: int
    audit_id: int
    #: The keys under ``x`` this version does not use, kept as they are (never silently lost).
    kept: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    out_path: Path
    scores: int
    audit_events: int


def _read_source(path: Path) -> bytes:
    where = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput([Problem.of(where, "project_io.no_such_file", "no such file")]) from None
    except IsADirectoryError:
        raise InvalidInput([Problem.of(where, "project_io.folder_not_file", "is a folder, not a file")]) from None
    except OSError as exc:
        raise InvalidInput([Problem.of(where, "project_io.cannot_read", "cannot be read: %1", exc.strerror)]) from None
    if data.startswith(SQLITE_MAGIC):
        raise InvalidInput([Problem.of(where, "project_io.project_file_not_exchange",
                                       "is a project file, not an exchange file (bideval/1 JSON)")])
    return data


def publish(tmp: Path, target: Path) -> None:
    """Give the finished temporary file its name, atomically, never replacing an existing file."""
    if not link_new(tmp, target):
        raise errors.ProjectFileError(errors.EXISTS, str(target), "already exists; a project file is never overwritten")
    checked.carry(tmp, target)  # the bytes BidDesk wrote and closed: the first open need not scan them again


def import_exchange(json_path: str | os.PathLike[str], project_path: str | os.PathLike[str], *,
                    by: str = "import") -> ImportSummary:
    """Create a project file from an exchange file; never overwrites, and leaves no file behind on failure.

    The exchange file must pass the reader and the engine's structural checks (ids, references,
    score values); missing scores are allowed (an evaluation in progress). The project is built in
    a temporary file in the target's folder and given its name only once complete.

    Args:
        json_path: the exchange file (``bideval/1``).
        project_path: the project file to create (``.bidesk``); must not exist.
        by: who imports (for the audit log).

    Returns:
        What was imported.

    Raises:
        InvalidInput: the exchange file is unreadable or invalid (each problem with its JSON path).
        ProjectFileError: the project file exists, or its folder does not.
        StorageError: the project file could not be written.
    """
    source, target = Path(json_path), Path(project_path)
    if target.exists():
        raise errors.ProjectFileError(errors.EXISTS, str(target), "already exists; a project file is never overwritten")
    if not target.parent.is_dir():
        raise errors.ProjectFileError(errors.UNWRITABLE, str(target), f"the folder {target.parent} does not exist")
    try:
        ev = loads(_read_source(source))
    except (ValueError, RecursionError) as exc:  # e.g. a number with more digits than Python converts
        raise InvalidInput([Problem.of("", "project_io.not_readable_exchange_file",
                                       "not a readable exchange file: %1", exc)]) from None
    problems: list[Problem] = []
    check_structure(ev, problems)
    if problems:
        raise InvalidInput(problems)
    tmp = target.with_name(f".{target.name}.tmp-{secrets.token_hex(6)}")
    try:
        store = ProjectStore.create(tmp)
        try:
            with store.write() as session:
                write_evaluation(session, ev)
                new = {"source": source.name, "bidders": len(ev.bidders), "members": len(ev.members),
                       "factors": len(ev.factors), "checks": len(ev.checks), "scores": len(ev.scores),
                       "decisions": len(ev.decisions)}
                audit_id = add_event(session, by=by, action="import", entity="project", key=entity_key(),
                                     old=None, new=jsontext.dumps(new))
        finally:
            store.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        publish(tmp, target)
    finally:
        remove_with_sidecars(tmp)
    from app.domain.extension_keys import unknown_keys

    return ImportSummary(target, ev.project.name, len(ev.bidders), len(ev.members), len(ev.factors),
                         len(ev.checks), len(ev.scores), len(ev.decisions), audit_id, tuple(unknown_keys(ev)))


def load_project_evaluation(project: ProjectRef) -> Evaluation:
    """The evaluation a project holds: exactly what the exchange reader gives for the project's export.

    Args:
        project: the project file or an open store.

    Raises:
        ProjectFileError: the file is not a usable project.
    """
    with opened(project) as store, store.read() as session:
        return read_evaluation(session.connection(), str(store.path))


def _export(store: ProjectStore, include_audit: bool) -> tuple[str, int, int]:
    ev = load_project_evaluation(store)
    doc = evaluation_to_doc(ev)
    events = 0
    if include_audit:
        trail = audit_log(store)
        events = len(trail)
        x = dict(doc.get("x") or {})
        x[AUDIT_KEY] = [event.to_doc() for event in trail]
        doc["x"] = x
    # jsontext, not the writer's dumps: an ``x`` extension may hold exact decimals (JSON numbers).
    return jsontext.dumps(doc, indent=2) + "\n", len(ev.scores), events


def export_text(project: ProjectRef, include_audit: bool = False) -> str:
    """The exchange file's text of a project (what :func:`export_exchange` writes)."""
    with opened(project) as store:
        return _export(store, include_audit)[0]


def export_exchange(
    project: ProjectRef, out_path: str | os.PathLike[str], include_audit: bool = False
) -> ExportSummary:
    """Write a project's exchange file (``bideval/1``); ``import`` of it gives back the same project data.

    The file is replaced atomically; a project file is never overwritten by an export.

    Args:
        project: the project file or an open store.
        out_path: the exchange file to write.
        include_audit: add the audit trail under ``x["biddesk.audit"]``.

    Raises:
        ProjectFileError: the project is not usable, or ``out_path`` is a project file.
    """
    out = Path(out_path)
    if out.exists() and out.is_file():
        with out.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                raise errors.ProjectFileError(errors.EXISTS, str(out),
                                              "is a project file; an export never overwrites a project file")
    if not out.parent.is_dir():
        raise errors.ProjectFileError(errors.UNWRITABLE, str(out), f"the folder {out.parent} does not exist")
    with opened(project) as store:
        text, scores, events = _export(store, include_audit)
    tmp = out.with_name(f".{out.name}.tmp-{secrets.token_hex(6)}")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return ExportSummary(out, scores, events)
