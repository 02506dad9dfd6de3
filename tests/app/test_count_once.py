"""One item counts once across a group of count factors: stated on the matrix, enforced at every door."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.counting import COUNT_ONCE, once_groups
from app.domain.problems import InvalidInput
from app.services import records
from app.services.project_io import export_text, import_exchange, load_project_evaluation
from tests.conftest import SAMPLES


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLES / "pingdingshan-001.json", path)  # F1, F2, F4 … are count factors
    return path


def test_a_group_is_stated_checked_and_kept(project: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        records.set_count_once(project, [["F1"]], by="agent")
    assert "at least two" in str(refused.value.problems[0])
    with pytest.raises(InvalidInput) as refused:
        records.set_count_once(project, [["F1", "F8"]], by="agent")  # F8 is graded
    assert "not a count factor" in str(refused.value.problems[0])
    with pytest.raises(InvalidInput):
        records.set_count_once(project, [["F1", "F2"], ["F2", "F4"]], by="agent")
    assert records.set_count_once(project, [["F1", "F2"]], by="agent").changed
    ev = load_project_evaluation(project)
    assert once_groups(ev) == [("F1", "F2")]
    assert COUNT_ONCE in export_text(project)  # travels with the exchange file


def test_an_item_counted_on_one_factor_cannot_be_counted_on_another_of_its_group(project: Path) -> None:
    records.set_count_once(project, [["F1", "F2"]], by="agent")
    records.set_evidence(project, None, "B1", "F1", ["张三 高级工程师", "李四"], by="agent")
    with pytest.raises(InvalidInput) as refused:
        records.set_evidence(project, None, "B1", "F2", ["王五", "张三  高级工程师"], by="agent")
    assert [p.path for p in refused.value.problems] == ["--lines"]
    assert "张三  高级工程师 is already counted on F1" in refused.value.problems[0].message
    records.set_evidence(project, None, "B1", "F2", ["王五"], by="agent")  # another person: counted
    records.set_evidence(project, None, "B2", "F2", ["张三 高级工程师"], by="agent")  # another bid: its own
    records.set_evidence(project, None, "B1", "F4", ["张三 高级工程师"], by="agent")  # F4 is in no group


def test_the_member_sheet_prints_what_each_count_rests_on(project: Path, tmp_path: Path) -> None:
    from app.domain.engine import evaluate
    from app.reports.fingerprint import project_fingerprints
    from app.reports.pack import write_pack
    from tests.app.reportkit import pdf_pages

    before = load_project_evaluation(project)
    records.set_evidence(project, None, "B1", "F1", ["张三 高级工程师", "李四 工程师"], by="agent")
    ev = load_project_evaluation(project)
    paths = write_pack(ev, evaluate(ev), tmp_path / "pack", ("pdf",))
    sheets = next(p for p in paths if p.name.endswith("评委个人评分表.pdf"))
    text = "\n".join(pdf_pages(sheets))
    assert "计数与时长依据" in text and "张三 高级工程师；李四 工程师" in text
    # printed notes, not table data: the sheets' fingerprints (an offline package's too) do not move
    old, new = project_fingerprints(before, evaluate(before)), project_fingerprints(ev, evaluate(ev))
    assert {k: v for k, v in old.items() if k.startswith("sheet:")} == \
        {k: v for k, v in new.items() if k.startswith("sheet:")}
