"""Copies of a project file: 另存为 (save as) and 备份 (a dated backup), whole and consistent.

A copy is taken with SQLite's online backup (the same as the copy written before a migration), so a copy
made while the file is open — by this window or another seat — holds one committed state, never half of a
write. It is written to a temporary file in the target's folder, checked (``PRAGMA quick_check`` and that it
opens as a project), then moved into place; an existing file is never overwritten (a backup's name gets a
counter instead), and nothing is left behind when any step fails.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from datetime import datetime
from pathlib import Path

from app.persistence import errors as e
from app.persistence.store import ProjectStore
from app.services.common import ProjectRef, opened

#: A backup's name: the project file's stem, 备份 and the local time of the copy.
BACKUP_NAME = "{stem}-备份-{stamp}{suffix}"


def backup_path(project: Path, now: datetime | None = None, folder: Path | None = None) -> Path:
    """Where a backup of ``project`` goes: next to it (or in ``folder``), named by the time, never taken."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = folder if folder is not None else project.parent
    suffix = project.suffix or ".bidesk"
    target = base / BACKUP_NAME.format(stem=project.stem, stamp=stamp, suffix=suffix)
    n = 1
    while target.exists():
        n += 1
        target = base / BACKUP_NAME.format(stem=project.stem, stamp=f"{stamp}-{n}", suffix=suffix)
    return target


def copy_project(project: ProjectRef, target: str | os.PathLike[str]) -> Path:
    """Write a consistent copy of the project file at ``target`` (which must not exist yet).

    Raises:
        ProjectFileError: ``target`` exists (``exists``), its folder does not or cannot be written
            (``unwritable``), or the copy failed its check (``corrupt``); nothing is left at ``target``.
    """
    out = Path(target)
    if out.exists():
        raise e.ProjectFileError(e.EXISTS, str(out), "already exists; a copy never overwrites a file")
    if not out.parent.is_dir():
        raise e.ProjectFileError(e.UNWRITABLE, str(out), f"the folder {out.parent} does not exist")
    with opened(project) as store:
        source = Path(store.path)
    if source.resolve() == out.resolve():
        raise e.ProjectFileError(e.EXISTS, str(out), "is the project file itself")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".copy-", suffix=out.suffix, dir=out.parent)
    except OSError as exc:
        raise e.ProjectFileError(e.UNWRITABLE, str(out), f"cannot be written: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with closing(sqlite3.connect(str(source))) as src, closing(sqlite3.connect(str(tmp))) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # the copy is one file, whatever the source's mode
            checked = dst.execute("PRAGMA quick_check").fetchone()
        if checked is None or checked[0] != "ok":
            raise e.ProjectFileError(e.CORRUPT, str(out), f"the copy failed its check: {checked}")
        ProjectStore.open(tmp).close()  # it opens as a project file
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        if out.exists():  # taken meanwhile
            raise e.ProjectFileError(e.EXISTS, str(out), "already exists; a copy never overwrites a file")
        os.replace(tmp, out)
    except OSError as exc:
        raise e.ProjectFileError(e.UNWRITABLE, str(out), f"cannot be written: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


def backup_project(project: ProjectRef, folder: Path | None = None, now: datetime | None = None) -> Path:
    """A dated copy of the project file next to it (or in ``folder``); returns its path."""
    with opened(project) as store:
        source = Path(store.path)
    return copy_project(source, backup_path(source, now, folder))
