"""``negotiate round|no-final|outcome|show``: outputs, exit status, refusals naming the place, nothing half-changed."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import negotiation as ng
from app.services.audit import audit_log
from app.services.project_io import load_project_evaluation
from tests.app.projdoc import run_cli
from tests.negotiation_kit import bare_single


@pytest.fixture
def project(tmp_path: Path) -> str:
    path = tmp_path / "p.bidesk"
    status, _, err = run_cli("import", str(bare_single(tmp_path)), str(path), "--by", "代理")
    assert (status, err) == (0, "")
    return str(path)


def _round(project: str, *extra: str) -> tuple[int, str, str]:
    return run_cli("negotiate", "round", project, "--round", "1", "--bidder", "S1", "--at", "2026-01-05 10:00",
                   "--price", "1150000.00", "--words", "壹佰壹拾伍万元整", "--speaker", "张三", "--by", "记录人",
                   *extra)


def test_a_round_an_outcome_and_show(project: str) -> None:
    status, out, err = _round(project, "--term", "付款方式", "分三期支付", "每期三分之一", "--remarks", "报价偏高")
    assert (status, err) == (0, "")
    assert out.startswith("ok round 1 of S1")
    status, out, err = run_cli("negotiate", "outcome", project, "--kind", "agreed", "--at", "2026-01-05 11:00",
                               "--price", "1140000", "--words", "壹佰壹拾肆万元整", "--dissent", "M2=价格仍偏高",
                               "--by", "协商小组")
    assert (status, err) == (0, "") and out.startswith("ok outcome agreed")
    record = ng.negotiation(load_project_evaluation(project))
    assert record.rounds[0].terms == (ng.Term("付款方式", "分三期支付", "每期三分之一"),)
    assert record.outcome is not None and record.outcome.price == Decimal("1140000")
    assert record.outcome.dissent == {"M2": "价格仍偏高"}
    status, out, _ = run_cli("negotiate", "show", project)
    assert status == 0
    assert "第 1 轮协商 2026-01-05 10:00 S1 " in out and "1,150,000.00 元（壹佰壹拾伍万元整）" in out
    assert "条款 付款方式：分三期支付 → 每期三分之一" in out
    assert "协商结果：成交 S1 " in out and "1,140,000.00 元（壹佰壹拾肆万元整）" in out
    status, out, _ = run_cli("negotiate", "show", project, "--json")
    assert json.loads(out)["outcome"]["price"] == "1140000"
    events = [(e.entity, e.by) for e in audit_log(project)][1:]
    assert events == [("negotiation", "记录人"), ("negotiation", "协商小组")]


def test_refusals_exit_2_with_the_place_and_change_nothing(project: str) -> None:
    status, out, err = _round(project, "--words", "壹佰壹拾万元整")
    assert (status, out) == (2, "")
    assert "第 1 轮协商（S1 " in err and "与小写 1,150,000.00 元 不一致" in err
    status, _, err = run_cli("negotiate", "round", project, "--round", "1", "--bidder", "S1", "--price", "12x")
    assert status == 2 and "--price: '12x' is not a number" in err
    _round(project)
    status, out, err = run_cli("negotiate", "outcome", project, "--kind", "agreed", "--at", "2026-01-05 11:00",
                               "--price", "1250000", "--words", "壹佰贰拾伍万元整")
    assert (status, out) == (2, "")
    assert "成交价格 1,250,000.00 元 超过预算金额 1,200,000.00 元，不能成交" in err
    status, _, err = run_cli("negotiate", "outcome", project, "--kind", "void", "--at", "2026-01-05 11:00")
    assert status == 2 and "协商无效须写明理由" in err
    status, _, err = run_cli("negotiate", "outcome", project)
    assert status == 2 and "--kind" in err
    assert ng.negotiation(load_project_evaluation(project)).outcome is None
    assert len(audit_log(project)) == 2  # the import and the one round


def test_remove_and_clear(project: str) -> None:
    _round(project)
    run_cli("negotiate", "outcome", project, "--kind", "void", "--at", "2026-01-05 11:00", "--reason", "未实质性响应")
    status, _, err = run_cli("negotiate", "round", project, "--round", "1", "--bidder", "S1", "--remove")
    assert status == 2 and "先撤销结果" in err
    status, out, _ = run_cli("negotiate", "outcome", project, "--clear", "--reason", "重新组织协商")
    assert status == 0 and "withdrawn" in out
    status, out, _ = run_cli("negotiate", "round", project, "--round", "1", "--bidder", "S1", "--remove")
    assert status == 0 and "removed" in out
    assert ng.negotiation(load_project_evaluation(project)) == ng.Negotiation()


def test_no_final_is_for_competitive_methods(project: str) -> None:
    status, _, err = run_cli("negotiate", "no-final", project, "--bidder", "S1", "--note", "未报价")
    assert status == 2 and "只有竞争性谈判和竞争性磋商项目以最后报价评审" in err


def test_a_missing_project_file(tmp_path: Path) -> None:
    status, _, err = run_cli("negotiate", "show", str(tmp_path / "none.bidesk"))
    assert status == 2 and "no such project file" in err
