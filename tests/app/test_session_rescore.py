"""A session recomputes only the bids whose scores changed; result and Art.64 findings are exactly a full run's."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import model as m
from app.domain.art64_check import art64_findings
from app.domain.engine import evaluate
from app.services.project_io import import_exchange, load_project_evaluation
from app.services.session import ProjectSession
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "pingdingshan-001.json"


def _allowed(f: m.Factor) -> list[object]:
    rule = f.rule
    if isinstance(rule, m.GradesRule):
        return [str(v) for v in rule.values]
    if isinstance(rule, m.CountRule):
        return [0, 1, 2, 3, 7]
    if isinstance(rule, m.ItemsRule):
        return [[str(rule.values[i % len(rule.values)]) for _ in range(rule.n)] for i in range(len(rule.values))]
    return ["0"]


def _edits() -> st.SearchStrategy[list[tuple[int, int, int, int]]]:
    return st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(0, 15), st.integers(0, 9)),
                    min_size=1, max_size=12)


@settings(max_examples=25, deadline=None)
@given(_edits())
def test_patched_results_equal_a_full_evaluation(edits: list[tuple[int, int, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.bidesk"
        import_exchange(SAMPLE, path)
        with ProjectSession.open(path) as session:
            ev = session.evaluation()
            session.result()
            factors = [f for f in ev.factors if not f.is_price]
            members: list[str | None] = [x.id for x in ev.members]
            scored = [b.id for b in session.result().bidders if b.status != "invalid"]  # others refuse a score
            for mi, bi, fi, vi in edits:
                f = factors[fi % len(factors)]
                member = None if f.id in ("F1", "F3") else members[mi % len(members)]
                bidder = scored[bi % len(scored)]
                values = _allowed(f)
                session.record_score(member, bidder, f.id, values[vi % len(values)], by="test")
                # the file's evaluation read afresh (through the session's own open store: a read of what is
                # stored, without a second store checking the whole file again at each step)
                if vi % 3 == 0:  # sometimes ask after each edit, sometimes after several
                    assert session.result() == evaluate(load_project_evaluation(session.store))
                if vi % 4 == 1:
                    assert session.findings() == art64_findings(load_project_evaluation(session.store))
            assert session.result() == evaluate(load_project_evaluation(session.store))
            result, found = session.result(), session.findings()
        stored = load_project_evaluation(path)  # and once from the closed file, as a new open reads it
        assert result == evaluate(stored)
        expected = art64_findings(stored)
        assert found == expected and [f.points for f in found] == [f.points for f in expected]


def test_a_patched_result_is_used_and_a_verdict_forces_a_full_one(tmp_path: Path) -> None:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    with ProjectSession.open(path) as session:
        before = session.result()
        session.record_score("M2", "B1", "F11", "0", by="test")
        assert session._previous is before and session._dirty == {"B1"}
        after = session.result()
        assert after.bidder("B2").total == before.bidder("B2").total
        assert after.bidder("B1").total != before.bidder("B1").total
        assert after == evaluate(load_project_evaluation(path))
        session.record_check("compliance", "B1", "C1", False, member=None, note="x", by="test")
        assert session._previous is None
        assert session.result().bidder("B1").status == "invalid"
        assert session.result().bidder("B1").total is None


@settings(max_examples=15, deadline=None)
@given(_edits(), st.integers(0, 11))
def test_the_changes_a_session_reports_are_exactly_the_entries_it_replaced(
        edits: list[tuple[int, int, int, int]], since: int) -> None:
    """From any evaluation the session made to the latest, the score entries it reports are those that differ
    (in the order made: a key changed twice ends at its last value); a reload is not a change it knows."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.bidesk"
        import_exchange(SAMPLE, path)
        with ProjectSession.open(path) as session:
            ev = session.evaluation()
            factors = [f for f in ev.factors if not f.is_price]
            scored = [b.id for b in session.result().bidders if b.status != "invalid"]
            seen = [ev]
            for mi, bi, fi, vi in edits:
                f = factors[fi % len(factors)]
                member = None if f.id in ("F1", "F3") else ev.members[mi % len(ev.members)].id
                values = _allowed(f)
                session.record_score(member, scored[bi % len(scored)], f.id, values[vi % len(values)], by="test")
                if vi % 5 == 0:
                    session.record_check("qualification", scored[0], ev.qualification[0].id, True, by="test")
                seen.append(session.evaluation())
            old, new = seen[since % len(seen)], seen[-1]
            changes = session.score_changes(old, new)
            assert changes is not None
            patched = {(s.member, s.bidder, s.factor): s.value for s in old.scores}
            for s in changes:  # applied in the order reported, old's scores become exactly new's
                patched[(s.member, s.bidder, s.factor)] = s.value
            assert patched == {(s.member, s.bidder, s.factor): s.value for s in new.scores}
            assert len(changes) <= len(edits) - since % len(seen)  # one entry per edit at most, none for a no-op
            session._ev = None  # a reload (someone else wrote): the session no longer knows the way
            assert session.score_changes(old, session.evaluation()) is None


def test_a_key_changed_twice_is_reported_at_its_last_value(tmp_path: Path) -> None:
    path = tmp_path / "p.bidesk"
    import_exchange(SAMPLE, path)
    with ProjectSession.open(path) as session:
        old = session.evaluation()
        f = next(f for f in old.factors if isinstance(f.rule, m.GradesRule) and not f.objective)
        values = _allowed(f)
        current = next(s.value for s in old.scores if (s.member, s.bidder, s.factor) == ("M2", "B1", f.id))
        first, last = [v for v in values if str(v) != str(current)][:2]
        session.record_score("M2", "B1", f.id, first, by="test")
        session.record_score("M2", "B1", f.id, last, by="test")
        changes = session.score_changes(old, session.evaluation())
        assert changes is not None and [str(s.value) for s in changes] == [str(first), str(last)]
