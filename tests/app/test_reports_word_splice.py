"""The Word files' tables spliced in from a temporary file are the bytes lxml writes when they are in the tree."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from app.reports import word
from app.reports.pack import REPORT, SHEETS, TABLES, build_documents
from tests.app.reportkit import load


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


def test_the_spliced_tables_are_the_tables_lxml_writes(tmp_path: Path) -> None:
    ev, result = load("pingdingshan-001.json")
    documents = build_documents(ev, result)
    for name in (REPORT, TABLES, SHEETS):
        spliced = word.write_docx(documents[name], tmp_path / f"{name}.docx").read_bytes()
        writer = word._Writer(documents[name])
        assert writer.spill is not None
        writer.spill.close()
        writer.spill = None  # every table into the tree, as python-docx alone would have it
        in_tree = io.BytesIO()
        writer.write().save(in_tree)
        expected = _document_xml(in_tree.getvalue())
        assert _document_xml(spliced) == expected
        assert expected.count(b"<w:tbl>") >= 1 and b"<?biddesk-grid" not in expected
