"""The errors a caller of the services catches, named in one place: the project file's, the storage's, the
offline packages'.

Each carries a stable ``code`` (for a window to word) and an English ``message``. They are raised below the
services (:mod:`app.persistence.errors`, :mod:`app.packages.errors`); a window imports them from here, so it
never reaches the storage or the packages itself.
"""

from __future__ import annotations

from app.packages.errors import PackageError
from app.persistence.errors import ProjectFileError, StorageError

__all__ = ["PackageError", "ProjectFileError", "StorageError"]
