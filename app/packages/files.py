"""File plumbing of packages and returns: telling a package by its header, writing files atomically.

Nothing here imports SQLAlchemy or the crypto library: the command line asks :func:`is_package_file`
before it decides which door a ``score`` goes through.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from app.packages import errors as pe
from app.persistence.files import fsync_dir, link_new

SQLITE_MAGIC = b"SQLite format 3\x00"
#: ``PRAGMA application_id`` of a package ("BIDP"); a project file has "BIDD".
PACKAGE_APPLICATION_ID = 0x42494450
_APP_ID_OFFSET = 68


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError:
        return b""


def is_package_file(path: str | os.PathLike[str]) -> bool:
    """Whether a file is a scoring package (an SQLite file whose header carries the package's application id)."""
    head = _header(Path(path))
    return (len(head) == 100 and head.startswith(SQLITE_MAGIC)
            and int.from_bytes(head[_APP_ID_OFFSET:_APP_ID_OFFSET + 4], "big") == PACKAGE_APPLICATION_ID)


def is_sqlite_file(path: Path) -> bool:
    """Whether a file is an SQLite database (a project or a package), judged by its first bytes."""
    return _header(path).startswith(SQLITE_MAGIC)


def check_new_target(path: Path) -> None:
    """A file to create must not exist, and its folder must.

    Raises:
        PackageError: ``bad_target``.
    """
    if path.exists():
        raise pe.PackageError(pe.BAD_TARGET, str(path), "already exists; a package is never overwritten")
    if not path.parent.is_dir():
        raise pe.PackageError(pe.BAD_TARGET, str(path), f"the folder {path.parent} does not exist")


def temporary_sibling(path: Path) -> Path:
    """A hidden temporary name next to ``path`` (same folder: same file system, so renaming is atomic)."""
    return path.with_name(f".{path.name}.tmp-{secrets.token_hex(6)}")


def publish_new(tmp: Path, target: Path) -> None:
    """Give a finished temporary file its name atomically, never replacing an existing file.

    Raises:
        PackageError: the target appeared meanwhile (``bad_target``).
    """
    if not link_new(tmp, target):
        raise pe.PackageError(pe.BAD_TARGET, str(target), "already exists; a package is never overwritten")


def check_replaceable(target: Path) -> None:
    """A file :func:`write_replacing` may write: not a folder, not a project or package, in an existing folder.

    Raises:
        PackageError: ``bad_target``.
    """
    if target.is_dir():
        raise pe.PackageError(pe.BAD_TARGET, str(target), "is a folder, not a file")
    if target.exists() and is_sqlite_file(target):
        raise pe.PackageError(pe.BAD_TARGET, str(target), "is a project or package file; a return never "
                                                          "overwrites one")
    if not target.parent.is_dir():
        raise pe.PackageError(pe.BAD_TARGET, str(target), f"the folder {target.parent} does not exist")


def write_replacing(target: Path, data: bytes) -> None:
    """Write a file atomically (temporary file, fsync, rename); never over a project or a package.

    Raises:
        PackageError: the target is an SQLite file or a folder, or its folder does not exist.
    """
    check_replaceable(target)
    tmp = temporary_sibling(target)
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of an input file, refusing one larger than ``limit``.

    Raises:
        PackageError: missing, a folder, unreadable or too large (``not_a_return``).
    """
    where = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise pe.PackageError(pe.NOT_A_RETURN, where, "is a folder, not a return file")
        if size > limit:
            raise pe.PackageError(pe.NOT_A_RETURN, where, f"too large for a return file ({size} bytes)")
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise pe.PackageError(pe.NOT_A_RETURN, where, "no such file") from None
    except OSError as exc:
        raise pe.PackageError(pe.NOT_A_RETURN, where, f"cannot be read: {exc.strerror}") from None
