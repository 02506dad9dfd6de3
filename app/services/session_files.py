"""The door's reads and its file operations: what pages show beside the evaluation, and what they write out.

Member states, issued packages, blind codes, the report pack's input; a member's package out and a
return in; bidders' response files in; the tender published for bidders. Each is one unit of work
through the services, as the command line does it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.persistence.chain import Break
from app.services import responses
from app.services.common import Change
from app.services.members import MemberState, member_states
from app.services.packages import (
    ImportReport,
    IssuedPackage,
    PackageSummary,
    blind_codes,
    export_package,
    import_return,
    issued_packages,
)
from app.services.reports import PackInput, pack_input
from app.services.session_ops import SessionBase


class FileOps(SessionBase):
    """Reads a page needs beside the evaluation, and the files the project writes and takes in."""

    # -- reads -----------------------------------------------------------------------------------
    def member_states(self) -> list[MemberState]:
        """Every member in order, with their sheet's state."""
        return member_states(self.store)

    def submitted(self) -> dict[str, bool]:
        """Each member's id → whether their sheet is submitted."""
        return {s.id: s.submitted_at is not None for s in self.member_states()}

    def issued_packages(self) -> list[IssuedPackage]:
        """Every scoring package issued, with what came back."""
        return issued_packages(self.store)

    def blind_codes(self) -> dict[str, str]:
        """Every bidder's blind code (made on first need)."""
        return blind_codes(self.store, by=self.by)

    def chain_break(self) -> Break | None:
        """Where the audit chain was found broken when the project was opened (it is then read-only)."""
        return self.store.broken

    def pack_input(self) -> PackInput:
        """What the report pack is made of, read now."""
        return pack_input(self.store)

    def report_folder(self) -> Path:
        """Where the report pack goes by default: beside the project file."""
        path = Path(self.store.path)
        return path.parent / f"{path.stem}-报告"

    # -- files out and in ------------------------------------------------------------------------
    def export_package(self, member: str, path: Path) -> PackageSummary:
        """Write a member's scoring package (never over a file)."""
        return export_package(self.store, member, path, by=self.by)

    def preview_return(self, path: Path) -> ImportReport:
        """Verify a return and say what it would change (nothing is written)."""
        return import_return(self.store, path, by=self.by, dry_run=True)

    def merge_return(self, path: Path) -> Change:
        """Merge a member's return (verified again) into the project."""

        def merge(store: Any) -> Change:
            report = import_return(store, path, by=self.by)
            return Change("package_return", (report.member,), report.audit_id)

        return self.record(merge)

    def import_responses(self, paths: list[str]) -> responses.ResponsesTaken:
        """Take bidders' response files into the opening record (one edit, one audit event)."""
        holder: list[responses.ResponsesTaken] = []

        def take(store: Any) -> Change:
            taken = responses.import_responses(store, paths, by=self.by)
            holder.append(taken)
            return Change("setup", (), taken.audit_id)

        self.record(take)
        return holder[0]

    def publish_tender(self, out: str | os.PathLike[str]) -> Path:
        """Write the tender part of the project as the file bidders open (never over a file)."""
        return responses.publish_tender(self.store, out)


