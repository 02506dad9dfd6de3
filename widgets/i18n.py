"""The window's one translation helper: a text in the window's language, its ``%1``, ``%2`` … filled in.

A module binds its translation context once and calls the binding::

    _tr = Translator("ScoringPage")
    _tr("%1 已评 %2/%3", name, done, total)

The context is the key under which ``resources/translations/biddesk_en.ts`` files the module's texts;
``tools/update_translations.py`` reads the literal of the module's ``_tr = Translator("…")`` (and of every
``tr("Context", "…")``) to collect them, so a context is a name of its own, not the file's: moving code
to another module keeps its context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.negotiation import reword_text
from app.domain.problems import fill as fill  # the one filler, shared with app/ (re-exported for the widgets)

#: The open project's words (a negotiating method's: 供应商 not 投标人, 成交 not 中标), applied to every text
#: before its arguments are filled in, so names from the data are never reworded. Empty for a tender.
_WORDS: list[tuple[str, str]] = []


def set_words(pairs: tuple[tuple[str, str], ...]) -> None:
    """Speak the words of a procurement method from now on (``()``: a tender's; see
    :func:`app.domain.negotiation.method_words`). Widgets built afterwards carry them."""
    _WORDS[:] = list(pairs)


def reworded(text: str) -> str:
    """``text`` (the window's language) in the open project's words."""
    return reword_text(text, tuple(_WORDS)) if _WORDS else text


def tr(context: str, text: str, *args: object) -> str:
    """``text`` (Chinese, the source language) in the window's language under ``context``, ``%1`` … filled."""
    return fill(reworded(QCoreApplication.translate(context, text)), *args)


class Translator:
    """:func:`tr` with the context bound: ``_tr = Translator("ScoringPage")``, then ``_tr(text, *args)``."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, *args: object) -> str:
        return fill(reworded(QCoreApplication.translate(self.context, text)), *args)

    def plural(self, text: str, n: int, *args: object) -> str:
        """``text`` with a count: its plural form for ``n`` (``%n`` is ``n``), ``%1`` … filled."""
        return fill(reworded(QCoreApplication.translate(self.context, text, None, n)), *args)

    def __repr__(self) -> str:
        return f"Translator({self.context!r})"
