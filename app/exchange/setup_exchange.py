"""The matrix and checklists of a `bideval/1` exchange file, as a :class:`SetupDraft`.

Only ``factors``, ``qualification``, ``compliance`` and the tender's grade words and wording
(``x.biddesk.grade_words``, ``x.biddesk.factor_text``) are taken; project, bidders, committee and
scores stay where they are. Those parts are checked exactly as the exchange reader checks them,
and every problem keeps its JSON path (``factors[3].rule.values[1]``).
"""

from __future__ import annotations

from typing import Any

from app.domain import extras
from app.domain.problems import InvalidInput, Problem
from app.exchange.fields import describe
from app.exchange.reader import FORMAT, parse_json, read_evaluation
from app.exchange.setup_draft import SetupDraft, total_warning

_TOP_KEYS = (
    "format", "project", "rules", "qualification", "compliance", "factors",
    "bidders", "members", "checks", "scores", "decisions", "x",
)
_TAKEN = ("format", "qualification", "compliance", "factors", "x")
# The reader needs a project and bidders; the draft takes neither, so a neutral stand-in is read.
_STAND_IN: dict[str, Any] = {"project": {"name": "-", "method": "open_tender", "budget": "1"}, "bidders": []}


def draft_from_exchange(data: str | bytes, source: str = "") -> SetupDraft:
    """Read the matrix and checklists of an exchange file's text.

    Args:
        data: the file's bytes (UTF-8) or text.
        source: the file name, for display.

    Returns:
        The draft; a bad file gives a draft with ``read_problems`` and nothing else.
    """
    try:
        doc = parse_json(data)
    except InvalidInput as exc:
        return SetupDraft(read_problems=tuple(exc.problems), source=source)
    if not isinstance(doc, dict):
        return SetupDraft(read_problems=(Problem.of("", "setup_exchange.must_object_not",
                                                    "must be an object, not %1", describe(doc)),), source=source)
    problems = [Problem.of(key, "setup_exchange.unknown_key", "unknown key") for key in doc if key not in _TOP_KEYS]
    if "format" not in doc:
        problems.append(Problem.of("format", "setup_exchange.required_key_missing", "required key missing"))
    elif doc["format"] != FORMAT:
        problems.append(Problem.of("format", "setup_exchange.not", "%1 is not %2", describe(doc['format']), FORMAT))
    if problems:
        return SetupDraft(read_problems=tuple(problems), source=source)
    sub = {key: doc[key] for key in _TAKEN if key in doc} | _STAND_IN
    try:
        ev = read_evaluation(sub)
    except InvalidInput as exc:
        return SetupDraft(read_problems=tuple(exc.problems), source=source)
    ids = {f.id for f in ev.factors}
    words: dict[str, tuple[str, ...]] = {}
    texts: dict[str, str] = {}
    for fid, value in _section(problems, ev.extensions, extras.GRADE_WORDS).items():
        if fid not in ids:
            problems.append(Problem.of(f"x.{extras.GRADE_WORDS}.{fid}", "setup_exchange.unknown_factor",
                                       "unknown factor %1", fid))
        elif not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            problems.append(Problem.of(f"x.{extras.GRADE_WORDS}.{fid}", "setup_exchange.must_list_strings",
                                       "must be a list of strings"))
        else:
            words[fid] = tuple(value)
    for fid, value in _section(problems, ev.extensions, extras.FACTOR_TEXT).items():
        if fid not in ids:
            problems.append(Problem.of(f"x.{extras.FACTOR_TEXT}.{fid}", "setup_exchange.unknown_factor",
                                       "unknown factor %1", fid))
        elif not isinstance(value, str):
            problems.append(Problem.of(f"x.{extras.FACTOR_TEXT}.{fid}", "setup_exchange.must_string_not",
                                       "must be a string, not %1", describe(value)))
        else:
            texts[fid] = value
    draft = SetupDraft(
        factors=ev.factors, qualification=ev.qualification, compliance=ev.compliance,
        grade_words=words, factor_text=texts, read_problems=tuple(problems), source=source,
    )
    return _with_warnings(draft)


def _with_warnings(draft: SetupDraft) -> SetupDraft:
    from dataclasses import replace

    return replace(draft, warnings=(*draft.warnings, *total_warning(draft, "factors")))


def _section(problems: list[Problem], x: dict[str, object], key: str) -> dict[str, object]:
    value = x.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(Problem.of(f"x.{key}", "setup_exchange.must_object_not",
                                   "must be an object, not %1", describe(value)))
        return {}
    return value
