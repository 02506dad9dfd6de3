"""Input problems: each names the place (a JSON path such as ``scores[12].value``) and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

#: A printed problem never runs longer than this (a hostile file cannot make a message of a megabyte).
MAX_PATH = 120
MAX_MESSAGE = 280
#: At most this many problems are printed; the rest are counted.
MAX_SHOWN = 100


def capped(problems: list[Problem] | tuple[Problem, ...]) -> list[str]:
    """The lines to print for a list of problems: the first :data:`MAX_SHOWN`, then how many more there are."""
    lines = [str(p) for p in problems[:MAX_SHOWN]]
    if len(problems) > MAX_SHOWN:
        lines.append(f"… and {len(problems) - MAX_SHOWN} more problems")
    return lines


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, at ``path``."""

    path: str
    message: str

    def __str__(self) -> str:
        path = self.path if len(self.path) <= MAX_PATH else self.path[: MAX_PATH - 1] + "…"
        message = self.message if len(self.message) <= MAX_MESSAGE else self.message[: MAX_MESSAGE - 1] + "…"
        text = f"{path}: {message}" if path else message
        if not text.isprintable():  # a control character from a hostile file must not reach a terminal
            text = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
            if len(text) > MAX_PATH + MAX_MESSAGE:
                text = text[: MAX_PATH + MAX_MESSAGE - 1] + "…"
        return text


class InvalidInput(Exception):
    """Raised when an evaluation cannot be computed; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(capped(problems)))
        self.problems = list(problems)
