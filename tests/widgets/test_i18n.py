"""The one translation helper: %1, %2 … filled in one pass; the translation script files a module's texts
under the context its ``_tr = Translator("…")`` names."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from widgets.i18n import Translator, fill, tr


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fill_replaces_each_number_once() -> None:
    assert fill("%1 已评 %2/%3", "张三", 2, 5) == "张三 已评 2/5"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 和 %2", "a%2", "b") == "a%2 和 b"  # an argument's own %2 stays
    assert fill("%1 of %3", "x") == "x of %3"  # no argument: left as it is
    assert fill("100% 完成") == "100% 完成"


def test_tr_and_a_bound_translator_say_the_same(qapp: QApplication) -> None:
    _tr = Translator("ScoringPage")
    assert _tr("%1 已评 %2/%3 · %4", "M1", 1, 2, "未提交") == tr("ScoringPage", "%1 已评 %2/%3 · %4", "M1", 1, 2,
                                                              "未提交") == "M1 已评 1/2 · 未提交"
    assert repr(_tr) == "Translator('ScoringPage')"


def test_the_script_reads_the_binding_and_direct_calls(tmp_path: Path) -> None:
    tool = _tool()
    source = (
        "from widgets.i18n import Translator, tr\n"
        "_tr = Translator('PageA')\n"
        "def f(n):\n"
        "    return _tr('第 %1 行', n) + tr('PageB', '共 %1 项', n)\n"
    )
    assert tool._module_context(ast.parse(source)) == "PageA"
    (tmp_path / "widgets").mkdir()
    (tmp_path / "widgets" / "page.py").write_text(source, encoding="utf-8")
    found, skipped = tool.scan(tmp_path)
    assert skipped == []
    assert {ctx: [m.text for m in messages] for ctx, messages in found.items()} == {
        "PageA": ["第 %1 行"], "PageB": ["共 %1 项"]}
    assert not any(m.numerus for messages in found.values() for m in messages)  # fill arguments are no count
