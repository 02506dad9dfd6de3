"""Opening, creating and checking a project file; one short session per unit of work.

A project file is one SQLite database (``.bidesk``) in WAL mode with ``synchronous=FULL``: once a
write transaction has committed, it survives a crash or a power cut. Before the engine touches a
file it is inspected with a plain read connection (header, ``PRAGMA quick_check``, ``meta``), so a
foreign, damaged or newer file is refused with a :class:`ProjectFileError` and left unchanged.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.persistence import chain, checked, dialect, integrity, schema
from app.persistence import errors as e
from app.persistence.audit import AuditRow
from app.persistence.schema import (
    APPLICATION,
    APPLICATION_ID,
    SCHEMA_VERSION,
    Migration,
    Version,
    create_schema,
    plan,
)
from app.persistence.tender import MetaRow
from app.persistence.wal import wal_problem

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_WRITE = "biddesk_write"


_LAST_EVENT = select(func.coalesce(func.max(AuditRow.id), 0))

@dataclass(frozen=True)
class FileInfo:
    """What the inspection of a project file found."""

    path: Path
    schema_version: str


def _db_error(path: Path, exc: BaseException) -> Exception:
    """An SQLite error as a ProjectFileError (damaged content) or a StorageError (the storage itself failed)."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return e.StorageError("locked", f"{path}: the project file is in use by another program ({text})")
    if "readonly" in low or "read-only" in low:
        return e.StorageError("read_only", f"{path}: the project file cannot be written ({text})")
    if "disk i/o" in low or "full" in low or "unable to open" in low or "out of memory" in low:
        return e.StorageError("storage", f"{path}: {text}")
    if isinstance(getattr(exc, "orig", exc), sqlite3.IntegrityError):
        return e.StorageError("constraint", f"{path}: {text}")
    # malformed pages, undecodable text, a schema that names unknown columns …: the content is damaged
    return e.ProjectFileError(e.CORRUPT, str(path), f"the project file is damaged ({text[:200]})")


def inspect_file(path: Path, *, known: bool = False) -> FileInfo:
    """Check that a file is a readable, undamaged BidDesk project and read its schema version.

    ``known``: the file's bytes are those of a check passed before (:mod:`app.persistence.checked`), so
    SQLite's full ``integrity_check`` is not run again; everything else is.

    Raises:
        ProjectFileError: missing, empty, not SQLite, damaged, or not a BidDesk project.
    """
    where = str(path)
    if not path.exists():
        raise e.ProjectFileError(e.NOT_FOUND, where, "no such file")
    if not path.is_file():
        raise e.ProjectFileError(e.NOT_FOUND, where, "is a folder, not a project file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise e.ProjectFileError(e.UNWRITABLE, where, f"cannot be read: {exc.strerror}") from None
    if not head:
        raise e.ProjectFileError(e.EMPTY, where, "the file is empty: not a project file")
    if not head.startswith(SQLITE_MAGIC):
        raise e.ProjectFileError(e.NOT_SQLITE, where, "not a project file (not an SQLite database)")
    if len(head) < 100:
        raise e.ProjectFileError(e.CORRUPT, where, "the project file is damaged (truncated header)")
    _check_size(path, head)
    damaged = wal_problem(path)
    if damaged is not None:
        raise e.ProjectFileError(e.CORRUPT, where, f"the project file is damaged ({damaged})")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise e.ProjectFileError(e.UNWRITABLE, where, "the project file or its folder is read-only; copy it to a "
                                                      "folder you can write to")
    try:
        uri = path.resolve().as_uri() + "?mode=rw"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as con:
            con.text_factory = lambda raw: raw.decode("utf-8", "replace")
            rows = [] if known else con.execute("PRAGMA integrity_check(5)").fetchall()  # indexes too
            if not known and [r[0] for r in rows] != ["ok"]:
                detail = "; ".join(str(r[0]) for r in rows)
                raise e.ProjectFileError(e.CORRUPT, where, f"the project file is damaged ({detail})")
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "meta" not in tables or app_id not in (0, APPLICATION_ID):
                raise e.ProjectFileError(e.NOT_A_PROJECT, where, "an SQLite database, but not a BidDesk project")
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # SQLite's own message may quote damaged bytes
        raise _db_error(path, exc) from None
    version = meta.get("schema_version")
    if meta.get("application") != APPLICATION or not isinstance(version, str):
        raise e.ProjectFileError(e.NOT_A_PROJECT, where, "an SQLite database, but not a BidDesk project")
    try:
        Version.parse(version)
    except ValueError:
        raise e.ProjectFileError(e.CORRUPT, where, f"unreadable schema version {version!r}") from None
    return FileInfo(path, version)


def _check_size(path: Path, head: bytes) -> None:
    """Refuse a file cut short: SQLite reads a missing page tail as zeros and ``quick_check`` may not notice.

    Only when no write-ahead log is pending: a crash during a checkpoint can leave the header ahead of
    the file's length, and SQLite's recovery from the log then makes it whole.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96]
    size = path.stat().st_size
    if page_size < 512 or size % page_size or (header_valid and size < pages * page_size):
        expected = f"{pages * page_size} bytes" if header_valid else f"a multiple of {page_size} bytes"
        raise e.ProjectFileError(e.CORRUPT, str(path),
                                 f"the project file is damaged (truncated: {size} bytes, expected {expected})")


def make_engine(path: Path) -> Engine:
    # Connections are pooled while the store is open; close() disposes them, and SQLite folds the
    # WAL back into the file when the last one closes.
    # every project file's engine is made alike: they share one cache of compiled statements (dialect.py)
    engine = create_engine(URL.create(f"sqlite+{dialect.DRIVER}", database=str(path)),
                           execution_options={"compiled_cache": dialect.COMPILED})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write takes the write lock at once: a read-then-write unit never fails half-way on BUSY.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def backup_file(path: Path, version: str) -> Path:
    """A consistent copy of the file next to it, ``NAME.bak-vX.Y-YYYYmmddTHHMMSSZ``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-v{version}-{stamp}-{n}")
    with closing(sqlite3.connect(str(path))) as src, closing(sqlite3.connect(str(target))) as dst:
        src.backup(dst)
    with target.open("rb") as fh:
        os.fsync(fh.fileno())
    return target


class ProjectStore:
    """An open project file. Use :meth:`read` / :meth:`write` for each unit of work; :meth:`close` at the end."""

    def __init__(self, path: Path, engine: Engine, schema_version: str, backup: Path | None = None) -> None:
        self.path = path
        self.schema_version = schema_version
        #: The backup written before a migration on open, if any.
        self.backup = backup
        self._engine = engine
        self._writer = engine.execution_options(**{_WRITE: True})
        #: Where the audit chain is broken (the file then opens read-only); None when intact.
        self.broken: chain.Break | None = None
        #: The connection whose ``data_version`` tells, at close, whether anyone else committed (see close).
        self._watched: tuple[int, int] | None = None

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        migrations: Sequence[Migration] | None = None,
        current: str = SCHEMA_VERSION,
    ) -> ProjectStore:
        """Open an existing project file: inspect it, refuse a newer major, back up and migrate an older one.

        Args:
            path: the project file.
            migrations: the migration steps (default :data:`~app.persistence.schema.MIGRATIONS`).
            current: the schema version this code writes.

        Raises:
            ProjectFileError: the file is not a usable project (see :mod:`app.persistence.errors`).
            StorageError: the file could not be read or migrated for another reason.
        """
        p = Path(path)
        known = checked.is_known(p)
        try:
            info = inspect_file(p, known=known)
        except e.ProjectFileError:
            checked.forget(p)
            raise
        found, want = Version.parse(info.schema_version), Version.parse(current)
        if found.major > want.major:
            raise e.ProjectFileError(
                e.NEWER_MAJOR, str(p),
                f"made by a newer BidDesk (schema {found}; this version reads {want.major}.x): "
                "update BidDesk to open it",
            )
        engine = make_engine(p)
        backup = None
        version = info.schema_version
        if found < want:
            steps = schema.MIGRATIONS if migrations is None else migrations
            try:
                chain = plan(version, current, steps)
            except LookupError as exc:
                engine.dispose()
                raise e.ProjectFileError(e.NO_MIGRATION, str(p), f"cannot be upgraded: {exc}") from None
            try:
                backup = backup_file(p, version)
            except (OSError, sqlite3.Error) as exc:
                engine.dispose()
                raise e.StorageError("backup_failed", f"{p}: no backup could be written before the upgrade "
                                                      f"({exc}); the file is unchanged") from None
            try:
                with engine.execution_options(**{_WRITE: True}).begin() as conn:
                    for step in chain:
                        step.apply(conn)
                    conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value=current))
            except Exception as exc:
                engine.dispose()
                raise e.ProjectFileError(
                    e.MIGRATION_FAILED, str(p),
                    f"the upgrade from schema {version} to {current} failed ({exc}); the file is unchanged "
                    f"and a copy is at {backup.name}",
                ) from exc
            version = current
        store = cls(p, engine, version, backup)
        try:
            with engine.connect() as conn:
                damaged = None if known and found == want else integrity.row_problem(conn)
        except (DBAPIError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            engine.dispose()
            checked.forget(p)
            raise _db_error(p, exc) from None
        if damaged is not None:
            engine.dispose()
            checked.forget(p)
            raise e.ProjectFileError(e.CORRUPT, str(p), f"the project file is damaged ({damaged})")
        store.check_chain()
        store._watch()
        return store

    def check_chain(self) -> chain.Break | None:
        """Chain a file that has no chain yet and re-create missing triggers, then verify the whole chain.

        A broken chain leaves the file read-only (:meth:`write` refuses) and is kept in :attr:`broken`.
        """
        try:
            with self._engine.connect() as conn:
                needed = chain.needs_prepare(conn)
            if needed:
                with self._writer.begin() as conn:
                    chain.prepare(conn)
            with self._engine.connect() as conn:
                self.broken = chain.verify(conn)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            self._engine.dispose()
            raise _db_error(self.path, exc) from None
        return self.broken

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> ProjectStore:
        """Create a new, empty project file (the schema and its ``meta`` rows) at a path that must not exist.

        Raises:
            ProjectFileError: the path exists already (code ``exists``).
            StorageError: the file could not be created.
        """
        p = Path(path)
        if p.exists():
            raise e.ProjectFileError(e.EXISTS, str(p), "already exists; a project file is never overwritten")
        engine = make_engine(p)
        store = cls(p, engine, SCHEMA_VERSION)
        try:
            with store._writer.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                create_schema(conn)
                chain.prepare(conn)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _db_error(p, exc) from None
        store._watch()
        return store

    # -- units of work ---------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading, in one transaction (a consistent snapshot)."""
        with self._unit(self._engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one unit of work that writes: committed (durably) when the block ends normally.

        Raises:
            ProjectFileError: the file turned out to be damaged.
            StorageError: the write failed (locked, read-only, disk full …); nothing was changed.
        """
        if self.broken is not None:
            raise e.StorageError("chain_broken", f"{self.path}: the audit log was altered outside BidDesk "
                                                 f"({self.broken}); the file is open read-only")
        with self._unit(self._writer) as session:
            yield session

    @contextmanager
    def _unit(self, bind: Engine) -> Iterator[Session]:
        try:
            with Session(bind, expire_on_commit=False, autoflush=False) as session, session.begin():
                yield session
        # sqlite3.DatabaseError comes from the driver's own cursor (fast paths); UnicodeDecodeError from
        # the driver decoding an error message that quotes damaged bytes
        except (DBAPIError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            self._watched = None  # found damaged, or the storage failed: not remembered as checked
            raise _db_error(self.path, exc) from None

    def last_event(self) -> int:
        """The id of the audit log's last event (0: none): whether anything was written since, asked cheaply
        (a window asks before every read of the evaluation; an ORM session for it costs four times as much)."""
        try:
            with self._engine.connect() as conn:
                return int(conn.execute(_LAST_EVENT).scalar() or 0)
        except (DBAPIError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise _db_error(self.path, exc) from None

    def _data_version(self) -> tuple[int, int] | None:
        """The pooled connection and its ``data_version``: it changes when another connection commits."""
        try:
            with self._engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                return id(raw), int(conn.exec_driver_sql("PRAGMA data_version").scalar() or 0)
        except (DBAPIError, sqlite3.DatabaseError, UnicodeDecodeError):
            return None

    def _watch(self) -> None:
        """After the open's checks: what close compares with (:mod:`app.persistence.checked`)."""
        self._watched = self._data_version()

    def close(self) -> None:
        """Close the pooled connections; SQLite then folds the write-ahead log back into the file.

        The file is then remembered as checked when only this store wrote to it since its checks: the same
        connection saw no other connection's commit (our own commits leave its ``data_version`` as it was;
        another connection of ours, or another program, changes it and the next open checks in full).
        """
        unchanged = self._watched is not None and self.broken is None and self._data_version() == self._watched
        self._watched = None
        self._engine.dispose()
        if unchanged:
            checked.remember(self.path)

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def remove_with_sidecars(path: Path) -> None:
    """Delete a (temporary) database file with its ``-wal``, ``-shm`` and ``-journal`` companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass

