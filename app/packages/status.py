"""The agency's view of its packages: which were issued to whom, which are current, what came back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.persistence.packages import PackageIssueRow, PackageMergeRow, has_table
from app.services.common import ProjectRef, opened


@dataclass(frozen=True)
class IssuedPackage:
    """A package the project exported, and the returns merged from it (``last_sequence`` 0: none yet)."""

    package_id: str
    member: str
    issued_at: str
    issued_by: str
    cells: int
    superseded_by: str | None
    returns_merged: int
    last_sequence: int
    last_merged_at: str | None
    submitted: bool

    @property
    def current(self) -> bool:
        """Whether returns of this package are still accepted (no newer package for the member)."""
        return self.superseded_by is None


def issued_packages(project: ProjectRef) -> list[IssuedPackage]:
    """Every package the project issued, oldest first, with what was merged from each (nothing is written)."""
    with opened(project) as store, store.read() as session:
        if not has_table(session.connection(), PackageIssueRow.__tablename__):
            return []
        merges: dict[str, list[PackageMergeRow]] = {}
        for row in session.scalars(select(PackageMergeRow).order_by(PackageMergeRow.id)):
            merges.setdefault(row.package_id, []).append(row)
        out = []
        for p in session.scalars(select(PackageIssueRow).order_by(PackageIssueRow.issued_at)):
            done = merges.get(p.package_id, [])
            last = max(done, key=lambda r: r.sequence) if done else None
            out.append(IssuedPackage(
                p.package_id, p.member_id, p.issued_at, p.issued_by, p.cells, p.superseded_by, len(done),
                last.sequence if last else 0, last.merged_at if last else None, any(r.submitted for r in done),
            ))
        return out
