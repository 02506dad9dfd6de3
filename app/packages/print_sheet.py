"""The offline expert's own signed score sheet (评委个人评分表), printed from their package.

Built by the report pack's own builder (:func:`app.reports.data.build_sheets`) and drawn by its own
section and writers, so the sheet has the same layout, footer and fingerprint as the member's sheet
in the project's report pack: for a tender without blind factors the two fingerprints are equal once
the return is merged (tested). Blind (暗标) factors cannot be placed in the bidders' rows (the package
does not know which code is which bid), so they are printed as a second table by code, and the first
table then holds the other factors only.
"""

from __future__ import annotations

import dataclasses
import os
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem, Refused
from app.domain.result import BidderResult, Result
from app.domain.scoring import parse_value, points
from app.packages.files import check_replaceable, temporary_sibling
from app.packages.package import PackageRef, opened_package
from app.persistence.mapping import read_evaluation
from app.persistence.packages import PackageCellRow, PackageCodeRow
from app.reports.data import MemberSheet, build_header, build_sheets
from app.reports.document import Document, Section
from app.reports.sections import sheet_section

ZERO = Decimal(0)


def _sheet(ev: m.Evaluation, member: str, bids: list[m.Bidder], factors: list[m.Factor]) -> MemberSheet:
    """The member's sheet over these bids (or codes) and factors, through the report pack's builder."""
    raw = {(s.member, s.bidder, s.factor): s.value for s in ev.scores}
    rows = []
    for b in bids:
        pts = {}
        for f in factors:
            value = raw.get((member, b.id, f.id), raw.get((None, b.id, f.id)))
            pts[f.id] = points(f, parse_value(f, value))
        rows.append(BidderResult(id=b.id, status="valid", reasons=(), price=ZERO, evaluated_price=ZERO, deduction=ZERO,
                                 low_price=(), member_points={member: pts},
                                 member_totals={member: sum(pts.values(), ZERO)}))
    part = dataclasses.replace(ev, bidders=tuple(bids), factors=tuple(factors),
                               members=tuple(x for x in ev.members if x.id == member))
    result = Result(final=False, failed=False, candidates=(), bidders=tuple(rows), issues=(),
                    decimals=ev.rules.decimals)
    (sheet,) = build_sheets(part, result, build_header(ev))
    return sheet


def package_sheet_document(package: PackageRef) -> Document:
    """The member's signed sheet as a printable document (refused while a cell is unscored).

    Raises:
        InvalidInput: cells still unscored (each listed, at most 20).
    """
    with opened_package(package) as pkg, pkg.store.read() as session:
        ev = read_evaluation(session.connection(), str(pkg.path))
        cells = list(session.execute(select(PackageCellRow.bidder, PackageCellRow.factor)
                                     .order_by(PackageCellRow.position)))
        codes = list(session.scalars(select(PackageCodeRow.code).order_by(PackageCodeRow.position)))
        member = pkg.member
    given = {(s.member, s.bidder, s.factor) for s in ev.scores}
    missing = [(b, f) for b, f in cells if (member, b, f) not in given and (None, b, f) not in given]
    if missing:
        problems = [Problem.of("--member", "print_sheet.bidder_not_scored_factor",
                               "bidder %1 is not scored on factor %2 yet", b, f) for b, f in missing[:20]]
        if len(missing) > 20:
            problems.append(Problem.of("--member", "print_sheet.more_scores_missing",
                                       "... %1 more scores missing", len(missing) - 20))
        raise InvalidInput(problems)
    factors = [f for f in ev.factors if not f.is_price]
    blind = [f for f in factors if f.blind]
    plain = [f for f in factors if not f.blind]
    code_set = set(codes)
    on_sheet = {b for b, f in cells if b not in code_set}
    on_sheet |= {s.bidder for s in ev.scores if s.member is None and s.bidder not in code_set}
    bids = [b for b in ev.bidders if b.id in on_sheet]
    sections: list[Section] = [sheet_section(_sheet(ev, member, bids, plain))]
    if blind:
        coded = [b for b in ev.bidders if b.id in code_set]
        part = _sheet(ev, member, coded, blind)
        part = dataclasses.replace(part, member=f"{member}（暗标部分）")
        sections.append(sheet_section(part))
    name = next((x.name for x in ev.members if x.id == member), member)
    return Document(f"{ev.project.name} 评委个人评分表（{name}）", build_header(ev), tuple(sections))


def write_package_sheet(package: PackageRef, out_path: str | Path, fmt: str = "pdf") -> Path:
    """Write the member's sheet as PDF or Word (``fmt`` ``pdf`` or ``docx``), replacing the file atomically.

    Raises:
        InvalidInput: cells still unscored; ValueError: an unknown format; PackageError: the target is a
        project or package file.
    """
    if fmt not in ("pdf", "docx"):
        raise Refused("print_sheet.unknown_sheet_format_pdf", "unknown sheet format %1 (pdf or docx)", repr(fmt))
    from app.reports.pdf import write_pdf
    from app.reports.word import write_docx

    doc = package_sheet_document(package)
    target = Path(out_path)
    check_replaceable(target)
    tmp = temporary_sibling(target)
    try:
        (write_pdf if fmt == "pdf" else write_docx)(doc, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
