"""Offline scoring packages: a five-member session scored on five "laptops" and merged; what a package holds.

The session: the Pingdingshan sample without its members' scores is imported into a project; each
member gets a package in a folder of their own, scores it through the command line exactly as the
sample says, writes a sealed return; the five returns are imported. ``evaluate`` of the project must
then give exactly what the same scores entered in one project give, and what the sample gives.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain.problems import InvalidInput
from app.exchange.jsontext import score_text
from app.packages.expert import package_info, package_sheet, record_package_score, write_return
from app.packages.export import export_package
from app.packages.identity import CODE_ALPHABET, blind_codes
from app.packages.package import open_package
from app.persistence.store import ProjectStore
from app.services.audit import audit_log
from app.services.members import member_states
from app.services.project_io import export_text, import_exchange
from tests.app.projdoc import run_cli, write_doc
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pingdingshan-001.json"
MEMBERS = ("M1", "M2", "M3", "M4", "M5")
BLIND = ("F8", "F9", "F12", "F16")


def sample_doc(blind: tuple[str, ...] = ()) -> dict[str, Any]:
    """The Pingdingshan sample (exact decimals), with some factors made blind (暗标)."""
    doc: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"), parse_float=Decimal)
    for f in doc["factors"]:
        if f["id"] in blind:
            f["blind"] = True
    return doc


def unscored(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with only the joint (committee) scores: the members have not scored yet."""
    out = copy.deepcopy(doc)
    out["scores"] = [s for s in doc["scores"] if s["member"] is None]
    return out


def new_project(tmp: Path, doc: dict[str, Any], name: str = "p.bidesk") -> Path:
    path = tmp / name
    import_exchange(write_doc(tmp / f"{name}.json", doc), path, by="代理")
    return path


def ok(*argv: object) -> str:
    status, out, err = run_cli(*(str(a) for a in argv))
    assert (status, err) == (0, ""), (argv, out, err)
    return out


def score_on_laptop(package: Path, member: str, doc: dict[str, Any], codes: dict[str, str]) -> int:
    """The member scores their package through the command line, as the sample says; returns the count."""
    blind = {f["id"] for f in doc["factors"] if f.get("blind")}
    n = 0
    for s in doc["scores"]:
        if s["member"] != member:
            continue
        bidder = codes[s["bidder"]] if s["factor"] in blind else s["bidder"]
        assert ok("score", package, "--member", member, "--bidder", bidder, "--factor", s["factor"],
                  "--value", score_text(s["value"]), "--by", member) == "ok\n"
        n += 1
    return n


@pytest.mark.parametrize("blind", [(), BLIND], ids=["open", "blind"])
def test_five_laptops_give_the_one_project_result(tmp_path: Path, blind: tuple[str, ...]) -> None:
    doc = sample_doc(blind)
    project = new_project(tmp_path, unscored(doc))
    laptops = []
    for member in MEMBERS:
        laptop = tmp_path / f"laptop-{member}"
        laptop.mkdir()
        out = ok("package", "export", project, "--member", member, laptop / f"{member}.bidpkg")
        assert out.startswith(f"ok {laptop / member}.bidpkg: package ") and f"member {member}" in out
        laptops.append(laptop)
    codes = blind_codes(project)  # the agency's key: used here only to enter the sample's scores by code
    assert sorted(codes) == ["B1", "B2", "B3", "B4", "B5", "B6"] and len(set(codes.values())) == 6
    for member, laptop in zip(MEMBERS, laptops, strict=True):
        package = laptop / f"{member}.bidpkg"
        assert score_on_laptop(package, member, doc, codes) == 70
        info = package_info(package)
        assert (info.member, info.cells, info.scored, info.submitted_at) == (member, 70, 70, None)
        out = ok("package", "return", package, laptop / f"{member}.bidret", "--by", member)
        assert f"return 1 of package {info.package_id}, member {member}, 70 scores, submitted" in out
    before = len(audit_log(project))
    for member, laptop in zip(MEMBERS, laptops, strict=True):
        out = ok("package", "import", project, laptop / f"{member}.bidret", "--by", "代理")
        assert out.splitlines()[-1] == f"ok 70 scores changed, member {member} submitted"
        if blind:
            assert "(code " in out
    merged = ok("evaluate", project)
    one_project = new_project(tmp_path, doc, "one.bidesk")
    assert merged == ok("evaluate", one_project)
    assert merged == ok("evaluate", SAMPLE)
    result = json.loads(merged)
    assert result["candidates"] == ["B5", "B2", "B1"] and result["final"] is True
    # the merged project holds exactly the sample's data (scores in another order)
    merged_doc = json.loads(export_text(project), parse_float=Decimal)
    key = lambda s: (s["member"] or "", s["bidder"], s["factor"])  # noqa: E731
    assert sorted(merged_doc["scores"], key=key) == sorted(json.loads(export_text(one_project),
                                                                      parse_float=Decimal)["scores"], key=key)
    assert all(s.state == "submitted" for s in member_states(project))
    events = audit_log(project)[before:]
    assert [e.action for e in events].count("import") == 5
    assert {e.by for e in events if e.entity == "score"} == set(MEMBERS)
    assert {(e.by, e.entity) for e in events if e.action == "submit"} == {(m, "member") for m in MEMBERS}
    assert all(e.by == "代理" for e in events if e.action == "import")


def test_package_holds_only_the_members_sheet(tmp_path: Path) -> None:
    doc = sample_doc(BLIND)
    project = new_project(tmp_path, unscored(doc))
    package = tmp_path / "m2.bidpkg"
    summary = export_package(project, "M2", package, by="代理")
    assert (summary.cells, summary.codes) == (70, 5)  # B3 is invalid (over the ceiling): not on the sheet
    data = package.read_bytes()
    # no other member, their names or their verdicts
    for m in doc["members"]:
        assert (m["name"].encode() in data) == (m["id"] == "M2")
    with sqlite3.connect(package) as con:
        assert con.execute("SELECT id FROM member").fetchall() == [("M2",)]
        assert {r[0] for r in con.execute("SELECT member_id FROM review_check")} <= {None, "M2"}
        assert {r[0] for r in con.execute("SELECT member_id FROM score")} == {None}
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "blind_code" not in tables and "package_issue" not in tables
        meta = dict(con.execute("SELECT key, value FROM meta"))
    assert "agency_private_key" not in meta and meta["application"] == "biddesk-package"
    # the project's own x extensions stay home
    assert "交易编号".encode() not in data
    # the sheet: blind factors by code only
    sheet = package_sheet(package)
    codes = blind_codes(project)
    assert len(sheet) == 70 and not any(c.scored for c in sheet)
    for cell in sheet:
        if cell.factor in BLIND:
            assert cell.bidder in codes.values() and cell.label == cell.bidder
        else:
            assert cell.bidder in codes and cell.label != cell.bidder


def test_package_never_reveals_which_code_is_which_bidder(tmp_path: Path) -> None:
    doc = sample_doc(BLIND)
    project = new_project(tmp_path, doc)  # with the members' scores: the package carries M2's own
    package = tmp_path / "m2.bidpkg"
    export_package(project, "M2", package, by="代理")
    codes = blind_codes(project)
    bidders = {b["id"]: b for b in doc["bidders"]}
    code_set = {codes[b] for b in bidders if b != "B3"}
    with sqlite3.connect(package) as con:
        listed = [r[0] for r in con.execute("SELECT code FROM package_code ORDER BY position")]
        assert listed == sorted(code_set)
        # the code rows of the bidder table say nothing but the code, and come in code order
        rows = con.execute("SELECT id, name, price, price_words, size, partner_share, small_amount FROM bidder "
                           "ORDER BY position").fetchall()
        assert [r[0] for r in rows[:6]] == list(bidders)
        assert rows[6:] == [(c, c, None, None, None, None, None) for c in sorted(code_set)]
        # no row of any table holds a code together with a bidder's id or name
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for row in con.execute(f'SELECT * FROM "{table}"'):
                texts = [str(v) for v in row if v is not None]
                if any(c in t for c in code_set for t in texts):
                    for b in bidders.values():
                        assert b["id"] not in texts and not any(b["name"] in t for t in texts), (table, row)
        # M2's blind scores are stored by code, in code order
        blind_rows = con.execute("SELECT bidder_id, factor_id FROM score WHERE member_id = 'M2' AND factor_id IN "
                                 "('F8', 'F9', 'F12', 'F16') ORDER BY id").fetchall()
    assert {b for b, _f in blind_rows} == code_set
    assert [b for b, _f in blind_rows] == sorted(b for b, _f in blind_rows)
    # the codes are the project's, stable, and the same in every member's package
    assert blind_codes(project) == codes
    export_package(project, "M4", tmp_path / "m4.bidpkg", by="代理")
    with sqlite3.connect(tmp_path / "m4.bidpkg") as con:
        assert [r[0] for r in con.execute("SELECT code FROM package_code ORDER BY position")] == listed
    assert blind_codes(project) == codes


def test_blind_codes_are_random_stable_and_audited_without_the_key(tmp_path: Path) -> None:
    doc = sample_doc()
    first, second = new_project(tmp_path, doc, "a.bidesk"), new_project(tmp_path, doc, "b.bidesk")
    before = len(audit_log(first))
    codes = blind_codes(first, by="代理")
    assert blind_codes(first) == codes and blind_codes(second) != codes
    assert all(len(c) == 5 and set(c) <= set(CODE_ALPHABET) for c in codes.values())
    events = audit_log(first)[before:]
    assert [(e.action, e.entity, e.by) for e in events] == [("create", "blind_codes", "代理")]
    assert not any(c in (events[0].new or "") for c in codes.values())


def test_headless_expert_service(tmp_path: Path) -> None:
    doc = sample_doc(BLIND)
    project = new_project(tmp_path, unscored(doc))
    package = tmp_path / "m1.bidpkg"
    export_package(project, "M1", package, by="代理")
    codes = blind_codes(project)
    with open_package(package) as pkg:
        for s in doc["scores"]:
            if s["member"] == "M1":
                bidder = codes[s["bidder"]] if s["factor"] in BLIND else s["bidder"]
                assert record_package_score(pkg, "M1", bidder, s["factor"], s["value"], by="M1").changed
        assert not record_package_score(pkg, "M1", "B1", "F2", "3", by="M1").changed  # unchanged value
        summary = write_return(pkg, tmp_path / "m1.bidret", by="M1")
        assert (summary.sequence, summary.scores, summary.submitted) == (1, 70, True)
        assert package_info(pkg).submitted_at is not None
        assert all(cell.scored for cell in package_sheet(pkg))
    with pytest.raises(InvalidInput, match="not a BidDesk project"):  # a package is no project
        ProjectStore.open(package)
    status, _out, err = run_cli("package", "info", package)
    assert status == 0 and "70 of 70 cells scored; submitted" in _out and err == ""


def test_old_project_file_gets_its_identity_on_first_need(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    old = tmp_path / "old.bidesk"
    old.write_bytes((ROOT / "tests" / "fixtures" / "project-v1.0.bidesk").read_bytes())
    before = export_text(old)
    out = ok("package", "export", old, "--member", "M1", tmp_path / "m1.bidpkg")
    assert out.startswith("ok ")
    with sqlite3.connect(old) as con:
        meta = dict(con.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == "1.0" and len(meta["project_uid"]) == 32
    assert export_text(old) == before  # the evaluation data are untouched
    with ProjectStore.open(old) as store:
        assert store.schema_version == "1.0"


def test_a_return_names_the_member_never_the_login_and_changed_line_endings_are_named(tmp_path: Path) -> None:
    import getpass

    doc = sample_doc()
    project = new_project(tmp_path, unscored(doc))
    package = tmp_path / "M2.bidpkg"
    ok("package", "export", project, "--member", "M2", package)
    score_on_laptop(package, "M2", doc, {})
    ok("package", "return", package, tmp_path / "M2.bidret")  # no --by: the login name is not used
    data = (tmp_path / "M2.bidret").read_bytes()
    payload = json.loads(data.split(b"\n")[1])
    name = next(m["name"] for m in doc["members"] if m["id"] == "M2")
    assert payload["by"] == name
    login = getpass.getuser()
    assert login == name or login.encode() not in data
    mailed = tmp_path / "M2-mailed.bidret"
    mailed.write_bytes(data.replace(b"\n", b"\r\n"))
    status, _out, err = run_cli("package", "import", str(project), str(mailed))
    assert status == 2 and "changed in transit: line endings (CR LF instead of LF" in err
    ok("package", "import", project, tmp_path / "M2.bidret")  # the file as written merges
