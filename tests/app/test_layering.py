"""The layers, kept by tests: `app/` never imports Qt, widgets or forms; the headless path does not load Qt;
`widgets/` reaches neither the storage nor the packages but through the services (the controller
aside); and no modules of `app/` and `widgets/` import each other in a circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "widgets", "forms")
#: What a window never imports: the storage's engine and rows, and the packages' insides (it calls
#: ``app.services``, e.g. ``app.services.packages`` and ``app.services.errors``).
BELOW_THE_SERVICES = ("sqlalchemy", "app.persistence", "app.packages")
#: The one window module that holds the open project's store.
STORE_HOLDER = "widgets/controller.py"
#: Imports that go once a file outside this change follows (each file: exactly these, so the list only
#: shrinks: a new one fails, and so does one that is gone).
PENDING_IMPORTS: dict[str, set[str]] = {}
#: Edges that close a circle until a file outside this change follows (exactly these, as above).
PENDING_EDGES: set[tuple[str, str]] = set()


def _modules() -> dict[str, Path]:
    """Every module of `app/` and `widgets/` by dotted name (a package by its own name)."""
    found = {}
    for top in ("app", "widgets"):
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(path: Path, name: str) -> list[tuple[str, tuple[str, ...]]]:
    """Every import of a module, anywhere in it (in functions and ``TYPE_CHECKING`` blocks too), as
    ``(module, names)``: ``import X`` is ``(X, ())``, ``from X import y, z`` is ``(X, (y, z))``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[str, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, ()) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                head = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(head + ([node.module] if node.module else []))
            out.append((base, tuple(a.name for a in node.names)))
    return out


def _below(module: str) -> bool:
    return any(module == b or module.startswith(b + ".") for b in BELOW_THE_SERVICES)


def import_graph() -> dict[str, set[str]]:
    """module → the modules of the project it imports: ``from X import y`` is ``X.y`` when that is a module,
    else ``X`` (the nearest module that exists)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for base, names in _imports(path, name):
            subs = [f"{base}.{n}" for n in names if f"{base}.{n}" in modules]
            for target in subs if subs and len(subs) == len(names) else [*subs, base]:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges.add(target)
        graph[name] = edges
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each group of modules that import each other (Tarjan's strongly connected
    components), as ``[a, b, …, a]``."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.add(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    found = []
    for group in groups:  # a shortest way back to the start, inside the group
        start = min(group)
        paths = {start: [start]}
        queue = [start]
        while queue:
            v = queue.pop(0)
            for w in sorted(graph[v] & group):
                if w == start:
                    found.append([*paths[v], start])
                    queue = []
                    break
                if w not in paths:
                    paths[w] = [*paths[v], w]
                    queue.append(w)
    return found


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


def test_evaluate_command_does_not_load_qt_sqlalchemy_or_pathlib() -> None:
    code = (
        "import sys, io, contextlib; sys.argv=['main.py','evaluate', sys.argv[1]];"
        "import main;"
        "out=io.StringIO();\n"
        "with contextlib.redirect_stdout(out): rc = main.main(sys.argv[1:])\n"
        "assert rc == 0, rc; print(any(m.split('.')[0] in ('PySide6', 'sqlalchemy', 'pathlib') for m in sys.modules))"
    )
    sample = ROOT / "resources" / "samples" / "luoyang-002.json"
    proc = subprocess.run([sys.executable, "-c", code, str(sample)], capture_output=True, text=True, cwd=ROOT,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_widgets_reach_neither_the_storage_nor_the_packages() -> None:
    """Only the controller holds the store; every other window module calls the services."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "widgets").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        if where == STORE_HOLDER:
            continue
        below = {module for module, _names in _imports(path, where) if _below(module)}
        if below:
            found[where] = below
    assert found == PENDING_IMPORTS


def test_the_import_graph_has_no_circle() -> None:
    graph = import_graph()
    assert {"app.exchange.setup_read", "widgets.pages.sheet_models"} <= graph.keys()
    assert "widgets.pages.sheet_data" in graph["widgets.pages.sheet_models"]  # the graph sees imports
    pending = {edge for edge in PENDING_EDGES if edge[1] in graph.get(edge[0], set())}
    assert pending == PENDING_EDGES, "a pending edge is gone: strike it from PENDING_EDGES"
    for a, b in PENDING_EDGES:
        graph[a].discard(b)
    found = circles(graph)
    assert found == [], "import circles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_a_circle_is_found_and_named() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert circles(graph) == [["a", "b", "c", "a"]]


def test_pages_talk_to_the_door_not_to_the_store() -> None:
    """No window module but the controller hands the session's store to a service, nor names who acts."""
    offenders = []
    for path in sorted((ROOT / "widgets").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        if where == STORE_HOLDER:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("session.store", "by=EDITOR", "session.record("):
            if needle in text:
                offenders.append(f"{where}: {needle}")
    assert offenders == []
