"""A project file's write-ahead log, checked before SQLite reads it (a damaged log must not pass in silence).

SQLite replays a ``-wal`` file frame by frame and stops at the first frame whose checksum fails: whatever was
committed after it is silently gone. A torn last frame (a power cut while writing) is what that rule is for;
a bad frame *followed by more frames of the same log generation* is damage, and opening the file would roll
back committed scores without a word. :func:`wal_problem` tells the two apart (file format: sqlite.org/walformat).
"""

from __future__ import annotations

import struct
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683


def _checksum(data: bytes, big: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    fmt = (">" if big else "<") + f"{len(data) // 4}I"
    words = struct.unpack(fmt, data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_problem(db: Path) -> str | None:
    """Why the file's write-ahead log is damaged (a bad frame with more of its generation after it), or None."""
    wal = Path(f"{db}-wal")
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < HEADER:
        return None  # an empty or cut header: SQLite ignores the log, as it should
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER])
    if magic not in (MAGIC_LE, MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        return None
    big = magic == MAGIC_BE
    if _checksum(data[:24], big) != (c1, c2):
        return None  # the header itself is not valid: the log is ignored whole (never replayed)
    s0, s1 = c1, c2
    size = FRAME_HEADER + page_size
    offset, bad_at = HEADER, None
    while offset + size <= len(data):
        head = data[offset:offset + FRAME_HEADER]
        _page, _commit, f1, f2, k1, k2 = struct.unpack(">6I", head)
        ours = (f1, f2) == (salt1, salt2)
        if bad_at is None:
            s0, s1 = _checksum(head[:8], big, s0, s1)
            s0, s1 = _checksum(data[offset + FRAME_HEADER:offset + size], big, s0, s1)
            if not ours or (s0, s1) != (k1, k2):
                bad_at = offset
        elif ours:
            frame = (bad_at - HEADER) // size + 1
            return (f"the write-ahead log ({wal.name}) is damaged at frame {frame}: the changes committed after it "
                    "would be lost without a word")
        offset += size
    return None
