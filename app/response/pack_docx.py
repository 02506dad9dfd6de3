"""The 投标文件 as .docx: the PDF's blocks, 宋体/黑体 set as the report pack does, the bidder's own properties.

Fonts and tables come from the report pack's Word writer (:mod:`app.reports.word`: ``w:eastAsia`` on every
style, tables written as XML). Each form's title is a ``Heading 1`` starting a new page; the contents are
a Word TOC field whose cached entries carry the page numbers of the PDF (:func:`app.response.pack_pdf.write_pdf`),
so the file opens showing those numbers and Word's "更新域" recomputes them for its own layout.

The package keeps nothing of python-docx's template that could tie two bids together: the core
properties are the bidder's (author and last editor) with fresh dates, ``docProps/app.xml`` is rewritten
(company = the bidder), the template's revision ids (``w:rsids``, ``w:rsid*``), thumbnail, bibliography
part and ``stylesWithEffects`` part are dropped.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from app.reports.word import TEXT_TWIPS, _field, _page, _style_fonts
from app.reports.word import _Writer as _ReportBlocks
from app.response.pack_forms import Block, Pack, Seal

MARGIN_TOP = MARGIN_BOTTOM = Mm(22)
TEXT_WIDTH = Mm(TEXT_TWIPS[False] / 1440 * 25.4)
DRAFT_RED = RGBColor(0xCC, 0x0D, 0x0D)
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>BidDesk</Application><DocSecurity>0</DocSecurity><Pages>{pages}</Pages>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


class _Blocks(_ReportBlocks):
    """The report pack's block writer on a document of our own (no report footer), plus the seal block."""

    def __init__(self, docx: DocxDocument) -> None:  # the parent's footer needs a report; ours has none
        self.docx = docx
        self.landscape = False
        self.part = None
        self.sentinel = docx.element.body.get_or_add_sectPr()  # where the parent's writer puts what it adds
        self.last_p = None
        self.spill = None  # tables go into the tree (this document is saved as it is)
        self.spans = []

    def draw(self, block: Block) -> None:
        if isinstance(block, Seal):
            for k, line in enumerate(block.lines):
                p = self.para(line, indent=False)
                p.paragraph_format.left_indent = TEXT_WIDTH * 36 // 100
                p.paragraph_format.space_before = Pt(20 if k == 0 else 6)
                p.paragraph_format.keep_with_next = k < len(block.lines) - 1
        else:
            self.block(block)


def _text(paragraph: Paragraph, text: str, size: float | None = None, face_bold: bool = False) -> None:
    run = paragraph.add_run(text)
    if size is not None:
        run.font.size = Pt(size)
    if face_bold:
        run.font.bold = True


def _frame(section: DocxSection, pack: Pack) -> None:
    """Page size and margins, the footer (none on the cover) and, on a draft, the mark in every header."""
    _page(section, False)
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.header_distance = Mm(8)
    section.different_first_page_header_footer = True
    footer = section.footer
    footer.is_linked_to_previous = False
    first = footer.paragraphs[0]
    first.style = "Footer"
    first.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    first.add_run(f"{pack.footer_left}\t{pack.footer_right}")
    number = footer.add_paragraph(style="Footer")
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, rest = pack.page_label.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    number.add_run(before)
    _field(number, "PAGE")
    number.add_run(middle)
    _field(number, "NUMPAGES")
    number.add_run(after)
    if pack.draft_mark:
        for header in (section.header, section.first_page_header):
            header.is_linked_to_previous = False
            p = header.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(pack.draft_mark)
            run.font.bold = True
            run.font.size = Pt(12)
            run.font.color.rgb = DRAFT_RED


def _cover(docx: DocxDocument, pack: Pack) -> None:
    title = docx.add_paragraph(style="Title")
    title.paragraph_format.space_before = Mm(50)
    title.paragraph_format.space_after = Mm(24)
    _text(title, pack.cover.title, 32)
    for line in pack.cover.lines:
        p = docx.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _text(p, line, 15)
    for k, line in enumerate(pack.cover.bottom):
        p = docx.add_paragraph()
        p.paragraph_format.left_indent = TEXT_WIDTH * 18 // 100
        p.paragraph_format.space_before = Mm(50) if k == 0 else Pt(8)
        _text(p, line, 14)


def _begin_field(paragraph: Paragraph, code: str) -> None:
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {escape(code)} </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))


def _contents(docx: DocxDocument, pack: Pack, pages: list[int]) -> None:
    """The TOC field over the form titles (Heading 1), its cached result the PDF's page numbers."""
    head = docx.add_paragraph(style="Title")
    head.paragraph_format.page_break_before = True
    _text(head, pack.toc_title, 18)
    last = len(pack.forms) - 1
    for k, form in enumerate(pack.forms):
        p = docx.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(6)
        if k == 0:
            _begin_field(p, 'TOC \\o "1-1" \\h \\z \\u')
        _text(p, f"{form.title}\t{pages[k]}", 11)
        if k == last:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def _forms(docx: DocxDocument, pack: Pack) -> None:
    blocks = _Blocks(docx)
    for form in pack.forms:
        title = docx.add_paragraph(style="Heading 1")
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.page_break_before = True
        title.paragraph_format.space_after = Pt(12)
        _text(title, form.title, 16)
        for block in form.blocks:
            blocks.draw(block)


def _clean_package(docx: DocxDocument, pack: Pack, pages: int) -> None:
    """The bidder's own properties, and nothing left of python-docx's template."""
    props = docx.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    props.author = props.last_modified_by = pack.bidder
    props.title, props.subject = pack.title, pack.subject
    props.comments = props.keywords = props.category = props.content_status = ""
    props.identifier = props.version = ""
    props.language = "zh-CN"
    props.revision = 1
    props.created = props.modified = now
    package = docx.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML.format(pages=pages, company=escape(pack.bidder)).encode("utf-8")
    for rid, rel in list(docx.part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, STYLES_WITH_EFFECTS):
            del docx.part.rels[rid]
    settings = docx.settings.element
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)
    for root in (docx.element, docx.styles.element, settings):
        for element in list(root.iter()):
            if not isinstance(element.tag, str):
                continue
            if element.tag == qn("w:rsid"):  # a style's own revision id (<w:rsid w:val=…/>)
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
                continue
            for attr in [a for a in element.attrib if a.rpartition("}")[2].startswith("rsid")]:
                del element.attrib[attr]


def write_docx(pack: Pack, path: Path, pages: list[int], total: int) -> Path:
    """Write the pack as .docx to ``path``.

    Args:
        pack: the pack.
        path: the file to write.
        pages: the page each form starts on in the PDF (the contents print them).
        total: the PDF's page count (``docProps/app.xml`` Pages).

    Returns:
        ``path``.
    """
    docx = new_docx()
    _style_fonts(docx)
    _frame(docx.sections[0], pack)
    _cover(docx, pack)
    _contents(docx, pack, pages)
    _forms(docx, pack)
    _clean_package(docx, pack, total)
    docx.save(str(path))
    return path
