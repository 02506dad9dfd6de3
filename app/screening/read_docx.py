"""A .docx read straight from its OOXML parts (zipfile + ElementTree): fast, and never raising.

What is read, for the screen (docs/screening.md):

- **text** in document order, numbered: every body paragraph and every table cell is one unit
  (``paragraph 12``; a cell is ``paragraph 40 (table 2 row 3 cell 2)``, its paragraphs joined by line
  breaks, a nested table's cells inside it); then the headers, footers, footnotes and endnotes, numbered
  per part (``word/header1.xml paragraph 1``). Deleted text, field codes and the VML fallback copy of
  a text box are not text;
- **properties**: ``dc:creator``, ``cp:lastModifiedBy``, ``dc:title``, ``dcterms:created`` and
  ``dcterms:modified`` (docProps/core.xml), ``Company`` (docProps/app.xml);
- **revision ids**: ``w:rsidRoot`` and every ``w:rsid`` of word/settings.xml, and every ``w:rsid*``
  attribute value of the body (upper case);
- **media**: the SHA-256 of every file under word/media.

A file that is not a readable .docx, or is past a limit of :mod:`app.screening.limits`, is returned
as ``unreadable`` with the reason; nothing here raises.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from app.screening.limits import (
    MAX_DOCX_BYTES,
    MAX_FILE_CHARS,
    MAX_MEDIA_TOTAL,
    MAX_PART_BYTES,
    MAX_UNIT_CHARS,
    MAX_ZIP_ENTRIES,
)
from app.screening.model import BidFile, Media, Stamp, Unit, Value, unreadable

__all__ = ["parse_time", "read_docx"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_P, _TBL, _TR, _TC = W + "p", W + "tbl", W + "tr", W + "tc"
_T, _TAB, _BR, _CR, _HYPHEN = W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen"
_SKIP = {MC + "Fallback", W + "delText", W + "instrText", W + "pPr", W + "rPr", W + "sectPr", W + "tblPr",
         W + "tcPr", W + "trPr", W + "tblGrid"}
#: Block-level wrappers whose content is read as if it stood in their place.
_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo", W + "smartTag",
             MC + "AlternateContent", MC + "Choice"}
_RSID_ATTR = re.compile(rb'\s(?:[A-Za-z_][\w.-]*:)?rsid[A-Za-z]*="([0-9A-Fa-f]{8})"')
_NOTE_TYPES = {"header", "footer", "footnotes", "endnotes"}


class _Refused(Exception):
    """The file is past a limit or not a .docx; the message says why."""


def parse_time(text: str) -> datetime | None:
    """An ISO 8601 / W3CDTF time (``2025-11-20T10:12:00Z``) as an aware UTC time; no zone is read as UTC."""
    text = text.strip()
    if not text or len(text) > 40:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None
    return (at.replace(tzinfo=UTC) if at.tzinfo is None else at).astimezone(UTC)


def _raw(source: str | Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_DOCX_BYTES:
                raise _Refused(f"the file is larger than {MAX_DOCX_BYTES // 2**20} MB")
            data = path.read_bytes()
        except OSError as exc:
            raise _Refused(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_DOCX_BYTES:
        raise _Refused(f"the file is larger than {MAX_DOCX_BYTES // 2**20} MB")
    return data


def _open(data: bytes) -> zipfile.ZipFile:
    if data.startswith(OLE_MAGIC):
        raise _Refused("an old Word .doc or a password-protected document (OLE file), not a .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _Refused(f"not a .docx (not a zip archive: {exc})") from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise _Refused(f"the archive has {len(infos)} parts; at most {MAX_ZIP_ENTRIES} are read")
    return archive


def _part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A part's bytes (None when absent); refused past the part limit or when it declares a DTD."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise _Refused(f"{name} unpacks to {info.file_size // 2**20} MB; at most {MAX_PART_BYTES // 2**20} MB "
                       "are read")
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise _Refused(f"{name} cannot be unpacked ({exc})") from None
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _Refused(f"{name} declares a DTD, which no Office part has")
    return data


def _xml(archive: zipfile.ZipFile, name: str) -> ET.Element | None:
    data = _part(archive, name)
    if data is None:
        return None
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise _Refused(f"{name} is not well-formed XML ({exc})") from None


def _relationships(archive: zipfile.ZipFile, rels_name: str, base: str) -> list[tuple[str, str]]:
    """(type's last segment, part name) of a relationships part."""
    root = _xml(archive, rels_name)
    if root is None:
        return []
    out: list[tuple[str, str]] = []
    for rel in root.iter(REL + "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target, kind = rel.get("Target") or "", (rel.get("Type") or "").rsplit("/", 1)[-1]
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        out.append((kind, name))
    return out


def _text(element: ET.Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _HYPHEN:
            parts.append("-")
        elif tag in _SKIP:
            continue
        elif tag == _P:  # a paragraph inside a text box
            _text(child, parts)
            parts.append("\n")
        else:
            _text(child, parts)


def _paragraph_text(p: ET.Element) -> str:
    parts: list[str] = []
    _text(p, parts)
    return "".join(parts).strip("\n")


def _blocks(container: ET.Element) -> Iterator[ET.Element]:
    """The paragraphs and tables of a body, cell or note, in order, through content controls and wrappers."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _children(element: ET.Element, tag: str) -> Iterator[ET.Element]:
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _cell_text(cell: ET.Element) -> str:
    lines: list[str] = []
    for block in _blocks(cell):
        if block.tag == _P:
            lines.append(_paragraph_text(block))
        else:
            for row in _children(block, _TR):
                lines.append("\t".join(_cell_text(c) for c in _children(row, _TC)))
    return "\n".join(lines).strip("\n")


class _Collector:
    """Numbered units of one document, cut at the file's character limit."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.chars = 0
        self.cut = False

    def add(self, number: int, where: str, text: str) -> None:
        if not text.strip() or self.cut:
            return
        if len(text) > MAX_UNIT_CHARS:
            text = text[:MAX_UNIT_CHARS]
        if self.chars + len(text) > MAX_FILE_CHARS:
            self.cut = True
            return
        self.chars += len(text)
        self.units.append(Unit(number, where, text))

    def body(self, root: ET.Element) -> None:
        body = root.find(W + "body")
        if body is None:
            raise _Refused("word/document.xml has no w:body")
        number = tables = 0
        for block in _blocks(body):
            if block.tag == _P:
                number += 1
                self.add(number, f"paragraph {number}", _paragraph_text(block))
                continue
            tables += 1
            for r, row in enumerate(_children(block, _TR), start=1):
                for c, cell in enumerate(_children(row, _TC), start=1):
                    number += 1
                    self.add(number, f"paragraph {number} (table {tables} row {r} cell {c})", _cell_text(cell))

    def note(self, part: str, root: ET.Element) -> None:
        number = 0
        for element in root.iter():
            if element.tag == _P:
                number += 1
                self.add(number, f"{part} paragraph {number}", _paragraph_text(element))


def _core(archive: zipfile.ZipFile, name: str, values: list[Value], stamps: list[Stamp]) -> None:
    root = _xml(archive, name)
    if root is None:
        return
    for tag, key, label in ((DC + "creator", "author", "dc:creator"),
                            (CP + "lastModifiedBy", "last_modified_by", "cp:lastModifiedBy"),
                            (DC + "title", "title", "dc:title")):
        el = root.find(tag)
        if el is not None and (el.text or "").strip():
            values.append(Value(key, f"{name} {label}", (el.text or "").strip()[:500]))
    for tag, key, label in ((DCTERMS + "created", "created", "dcterms:created"),
                            (DCTERMS + "modified", "modified", "dcterms:modified")):
        el = root.find(tag)
        text = (el.text or "").strip() if el is not None else ""
        at = parse_time(text)
        if at is not None:
            stamps.append(Stamp(key, f"{name} {label}", text, at))


def _app(archive: zipfile.ZipFile, name: str, values: list[Value]) -> None:
    root = _xml(archive, name)
    if root is None:
        return
    for tag, key in ((EP + "Company", "company"), (EP + "Application", "creator_tool")):
        el = root.find(tag)
        if el is not None and (el.text or "").strip():
            values.append(Value(key, f"{name} {tag.rsplit('}', 1)[-1]}", (el.text or "").strip()[:500]))


def _rsids(archive: zipfile.ZipFile, settings: str | None, body: bytes) -> tuple[str | None, set[str]]:
    found = {m.group(1).decode().upper() for m in _RSID_ATTR.finditer(body)}
    root_value: str | None = None
    tree = _xml(archive, settings) if settings else None
    if tree is not None:
        for el in tree.iter():
            if el.tag in (W + "rsidRoot", W + "rsid"):
                value = (el.get(W + "val") or "").upper()
                if re.fullmatch(r"[0-9A-F]{8}", value):
                    found.add(value)
                    if el.tag == W + "rsidRoot":
                        root_value = value
    return root_value, found


def _media(archive: zipfile.ZipFile, folder: str) -> list[Media]:
    out: list[Media] = []
    total = 0
    for info in archive.infolist():
        if not info.filename.startswith(folder) or info.is_dir():
            continue
        if info.file_size > MAX_PART_BYTES:
            raise _Refused(f"{info.filename} unpacks to {info.file_size // 2**20} MB; at most "
                           f"{MAX_PART_BYTES // 2**20} MB are read")
        total += info.file_size
        if total > MAX_MEDIA_TOTAL:
            raise _Refused(f"the media unpack to more than {MAX_MEDIA_TOTAL // 2**20} MB")
        digest = hashlib.sha256()
        try:
            with archive.open(info) as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
            raise _Refused(f"{info.filename} cannot be unpacked ({exc})") from None
        out.append(Media(info.filename, digest.hexdigest(), info.file_size))
    return out


def _read(data: bytes, name: str) -> BidFile:
    archive = _open(data)
    package = _relationships(archive, "_rels/.rels", "")
    main = next((n for k, n in package if k == "officeDocument"), "word/document.xml")
    body = _part(archive, main)
    if body is None:
        raise _Refused(f"not a Word document (no {main})")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise _Refused(f"{main} is not well-formed XML ({exc})") from None
    if root.tag != W + "document":
        raise _Refused(f"not a Word document ({main} is no w:document)")
    folder = posixpath.dirname(main)
    collector = _Collector()
    collector.body(root)
    del root
    doc_rels = _relationships(archive, posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels"), folder)
    for kind, part in doc_rels:
        if kind in _NOTE_TYPES:
            note = _xml(archive, part)
            if note is not None:
                collector.note(part, note)
    values: list[Value] = []
    stamps: list[Stamp] = []
    _core(archive, next((n for k, n in package if k == "core-properties"), "docProps/core.xml"), values, stamps)
    _app(archive, next((n for k, n in package if k == "extended-properties"), "docProps/app.xml"), values)
    settings = next((n for k, n in doc_rels if k == "settings"), None)
    rsid_root, rsids = _rsids(archive, settings, body)
    media = _media(archive, (folder + "/" if folder else "") + "media/")
    notes = (f"text cut at {MAX_FILE_CHARS} characters",) if collector.cut else ()
    return BidFile(name=name, kind="docx", units=tuple(collector.units), values=tuple(values), stamps=tuple(stamps),
                   rsid_root=rsid_root, rsids=frozenset(rsids), media=tuple(media), notes=notes)


def read_docx(source: str | Path | bytes, name: str) -> BidFile:
    """Read a .docx for the screen; never raises.

    Args:
        source: the file's path or bytes.
        name: the file's name as the output shows it (``B1.docx``, ``B2/投标文件.docx``).

    Returns:
        What the document holds, or ``unreadable`` with the reason.
    """
    try:
        return _read(_raw(source), name)
    except _Refused as exc:
        return unreadable(name, "docx", str(exc))
    except (RecursionError, MemoryError):
        return unreadable(name, "docx", "nested too deeply or too large to read")
    except Exception as exc:  # a hostile archive may break zipfile in ways it does not document
        return unreadable(name, "docx", f"cannot be read ({type(exc).__name__}: {str(exc)[:200]})")
