"""The bidder's commands (response.md) and the agent's side of them.

``respond new TENDER OUT`` starts a response file from a published tender (or a project file);
``respond check FILE`` prints ``bideval-selfcheck/1``; ``respond estimate FILE [--others P,...]``
prints ``bideval-estimate/1``; ``respond pack FILE --out DIR [--draft]`` writes the response pack.
``publish-tender PROJECT_FILE OUT`` writes the tender part of a project for bidders;
``import-responses PROJECT_FILE FILE...`` takes their response files into the opening record.

``respond check`` exits 0 whenever the file could be read, ready or not: the verdict is the
output's ``ready`` (a check that finds fatal mistakes has done its job); bad input exits 2.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_BAD_INPUT, EXIT_OK, command, read_input_file, report_problems
from app.cli_project import _guarded, default_user
from app.domain.problems import InvalidInput, Problem

if TYPE_CHECKING:
    from app.response.model import Response


def _load(path: str) -> Response:
    from app.response.reader import loads

    return loads(read_input_file(path))


def _others(text: str | None) -> list[Decimal]:
    """``--others 2000000,2400000.50`` as exact decimals; every bad entry named."""
    if text is None or not text.strip():
        return []
    from app.domain.scoring import as_decimal

    values: list[Decimal] = []
    problems: list[Problem] = []
    for i, part in enumerate(text.split(",")):
        value = as_decimal(part.strip().replace("，", ""))
        if value is None or value <= 0:
            problems.append(Problem.of(f"--others[{i}]", "cli.not_positive_price",
                                       "%1 is not a positive price", part.strip() or 'nothing'))
        else:
            values.append(value)
    if problems:
        raise InvalidInput(problems)
    return values


def _respond_args(p: argparse.ArgumentParser) -> None:
    subs = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = subs.add_parser("new", help="start a response file from a published tender or a project file")
    new.add_argument("tender", help="the published tender (bideval/1 JSON), a response file, a project file or "
                                    "the tender's own .docx")
    new.add_argument("out", help="the response file to create (never overwritten)")
    new.add_argument("--company", default="", help="the bidder's name")
    check = subs.add_parser("check", help="self-check a response file (bideval-selfcheck/1)")
    check.add_argument("file", help="the response file (bideval-response/1)")
    est = subs.add_parser("estimate", help="estimate the score (bideval-estimate/1)")
    est.add_argument("file", help="the response file (bideval-response/1)")
    est.add_argument("--others", default=None, metavar="P1,P2,...",
                     help="the competitors' assumed quoted prices (bidders of size large, no partner share)")
    pack = subs.add_parser("pack", help="write the response pack (投标文件 .docx and .pdf, and the response file)")
    pack.add_argument("file", help="the response file (bideval-response/1)")
    pack.add_argument("--out", required=True, help="the folder to write into")
    pack.add_argument("--draft", action="store_true",
                      help="write even with fatal findings; every page is then marked 草稿")


@command("respond", "the bidder's side: new, check, estimate, pack (response.md)", _respond_args)
def _respond(args: argparse.Namespace) -> int:
    from app.exchange.writer import dumps

    if args.action == "new":
        return _new(args)
    if args.action == "check":
        from app.response.selfcheck import self_check, selfcheck_doc

        sys.stdout.write(dumps(selfcheck_doc(self_check(_load(args.file)))))
        return EXIT_OK
    if args.action == "estimate":
        from app.response.estimate import estimate, estimate_doc

        others = _others(args.others)
        sys.stdout.write(dumps(estimate_doc(estimate(_load(args.file), others))))
        return EXIT_OK
    return _pack(args)


@_guarded
def _new(args: argparse.Namespace) -> int:
    from app.services.responses import create_response

    print(f"ok {create_response(args.tender, args.out, args.company)}")
    return EXIT_OK


@_guarded
def _pack(args: argparse.Namespace) -> int:
    from app.services.responses import write_response_pack

    written = write_response_pack(_load(args.file), args.out, draft=args.draft)
    for path in written.files:
        print(path)
    if written.draft:
        print("draft: the self-check has fatal findings; every page is marked 草稿", file=sys.stderr)
    return EXIT_OK


def _publish_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the agent's project file")
    p.add_argument("out", help="the published tender to write (bideval/1 JSON; never overwritten)")
    p.add_argument("--from-docx", default=None, metavar="TENDER.docx",
                   help="the tender's own .docx: publish its ★/▲ requirements, validity and forms chapter too")


@command("publish-tender", "write the tender part of a project as the file bidders open (发布招标文件数据)",
         _publish_args)
@_guarded
def _publish(args: argparse.Namespace) -> int:
    from app.services.responses import publish_tender

    print(f"ok {publish_tender(Path(args.project_file), Path(args.out), tender_docx=args.from_docx)}")
    return EXIT_OK


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the agent's project file")
    p.add_argument("files", nargs="+", metavar="FILE", help="bidders' response files (bideval-response/1)")
    p.add_argument("--by", default=None, help="who imports (audit log); default: the login name")


@command("import-responses", "take bidders' response files into the opening record", _import_args)
@_guarded
def _import_responses(args: argparse.Namespace) -> int:
    from app.services.responses import import_responses

    taken = import_responses(Path(args.project_file), list(args.files), by=args.by or default_user())
    for source, ident, name in taken.added:
        print(f"ok {ident} {name} ({source})")
    if taken.refused:
        report_problems([Problem.of(p.path, "cli.refused", "refused: %1", p.message) for p in taken.refused])
        return EXIT_BAD_INPUT
    return EXIT_OK
