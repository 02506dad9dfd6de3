"""Report commands: ``verify`` (which table a printed fingerprint belongs to) and ``report`` (registered in app.cli).

Nothing heavy is imported at module level: every command-line run imports this module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, command, is_project_file, read_input_file
from app.domain.model import Evaluation

#: Formats ``report`` writes (``all`` writes every one).
FORMATS = ("pdf", "docx", "xlsx")


def load_evaluation(path_text: str) -> Evaluation:
    """The evaluation in a project or exchange file; raises InvalidInput when it cannot be read."""
    from app.services.opening import load_any

    read_input_file(path_text)  # names a missing or unreadable file as bad input
    return load_any(Path(path_text))


def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="a project file or an exchange file")
    p.add_argument("fingerprint", help="the fingerprint printed on a sheet, e.g. ABCD-EF01-2345-6789")


@command("verify", "say which table of the current data a printed fingerprint belongs to, and whether the "
                   "paper is a draft", _verify_args)
def _verify(args: argparse.Namespace) -> int:
    """``ok summary`` (a final paper of the current data), ``ok summary (draft)`` (a draft's), or exit 1."""
    from app.domain.engine import evaluate
    from app.reports.fingerprint import normalize
    from app.reports.verify import matches

    head = args.fingerprint.strip().lower()
    if len(head) >= 24 and all(c in "0123456789abcdef" for c in head) and Path(args.project_file).is_file() \
            and is_project_file(Path(args.project_file)):
        return _verify_head(args.project_file, head)
    try:
        wanted = normalize(args.fingerprint)
    except ValueError as exc:
        print(f"fingerprint: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    ev = load_evaluation(args.project_file)
    names, draft = matches(ev, evaluate(ev), wanted)
    if not names:
        print(f"{wanted} matches nothing in the current data of {args.project_file}", file=sys.stderr)
        return EXIT_FAILURE
    print("ok " + " ".join(names) + (" (draft)" if draft else ""))
    return EXIT_OK


def _verify_head(project_file: str, head: str) -> int:
    """An audit chain head printed in a report: the file's current head, an earlier one, or none of its chain."""
    from sqlalchemy import text

    from app.persistence.store import ProjectStore

    with ProjectStore.open(project_file) as store:
        if store.broken is not None:
            print(f"the audit log is broken: {store.broken}", file=sys.stderr)
            return EXIT_FAILURE
        with store.read() as session:
            links = [(int(r[0]), str(r[1])) for r in session.execute(
                text("SELECT event_id, hash FROM audit_chain ORDER BY event_id"))]
    at = next((i for i, (_eid, digest) in enumerate(links) if digest.startswith(head)), None)
    if at is None:
        print(f"{head}: is no head of the audit log of {project_file} (another file, or its history rewritten)",
              file=sys.stderr)
        return EXIT_FAILURE
    later = len(links) - 1 - at
    print(f"ok audit head #{links[at][0]}" + (f" ({later} events recorded since)" if later else " (current)"))
    return EXIT_OK


def _report_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="a project file or an exchange file")
    p.add_argument("--out", required=True, help="the folder to write into (created when missing)")
    p.add_argument("--format", default="all", help="pdf, docx, xlsx or all (default)")
    p.add_argument("--stem", default=None,
                   help="the files' common name (default: the project number, e.g. 焦公资采购F2026-001号-评标报告.pdf)")


@command("report", "write the report pack: 评标报告, 评审表, 评委个人评分表 (PDF, Word) and the workbook", _report_args)
def _report(args: argparse.Namespace) -> int:
    fmt = str(args.format).lower()
    if fmt not in (*FORMATS, "all"):
        print(f"--format {args.format}: is not a report format; choose one of {', '.join(FORMATS)}, all",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    from app.services.reports import pack_input, write_report_pack

    read_input_file(args.project_file)  # names a missing or unreadable file as bad input
    inp = pack_input(Path(args.project_file))  # the file's problems, named, before anything is written
    out = Path(args.out)
    try:
        is_file = out.exists() and not out.is_dir()
    except OSError as exc:  # a name too long for the file system, say
        print(f"--out {args.out[:80]}: cannot be used as a folder ({exc.strerror})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if is_file:
        print(f"{args.out}: is a file, not a folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    formats = FORMATS if fmt == "all" else (fmt,)
    try:
        paths = write_report_pack(inp, out, formats, stem=args.stem).paths
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    for path in paths:
        print(f"ok {path}")
    return EXIT_OK
