"""JSON text as the project file stores it: exact decimals, no binary floats.

Values read by the exchange reader may hold ``Decimal`` (JSON numbers with a fraction); they are
written back as JSON numbers with their exact digits, so an ``x`` extension or any other free JSON
survives a trip through the project file unchanged.
"""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from typing import Any

from app.exchange.fields import object_pairs_hook


def _plain(value: object) -> object:
    """Decimals of a score value as the exchange writer writes them (strings), recursively."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def score_text(value: object) -> str:
    """The stored JSON text of a score value: the form the exchange writer gives it (decimals as strings).

    Storing the written form makes the project hold exactly what an export → import would hold,
    so ``"3"`` stays a string, ``3`` a number and a list a list.
    """
    return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"))


def dumps(value: object, indent: int | None = None) -> str:
    """JSON text of a JSON-like value whose numbers may be ``Decimal`` (written with their exact digits).

    Args:
        value: dicts, lists, str, int, Decimal, bool, None (floats pass as Python writes them).
        indent: pretty-print with this indent (``None``: compact).

    Returns:
        The JSON text, non-ASCII characters kept readable.
    """
    token = os.urandom(8).hex()
    numbers: list[str] = []

    def default(obj: object) -> object:
        if isinstance(obj, Decimal) and obj.is_finite():
            numbers.append(str(obj))
            return f"@{token}:{len(numbers) - 1}@"
        raise TypeError(f"{type(obj).__name__} is not JSON")

    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(value, ensure_ascii=False, indent=indent, separators=separators, default=default)
    if not numbers:
        return text
    return re.sub(f'"@{token}:([0-9]+)@"', lambda mt: numbers[int(mt.group(1))], text)


def loads(text: str) -> Any:
    """Parse stored JSON text as the exchange reader parses a file (exact decimals, duplicate keys kept)."""
    return json.loads(text, parse_float=Decimal, object_pairs_hook=object_pairs_hook)
