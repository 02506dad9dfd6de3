"""Publishing finished files: a new name made durable, never replacing a file that exists."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a new name in a folder durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows cannot open a folder
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def link_new(tmp: Path, target: Path) -> bool:
    """Give a finished temporary file the target's name atomically; False (nothing done) when the target exists."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        return False
    except OSError:  # no hard links on this file system
        if target.exists():
            return False
        os.replace(tmp, target)
    else:
        os.unlink(tmp)
    fsync_dir(target.parent)
    return True
