"""The window's doors to the response services: recognising a response file, wording their refusals."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.domain.problems import InvalidInput, Problem
from app.response.model import FORMAT
from widgets.i18n import Translator
from widgets.response.texts import problem_words

_FORMAT_KEY = re.compile(rb'"format"\s*:\s*"([^"]*)"')
SUFFIX = ".bidresp.json"


_tr = Translator("ResponseFiles")


def is_response_file(path: Path) -> bool:
    """Whether a JSON file is a ``bideval-response/1`` response (its ``format`` key, read from the start)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return False
    found = _FORMAT_KEY.search(head)
    if found is not None:
        return found.group(1).decode("utf-8", "replace") == FORMAT
    if b'"format"' in head or path.stat().st_size > 50_000_000:
        return False
    try:  # a writer that puts ``format`` after the tender: read the whole (small) document
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and doc.get("format") == FORMAT


def response_name(tender: Path) -> str:
    """A response file's default name for a tender file: ``<tender>.bidresp.json``."""
    stem = tender.name
    for suffix in (".bidesk", ".json"):
        stem = stem.removesuffix(suffix)
    return stem + SUFFIX


def refusal(exc: Exception) -> str:
    """A service's refusal (reading a tender, writing a file) in the window's words, each place named."""
    code = getattr(exc, "code", "")
    if code == "exists":
        return _tr("文件已存在，不会覆盖：%1", getattr(exc, "path", ""))
    if isinstance(exc, InvalidInput):
        return "\n".join(problem_words(p, None) for p in exc.problems[:8])
    return problem_words(Problem("", str(exc)), None) + f"（{exc}）"
