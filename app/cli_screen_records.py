"""The committee's 清标 record on the command line (registered in app.cli).

``screen-record PROJECT --bids DIR [--tender FILE]...`` screens the bids and keeps the findings in the
project; ``screen-conclude PROJECT --finding ID (--no-collusion REASON | --invalid B2,B3 --reason R |
--withdraw R)`` records the committee's conclusion; ``screen-show PROJECT [--json]`` prints the record.
A refused input prints one line per problem on stderr (the place in words) and exits 2, nothing changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_OK, command, report_problems
from app.cli_project import _guarded, default_user
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext


def _project(args: argparse.Namespace) -> Path:
    path = Path(args.project_file)
    if not path.is_file():
        raise InvalidInput([Problem.of(args.project_file, "cli.no_such_project_file", "no such project file")])
    return path


def _record_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file (.bidesk)")
    p.add_argument("--bids", required=True, help="the folder of bid documents")
    p.add_argument("--tender", action="append", default=[], help="a tender file (repeat for several)")
    p.add_argument("--by", default=None, help="who records it (audit log); default: the login name")


@command("screen-record", "screen the bids (清标) and keep the findings in the project", _record_args)
@_guarded
def _record(args: argparse.Namespace) -> int:
    from app.screening.engine import read_bidders, read_document, screen
    from app.screening.files import assign_files
    from app.services.screening import load_screening, record_screen

    project = _project(args)
    ev, _record_before = load_screening(project)
    files, problems = assign_files(Path(args.bids), [b.id for b in ev.bidders])
    tender_paths = [Path(t) for t in args.tender]
    problems += [Problem.of(str(t), "cli.no_such_file", "no such file") for t in tender_paths if not t.is_file()]
    if problems:
        return report_problems(problems)
    tender = [read_document(t, t.name) for t in tender_paths]
    doc = screen(ev, read_bidders(ev, files), tender, project.name)
    change = record_screen(project, doc, by=args.by or default_user())
    print(f"ok {len(doc['findings'])} findings kept (audit {change.audit_id})")
    return EXIT_OK


def _conclude_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file (.bidesk)")
    p.add_argument("--finding", required=True, help="the finding's id (kind:B1,B3; see screen-show)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--no-collusion", default=None, metavar="REASON", help="no collusion, and why")
    what.add_argument("--invalid", default=None, metavar="B2,B3", help="the bids declared invalid (Art.37)")
    what.add_argument("--withdraw", default=None, metavar="REASON", help="withdraw the conclusion, and why")
    p.add_argument("--reason", default="", help="why the bids are invalid (with --invalid)")
    p.add_argument("--by", default=None, help="who records it (audit log); default: the login name")


@command("screen-conclude", "record the committee's conclusion on a 清标 finding", _conclude_args)
@_guarded
def _conclude(args: argparse.Namespace) -> int:
    from app.services import screening as ss

    project, by = _project(args), args.by or default_user()
    if args.withdraw is not None:
        change = ss.withdraw(project, args.finding, reason=args.withdraw, by=by)
        print(f"ok {args.finding}: conclusion withdrawn (audit {change.audit_id})")
        return EXIT_OK
    if args.invalid is not None:
        bidders = tuple(b.strip() for b in args.invalid.split(",") if b.strip())
        change = ss.conclude(project, args.finding, "invalid", args.reason, bidders, by=by)
    else:
        change = ss.conclude(project, args.finding, "no_collusion", args.no_collusion, by=by)
    state = f"audit {change.audit_id}" if change.changed else "unchanged"
    print(f"ok {args.finding}: concluded ({state})")
    return EXIT_OK


def _show_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file (.bidesk)")
    p.add_argument("--json", action="store_true", help="as JSON (what the exchange file keeps)")


@command("screen-show", "print the 清标 findings and the committee's conclusions", _show_args)
@_guarded
def _show(args: argparse.Namespace) -> int:
    from app.domain import screening_records as sr
    from app.services.screening import load_screening

    _ev, record = load_screening(_project(args))
    if args.json:
        print(jsontext.dumps(record.to_json()))
        return EXIT_OK
    if not record.screened:
        print("尚未清标")
        return EXIT_OK
    print(f"清标 {record.at} {record.by}；招标文件{'已' if record.tender_subtracted else '未'}扣除")
    for f in record.findings:
        c = record.conclusions.get(f.id)
        verdict = "未作结论" if c is None else (
            f"不构成串通：{c.reason}" if c.kind == "no_collusion" else f"{'、'.join(c.bidders)} 投标无效：{c.reason}")
        print(f"{f.id}\t{sr.item_words(f.article)}\t{sr.STRENGTH_NAMES.get(f.strength, f.strength)}\t{verdict}")
    return EXIT_OK
