"""Report commands: ``verify`` (which table a printed fingerprint belongs to) and ``report`` (registered in app.cli).

Nothing heavy is imported at module level: every command-line run imports this module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, command, read_input_file
from app.domain.model import Evaluation

#: Formats ``report`` writes now; the others of issue 6 are announced as not available yet.
FORMATS = ("xlsx",)
PLANNED = ("pdf", "docx")


def load_evaluation(path_text: str) -> Evaluation:
    """The evaluation in a project or exchange file; raises InvalidInput when it cannot be read."""
    from app.services.opening import load_any

    read_input_file(path_text)  # names a missing or unreadable file as bad input
    return load_any(Path(path_text))


def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="a project file or an exchange file")
    p.add_argument("fingerprint", help="the fingerprint printed on a sheet, e.g. ABCD-EF01-2345-6789")


@command("verify", "say which table of the current data a printed fingerprint belongs to", _verify_args)
def _verify(args: argparse.Namespace) -> int:
    from app.domain.engine import evaluate
    from app.reports.fingerprint import find, normalize, project_fingerprints

    try:
        wanted = normalize(args.fingerprint)
    except ValueError as exc:
        print(f"fingerprint: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    ev = load_evaluation(args.project_file)
    names = find(project_fingerprints(ev, evaluate(ev)), wanted)
    if not names:
        print(f"{wanted} matches nothing in the current data of {args.project_file}", file=sys.stderr)
        return EXIT_FAILURE
    print("ok " + " ".join(names))
    return EXIT_OK


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="a project file or an exchange file")
    p.add_argument("--out", required=True, help="the folder to write into (created when missing)")
    p.add_argument("--format", default="xlsx", help="xlsx (pdf and docx are not available yet)")


@command("report", "write the report pack's tables (Excel workbook for now)", _report_args)
def _report(args: argparse.Namespace) -> int:
    fmt = str(args.format).lower()
    if fmt not in FORMATS:
        known = "is not available yet" if fmt in PLANNED else "is not a report format"
        print(f"--format {args.format}: {known}; available: {', '.join(FORMATS)}", file=sys.stderr)
        return EXIT_FAILURE
    from app.domain.engine import evaluate
    from app.reports.data import build_report
    from app.reports.xlsx import write_workbook

    ev = load_evaluation(args.project_file)
    data = build_report(ev, evaluate(ev))
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"{args.out}: is a file, not a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        path = write_workbook(data, out / f"{Path(args.project_file).stem}-评标报告.xlsx")
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"ok {path}")
    return EXIT_OK
