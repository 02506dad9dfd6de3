"""Make the English translation: collect the window's Chinese strings, write the .ts, compile the .qm.

``pyside6-lupdate`` sees only literal arguments of ``tr``/``translate`` calls; the widgets call a
module-level ``_tr(text, *args)`` bound to a fixed context (``_tr = Translator("ScoringPage")``, see
``widgets/i18n.py``), so this script reads the sources itself (every ``widgets/**/*.py``):

* every ``_tr.plural("…%n…", n, …)`` call — a plural message of the module's context;
* every ``_tr("…", …)`` call — context: the literal of that module's ``_tr = Translator("…")`` (or, in a
  module that still defines ``def _tr(text)``, the literal its ``QCoreApplication.translate`` passes);
  only the first argument is the text, the others fill ``%1``, ``%2`` …;
* every ``tr("Context", "…", …)`` of ``widgets/i18n.py`` (the text second, the others fill ``%1`` …);
* every direct ``QCoreApplication.translate("Context", "…")``;
* every ``self.tr("…")`` (and ``ClassName.tr("…")``) — context: the name of the class the call is
  written in (for ``ClassName.tr``: that class), see below.

The English texts live in ``resources/translations/en.json`` (a flat object, Chinese → English; one
English text per Chinese text, whatever the context); the script reports any string without one.
A call with a count (``self.tr("评分标准（%n 项）", "", n)``) is written as a plural (``numerus``)
message — Qt finds no translation for a lookup with a count in a plain message — and its English
may be ``["… (%n item)", "… (%n items)"]`` (singular, plural; a plain text serves both). A
disambiguation (second argument) becomes the message's ``<comment>``.

How PySide6 (checked on 6.11.3) resolves the context of ``self.tr``
--------------------------------------------------------------------
It is neither simply "the class where the method is defined" (as in C++, where ``tr`` is generated
per class by ``Q_OBJECT``) nor only ``type(self).__name__``: ``QObject.tr`` walks the MRO of the
*runtime* class, most derived first, and asks ``QCoreApplication.translate(cls.__name__, text)``
for each class in turn (``type(self).__name__``, then its bases — including plain Python mixins and
Qt's own ``QWidget``, ``QObject``, … — skipping only ``Shiboken.Object`` and ``object``); the first
answer that differs from the source text wins, and the source text is returned when none does.
A spy ``QTranslator`` sees, for ``self.tr`` in ``Base.f`` called on an ``Outer.Inner(Sub(Base))``
instance, the contexts ``Inner, Sub, Base, QWidget, QObject, QPaintDevice`` in that order. So:

* the context is the class's ``__name__`` (not its ``__qualname__``, not the module);
* filing a string under the class whose body holds the ``self.tr`` call is right for every
  subclass, since that class is always in the MRO of ``self``; this is also what ``pyside6-lupdate``
  does, and it is what this script does. (A subclass's own context comes first, so it could
  override the text — harmless here, as en.json has one English text per Chinese text.)
* ``ClassName.tr("…")`` (called on the class) walks ``ClassName``'s MRO: filed under ``ClassName``.
* a translation identical to its source counts as "not found" and the walk goes on (harmless).

``self.tr`` outside any class, or with a non-literal text, cannot be collected: the script names
each such call (``file:line``) so it can be rewritten with a literal.

Usage: ``python tools/update_translations.py [--check]`` (``--check``: only report the strings
without English and whether the committed .ts is stale; exit 1 if either).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "biddesk_en.ts"
QM = FOLDER / "biddesk_en.qm"
ENGLISH = FOLDER / "en.json"


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _named(func: ast.expr, name: str, owner: str) -> bool:
    """Whether a call's function is ``name`` or ``owner.name``."""
    if isinstance(func, ast.Name):
        return func.id == name
    return isinstance(func, ast.Attribute) and func.attr == name and isinstance(func.value, ast.Name) and \
        func.value.id == owner


def _module_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_tr" for t in node.targets) \
                and isinstance(node.value, ast.Call) and _named(node.value.func, "Translator", "i18n") \
                and node.value.args:
            return _literal(node.value.args[0])
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                        call.func.attr == "translate" and call.args:
                    return _literal(call.args[0])
    return None


class Message(NamedTuple):
    """One source string: its text, its disambiguation (``<comment>``), whether it has plural forms (``%n``)."""

    text: str
    comment: str = ""
    numerus: bool = False


class _Calls(ast.NodeVisitor):
    """Every translatable call of one module, with its context, in source order."""

    def __init__(self, module_context: str | None, classes: set[str]) -> None:
        self.module_context, self.classes = module_context, classes
        self.stack: list[str] = []  # enclosing class names, innermost last
        self.wrapper = False  # inside the module's own ``_tr`` (its translate(…, text) is no string)
        self.found: list[tuple[str, Message]] = []
        self.skipped: list[tuple[int, str]] = []  # (line, why)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for child in (*node.decorator_list, *node.bases, *node.keywords):
            self.visit(child)
        self.stack.append(node.name)
        for child in node.body:
            self.visit(child)
        self.stack.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        wrapper, self.wrapper = self.wrapper, self.wrapper or (node.name == "_tr" and not self.stack)
        self.generic_visit(node)
        self.wrapper = wrapper

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "_tr" and node.args:
            self._add(node, self.module_context, node.args[:1], "_tr", keywords=False)
        elif _named(func, "plural", "_tr") and len(node.args) >= 2:
            # _tr.plural("…%n…", n, *args): a plural message of the module's context
            text = _literal(node.args[0])
            if self.module_context is None or text is None:
                self.skipped.append((node.lineno, "_tr.plural with no module context or a text that is not a literal"))
            else:
                self.found.append((self.module_context, Message(text, "", True)))
        elif _named(func, "tr", "i18n") and len(node.args) >= 2:
            # widgets.i18n.tr("Context", "…", *args): the arguments after the text fill %1, %2 …
            self._add(node, _literal(node.args[0]), node.args[1:2], "tr", keywords=False)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            # QCoreApplication.translate("Context", "…"[, disambiguation[, n]]) (str.translate takes one argument)
            context = _literal(node.args[0])
            if context is not None and not self.wrapper:
                self._add(node, context, node.args[1:], "translate")
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and isinstance(func.value, ast.Name):
            owner = func.value.id
            if owner == "self":
                self._add(node, self.stack[-1] if self.stack else None, node.args, "self.tr")
            elif owner in self.classes or owner in self.stack:
                self._add(node, owner, node.args, f"{owner}.tr")
        self.generic_visit(node)

    def _add(self, node: ast.Call, context: str | None, args: list[ast.expr], how: str, keywords: bool = True) -> None:
        """``args``: (text[, disambiguation[, n]]), as ``tr`` takes them (also as keywords, unless not ``keywords``)."""
        keywords_ = {k.arg: k.value for k in node.keywords if k.arg} if keywords else {}
        text = _literal(args[0])
        comment_node = args[1] if len(args) > 1 else keywords_.get("disambiguation")
        comment = "" if comment_node is None else _literal(comment_node)
        numerus = len(args) > 2 or "n" in keywords_
        if context is None:
            self.skipped.append((node.lineno, f"{how} with no context (outside a class, or no module _tr)"))
        elif text is None:
            self.skipped.append((node.lineno, f"{how} with a text that is not a literal"))
        elif comment is None and not (isinstance(comment_node, ast.Constant) and comment_node.value is None):
            self.skipped.append((node.lineno, f"{how} with a disambiguation that is not a literal"))
        elif text:
            self.found.append((context, Message(text, comment or "", numerus)))


def scan(root: Path = ROOT) -> tuple[dict[str, list[Message]], list[str]]:
    """Source messages by context (in the order they appear), and the calls that could not be read."""
    found: dict[str, list[Message]] = {}
    skipped: list[str] = []
    for path in sorted((root / "widgets").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        calls = _Calls(_module_context(tree), classes)
        calls.visit(tree)
        for context, message in calls.found:
            messages = found.setdefault(context, [])
            same = [i for i, m in enumerate(messages) if (m.text, m.comment) == (message.text, message.comment)]
            if not same:
                messages.append(message)
            elif message.numerus:  # used with a count somewhere: plural forms (a lookup with n needs them)
                messages[same[0]] = message
        skipped += [f"{path.relative_to(root)}:{line}: {why}" for line, why in calls.skipped]
    return found, skipped


def collect(root: Path = ROOT) -> dict[str, list[str]]:
    """Source strings by context, in the order they appear."""
    return {ctx: list(dict.fromkeys(m.text for m in messages)) for ctx, messages in scan(root)[0].items()}


def english() -> dict[str, str | list[str]]:
    """Chinese → English (a list of [singular, plural] for a text with ``%n``; a plain text serves both)."""
    return dict(json.loads(ENGLISH.read_text(encoding="utf-8")))


def render_ts(found: dict[str, list[Message]], english: dict[str, str | list[str]]) -> tuple[str, list[str]]:
    """The .ts file's text, and the strings with no English."""
    missing: list[str] = []
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="en_US" '
             'sourcelanguage="zh_CN">']
    for ctx in sorted(found):
        lines += ["<context>", f"    <name>{escape(ctx)}</name>"]
        for message in found[ctx]:
            target = english.get(message.text)
            forms = [target] if isinstance(target, str) else list(target or [])
            lines += ['    <message numerus="yes">' if message.numerus else "    <message>",
                      f"        <source>{escape(message.text)}</source>"]
            if message.comment:
                lines.append(f"        <comment>{escape(message.comment)}</comment>")
            if not forms:
                missing.append(message.text)
                lines.append('        <translation type="unfinished"></translation>')
            elif message.numerus:  # English: singular, plural
                forms = (forms * 2)[:2]
                lines.append("        <translation>" + "".join(
                    f"<numerusform>{escape(f)}</numerusform>" for f in forms) + "</translation>")
            else:
                lines.append(f"        <translation>{escape(forms[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n", missing


def write_ts(found: dict[str, list[Message]], english: dict[str, str | list[str]]) -> list[str]:
    """Write the .ts file; returns the strings with no English."""
    text, missing = render_ts(found, english)
    TS.write_text(text, encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    found, skipped = scan()
    table = english()
    text, missing = render_ts(found, table)
    for where in skipped:
        print(f"not collected: {where}")
    if "--check" in argv:
        for source in dict.fromkeys(missing):
            print(f"no English for: {source}")
        stale = not TS.exists() or TS.read_text(encoding="utf-8") != text
        if stale:
            print(f"{TS.relative_to(ROOT)} is out of date: run tools/update_translations.py")
        return 1 if missing or stale else 0
    TS.write_text(text, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(QM)], check=True)
    for source in dict.fromkeys(missing):
        print(f"no English for: {source}")
    distinct = {m.text for messages in found.values() for m in messages}
    print(f"{sum(len(m) for m in found.values())} strings ({len(distinct)} distinct), "
          f"{len(missing)} without English → {QM.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
