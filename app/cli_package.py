"""Offline scoring package commands: ``package export|return|import|info`` (registered in app.cli).

``score PACKAGE …`` and ``submit PACKAGE …`` go through :mod:`app.cli_project`, which hands a package
to :mod:`app.packages.expert`. Every command prints ``ok …`` only after its work is durably stored;
a refused input prints one line per problem on stderr and exits 2 with nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_OK, command
from app.cli_project import Handler, _guarded, default_user
from app.domain.art64 import ART64


def _user(by: str | None) -> str:
    return by or default_user()


def _package_args(p: argparse.ArgumentParser) -> None:
    subs = p.add_subparsers(dest="package_command", required=True, metavar="ACTION")
    ex = subs.add_parser("export", help="write a member's scoring package", description="write a member's scoring "
                         "package (the tender, the bids — blind factors under codes — and the member's sheet)")
    ex.add_argument("project_file", help="the project file")
    ex.add_argument("--member", required=True, help="the member's id")
    ex.add_argument("out", help="the package file to create (never overwritten)")
    ex.add_argument("--by", default=None, help="who exports (audit log); default: the login name")
    ret = subs.add_parser("return", help="write the member's sealed return file", description="submit the "
                          "package's sheet (refused while a cell is unscored) and write the sealed return file")
    ret.add_argument("package", help="the package file")
    ret.add_argument("out", help="the return file to write")
    ret.add_argument("--draft", action="store_true", help="do not submit: a return of the scores so far")
    ret.add_argument("--by", default=None, help="who submits it (the package's own log); default: the member. The "
                                                "return names the member as the package knows them, never the login")
    imp = subs.add_parser("import", help="verify a return file and merge it into the project",
                          description="verify a member's return file and merge it into the project")
    imp.add_argument("project_file", help="the project file")
    imp.add_argument("return_file", help="the return file")
    imp.add_argument("--dry-run", action="store_true", help="only print what would change")
    imp.add_argument("--by", default=None, help="who imports (audit log); default: the login name")
    imp.add_argument("--reason", default=None, help="why, for changes to a submitted sheet the member gave no "
                                                    "reason for")
    imp.add_argument("--art64", default=None, metavar="CATEGORY",
                     help=f"Art.64 category for those changes: {', '.join(ART64)}")
    info = subs.add_parser("info", help="what a package is and how far its sheet is scored",
                           description="what a package is and how far its sheet is scored")
    info.add_argument("package", help="the package file")


@command("package", "offline scoring packages: export, return, import, info", _package_args)
def _package(args: argparse.Namespace) -> int:
    handlers: dict[str, Handler] = {"export": _export, "return": _return, "import": _import, "info": _info}
    return handlers[args.package_command](args)


@_guarded
def _export(args: argparse.Namespace) -> int:
    from app.packages.export import export_package

    s = export_package(Path(args.project_file), args.member, Path(args.out), by=_user(args.by))
    superseded = f"; supersedes {', '.join(s.superseded)}" if s.superseded else ""
    print(f"ok {s.path}: package {s.package_id} for member {s.member}, {s.cells} cells to score, "
          f"{s.codes} blind codes; agency key {s.agency_key}{superseded}")
    return EXIT_OK


@_guarded
def _return(args: argparse.Namespace) -> int:
    from app.packages.expert import write_return

    s = write_return(Path(args.package), Path(args.out), by=args.by, submit=not args.draft)
    state = "submitted" if s.submitted else "draft (not submitted)"
    print(f"ok {s.path}: return {s.sequence} of package {s.package_id}, member {s.member}, {s.scores} scores, "
          f"{state}; sha256 {s.sha256}")
    return EXIT_OK


@_guarded
def _import(args: argparse.Namespace) -> int:
    from app.packages.merge import import_return

    r = import_return(Path(args.project_file), Path(args.return_file), by=_user(args.by), dry_run=args.dry_run,
                      reason=args.reason, art64=args.art64)
    print(f"return {r.path}: package {r.package_id}, member {r.member}, sequence {r.sequence}, {r.scores} scores")
    if r.duplicate:
        print(f"ok nothing to change: this return (sequence {r.sequence}) was merged already")
        return EXIT_OK
    for c in r.changes:
        bidder = f"{c.bidder} (code {c.code})" if c.code else c.bidder
        print(f"score {r.member} {bidder} {c.factor}: {c.old if c.old is not None else '(none)'} → {c.new}")
    if r.submits:
        print(f"submit {r.member}")
    summary = f"{len(r.changes)} scores changed" + (f", member {r.member} submitted" if r.submits else "")
    if not r.changes and not r.submits:
        summary = "nothing to change in the scores (the return is recorded)"
    print(f"dry run, nothing changed: {summary}" if r.dry_run else f"ok {summary}")
    return EXIT_OK


@_guarded
def _info(args: argparse.Namespace) -> int:
    from app.packages.expert import package_info

    s = package_info(Path(args.package))
    print(f"package {s.package_id} of project {s.project_number} {s.project_name}")
    print(f"member {s.member} {s.member_name}; issued {s.issued_at}; agency key {s.agency_key}")
    state = f"submitted {s.submitted_at}" if s.submitted_at else "open"
    print(f"{s.scored} of {s.cells} cells scored; {state}; {s.returns_written} returns written")
    return EXIT_OK
