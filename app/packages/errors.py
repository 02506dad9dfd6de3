"""Errors of packages and return files: a stable ``code`` for the UI to translate, and an English message.

A :class:`PackageError` is bad input (exit status 2 on the command line): it subclasses
:class:`~app.domain.problems.InvalidInput`, so every door that reports input problems reports it.
"""

from __future__ import annotations

from app.domain.problems import InvalidInput, Problem

#: The file is not a package (or not a return file) at all.
NOT_A_PACKAGE = "not_a_package"
NOT_A_RETURN = "not_a_return"
#: The package's own seal or content does not verify (altered or damaged).
PACKAGE_ALTERED = "package_altered"
#: The return's seal does not verify: some byte was changed, or the file was cut short.
TAMPERED = "tampered"
#: The return was made from a package this project did not issue.
FOREIGN = "foreign"
#: The return names another member than the package was made for.
WRONG_MEMBER = "wrong_member"
#: A newer package was issued for the member: this one's returns are no longer accepted.
SUPERSEDED = "superseded"
#: A return older than one already merged from the same package.
STALE = "stale"
#: A different return with the same sequence was merged already (two copies of one package).
CONFLICT = "conflict"
#: The return's content (after its seal verified) cannot be merged.
BAD_CONTENT = "bad_content"
#: The output path cannot be used (exists, is a project or package, folder missing).
BAD_TARGET = "bad_target"


class PackageError(InvalidInput):
    """A package or return file that cannot be used; ``code`` says why, ``message`` in English."""

    def __init__(self, code: str, path: str, message: str, more: list[Problem] | None = None) -> None:
        super().__init__([Problem(path, message), *(more or [])])
        self.code = code
        self.path = path
        self.message = message
