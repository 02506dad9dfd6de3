"""Typed access to one JSON object of an exchange file, recording a problem per bad field.

The reader walks the document with :class:`Fields`; every problem carries its JSON path, so a
person can find it (``bidders[3].price: "abc" is not a number``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import TypeVar

from app.domain.problems import Problem
from app.domain.scoring import MAX_PLACES, MAX_WHOLE_DIGITS, as_decimal, excerpt, show

T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


class DupKeyDict(dict[str, object]):
    """A JSON object that remembers keys written twice (a typo the plain dict would hide)."""

    duplicates: list[str]


def object_pairs_hook(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """``json.loads`` hook keeping duplicate keys visible to the reader."""
    plain = dict(pairs)
    if len(plain) == len(pairs):
        return plain
    obj = DupKeyDict()
    obj.duplicates = []
    for key, value in pairs:
        if key in obj:
            obj.duplicates.append(key)
        obj[key] = value
    return obj


def out_of_range_or_nan(value: object) -> str:
    """Why a value read as no number: not a number at all, or a number too large or too fine to use."""
    numeric = isinstance(value, Decimal) or (isinstance(value, int) and not isinstance(value, bool))
    if numeric and (not isinstance(value, Decimal) or value.is_finite()):
        return (f"out of range (at most {MAX_WHOLE_DIGITS} digits before the point and {MAX_PLACES} after)")
    return "not a number"


def describe(value: object) -> str:
    """A short JSON-ish rendering of a value for a message."""
    if isinstance(value, str):
        return '"' + excerpt(value) + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return show(value)


class Fields:
    """The fields of one JSON object at ``path``; unknown and duplicate keys are problems."""

    def __init__(
        self,
        problems: list[Problem],
        path: str,
        data: object,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> None:
        self.problems = problems
        self.path = path
        self.ok = isinstance(data, dict)
        self.data: dict[str, object] = data if isinstance(data, dict) else {}
        if not self.ok:
            self.problem("", "fields.must_object_not", "must be an object, not %1", describe(data))
            return
        for key in getattr(data, "duplicates", []):
            self.problem(key, "fields.key_given_twice", "key given twice")
        for key in self.data:
            if key not in allowed:
                self.problem(key, "fields.unknown_key", "unknown key")
        for key in required:
            if key not in self.data:
                self.problem(key, "fields.required_key_missing", "required key missing")

    def at(self, key: str) -> str:
        """The path of a key of this object."""
        if not key:
            return self.path
        return f"{self.path}.{key}" if self.path else key

    def problem(self, key: str, code: str, template: str, *args: object) -> None:
        """Record the problem ``code`` at a key of this object (see :meth:`Problem.of`)."""
        self.problems.append(Problem.of(self.at(key), code, template, *args))

    def raw(self, key: str) -> object:
        """The raw value, or MISSING."""
        return self.data.get(key, MISSING)

    def _get(self, key: str, default: T, nullable: bool, check: Callable[[object], T | None], what: str) -> T:
        value = self.data.get(key, MISSING)
        if value is MISSING:
            return default
        if value is None:
            if not nullable:
                self.problem(key, "fields.must_not_null", "must be %1, not null", what)
            return default
        result = check(value)
        if result is None:
            self.problem(key, "fields.must_not", "must be %1, not %2", what, describe(value))
            return default
        return result

    def text(self, key: str, default: str = "", nullable: bool = False) -> str:
        """A string field."""
        return self._get(key, default, nullable, lambda v: v if isinstance(v, str) else None, "a string")

    def opt_text(self, key: str) -> str | None:
        """A string field that may be null or absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(key, "fields.must_string_null_not", "must be a string or null, not %1", describe(value))
            return None
        return value

    def ident(self, key: str) -> str:
        """A non-empty id string."""
        value = self.text(key)
        if key in self.data and isinstance(self.data[key], str) and not value.strip():
            self.problem(key, "fields.must_not_empty", "must not be empty")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        """A boolean field (true/false only: 0 and 1 are not booleans)."""
        return self._get(key, default, False, lambda v: v if isinstance(v, bool) else None, "true or false")

    def integer(self, key: str, default: int, low: int, high: int | None = None) -> int:
        """A whole number within [low, high]."""
        value = self._get(key, None, False, _as_int, "a whole number")
        if value is None:
            return default
        if value < low or (high is not None and value > high):
            bound = f"from {low} to {high}" if high is not None else f"at least {low}"
            self.problem(key, "fields.out_range_must", "%1 is out of range (must be %2)", value, bound)
            return default
        return value

    def decimal(
        self,
        key: str,
        *,
        low: Decimal | None = None,
        high: Decimal | None = None,
        low_open: bool = False,
        high_open: bool = False,
        nullable: bool = False,
        default: Decimal | None = None,
    ) -> Decimal | None:
        """A decimal field (a JSON string or number, read exactly) within the given bounds."""
        value = self.data.get(key, MISSING)
        if value is MISSING:
            return default
        if value is None:
            if not nullable:
                self.problem(key, "fields.must_number_not_null", "must be a number, not null")
            return None
        number = as_decimal(value)
        if number is None:
            self.problem(key, "fields.problem", "%1 is %2", describe(value), out_of_range_or_nan(value))
            return None
        if (low is not None and (number < low or (low_open and number == low))) or (
            high is not None and (number > high or (high_open and number == high))
        ):
            left = "(" if low_open else "["
            right = ")" if high_open else "]"
            lo = show(low) if low is not None else "-∞"
            hi = show(high) if high is not None else "∞"
            self.problem(key, "fields.out_range", "%1 is out of range %2%3, %4%5", show(number), left, lo, hi, right)
            return None
        return number

    def choice(self, key: str, options: tuple[str, ...], default: str) -> str:
        """A string that must be one of ``options``."""
        value = self.data.get(key, MISSING)
        if value is MISSING:
            return default
        if not isinstance(value, str) or value not in options:
            self.problem(key, "fields.not_one", "%1 is not one of %2", describe(value), ', '.join(options))
            return default
        return value

    def items(self, key: str) -> Iterator[tuple[str, object]]:
        """The (path, element) pairs of a list field (absent means empty)."""
        value = self.data.get(key, MISSING)
        if value is MISSING:
            return
        if not isinstance(value, list):
            self.problem(key, "fields.must_list_not", "must be a list, not %1", describe(value))
            return
        for i, element in enumerate(value):
            yield f"{self.at(key)}[{i}]", element


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    number = as_decimal(value)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)
