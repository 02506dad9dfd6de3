"""The ``screen`` command (清标): ``screen PROJECT_FILE --bids DIR [--tender FILE]...`` prints ``bideval-screen/1``.

Bad input is one problem per line on stderr and exit status 2: a missing project, folder or tender
file, a tender file that cannot be read (its text could not be subtracted), a file or folder in DIR
whose name starts with no bidder id of the project. A bid file that cannot be read is not bad input:
it is reported under its bidder as ``unreadable`` and the rest is screened. Nothing heavy is imported
at module level (every command-line run imports this module).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, command, read_input_file, report_problems
from app.domain.problems import Problem


def _screen_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file (or an exchange file): bidders, prices, declarations")
    p.add_argument("--bids", required=True, metavar="DIR",
                   help="the bid documents: a folder per bidder id, or files named B1.docx, B1-技术.pdf …")
    p.add_argument("--tender", action="append", default=[], metavar="FILE",
                   help="a file of the tender (招标文件, its format templates); repeat for several")


@command("screen", "screen the bid documents for signs of collusion (bideval-screen/1 JSON)", _screen_args)
def _screen(args: argparse.Namespace) -> int:
    from app.exchange.writer import dumps
    from app.screening.engine import read_bidders, read_document, screen
    from app.screening.files import assign_files
    from app.services.opening import load_any

    read_input_file(args.project_file)  # names a missing or unreadable project file as bad input
    ev = load_any(Path(args.project_file))
    files, problems = assign_files(Path(args.bids), [b.id for b in ev.bidders])
    tender_paths: list[Path] = []
    for text in args.tender:
        path = Path(text)
        if not path.is_file():
            problems.append(Problem.of(text, "cli.no_such_file", "no such file") if not path.exists()
                            else Problem.of(text, "cli.folder_not_file", "is a folder, not a file"))
        else:
            tender_paths.append(path)
    if problems:
        return report_problems(problems)
    tender = [read_document(path, path.name) for path in tender_paths]
    bad = [Problem.of(str(path), "cli.tender_file_cannot_read",
                      "the tender file cannot be read, so its text cannot be subtracted: %1", f.unreadable)
           for path, f in zip(tender_paths, tender, strict=True) if f.unreadable]
    if bad:
        return report_problems(bad)
    bidders = read_bidders(ev, files)
    doc = screen(ev, bidders, tender, Path(args.project_file).name)
    sys.stdout.write(dumps(doc))
    return EXIT_OK
