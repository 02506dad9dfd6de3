"""The single-source sample without its negotiation record: the tests record their own rounds on it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SAMPLES

SINGLE = SAMPLES / "jiaozuo-000-single-source.json"


def bare_single(folder: Path, method: str | None = None) -> Path:
    """An exchange file of the single-source sample with no ``biddesk.negotiation`` (and ``method`` if given)."""
    doc = json.loads(SINGLE.read_text(encoding="utf-8"))
    doc["x"].pop("biddesk.negotiation", None)
    if method is not None:
        doc["project"]["method"] = method
    path = folder / "single-bare.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path
