"""Exporting a member's scoring package: the tender, the bids (blind factors under codes), the member's sheet.

What a package holds, and what it does not (docs/packages.md): the project data, rules, checklists
and matrix; every bidder as opened (names and prices: they are not blind), plus one row per blind
code with no name, price or anything else; the member alone of the committee; the joint checklist
verdicts, the committee's decisions and the joint objective scores; the member's own verdicts and
scores; the sheet of cells to score. Never: other members' verdicts or scores, the code-to-bidder
key, the bidders' declaration figures, the agency's private key.
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain import model as m
from app.domain.engine import review_bids
from app.domain.extras import FACTOR_TEXT, GRADE_WORDS
from app.domain.problems import InvalidInput, Problem
from app.domain.validate import check_structure
from app.exchange import jsontext
from app.packages.files import PACKAGE_APPLICATION_ID, check_new_target, publish_new, temporary_sibling
from app.packages.identity import ProjectIdentity, ensure_codes, ensure_identity
from app.packages.keys import KeyPair, fingerprint
from app.packages.package import APPLICATION, FORMAT, Manifest, content_digest
from app.persistence.bids import MemberRow
from app.persistence.mapping import read_evaluation, write_evaluation
from app.persistence.packages import (
    PACKAGE_TABLES,
    PROJECT_TABLES,
    PackageCellRow,
    PackageCodeRow,
    PackageIssueRow,
    ensure_tables,
)
from app.persistence.schema import now_utc
from app.persistence.store import ProjectStore, remove_with_sidecars
from app.persistence.tender import MetaRow
from app.services.common import ProjectRef, add_event, entity_key, need_id, opened

#: The ``x`` extensions a package carries (the tender's own words); the rest stays in the project.
KEPT_EXTENSIONS = (GRADE_WORDS, FACTOR_TEXT)


@dataclass(frozen=True)
class PackageSummary:
    """What an export wrote."""

    path: Path
    package_id: str
    member: str
    cells: int
    codes: int
    superseded: tuple[str, ...]
    agency_key: str


def scored_bids(ev: m.Evaluation) -> list[str]:
    """The bids a member scores: every bid with a readable price that is not invalid, in opening order."""
    reviews = review_bids(ev, check_structure(ev, []))
    return [b.id for b in ev.bidders if (r := reviews.get(b.id)) is not None and r.status != "invalid"]


def sheet_cells(ev: m.Evaluation, codes: dict[str, str]) -> list[tuple[str, str]]:
    """The cells a member is to score: every scored bid × every factor but price, in matrix order.

    A joint objective score stands for the member (as :func:`app.services.members.missing_scores`
    counts). A blind factor's cells name the bidders by code (``codes``), in code order.
    """
    valid = scored_bids(ev)
    joint = {(s.bidder, s.factor) for s in ev.scores if s.member is None}
    cells: list[tuple[str, str]] = []
    for f in ev.factors:
        if f.is_price:
            continue
        bidders = [b for b in valid if not (f.objective and (b, f.id) in joint)]
        if f.blind:
            cells += sorted((codes[b], f.id) for b in bidders)
        else:
            cells += [(b, f.id) for b in bidders]
    return cells


def package_evaluation(ev: m.Evaluation, member: str, code_of: dict[str, str]) -> m.Evaluation:
    """The evaluation a member's package holds (see the module's doc); ``code_of`` has the sheet's bids only."""
    blind = {f.id for f in ev.factors if f.blind}
    plain: list[m.Score] = []
    coded: list[m.Score] = []
    for s in ev.scores:
        if s.member not in (None, member):
            continue
        if s.factor not in blind:
            plain.append(s)
        elif s.bidder in code_of:
            coded.append(dataclasses.replace(s, bidder=code_of[s.bidder]))
    position = {f.id: i for i, f in enumerate(ev.factors)}
    coded.sort(key=lambda s: (s.bidder, position[s.factor], s.member or ""))
    code_rows = tuple(m.Bidder(id=c, name=c, price=None) for c in sorted(code_of.values()))
    return dataclasses.replace(
        ev,
        bidders=ev.bidders + code_rows,
        members=tuple(x for x in ev.members if x.id == member),
        checks=tuple(c for c in ev.checks if c.member in (None, member)),
        scores=(*plain, *coded),
        extensions={k: v for k, v in ev.extensions.items() if k in KEPT_EXTENSIONS},
    )


def _write_package(tmp: Path, pev: m.Evaluation, cells: list[tuple[str, str]], codes: list[str],
                   ident: ProjectIdentity, package_id: str, member: m.Member, member_key: KeyPair, *,
                   by: str) -> Manifest:
    """Build the package file at ``tmp`` (closed and synced when this returns)."""
    issued_at = now_utc()
    store = ProjectStore.create(tmp)
    try:
        with store.write() as session:
            conn = session.connection()
            conn.exec_driver_sql(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
            session.execute(update(MetaRow).where(MetaRow.key == "application").values(value=APPLICATION))
            write_evaluation(session, pev)
            ensure_tables(conn, PACKAGE_TABLES)
            session.add_all(PackageCodeRow(code=c, position=i) for i, c in enumerate(codes))
            session.add_all(PackageCellRow(position=i, bidder=b, factor=f) for i, (b, f) in enumerate(cells))
            add_event(session, by=by, action="export", entity="package", key=entity_key(package_id), old=None,
                      new=jsontext.dumps({"member": member.id, "cells": len(cells)}))
            session.flush()
            manifest = Manifest(
                package_id=package_id, project_uid=ident.uid, member=member.id, member_name=member.name,
                member_public_key=member_key.public_hex, agency_public_key=ident.agency.public_hex,
                content_sha256=content_digest(session.connection()), issued_at=issued_at,
                project_name=pev.project.name, project_number=pev.project.number,
            )
            _put_meta(session, {
                "package_format": FORMAT, "package_id": package_id, "project_uid": ident.uid, "member_id": member.id,
                "issued_at": issued_at, "member_private_key": member_key.private_hex, "return_sequence": "0",
                "manifest": manifest.text.decode(), "manifest_signature": ident.agency.sign(manifest.text).hex(),
            })
    finally:
        store.close()
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    return manifest


def _put_meta(session: Session, values: dict[str, str]) -> None:
    for key, value in values.items():
        session.merge(MetaRow(key=key, value=value))


def export_package(project: ProjectRef, member: str, out_path: str | os.PathLike[str], *,
                   by: str) -> PackageSummary:
    """Write a member's scoring package; the project records it (and its member public key).

    A new package for a member supersedes the member's earlier ones: their returns are refused from
    then on. The project's uid, agency key and blind codes are made on first need.

    Args:
        project: the project file or an open store.
        member: the member's id.
        out_path: the package file to create (never overwritten).
        by: who exports (audit log).

    Returns:
        What was written.

    Raises:
        InvalidInput: unknown member; PackageError: the target exists or its folder does not.
    """
    target = Path(out_path)
    check_new_target(target)
    tmp = temporary_sibling(target)
    published = False
    try:
        with opened(project) as store, store.write() as session:
            problems: list[Problem] = []
            need_id(problems, "--member", member)
            row = session.get(MemberRow, member) if not problems else None
            if row is None and not problems:
                problems.append(Problem.of("--member", "export.unknown_member", "unknown member %1", member))
            if problems or row is None:
                raise InvalidInput(problems)
            ensure_tables(session.connection(), PROJECT_TABLES)
            ident = ensure_identity(session, by=by)
            ev = read_evaluation(session.connection(), str(store.path))
            codes = ensure_codes(session, by=by) if any(f.blind for f in ev.factors) else {}
            clash = sorted(set(codes.values()) & {b.id for b in ev.bidders})
            if clash:
                raise InvalidInput([Problem.of("--member", "export.blind_code_also_bidder",
                                               "the blind code %1 is also a bidder's id; rename that bidder before "
                                               "exporting packages",
                                               clash[0])])
            cells = sheet_cells(ev, codes)
            code_of = {b: codes[b] for b in scored_bids(ev)} if codes else {}
            package_id, member_key = uuid.uuid4().hex, KeyPair.generate()
            manifest = _write_package(tmp, package_evaluation(ev, member, code_of), cells, sorted(code_of.values()),
                                      ident, package_id, m.Member(row.id, row.name, row.role), member_key, by=by)
            older = list(session.scalars(
                select(PackageIssueRow.package_id)
                .where(PackageIssueRow.member_id == member, PackageIssueRow.superseded_by.is_(None))))
            session.execute(update(PackageIssueRow).where(PackageIssueRow.package_id.in_(older))
                            .values(superseded_by=package_id))
            session.add(PackageIssueRow(package_id=package_id, member_id=member, public_key=member_key.public_hex,
                                        manifest_sha256=manifest.sha256, cells=len(cells), issued_at=manifest.issued_at,
                                        issued_by=by, superseded_by=None))
            add_event(session, by=by, action="export", entity="package", key=entity_key(package_id), old=None,
                      new=jsontext.dumps({"member": member, "cells": len(cells), "manifest_sha256": manifest.sha256,
                                          "superseded": older}))
            session.flush()
            # Named before the project commits: should the commit fail, the file is removed again; should the
            # machine stop in between, the package exists but the project never issued it (its returns are
            # refused as foreign), which is the safe way round.
            publish_new(tmp, target)
            published = True
    except BaseException:
        if published:
            target.unlink(missing_ok=True)
        raise
    finally:
        remove_with_sidecars(tmp)
    return PackageSummary(target, package_id, member, len(cells), len(code_of), tuple(older),
                          fingerprint(manifest.agency_public_key))
