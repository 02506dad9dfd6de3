"""Reader and writer of the response file (`bideval-response/1`, response.md).

Shapes are checked as in ``bideval/1``: decimals read exactly, unknown keys refused except under ``x``,
every problem with its JSON path. The tender part goes through the exchange file's own reader, so a
matrix or a rule is read exactly as the agent's project reads it. References that name nothing
(an evidence item, a requirement or a factor the tender does not have) and duplicate entries are
input problems; what a bidder got wrong in substance is the self-check's (:mod:`app.response.selfcheck`).

The tender's facts beyond ``bideval/1`` (grade words, factor wording: :mod:`app.domain.extras`) travel
under ``x["biddesk.tender_x"]``, the tender's forms chapter under ``x["biddesk.forms"]``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain import model as m
from app.domain.problems import InvalidInput, Problem
from app.exchange.fields import MISSING, Fields, describe
from app.exchange.reader import parse_json, read_evaluation
from app.exchange.writer import evaluation_to_doc
from app.response import model as r

TENDER_X = "biddesk.tender_x"
FORMS_X = "biddesk.forms"
ZERO, ONE = Decimal(0), Decimal(1)
_TENDER_KEYS = ("project", "rules", "qualification", "compliance", "factors", "requirements")
_SETUP_KEYS = ("project", "rules", "qualification", "compliance", "factors")


def loads(text: str | bytes, *, draft: bool = False) -> r.Response:
    """Parse and read a response file's text; raises InvalidInput listing every problem."""
    return read_response(parse_json(text), draft=draft)


def read_response(doc: object, *, draft: bool = False) -> r.Response:
    """Build a Response from a parsed document, or raise InvalidInput listing every problem.

    ``draft``: a response still being filled in (the window's working file) may have no price and no
    company name yet; a file handed to the agent or checked by ``respond`` needs both.
    """
    problems: list[Problem] = []
    top = Fields(problems, "", doc, (
        "format", "tender", "bidder", "price", "price_words", "validity_days", "size", "prison", "disabled",
        "partner_share", "small_amount", "declaration", "evidence", "responses", "claims", "x",
    ), ("format", "tender", "bidder", "price"))
    if not top.ok:
        raise InvalidInput(problems)
    fmt = top.raw("format")
    if fmt is not MISSING and fmt != r.FORMAT:
        top.problem("format", "reader.not", "%1 is not %2", describe(fmt), r.FORMAT)
    x = top.raw("x")
    extensions: dict[str, object] = {}
    if x is not MISSING and not isinstance(x, dict):
        top.problem("x", "reader.must_object_not", "must be an object, not %1", describe(x))
    elif isinstance(x, dict):
        extensions = dict(x)
    raw_tender = top.raw("tender")
    tender = read_tender_part(problems if raw_tender is not MISSING else [], "tender",
                              raw_tender if raw_tender is not MISSING else {"project": {}}, extensions)
    response = r.Response(
        tender=tender,
        bidder=_company(problems, top.raw("bidder"), draft),
        price=top.decimal("price", low=ZERO, low_open=True, nullable=True),
        price_words=top.opt_text("price_words"),
        validity_days=_opt_int(top, "validity_days", 1),
        size=_size(top, "size"),
        prison=top.flag("prison"),
        disabled=top.flag("disabled"),
        partner_share=top.decimal("partner_share", low=ZERO, high=ONE, nullable=True),
        small_amount=top.decimal("small_amount", low=ZERO, nullable=True),
        declaration=tuple(_line(problems, p, e) for p, e in top.items("declaration")),
        evidence=tuple(_evidence(problems, p, e) for p, e in top.items("evidence")),
        responses=tuple(_answer(problems, p, e) for p, e in top.items("responses")),
        claims=tuple(_claim(problems, p, e) for p, e in top.items("claims")),
        extensions={k: v for k, v in extensions.items() if k not in (TENDER_X, FORMS_X)},
    )
    if not draft and top.raw("price") is None and response.price_words is None:
        top.problem("price", "reader.price_figures_words_price",
                    "a price in figures or in words (price_words) is needed")
    if tender.evaluation.project.price_mode == "rate" and response.price is not None \
            and response.price != response.price.quantize(Decimal("0.01")):
        top.problem("price", "reader.has_more_two_decimal",
                    "%1 has more than two decimal places (a rate is quoted to 0.01)", response.price)
    _references(problems, response)
    if problems:
        raise InvalidInput(problems)
    return response


def read_tender_part(problems: list[Problem], path: str, data: object,
                     extensions: dict[str, object] | None = None) -> r.Tender:
    """The ``tender`` object of a response file (the ``bideval/1`` setup plus requirements)."""
    f = Fields(problems, path, data, _TENDER_KEYS, ("project",))
    project = f.raw("project")
    validity: int | None = None
    if isinstance(project, dict):
        pf = Fields([], f.at("project"), {"validity_days": project.get("validity_days", MISSING)}
                    if "validity_days" in project else {}, ("validity_days",))
        validity = _opt_int(pf, "validity_days", 1)
        problems.extend(pf.problems)
        project = {k: v for k, v in project.items() if k != "validity_days"}
    doc: dict[str, Any] = {"format": "bideval/1", "bidders": []}
    for key in _SETUP_KEYS:
        if key == "project":
            doc[key] = project if project is not MISSING else {}
        elif f.raw(key) is not MISSING:
            doc[key] = f.raw(key)
    tender_x = (extensions or {}).get(TENDER_X)
    if isinstance(tender_x, dict):
        doc["x"] = tender_x
    ev = m.Evaluation(project=m.Project(name="", method="open_tender", budget=None))
    if f.ok:
        try:
            ev = read_evaluation(doc)
        except InvalidInput as exc:
            problems.extend(p.at(f"{path}.{p.path}" if p.path else path) for p in exc.problems)
    requirements = tuple(_requirement(problems, p, e) for p, e in f.items("requirements"))
    _unique(problems, [q.id for q in requirements], f.at("requirements"))
    forms = read_forms(problems, "x." + FORMS_X, (extensions or {}).get(FORMS_X, MISSING))
    return r.Tender(evaluation=ev, requirements=requirements, validity_days=validity, forms=forms)


def read_forms(problems: list[Problem], path: str, data: object) -> tuple[r.FormSpec, ...]:
    """The forms chapter: a list of ``{"title", "kind", "text"}`` (absent: none)."""
    if data is MISSING or data is None:
        return ()
    if not isinstance(data, list):
        problems.append(Problem.of(path, "reader.must_list_not", "must be a list, not %1", describe(data)))
        return ()
    out = []
    for i, item in enumerate(data):
        f = Fields(problems, f"{path}[{i}]", item, ("title", "kind", "text"), ("title",))
        out.append(r.FormSpec(title=f.text("title"), kind=f.text("kind"), text=f.text("text")))
    return tuple(out)


def _requirement(problems: list[Problem], path: str, data: object) -> r.Requirement:
    f = Fields(problems, path, data, ("id", "text", "mark"), ("id", "text"))
    mark = f.raw("mark")
    if mark is not None and mark is not MISSING and mark not in r.MARKS:
        f.problem("mark", "reader.not_one_null", "%1 is not one of %2 or null", describe(mark), ', '.join(r.MARKS))
        mark = None
    return r.Requirement(id=f.ident("id"), text=f.text("text"), mark=mark if isinstance(mark, str) else None)


def _company(problems: list[Problem], data: object, draft: bool) -> r.Company:
    keys = ("name", "legal_rep", "contact", "phone", "email", "address")
    f = Fields(problems, "bidder", data, keys, ("name",))
    name = f.text("name")
    if not draft and f.ok and isinstance(f.raw("name"), str) and not name.strip():
        f.problem("name", "reader.must_not_empty", "must not be empty")
    return r.Company(name=name, **{k: f.text(k, nullable=True) for k in keys[1:]})


def _size(f: Fields, key: str) -> str | None:
    size = f.raw(key)
    if size is None or size is MISSING:
        return None
    if size not in m.SIZES:
        f.problem(key, "reader.not_one_null", "%1 is not one of %2 or null", describe(size), ', '.join(m.SIZES))
        return None
    return str(size)


def _opt_int(f: Fields, key: str, low: int) -> int | None:
    if f.raw(key) is None or f.raw(key) is MISSING:
        return None
    value = f.integer(key, -1, low)
    return None if value == -1 else value


def _line(problems: list[Problem], path: str, data: object) -> r.DeclarationLine:
    f = Fields(problems, path, data, ("item", "industry", "enterprise", "employees", "revenue", "assets", "size",
                                      "role"), ("item", "industry", "enterprise"))
    return r.DeclarationLine(
        item=f.text("item"), industry=f.text("industry"), enterprise=f.text("enterprise"),
        employees=_opt_int(f, "employees", 0),
        revenue=f.decimal("revenue", low=ZERO, nullable=True),
        assets=f.decimal("assets", low=ZERO, nullable=True),
        size=_size(f, "size"), role=f.choice("role", r.LINE_ROLES, "self"),
    )


def _evidence(problems: list[Problem], path: str, data: object) -> r.Evidence:
    f = Fields(problems, path, data, ("stage", "item", "ref"), ("stage", "item", "ref"))
    return r.Evidence(stage=f.choice("stage", m.STAGES, "qualification"), item=f.text("item"), ref=f.text("ref"))


def _answer(problems: list[Problem], path: str, data: object) -> r.Answer:
    f = Fields(problems, path, data, ("requirement", "answer", "note"), ("requirement", "answer"))
    return r.Answer(requirement=f.text("requirement"), answer=f.choice("answer", r.ANSWERS, "comply"),
                    note=f.text("note", nullable=True))


def _claim(problems: list[Problem], path: str, data: object) -> r.Claim:
    f = Fields(problems, path, data, ("factor", "value", "evidence"), ("factor", "value"))
    evidence: list[str] = []
    for p, e in f.items("evidence"):
        if isinstance(e, str):
            evidence.append(e)
        else:
            problems.append(Problem.of(p, "reader.must_string_not", "must be a string, not %1", describe(e)))
    value = f.raw("value")
    return r.Claim(factor=f.text("factor"), value=None if value is MISSING else value, evidence=tuple(evidence))


def _unique(problems: list[Problem], ids: list[str], path: str) -> None:
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            problems.append(Problem.of(f"{path}[{i}]", "reader.listed_twice", "%1 is listed twice", ident))
        seen.add(ident)


def _references(problems: list[Problem], resp: r.Response) -> None:
    ev = resp.tender.evaluation
    items = {stage: {i.id for i in ev.checklist(stage)} for stage in m.STAGES}
    for i, e in enumerate(resp.evidence):
        if e.item not in items[e.stage]:
            problems.append(Problem.of(f"evidence[{i}].item", "reader.not_item_tender",
                                       "%1 is not an item of the tender's %2", e.item, e.stage))
    requirements = {q.id for q in resp.tender.requirements}
    for i, a in enumerate(resp.responses):
        if a.requirement not in requirements:
            problems.append(Problem.of(f"responses[{i}].requirement", "reader.not_requirement_tender",
                                       "%1 is not a requirement of the tender", a.requirement))
    _unique(problems, [a.requirement for a in resp.responses], "responses")
    factors = {f.id: f for f in ev.factors}
    for i, c in enumerate(resp.claims):
        factor = factors.get(c.factor)
        if factor is None:
            problems.append(Problem.of(f"claims[{i}].factor", "reader.not_factor_tender",
                                       "%1 is not a factor of the tender", c.factor))
        elif factor.is_price:
            problems.append(Problem.of(f"claims[{i}].factor", "reader.price_factor_score_computed",
                                       "%1 is the price factor: its score is computed from the price", c.factor))
    _unique(problems, [c.factor for c in resp.claims], "claims")


def tender_doc(tender: r.Tender) -> dict[str, Any]:
    """The ``tender`` object of a response file."""
    full = evaluation_to_doc(tender.evaluation)
    doc: dict[str, Any] = {key: full[key] for key in _SETUP_KEYS}
    if tender.validity_days is not None:
        doc["project"] = {**doc["project"], "validity_days": tender.validity_days}
    doc["requirements"] = [{"id": q.id, "text": q.text, "mark": q.mark} for q in tender.requirements]
    return doc


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def response_to_doc(resp: r.Response) -> dict[str, Any]:
    """The `bideval-response/1` document of a response (every key written)."""
    b = resp.bidder
    doc: dict[str, Any] = {
        "format": r.FORMAT,
        "tender": tender_doc(resp.tender),
        "bidder": {"name": b.name, "legal_rep": b.legal_rep, "contact": b.contact, "phone": b.phone,
                   "email": b.email, "address": b.address},
        "price": _dec(resp.price), "price_words": resp.price_words, "validity_days": resp.validity_days,
        "size": resp.size, "prison": resp.prison, "disabled": resp.disabled,
        "partner_share": _dec(resp.partner_share), "small_amount": _dec(resp.small_amount),
        "declaration": [
            {"item": d.item, "industry": d.industry, "enterprise": d.enterprise, "employees": d.employees,
             "revenue": _dec(d.revenue), "assets": _dec(d.assets), "size": d.size, "role": d.role}
            for d in resp.declaration
        ],
        "evidence": [{"stage": e.stage, "item": e.item, "ref": e.ref} for e in resp.evidence],
        "responses": [{"requirement": a.requirement, "answer": a.answer, "note": a.note} for a in resp.responses],
        "claims": [{"factor": c.factor, "value": _raw(c.value), "evidence": list(c.evidence)} for c in resp.claims],
    }
    x = dict(resp.extensions)
    if resp.tender.evaluation.extensions:
        x[TENDER_X] = resp.tender.evaluation.extensions
    if resp.tender.forms:
        x[FORMS_X] = [{"title": f.title, "kind": f.kind, "text": f.text} for f in resp.tender.forms]
    if x:
        doc["x"] = x
    return doc


def response_text(resp: r.Response) -> str:
    """The response file's text (pretty-printed, keys in the spec's order)."""
    from app.exchange import jsontext

    return jsontext.dumps(response_to_doc(resp), indent=2) + "\n"


def _raw(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple):
        return [_raw(v) for v in value]
    return value
