"""Limits of what the screen reads from a bid document (docs/screening.md): a hostile file cannot hang it.

A file past a limit is reported as unreadable with the limit named; the rest of the screen goes on.
The Office limits are the house ones (:mod:`app.exchange.limits`).
"""

from __future__ import annotations

from app.exchange.limits import MAX_OFFICE_BYTES, MAX_PART_BYTES

__all__ = [
    "MAX_DOCX_BYTES", "MAX_FILE_CHARS", "MAX_IMAGES", "MAX_MEDIA_TOTAL", "MAX_PART_BYTES", "MAX_PDF_BYTES",
    "MAX_PDF_PAGES", "MAX_UNIT_CHARS", "MAX_XMP_BYTES", "MAX_ZIP_ENTRIES",
]

#: The largest .docx read, and the largest part inside it once unpacked (a zip bomb is refused unread).
MAX_DOCX_BYTES = MAX_OFFICE_BYTES
#: A .docx with more parts than this is not a bid document.
MAX_ZIP_ENTRIES = 20_000
#: The media of one .docx hashed, unpacked, in all.
MAX_MEDIA_TOTAL = 1024 * 1024 * 1024
#: The largest PDF read, and the pages read of it.
MAX_PDF_BYTES = 500 * 1024 * 1024
MAX_PDF_PAGES = 10_000
#: Images hashed in one PDF (distinct objects), and the largest XMP packet decoded.
MAX_IMAGES = 20_000
MAX_XMP_BYTES = 4 * 1024 * 1024
#: Characters kept of one paragraph or page, and of one file (the rest is cut: far past any bid).
MAX_UNIT_CHARS = 200_000
MAX_FILE_CHARS = 20_000_000
