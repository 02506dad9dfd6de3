"""Errors of the project file: each carries a stable ``code`` (for the UI to translate) and a message.

:class:`ProjectFileError` is bad input (the file is not a usable project: exit status 2 on the
command line); it subclasses :class:`~app.domain.problems.InvalidInput`, so every door that
reports input problems reports it too. :class:`StorageError` is any other failure of the storage
(a locked or unwritable file: exit status 1).
"""

from __future__ import annotations

from app.domain.problems import InvalidInput, Problem

#: Codes of :class:`ProjectFileError`.
NOT_FOUND = "not_found"
EXISTS = "exists"
EMPTY = "empty"
NOT_SQLITE = "not_sqlite"
NOT_A_PROJECT = "not_a_project"
CORRUPT = "corrupt"
NEWER_MAJOR = "newer_major"
NO_MIGRATION = "no_migration"
MIGRATION_FAILED = "migration_failed"
UNWRITABLE = "unwritable"
#: Every code of :class:`ProjectFileError`, and of :class:`StorageError` (the window words each one).
FILE_CODES = (NOT_FOUND, EXISTS, EMPTY, NOT_SQLITE, NOT_A_PROJECT, CORRUPT, NEWER_MAJOR, NO_MIGRATION,
              MIGRATION_FAILED, UNWRITABLE)
STORAGE_CODES = ("locked", "read_only", "storage", "constraint", "backup_failed", "chain_broken")


class ProjectFileError(InvalidInput):
    """A file that cannot be used as a project file; ``code`` says why, ``message`` in English."""

    def __init__(self, code: str, path: str, message: str) -> None:
        super().__init__([Problem(path, message)])
        self.code = code
        self.path = path
        self.message = message


class StorageError(Exception):
    """The storage failed for another reason than the file's content (locked, disk full …)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
