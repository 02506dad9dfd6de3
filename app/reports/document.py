"""A printed document as plain blocks, shared by the PDF and Word writers.

The report pack's pages are described once, independent of the file format: a :class:`Document`
is a sequence of :class:`Section` objects, each the pages of one table (or of the report text),
carrying what its page footer shows (the table's fingerprint and the QR text). A section holds
blocks: headings, paragraphs, fill-in lines, grids (tables whose first rows repeat on every page)
and signature blocks. :mod:`app.reports.pdf` and :mod:`app.reports.word` only draw these blocks,
so both formats show the same words and numbers.

A document of an evaluation not yet finalised is a *draft* (``Document.draft``): every page of it
carries :data:`DRAFT_HEADER` at the top and the diagonal watermark :data:`DRAFT_MARK` (PDF and Word),
and its sections' fingerprints are draft fingerprints (:mod:`app.reports.fingerprint`). A document
whose sections are numbered on their own (``Document.numbered_by_section``: the member sheets, one
section per member) prints ``第 1 页 共 2 页`` within each section.

Wide tables are split into column chunks here (:func:`chunk_columns`), so both formats split the
same way: the leading columns (编号, 投标人) and the trailing ones (合计, 总分, 排名) repeat in every chunk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.reports.data import Header

#: A line to fill in by hand: a fact the data does not hold is never invented.
BLANK = "_" * 24
#: The signature and date line of the official style (评委签字：__________ 日期：____年__月__日).
SIGN = "签字：____________"
DATE = "日期：______年____月____日"
#: The watermark of a draft and the line at the top of its every page.
DRAFT_MARK = "草稿（未定稿）"
DRAFT_HEADER = f"{DRAFT_MARK}　评审尚未定稿，本页仅供核对，不作为正式评审文件"


@dataclass(frozen=True)
class Heading:
    """A heading in the black face: level 0 is the document title (centred), 1 a part, 2 a sub-part."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A paragraph of body text (宋体); ``indent`` indents its first line by two characters; ``keep`` keeps it on
    the page of the next block."""

    text: str
    indent: bool = True
    small: bool = False
    keep: bool = False


@dataclass(frozen=True)
class Blank:
    """A labelled line to fill in by hand (``label：________``), ``lines`` lines long."""

    label: str
    lines: int = 1


@dataclass(frozen=True)
class Grid:
    """A table. ``head`` rows repeat at the top of every page; ``widths`` are relative; ``align``
    per column is ``L``, ``C`` or ``R``; ``caption`` is printed above it; ``total_row`` makes the last
    row bold."""

    head: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    align: tuple[str, ...]
    caption: str = ""
    total_row: bool = False
    small: bool = False


@dataclass(frozen=True)
class Signatures:
    """Signature and date lines, one per signer (``label`` e.g. ``评委 王建国``); ``dissent`` adds space
    for a dissenting opinion under each signer."""

    title: str
    signers: tuple[str, ...]
    dissent: bool = False


@dataclass(frozen=True)
class NewPage:
    """Start a new page; ``landscape`` sets the orientation from there on."""

    landscape: bool = False


Block = Heading | Para | Blank | Grid | Signatures | NewPage


@dataclass(frozen=True)
class Section:
    """The pages of one table: its footer label, fingerprint and QR text, orientation and blocks.

    Attributes:
        table: the fingerprint name of the table the pages show (``summary``, ``sheet:M1`` …).
        label: the table's name as printed in the footer (``评分汇总表``).
        fingerprint: the table's fingerprint (:func:`app.reports.fingerprint.fingerprint`).
        qr: the text of the QR code (see :func:`app.reports.qr.qr_text`).
        landscape: orientation of the section's first page.
        blocks: the content.
    """

    table: str
    label: str
    fingerprint: str
    qr: str
    landscape: bool
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    """One file of the pack: a title (file metadata), the project header and its sections; ``draft``: the
    evaluation is not finalised; ``numbered_by_section``: each section's pages are numbered on their own."""

    title: str
    header: Header
    sections: tuple[Section, ...]
    draft: bool = False
    numbered_by_section: bool = False
    #: The footer's line under the fingerprint (in the method's words: 供应商 for the methods that negotiate).
    scan_note: str = "扫码核对数据指纹与各投标人合计"


#: A table at least this share of the text width is stretched to the full width; a narrower one keeps its size.
STRETCH_FROM = 0.7


def fit_widths(widths: Sequence[float], available: float) -> list[float]:
    """Column widths in points for a text width of ``available`` points (see :data:`STRETCH_FROM`)."""
    natural = sum(widths)
    scale = available / natural if natural > STRETCH_FROM * available or natural > available else 1.0
    return [w * scale for w in widths]


def footer_text(header: Header, section: Section) -> str:
    """The footer's first line: project number, the table and its fingerprint (page x of y is added by the writer)."""
    return f"项目编号：{header.number}　　{section.label}　　数据指纹：{section.fingerprint}"


def page_text(page: int, pages: int) -> str:
    """``第 3 页 共 12 页``."""
    return f"第 {page} 页 共 {pages} 页"


def header_blocks(header: Header, title: str) -> list[Block]:
    """The title and the project lines at the top of a table."""
    lines = f"项目名称：{header.name}　　项目编号：{header.number}"
    dates = f"采购人：{header.purchaser}　　采购代理机构：{header.agency}　　开标日期：{header.opening}"
    if header.price_mode == "rate":  # issue 16: a rate tender's every table says the bids are rates
        dates += "　　报价形式：费率（%）"
    return [Heading(title, 0), Para(lines, indent=False, small=True), Para(dates, indent=False, small=True)]


def chunk_count(n: int, most: int) -> int:
    """How many chunks ``n`` columns need with at most ``most`` per chunk (at least one)."""
    return max(1, -(-n // most))


def chunk_columns(n: int, most: int) -> list[range]:
    """Split ``n`` columns into balanced consecutive chunks of at most ``most`` (16, 10 → 8 + 8)."""
    if n == 0:
        return [range(0)]
    chunks = chunk_count(n, most)
    size = -(-n // chunks)
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def split_grid(
    lead: Sequence[tuple[str, float, str]], body: Sequence[tuple[str, float, str]],
    tail: Sequence[tuple[str, float, str]], rows: Sequence[tuple[Sequence[str], Sequence[str], Sequence[str]]],
    most: int, caption: str = "", small: bool = False,
) -> list[Grid]:
    """A wide table as grids of at most ``most`` body columns, each repeating the lead and tail columns.

    Args:
        lead: the leading columns as (heading, relative width, alignment).
        body: the columns to split.
        tail: the trailing columns (every chunk shows them).
        rows: each row's lead, body and tail cells.
        most: body columns per grid at most.
        caption: printed above each grid, with ``（第 i 部分，共 n 部分）`` when split.
        small: a smaller font for dense tables.
    """
    chunks = chunk_columns(len(body), most)
    grids = []
    for i, chunk in enumerate(chunks, start=1):
        cols = [*lead, *(body[c] for c in chunk), *tail]
        part = f"（第 {i} 部分，共 {len(chunks)} 部分）" if len(chunks) > 1 else ""
        grids.append(Grid(
            head=(tuple(c[0] for c in cols),),
            rows=tuple((*r[0], *(r[1][c] for c in chunk), *r[2]) for r in rows),
            widths=tuple(c[1] for c in cols), align=tuple(c[2] for c in cols),
            caption=caption + part, small=small,
        ))
    return grids


def plain_text(doc: Document) -> str:
    """Every word of a document, one block per line (for tests and a quick look)."""
    out: list[str] = [DRAFT_HEADER] if doc.draft else []
    for section in doc.sections:
        for block in section.blocks:
            if isinstance(block, Heading | Para):
                out.append(block.text)
            elif isinstance(block, Blank):
                out.append(f"{block.label}：{BLANK}")
            elif isinstance(block, Grid):
                out.append(block.caption)
                out += ["\t".join(r) for r in (*block.head, *block.rows)]
            elif isinstance(block, Signatures):
                out.append(block.title)
                out += [f"{s}　{SIGN}　{DATE}" for s in block.signers]
    return "\n".join(out)
