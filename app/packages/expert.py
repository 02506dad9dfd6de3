"""The expert's side of a package (the headless expert mode): the sheet, scoring, submitting, the return.

The service API the expert-mode window builds on; each function is one unit of work on a package
(a path, or a :class:`~app.packages.package.Package` kept open) and returns plain data:

* :func:`app.packages.package.open_package` — open and verify a package;
* :func:`package_info` — who, what project, how far (cells scored, submitted, returns written);
* :func:`package_sheet` — the member's sheet, cell by cell (blind factors by code);
* :func:`package_cells`, :func:`package_codes` — the sheet's bidders by factor, the blind codes;
* :func:`package_tender` — the tender as an :class:`~app.domain.model.Evaluation` (matrix, rules, bidders);
* :func:`record_package_score` — record a score, exactly as :func:`app.services.scores.record_score`;
* :func:`submit_package` — lock the sheet (later changes need a reason and an Art.64 category);
* :func:`write_return` — write the sealed return file (submitting first unless ``submit=False``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext
from app.packages import errors as pe
from app.packages.files import check_replaceable, write_replacing
from app.packages.keys import fingerprint, sha256_hex
from app.packages.package import PackageRef, opened_package, package_meta
from app.packages.sealed import ReturnedScore, ReturnPayload, seal
from app.persistence.audit import AuditRow
from app.persistence.bids import OPEN, SUBMITTED, BidderRow, MemberRow
from app.persistence.mapping import read_evaluation, score_value
from app.persistence.packages import PackageCellRow, PackageCodeRow
from app.persistence.review import ScoreRow
from app.persistence.schema import now_utc
from app.persistence.tender import FactorRow, MetaRow
from app.services import scores
from app.services.common import Change, add_event, entity_key

MAX_LISTED = 20


@dataclass(frozen=True)
class PackageState:
    """A package at a glance."""

    path: Path
    package_id: str
    project_uid: str
    project_name: str
    project_number: str
    member: str
    member_name: str
    issued_at: str
    agency_key: str
    cells: int
    scored: int
    submitted_at: str | None
    returns_written: int


@dataclass(frozen=True)
class SheetCell:
    """One cell of the member's sheet. ``bidder`` is what ``--bidder`` takes (the id, or the code if blind)."""

    bidder: str
    label: str
    factor: str
    factor_name: str
    category: str
    blind: bool
    scored: bool
    value: object


@dataclass(frozen=True)
class ReturnSummary:
    """What :func:`write_return` wrote."""

    path: Path
    package_id: str
    member: str
    sequence: int
    scores: int
    submitted: bool
    sha256: str


def _codes(session: Session) -> set[str]:
    return set(session.scalars(select(PackageCodeRow.code)))


def _scored(session: Session, member: str) -> dict[tuple[str | None, str, str], str]:
    s = ScoreRow
    rows = session.execute(select(s.member_id, s.bidder_id, s.factor_id, s.value)
                           .where((s.member_id == member) | s.member_id.is_(None)))
    return {(mem, b, f): v for mem, b, f, v in rows}


def package_info(package: PackageRef) -> PackageState:
    """Who and what the package is for, and how far the member got."""
    with opened_package(package) as pkg, pkg.store.read() as session:
        mf = pkg.manifest
        cells = list(session.execute(select(PackageCellRow.bidder, PackageCellRow.factor)))
        given = _scored(session, mf.member)
        row = session.get(MemberRow, mf.member)
        seq = int(package_meta(session).get("return_sequence", "0"))
        scored = sum(1 for b, f in cells if (mf.member, b, f) in given)
        return PackageState(pkg.path, mf.package_id, mf.project_uid, mf.project_name, mf.project_number, mf.member,
                            mf.member_name, mf.issued_at, fingerprint(mf.agency_public_key), len(cells), scored,
                            row.submitted_at if row is not None else None, seq)


def package_sheet(package: PackageRef) -> list[SheetCell]:
    """The member's sheet in matrix order: each cell's bidder (or code), factor, and value if scored."""
    with opened_package(package) as pkg, pkg.store.read() as session:
        names = {i: n for i, n in session.execute(select(BidderRow.id, BidderRow.name))}
        factors = {r.id: r for r in session.scalars(select(FactorRow))}
        given = _scored(session, pkg.member)
        out = []
        for b, f in session.execute(select(PackageCellRow.bidder, PackageCellRow.factor)
                                    .order_by(PackageCellRow.position)):
            frow = factors[f]
            text = given.get((pkg.member, b, f))
            out.append(SheetCell(b, names.get(b, b), f, frow.name, frow.category, frow.blind, text is not None,
                                 score_value(text) if text is not None else None))
        return out


def package_cells(package: PackageRef) -> dict[str, list[str]]:
    """The member's sheet by factor: the bidders (codes for a blind factor) to score, in matrix order."""
    with opened_package(package) as pkg, pkg.store.read() as session:
        cells: dict[str, list[str]] = {}
        for bidder, factor in session.execute(select(PackageCellRow.bidder, PackageCellRow.factor)
                                              .order_by(PackageCellRow.position)):
            cells.setdefault(factor, []).append(bidder)
        return cells


def package_codes(package: PackageRef) -> list[str]:
    """The blind codes the package's bids go by, in their order."""
    with opened_package(package) as pkg, pkg.store.read() as session:
        return list(session.scalars(select(PackageCodeRow.code).order_by(PackageCodeRow.position)))


def package_tender(package: PackageRef) -> m.Evaluation:
    """The package's evaluation data (tender, matrix, bidders and code rows, the member's and joint entries)."""
    with opened_package(package) as pkg, pkg.store.read() as session:
        return read_evaluation(session.connection(), str(pkg.path))


def record_package_score(
    package: PackageRef,
    member: str | None,
    bidder: str,
    factor: str,
    raw_value: object,
    *,
    by: str,
    reason: str | None = None,
    art64: str | None = None,
) -> Change:
    """Record one of the member's scores in their package: checked, stored and audited as in a project file.

    Args:
        package: the package file or an open package.
        member: must be the package's member (a package holds that member's sheet only).
        bidder: the bidder's id; for a blind (暗标) factor, the bidder's code.
        factor: the factor's id.
        raw_value: the value as in the exchange file.
        by: who records it (the package's audit log).
        reason: why (required once the sheet is submitted).
        art64: the Art.64 category (required once the sheet is submitted).

    Returns:
        The change, once durably stored (``audit_id`` None when the value was already so).

    Raises:
        InvalidInput: another member, a bidder id for a blind factor (or a code for another), or any
            problem :func:`app.services.scores.record_score` finds; nothing changed.
    """
    with opened_package(package) as pkg:
        problems: list[Problem] = []
        if member is None:
            problems.append(Problem.of("--member", "expert.package_holds_member_sheet",
                                       "a package holds member %1's sheet only; joint (committee) scores are entered "
                                       "in the project",
                                       pkg.member))
        elif member != pkg.member:
            problems.append(Problem.of("--member", "expert.package_holds_member_sheet_2",
                                       "this package holds member %1's sheet, not %2's", pkg.member, member))
        with pkg.store.read() as session:
            frow = session.get(FactorRow, factor) if factor else None
            codes = _codes(session)
            real = session.get(BidderRow, bidder) is not None and bidder not in codes if bidder else False
        if frow is not None and frow.blind and real:
            problems.append(Problem.of("--bidder", "expert.factor_scored_blind_give",
                                       "factor %1 is scored blind (暗标): give the bidder's code, not its id", factor))
        elif frow is not None and not frow.blind and bidder in codes:
            problems.append(Problem.of("--bidder", "expert.blind_code_but_factor",
                                       "%1 is a blind code, but factor %2 is not blind: give the bidder's id",
                                       bidder, factor))
        if problems:
            raise InvalidInput(problems)
        return scores.record_score(pkg.store, member, bidder, factor, raw_value, by=by, reason=reason, art64=art64)


def _missing(session: Session, member: str) -> list[tuple[str, str]]:
    given = _scored(session, member)
    cells = session.execute(select(PackageCellRow.bidder, PackageCellRow.factor)
                            .order_by(PackageCellRow.position))
    return [(b, f) for b, f in cells if (member, b, f) not in given and (None, b, f) not in given]


def submit_package(package: PackageRef, *, by: str, member: str | None = None) -> Change:
    """Submit (lock) the member's sheet in the package: refused while a cell is unscored.

    Args:
        package: the package file or an open package.
        by: who submits (the package's audit log).
        member: when given, must be the package's member (as ``submit --member`` names it).

    Returns:
        The change (``audit_id`` None when the sheet was already submitted).

    Raises:
        InvalidInput: another member, or cells still unscored (each listed); nothing changed.
    """
    with opened_package(package) as pkg, pkg.store.write() as session:
        if member is not None and member != pkg.member:
            raise InvalidInput([Problem.of("--member", "expert.package_holds_member_sheet_2",
                                           "this package holds member %1's sheet, not %2's", pkg.member, member)])
        member = pkg.member
        row = session.get(MemberRow, member)
        if row is None:  # pragma: no cover - the content digest covers the member row
            raise pe.PackageError(pe.PACKAGE_ALTERED, str(pkg.path), "the package has no member")
        if row.submitted_at is not None:
            return Change("member", (member,), None)
        missing = _missing(session, member)
        problems = [Problem.of("--member", "expert.member_has_not_scored",
                               "member %1 has not scored bidder %2 on factor %3", member, b, f)
                    for b, f in missing[:MAX_LISTED]]
        if len(missing) > MAX_LISTED:
            problems.append(Problem.of("--member", "expert.more_scores_missing",
                                       "... %1 more scores missing", len(missing) - MAX_LISTED))
        if problems:
            raise InvalidInput(problems)
        row.submitted_at, row.submitted_by = now_utc(), by
        audit_id = add_event(session, by=by, action="submit", entity="member", key=entity_key(member),
                             old=jsontext.dumps({"state": OPEN}),
                             new=jsontext.dumps({"state": SUBMITTED, "at": row.submitted_at}))
    return Change("member", (member,), audit_id)


def _reasons(session: Session) -> dict[str, tuple[str | None, str | None]]:
    """The reason and Art.64 category of each score's last change (by audit key)."""
    out: dict[str, tuple[str | None, str | None]] = {}
    rows = session.execute(select(AuditRow.key, AuditRow.reason, AuditRow.art64)
                           .where(AuditRow.entity == "score").order_by(AuditRow.id))
    for key, reason, art64 in rows:
        out[key] = (reason, art64)
    return out


def write_return(
    package: PackageRef, out_path: str | os.PathLike[str], *, by: str | None = None, submit: bool = True
) -> ReturnSummary:
    """Write the member's sealed return file: every score of theirs, signed with the package's member key.

    Each return takes the next sequence number (kept in the package, durably, before the file is
    written), so the project can refuse an older return after a newer one.

    Args:
        package: the package file or an open package.
        out_path: the return file to write (replaced atomically; never a project or package file).
        by: who writes it.
        submit: submit the sheet first (refused while a cell is unscored); False writes a draft return.

    Raises:
        InvalidInput: unscored cells when submitting; PackageError: an unusable target.
    """
    target = Path(out_path)
    check_replaceable(target)
    with opened_package(package) as pkg:
        if submit:
            submit_package(pkg, by=by or pkg.member)
        mf = pkg.manifest
        with pkg.store.write() as session:
            sequence = int(package_meta(session).get("return_sequence", "0")) + 1
            session.execute(update(MetaRow).where(MetaRow.key == "return_sequence").values(value=str(sequence)))
            reasons = _reasons(session)
            rows = session.execute(select(ScoreRow.bidder_id, ScoreRow.factor_id, ScoreRow.value)
                                   .where(ScoreRow.member_id == mf.member).order_by(ScoreRow.id))
            entries = []
            for b, f, value in rows:
                reason, art64 = reasons.get(entity_key(mf.member, b, f), (None, None))
                entries.append(ReturnedScore(b, f, value, reason, art64))
            row = session.get(MemberRow, mf.member)
            submitted = row is not None and row.submitted_at is not None
            # who wrote it, as the package knows the member: never the computer's login name
            signer = row.name if row is not None and row.name else mf.member
        payload = ReturnPayload(mf.package_id, mf.project_uid, mf.member, mf.sha256, sequence, now_utc(), submitted,
                                signer, tuple(entries))
        data = seal(payload, pkg.member_key)
    write_replacing(target, data)
    return ReturnSummary(target, mf.package_id, mf.member, sequence, len(entries), submitted, sha256_hex(data))
