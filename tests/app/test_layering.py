"""`app/` never imports Qt, widgets or forms; the headless path does not load Qt."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "widgets", "forms")


def test_app_imports_no_qt() -> None:
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_evaluate_command_does_not_load_qt_or_sqlalchemy() -> None:
    code = (
        "import sys, io, contextlib; sys.argv=['main.py','evaluate', sys.argv[1]];"
        "import main;"
        "out=io.StringIO();\n"
        "with contextlib.redirect_stdout(out): rc = main.main(sys.argv[1:])\n"
        "assert rc == 0, rc; print(any(m.split('.')[0] in ('PySide6', 'sqlalchemy') for m in sys.modules))"
    )
    sample = ROOT / "resources" / "samples" / "luoyang-002.json"
    proc = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True, text=True, cwd=ROOT,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
