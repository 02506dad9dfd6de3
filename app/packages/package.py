"""A scoring package file: its format, its manifest, and opening it with every check.

A package is a project file's schema in a file of its own kind (``PRAGMA application_id`` "BIDP",
``meta.application`` ``biddesk-package``), so the project commands refuse it and the scoring
services work on it unchanged. Its ``meta`` adds ``package_id``, ``project_uid``, ``member_id``,
``manifest`` (canonical JSON), ``manifest_signature`` (the agency key's Ed25519 signature, hex),
``member_private_key`` (hex) and ``return_sequence`` (the last return written).

The manifest names the package, the project, the member, both public keys and the SHA-256 of the
package's content (:func:`content_digest`: everything but the member's own scores, the audit log and
``meta``). Opening a package checks the manifest's signature, that the member key is the manifest's,
and that the content is still what was signed.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, update
from sqlalchemy.orm import Session

from app.domain.problems import Refused
from app.packages import errors as pe
from app.packages.files import PACKAGE_APPLICATION_ID, SQLITE_MAGIC
from app.packages.keys import KeyPair, canonical, sha256_hex, verify
from app.persistence import schema
from app.persistence.errors import StorageError
from app.persistence.schema import SCHEMA_VERSION, Version, plan
from app.persistence.store import ProjectStore, backup_file, make_engine
from app.persistence.tender import MetaRow

APPLICATION = "biddesk-package"
FORMAT = "biddesk-package/1"
BUSY_TIMEOUT_S = 5.0

#: What :func:`content_digest` covers: table → its columns (fixed: later columns never change the digest).
DIGEST_TABLES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("project", ("id", "name", "number", "purchaser", "agency", "method", "budget", "ceiling", "price_mode",
                 "industry", "opening", "x"), ""),
    ("rules", ("id", "small_deduction", "partner_deduction", "partner_min_share", "deduction_mode", "averaging",
               "decimals", "candidates", "min_valid_bids", "low_average", "low_second_lowest", "low_ceiling",
               "tie_break"), ""),
    ("checklist_item", ("stage", "id", "position", "name", "criterion"), ""),
    ("factor", ("id", "position", "name", "category", "max", "objective", "blind", "group_name", "rule"), ""),
    ("bidder", ("id", "position", "name", "price", "price_words", "size", "prison", "disabled", "partner_share",
                "small_amount"), ""),
    ("member", ("id", "position", "name", "role"), ""),
    ("review_check", ("stage", "bidder_id", "item_id", "member_id", "passed", "note"), ""),
    ("decision", ("bidder_id", "kind", "accepted", "note", "reason"), ""),
    ("score", ("bidder_id", "factor_id", "value"), " WHERE member_id IS NULL"),
    ("package_code", ("code", "position"), ""),
    ("package_cell", ("position", "bidder", "factor"), ""),
)


@dataclass(frozen=True)
class Manifest:
    """What the agency signed when it exported the package."""

    package_id: str
    project_uid: str
    member: str
    member_name: str
    member_public_key: str
    agency_public_key: str
    content_sha256: str
    issued_at: str
    project_name: str
    project_number: str

    def to_doc(self) -> dict[str, Any]:
        """The manifest as a JSON document."""
        return {"format": FORMAT, "package_id": self.package_id, "project_uid": self.project_uid,
                "member": self.member, "member_name": self.member_name,
                "member_public_key": self.member_public_key, "agency_public_key": self.agency_public_key,
                "content_sha256": self.content_sha256, "issued_at": self.issued_at,
                "project_name": self.project_name, "project_number": self.project_number}

    @classmethod
    def from_doc(cls, doc: object) -> Manifest:
        """A manifest from its JSON document; raises ValueError when a field is missing or not a text."""
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise Refused("package.not_package_manifest", "not a package manifest")
        names = ("package_id", "project_uid", "member", "member_name", "member_public_key", "agency_public_key",
                 "content_sha256", "issued_at", "project_name", "project_number")
        values = [doc.get(n) for n in names]
        if not all(isinstance(v, str) for v in values):
            raise Refused("package.manifest_field_missing", "a manifest field is missing")
        return cls(*[str(v) for v in values])

    @property
    def text(self) -> bytes:
        """The signed bytes: the canonical JSON of the manifest."""
        return canonical(self.to_doc())

    @property
    def sha256(self) -> str:
        """The SHA-256 of the signed bytes (recorded by the project, repeated in every return)."""
        return sha256_hex(self.text)


def _plain(value: object) -> object:
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    return {"other": repr(value)}


def content_digest(conn: Connection) -> str:
    """The SHA-256 of a package's fixed content (see :data:`DIGEST_TABLES`), every row in a sorted order."""
    doc: dict[str, list[list[object]]] = {}
    for table, columns, where in DIGEST_TABLES:
        cols = ", ".join(f'"{c}"' for c in columns)
        order = ", ".join(str(i + 1) for i in range(len(columns)))
        rows = conn.exec_driver_sql(f'SELECT {cols} FROM "{table}"{where} ORDER BY {order}').fetchall()
        doc[table] = [[_plain(v) for v in row] for row in rows]
    return sha256_hex(canonical(doc))


class Package:
    """An open, verified package: its store (the scoring services take it), manifest and member key."""

    def __init__(self, store: ProjectStore, manifest: Manifest, member_key: KeyPair) -> None:
        self.store = store
        self.manifest = manifest
        self.member_key = member_key

    @property
    def path(self) -> Path:
        """The package file."""
        return self.store.path

    @property
    def member(self) -> str:
        """The id of the member whose sheet the package holds."""
        return self.manifest.member

    def close(self) -> None:
        """Close the package file."""
        self.store.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: A package: its file's path, or an open :class:`Package`.
PackageRef = str | os.PathLike[str] | Package


def _inspect(path: Path) -> str:
    """Check that a file is an undamaged package and read its schema version (nothing is written)."""
    where = str(path)
    if not path.is_file():
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, "no such file" if not path.exists() else "is a folder")
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, "not a scoring package")
    if int.from_bytes(head[68:72], "big") != PACKAGE_APPLICATION_ID:
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, "an SQLite file, but not a scoring package")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, "the package or its folder is read-only; copy it to a "
                                                       "folder you can write to")
    try:
        uri = path.resolve().as_uri() + "?mode=rw"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)) as con:
            con.text_factory = lambda raw: raw.decode("utf-8", "replace")
            rows = con.execute("PRAGMA quick_check(5)").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                raise pe.PackageError(pe.PACKAGE_ALTERED, where, "the package is damaged")
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # SQLite's message may quote damaged bytes
        raise pe.PackageError(pe.PACKAGE_ALTERED, where, f"the package is damaged ({str(exc)[:200]})") from None
    version = meta.get("schema_version")
    if meta.get("application") != APPLICATION or meta.get("package_format") != FORMAT or not isinstance(version, str):
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, "an SQLite file, but not a scoring package")
    return version


def _migrate(path: Path, engine: Any, version: str) -> None:
    where = str(path)
    try:
        found, want = Version.parse(version), Version.parse(SCHEMA_VERSION)
    except ValueError:
        raise pe.PackageError(pe.PACKAGE_ALTERED, where, f"unreadable schema version {version!r}") from None
    if found.major != want.major or found > want:
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, f"made by another BidDesk (schema {found}; this one writes "
                                                       f"{want}): open it with a BidDesk of the same version")
    if found == want:
        return
    try:
        chain = plan(version, SCHEMA_VERSION, schema.MIGRATIONS)
    except LookupError as exc:
        raise pe.PackageError(pe.NOT_A_PACKAGE, where, f"cannot be upgraded: {exc}") from None
    try:
        backup_file(path, version)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError("backup_failed", f"{path}: no backup could be written before the upgrade ({exc})") from None
    with engine.execution_options(biddesk_write=True).begin() as conn:
        for step in chain:
            step.apply(conn)
        conn.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value=SCHEMA_VERSION))


def package_meta(session: Session) -> dict[str, str]:
    """The package's ``meta`` rows."""
    return {k: v for k, v in session.execute(MetaRow.__table__.select())}


def _verified(store: ProjectStore) -> Package:
    where = str(store.path)
    with store.read() as session:
        meta = package_meta(session)
        digest = content_digest(session.connection())
    try:
        manifest = Manifest.from_doc(canonical_doc(meta.get("manifest", "")))
        signature = bytes.fromhex(meta.get("manifest_signature", ""))
        member_key = KeyPair.from_private_hex(meta.get("member_private_key", ""))
    except ValueError as exc:
        raise pe.PackageError(pe.PACKAGE_ALTERED, where, f"the package is damaged or was altered ({exc})") from None
    checks = (
        (manifest.text == meta.get("manifest", "").encode(), "its manifest is not in its signed form"),
        (verify(manifest.agency_public_key, signature, manifest.text), "its manifest's seal does not verify"),
        (member_key.public_hex == manifest.member_public_key, "its member key is not the manifest's"),
        ((meta.get("package_id"), meta.get("member_id"), meta.get("project_uid"))
         == (manifest.package_id, manifest.member, manifest.project_uid), "its ids are not the manifest's"),
        (digest == manifest.content_sha256, "its tender, bidders or sheet changed since it was exported"),
    )
    for ok, why in checks:
        if not ok:
            raise pe.PackageError(pe.PACKAGE_ALTERED, where, f"the package was altered or damaged: {why}")
    return Package(store, manifest, member_key)


def canonical_doc(text: str) -> object:
    """Parse a canonical JSON text (the manifest); raises ValueError when it is not JSON."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise Refused("package.unreadable_manifest", "unreadable manifest: %1", exc) from None


def open_package(path: str | os.PathLike[str]) -> Package:
    """Open a package file and verify it (its kind, its manifest's seal, its content against the manifest).

    Raises:
        PackageError: not a package, or damaged, or altered since it was exported.
        StorageError: the file could not be read or upgraded for another reason.
    """
    p = Path(path)
    version = _inspect(p)
    engine = make_engine(p)
    try:
        _migrate(p, engine, version)
        store = ProjectStore(p, engine, SCHEMA_VERSION)
        return _verified(store)
    except BaseException:
        engine.dispose()
        raise


@contextmanager
def opened_package(package: PackageRef) -> Iterator[Package]:
    """The open package of a reference; a package opened here is closed at the end."""
    if isinstance(package, Package):
        yield package
        return
    pkg = open_package(package)
    try:
        yield pkg
    finally:
        pkg.close()
