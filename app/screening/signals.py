"""Contacts found in a document's text, and the values that identify nobody (docs/screening.md).

- **Mobile numbers**: ``1[3-9]`` and 9 more digits, not inside a longer number; written as one run,
  in 3-4-4 groups (``139 3751 2345``, ``139-3751-2345``) or after ``+86``; read as the 11 digits.
- **E-mail addresses**, read in lower case.
- **Named contacts**: a person's name (2 to 4 Chinese characters starting with a surname) after a label
  such as 联系人, 项目经理, 项目负责人, 技术负责人, 授权代表, (委托)代理人 or 被授权人, or written
  before ``（姓名）`` as the forms ask (本人 张三（姓名）系…).

Values that every copy of a tool writes identify nobody and are never evidence: the default account
names of Windows and Office (Administrator, 微软用户 …), the defaults of the generators
(``python-docx``, reportlab's ``anonymous``), the pirated-Windows organisations (微软中国, 雨林木风 …),
the revision ids and the creation time of python-docx's own template, and reportlab's fixed time and
id in its invariant mode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

__all__ = ["GENERIC_RSIDS", "amounts", "emails", "generic_company", "generic_person", "generic_time", "mobiles",
           "names", "norm_value", "org_like"]

_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[ -]?)?(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}"
                    r"(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])")
_LABEL = r"(?:项目联系人|联系人|项目经理|项目负责人|技术负责人|授权代表|委托代理人|被授权人|代理人)"
_NAMED = re.compile(_LABEL + r"(?:姓名)?(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)([\u4e00-\u9fff]{2,8})")
_BEFORE_NAME_MARK = re.compile(r"([\u4e00-\u9fff]{2,4})[ \t\u3000]*[（(]姓名[)）]")
#: Words that follow a name in a line (电话, 手机 …): the name ends where one starts.
_NEXT = re.compile(r"电话|手机|联系|职务|职称|身份|性别|邮箱|地址|签字|签名|盖章|年龄|证书|传真|微信|日期|负责")
#: Common Chinese surnames (the first character of a name); compound ones are read by their first character.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
    "冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
_NOT_NAME = re.compile(r"签|章|盖|填|姓名|职务|本人|我方|公司|单位|负责|经理|代表|委托|项目|联系|电话|详见|附件"
                       r"|应|须|需|全面|要求|符合|具有|满足|以上|以下|人员|及|和|等|不|可|由|是|按|在|将|与|本|该|其"
                       r"|各|无|有|的")

_GENERIC_PEOPLE = {
    "administrator", "admin", "user", "users", "owner", "guest", "author", "unknown", "anonymous", "unspecified",
    "(unspecified)", "python-docx", "python docx", "microsoft", "microsoft office user", "microsoft office 用户",
    "microsoft 帐户", "microsoft 账户", "windows user", "windows 用户", "微软用户", "微软中国", "用户", "作者",
    "系统管理员", "管理员", "dell", "lenovo", "hp", "asus", "acer", "thinkpad", "pc", "wps", "wps office", "wps_1",
    "sky123.org", "deepin", "番茄花园", "雨林木风", "深度技术", "walkinnet", "china",
}
_GENERIC_COMPANIES = {
    "microsoft", "microsoft corporation", "microsoft china", "微软", "微软中国", "微软公司", "微软(中国)有限公司",
    "微软（中国）有限公司", "china", "中国", "prc", "home", "organization", "company", "sky123.org", "番茄花园",
    "雨林木风", "深度", "深度技术", "deepin", "ghost", "www.ghost.com", "dell", "lenovo", "hp", "user", "users",
    "unknown", "walkinnet",
}
#: python-docx's default template (every document it makes from scratch carries these).
GENERIC_RSIDS = frozenset({"00B47730", "00034616", "0006063C", "0015074B", "0029639D", "00326F90", "00AA1D8D",
                           "00CB0664", "00FC693F"})
_GENERIC_TIMES = {datetime(2013, 12, 23, 23, 15, tzinfo=UTC),  # python-docx's template
                  datetime(2000, 1, 1, tzinfo=UTC)}  # reportlab's invariant mode
_ORG = re.compile(r"公司|集团|事务所|研究院|研究所|设计院|中心|学院|大学|医院|银行|协会|工作室|厂|局"
                  r"|\b(?:co\.?,?\s*ltd|ltd|inc|corp|corporation|gmbh|llc|limited)\b", re.IGNORECASE)
_SOFTWARE = re.compile(r"word|office|acrobat|distiller|pdf|wps|libreoffice|openoffice|reportlab|ghostscript|"
                       r"quartz|skia|itext|foxit|adobe|microsoft|print|writer|converter|金山|福昕", re.IGNORECASE)


def norm_value(text: str) -> str:
    """A property value as compared: NFKC, case folded, spaces collapsed, brackets made one kind."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.split())


def generic_person(value: str) -> bool:
    """Whether an author / last-modified-by value is a default that identifies nobody."""
    v = norm_value(value)
    return not v or v in _GENERIC_PEOPLE or bool(re.fullmatch(r"(?:user|admin|pc|desktop|dell|lenovo)[-_ ]?\w{0,12}",
                                                             v))


def generic_company(value: str) -> bool:
    """Whether a Company value is an installation default."""
    v = norm_value(value)
    return not v or v in _GENERIC_COMPANIES


def generic_time(at: datetime) -> bool:
    """Whether a time is a generator's fixed default (python-docx's template, reportlab's invariant mode)."""
    return at in _GENERIC_TIMES


def org_like(producer: str) -> bool:
    """Whether a PDF Producer string names an organisation rather than only a program."""
    if not _ORG.search(producer):
        return False
    stripped = _SOFTWARE.sub("", producer)
    return bool(_ORG.search(stripped))


_AMOUNT = re.compile(r"(?<![0-9.])(?<![0-9],)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?[ \t\u3000]*(万元|元)")


def amounts(text: str) -> Iterator[Decimal]:
    """The sums of money a text writes in figures (``2545000元``, ``2,545,000.00 元``, ``254.5万元``), in yuan."""
    for m in _AMOUNT.finditer(unicodedata.normalize("NFKC", text)):
        value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        yield value * 10_000 if m.group(3).startswith("万") else value


def mobiles(text: str) -> Iterator[str]:
    """The mobile numbers in a text (11 digits each)."""
    for m in _MOBILE.finditer(unicodedata.normalize("NFKC", text)):
        yield m.group(1) + m.group(2) + m.group(3)


def emails(text: str) -> Iterator[str]:
    """The e-mail addresses in a text (lower case)."""
    for m in _EMAIL.finditer(unicodedata.normalize("NFKC", text)):
        yield m.group(0).lower()


def _name(candidate: str) -> str | None:
    cut = _NEXT.search(candidate)
    if cut:
        candidate = candidate[:cut.start()]
    if not 2 <= len(candidate) <= 4 or candidate[0] not in SURNAMES or _NOT_NAME.search(candidate):
        return None
    return candidate


def names(text: str) -> Iterator[str]:
    """The persons named as contact, project manager or representative in a text."""
    text = unicodedata.normalize("NFKC", text)
    for m in _NAMED.finditer(text):
        name = _name(m.group(1))
        if name:
            yield name
    for m in _BEFORE_NAME_MARK.finditer(text):
        name = _name(m.group(1))
        if name:
            yield name
