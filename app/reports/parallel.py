"""The report pack's files written on two cores: this process and a forked child take the files from one queue.

The writers (reportlab, python-docx, openpyxl) are pure Python, so threads would take turns; a child process
made by ``fork`` starts with the documents already built (nothing to import, nothing to pickle) and writes into
the same staging folder. The two take the files one at a time, in the order given (the caller puts the longest
first), from a pipe holding the files' numbers: a read of one byte from a pipe is atomic, so each file is written
once, by whichever process is free; the child writes the number of each file it finished to a second pipe, so
the progress counts the files done in either process. Only on Linux (macOS forbids a forked child of a process
running Cocoa most of what it might touch; Windows has no fork); with one core, one file, more files than a byte
numbers, or ``BIDDESK_SERIAL_PACK`` set, the jobs run one after another here. The files are the same either way
(the differential of a pack written both ways is a test).

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
    """Whether the jobs are shared with a forked child."""
    return (sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1 and 1 < len(jobs) <= 255
            and not os.environ.get("BIDDESK_SERIAL_PACK"))


def _take(queue: int) -> int | None:
    """The next job's number from the queue (None: the queue is empty)."""
    byte = os.read(queue, 1)
    return byte[0] if byte else None


def _child(jobs: Sequence[Job], queue: int, finished: int, report: Path) -> None:
    """Run in the forked child: take jobs until none is left, say which it finished and how it ended; never
    return."""
    status = 0
    try:
        while (index := _take(queue)) is not None:
            _, tmp, job = jobs[index]
            job(tmp)
            os.write(finished, bytes([index]))
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
        failure = {"kind": "", "message": f"the second writer of the pack ended with status {status}"}
    if failure.get("kind") == "os" and failure.get("errno") is not None:
        raise OSError(failure["errno"], failure.get("strerror") or failure["message"], failure.get("filename") or None)
    raise RuntimeError(f"{failure.get('kind') or 'failure'}: {failure.get('message', '')}")


def run_jobs(jobs: Sequence[Job], staging: Path, progress: Progress | None = None,
             first: Callable[[Job], int] | None = None) -> None:
    """Write every job's file; raise if any failed. ``progress(done, total, name)`` is called before each file
    this process starts: every file in order, one after another; or, when :func:`can_fork`, shared with a forked
    child, the longest first (``first``: a sort key, smallest first), ``done`` counting the files finished in
    either process."""
    total = len(jobs)
    if not can_fork(jobs):
        for i, (name, tmp, job) in enumerate(jobs):
            if progress is not None:
                progress(i, total, name)
            job(tmp)
        return
    if first is not None:
        jobs = sorted(jobs, key=first)
    queue, fill = os.pipe()
    os.write(fill, bytes(range(total)))
    os.close(fill)  # read to the end, the queue says it is empty
    theirs, said = os.pipe()
    report = staging / "child-failure.json"
    try:
        pid = os.fork()
    except OSError:
        for fd in (queue, theirs, said):
            os.close(fd)
        raise
    if pid == 0:  # pragma: no cover - the child's coverage is not collected; its files are checked
        os.close(theirs)
        _child(jobs, queue, said, report)
    os.close(said)
    os.set_blocking(theirs, False)
    done = 0
    finished = False
    try:
        while (index := _take(queue)) is not None:
            done += _count(theirs)
            if progress is not None:
                progress(done, total, jobs[index][0])
            jobs[index][2](jobs[index][1])
            done += 1
        _, status = os.waitpid(pid, 0)
        finished = True
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            _raise_child_failure(report, code)
    finally:
        os.close(queue)
        os.close(theirs)
        if not finished:  # this process failed first: stop the child before the staging folder goes
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def _count(finished: int) -> int:
    """How many files the child has finished since last asked (never waits)."""
    try:
        return len(os.read(finished, 256))
    except BlockingIOError:
        return 0
