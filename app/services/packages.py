"""The offline scoring packages, as a window uses them.

The agent's side: issue a member's package (:func:`export_package`), list what was issued
(:func:`issued_packages`), read a member's return (:func:`import_return`, ``dry_run`` to look first), the
blind codes (:func:`blind_codes`). The member's side, on their own laptop: open a package
(:func:`open_package`), what it holds and how far the sheet is (:func:`package_info`, :func:`package_cells`,
:func:`package_codes`, :func:`package_tender`), score (:func:`record_package_score`), submit, print the
signed sheet, write the sealed return.

The use cases are :mod:`app.packages`'; this module names those a window calls, so that ``widgets/``
reaches the packages through the services only (``tests/app/test_layering.py`` keeps it so).
"""

from __future__ import annotations

from app.packages.errors import PackageError
from app.packages.expert import (
    PackageState,
    package_cells,
    package_codes,
    package_info,
    package_tender,
    record_package_score,
    submit_package,
    write_return,
)
from app.packages.export import PackageSummary, export_package
from app.packages.files import is_package_file
from app.packages.identity import blind_codes
from app.packages.merge import ImportReport, import_return
from app.packages.package import Package, open_package
from app.packages.print_sheet import write_package_sheet
from app.packages.status import IssuedPackage, issued_packages

__all__ = [
    "ImportReport",
    "IssuedPackage",
    "Package",
    "PackageError",
    "PackageState",
    "PackageSummary",
    "blind_codes",
    "export_package",
    "import_return",
    "is_package_file",
    "issued_packages",
    "open_package",
    "package_cells",
    "package_codes",
    "package_info",
    "package_tender",
    "record_package_score",
    "submit_package",
    "write_package_sheet",
    "write_return",
]
