"""The room's tests run against a real PostgreSQL server: their own throwaway one (tests/room/pgserver.py)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.room.publish import Published, publish
from app.services.project_io import import_exchange
from tests.room.pgserver import TempServer

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(scope="session")
def pg() -> Iterator[TempServer]:
    server = TempServer()
    server.start()
    yield server
    server.stop()


@dataclass
class Room:
    """A project published for one test: the room, the document it came from, the members' scores kept apart."""

    published: Published
    doc: dict[str, Any]
    member_scores: list[dict[str, Any]]
    file: Path

    def url(self, who: str | None = None) -> str:
        """The ``room://`` address (with password) of the agent (None) or a member's seat."""
        seat = next(s for s in self.published.seats if s.member == who)
        return self.published.address(seat, with_password=True)

    def login(self, who: str | None = None) -> str:
        return next(s.login for s in self.published.seats if s.member == who).strip()


def with_members(doc: dict[str, Any], count: int) -> None:
    """Grow the committee to ``count`` members, each new one scoring as an existing one did."""
    have = list(doc["members"])
    for n in range(len(have) + 1, count + 1):
        like = have[(n - 1) % len(have)]
        doc["members"].append({**like, "id": f"M{n}", "name": f"评委{n}", "role": "expert"})
        doc["scores"] += [{**s, "member": f"M{n}"} for s in list(doc["scores"]) if s.get("member") == like["id"]]
        doc["checks"] += [{**c, "member": f"M{n}"} for c in list(doc.get("checks", []))
                          if c.get("member") == like["id"]]


def prepare(tmp_path: Path, sample: str = "luoyang-002", *, keep_scores: bool = False,
            members: int = 0) -> tuple[dict[str, Any], list[dict[str, Any]], Path]:
    """A project file of a sample with a fresh number; the members' own scores kept apart unless ``keep_scores``."""
    doc = json.loads((SAMPLES / f"{sample}.json").read_text(encoding="utf-8"))
    if members:
        with_members(doc, members)
    doc["project"]["number"] = f"{doc['project']['number']}-{uuid.uuid4().hex[:8]}"
    member_scores = [s for s in doc["scores"] if s.get("member") is not None]
    if not keep_scores:
        doc["scores"] = [s for s in doc["scores"] if s.get("member") is None]
    src = tmp_path / f"{uuid.uuid4().hex[:6]}.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    file = tmp_path / f"{src.stem}.bidesk"
    import_exchange(src, file)
    return doc, member_scores, file


def make_room(pg: TempServer, tmp_path: Path, sample: str = "luoyang-002", *, keep_scores: bool = False,
              members: int = 0) -> Room:
    """Publish a sample with a fresh number (see :func:`prepare`)."""
    doc, member_scores, file = prepare(tmp_path, sample, keep_scores=keep_scores, members=members)
    assert pg.url
    return Room(publish(file, pg.url), doc, member_scores, file)


@pytest.fixture
def room(pg: TempServer, tmp_path: Path) -> Room:
    return make_room(pg, tmp_path)
