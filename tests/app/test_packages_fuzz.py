"""Fuzzed return files never crash ``package import`` and never change the project.

Random bytes, mangled copies of a real return (cut, spliced, overwritten), and returns whose seal is
valid (made with the real package key, as a thief of the package could) but whose content is wrong:
every one ends with exit status 1 or 2, a message, no traceback, and the project exactly as before.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.packages.expert import record_package_score, write_return
from app.packages.export import export_package
from app.packages.keys import KeyPair, canonical
from app.packages.sealed import seal_bytes
from app.services.audit import audit_log
from app.services.project_io import export_text, import_exchange
from tests.app.projdoc import run_cli, small_doc, write_doc

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@dataclass
class Setup:
    project: Path
    target: Path
    original: bytes
    payload: dict[str, Any]
    key: KeyPair
    before: tuple[str, int]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    tmp = tmp_path_factory.mktemp("fuzz")
    doc = small_doc()
    doc["scores"] = [s for s in doc["scores"] if s["member"] != "M1"]
    project = tmp / "p.bidesk"
    import_exchange(write_doc(tmp / "p.json", doc), project, by="agent")
    package = tmp / "m1.bidpkg"
    export_package(project, "M1", package, by="agent")
    for s in small_doc()["scores"]:
        if s["member"] == "M1" and s["bidder"] == "B1":  # B2 and B3 are invalid: a score on them is refused
            record_package_score(package, "M1", s["bidder"], s["factor"], s["value"], by="M1")
    original = write_return(package, tmp / "good.bidret", by="M1").path.read_bytes()
    with sqlite3.connect(package) as con:
        key = KeyPair.from_private_hex(con.execute("SELECT value FROM meta WHERE key = 'member_private_key'")
                                       .fetchone()[0])
    payload = json.loads(original.split(b"\n")[1])
    return Setup(project, tmp / "fuzzed.bidret", original, payload, key,
                 (export_text(project), len(audit_log(project))))


def refused(setup: Setup, data: bytes) -> None:
    setup.target.write_bytes(data)
    status, out, err = run_cli("package", "import", setup.project, setup.target)
    assert status in (1, 2), (status, out, err)
    assert out == "" and err.strip() and "Traceback" not in err
    assert (export_text(setup.project), len(audit_log(setup.project))) == setup.before


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), st.binary(max_size=400).map(lambda b: b"biddesk-return/1 " + b)))
def test_random_bytes(setup: Setup, data: bytes) -> None:
    refused(setup, data)


@FUZZ
@given(at=st.integers(min_value=0), cut=st.integers(min_value=0, max_value=64), junk=st.binary(max_size=64))
def test_mangled_returns(setup: Setup, at: int, cut: int, junk: bytes) -> None:
    data = setup.original
    at %= len(data) + 1
    mangled = data[:at] + junk + data[at + cut:]
    if mangled != data:
        refused(setup, mangled)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


_not_text = st.none() | st.booleans() | st.integers() | st.just("") | st.lists(st.text(max_size=3), max_size=2)
_WRONG = {
    "sequence": st.none() | st.booleans() | st.integers(max_value=0) | st.text(max_size=5) | st.just(2**62),
    "submitted": st.none() | st.integers() | st.text(max_size=5),
    "scores": st.none() | st.integers() | st.text(max_size=5) | st.dictionaries(st.text(max_size=3), _json, max_size=2),
    "by": _not_text,
    "created_at": _not_text,
    "member": _not_text,
}


@st.composite
def bad_payloads(draw: st.DrawFn, original: dict[str, Any]) -> bytes:
    """Payloads that are wrong in one way (never a valid return), as canonical JSON or raw bytes."""
    doc = json.loads(json.dumps(original))
    kind = draw(st.sampled_from(["field", "type", "entry", "value", "extra", "not_object", "raw"]))
    if kind == "field":  # an id that is not this project's, package's or member's
        name = draw(st.sampled_from(["member", "project_uid", "package_id", "manifest_sha256", "format"]))
        doc[name] = draw(st.text(max_size=40).filter(lambda t, n=name: t != original[n]))
    elif kind == "type":  # a field of the wrong type
        name = draw(st.sampled_from(sorted(_WRONG)))
        doc[name] = draw(_WRONG[name])
    elif kind == "entry":  # a score naming an unknown bidder or factor
        entry = draw(st.sampled_from(doc["scores"]))
        field = draw(st.sampled_from(["bidder", "factor"]))
        entry[field] = "X" + draw(st.text(max_size=6))
    elif kind == "value":  # a value no rule allows
        entry = draw(st.sampled_from(doc["scores"]))
        # invalid under every rule type (101 is not: a count has no upper bound)
        entry["value"] = draw(st.sampled_from(['"abc"', '{"a":1}', "-1", "not json", '"1e999"', "true"]))
    elif kind == "extra":  # an entry of the wrong shape
        doc["scores"].append(draw(_json.filter(lambda v: not isinstance(v, dict))))
    elif kind == "not_object":
        return canonical(draw(_json.filter(lambda v: not isinstance(v, dict))))
    else:
        return draw(st.binary(min_size=1, max_size=200).filter(lambda b: b"\n" not in b))
    return canonical(doc)


@FUZZ
@given(data=st.data())
def test_validly_sealed_bad_content(setup: Setup, data: st.DataObject) -> None:
    payload = data.draw(bad_payloads(setup.payload))
    refused(setup, seal_bytes(setup.payload["package_id"], payload, setup.key))


def test_the_unfuzzed_return_is_accepted(setup: Setup) -> None:
    """Run last in this module: the refusals above were the fuzzing's doing."""
    setup.target.write_bytes(setup.original)
    status, out, err = run_cli("package", "import", setup.project, setup.target)
    assert (status, err) == (0, "") and out.endswith("member M1 submitted\n")


@FUZZ
@given(cut=st.integers(min_value=0), flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)),
                                                    min_size=1, max_size=12), truncate=st.booleans())
def test_damaged_packages_never_crash_score(setup: Setup, cut: int, flips: list[tuple[int, int]],
                                            truncate: bool) -> None:
    """A package damaged on the expert's disk: ``score`` and ``package return`` refuse it or work, never crash."""
    good = setup.project.parent / "m1.bidpkg"
    data = bytearray(good.read_bytes())
    if truncate:
        data = data[:cut % len(data)]
    else:
        for at, bits in flips:
            data[at % len(data)] ^= bits
    bad = setup.project.parent / "damaged.bidpkg"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{bad}{suffix}").unlink(missing_ok=True)
    bad.write_bytes(bytes(data))
    for argv in (("score", bad, "--member", "M1", "--bidder", "B1", "--factor", "F5", "--value", '"1"'),
                 ("package", "return", bad, setup.project.parent / "damaged.bidret", "--draft")):
        status, _out, err = run_cli(*argv)
        assert status in (0, 1, 2) and "Traceback" not in err
        assert status == 0 or err.strip()
