"""The memory of project files found undamaged: a file whose bytes are exactly those last checked is not
scanned again.

Every open checks the whole file (SQLite's ``integrity_check`` and the scan of every row against the column
types, :mod:`app.persistence.integrity`): on a province-sized project (half a million scores, 26 MB) that is
0.85 s of every command and of every window open. The checks are a function of the file's bytes, so once a
file passed them, or BidDesk closed it after its own checked writes, its SHA-256 is remembered in the user's
cache folder, and an open of a file with the same bytes (and no pending write-ahead log) skips the two scans.
The header, the log, the size, the schema version and the audit chain are still checked on every open.

A file changed by anyone else has other bytes and is checked in full. A store remembers the file at its close
only when no other connection committed to it while it was open (SQLite's ``data_version``) and no other
program still holds it (the log is gone), see :class:`app.persistence.store.ProjectStore`. The memory is a
cache: a missing or unreadable one only makes the next open check in full. ``BIDDESK_CACHE`` names its folder
(the tests use their own).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

from app.persistence.schema import SCHEMA_VERSION
from app.version import VERSION

#: What the remembered verdicts mean: files checked by this version of the checks (a new BidDesk checks again).
CHECKS = f"{VERSION}/{SCHEMA_VERSION}/1"
#: How many files are remembered (the most recently checked ones).
KEEP = 64


def cache_file() -> Path:
    """Where the memory is kept: ``BIDDESK_CACHE``, else the platform's cache folder for the user."""
    chosen = os.environ.get("BIDDESK_CACHE")
    if chosen:
        return Path(chosen) / "checked.json"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "BidDesk" / "cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / "BidDesk"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "biddesk"
    return base / "checked.json"


def _key(path: Path) -> str:
    return str(path.resolve())


def _log_pending(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def digest(path: Path) -> str | None:
    """The SHA-256 of the file's bytes (None when it cannot be read)."""
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def _load() -> dict[str, list[str]]:
    try:
        data = json.loads(cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("checks") != CHECKS or not isinstance(data.get("files"), dict):
        return {}
    return {k: v for k, v in data["files"].items()
            if isinstance(k, str) and isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v)}


def _save(files: dict[str, list[str]]) -> None:
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".checked-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"checks": CHECKS, "files": files}, fh)
        os.replace(tmp, target)
    except OSError:  # a cache: not kept this time, the next open checks in full
        return


def is_known(path: Path) -> bool:
    """Whether the file's bytes are exactly those of a check passed before (no log pending)."""
    entry = _load().get(_key(path))
    if entry is None or _log_pending(path):
        return False
    try:
        size = str(path.stat().st_size)
    except OSError:
        return False
    return entry[0] == size and entry[1] == digest(path)


def remember(path: Path) -> None:
    """Remember the file's bytes as checked (nothing when a log is still pending: another program has it)."""
    if _log_pending(path):
        return
    found = digest(path)
    if found is None:
        return
    files = _load()
    files.pop(_key(path), None)
    files[_key(path)] = [str(path.stat().st_size), found]
    _save(dict(list(files.items())[-KEEP:]))


def carry(old: Path, new: Path) -> None:
    """The file was given a new name (a finished temporary file published): remember it by that name."""
    files = _load()
    entry = files.pop(_key(old), None)
    if entry is not None:
        files[_key(new)] = entry
        _save(files)


def forget(path: Path) -> None:
    """Forget the file (it was found damaged, or its checks were not all passed)."""
    files = _load()
    if files.pop(_key(path), None) is not None:
        _save(files)
