"""Write the bundled response samples: for each sample tender, one clean response and one with every fatal finding.

``python tools/make_response_samples.py`` rewrites ``resources/samples/responses/``. The tender part is
what ``publish-tender`` gives for the sample project, with the requirements and validity the seed
tenders state (seed notes 001, 002, 000); the bidders are invented and the figures chosen so that
the clean file is ready (no fatal finding) and the other fires each fatal kind that applies to it.
"""

from __future__ import annotations

import dataclasses
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.domain.numerals import format_rmb  # noqa: E402
from app.exchange.reader import loads as read_exchange  # noqa: E402
from app.response import model as r  # noqa: E402
from app.response.reader import response_text  # noqa: E402
from app.response.tender_source import tender_of  # noqa: E402

OUT = ROOT / "resources" / "samples" / "responses"

SEED_FACTS = {
    "pingdingshan-001": (60, [
        ("R1", "★服务期限：自合同签订之日起1年", "star"),
        ("R2", "★质量要求：符合国家及行业相关标准，满足采购人要求", "star"),
        ("R3", "▲提供7×24小时技术支持，故障响应时间不超过30分钟", "triangle"),
        ("R4", "服务地点：采购人指定地点", None),
    ]),
    "luoyang-002": (90, [
        ("R1", "★服务期限：一年", "star"),
        ("R2", "★质量要求：合格，满足采购人要求", "star"),
        ("R3", "★付款方式：按合同约定分期支付", "star"),
    ]),
    "jiaozuo-000-single-source": (60, [
        ("R1", "*运维期限：18个月", "star"),
        ("R2", "*质量要求：满足采购人要求", "star"),
        ("R3", "*运维地点：焦作市", "star"),
        ("R4", "*付款方式：按单一来源采购文件约定", "star"),
    ]),
}


OBJECTIVE_EVIDENCE = ("业绩合同 第31页", "证书 第40页")


def _tender(stem: str) -> r.Tender:
    ev = read_exchange((ROOT / "resources" / "samples" / f"{stem}.json").read_bytes())
    validity, reqs = SEED_FACTS[stem]
    tender = tender_of(ev)
    return dataclasses.replace(tender, validity_days=validity,
                               requirements=tuple(r.Requirement(i, t, k) for i, t, k in reqs))


def _claim_value(f: object) -> object:
    rule = f.rule  # type: ignore[attr-defined]
    if rule.type == "count":
        return 2
    if rule.type == "grades":
        return str(rule.values[1] if len(rule.values) > 1 else rule.values[0])
    if rule.type == "items":
        return [str(rule.values[0])] * rule.n
    if rule.type == "range":
        return str(f.max)  # type: ignore[attr-defined]
    if rule.type == "hours":
        return "2"
    return None


def clean(stem: str) -> r.Response:
    tender = _tender(stem)
    ev = tender.evaluation
    ceiling = ev.project.effective_ceiling or Decimal("1000000")
    price = (ceiling * Decimal("0.9")).quantize(Decimal("1000"))
    industry = ev.project.industry
    small = industry is not None
    company = "河南某信科技有限公司"
    return r.Response(
        tender=tender,
        bidder=r.Company(name=company, legal_rep="张明", contact="李华", phone="13800000000",
                         email="bid@example.cn", address="河南省郑州市金水区某路1号"),
        price=price, price_words=format_rmb(price), validity_days=tender.validity_days,
        size="small" if small else "medium",
        declaration=(r.DeclarationLine(item=ev.project.name, industry=industry, enterprise=company, employees=45,
                                       revenue=Decimal("1200.00"), assets=Decimal("800.00"), size="small"),)
        if small and industry else (),
        evidence=tuple(r.Evidence(stage, item.id, f"附件{n + 1} 第{5 + 2 * n}页")
                       for n, (stage, item) in enumerate([("qualification", i) for i in ev.qualification]
                                                         + [("compliance", i) for i in ev.compliance])),
        responses=tuple(r.Answer(q.id, "comply", "完全响应") for q in tender.requirements),
        claims=tuple(r.Claim(f.id, _claim_value(f), OBJECTIVE_EVIDENCE if f.objective else ("技术方案 第三章",))
                     for f in ev.factors if not f.is_price),
    )


def fatal(stem: str) -> r.Response:
    base = clean(stem)
    ev = base.tender.evaluation
    ceiling = ev.project.effective_ceiling or Decimal("1000000")
    figures = ceiling + Decimal("1000")
    lines = tuple(dataclasses.replace(d, industry="批发业", employees=5, revenue=Decimal("40.00"),
                                      assets=Decimal("30.00"), size="small") for d in base.declaration)
    claims = list(base.claims)
    for i, c in enumerate(claims):
        factor = next(f for f in ev.factors if f.id == c.factor)
        if factor.rule.type in ("grades", "items", "count"):
            wrong = {"grades": "99", "items": ["0"], "count": "1.5"}[factor.rule.type]
            claims[i] = dataclasses.replace(c, value=wrong)
            break
    return dataclasses.replace(
        base, bidder=dataclasses.replace(base.bidder, name="河南某错科技有限公司"),
        price=figures, price_words=format_rmb(figures + Decimal("10000")),
        validity_days=(base.tender.validity_days or 60) - 30,
        size="medium" if lines else base.size, declaration=lines,
        evidence=base.evidence[1:],
        responses=(r.Answer(base.responses[0].requirement, "deviate", "服务期限为半年"), *base.responses[1:]),
        claims=tuple(claims),
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for stem in SEED_FACTS:
        (OUT / f"{stem}-clean.bidresp.json").write_text(response_text(clean(stem)), encoding="utf-8")
        (OUT / f"{stem}-fatal.bidresp.json").write_text(response_text(fatal(stem)), encoding="utf-8")
        print(f"wrote {stem}-clean / -fatal")


if __name__ == "__main__":
    main()
