"""The response pack (投标文件): what ``respond pack`` writes into a folder, all of it or nothing.

``投标文件.pdf``
    A4, the bundled Song and Hei faces embedded: the cover, the contents with real page numbers, then
    every form (:mod:`app.response.pack_forms`), each ending with its signature and seal block.
``投标文件.docx``
    The same forms for the platform's bid-file maker; its contents are a Word TOC field showing the PDF's
    page numbers; its properties name the bidder and nobody else (:mod:`app.response.pack_docx`).
``投标响应.json``
    The response file itself (``bideval-response/1``), for the agent's ``import-responses``.

A draft (the self-check still has fatal findings) says so on every page of both documents. Every file is
first written under a hidden temporary name in the folder and renamed into place only when all are
complete, so a failed run leaves neither a half-written file nor a partial pack.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from app.response.model import Response

DOCX, PDF, JSON = "投标文件.docx", "投标文件.pdf", "投标响应.json"


def pack_names() -> list[str]:
    """The file names of a response pack, in the order :func:`write_pack` returns them."""
    return [DOCX, PDF, JSON]


def write_pack(resp: Response, out_dir: Path, *, draft: bool = False) -> list[Path]:
    """Write the response pack into ``out_dir`` (created when missing; files of the same names are replaced).

    Args:
        resp: the response.
        out_dir: the folder.
        draft: mark every page 草稿（自查未通过，不得递交）.

    Returns:
        The paths written: the .docx, the .pdf and the response file.

    Raises:
        OSError: the folder cannot be written; nothing of this run is left behind.
        ValueError: a form file under ``forms/bid`` is malformed.
    """
    from app.response.pack_docx import write_docx
    from app.response.pack_forms import build_pack
    from app.response.pack_pdf import write_pdf
    from app.response.reader import response_text

    pack = build_pack(resp, draft=draft)
    out_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(6)
    temps = {name: out_dir / f".{name}.tmp-{token}" for name in pack_names()}
    try:
        starts, total = write_pdf(pack, temps[PDF])
        write_docx(pack, temps[DOCX], starts, total)
        temps[JSON].write_text(response_text(resp), encoding="utf-8", newline="\n")
        finals = []
        for name in pack_names():
            final = out_dir / name
            temps[name].replace(final)
            finals.append(final)
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
    return finals
