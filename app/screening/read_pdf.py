"""A PDF read for the screen: text per page (pdfium), document info, ids and images (pypdf); never raising.

Two well-kept libraries, each for what it does best (docs/screening.md): **pypdfium2** (already used
for the report preview) extracts the text of a page about ten times faster than pure Python, which a
300-page bid needs; **pypdf** (pure Python) gives the document's structure: the info dictionary
(``/Author``, ``/Producer``, ``/Creator``, ``/Title``, ``/CreationDate``, ``/ModDate``), the trailer
``/ID``, the XMP ``xmpMM:DocumentID`` and ``xmpMM:InstanceID``, and the raw bytes of every image
XObject (SHA-256 of the stream as stored, each object once, through form XObjects).

A file that pdfium cannot open is unreadable; a structure pypdf cannot parse leaves the text and
says so in ``notes``. Limits: :mod:`app.screening.limits`.
"""
# mypy: disable-error-code="import-untyped"

from __future__ import annotations

import hashlib
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from app.screening.limits import (
    MAX_FILE_CHARS,
    MAX_IMAGES,
    MAX_PDF_BYTES,
    MAX_PDF_PAGES,
    MAX_UNIT_CHARS,
    MAX_XMP_BYTES,
)
from app.screening.model import BidFile, Media, Stamp, Unit, Value, unreadable

__all__ = ["parse_pdf_date", "read_pdf"]

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
                       r"\s*(?:([Zz+-])\s*(\d{2})?'?\s*(\d{2})?'?)?")
_INFO = (("/Author", "author"), ("/Producer", "producer"), ("/Creator", "creator_tool"), ("/Title", "title"))
_MAX_DEPTH = 6


class _Refused(Exception):
    """Not a readable PDF; the message says why."""


def parse_pdf_date(text: str) -> datetime | None:
    """A PDF date (``D:20251120101200+08'00'``) as an aware UTC time; no zone is read as UTC."""
    m = _PDF_DATE.match(text.strip())
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) if g else d for g, d in
                                              zip(m.groups()[:6], (0, 1, 1, 0, 0, 0), strict=True))
    try:
        at = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    sign, oh, om = m.group(7), m.group(8), m.group(9)
    offset = timedelta(0)
    if sign in ("+", "-"):
        offset = timedelta(hours=int(oh or 0), minutes=int(om or 0)) * (1 if sign == "+" else -1)
    try:
        return at.replace(tzinfo=timezone(offset)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf reports broken files through logging and warnings: the screen reports them itself."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _raw(source: str | Path | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                raise _Refused(f"the file is larger than {MAX_PDF_BYTES // 2**20} MB")
            data = path.read_bytes()
        except OSError as exc:
            raise _Refused(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_PDF_BYTES:
        raise _Refused(f"the file is larger than {MAX_PDF_BYTES // 2**20} MB")
    if b"%PDF-" not in data[:1024]:
        raise _Refused("not a PDF file (no %PDF- header)")
    return data


def _pages_text(data: bytes) -> tuple[list[Unit], int, bool]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise _Refused("the PDF is encrypted and needs a password") from None
        raise _Refused(f"not a readable PDF ({message[:200]})") from None
    units: list[Unit] = []
    chars, cut = 0, False
    try:
        count = len(document)
        for index in range(min(count, MAX_PDF_PAGES)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_UNIT_CHARS]
            if chars + len(text) > MAX_FILE_CHARS:
                cut = True
                break
            chars += len(text)
            if text.strip():
                units.append(Unit(index + 1, f"page {index + 1}", text))
    finally:
        document.close()
    return units, count, cut or count > MAX_PDF_PAGES


def _text_of(value: Any) -> str:
    try:
        text = str(value)
    except Exception:
        return ""
    return text.strip().replace("\x00", "")[:500]


def _id_hex(value: Any) -> str:
    raw = getattr(value, "original_bytes", None)
    if isinstance(raw, bytes):
        return raw.hex().upper()
    if isinstance(value, bytes):
        return value.hex().upper()
    return ""


def _images(reader: Any) -> list[Media]:
    """SHA-256 of each image XObject's stored bytes, once per object, with the first page that shows it."""
    from pypdf.generic import IndirectObject

    seen: set[tuple[int, int] | int] = set()
    out: list[Media] = []

    def visit(resources: Any, page_no: int, depth: int) -> None:
        if depth > _MAX_DEPTH or len(out) >= MAX_IMAGES:
            return
        try:
            xobjects = resources.get("/XObject") if resources is not None else None
            xobjects = xobjects.get_object() if xobjects is not None else None
            items = list(xobjects.items()) if xobjects is not None else []
        except Exception:
            return
        for name, ref in items:
            key: tuple[int, int] | int = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            seen.add(key)
            try:
                obj = ref.get_object()
                subtype = obj.get("/Subtype")
            except Exception:
                continue
            if subtype == "/Image":
                raw = getattr(obj, "_data", None)
                if isinstance(raw, bytes):
                    out.append(Media(f"page {page_no} image {str(name).lstrip('/')}", hashlib.sha256(raw).hexdigest(),
                                     len(raw)))
            elif subtype == "/Form":
                visit(obj.get("/Resources"), page_no, depth + 1)

    for index, page in enumerate(reader.pages):
        if index >= MAX_PDF_PAGES or len(out) >= MAX_IMAGES:
            break
        try:
            resources = page.get("/Resources")
            resources = resources.get_object() if resources is not None else None
        except Exception:
            continue
        visit(resources, index + 1, 0)
    return out


def _xmp(reader: Any, values: list[Value]) -> None:
    try:
        root = reader.trailer["/Root"].get_object()
        stream = root.get("/Metadata")
        if stream is None:
            return
        stream = stream.get_object()
        if int(stream.get("/Length", 0)) > MAX_XMP_BYTES:
            return
        xmp = reader.xmp_metadata
    except Exception:
        return
    if xmp is None:
        return
    for attr, key in (("xmpmm_document_id", "xmp_document_id"), ("xmpmm_instance_id", "xmp_instance_id")):
        try:
            text = _text_of(getattr(xmp, attr))
        except Exception:
            continue
        if text and text != "None":
            values.append(Value(key, f"XMP xmpMM:{'DocumentID' if key == 'xmp_document_id' else 'InstanceID'}", text))


def _structure(data: bytes) -> tuple[list[Value], list[Stamp], list[Media]]:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception:
            return [], [], []
    values: list[Value] = []
    stamps: list[Stamp] = []
    try:
        info = reader.trailer.get("/Info")
        info = info.get_object() if info is not None else None
    except Exception:
        info = None
    if info is not None:
        for key, name in _INFO:
            text = _text_of(info.get(key)) if info.get(key) is not None else ""
            if text:
                values.append(Value(name, f"document info {key}", text))
        for key, name in (("/CreationDate", "created"), ("/ModDate", "modified")):
            text = _text_of(info.get(key)) if info.get(key) is not None else ""
            at = parse_pdf_date(text) if text else None
            if at is not None:
                stamps.append(Stamp(name, f"document info {key}", text, at))
    try:
        ids = reader.trailer.get("/ID")
        first = _id_hex(ids[0]) if ids is not None and len(ids) > 0 else ""
    except Exception:
        first = ""
    if first and set(first) != {"0"}:
        values.append(Value("pdf_id", "trailer /ID", first))
    _xmp(reader, values)
    return values, stamps, _images(reader)


def read_pdf(source: str | Path | bytes, name: str) -> BidFile:
    """Read a PDF for the screen; never raises.

    Args:
        source: the file's path or bytes.
        name: the file's name as the output shows it.

    Returns:
        Its text by page, document info, ids and images, or ``unreadable`` with the reason.
    """
    try:
        data = _raw(source)
        units, pages, cut = _pages_text(data)
    except _Refused as exc:
        return unreadable(name, "pdf", str(exc))
    except Exception as exc:
        return unreadable(name, "pdf", f"not a readable PDF ({type(exc).__name__}: {str(exc)[:200]})")
    notes: list[str] = []
    if cut:
        notes.append(f"text cut at {min(pages, MAX_PDF_PAGES)} pages or {MAX_FILE_CHARS} characters")
    try:
        with _quiet():
            values, stamps, media = _structure(data)
    except (RecursionError, MemoryError):
        values, stamps, media = [], [], []
        notes.append("the document structure is nested too deeply to read")
    except Exception as exc:
        values, stamps, media = [], [], []
        notes.append(f"the document structure cannot be read ({type(exc).__name__})")
    return BidFile(name=name, kind="pdf", units=tuple(units), values=tuple(values), stamps=tuple(stamps),
                   media=tuple(media), pages=pages, notes=tuple(notes))
