"""Importing a member's sealed return into the project: verify, then merge in one unit of work.

The checks, in order (each refusal is a :class:`~app.packages.errors.PackageError`, nothing changed):
the file's form; the package id is one this project issued; the seal verifies against the member
public key recorded for it; the payload names this project, that package, its member and manifest;
the package was not superseded by a newer one for the member; the return is not older than one
already merged (the same return again is "nothing to change"; a different return with the same
sequence is a conflict). The merge then goes through the ordinary services, inside one transaction:
every score by :func:`app.services.scores.record_score` (``by`` = the member, blind codes mapped back
to bidders, Art.64 rules applied when the member has submitted), the sheet submitted by
:func:`app.services.members.submit_member` when the return is a submitted one, then one ``import``
audit event. Any refusal on the way rolls all of it back. ``dry_run`` does the same and rolls back
at the end, so the preview is exactly what the import would do.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.problems import InvalidInput, Problem
from app.domain.scoring import parse_value
from app.exchange import jsontext
from app.packages import errors as pe
from app.packages.files import read_limited
from app.packages.identity import read_codes, read_identity
from app.packages.keys import sha256_hex
from app.packages.sealed import MAX_BYTES, ReturnPayload, SealedReturn, read_payload, unseal
from app.persistence.bids import MemberRow
from app.persistence.mapping import factor_from_row, score_value
from app.persistence.packages import PackageIssueRow, PackageMergeRow, has_table
from app.persistence.review import ScoreRow
from app.persistence.schema import now_utc
from app.persistence.store import ProjectStore
from app.persistence.tender import FactorRow
from app.services import members, scores
from app.services.common import ProjectRef, add_event, entity_key, opened


@dataclass(frozen=True)
class MergedScore:
    """A score the return changes: the bidder (and its code if the factor is blind), old → new JSON text."""

    bidder: str
    code: str | None
    factor: str
    old: str | None
    new: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run``, would do)."""

    path: str
    package_id: str
    member: str
    sequence: int
    scores: int
    changes: tuple[MergedScore, ...]
    submits: bool
    duplicate: bool
    dry_run: bool
    audit_id: int | None

    @property
    def changed(self) -> bool:
        """Whether the project was (or would be) changed."""
        return not self.duplicate


class _Rollback(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("rollback")
        self.report = report


class _Joined(ProjectStore):
    """The project's store seen from inside one open unit of work: every service called with it joins it."""

    def __init__(self, store: ProjectStore, session: Session) -> None:
        self.path, self.schema_version, self.backup = store.path, store.schema_version, None
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """The outer unit of work."""
        yield self._session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """The outer unit of work (committed or rolled back by its owner)."""
        yield self._session

    def close(self) -> None:
        """Nothing to close: the owner closes the store."""


def import_return(project: ProjectRef, return_path: str | os.PathLike[str], *, by: str, dry_run: bool = False,
                  reason: str | None = None, art64: str | None = None) -> ImportReport:
    """Verify a member's return file and merge it into the project (see the module's doc for every check).

    Args:
        project: the project file or an open store.
        return_path: the return file.
        by: who imports (the ``import`` audit event; the scores are recorded ``by`` the member).
        dry_run: only say what would change; nothing is written.
        reason: the reason for changes to a submitted sheet, where the member gave none in the package.
        art64: the Art.64 category for those changes, likewise.

    Returns:
        What changed (``duplicate`` when this very return was merged already: nothing changed).

    Raises:
        PackageError: the return is refused (tampered, foreign, wrong member, superseded, stale, conflicting,
            or content that cannot be merged); nothing changed.
    """
    path = Path(return_path)
    data = read_limited(path, MAX_BYTES)
    return import_return_data(project, data, where=str(path), by=by, dry_run=dry_run, reason=reason, art64=art64)


def import_return_data(project: ProjectRef, data: bytes, *, where: str, by: str, dry_run: bool = False,
                       reason: str | None = None, art64: str | None = None) -> ImportReport:
    """:func:`import_return` of a return file's bytes (``where`` names the file in messages)."""
    sealed = unseal(data, where)
    with opened(project) as store:
        try:
            with store.write() as session:
                report = _merge(store, session, sealed, sha256_hex(data), where, by=by, reason=reason, art64=art64,
                                dry_run=dry_run)
                if dry_run or report.duplicate:
                    raise _Rollback(report)
        except _Rollback as done:
            return done.report
    return report


def _verified_payload(session: Session, sealed: SealedReturn, where: str) -> tuple[PackageIssueRow, ReturnPayload]:
    foreign = (f"made from package {sealed.package_id}, which this project did not issue: a return for another "
               "project (or for a package exported from another copy of this project)")
    if not has_table(session.connection(), PackageIssueRow.__tablename__):
        raise pe.PackageError(pe.FOREIGN, where, foreign)
    issue = session.get(PackageIssueRow, sealed.package_id)
    if issue is None:
        raise pe.PackageError(pe.FOREIGN, where, foreign)
    if not sealed.verifies(issue.public_key):
        raise pe.PackageError(pe.TAMPERED, where, "the seal does not verify: the file was altered or damaged after "
                                                  "it was written")
    payload = read_payload(sealed.payload, where)
    ident = read_identity(session)
    if payload.package_id != sealed.package_id or ident is None or payload.project_uid != ident.uid:
        raise pe.PackageError(pe.FOREIGN, where, f"a return for another project ({payload.project_uid})")
    if payload.member != issue.member_id:
        raise pe.PackageError(pe.WRONG_MEMBER, where, f"names member {payload.member}, but package "
                                                      f"{issue.package_id} was made for member {issue.member_id}")
    if payload.manifest_sha256 != issue.manifest_sha256:
        raise pe.PackageError(pe.FOREIGN, where, "made from another package content than this project exported")
    if issue.superseded_by is not None:
        raise pe.PackageError(pe.SUPERSEDED, where, f"package {issue.package_id} was replaced by a newer package for "
                                                    f"member {issue.member_id} ({issue.superseded_by}); only returns "
                                                    "of the newest package are accepted")
    return issue, payload


def _same(session: Session, factor: str, old_text: str, value: object) -> bool:
    """Whether a stored value and a returned one give the same points (as record_score judges "unchanged")."""
    frow = session.get(FactorRow, factor)
    if frow is None:
        return False
    f = factor_from_row(frow)
    try:
        return parse_value(f, jsontext.loads(old_text)) == parse_value(f, value)
    except (ValueError, ArithmeticError, RecursionError):  # ValueRejected is a ValueError
        return False


def _merge(store: ProjectStore, session: Session, sealed: SealedReturn, digest: str, where: str, *, by: str,
           reason: str | None, art64: str | None, dry_run: bool) -> ImportReport:
    issue, payload = _verified_payload(session, sealed, where)
    member = issue.member_id

    def report(changes: tuple[MergedScore, ...], submits: bool, duplicate: bool, audit_id: int | None) -> ImportReport:
        return ImportReport(where, issue.package_id, member, payload.sequence, len(payload.scores), changes, submits,
                            duplicate, dry_run, audit_id)

    merged = {seq: sha for seq, sha in session.execute(
        select(PackageMergeRow.sequence, PackageMergeRow.return_sha256)
        .where(PackageMergeRow.package_id == issue.package_id))}
    if payload.sequence in merged:
        if merged[payload.sequence] == digest:
            return report((), False, True, None)
        raise pe.PackageError(pe.CONFLICT, where, f"another return with sequence {payload.sequence} of this package "
                                                  "was merged already (two copies of the package were used?)")
    if merged and payload.sequence < max(merged):
        raise pe.PackageError(pe.STALE, where, f"older (sequence {payload.sequence}) than return {max(merged)} of "
                                               "this package, merged already")
    mrow = session.get(MemberRow, member)
    if mrow is None:
        raise pe.PackageError(pe.BAD_CONTENT, where, f"member {member} is no longer in the project")
    by_code = {code: bidder for bidder, code in read_codes(session).items()}
    blind = set(session.scalars(select(FactorRow.id).where(FactorRow.blind.is_(True))))
    joined = _Joined(store, session)
    changes: list[MergedScore] = []
    for i, entry in enumerate(payload.scores):
        at = f"{where}: scores[{i}]"
        code = entry.bidder if entry.factor in blind else None
        bidder = by_code.get(entry.bidder) if code is not None else entry.bidder
        if bidder is None:
            raise pe.PackageError(pe.BAD_CONTENT, at, f"{entry.bidder} is not a blind code of this project")
        try:
            value = score_value(entry.value)
        except (ValueError, RecursionError):
            raise pe.PackageError(pe.BAD_CONTENT, at, "the value is not readable JSON") from None
        old = session.scalars(select(ScoreRow.value).where(
            ScoreRow.member_id == member, ScoreRow.bidder_id == bidder, ScoreRow.factor_id == entry.factor)).first()
        if old is not None and _same(session, entry.factor, old, value):
            continue  # unchanged: no reason needed even on a submitted sheet
        try:
            change = scores.record_score(joined, member, bidder, entry.factor, value, by=member,
                                         reason=entry.reason or reason, art64=entry.art64 or art64,
                                         keep_ignored=True)  # the member's return is kept as given
        except InvalidInput as exc:
            raise pe.PackageError(pe.BAD_CONTENT, at, f"bidder {entry.bidder} factor {entry.factor} cannot be merged",
                                  [Problem(at, str(p)) for p in exc.problems]) from None
        if change.changed:
            changes.append(MergedScore(bidder, code, entry.factor, old, jsontext.score_text(value)))
    submits = payload.submitted and mrow.submitted_at is None
    if submits:
        try:
            members.submit_member(joined, member, by=member)
        except InvalidInput as exc:
            raise pe.PackageError(pe.BAD_CONTENT, where, f"the return is submitted, but member {member}'s sheet "
                                                         "cannot be submitted in the project",
                                  [Problem(where, str(p)) for p in exc.problems]) from None
    audit_id = add_event(session, by=by, action="import", entity="package_return",
                         key=entity_key(issue.package_id, str(payload.sequence)), old=None,
                         new=jsontext.dumps({"member": member, "sequence": payload.sequence, "sha256": digest,
                                             "scores": len(payload.scores), "changed": len(changes),
                                             "submitted": submits, "file": Path(where).name}))
    session.add(PackageMergeRow(package_id=issue.package_id, sequence=payload.sequence, return_sha256=digest,
                                merged_at=now_utc(), merged_by=by, changes=len(changes), submitted=submits,
                                audit_id=audit_id))
    session.flush()
    return report(tuple(changes), submits, False, audit_id)
