"""``audit verify PROJECT_FILE``: is the audit log intact, and do the records agree with it (registered in app.cli).

Exit 0 with ``ok intact: N events, head H``; exit 1 with the first broken event and what differs.
Opening the file chains one made before the chain existed and re-creates missing triggers.
"""

from __future__ import annotations

import argparse
import sys

from app.cli import EXIT_FAILURE, EXIT_OK, command
from app.cli_project import _guarded


def _audit_args(p: argparse.ArgumentParser) -> None:
    subs = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = subs.add_parser("verify", help="check the audit chain and the records against it")
    verify.add_argument("project_file", help="the project file")


@command("audit", "the audit log: verify its chain (every event linked by hash to the one before)", _audit_args)
@_guarded
def _audit(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from app.persistence import chain
    from app.persistence.audit import AuditRow
    from app.persistence.store import ProjectStore

    with ProjectStore.open(args.project_file) as store:
        if store.broken is not None:
            print(f"broken: {store.broken}", file=sys.stderr)
            return EXIT_FAILURE
        with store.read() as session:
            events = int(session.scalar(select(func.count()).select_from(AuditRow)) or 0)
            head = chain.head_hash(session.connection())
    print(f"ok intact: {events} events, head {head}")
    return EXIT_OK
