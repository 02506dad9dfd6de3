"""Bad input of every kind: exit status 2, one line per problem naming the place, nothing on stdout."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.exchange import ExchangeError, evaluate_json
from tests.app.builders import add_bidder, base_doc
from tests.conftest import ROOT, SAMPLES


def good() -> dict[str, Any]:
    doc = base_doc()
    doc["factors"] += [
        {"id": "C", "name": "业绩", "category": "商务", "max": "5", "objective": True,
         "rule": {"type": "count", "each": "2.5"}},
        {"id": "G", "name": "方案", "category": "技术", "max": "5",
         "rule": {"type": "grades", "values": ["5", "3", "2", "0"]}},
        {"id": "I", "name": "分项", "category": "技术", "max": "2",
         "rule": {"type": "items", "n": 2, "values": ["1", "0.5", "0"]}},
        {"id": "H", "name": "响应", "category": "技术", "max": "3",
         "rule": {"type": "hours", "baseline": "6", "each": "1"}},
    ]
    doc["factors"][1]["max"] = "75"
    doc["qualification"] = [{"id": "Q1", "name": "营业执照"}]
    add_bidder(doc, "A", "2000000.00")
    for fid, value in (("C", 1), ("G", "3"), ("I", ["1", "0.5"]), ("H", "4")):
        doc["scores"].append({"member": "M1", "bidder": "A", "factor": fid, "value": value})
    return doc


def problems_of(mutate: Callable[[dict[str, Any]], None]) -> list[str]:
    doc = good()
    evaluate_json(copy.deepcopy(doc))  # the unmutated document is fine
    mutate(doc)
    with pytest.raises(ExchangeError) as err:
        evaluate_json(doc)
    return [str(p) for p in err.value.problems]


def score(doc: dict[str, Any], fid: str) -> dict[str, Any]:
    return next(s for s in doc["scores"] if s["factor"] == fid)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("unknown top key", lambda d: d.update(bidderz=[]), "bidderz: unknown key"),
    ("unknown nested key", lambda d: d["bidders"][0].update(nmae="x"), "bidders[0].nmae: unknown key"),
    ("wrong format", lambda d: d.update(format="bideval/2"), 'format: "bideval/2" is not bideval/1'),
    ("missing project key", lambda d: d["project"].pop("budget"), "project.budget: required key missing"),
    ("bad method", lambda d: d["project"].update(method="auction"), 'project.method: "auction" is not one of'),
    ("price not a number", lambda d: d["bidders"][0].update(price="abc"), 'bidders[0].price: "abc" is not a number'),
    ("negative price", lambda d: d["bidders"][0].update(price="-1"), "bidders[0].price: -1 is out of range"),
    ("bad capitals", lambda d: d["bidders"][0].update(price_words="贰佰万万元整"),
     "bidders[0].price_words: cannot read the capitals"),
    ("bad size", lambda d: d["bidders"][0].update(size="huge"), 'bidders[0].size: "huge" is not one of'),
    ("bool as number", lambda d: d["bidders"][0].update(partner_share=True), "bidders[0].partner_share: true"),
    ("low price above 65%", lambda d: d["rules"].update(low_price={"average": "0.70"}),
     "rules.low_price.average: 0.70 is out of range [0, 0.65]"),
    ("deduction of 100%", lambda d: d["rules"].update(small_deduction="1"), "rules.small_deduction: 1 is out of range"),
    ("bad tie-break", lambda d: d["rules"].update(tie_break=["coin"]), 'rules.tie_break[0]: "coin" is not'),
    ("unknown tie category", lambda d: d["rules"].update(tie_break=["category:美观"]),
     "rules.tie_break[0]: 美观 is not a category of a non-price factor"),
    ("decimals out of range", lambda d: d["rules"].update(decimals=9), "rules.decimals: 9 is out of range"),
    ("two price factors", lambda d: d["factors"].append(dict(d["factors"][0], id="P2")),
     "factors[6].rule.type: a tender has at most one price factor"),
    ("duplicate factor id", lambda d: d["factors"].append(dict(d["factors"][2])), "factors[6].id: duplicate id C"),
    ("grade above max", lambda d: d["factors"][3]["rule"].update(values=["6", "0"]),
     "factors[3].rule.values[0]: 6 is above the factor's max 5"),
    ("unknown rule type", lambda d: d["factors"][3]["rule"].update(type="vote"), 'factors[3].rule.type: "vote" is not'),
    ("rule key of another type", lambda d: d["factors"][2]["rule"].update(values=["1"]),
     "factors[2].rule.values: unknown key"),
    ("grade not allowed", lambda d: score(d, "G").update(value="4"),
     "scores[2].value: 4 is not an allowed grade of G (5, 3, 2, 0)"),
    ("count not whole", lambda d: score(d, "C").update(value="1.5"), "scores[1].value: 1.5 is not a whole count of C"),
    ("count negative", lambda d: score(d, "C").update(value=-1), "scores[1].value: -1 is not a whole count of C"),
    ("range above max", lambda d: score(d, "T").update(value="75.01"), "scores[0].value: 75.01 is outside the range"),
    ("range off step", lambda d: score(d, "T").update(value="1.005"), "scores[0].value: 1.005 is not a multiple"),
    ("items wrong length", lambda d: score(d, "I").update(value=["1"]), "scores[3].value: I takes 2 sub-item grades"),
    ("items bad grade", lambda d: score(d, "I").update(value=["1", "0.8"]),
     "scores[3].value: item 2: 0.8 is not an allowed grade of I (1, 0.5, 0)"),
    ("items not a list", lambda d: score(d, "I").update(value="1"), "scores[3].value: I takes a list"),
    ("hours negative", lambda d: score(d, "H").update(value="-2"), "scores[4].value: -2 is not a number of hours"),
    ("unknown member", lambda d: score(d, "G").update(member="M9"), "scores[2].member: unknown member M9"),
    ("unknown bidder", lambda d: score(d, "G").update(bidder="Z"), "scores[2].bidder: unknown bidder Z"),
    ("unknown factor", lambda d: score(d, "G").update(factor="F99"), "scores[2].factor: unknown factor F99"),
    ("score on price", lambda d: score(d, "G").update(factor="P"), "scores[2].factor: P is the price factor"),
    ("joint subjective score", lambda d: score(d, "G").update(member=None),
     "scores[2].member: a joint score (member null) is only for objective factors"),
    ("duplicate score", lambda d: d["scores"].append(dict(d["scores"][0])), "scores[5]: a second score of M1"),
    ("missing score", lambda d: d["scores"].pop(1), "scores: missing score of member M1 for bidder A on factor C"),
    ("check unknown item", lambda d: d.update(checks=[{"stage": "qualification", "bidder": "A", "item": "Q9",
                                                        "member": None, "pass": True}]),
     "checks[0].item: unknown qualification item Q9"),
    ("check pass not bool", lambda d: d.update(checks=[{"stage": "qualification", "bidder": "A", "item": "Q1",
                                                         "pass": "yes"}]),
     'checks[0].pass: must be true or false, not "yes"'),
    ("decision unknown kind", lambda d: d.update(decisions=[{"bidder": "A", "kind": "veto"}]),
     'decisions[0].kind: "veto" is not one of low_price, invalid'),
    ("decision unknown bidder", lambda d: d.update(decisions=[{"bidder": "Z", "kind": "invalid", "reason": "串通"}]),
     "decisions[0].bidder: unknown bidder Z"),
    ("small amount above price", lambda d: d["bidders"][0].update(small_amount="3000000"),
     "bidders[0].small_amount: 3000000 is above the quoted price"),
    ("no members", lambda d: d.update(members=[], scores=[]), "members: at least one member is needed"),
    ("not an object", lambda d: d["bidders"].__setitem__(0, "A"), 'bidders[0]: must be an object, not "A"'),
    ("duplicate key", lambda d: None, ""),  # covered through raw JSON below
]


@pytest.mark.parametrize(("name", "mutate", "expected"), [c for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]])
def test_each_problem_is_named_by_its_place(name: str, mutate: Callable[[dict[str, Any]], None], expected: str) -> None:
    found = problems_of(mutate)
    assert any(p.startswith(expected) for p in found), found


def test_missing_scores_of_invalid_bids_are_accepted_but_given_ones_checked() -> None:
    doc = good()
    doc["bidders"].append({"id": "X", "name": "超限", "price": "2600000.00"})
    evaluate_json(copy.deepcopy(doc))  # X is over the ceiling: no scores needed
    doc["scores"].append({"member": "M1", "bidder": "X", "factor": "G", "value": "4"})
    with pytest.raises(ExchangeError) as err:
        evaluate_json(doc)
    assert [str(p) for p in err.value.problems] == ["scores[5].value: 4 is not an allowed grade of G (5, 3, 2, 0)"]


def test_several_problems_are_all_reported() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["bidders"][0]["size"] = "huge"
        score(d, "G")["value"] = "4"
        d["project"]["colour"] = "red"

    assert len(problems_of(mutate)) == 3


def run_cli(tmp_path: Path, text: str | bytes, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = tmp_path / "in.json"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    status = main(["evaluate", str(path)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "bideval/1",', "not valid JSON: Expecting property name enclosed in double quotes at line 1"),
        ("", "not valid JSON: Expecting value at line 1 column 1"),
        (b"\xff\xfe", "not UTF-8 text"),
        ("[1, 2]", "must be an object, not a list"),
        ('{"format": "bideval/1", "format": "bideval/1", "project": {}, "bidders": []}', "format: key given twice"),
    ],
)
def test_cli_malformed_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str) -> None:
    status, out, err = run_cli(tmp_path, text, capsys)
    assert status == 2 and out == ""
    assert expected in err


def test_cli_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "/nonexistent/x.json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip() == "/nonexistent/x.json: no such file"


def test_cli_real_process_exit_status_and_streams(tmp_path: Path) -> None:
    doc = json.loads((SAMPLES / "pingdingshan-001.json").read_text(encoding="utf-8"))
    grades = {f["id"] for f in doc["factors"] if f["rule"]["type"] == "grades"}
    index = next(i for i, s in enumerate(doc["scores"]) if s["factor"] in grades)
    doc["scores"][index]["value"] = "99"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run([sys.executable, "main.py", "evaluate", str(bad)], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"scores[{index}].value: 99 is not an allowed grade of ")
    ok = subprocess.run([sys.executable, "main.py", "evaluate", str(SAMPLES / "luoyang-002.json")], cwd=ROOT,
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0 and ok.stderr == ""
    assert json.loads(ok.stdout)["format"] == "bideval-result/1"
