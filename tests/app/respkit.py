"""Builders for response-file tests: the bundled clean responses as dicts, and their self-check kinds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from app.response.reader import read_response
from app.response.selfcheck import Finding, self_check

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "responses"


def clean_doc(stem: str = "pingdingshan-001") -> dict[str, Any]:
    """The bundled clean response of a sample tender, as a fresh dict."""
    return copy.deepcopy(json.loads((SAMPLES / f"{stem}-clean.bidresp.json").read_text(encoding="utf-8")))


def findings(doc: dict[str, Any]) -> list[Finding]:
    """The self-check findings of a response document."""
    return self_check(read_response(json.loads(json.dumps(doc)), draft=False))


def kinds(doc: dict[str, Any]) -> set[str]:
    """The kinds of the findings of a response document."""
    return {f.kind for f in findings(doc)}


def where(doc: dict[str, Any], kind: str) -> list[str]:
    """The places of the findings of one kind."""
    return [f.where for f in findings(doc) if f.kind == kind]
