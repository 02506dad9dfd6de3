"""The response workspace's words: where a finding points (the step, the row, the field), and what it says.

The self-check (:mod:`app.response.selfcheck`) names each place as a JSON path of the response file
(``price_words``, ``declaration[0].size``, ``claims[2].value``) and gives the figures in ``params``;
this module turns both into the window's words (``报价 → 大写金额``, ``大写 … 与小写 … 不一致``). The
English ``message`` is for the command line and is never shown here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.domain import sme
from app.domain.problems import Problem
from app.reports.formats import money
from app.response.model import Response
from app.response.selfcheck import Finding
from widgets.i18n import Translator, fill
from widgets.problem_texts import code_words

STEPS = ("company", "price", "sme", "evidence", "requirements", "claims", "check", "pack")
_PATH = re.compile(r"^(?P<head>[a-z_.]+?)(?:\[(?P<index>\d+)\])?(?:\.(?P<rest>[a-z_]+))?$")


_tr = Translator("ResponseTexts")


def step_titles() -> dict[str, str]:
    """The navigator's steps."""
    return {"company": _tr("投标人信息"), "price": _tr("报价"), "sme": _tr("中小企业声明"),
            "evidence": _tr("资格与符合性证明"), "requirements": _tr("需求响应"), "claims": _tr("评分承诺"),
            "check": _tr("自查与估分"), "pack": _tr("生成投标文件")}


def size_names() -> dict[str, str]:
    """Enterprise sizes."""
    return {"large": _tr("大型"), "medium": _tr("中型"), "small": _tr("小型"), "micro": _tr("微型")}


def answer_names() -> dict[str, str]:
    """The answers to a requirement."""
    return {"comply": _tr("响应"), "exceed": _tr("正偏离"), "deviate": _tr("负偏离")}


def role_names() -> dict[str, str]:
    """The roles of a declaration line."""
    return {"self": _tr("本企业"), "consortium": _tr("联合体成员"), "subcontract": _tr("分包企业")}


def stage_names() -> dict[str, str]:
    """The two checklists."""
    return {"qualification": _tr("资格审查"), "compliance": _tr("符合性审查")}


def severity_names() -> dict[str, str]:
    """A finding's severity, with its mark."""
    return {"fatal": _tr("✗ 严重"), "warning": _tr("⚠ 提示"), "info": _tr("ℹ 信息")}


def _field_names() -> dict[str, str]:
    return {"name": _tr("名称"), "legal_rep": _tr("法定代表人"), "contact": _tr("联系人"), "phone": _tr("电话"),
            "email": _tr("电子邮箱"), "address": _tr("地址"), "item": _tr("标的名称"), "industry": _tr("所属行业"),
            "enterprise": _tr("承接企业"), "employees": _tr("从业人员"), "revenue": _tr("营业收入"),
            "assets": _tr("资产总额"), "size": _tr("声明规模"), "role": _tr("角色"), "answer": _tr("响应"),
            "note": _tr("说明"), "value": _tr("承诺"), "evidence": _tr("证明材料"), "ref": _tr("证明材料"),
            "requirement": _tr("要求"), "factor": _tr("评分因素")}


@dataclass(frozen=True)
class Place:
    """Where a path points: the step, the row's key (an item, requirement, factor id or line number), the field."""

    step: str
    key: str = ""
    field: str = ""


def locate(where: str, resp: Response) -> Place:
    """The step, row and field a JSON path of the response file names."""
    match = _PATH.match(where)
    if not match:
        return Place("check")
    head, index, rest = match["head"], match["index"], match["rest"] or ""
    i = int(index) if index is not None else -1
    ev = resp.tender.evaluation
    if head in ("price", "price_words"):
        return Place("price", field=head)
    if head in ("validity_days",) or head.startswith("bidder"):
        return Place("company", field=head.partition(".")[2] or head)
    if head in ("size", "prison", "disabled", "partner_share", "small_amount"):
        return Place("sme", field=head)
    if head == "declaration":
        return Place("sme", str(i) if i >= 0 else "", rest or "declaration")
    if head in ("tender.qualification", "tender.compliance"):
        stage = head.partition(".")[2]
        items = ev.checklist(stage)
        return Place("evidence", f"{stage}:{items[i].id}" if 0 <= i < len(items) else "", "ref")
    if head == "evidence":
        found = resp.evidence[i] if 0 <= i < len(resp.evidence) else None
        return Place("evidence", f"{found.stage}:{found.item}" if found else "", "ref")
    if head == "tender.requirements":
        reqs = resp.tender.requirements
        return Place("requirements", reqs[i].id if 0 <= i < len(reqs) else "", "answer")
    if head == "responses":
        answer = resp.responses[i] if 0 <= i < len(resp.responses) else None
        return Place("requirements", answer.requirement if answer else "", rest or "answer")
    if head == "claims":
        claim = resp.claims[i] if 0 <= i < len(resp.claims) else None
        return Place("claims", claim.factor if claim else "", rest or "value")
    if head.startswith("tender"):
        return Place("check")
    return Place("check")


def place_words(where: str, resp: Response) -> str:
    """The place a path names, in words: ``报价 → 大写金额``, ``评分承诺 → F1「业绩」 → 承诺``."""
    place = locate(where, resp)
    parts = [step_titles()[place.step]]
    ev = resp.tender.evaluation
    fields = _field_names()
    rate = ev.project.price_mode == "rate"
    if place.step == "price":
        parts.append({"price": _tr("投标费率") if rate else _tr("小写金额"),
                      "price_words": _tr("大写费率") if rate else _tr("大写金额")}[place.field])
    elif place.step == "company":
        parts.append(_tr("投标有效期") if place.field == "validity_days" else fields.get(place.field, place.field))
    elif place.step == "sme":
        if place.key:
            parts.append(_tr("第 %1 行", int(place.key) + 1))
            parts.append(fields.get(place.field, place.field))
        else:
            parts.append({"size": _tr("企业规模"), "prison": _tr("监狱企业"), "disabled": _tr("残疾人福利性单位"),
                          "partner_share": _tr("小微企业合作份额"), "small_amount": _tr("小微企业承担金额"),
                          "declaration": _tr("声明函明细")}.get(place.field, place.field))
    elif place.step == "evidence" and place.key:
        stage, _, item = place.key.partition(":")
        name = next((c.name for c in ev.checklist(stage) if c.id == item), "")
        parts.append(f"{stage_names()[stage]} {item}" + (f"「{name}」" if name else ""))
    elif place.step == "requirements" and place.key:
        parts.append(place.key)
        if place.field == "note":
            parts.append(fields["note"])
    elif place.step == "claims" and place.key:
        name = next((f.name for f in ev.factors if f.id == place.key), "")
        parts.append(f"{place.key}" + (f"「{name}」" if name else ""))
        parts.append(fields.get(place.field, place.field))
    return " → ".join(parts)


# -- a finding in words ----------------------------------------------------------------------------
def _num(text: object) -> Decimal | None:
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def price_text(value: object, rate: bool) -> str:
    """A price as the page writes it: ``2,380,500.00 元`` or ``86.50%``."""
    number = _num(value)
    if number is None:
        return str(value)
    return f"{number:.2f}%" if rate else _tr("%1 元", money(number))


def percent_text(value: object) -> str:
    """A share ``0.45`` as ``45%``."""
    number = _num(value)
    if number is None:
        return str(value)
    return format((number * 100).normalize(), "f") + "%"


def list_sep() -> str:
    """The separator of a list in a sentence (、)."""
    return _tr("、")


def clause_sep() -> str:
    """The separator of clauses in a sentence (；)."""
    return _tr("；")


def _metric_names() -> dict[str, tuple[str, str]]:
    return {"employees": (_tr("从业人员"), _tr("人")), "revenue": (_tr("营业收入"), _tr("万元")),
            "assets": (_tr("资产总额"), _tr("万元"))}


def threshold_words(t: sme.Threshold | str) -> str:
    """``employees >= 10`` as ``从业人员10人及以上``."""
    metric, op, value = (t.metric, t.op, t.value) if isinstance(t, sme.Threshold) else str(t).split(" ", 2)
    name, unit = _metric_names()[str(metric)]
    bound = format(Decimal(str(value)).normalize(), "f")
    text = _tr("%1%2%3以下") if op == "<" else _tr("%1%2%3及以上")
    return fill(text, name, bound, unit)


def industry_rule_words(industry: str) -> str:
    """The industry's thresholds as the notice words them (工信部联企业〔2011〕300号)."""
    try:
        row = sme.thresholds(industry)
    except ValueError:
        return _tr("“%1”不是划型标准中的行业，无法计算企业规模", industry)
    def join(conds: tuple[sme.Threshold, ...], word: str) -> str:
        return word.join(threshold_words(t) for t in conds)
    return (_tr("%1：%2的为中小微型企业。其中，%3的为中型企业；%4的为小型企业；%5的为微型企业。", row.industry,
                join(row.sme, _tr("或")), join(row.medium, _tr("，且")), join(row.small, _tr("，且")),
                join(row.micro, _tr("或"))))


def finding_words(f: Finding, resp: Response) -> str:
    """What a finding says, in the window's words, from its kind and figures."""
    p = f.params
    rate = resp.tender.evaluation.project.price_mode == "rate"
    sizes = size_names()
    if f.kind == "price_missing":
        return _tr("尚未填写报价")
    if f.kind == "price_words_mismatch":
        if "words_price" not in p:
            return _tr("大写“%1”无法识别；按小写应写作：%2", p.get("words", ""), p.get("expected", ""))
        return (_tr("大写（%1）与小写（%2）不一致，评审以大写为准；按小写应写作：%3",
                    price_text(p["words_price"], rate), price_text(p["price"], rate), p.get("expected", "")))
    if f.kind == "over_ceiling":
        project = resp.tender.evaluation.project
        text = _tr("报价 %1 超过最高限价 %2，投标无效") if project.ceiling is not None or rate else \
            _tr("报价 %1 超过预算金额 %2（未设最高限价），投标无效")
        return fill(text, price_text(p["price"], rate), price_text(p["ceiling"], rate))
    if f.kind == "low_price_ceiling":
        return (_tr("报价 %1 低于最高限价的 %2（%3），评标委员会将要求说明报价的合理性", price_text(p["price"], rate),
                    percent_text(p["share"]), price_text(p["threshold"], rate)))
    if f.kind == "star_deviation":
        text = _tr("★ 实质性要求 %1 响应为负偏离，投标将无效") if p.get("answered") else \
            _tr("★ 实质性要求 %1 尚未响应，投标将无效")
        return fill(text, p.get("requirement", ""))
    if f.kind == "requirement_unanswered":
        return _tr("要求 %1 尚未响应", p.get("requirement", ""))
    if f.kind == "evidence_missing":
        return _tr("%1 %2「%3」未填写证明材料（附件、页码）", stage_names()[p["stage"]], p["item"], p["name"])
    if f.kind == "declaration_missing":
        return _tr("声明为小微企业（或有小微企业合作份额），但没有中小企业声明函明细，不能享受价格扣除")
    if f.kind == "declaration_industry":
        return _tr("所填行业“%1”不是招标文件规定的所属行业“%2”，声明函无效", p["industry"], p["expected"])
    if f.kind == "declaration_size":
        basis = list_sep().join(threshold_words(t) for t in p.get("basis", []))
        return (_tr("声明为%1，按%2的划型标准，所填数据为%3（%4）", sizes.get(p["declared"], p["declared"]),
                    p["industry"], sizes.get(p["computed"], p["computed"]), basis))
    if f.kind == "size_inconsistent":
        return _tr("企业规模为%1，与声明函中本企业一行的%2不一致", sizes.get(p.get("size") or "", _tr("未填写")),
                   sizes.get(p["declared"], p["declared"]))
    if f.kind == "partner_share_below":
        return _tr("小微企业合作份额 %1 低于 %2，不能享受价格扣除", percent_text(p["share"]), percent_text(p["min"]))
    if f.kind == "claim_invalid":
        return _tr("承诺“%1”不是 %2「%3」的评分方式允许的值", p.get("value", ""), p["factor"], p["name"])
    if f.kind == "claim_without_evidence":
        return _tr("客观分 %1「%2」的承诺未列出证明材料", p["factor"], p["name"])
    if f.kind == "validity_short":
        return _tr("投标有效期 %1 天，短于招标文件要求的 %2 天，投标无效", p["days"], p["required"])
    return _tr("自查发现问题（%1）", f.kind)


def finding_line(f: Finding, resp: Response) -> str:
    """A finding as one line: its severity, the place, what it says."""
    return f"{severity_names()[f.severity]}　{place_words(f.where, resp)}：{finding_words(f, resp)}"


def state_mark(findings: list[Finding]) -> str:
    """✓ no finding, ⚠ warnings only, ✗ a fatal one."""
    if any(f.severity == "fatal" for f in findings):
        return "✗"
    if any(f.severity == "warning" for f in findings):
        return "⚠"
    return "✓"


# -- a service's refusal in words --------------------------------------------------------------------
def problem_words(problem: Problem, resp: Response | None) -> str:
    """A service's problem as the window says it: its code's wording (else a file failure's), the place in words."""
    message = problem.message
    table = (
        (r"no such file", _tr("文件不存在")),
        (r"is a folder, not a file", _tr("这是文件夹，不是文件")),
        (r"is a file, not a folder", _tr("所选位置是文件，不是文件夹")),
        (r"cannot be (?:read|created).*", _tr("无法读取或创建")),
        (r"already exists.*", _tr("文件已存在，不会覆盖")),
        (r".*is not a positive price", _tr("须为正数")),
        (r"neither the figures nor the capitals give a price", _tr("尚未填写报价，无法估分")),
        (r"format .* is neither a published tender.*", _tr("不是招标文件数据（bideval/1）、投标响应文件或项目文件")),
    )
    coded = code_words(problem.code, problem.args) if problem.code else None
    words = coded or next((w for pattern, w in table if re.fullmatch(pattern, message)), _tr("文件内容无效"))
    path = problem.path
    if path.startswith("--others["):
        return _tr("竞争对手报价第 %1 项：%2", int(path[9:].split("]")[0]) + 1, words)
    if resp is not None and path and not path.startswith(("/", ".")) and "/" not in path and "\\" not in path:
        return f"{place_words(path, resp)}：{words}"
    return f"{path}：{words}" if path else words
