#!/usr/bin/env python3
"""Write tests/fixtures/screening/: a tender, six bidders' documents with planted signals, the project.

    python tools/make_screening_corpus.py

The documents are made the way bidders make them: each bidder opens the tender's .docx
(tests/fixtures/tender-001-full.docx's content, built by tools/make_tender_full_docx.py, with the
agency's contact in its header and body, its logo, its own revision ids and properties), deletes every
chapter but 第六章 投标文件格式, fills in the forms, writes its 技术方案 and saves. Saving keeps what Word
keeps: the tender's creator, creation time, Company, header and revision ids; each editing session adds a
revision id of its own. PDFs are drawn with reportlab in the bundled Song face.

Planted (tests/app/test_screening_engine.py asserts each with its evidence, that these are the only
findings, that B3 and B6, which copy only the tender's forms, are in none, and that nothing the tender
carries is evidence; tests/app/test_screening_cli.py runs the ``screen`` command on it):

- B1–B5 ``same_author``: 李明 is B1's cp:lastModifiedBy and B5-技术.pdf's /Author;
- B1–B4 ``same_company_property``: B4.docx's Company is B1's name; ``same_image``: the same photo;
- B1–B2 ``shared_revision_ids``: B2 started from B1's file (after B1's first three sessions);
- B2–B5 ``same_pdf_id``: the two PDFs have the same trailer /ID;
- B2–B4 ``text_overlap``: B4's 技术方案 is B2's with a few words and every number changed;
- B4–B5 ``same_contact``: 周强 and 13937512345 in both; ``created_together``: saved 3½ minutes apart;
- B1, B2, B5 ``regular_prices``: 2,000,000, 2,100,000 and 2,200,000 (project.json: the Pingdingshan
  sample with those two prices changed; B4's capitals 1,955,000 prevail over its figures).

Re-running gives identical bytes (fixed zip timestamps, reportlab's invariant mode, fixed ids).
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import docx  # noqa: E402
from docx.document import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402
from make_tender_full_docx import NAME, tender_001_full  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from app.reports.pdf import SONG, register_fonts  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "screening"
SAMPLE = ROOT / "resources" / "samples" / "pingdingshan-001.json"
AGENCY = "中煜工程项目管理有限公司"
PURCHASER = "平顶山市行政审批和政务信息管理局"
SHARED_PDF_ID = "6F1C2A9E4B7D3051A8E2C4F6B9D01357"

PEOPLE = {  # bidder: (name, legal representative, agent, address, mobile, writer, modified, price words)
    "B1": (
        "平顶山某诚软件科技有限公司",
        "吴志刚",
        "孙海涛",
        "平顶山市新华区建设路中段18号",
        "13803750118",
        "李明",
        datetime(2025, 11, 19, 9, 30),
        "贰佰万元整",
        "2000000.00",
    ),
    "B2": (
        "河南某远信息技术有限公司",
        "郑国华",
        "赵强",
        "郑州市金水区花园路66号",
        "13598762210",
        "赵强",
        datetime(2025, 11, 20, 14, 10),
        "贰佰壹拾万元整",
        "2100000.00",
    ),
    "B3": (
        "郑州某达数据服务有限公司",
        "冯建军",
        "高晓燕",
        "郑州市高新区长椿路11号",
        "13676543981",
        "高晓燕",
        datetime(2025, 11, 18, 16, 45),
        "贰佰陆拾万元整",
        "2600000.00",
    ),
    "B4": (
        "许昌某联网络科技有限公司",
        "韩立新",
        "周强",
        "许昌市魏都区七一路302号",
        "13937512345",
        "周强",
        datetime(2025, 11, 21, 15, 5, 30),
        "壹佰玖拾伍万伍仟元整",
        "1950000.00",
    ),
    "B5": (
        "河南某安数字科技股份有限公司",
        "曹文博",
        "林雪",
        "郑州市郑东新区商务外环路9号",
        "13783110452",
        "林雪",
        datetime(2025, 11, 21, 15, 2),
        "贰佰贰拾万元整",
        "2200000.00",
    ),
    "B6": (
        "洛阳某通信息系统集成有限公司",
        "袁凯",
        "邵静",
        "洛阳市洛龙区开元大道248号",
        "13569871406",
        "邵静",
        datetime(2025, 11, 17, 10, 20),
        "贰佰伍拾肆万伍仟元整",
        "2545000.00",
    ),
}

B2_TECH = [
    "1．总体运维思路：以“预防为主、快速响应、持续改进”为原则，把平台运维分为日常保障、专项优化和应急处置三条主线，"
    "三条主线分别设置负责人并按周向采购人汇报运行情况。",
    "2．故障分级响应：我方将故障划分为四级，一级故障15分钟内到场并在2小时内恢复核心业务，二级故障30分钟内响应、"
    "4小时内解决，三、四级故障纳入次日工单统一处理，处理结果由值班长复核签字。",
    "3．数据保障措施：业务数据库每晚23点执行全量备份，每2小时执行一次增量备份，备份介质异地存放于我方郑州数据中心，"
    "每季度开展一次恢复演练并形成书面报告报送采购人信息科。",
    "4．安全加固方案：每月对操作系统和中间件进行漏洞扫描，高危漏洞在72小时内完成修复，运维人员一律通过堡垒机登录并"
    "全程录屏，账号权限按最小够用原则分配，离岗人员的账号当日注销。",
    "5．驻场人员安排：驻场团队共8人，其中项目经理1名、系统工程师3名、数据库工程师2名、网络安全工程师2名，人员变更"
    "须提前15个工作日书面报采购人同意，替换人员的资历不低于原人员。",
]
TECH = {
    "B1": [
        "一、项目理解：我公司自2016年起承担平顶山市多个区县政务服务系统的运维，熟悉本地审批业务流程和各委办局系统的"
        "接口情况，能够在不中断办件的前提下完成版本升级。",
        "二、运维组织：设立驻场运维组，组长由项目经理兼任，下设应用维护岗、数据库岗和网络安全岗，另配两名机动工程师"
        "轮流承担夜间值守，节假日实行双人在岗。",
        "三、巡检制度：每日早八点前完成服务器、存储与中间件的例行巡检，巡检记录当日上传运维台账，发现的异常项在两个"
        "工作小时内闭环并向信息科说明原因。",
        "项目经理：孙海涛，高级工程师，持信息系统项目管理师证书，曾主持鹰城政务云平台迁移。",
    ],
    "B2": B2_TECH,
    "B3": [
        "（一）我公司以数据治理见长，拟为平台建立办件数据质量看板，对重复录入、超期未办结和材料缺失三类问题按日统计，"
        "推动各窗口整改。",
        "（二）运维采用“一人一岗、一岗多能”的方式，驻场七人中五人持有数据库认证，可互相顶岗；每周五下午召开例会。",
        "（三）项目经理：冯晓东，从事政务系统运维十一年。",
    ],
    "B4": [
        "许昌某联网络科技有限公司针对本项目提出如下技术方案。",
        *(
            B2_TECH[i]
            .replace("郑州数据中心", "许昌数据中心")
            .replace("15分钟", "20分钟")
            .replace("共8人", "共9人")
            .replace("3名", "4名")
            for i in range(5)
        ),
        "项目经理：周强，联系电话：13937512345。",
    ],
    "B5": [
        "第一部分 服务承诺：本公司承诺在合同期内提供不间断的现场与远程结合的保障，重大活动期间增派专人盯守机房。",
        "第二部分 监控体系：部署开源监控平台对网络流量、接口耗时与磁盘余量设置阈值告警，告警通过短信推送到值班手机。",
        "第三部分 培训安排：每半年面向窗口人员举办一次操作培训，培训讲义汇编成册后交采购人存档。",
        "项目联系人：周强，手机：13937512345，邮箱：zhouqiang_ha@126.com。",
    ],
    "B6": [
        "洛阳某通信息系统集成有限公司拟投入驻场工程师七名，实行早中晚三班轮换，交接班时填写纸质与电子两份记录。",
        "针对机房电力与空调，我司每季度委托第三方检测一次，检测报告在十日内提交采购人，发现隐患立即停机处置。",
        "项目负责人：邵静，联系方式见授权委托书。",
    ],
}


def png(seed: int, size: int = 40) -> bytes:
    """A small noisy RGB picture (a "photo"), as PNG bytes, with no image library."""
    rnd = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(size * 3)) for _ in range(size))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def rsid(rnd: random.Random) -> str:
    return f"00{rnd.randrange(16**6):06X}"


def session(d: Document, value: str, root: bool = False) -> None:
    """Record an editing session's revision id in word/settings.xml, as Word does."""
    settings = d.settings.element
    rsids = settings.find(qn("w:rsids"))
    if rsids is None:
        rsids = settings.makeelement(qn("w:rsids"), {})
        settings.append(rsids)
    if root:
        for old in list(rsids):
            rsids.remove(old)
        el = rsids.makeelement(qn("w:rsidRoot"), {qn("w:val"): value})
        rsids.append(el)
    el = rsids.makeelement(qn("w:rsid"), {qn("w:val"): value})
    rsids.append(el)


def stamp(paragraph: object, value: str) -> None:
    """Mark a paragraph (and its runs) as written in a session."""
    p = paragraph._p  # type: ignore[attr-defined]
    p.set(qn("w:rsidR"), value)
    p.set(qn("w:rsidRDefault"), value)
    for r in p.findall(qn("w:r")):
        r.set(qn("w:rsidR"), value)


def save(d: Document, path: Path, company: str | None = None) -> None:
    """Save with fixed zip timestamps; ``company`` goes into docProps/app.xml (python-docx has no API for it)."""
    buffer = io.BytesIO()
    d.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/app.xml" and company is not None:
                data = re.sub(rb"<Company/>|<Company>[^<]*</Company>", f"<Company>{company}</Company>".encode(), data)
            dst.writestr(
                zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def tender() -> Document:
    """The tender as the agency saves it: its contact in header and announcement, logo, ids and properties."""
    rnd = random.Random(2025)
    d = tender_001_full()
    header = d.sections[0].header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(png(7, 24)), width=Cm(1))
    header.add_run(f"{AGENCY}  联系人：赵工  电话：13837512000  邮箱：zhongyu_zb@163.com")
    announce = next(p for p in d.paragraphs if p.text.startswith("名称：中煜"))
    announce.insert_paragraph_before("联系人：赵工，联系电话：13837512000，电子邮箱：zhongyu_zb@163.com")
    ids = [rsid(rnd) for _ in range(7)]
    session(d, ids[0], root=True)
    for value in ids[1:]:
        session(d, value)
    for p in d.paragraphs:
        stamp(p, rnd.choice(ids))
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    stamp(p, rnd.choice(ids))
    props = d.core_properties
    props.author, props.last_modified_by = "刘芳", "刘芳"
    props.created, props.modified = datetime(2025, 10, 20, 9, 0), datetime(2025, 10, 28, 16, 20)
    props.title = "招标文件"
    return d


def forms_only(tender_bytes: bytes) -> Document:
    """A bidder's start: the tender with every chapter but the forms (第六章) deleted."""
    d = docx.Document(io.BytesIO(tender_bytes))
    body = d.element.body
    blocks = [el for el in body if el.tag != qn("w:sectPr")]

    def text(el: object) -> str:
        return "".join(t.text or "" for t in el.iter(qn("w:t")))  # type: ignore[attr-defined]

    start = next(i for i, el in enumerate(blocks) if text(el).replace(" ", "") == "第六章投标文件格式")
    end = next(i for i, el in enumerate(blocks) if text(el) == "全流程电子化交易注意事项")
    for el in blocks[: start + 1] + blocks[end:]:
        body.remove(el)
    return d


def fills(bidder: str) -> list[tuple[str, str]]:
    """(the form's line as the tender has it, the line as the bidder fills it in), by prefix."""
    name, rep, agent, address, mobile, _, when, words, figures = PEOPLE[bidder]
    day = f"{when.year}年{when.month}月{when.day}日"
    return [
        ("（项目名称）", NAME),
        ("项目编号：", "项目编号：平采招标-2025-136"),
        ("投标人：  ", f"投标人：{name}（电子签章）"),
        ("法定代表人（负责人）：  ", f"法定代表人（负责人）：{rep}（电子签章）"),
        ("年     月    日", day),
        ("（采购人名称）：", f"{PURCHASER}："),
        (
            "我方已仔细研究了",
            f"我方已仔细研究了{NAME}招标文件的全部内容，综合项目实际情况并研究该项目招标文件的内容后，针对"
            f"该项目，我方愿意以投标总报价（大写{words}），小写{figures}元，完成本项目，提交的资料包括：",
        ),
        ("8.其它补充说明", "8.其它补充说明：无。"),
        ("投标人：（电子签章）", f"投标人：{name}（电子签章）"),
        ("法定代表人（负责人）：（电子签章）", f"法定代表人（负责人）：{rep}（电子签章）"),
        ("法定代表人（负责人）：  （电子签章）", f"法定代表人（负责人）：{rep}（电子签章）"),
        ("日期：", f"日期：{day}"),
        ("联系电话：", f"联系电话：{mobile}"),
        ("企业名称：", f"企业名称：{name}"),
        ("地    址：", f"地    址：{address}"),
        ("姓    名：", f"姓    名：{rep}    性别：男    职务：总经理"),
        (
            "系   （投标人名称）",
            f"系{name}的法定代表人（负责人）。能够为{NAME}签署投标文件，进行合同谈判、签署合同及处理与之"
            "有关的一切事务。",
        ),
        ("投标人（电子签章）：", f"投标人（电子签章）：{name}"),
        (
            "本人",
            f"本人{rep}（姓名）系{name}的法定代表人，现委托{agent}（姓名）为我方代理人。代理人根据授权，以我方名义签署、"
            f"澄清、说明、补正、递交、撤回、修改{NAME}投标文件、签订合同和处理有关事宜，其法律后果由我方承担。",
        ),
        ("委托期限：", f"委托期限：{day}至投标有效期满。"),
        ("法定代表人（负责人）（电子签章）：", f"法定代表人（负责人）（电子签章）：{rep}"),
        ("法定代表人（负责人）身份证号码：", f"法定代表人（负责人）身份证号码：41040219{bidder[1]}80312{bidder[1]}51X"),
        ("委托代理人身份证号码：", f"委托代理人身份证号码：41100219{bidder[1]}90518{bidder[1]}236"),
        ("在     （项目名称）", f"在{NAME}招标投标活动中，我公司保证做到："),
        ("单位名称：", f"单位名称：{name}"),
        ("统一社会信用代码：", f"统一社会信用代码：91410{bidder[1]}00MA4{bidder[1]}K7X{bidder[1]}Q"),
        ("法定代表人：", f"法定代表人：{rep}"),
        ("联系地址和电话：", f"联系地址和电话：{address}，{mobile}"),
        ("投标人（企业电子章）：", f"投标人（企业电子章）：{name}"),
        ("法定代表人（负责人）或授权代表", f"法定代表人（负责人）或授权代表（签字或电子印章）：{agent}"),
        ("企业名称（电子签章）：", f"企业名称（电子签章）：{name}"),
        ("投标人名称：", f"投标人名称：{name}（电子签章）"),
    ]


def fill(d: Document, original: list[str], bidder: str, value: str) -> None:
    """Fill in the forms: each line the tender left blank gets the bidder's words (by the tender's own line)."""
    rules = fills(bidder)
    for p, was in zip(d.paragraphs, original, strict=True):
        new = next((text for prefix, text in rules if was.startswith(prefix)), None)
        if new is not None:
            p.text = new
            stamp(p, value)
    name, *_ = PEOPLE[bidder]
    words, figures = PEOPLE[bidder][7], PEOPLE[bidder][8]
    opening = next(t for t in d.tables if t.cell(0, 0).text == "投标人名称")
    for row, text in (
        (0, name),
        (1, NAME),
        (2, "平台运维服务"),
        (3, f"大写：{words}\n小写：{figures}"),
        (4, "平顶山市"),
        (5, "合格"),
        (6, "自合同签订后一年"),
        (7, "投标截止日期起60日历天"),
    ):
        opening.cell(row, 1).text = text
    people = next(t for t in d.tables if t.cell(0, 1).text == "姓名")
    for r, person in enumerate(PEOPLE[bidder][2:3] + PEOPLE[bidder][1:2], start=1):
        for c, text in enumerate(
            (str(r), person, str(30 + r * 7), f"{5 + r}年", "项目经理" if r == 1 else "技术负责人")
        ):
            people.cell(r, c).text = text


def technical(d: Document, bidder: str, value: str, photo: bytes | None) -> None:
    """The bidder's own 技术方案, written under the form's heading (and a photo of its certificate)."""
    anchor = next(p for p in d.paragraphs if p.text == "六、反商业贿赂承诺书")
    for text in TECH[bidder]:
        stamp(anchor.insert_paragraph_before(text), value)
    if photo is not None:
        p = anchor.insert_paragraph_before()
        p.add_run().add_picture(io.BytesIO(photo), width=Cm(3))
        stamp(p, value)


def bid(
    start: bytes,
    original: list[str],
    bidder: str,
    seed: int,
    photo: bytes | None,
    company: str | None,
    path: Path,
    sessions: int = 2,
) -> bytes:
    """One bidder's .docx from a start file (the tender's forms, or another bidder's file)."""
    rnd = random.Random(seed)
    d = docx.Document(io.BytesIO(start))
    ids = [rsid(rnd) for _ in range(sessions)]
    for value in ids:
        session(d, value)
    fill(d, original, bidder, ids[0])
    technical(d, bidder, ids[-1], photo)
    props = d.core_properties
    props.last_modified_by, props.modified = PEOPLE[bidder][5], PEOPLE[bidder][6]
    save(d, path, company)
    return path.read_bytes()


def pdf(
    path: Path, title: str, author: str, lines: list[str], when: str, pdf_id: str, photo: bytes | None = None
) -> None:
    """A PDF as a bidder exports it (Word as creator and producer), with a fixed time and /ID."""
    register_fonts()
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft® Word 2016")
    c.setProducer("Microsoft® Word 2016")
    y = 800.0
    c.setFont(SONG, 10.5)
    if photo is not None:
        c.drawImage(ImageReader(io.BytesIO(photo)), 450, 720, 80, 80)
    for line in lines:
        for k in range(0, len(line), 42):
            if y < 60:
                c.showPage()
                c.setFont(SONG, 10.5)
                y = 800.0
            c.drawString(56, y, line[k : k + 42])
            y -= 17
        y -= 6
    c.save()
    data = path.read_bytes()
    data = data.replace(b"D:20000101000000+00'00'", when.encode())
    at = data.index(b"/ID \n[<") + 7
    data = data[:at] + pdf_id.encode() + b"><" + pdf_id.encode() + data[at + 66 :]
    path.write_bytes(data)


def project() -> dict[str, object]:
    """The Pingdingshan sample with B2's and B5's prices changed into a progression with B1's."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for b in doc["bidders"]:
        if b["id"] in ("B2", "B5"):
            b["price_words"], b["price"] = PEOPLE[b["id"]][7], PEOPLE[b["id"]][8]
    return doc  # type: ignore[no-any-return]


def main() -> int:
    """Write the corpus."""
    bids, tender_dir = OUT / "bids", OUT / "tender"
    save(tender(), tender_dir / "招标文件.docx", AGENCY)
    base = forms_only((tender_dir / "招标文件.docx").read_bytes())
    buffer = io.BytesIO()
    base.save(buffer)
    start = buffer.getvalue()
    original = [p.text for p in docx.Document(io.BytesIO(start)).paragraphs]
    photo = png(11)
    # B1 works in three sessions; B2 takes B1's file after them (before B1's 技术方案 and photo).
    rnd = random.Random(1)
    d1 = docx.Document(io.BytesIO(start))
    b1_ids = [rsid(rnd) for _ in range(3)]
    for value in b1_ids:
        session(d1, value)
    fill(d1, original, "B1", b1_ids[1])
    buffer = io.BytesIO()
    d1.save(buffer)
    b1_forms = buffer.getvalue()
    d1 = docx.Document(io.BytesIO(b1_forms))
    technical(d1, "B1", b1_ids[2], photo)
    d1.core_properties.last_modified_by, d1.core_properties.modified = "李明", PEOPLE["B1"][6]
    save(d1, bids / "B1.docx", None)
    bid(b1_forms, original, "B2", 2, None, None, bids / "B2" / "投标文件.docx")
    bid(start, original, "B3", 3, None, None, bids / "B3.docx")
    bid(start, original, "B4", 4, photo, PEOPLE["B1"][0], bids / "B4.docx")
    bid(start, original, "B5", 5, None, None, bids / "B5-商务.docx")
    bid(start, original, "B6", 6, png(66), None, bids / "B6.docx")
    deviation = [
        f"{req} —— 响应：满足，无偏离。"
        for req in (
            "★本地驻场运维，365 天 7*24 小时。",
            "▲每年组织常规培训不低于两次，并编写培训资料，免费发放。",
            "▲定期进行数据备份，并确保备份的完整性和数据的可恢复性。",
        )
    ]
    pdf(
        bids / "B2" / "技术偏离表.pdf",
        "技术偏离表",
        "赵强",
        ["技术偏离表", *deviation, "偏离说明：我方对招标文件技术要求全部响应，驻场人员名单以合同签订时提交的为准。"],
        "D:20251120141500+08'00'",
        SHARED_PDF_ID,
    )
    pdf(
        bids / "B3-技术.pdf",
        "技术方案",
        "高晓燕",
        ["郑州某达数据服务有限公司 技术方案", *TECH["B3"]],
        "D:20251118170000+08'00'",
        "0B3A77E51C9D4F2A86E0C1D2B3A4F5E6",
        png(33),
    )
    pdf(
        bids / "B5-技术.pdf",
        "技术方案",
        "李明",
        ["河南某安数字科技股份有限公司 技术方案", *TECH["B5"]],
        "D:20251121150300+08'00'",
        SHARED_PDF_ID,
    )
    pdf(
        bids / "B6-资格证明.pdf",
        "资格证明文件",
        "邵静",
        [
            "资格证明文件",
            f"营业执照：{PEOPLE['B6'][0]}，住所："
            f"{PEOPLE['B6'][3]}，成立日期：2009年4月2日，经营范围：计算机系统集成、软件开发与运维服务。",
            *TECH["B6"],
        ],
        "D:20251117103000+08'00'",
        "9E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B",
    )
    (OUT / "project.json").write_text(json.dumps(project(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for path in sorted(OUT.rglob("*")):
        if path.is_file():
            print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
