"""The report pack's files written on two cores: the PDF files in a forked child, the rest in this process.

The writers (reportlab, python-docx, openpyxl) are pure Python, so threads would take turns; a child process
made by ``fork`` starts with the documents already built (nothing to import, nothing to pickle) and writes its
files into the same staging folder. Only on Linux (macOS forbids a forked child of a process running Cocoa most
of what it might touch; Windows has no fork); with one core, one kind of file, or ``BIDDESK_SERIAL_PACK`` set,
the jobs run one after another here. The files are the same either way (the
differential of a pack written both ways is a test).

A failure in the child is reported as the parent's: an ``OSError`` with its errno (a full disk is a full disk at
every door), anything else as a ``RuntimeError`` naming it; the child's files are then left for the caller's
cleanup of the staging folder, as its own.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

Job = tuple[str, Path, Callable[[Path], object]]  # (file name, where to write it, the writer)
Progress = Callable[[int, int, str], None]


def can_fork(jobs: Sequence[Job]) -> bool:
    """Whether the jobs are split across a forked child."""
    kinds = {Path(name).suffix for name, _, _ in jobs}
    return (sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1 and ".pdf" in kinds and len(kinds) > 1
            and not os.environ.get("BIDDESK_SERIAL_PACK"))


def _child(jobs: Sequence[Job], report: Path) -> None:
    """Run in the forked child: write its files, say how it ended, never return."""
    status = 0
    try:
        for _, tmp, job in jobs:
            job(tmp)
    except BaseException as exc:  # everything is reported to the parent
        status = 1
        failure = {"kind": "os" if isinstance(exc, OSError) else type(exc).__name__, "message": str(exc),
                   "errno": getattr(exc, "errno", None), "strerror": getattr(exc, "strerror", None),
                   "filename": str(getattr(exc, "filename", "") or "")}
        try:
            report.write_text(json.dumps(failure), encoding="utf-8")
        except BaseException:  # the exit status still says it failed
            pass
    finally:
        os._exit(status)


def _raise_child_failure(report: Path, status: int) -> None:
    try:
        failure = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        failure = {"kind": "", "message": f"the writer of the PDF files ended with status {status}"}
    if failure.get("kind") == "os" and failure.get("errno") is not None:
        raise OSError(failure["errno"], failure.get("strerror") or failure["message"], failure.get("filename") or None)
    raise RuntimeError(f"{failure.get('kind') or 'failure'}: {failure.get('message', '')}")


def run_jobs(jobs: Sequence[Job], staging: Path, progress: Progress | None = None) -> None:
    """Write every job's file (the PDF files in a forked child when :func:`can_fork`); raise if any failed."""
    total = len(jobs)
    if not can_fork(jobs):
        for i, (name, tmp, job) in enumerate(jobs):
            if progress is not None:
                progress(i, total, name)
            job(tmp)
        return
    theirs = [j for j in jobs if Path(j[0]).suffix == ".pdf"]
    report = staging / "child-failure.json"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected; its files are checked
        _child(theirs, report)
    finished = False
    try:
        for i, (name, tmp, job) in enumerate(jobs):  # progress in file order: a child's file is under way
            if progress is not None:
                progress(i, total, name)
            if Path(name).suffix != ".pdf":
                job(tmp)
        _, status = os.waitpid(pid, 0)
        finished = True
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            _raise_child_failure(report, code)
    finally:
        if not finished:  # this process failed first: stop the child before the staging folder goes
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
