"""The response pack (投标文件): what a bidder would seal, read back from the .pdf and the .docx written."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from app.reports.document import Grid, Para
from app.response.model import Response
from app.response.pack import write_pack
from app.response.pack_forms import Form, Seal, build_pack, load_forms
from app.response.reader import loads, read_response, response_text
from tests.app.respkit import clean_doc

COMPANY = "河南某信科技有限公司"
PRICE, WORDS = "￥2,290,500.00", "贰佰贰拾玖万零伍佰元整"
DRAFT = "草稿（自查未通过，不得递交）"
TENDER_FORMS = [
    {"title": "格式1 投标函", "kind": "",
     "text": "致：（采购人名称）\n我方愿意参加（项目名称）的投标，投标报价见开标一览表。"},
    {"title": "（一）供应商信用承诺函", "kind": "",
     "text": "单位名称：____\n我单位郑重承诺，本公司符合政府采购法第二十二条规定的条件。"},
    {"title": "附件6-1:中小微企业声明函（货物）", "kind": "", "text": ""},
    {"title": "廉洁承诺书", "kind": "", "text": ""},
]


def response(**changes: Any) -> Response:
    doc = clean_doc()
    tender = changes.pop("tender", None)
    if tender:
        doc["tender"]["project"].update(tender)
    doc.update(changes)
    return read_response(doc, draft=True)


def rate_response() -> Response:
    return response(tender={"price_mode": "rate", "budget": None, "ceiling": None}, price="86.50", price_words=None,
                    disabled=True, prison=True, x={"biddesk.forms": TENDER_FORMS})


def pdf_pages(path: Path) -> list[str]:
    """Each page's text (pdftotext when installed, else pdfium)."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        pages = out.split("\f")
        return pages[:-1] if pages and not pages[-1].strip() else pages
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def flat(text: str) -> str:
    """Text without the line breaks and spaces layout adds (CJK wraps anywhere)."""
    return re.sub(r"\s+", "", text)


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


TOC_LINE = re.compile(r"^\s*([一二三四五六七八九十]+、\S+?)\s*\.{3,}\s*(\d+)\s*$", re.M)


def form_pages(pages: list[str], title: str) -> str:
    """The text of the pages of one form: from the page its title heads to the next form's (the contents say)."""
    starts = [int(n) for _, n in TOC_LINE.findall(pages[1])]
    start = next(i for i, p in enumerate(pages) if i > 1 and flat(title) in flat(p))
    end = min((n - 1 for n in starts if n - 1 > start), default=len(pages))
    return "\n".join(pages[start:end])


@pytest.fixture(scope="module")
def normal(tmp_path_factory: pytest.TempPathFactory) -> tuple[Response, list[Path]]:
    resp = response()
    return resp, write_pack(resp, tmp_path_factory.mktemp("normal"))


@pytest.fixture(scope="module")
def rate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Response, list[Path]]:
    resp = rate_response()
    return resp, write_pack(resp, tmp_path_factory.mktemp("rate"), draft=True)


def test_the_pack_is_three_files_and_the_response_file_reads_back(normal: tuple[Response, list[Path]]) -> None:
    resp, paths = normal
    assert [p.name for p in paths] == ["投标文件.docx", "投标文件.pdf", "投标响应.json"]
    assert sorted(p.name for p in paths[0].parent.iterdir()) == sorted(p.name for p in paths)  # no temporary left
    assert paths[2].read_text(encoding="utf-8") == response_text(resp)
    assert loads(paths[2].read_text(encoding="utf-8")) == resp


def test_one_price_in_figures_and_capitals_in_the_bid_letter_and_the_opening_table(
        normal: tuple[Response, list[Path]]) -> None:
    _, (docx_path, pdf_path, _) = normal
    pages = pdf_pages(pdf_path)
    for title in ("一、投标函", "二、开标一览表"):
        text = flat(form_pages(pages, title))
        assert PRICE in text and WORDS in text, title
    everything = flat("\n".join(pages))
    assert set(re.findall(r"￥[\d,.]+", everything)) == {PRICE}
    assert "我方的投标总价为：人民币（大写）贰佰贰拾玖万零伍佰元整（小写：￥2,290,500.00）" in everything
    words = docx_text(docx_path)
    assert set(re.findall(r"￥[\d,.]+", words)) == {PRICE}
    assert words.count(WORDS) >= 2


def test_the_capitals_price_is_the_one_printed_when_figures_disagree() -> None:
    pack = build_pack(response(price="2290500", price_words="贰佰贰拾玖万零陆佰元整"), draft=True)
    text = "\n".join(_texts(pack.forms))
    assert "￥2,290,600.00" in text and "贰佰贰拾玖万零陆佰元整" in text
    assert "2,290,500" not in text and WORDS not in text


def _texts(forms: tuple[Form, ...]) -> list[str]:
    out: list[str] = []
    for form in forms:
        out.append(form.title)
        for block in form.blocks:
            if isinstance(block, Para):
                out.append(block.text)
            elif isinstance(block, Grid):
                out += ["\t".join(r) for r in (*block.head, *block.rows)]
            elif isinstance(block, Seal):
                out += block.lines
    return out


def test_the_sme_declaration_in_the_46_wording_with_the_figures_and_the_size_in_chinese(
        normal: tuple[Response, list[Path]]) -> None:
    _, (docx_path, pdf_path, _) = normal
    pages = pdf_pages(pdf_path)
    text = flat(form_pages(pages, "五、中小企业声明函（服务）"))
    assert ("本公司（联合体）郑重声明，根据《政府采购促进中小企业发展管理办法》（财库﹝2020﹞46号）的规定，"
            "本公司（联合体）参加平顶山市行政审批和政务信息管理局的") in text
    assert ("服务全部由符合政策要求的中小企业承接。相关企业（含联合体中的中小企业、签订分包意向协议的中小企业）"
            "的具体情况如下：") in text
    assert ("属于软件和信息技术服务业；承接企业为河南某信科技有限公司，从业人员45人，营业收入为1200.00万元，"
            "资产总额为800.00万元，属于小型企业；") in text
    assert ("以上企业，不属于大企业的分支机构，不存在控股股东为大企业的情形，也不存在与大企业的负责人为同一人的情形。"
            "本企业对上述声明内容的真实性负责。如有虚假，将依法承担相应责任。") in text
    words = flat(docx_text(docx_path))
    assert "从业人员45人，营业收入为1200.00万元，资产总额为800.00万元，属于小型企业；" in words


def test_a_declaration_only_with_lines_and_the_disabled_and_prison_forms_only_when_they_apply() -> None:
    kinds = [f.kind for f in build_pack(response(declaration=[], size=None), draft=True).forms]
    assert "sme_declaration" not in kinds and "disabled_declaration" not in kinds and "prison_proof" not in kinds
    doc_lines = [{"item": "运维服务", "industry": "软件和信息技术服务业", "enterprise": "乙公司", "employees": 8,
                  "revenue": "40.00", "assets": None, "size": None, "role": "subcontract"}]
    pack = build_pack(response(declaration=doc_lines, size=None, disabled=True), draft=True)
    text = "\n".join(_texts(pack.forms))
    assert "从业人员8人，营业收入为40.00万元，资产总额为________万元，属于微型企业；" in text  # size from the figures
    assert "disabled_declaration" in [f.kind for f in pack.forms]
    assert "（财库〔2017〕141 号）" in text and "项目项目" not in text


def test_a_rate_tender_prints_the_rate_and_its_capitals_never_money(rate: tuple[Response, list[Path]]) -> None:
    _, (docx_path, pdf_path, _) = rate
    everything = flat("\n".join(pdf_pages(pdf_path)))
    words = flat(docx_text(docx_path))
    for text in (everything, words):
        assert "86.50%" in text and "百分之捌拾陆点伍零" in text
        assert not re.search(r"(86\.50%|百分之捌拾陆点伍零)[）)]?元", text)
        # "C6 投标总价" is the tender's own compliance item; the pack's price labels say 投标费率
        assert "￥" not in text and "投标总价（" not in text and "人民币" not in text
    opening = flat(form_pages(pdf_pages(pdf_path), "二、开标一览表"))
    assert "投标费率（小写）" in opening and "86.50%百分之捌拾陆点伍零" in opening


def test_the_tenders_own_forms_replace_the_wording_and_the_others_follow(rate: tuple[Response, list[Path]]) -> None:
    _, (_, pdf_path, _) = rate
    pages = pdf_pages(pdf_path)
    letter = flat(form_pages(pages, "一、投标函"))
    assert "我方愿意参加（项目名称）的投标" in letter and "我方的投标费率为" not in letter
    assert "86.50%" in letter  # the figures stay, as a table, under the tender's own text
    sme_form = flat(form_pages(pages, "五、中小微企业声明函（货物）"))
    assert "提供的货物全部由符合政策要求的中小企业制造" in sme_form and "制造商为河南某信科技有限公司" in sme_form
    assert "残疾人福利性单位声明函" in flat(pages[1]) and "监狱企业证明文件" in flat(pages[1])
    promise = flat(form_pages(pages, "十一、供应商信用承诺函"))
    assert "我单位郑重承诺" in promise and "（单位公章）" in promise
    assert "廉洁承诺书" in flat(pages[1])


def test_every_form_ends_with_the_signature_and_seal_block() -> None:
    pack = build_pack(rate_response())
    assert len(pack.forms) == 12
    for form in pack.forms:
        seal = form.blocks[-1]
        assert isinstance(seal, Seal), form.title
        assert seal.lines[0] == f"投标人：{COMPANY}（单位公章）"
        assert seal.lines[-1] == "日期：____年__月__日"
        assert any("（签字或盖章）" in line for line in seal.lines)
    assert any("法定代表人或授权代表（签字或盖章）" in line for line in pack.forms[0].blocks[-1].lines)  # type: ignore[union-attr]


def test_the_evidence_index_and_the_deviation_table_flag_what_is_missing() -> None:
    doc = clean_doc()
    doc["evidence"] = doc["evidence"][1:]
    doc["responses"] = [{"requirement": "R1", "answer": "comply", "note": "完全响应"},
                        {"requirement": "R3", "answer": "exceed", "note": "7×24小时，15分钟响应"}]
    forms = {f.kind: f for f in build_pack(read_response(doc, draft=True), draft=True).forms}
    grids = [b for b in forms["qualification_index"].blocks if isinstance(b, Grid)]
    criterion = "满足《中华人民共和国政府采购法》第二十二条规定（以供应商信用承诺函承诺）"
    assert grids[0].rows[0][1:] == ("Q1 政府采购法第二十二条", criterion, "（未提供）")
    assert grids[0].rows[1][3] == "附件2 第7页" and len(grids[1].rows) == 7
    rows = next(b for b in forms["deviation_table"].blocks if isinstance(b, Grid)).rows
    assert rows[0] == ("1", "★", "服务期限：自合同签订之日起1年", "响应", "完全响应")
    assert rows[1][1:4:2] == ("★", "（未响应）") and rows[2][1:4:2] == ("▲", "正偏离")
    assert rows[3][1] == "" and rows[3][2] == "服务地点：采购人指定地点"
    claims = next(b for b in forms["scoring_index"].blocks if isinstance(b, Grid)).rows
    assert claims[0] == ("1", "F1 投标人业绩情况", "5", "2 项", "业绩合同 第31页；证书 第40页")


def test_the_contents_page_numbers_are_where_each_form_starts(normal: tuple[Response, list[Path]],
                                                              rate: tuple[Response, list[Path]]) -> None:
    for _, (docx_path, pdf_path, _) in (normal, rate):
        pages = pdf_pages(pdf_path)
        entries = TOC_LINE.findall(pages[1])
        assert len(entries) >= 8
        for title, number in entries:
            first = next(i for i, p in enumerate(pages) if i > 1 and flat(title) in flat(p)) + 1
            assert int(number) == first, title
            assert re.search(rf"第 {first} 页 共 {len(pages)} 页", pages[first - 1])
        d = docx.Document(str(docx_path))
        toc = [p.text for p in d.paragraphs if "\t" in p.text and re.match(r"^[一二三四五六七八九十]+、", p.text)]
        assert [tuple(t.split("\t")) for t in toc] == entries
        assert 'TOC \\o "1-1"' in d.element.xml


def test_fonts_are_embedded(normal: tuple[Response, list[Path]]) -> None:
    pdf_path = normal[1][1]
    assert b"/FontFile2" in pdf_path.read_bytes()
    if shutil.which("pdffonts"):
        rows = [line.split() for line in subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True,
                                                        check=True).stdout.splitlines()[2:] if line.strip()]
        assert rows and all(row[-5:-3] == ["yes", "yes"] for row in rows)  # emb yes, sub yes
        assert {row[0].split("+")[1] for row in rows} == {"WenQuanYiMicroHei-0", "BousungEG-Light-GB"}


def test_the_draft_mark_on_every_page_only_of_a_draft(normal: tuple[Response, list[Path]],
                                                      rate: tuple[Response, list[Path]]) -> None:
    draft_pages = pdf_pages(rate[1][1])
    assert all(DRAFT in p for p in draft_pages)
    assert not any(DRAFT in p or "草稿" in p for p in pdf_pages(normal[1][1]))
    d = docx.Document(str(rate[1][0]))
    for section in d.sections:
        assert DRAFT in section.header.paragraphs[0].text and DRAFT in section.first_page_header.paragraphs[0].text
    clean = docx.Document(str(normal[1][0]))
    assert "草稿" not in clean.element.xml
    headers = [p for s in clean.sections for p in (*s.header.paragraphs, *s.first_page_header.paragraphs)]
    assert not any("草稿" in p.text for p in headers)


def test_the_documents_carry_the_bidder_and_nothing_of_a_template(normal: tuple[Response, list[Path]]) -> None:
    resp, (docx_path, pdf_path, _) = normal
    props = docx.Document(str(docx_path)).core_properties
    assert props.author == props.last_modified_by == COMPANY
    assert props.title == f"投标文件 {resp.tender.evaluation.project.name}"
    assert props.comments == props.keywords == props.category == ""
    assert props.created is not None and props.created.year >= 2025
    with zipfile.ZipFile(docx_path) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
        assert f"<Company>{COMPANY}</Company>" in app
        assert "Microsoft" not in app and "Normal.dotm" not in app
        assert "docProps/thumbnail.jpeg" not in z.namelist()
        for name in z.namelist():
            data = z.read(name)
            assert b"python-docx" not in data and b"rsid" not in data, name
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True).stdout
        fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
        assert fields["Author"].strip() == fields["Creator"].strip() == COMPANY
        assert fields["Title"].strip() == f"投标文件 {resp.tender.evaluation.project.name}"
        assert fields["Page size"].split("(")[1].startswith("A4")


def test_the_form_files_are_valid_data() -> None:
    common, forms = load_forms()
    assert [f["kind"] for f in forms] == ["bid_letter", "opening_form", "legal_rep_id", "authorization",
                                          "sme_declaration", "disabled_declaration", "prison_proof",
                                          "qualification_index", "deviation_table", "scoring_index"]
    assert common["draft_mark"] == DRAFT
    pack = build_pack(response(disabled=True, prison=True))  # every built-in form, every placeholder filled
    assert [f.kind for f in pack.forms] == [f["kind"] for f in forms]
    assert not any("{" in t or "}" in t for t in _texts(pack.forms))


def test_a_tender_form_is_matched_by_the_kind_the_importer_gave_it() -> None:
    forms = [{"title": "附件2 报价表", "kind": "opening_form", "text": "报价表说明：报价含税。"},
             {"title": "诚信承诺书", "kind": "commitment", "text": "我方承诺诚信投标。"}]
    pack = build_pack(response(x={"biddesk.forms": forms}))
    by_kind = {f.kind: f for f in pack.forms}
    opening = by_kind["opening_form"]
    assert opening.title == "二、报价表"
    text = "\n".join(_texts((opening,)))
    assert "报价表说明：报价含税。" in text and PRICE in text and "以大写金额为准" not in text
    assert pack.forms[-1].kind == "other" and pack.forms[-1].title.endswith("、诚信承诺书")
