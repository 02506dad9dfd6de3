"""A setup draft read from a file, the reader chosen by the file's suffix.

It stands above the readers (each builds a :class:`~app.exchange.setup_draft.SetupDraft`), so the draft
never imports what reads it. A reader is imported only when its kind of file comes: reading an exchange
file loads neither openpyxl nor python-docx.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.problems import Problem
from app.exchange.setup_draft import SetupDraft


def read_draft(path: str | Path) -> SetupDraft:
    """Read a draft from a file, by its suffix: ``.json`` (exchange), ``.xlsx`` (template), ``.docx`` (tender).

    A file that cannot be read gives a draft whose ``read_problems`` say why; this never raises.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SetupDraft(read_problems=(Problem.of(path.name, "setup_read.cannot_read_file",
                                                    "cannot read the file: %1", exc.strerror or exc),),
                          source=path.name)
    if suffix == ".json":
        from app.exchange.setup_exchange import draft_from_exchange

        return draft_from_exchange(data, source=path.name)
    if suffix in (".xlsx", ".xlsm"):
        from app.exchange.setup_xlsx import draft_from_xlsx

        return draft_from_xlsx(data, source=path.name)
    if suffix == ".docx":
        from app.exchange.setup_docx import draft_from_docx

        return draft_from_docx(data, source=path.name)
    save_as = {".xls": ".xlsx", ".doc": ".docx", ".wps": ".docx"}.get(suffix, "")
    if save_as:
        problem = Problem.of(path.name, "setup_read.save_as", "%1 cannot be imported; use .json, .xlsx or .docx "
                             "(save it as %2)", suffix, save_as)
    else:
        problem = Problem.of(path.name, "setup_read.cannot_import", "%1 cannot be imported; use .json, .xlsx or .docx",
                             suffix or "a file without suffix")
    return SetupDraft(read_problems=(problem,), source=path.name)
