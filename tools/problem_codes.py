"""The problem codes of ``app/``: every call that names a code and its English template (``Problem.of``, a
``Refused`` raised, a reader's ``problem(key, code, template, …)``), read from the sources.

A code is a literal ``area.name`` followed by a literal template: the window's wording table
(``widgets/problem_words.py``) must word each one (``tests/test_problem_words.py``).

Usage: ``python tools/problem_codes.py`` prints ``code<TAB>template`` per code.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+$")


def _text(node: ast.expr) -> str | None:
    """The literal text of a string constant or an implicit concatenation of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def codes(root: Path = ROOT / "app") -> dict[str, set[str]]:
    """Every code under ``root`` with the templates it is given (one each, normally) and where."""
    found: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            texts = [_text(a) for a in node.args]
            for i in range(len(texts) - 1):
                code, template = texts[i], texts[i + 1]
                if code is not None and template is not None and CODE.match(code) and not CODE.match(template):
                    found.setdefault(code, set()).add(template)
                    break
    return found


def main() -> int:
    for code, templates in sorted(codes().items()):
        for template in sorted(templates):
            print(f"{code}\t{template}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
