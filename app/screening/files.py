"""Which bid file is whose: a folder named by the bidder's id, or a file whose name starts with the id.

``B1.docx``, ``B1-技术.pdf``, ``B1 商务.pdf`` and ``B1技术.pdf`` are B1's; ``B12.docx`` is not B1's (the id
must be followed by something other than a letter or digit, or end the name), and names are matched
ignoring case when no id matches exactly. Of several ids that fit, the longest wins (``B1-2`` is B1-2's
when the project has both). Inside a bidder's folder every file is the bidder's, at any depth.

Skipped: hidden files and folders (``.``), Word's owner files (``~$``) and the files the operating systems
leave (Thumbs.db, desktop.ini). A file or folder whose name names no bidder of the project is a problem.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from app.domain.problems import Problem

__all__ = ["MAX_FILES", "assign_files", "bidder_of"]

#: Files read for one screen at most.
MAX_FILES = 5_000
_JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$")) or name.casefold() in _JUNK


def bidder_of(name: str, ids: Sequence[str]) -> str | None:
    """The bidder id a file or folder name starts with, or None."""
    def fits(ident: str, fold: bool) -> bool:
        head = name[:len(ident)]
        if (head.casefold() != ident.casefold()) if fold else (head != ident):
            return False
        rest = name[len(ident):]
        return not rest or not (rest[0].isascii() and rest[0].isalnum())

    for fold in (False, True):
        found = [i for i in ids if i and fits(i, fold)]
        if found:
            return max(found, key=len)
    return None


def _files_in(folder: Path) -> list[Path]:
    out: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _skipped(d))
        out.extend(Path(root) / n for n in sorted(names) if not _skipped(n))
    return out


def assign_files(folder: Path, ids: Sequence[str]) -> tuple[dict[str, list[tuple[Path, str]]], list[Problem]]:
    """Each bidder's files in a folder of bid documents, as (path, name shown relative to the folder).

    Returns:
        The files by bidder id (in name order), and the problems: a name naming no bidder, a missing folder.
    """
    if not folder.is_dir():
        problem = (Problem.of(str(folder), "files.no_such_folder", "no such folder") if not folder.exists()
                   else Problem.of(str(folder), "files.file_not_folder", "is a file, not a folder"))
        return {}, [problem]
    found: dict[str, list[tuple[Path, str]]] = {}
    problems: list[Problem] = []
    shown = ", ".join(list(ids)[:8]) + (" …" if len(ids) > 8 else "")
    count = 0
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if _skipped(entry.name):
            continue
        bidder = bidder_of(entry.name, ids)
        if bidder is None:
            what = "folder" if entry.is_dir() else "file"
            problems.append(Problem.of(str(entry), "files.name_does_not_start",
                                       "the %1 name does not start with a bidder id of the project (%2)", what, shown))
            continue
        paths = _files_in(entry) if entry.is_dir() else [entry]
        for path in paths:
            count += 1
            if count > MAX_FILES:
                return found, [*problems, Problem.of(str(folder), "files.more_files_most_many",
                                                     "more than %1 files; at most that many are screened at once",
                                                     MAX_FILES)]
            found.setdefault(bidder, []).append((path, path.relative_to(folder).as_posix()))
    return found, problems
