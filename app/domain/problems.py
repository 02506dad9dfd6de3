"""Input problems and refusals: each carries a code, the place (a JSON path such as ``scores[12].value``), its
arguments and the English message the command line prints.

A problem is made from its code, its English template (``%1``, ``%2`` … for the arguments) and the arguments::

    Problem.of("scores[12].value", "validate.not_allowed_grade", "%1 is not an allowed grade of %2 (%3)", v, f, g)

The command line prints the English message; the window words the code from its own table (``widgets/problem_words``,
Chinese, and English through the translation), filling in the same arguments, and names the place in words. A
refusal raised rather than returned is a :class:`Refused` (a ``ValueError``) with the same three parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

#: A printed problem never runs longer than this (a hostile file cannot make a message of a megabyte).
MAX_PATH = 120
MAX_MESSAGE = 280
#: At most this many problems are printed; the rest are counted.
MAX_SHOWN = 100
#: An argument is kept to this length (a name from a hostile file, say); the message is cut anyway.
MAX_ARG = 1000

_PLACE = re.compile(r"%(\d+)")


def fill(text: str, *args: object) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by the arguments, in one pass (an argument's own ``%2`` stays as it
    is); a number with no argument stays too."""
    if not args:
        return text

    def arg(match: re.Match[str]) -> str:
        i = int(match.group(1))
        return str(args[i - 1]) if 1 <= i <= len(args) else match.group(0)

    return _PLACE.sub(arg, text)


def _params(args: tuple[object, ...]) -> tuple[str, ...]:
    return tuple(text if len(text := str(a)) <= MAX_ARG else text[: MAX_ARG - 1] + "…" for a in args)


def capped(problems: list[Problem] | tuple[Problem, ...]) -> list[str]:
    """The lines to print for a list of problems: the first :data:`MAX_SHOWN`, then how many more there are."""
    lines = [str(p) for p in problems[:MAX_SHOWN]]
    if len(problems) > MAX_SHOWN:
        lines.append(f"… and {len(problems) - MAX_SHOWN} more problems")
    return lines


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, at ``path``: ``message`` in English; ``code`` and ``args`` for a wording in
    another language (a problem without a code is worded as its message)."""

    path: str
    message: str
    code: str = field(default="", compare=False)
    args: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, path: str, code: str, template: str, *args: object) -> Problem:
        """The problem ``code`` at ``path``: its English ``template`` with the arguments filled in."""
        params = _params(args)
        return cls(path, fill(template, *params), code, params)

    def at(self, path: str) -> Problem:
        """The same problem at another place (a reader's problem inside a larger file, say)."""
        return replace(self, path=path)

    def __str__(self) -> str:
        path = self.path if len(self.path) <= MAX_PATH else self.path[: MAX_PATH - 1] + "…"
        message = self.message if len(self.message) <= MAX_MESSAGE else self.message[: MAX_MESSAGE - 1] + "…"
        text = f"{path}: {message}" if path else message
        if not text.isprintable():  # a control character from a hostile file must not reach a terminal
            text = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
            if len(text) > MAX_PATH + MAX_MESSAGE:
                text = text[: MAX_PATH + MAX_MESSAGE - 1] + "…"
        return text


class Refused(ValueError):
    """A refusal raised: ``str()`` is the English message; ``code`` and ``params`` word it in another language."""

    def __init__(self, code: str, template: str, *args: object) -> None:
        self.params = _params(args)
        super().__init__(fill(template, *self.params))
        self.code = code

    @classmethod
    def of(cls, problem: Problem) -> Refused:
        """A problem raised (its code and arguments kept; its place is the caller's to add)."""
        refused = cls(problem.code, problem.message)
        refused.params = problem.args
        return refused

    def problem(self, path: str = "") -> Problem:
        """This refusal as a problem at ``path``."""
        return Problem(path, str(self), self.code, self.params)

    def __reduce__(self) -> tuple[object, ...]:
        # An exception is pickled as its class called with its args (here the message alone): keep the code too.
        return _refused, (type(self), self.code, str(self), self.params)


def _refused(cls: type[Refused], code: str, message: str, params: tuple[str, ...]) -> Refused:
    refused = cls(code, message)
    refused.params = params
    return refused


class InvalidInput(Exception):
    """Raised when an evaluation cannot be computed; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(capped(problems)))
        self.problems = list(problems)
