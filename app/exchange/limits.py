"""Limits of what BidDesk reads from outside, checked before any work is done on it (docs/limits.md).

A file past a limit is refused with one located message; nothing in it is computed with. The JSON
readers' limits live with them (:mod:`app.exchange.reader`: file size, whole-number digits;
:mod:`app.domain.scoring`: the magnitude and places of every number); here are those of the Office
files: the size of the zip and of each XML part (a zip bomb is refused unread), the rows and columns
of a sheet, and the columns a Word table cell may span.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import IO

from app.domain.problems import Problem

#: The largest Office file read, and the largest XML part inside it once unpacked.
MAX_OFFICE_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 150 * 1024 * 1024
#: The template's sheets: far more rows and columns than any tender's matrix has.
MAX_SHEET_ROWS = 5000
MAX_SHEET_COLUMNS = 64
MAX_SHEET_PART_BYTES = 20 * 1024 * 1024
#: A Word table cell spanning more grid columns than this is not a tender's table.
MAX_GRID_SPAN = 64

_SPAN = re.compile(rb'<w:gridSpan\s+w:val="(-?\d{1,12})"')
_CELL = re.compile(rb'<c\b[^>]*?\sr="([A-Z]{1,3})(\d{1,9})"')
_DIMENSION = re.compile(rb'<dimension\s+ref="[A-Z]{1,3}\d{1,7}(?::([A-Z]{1,3})(\d{1,7}))?"')


def _bytes(data: bytes | str | Path | IO[bytes]) -> bytes | None:
    if isinstance(data, bytes):
        return data
    if isinstance(data, str | Path):
        try:
            if Path(data).stat().st_size > MAX_OFFICE_BYTES:
                return b"\0" * 0  # judged too large below without reading it
            return Path(data).read_bytes()
        except OSError:
            return None
    try:
        return data.read(MAX_OFFICE_BYTES + 1)
    except OSError:
        return None


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _used_range(part: bytes) -> tuple[int, int]:
    """The last row and column of a worksheet's cells, read from their references without parsing the XML: what
    the loaded sheet's used range would be (a cell without a reference is left to the check after loading). A
    sheet of fifty thousand rows is refused before the workbook is loaded (a second for each such file)."""
    rows, letters = 0, set()
    for match in _CELL.finditer(part):  # one reference at a time: a 20 MB sheet never becomes a list of them
        rows = max(rows, int(match.group(2)))
        letters.add(match.group(1))
    return rows, max((_column_number(column.decode()) for column in letters), default=0)


def office_problems(data: bytes | str | Path | IO[bytes], source: str, kind: str) -> tuple[bytes | None, list[Problem]]:
    """Check an Office file (``kind`` ``xlsx`` or ``docx``) against the limits, before it is parsed.

    Returns:
        The file's bytes (to parse next) and the problems; with a problem, the file is not to be read.
    """
    raw = _bytes(data)
    if raw is None:
        return None, []  # the parser names an unreadable file itself
    if len(raw) > MAX_OFFICE_BYTES or (not raw and isinstance(data, str | Path)):
        return None, [Problem.of(source, "limits.file_larger_mb",
                                 "the file is larger than %1 MB", MAX_OFFICE_BYTES // 2 ** 20)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except Exception:
        return raw, []
    problems: list[Problem] = []
    for info in infos:
        limit = MAX_SHEET_PART_BYTES if kind == "xlsx" and info.filename.startswith("xl/worksheets/") \
            else MAX_PART_BYTES
        if info.file_size > limit:
            problems.append(Problem.of(f"{source}: {info.filename}", "limits.unpacks_mb_most_mb",
                                       "unpacks to %1 MB; at most %2 MB are read",
                                       info.file_size // 2 ** 20, limit // 2 ** 20))
    if problems:
        return None, problems
    try:
        if kind == "docx" and "word/document.xml" in archive.namelist():
            body = archive.read("word/document.xml")
            for match in _SPAN.finditer(body):
                span = int(match.group(1))
                if span > MAX_GRID_SPAN or span < 1:
                    message = f"a table cell spans {span} columns; a table of at most {MAX_GRID_SPAN} is read"
                    return None, [Problem(f"{source}: word/document.xml", message)]
        if kind == "xlsx":
            for name in archive.namelist():
                if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
                    continue
                part = archive.read(name)
                found = _DIMENSION.search(part[:4096])
                cols, rows = (_column_number(found.group(1).decode()), int(found.group(2))) \
                    if found and found.group(1) else (0, 0)
                if rows <= MAX_SHEET_ROWS and cols <= MAX_SHEET_COLUMNS:
                    rows, cols = _used_range(part)
                if rows > MAX_SHEET_ROWS or cols > MAX_SHEET_COLUMNS:
                    return None, [Problem.of(f"{source}: {name}", "limits.sheet_reaches_row_column",
                                             "the sheet reaches row %1, column %2; the template has at most %3 "
                                             "rows and %4 columns",
                                             rows, cols, MAX_SHEET_ROWS, MAX_SHEET_COLUMNS)]
    except Exception:
        return raw, []
    return raw, []


def sheet_size_problem(ws: object, source: str) -> Problem | None:
    """A loaded sheet whose used range is past the limits (a sheet without a dimension record)."""
    rows = getattr(ws, "max_row", 0) or 0
    cols = getattr(ws, "max_column", 0) or 0
    if rows > MAX_SHEET_ROWS or cols > MAX_SHEET_COLUMNS:
        return Problem.of(f"{source}: {getattr(ws, 'title', '')}", "limits.sheet_reaches_row_column",
                          "the sheet reaches row %1, column %2; the template has at most %3 rows and %4 columns",
                          rows, cols, MAX_SHEET_ROWS, MAX_SHEET_COLUMNS)
    return None
