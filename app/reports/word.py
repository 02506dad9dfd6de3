"""The report pack as Word documents (python-docx): A4, 宋体 body, 黑体 headings, the same blocks as the PDF.

python-docx has no API for the East Asian font: the styles' ``w:rFonts`` get ``w:eastAsia`` and
lose their theme attributes (``w:eastAsiaTheme`` …), which would otherwise win over the name, and
the language is set to zh-CN so Word breaks lines the Chinese way. Tables are written as XML in
one go (python-docx's cell API is too slow for a 30 × 9 pack); their heading rows are marked
``w:tblHeader`` so Word repeats them on every page, and no row splits across pages. Each table is
a Word section with its own footer: project number, the table and its fingerprint,
``第 x 页 共 y 页`` (PAGE / NUMPAGES fields) and the QR code as a PNG.

A document numbered by section (the member sheets) restarts the page numbers at each of its
sections (``w:pgNumType w:start="1"``; a member's item pages in another orientation are further Word
sections that continue the count) and prints the total as ``SECTIONPAGES`` when the section is one
Word section, else as ``PAGEREF`` to a bookmark on its last paragraph (Word's way to say "page x of
y" of several sections).

A draft's every Word section has a header: the red, bold line
:data:`~app.reports.document.DRAFT_HEADER` and a grey diagonal watermark
:data:`~app.reports.document.DRAFT_MARK` (a VML text path behind the text, as Word's own 水印 is).
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section as DocxSection
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from lxml import etree

from app.reports.document import (
    BLANK,
    DATE,
    DRAFT_HEADER,
    DRAFT_MARK,
    SIGN,
    Blank,
    Block,
    Document,
    Grid,
    Heading,
    NewPage,
    Para,
    Section,
    Signatures,
    fit_widths,
    footer_text,
)
from app.reports.qr import qr_png

SONG, HEI = "宋体", "黑体"
PAGE_W, PAGE_H = Mm(210), Mm(297)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = Mm(18), Mm(16), Mm(20)
#: Text width in twentieths of a point, portrait and landscape.
TEXT_TWIPS = {False: int((210 - 36) / 25.4 * 1440), True: int((297 - 36) / 25.4 * 1440)}
#: Underscores that fill a line of body text (10.5 pt) in either orientation.
LINE_UNDERSCORES = {False: 90, True: 136}
ALIGN = {"L": "left", "C": "center", "R": "right"}
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
#: Word's shape type of a plain text path (WordArt "Plain Text"), as Word writes it for a watermark.
TEXT_PATH_TYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(f'<v:f eqn="{e}"/>' for e in (
        "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
        "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7",
        "sum @6 0 @5"))
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
)


def set_fonts(rpr: BaseOxmlElement, face: str) -> None:
    """Set every script of a run-properties element to ``face`` and drop the theme fonts that override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), face)


def _style_fonts(doc: DocxDocument) -> None:
    styles = doc.styles.element
    default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(default, SONG)
    lang = default.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")
    spec = {"Normal": (SONG, 10.5), "Title": (HEI, 16), "Heading 1": (HEI, 12), "Heading 2": (HEI, 10.5),
            "Footer": (SONG, 8)}
    for name, (face, size) in spec.items():
        style = doc.styles[name]
        font = style.font
        font.size = Pt(size)
        font.bold = False
        font.color.rgb = None
        set_fonts(style.element.get_or_add_rPr(), face)
        pf = style.paragraph_format
        pf.space_after = Pt({"Title": 8, "Heading 1": 4}.get(name, 2))
        pf.space_before = Pt({"Heading 1": 10, "Heading 2": 6}.get(name, 0))
        pf.line_spacing = 1.25 if name == "Normal" else 1.0
        ppr = style.element.pPr
        if ppr is not None:
            border = ppr.find(qn("w:pBdr"))
            if border is not None:
                ppr.remove(border)
    for name in ("Title Char", "Heading 1 Char", "Heading 2 Char"):
        rpr = doc.styles[name].element.get_or_add_rPr()
        set_fonts(rpr, HEI)
        color = rpr.find(qn("w:color"))
        if color is not None:
            rpr.remove(color)
    for style_element in styles.iter(qn("w:style")):  # every other style: no theme font may override the face
        name_element = style_element.find(qn("w:name"))
        name = name_element.get(qn("w:val")) if name_element is not None else ""
        for fonts in style_element.iter(qn("w:rFonts")):
            if any(fonts.get(qn(attr)) is not None for attr in THEME_ATTRIBUTES):
                face = HEI if name.startswith(("heading", "Heading", "Title", "Subtitle")) else SONG
                set_fonts(fonts.getparent(), face)
    doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _page(section: DocxSection, is_landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if is_landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (PAGE_H, PAGE_W) if is_landscape else (PAGE_W, PAGE_H)
    section.left_margin = section.right_margin = MARGIN_X
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.footer_distance = Mm(6)


def _field(paragraph: Paragraph, code: str) -> None:
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def watermark_xml(index: int, is_landscape: bool) -> BaseOxmlElement:
    """A run holding the draft's diagonal watermark, centred on the page behind the text."""
    width, height = (560, 140) if is_landscape else (440, 110)
    angle = 330 if is_landscape else 305
    xml = (
        f'<w:r {nsdecls("w")} {VML}><w:rPr><w:noProof/></w:rPr><w:pict>{TEXT_PATH_TYPE}'
        f'<v:shape id="BidDeskDraftMark{index}" o:spid="_x0000_s{2049 + index}" type="#_x0000_t136" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;rotation:{angle};'
        'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="#a6a6a6" stroked="f"><v:fill opacity=".35"/>'
        f'<v:textpath style="font-family:&quot;{HEI}&quot;;font-size:1pt" string="{DRAFT_MARK}"/>'
        '</v:shape></w:pict></w:r>'
    )
    element: BaseOxmlElement = parse_xml(xml)
    return element


def _draft_header(section: DocxSection, index: int, is_landscape: bool) -> None:
    """The draft's header on a Word section: the red line and the watermark."""
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(DRAFT_HEADER)
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    set_fonts(run._r.get_or_add_rPr(), HEI)
    paragraph._p.append(watermark_xml(index, is_landscape))


def _restart_numbering(section: DocxSection, restart: bool) -> None:
    """Start the section's page numbers at 1 (``restart``), or continue the previous section's."""
    sect_pr = section._sectPr
    for found in sect_pr.findall(qn("w:pgNumType")):
        sect_pr.remove(found)
    if restart:
        element = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>')
        # CT_SectPr's order: … w:pgSz, w:pgMar, w:paperSrc, w:pgBorders, w:lnNumType, w:pgNumType, w:cols …
        after = [qn(f"w:{tag}") for tag in ("pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType")]
        anchor = next((child for child in reversed(list(sect_pr)) if child.tag in after), None)
        if anchor is not None:
            anchor.addnext(element)
        else:
            sect_pr.insert(0, element)


def end_bookmark(index: int) -> str:
    """The bookmark on the last paragraph of a document's section ``index`` (its page total's PAGEREF)."""
    return f"_BidDeskEnd{index}"


def total_field(doc: Document, part: Section, index: int) -> str:
    """The field code of a footer's page total: the document's, the section's, or up to its end bookmark."""
    if not doc.numbered_by_section:
        return "NUMPAGES"
    if not any(isinstance(block, NewPage) for block in part.blocks):
        return "SECTIONPAGES"
    return f"PAGEREF {end_bookmark(index)} \\h"


def _footer(section: DocxSection, doc: Document, part: Section, is_landscape: bool, index: int) -> None:
    footer = section.footer
    footer.is_linked_to_previous = False
    width = TEXT_TWIPS[is_landscape]
    qr_w = int(24 / 25.4 * 1440)
    table = footer.add_table(1, 2, width=Mm(150))
    tbl = table._tbl
    tbl.remove(tbl.tblGrid)
    tbl.insert(1, parse_xml(f'<w:tblGrid {nsdecls("w")}><w:gridCol w:w="{width - qr_w}"/>'
                            f'<w:gridCol w:w="{qr_w}"/></w:tblGrid>'))
    left, right = table.rows[0].cells
    left.width, right.width = Mm((width - qr_w) / 1440 * 25.4), Mm(24)
    first = left.paragraphs[0]
    first.style = "Footer"
    first.add_run(footer_text(doc.header, part))
    second = left.add_paragraph(style="Footer")
    second.alignment = WD_ALIGN_PARAGRAPH.CENTER
    second.add_run("第 ")
    _field(second, "PAGE")
    second.add_run(" 页 共 ")
    _field(second, total_field(doc, part, index))
    second.add_run(" 页")
    left.add_paragraph(doc.scan_note.replace("扫码核对", "扫码核对：", 1), style="Footer")
    picture = right.paragraphs[0]
    picture.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    picture.add_run().add_picture(io.BytesIO(qr_png(part.qr)), width=Mm(22))


def _run(text: str, face: str | None, half_points: int) -> str:
    fonts = (f'<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" w:cs="{face}"/>' if face else "")
    props = f"<w:rPr>{fonts}<w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/></w:rPr>"
    parts = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' if p else '<w:t xml:space="preserve"/>'
                          for p in parts)  # an empty text as lxml writes it
    return f"<w:r>{props}{body}</w:r>"


def grid_xml(g: Grid, text_twips: int) -> BaseOxmlElement:
    """A grid as one ``w:tbl`` element: fixed column widths, heading rows repeated, rows kept whole."""
    element: BaseOxmlElement = parse_xml(grid_text(g, text_twips).replace("<w:tbl>", f'<w:tbl {nsdecls("w")}>', 1))
    return element


def grid_text(g: Grid, text_twips: int) -> str:
    """The ``w:tbl`` of :func:`grid_xml` as it is serialised inside the document (no namespace declaration of its
    own, text escaped as lxml escapes it)."""
    widths = [int(w * 20) for w in fit_widths(g.widths, text_twips / 20)]
    size = 16 if g.small else 18
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = []
    n_head = len(g.head)
    last = n_head + len(g.rows) - 1
    for r, row in enumerate((*g.head, *g.rows)):
        head = r < n_head
        bold = head or (g.total_row and r == last)
        tr_pr = "<w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if head else "") + "</w:trPr>"
        cells = []
        for c, text in enumerate(row):
            align = "center" if head else ALIGN[g.align[c]]
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="E6E6E6"/>' if head else ""
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/>{shade}</w:tcPr>'
                f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                f'<w:jc w:val="{align}"/></w:pPr>{_run(text, HEI if bold else None, size)}</w:p></w:tc>'
            )
        rows.append(f"<w:tr>{tr_pr}{''.join(cells)}</w:tr>")
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
           f'<w:tblCellMar><w:top w:w="20" w:type="dxa"/><w:left w:w="60" w:type="dxa"/>'
           f'<w:bottom w:w="20" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>'
           f'</w:tblPr><w:tblGrid>{cols}</w:tblGrid>{"".join(rows)}</w:tbl>')


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.docx = new_docx()
        _style_fonts(self.docx)
        self.landscape = False
        self.part: Section | None = None
        self.word_sections = 0
        # Everything goes in just before the body's last w:sectPr (python-docx finds it by scanning the body for
        # every paragraph it adds: a member sheet of thousands of pages took minutes); kept here once.
        self.sentinel = self.docx.element.body.get_or_add_sectPr()
        self.last_p: BaseOxmlElement | None = None
        # The tables' XML waits in a file, a placeholder in the body, until write_docx splices it into
        # word/document.xml: a 6,000-page member-sheet file held as an lxml tree took gigabytes.
        self.spill: IO[bytes] | None = tempfile.TemporaryFile()
        self.spans: list[tuple[int, int]] = []

    def _section_break(self) -> DocxSection:
        """A new section at the end, as ``Document.add_section(NEW_PAGE)`` makes it."""
        p = OxmlElement("w:p")
        self.sentinel.addprevious(p)
        p.set_sectPr(self.sentinel.clone())
        for ref in self.sentinel.xpath("w:headerReference|w:footerReference"):
            self.sentinel.remove(ref)
        self.sentinel.start_type = WD_SECTION.NEW_PAGE
        self.last_p = p
        return DocxSection(self.sentinel, self.docx.part)

    def new_section(self, part: Section, is_landscape: bool, first: bool, index: int, starts_part: bool) -> None:
        section = self.docx.sections[0] if first else self._section_break()
        self.landscape = is_landscape
        _page(section, is_landscape)
        _footer(section, self.doc, part, is_landscape, index)
        if self.doc.numbered_by_section:
            _restart_numbering(section, starts_part)
        if self.doc.draft:
            _draft_header(section, self.word_sections, is_landscape)
        self.word_sections += 1

    def mark_end(self, index: int) -> None:
        """Bookmark the last paragraph of the document's section ``index`` (its pages' total)."""
        last = self.last_p if self.last_p is not None else self.para("")._p
        name = end_bookmark(index)
        last.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{index}" w:name="{name}"/>'))
        last.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{index}"/>'))

    def para(self, text: str, style: str | None = None, small: bool = False, indent: bool = False) -> Paragraph:
        element = OxmlElement("w:p")
        self.sentinel.addprevious(element)
        self.last_p = element
        p = Paragraph(element, self.docx._body)
        if style is not None:
            p.style = style
        run = p.add_run(text)
        if small:
            run.font.size = Pt(8.5)
        if indent:
            p.paragraph_format.first_line_indent = Pt(21)
        return p

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.para(block.text, {0: "Title", 1: "Heading 1"}.get(block.level, "Heading 2"))
        elif isinstance(block, Para):
            p = self.para(block.text, small=block.small, indent=block.indent)
            p.paragraph_format.keep_with_next = block.keep or None
        elif isinstance(block, Blank):
            fill = LINE_UNDERSCORES[self.landscape]
            self.para(f"{block.label}：{'_' * max(len(BLANK), fill - 2 * len(block.label) - 2)}")
            for _ in range(block.lines - 1):
                self.para("_" * fill)
        elif isinstance(block, Grid):
            if block.caption:
                self.para(block.caption, small=True).paragraph_format.keep_with_next = True
            if self.spill is None:
                self.sentinel.addprevious(grid_xml(block, TEXT_TWIPS[self.landscape]))
            else:
                data = grid_text(block, TEXT_TWIPS[self.landscape]).encode("utf-8")
                self.spans.append((self.spill.tell(), len(data)))
                self.spill.write(data)
                self.sentinel.addprevious(etree.ProcessingInstruction(GRID_MARK, str(len(self.spans) - 1)))
            self.para("", small=True)
        elif isinstance(block, Signatures):
            if len(block.signers) > 1 or block.dissent:
                self.para(block.title, "Heading 2").paragraph_format.keep_with_next = True
            for signer in block.signers:
                p = self.para(f"{signer}　　{SIGN}　　{DATE}")
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = block.dissent
                if block.dissent:
                    self.block(Blank("不同意见及理由（如有）", 2))

    def write(self) -> DocxDocument:
        for index, part in enumerate(self.doc.sections):
            self.new_section(part, part.landscape, index == 0, index, True)
            for block in part.blocks:
                if isinstance(block, NewPage):
                    self.new_section(part, block.landscape, False, index, False)
                else:
                    self.block(block)
            if total_field(self.doc, part, index).startswith("PAGEREF"):
                self.mark_end(index)
        props = self.docx.core_properties
        props.title, props.author = _fit(self.doc.title), "BidDesk 评标台"
        props.subject = _fit(f"{self.doc.header.name}（{self.doc.header.number}）")
        return self.docx


def write_docx(doc: Document, path: Path) -> Path:
    """Write a document as .docx to ``path`` (the caller makes the write atomic).

    Returns:
        ``path``.
    """
    writer = _Writer(doc)
    try:
        docx = writer.write()
        if writer.spill is None or not writer.spans:
            docx.save(str(path))
            return path
        packed = io.BytesIO()
        docx.save(packed)
        del docx
        _splice(packed, path, writer.spill, writer.spans)
        return path
    finally:
        if writer.spill is not None:
            writer.spill.close()  # the tables' temporary file goes with it


GRID_MARK = "biddesk-grid"
_MARK = re.compile(rb"<\?" + GRID_MARK.encode() + rb" (\d+)\?>")


def _splice(packed: io.BytesIO, path: Path, spill: IO[bytes], spans: list[tuple[int, int]]) -> None:
    """Write the .docx to ``path`` with each table's XML in place of its placeholder in word/document.xml."""
    with zipfile.ZipFile(packed) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "word/document.xml":
                out.writestr(info, data)
                continue
            with out.open(zipfile.ZipInfo(info.filename, info.date_time), "w") as target:
                at = 0
                for found in _MARK.finditer(data):
                    target.write(data[at:found.start()])
                    offset, length = spans[int(found.group(1))]
                    spill.seek(offset)
                    target.write(spill.read(length))
                    at = found.end()
                target.write(data[at:])


def _fit(text: str, longest: int = 255) -> str:
    """A document property as Word takes it: at most 255 characters (cut with …)."""
    return text if len(text) <= longest else text[: longest - 1] + "…"
