"""A bounded fuzzer for BidDesk's readers: seeded mutations of the bundled files, counted by outcome.

``python tools/fuzz.py [--cases N] [--seed S] [--reader NAME]`` (``make fuzz``: 10,000 per reader) runs each
mutated input through a reader exactly as the command line would, in a worker process that is killed and
restarted when a case hangs, and prints per reader: accepted, rejected (with located messages), crashes
(any other exception), hangs (over the time limit), slow (over a second) and unbounded messages (a
printed line over 400 characters, or more than 101 lines). The figures to reach: 0 crashes, 0 hangs, 0
unbounded messages. The tests run a few hundred cases per reader with the same code.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import random
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLES = ROOT / "resources" / "samples"
HANG_SECONDS = 10.0
SLOW_SECONDS = 1.0
MAX_LINE = 400
MAX_LINES = 101


# -- mutations of a JSON document ------------------------------------------------------------------------
def _paths(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:50]):
            out += _paths(v, (*path, i))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return doc


def _delete(doc: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return doc
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return doc


HUGE = ["1e999999999", "-1e999999999", "9" * 5000, "1e-999999999", "0." + "0" * 3000 + "1",
        "123456789012345678901234567890", "-0", "1E+308", "4.9e-324"]


def _value(rng: random.Random) -> tuple[Any, str | None]:
    """A hostile value, or a raw JSON token to splice in (NaN, huge numbers as literal text)."""
    kind = rng.randrange(12)
    if kind == 0:
        return None, rng.choice(HUGE)
    if kind == 1:
        return None, rng.choice(["NaN", "Infinity", "-Infinity"])
    if kind == 2:
        depth = rng.choice([100, 1000, 20000])
        return None, "[" * depth + "]" * depth
    if kind == 3:
        return "x" * rng.choice([1000, 100_000, 1_000_000]), None
    if kind == 4:
        return None, '"\\ud800\\udfff\\ud800"'
    if kind == 5:
        return rng.choice([True, False, None, 0, -1, [], {}, ""]), None
    if kind == 6:
        return "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整" * rng.choice([1, 50, 5000]), None
    if kind == 7:
        return rng.choice(["2e3", "1,000", "１２３", " 5 ", "5分", "0x10", "1_000"]), None
    if kind == 8:
        return [rng.choice(["5", 5, None, [], "x"]) for _ in range(rng.choice([1, 45, 10_000]))], None
    if kind == 9:
        return {"a": 1, "b": [1, 2]}, None
    if kind == 10:
        return -rng.randrange(1, 10**6), None
    return rng.choice(["\u202e", "\x00\x01\x0b", "=HYPERLINK(\"x\")", "../../etc", "'; DROP TABLE score;--"]), None


def mutate_json(doc: Any, rng: random.Random) -> bytes:
    """One mutated document's bytes (1–3 mutations; some at the text level: raw tokens, duplicate keys)."""
    doc = json.loads(json.dumps(doc))
    raw: list[tuple[str, str]] = []
    for _ in range(rng.randint(1, 3)):
        paths = _paths(doc)
        path = rng.choice(paths)
        action = rng.randrange(4)
        if action == 0 and path:
            doc = _delete(doc, path)
            continue
        if action == 1 and isinstance(_get(doc, path), dict):
            _get(doc, path)["zz_unknown"] = 1
            continue
        value, token = _value(rng)
        if token is not None:
            marker = f"@@RAW{len(raw)}@@"
            raw.append((json.dumps(marker), token))
            value = marker
        doc = _set(doc, path, value)
    text = json.dumps(doc, ensure_ascii=False)
    for marker, token in raw:
        text = text.replace(marker, token, 1)
    if rng.random() < 0.05:  # a key given twice
        text = text.replace('"name":', '"name": "dup", "name":', 1)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.03:
        cut = rng.randrange(len(data))
        data = data[:cut]
    return data


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


# -- readers, each as the command line runs it ---------------------------------------------------------
def _cli(argv: list[str]) -> tuple[int, str]:
    from app.cli import main as cli_main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = cli_main(argv)
        except SystemExit as exc:
            status = int(exc.code or 0)
    return status, err.getvalue()


def _run_file(argv_of: Callable[[str], list[str]], data: bytes, suffix: str) -> tuple[int, str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        return _cli(argv_of(str(path)))


def run_exchange(data: bytes) -> tuple[int, str]:
    return _run_file(lambda p: ["evaluate", p], data, ".json")


def run_response(data: bytes) -> tuple[int, str]:
    status, err = _run_file(lambda p: ["respond", "check", p], data, ".json")
    if status != 0:
        return status, err
    return _run_file(lambda p: ["respond", "estimate", p, "--others", "1000000,2000000"], data, ".json")


def _draft_reader(module: str, func: str) -> Callable[[bytes], tuple[int, str]]:
    def run(data: bytes) -> tuple[int, str]:
        import importlib

        draft = getattr(importlib.import_module(module), func)(data, source="in")
        problems = draft.problems
        return (2 if problems else 0), "\n".join(str(p) for p in [*problems, *draft.warnings][:MAX_LINES])

    return run


READERS: dict[str, Callable[[bytes], tuple[int, str]]] = {
    "exchange": run_exchange,
    "response": run_response,
    "xlsx": _draft_reader("app.exchange.setup_xlsx", "draft_from_xlsx"),
    "docx": _draft_reader("app.exchange.setup_docx", "draft_from_docx"),
}


# -- inputs ------------------------------------------------------------------------------------------------
def seeds(reader: str) -> list[bytes]:
    if reader == "exchange":
        return [p.read_bytes() for p in sorted(SAMPLES.glob("*.json"))]
    if reader == "response":
        return [p.read_bytes() for p in sorted((SAMPLES / "responses").glob("*.json"))]
    if reader == "xlsx":
        from app.exchange.setup_exchange import draft_from_exchange
        from app.exchange.setup_xlsx import write_template

        filled = []
        for path in sorted(SAMPLES.glob("*.json")):
            out = io.BytesIO()
            write_template(out, draft_from_exchange(path.read_bytes(), source=path.name))
            filled.append(out.getvalue())
        return [(ROOT / "resources" / "templates" / "评分标准模板.xlsx").read_bytes(), *filled]
    return [(ROOT / "tests" / "fixtures" / name).read_bytes() for name in ("tender-001.docx", "tender-002.docx")]


def mutate_zip(data: bytes, rng: random.Random) -> bytes:
    """A mutated Office file: XML parts with hostile values, spans, far cells, many rows; or broken bytes."""
    if rng.random() < 0.1:
        cut = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            cut[rng.randrange(len(cut))] = rng.randrange(256)
        return bytes(cut)
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.endswith(".xml") and rng.random() < 0.5:
                body = _mutate_xml(body.decode("utf-8", "replace"), rng).encode("utf-8")
            dst.writestr(item.filename, body)
    return out.getvalue()


def _mutate_xml(text: str, rng: random.Random) -> str:
    choice = rng.randrange(7)
    if choice == 0:  # a huge span in a Word table cell
        return text.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="2147483647"/>', 1)
    if choice == 1:  # a number too large for any decimal context
        return text.replace("<v>", "<v>1e999", 1).replace("<t>", "<t>1e999999", 1)
    if choice == 2:  # a cell at the far corner of the sheet
        return text.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>', 1)
    if choice == 3:  # many rows
        rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>F{r}</t></is></c></row>'
                       for r in range(3, 3 + rng.choice([2000, 50_000])))
        return text.replace("</sheetData>", rows + "</sheetData>", 1)
    if choice == 4:  # a long text
        return text.replace("<w:t>", "<w:t>" + "长" * 200_000, 1)
    if choice == 5:
        return text[: rng.randrange(len(text) or 1)]
    return text.replace('w:val="', 'w:val="-', 3)


def inputs(reader: str, n: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    base = seeds(reader)
    out = []
    for _ in range(n):
        data = rng.choice(base)
        if reader in ("exchange", "response"):
            out.append(mutate_json(json.loads(data), rng))
        else:
            out.append(mutate_zip(data, rng))
    return out


# -- the worker and the counts ---------------------------------------------------------------------------
def _worker(reader: str, jobs: Any, results: Any) -> None:
    run = READERS[reader]
    while True:
        job = jobs.get()
        if job is None:
            return
        index, data = job
        start = time.perf_counter()
        try:
            status, err = run(data)
            outcome = "accepted" if status == 0 else ("rejected" if status == 2 else f"exit {status}")
        except BaseException as exc:
            outcome, err = "crash", f"{type(exc).__name__}: {str(exc)[:200]}"
        lines = err.splitlines()
        unbounded = len(lines) > MAX_LINES or any(len(line) > MAX_LINE for line in lines)
        results.put((index, outcome, time.perf_counter() - start, unbounded, err[:300]))


def fuzz(reader: str, n: int, seed: int = 1, hang: float = HANG_SECONDS) -> dict[str, Any]:
    """Run ``n`` mutated inputs through a reader; returns the counts and a few examples of each failure."""
    cases = inputs(reader, n, seed)
    ctx = mp.get_context("fork")
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    i = 0
    while i < len(cases):
        jobs, results = ctx.Queue(), ctx.Queue()
        proc = ctx.Process(target=_worker, args=(reader, jobs, results), daemon=True)
        proc.start()
        try:
            while i < len(cases):
                jobs.put((i, cases[i]))
                try:
                    _, outcome, seconds, unbounded, err = results.get(timeout=hang)
                except Exception:
                    counts["hang"] += 1
                    examples.setdefault("hang", []).append(cases[i][:200].decode("utf-8", "replace"))
                    i += 1
                    break
                counts[outcome] += 1
                if outcome not in ("accepted", "rejected"):
                    examples.setdefault(outcome, []).append(err)
                if seconds > SLOW_SECONDS:
                    counts["slow"] += 1
                if unbounded:
                    counts["unbounded"] += 1
                    examples.setdefault("unbounded", []).append(err[:200])
                i += 1
        finally:
            proc.kill()
            proc.join()
    return {"reader": reader, "cases": n, "counts": dict(counts), "examples": {k: v[:3] for k, v in examples.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reader", choices=list(READERS), action="append")
    args = parser.parse_args()
    print(f"{'reader':<10} {'cases':>6} {'accepted':>9} {'rejected':>9} {'crashes':>8} {'hangs':>6} {'slow':>5} "
          f"{'unbounded':>10}")
    for reader in args.reader or list(READERS):
        report = fuzz(reader, args.cases, args.seed)
        c = report["counts"]
        crashes = sum(v for k, v in c.items() if k == "crash" or k.startswith("exit"))
        print(f"{reader:<10} {args.cases:>6} {c.get('accepted', 0):>9} {c.get('rejected', 0):>9} {crashes:>8} "
              f"{c.get('hang', 0):>6} {c.get('slow', 0):>5} {c.get('unbounded', 0):>10}", flush=True)
        for kind, found in report["examples"].items():
            for example in found:
                print(f"    {kind}: {example[:160]!r}")


if __name__ == "__main__":
    main()
