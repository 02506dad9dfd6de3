"""The texts an evaluation holds: no control characters, no lone surrogates, no endless names (docs/limits.md).

Names and ids end up in Word, PDF and Excel files, in file names and on a terminal: a control character
breaks the Word writer's XML, a lone surrogate cannot be encoded at all, a name of thousands of
characters breaks a page layout. Every such text is refused where it is read, with its place, at every
door (the exchange reader, the window's edits, the command line, the packages), since every door checks
an evaluation with :func:`app.domain.validate.check_structure`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.domain.model import Evaluation
from app.domain.problems import Problem

#: The longest id, name (a project, a bid, a member, a factor, a checklist item) and free text (a criterion,
#: a note, a reason) an evaluation may hold.
MAX_ID = 64
MAX_NAME = 300
MAX_TEXT = 5000
#: Control characters a one-line text may not hold; a free text may hold tabs and line breaks (patterns compiled
#: on first use: a printable text, nearly every one, holds none of them and is never searched).
_LINE_BAD = r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]"
_TEXT_BAD = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]"


def _fields(ev: Evaluation) -> Iterator[tuple[str, str | None, int, str]]:
    """Every text of the evaluation: its path, its value, its longest length and what it may not hold."""
    p = ev.project
    for name in ("name", "number", "purchaser", "agency"):
        yield f"project.{name}", getattr(p, name), MAX_NAME, _LINE_BAD
    for stage in ("qualification", "compliance"):
        for i, item in enumerate(ev.checklist(stage)):
            yield f"{stage}[{i}].id", item.id, MAX_ID, _LINE_BAD
            yield f"{stage}[{i}].name", item.name, MAX_NAME, _LINE_BAD
            yield f"{stage}[{i}].criterion", item.criterion, MAX_TEXT, _TEXT_BAD
    for i, f in enumerate(ev.factors):
        yield f"factors[{i}].id", f.id, MAX_ID, _LINE_BAD
        yield f"factors[{i}].name", f.name, MAX_NAME, _LINE_BAD
        yield f"factors[{i}].category", f.category, MAX_NAME, _LINE_BAD
        yield f"factors[{i}].group", f.group, MAX_NAME, _LINE_BAD
    for i, b in enumerate(ev.bidders):
        yield f"bidders[{i}].id", b.id, MAX_ID, _LINE_BAD
        yield f"bidders[{i}].name", b.name, MAX_NAME, _LINE_BAD
        yield f"bidders[{i}].price_words", b.price_words, MAX_NAME, _LINE_BAD
    for i, m in enumerate(ev.members):
        yield f"members[{i}].id", m.id, MAX_ID, _LINE_BAD
        yield f"members[{i}].name", m.name, MAX_NAME, _LINE_BAD
    for i, c in enumerate(ev.checks):
        yield f"checks[{i}].note", c.note, MAX_TEXT, _TEXT_BAD
    for i, d in enumerate(ev.decisions):
        yield f"decisions[{i}].note", d.note, MAX_TEXT, _TEXT_BAD
        yield f"decisions[{i}].reason", d.reason, MAX_TEXT, _TEXT_BAD


def text_problems(ev: Evaluation, problems: list[Problem]) -> None:
    """Append a located problem for every text with a control character, a lone surrogate or past its length."""
    for path, value, longest, bad in _fields(ev):
        if not isinstance(value, str) or not value:
            continue
        # Every character the patterns name is unprintable (Cc, Cs); isprintable() is one pass in C.
        found = None if value.isprintable() else re.search(bad, value)
        if found is not None:
            char = found.group(0)
            code = format(ord(char), "04X")
            if "\ud800" <= char <= "\udfff":
                problems.append(Problem.of(path, "texts.lone_surrogate",
                                           "contains a lone surrogate (U+%1) at position %2", code, found.start() + 1))
            else:
                problems.append(Problem.of(path, "texts.control_character",
                                           "contains a control character (U+%1) at position %2", code,
                                           found.start() + 1))
        elif len(value) > longest:
            problems.append(Problem.of(path, "texts.characters_long_most",
                                       "is %1 characters long; at most %2", len(value), longest))


_LINE_FIX = _LINE_BAD + "+"
_TEXT_FIX = _TEXT_BAD + "+"


def as_line(text: str, longest: int = MAX_NAME) -> str:
    """A text read from a tender's document as a one-line name: control characters become a space, and a name
    past ``longest`` is cut with ``…`` (the importers keep the whole text elsewhere, as the criterion)."""
    line = " ".join(re.sub(_LINE_FIX, " ", text).split())
    return line if len(line) <= longest else line[: longest - 1] + "…"


def as_text(text: str, longest: int = MAX_TEXT) -> str:
    """A free text read from a document: control characters but tabs and line breaks removed, cut at ``longest``."""
    clean = re.sub(_TEXT_FIX, " ", text)
    return clean if len(clean) <= longest else clean[: longest - 1] + "…"
