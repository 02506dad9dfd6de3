"""The tender a bidder answers: published by the agent, read back by the bidder.

The agent publishes the tender part of a project (发布招标文件数据) as a ``bideval/1`` file with no
bidders, members or records: the project, the rules, the checklists, the matrix, the tender's grade
words and factor wording, and under ``x["biddesk.tender"]`` what only a bidder needs —
``{"validity_days": int, "requirements": [{"id", "text", "mark"}], "forms": [{"title", "kind", "text"}]}``.
A bidder opens that file, a response file (its ``tender``), or a project file, and gets a
:class:`~app.response.model.Tender`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from app.domain import extras
from app.domain import model as m
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.exchange.fields import MISSING, Fields, describe
from app.exchange.reader import parse_json, read_evaluation
from app.exchange.writer import evaluation_to_doc
from app.response import model as r
from app.response.reader import read_forms, read_response

TENDER_KEY = "biddesk.tender"
#: The tender's facts beyond bideval/1 that a bidder sees (the rest of ``x`` is the agent's).
PUBLIC_X = (extras.GRADE_WORDS, extras.FACTOR_TEXT)


def tender_of(ev: Evaluation) -> r.Tender:
    """The tender part of an evaluation (a project or a published file); raises InvalidInput on a bad ``x``."""
    problems: list[Problem] = []
    section = ev.extensions.get(TENDER_KEY, MISSING)
    validity: int | None = None
    requirements: tuple[r.Requirement, ...] = ()
    forms: tuple[r.FormSpec, ...] = ()
    if section is not MISSING:
        path = f"x.{TENDER_KEY}"
        f = Fields(problems, path, section, ("validity_days", "requirements", "forms"))
        if f.raw("validity_days") not in (None, MISSING):
            validity = f.integer("validity_days", 0, 1) or None
        from app.response.reader import _requirement

        requirements = tuple(_requirement(problems, p, e) for p, e in f.items("requirements"))
        forms = read_forms(problems, f.at("forms"), f.raw("forms"))
    if problems:
        raise InvalidInput(problems)
    setup = dataclasses.replace(
        ev, bidders=(), members=(), checks=(), scores=(), decisions=(),
        extensions={k: v for k, v in ev.extensions.items() if k in PUBLIC_X},
    )
    return r.Tender(evaluation=setup, requirements=requirements, validity_days=validity, forms=forms)


def with_tender_facts(ev: Evaluation, requirements: tuple[r.Requirement, ...], validity_days: int | None,
                      forms: tuple[r.FormSpec, ...]) -> Evaluation:
    """The evaluation with its bidder-facing facts (requirements, validity, forms) set under ``x``."""
    section: dict[str, Any] = {}
    if validity_days is not None:
        section["validity_days"] = validity_days
    if requirements:
        section["requirements"] = [{"id": q.id, "text": q.text, "mark": q.mark} for q in requirements]
    if forms:
        section["forms"] = [{"title": f.title, "kind": f.kind, "text": f.text} for f in forms]
    extensions = {k: v for k, v in ev.extensions.items() if k != TENDER_KEY}
    if section:
        extensions[TENDER_KEY] = section
    return dataclasses.replace(ev, extensions=extensions)


def published_doc(tender: r.Tender) -> dict[str, Any]:
    """The file bidders open: ``bideval/1`` with the tender's setup only (bidders empty)."""
    ev = with_tender_facts(tender.evaluation, tender.requirements, tender.validity_days, tender.forms)
    doc = evaluation_to_doc(ev)
    for key in ("members", "checks", "scores", "decisions"):
        doc.pop(key, None)
    doc["bidders"] = []
    return doc


def read_tender_bytes(data: bytes, source: str) -> r.Tender:
    """A tender from a file's bytes: a published ``bideval/1`` file or a response file (JSON).

    Raises:
        InvalidInput: the file is neither, or is not valid.
    """
    doc = parse_json(data)
    fmt = doc.get("format") if isinstance(doc, dict) else None
    if fmt == r.FORMAT:
        return read_response(doc).tender
    if fmt != "bideval/1":
        raise InvalidInput([Problem.of(source, "tender_source.format_neither_published_tender",
                                       "format %1 is neither a published tender (bideval/1) nor a response file (%2)",
                                       describe(fmt), r.FORMAT)])
    assert isinstance(doc, dict)
    doc = {**doc, "bidders": doc.get("bidders", [])}
    return tender_of(read_evaluation(doc))


def tender_from_docx(data: bytes, source: str) -> r.Tender:
    """A tender from its own Word document: the matrix and checklists (the agent's importer), the project
    facts, the ★/▲ requirements, the validity and the forms chapter (:mod:`app.exchange.tender_facts`).

    Raises:
        InvalidInput: the matrix or checklists cannot be read, or the project's name or budget is not found.
    """
    from app.exchange.setup_docx import draft_from_docx
    from app.exchange.setup_draft import apply_draft
    from app.exchange.tender_facts import facts_from_docx

    draft = draft_from_docx(data, source=source)
    facts = facts_from_docx(data, source=source)
    mode = facts.price_mode or "amount"
    missing = [Problem.of(source, "tender_source.tender_not_found_document",
                          "the tender's %1 was not found in the document; publish the tender from the agent's project "
                          "instead (publish-tender)",
                          what)
               for what, value in (("项目名称", facts.name), ("预算金额", facts.budget if mode == "amount" else 1))
               if value is None]
    if missing:
        raise InvalidInput(missing)
    project = m.Project(name=facts.name or "", method="open_tender", budget=facts.budget, ceiling=facts.ceiling,
                        price_mode=mode, number=facts.number or "", purchaser=facts.purchaser or "",
                        agency=facts.agency or "", industry=facts.industry)
    ev = apply_draft(m.Evaluation(project=project), draft)
    return dataclasses.replace(tender_of(ev), requirements=facts.requirements, validity_days=facts.validity_days,
                               forms=facts.forms)


def load_tender(path: str | Path) -> r.Tender:
    """A tender from a file judged by its content: a project file, a published tender, a response file or
    the tender's own .docx.

    Raises:
        InvalidInput: the file cannot be read or holds no tender.
    """
    from app.cli import SQLITE_MAGIC, read_input_file

    data = read_input_file(str(path))
    if data.startswith(SQLITE_MAGIC):
        from app.services.project_io import load_project_evaluation

        return tender_of(load_project_evaluation(Path(path)))
    if data.startswith(b"PK"):
        return tender_from_docx(data, str(path))
    return read_tender_bytes(data, str(path))


def new_response(tender: r.Tender, company: str = "") -> r.Response:
    """An empty response to a tender: nothing claimed, nothing answered yet."""
    return r.Response(tender=tender, bidder=r.Company(name=company), price=None)
