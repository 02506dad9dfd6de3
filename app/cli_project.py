"""Project-file commands: ``import``, ``export``, ``score``, ``check``, ``submit``, ``finalise``, ``reopen``.

Every command prints ``ok`` (or its result) on stdout only after its transaction has committed;
bad input prints one line per problem on stderr and exits 2 with nothing changed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sqlite3
import sys
from collections.abc import Callable
from decimal import Decimal
from functools import wraps
from pathlib import Path

from app.cli import EXIT_FAILURE, EXIT_OK, command
from app.domain.art64 import ART64
from app.persistence.errors import StorageError

#: ``--member`` values that mean the committee's joint entry (member null in the exchange file).
JOINT = ("committee", "-")

Handler = Callable[[argparse.Namespace], int]


def _guarded(handler: Handler) -> Handler:
    """Storage failures (locked, read-only, disk full …) → a message and exit status 1, never a traceback."""

    @wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import SQLAlchemyError  # imported late: the headless evaluate must start fast

        try:
            return handler(args)
        except StorageError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE

    return run


def default_user() -> str:
    """Who is recording, when ``--by`` is not given: the login name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no login name (some containers)
        return "cli"


def parse_value(text: str) -> object:
    """A ``--value`` as in the exchange file: JSON when it parses (``3``, ``"0.8"``, ``[…]``, ``null``), else text."""

    def no_constant(name: str) -> object:
        raise ValueError(name)

    try:
        return json.loads(text, parse_float=Decimal, parse_constant=no_constant)
    except ValueError:  # JSONDecodeError, NaN/Infinity, or too many digits: the text as it is
        return text


def member_arg(text: str | None) -> str | None:
    """``--member committee`` / ``--member -`` (or none given) is the joint entry."""
    return None if text is None or text in JOINT else text


# -- import / export --------------------------------------------------------------------------
def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("exchange_file", help="the exchange file (bideval/1 JSON)")
    p.add_argument("project_file", help="the project file to create (.bidesk); never overwritten")
    p.add_argument("--by", default=None, help="who imports (audit log); default: the login name")


@command("import", "create a project file from an exchange file (refuses to overwrite)", _import_args)
@_guarded
def _import(args: argparse.Namespace) -> int:
    from app.services.project_io import import_exchange

    s = import_exchange(Path(args.exchange_file), Path(args.project_file), by=args.by or default_user())
    print(f"ok {s.project_path}: {s.bidders} bidders, {s.members} members, {s.factors} factors, "
          f"{s.checks} checks, {s.scores} scores, {s.decisions} decisions")
    kept = s.kept
    if kept:  # never silently lost, never taken for used (stderr is for problems)
        print("kept as they are (this BidDesk does not use them; every export writes them back): "
              + ", ".join(f"x.{k}" for k in kept))
    return EXIT_OK


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("out", help="the exchange file to write (bideval/1 JSON)")
    p.add_argument("--audit", action="store_true", help='add the audit trail under x["biddesk.audit"]')


@command("export", "write a project's exchange file (bideval/1 JSON)", _export_args)
@_guarded
def _export(args: argparse.Namespace) -> int:
    from app.services.project_io import export_exchange

    export_exchange(Path(args.project_file), Path(args.out), include_audit=args.audit)
    print("ok")
    return EXIT_OK


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("--out", default=None, metavar="FILE",
                   help="the copy to write (never overwritten); default: NAME-备份-YYYYmmdd-HHMMSS.bidesk next to it")


@command("backup", "write a consistent copy of a project file (备份 / 另存为), checked before it is in place",
         _backup_args)
@_guarded
def _backup(args: argparse.Namespace) -> int:
    from app.services.copies import backup_project, copy_project

    path = Path(args.project_file)
    out = copy_project(path, Path(args.out)) if args.out else backup_project(path)
    print(f"ok {out}")
    return EXIT_OK


# -- score / check / submit ---------------------------------------------------------------------
def _who(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", default=None, help="who records it (audit log); default: the login name")
    p.add_argument("--reason", default=None, help="why (required to change a submitted sheet)")


def _score_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file, or a member's scoring package")
    p.add_argument("--member", required=True, help="member id; 'committee' or '-' for a joint objective score")
    p.add_argument("--bidder", required=True, help="bidder id")
    p.add_argument("--factor", required=True, help="factor id")
    p.add_argument("--value", required=True, help='the value as in the exchange file: 3, "0.8", [..], null')
    _who(p)
    p.add_argument("--art64", default=None, metavar="CATEGORY",
                   help=f"Art.64 category of a correction to a submitted sheet: {', '.join(ART64)}")


@command("score", "record one score in a project file or a member's scoring package", _score_args)
@_guarded
def _score(args: argparse.Namespace) -> int:
    from app.packages.files import is_package_file

    if is_package_file(args.project_file):  # an offline member's package: the bidder of a blind factor is its code
        from app.packages.expert import record_package_score

        record_package_score(Path(args.project_file), member_arg(args.member), args.bidder, args.factor,
                             parse_value(args.value), by=args.by or default_user(), reason=args.reason,
                             art64=args.art64)
        print("ok")
        return EXIT_OK
    from app.services.scores import record_score

    record_score(Path(args.project_file), member_arg(args.member), args.bidder, args.factor, parse_value(args.value),
                 by=args.by or default_user(), reason=args.reason, art64=args.art64)
    print("ok")
    return EXIT_OK


def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("--stage", required=True, choices=("qualification", "compliance"))
    p.add_argument("--bidder", required=True, help="bidder id")
    p.add_argument("--item", required=True, help="checklist item id")
    p.add_argument("--member", default=None, help="member id; absent, 'committee' or '-' for the joint verdict")
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--pass", dest="passed", action="store_true", help="the bid passes the item")
    verdict.add_argument("--fail", dest="failed", action="store_true", help="the bid fails the item")
    p.add_argument("--note", default=None, help="a remark (kept when not given)")
    _who(p)


@command("check", "record one qualification or compliance verdict in a project file", _check_args)
@_guarded
def _check(args: argparse.Namespace) -> int:
    from app.services.checks import record_check

    record_check(Path(args.project_file), args.stage, args.bidder, args.item, bool(args.passed),
                 member=member_arg(args.member), note=args.note, by=args.by or default_user(), reason=args.reason)
    print("ok")
    return EXIT_OK


def _submit_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("--member", required=True, help="member id")
    p.add_argument("--by", default=None, help="who submits (audit log); default: the member")


@command("submit", "submit (lock) a member's score sheet (in a project file or a package)", _submit_args)
@_guarded
def _submit(args: argparse.Namespace) -> int:
    from app.packages.files import is_package_file

    if is_package_file(args.project_file):
        from app.packages.expert import submit_package

        submit_package(Path(args.project_file), member=args.member, by=args.by or args.member)
    else:
        from app.services.members import submit_member

        submit_member(Path(args.project_file), args.member, by=args.by or args.member)
    print("ok")
    return EXIT_OK


def _finalise_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("--dry-run", action="store_true", help="only list what still blocks finalising")
    p.add_argument("--by", default=None, help="who finalises (audit log); default: the login name")


def warn_report_gaps(project: Path) -> None:
    """One warning line on stderr per report fact left blank (printed as a line to fill in by hand)."""
    from app.reports.facts import report_gaps
    from app.services.project_io import load_project_evaluation

    for code, words in report_gaps(load_project_evaluation(project)):
        print(f"warning: report fact {code} ({words}) is blank: the report prints a line to fill in by hand",
              file=sys.stderr)


@command("finalise", "finalise (lock) the evaluation once nothing blocks it; lists what does and warns about "
                     "report facts left blank", _finalise_args)
@_guarded
def _finalise(args: argparse.Namespace) -> int:
    from app.domain.problems import InvalidInput, Problem
    from app.services.records import finalise, finalise_blockers

    warn_report_gaps(Path(args.project_file))
    found = finalise_blockers(Path(args.project_file))
    if found:
        raise InvalidInput([Problem(f.code, ", ".join(f.args)) for f in found])
    if not args.dry_run:
        finalise(Path(args.project_file), by=args.by or default_user())
    print("ok")
    return EXIT_OK


def _reopen_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("--reason", required=True, help="why the finalised evaluation is reopened")
    p.add_argument("--art64", required=True, choices=ART64, help="the Art.64 category")
    p.add_argument("--by", default=None, help="who reopens (audit log); default: the login name")


@command("reopen", "reopen a finalised evaluation as a recorded re-evaluation (87号令 Art.64)", _reopen_args)
@_guarded
def _reopen(args: argparse.Namespace) -> int:
    from app.services.records import reopen

    reopen(Path(args.project_file), reason=args.reason, art64=args.art64, by=args.by or default_user())
    print("ok")
    return EXIT_OK
