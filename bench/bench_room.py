"""The evaluation room under load: nine seats each entering a 50-bidder × 60-factor sheet at the same time.

Prints the time per score as a seat sees it (one call of the room's function, committed), the time until
the agent's listener hears of it (NOTIFY) and the time the agent's progress view takes to read again.
A throwaway PostgreSQL server is started (tests/room/pgserver.py), or the one ``BIDDESK_TEST_PG_URL`` names.
``--cells N`` limits each seat to its first N cells (a quick look).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.room import agent  # noqa: E402
from app.room.address import RoomAddress  # noqa: E402
from app.room.live import Listener, Note  # noqa: E402
from app.room.publish import publish  # noqa: E402
from app.room.seat import Seat  # noqa: E402
from app.room.store import RoomStore  # noqa: E402
from app.services.project_io import import_exchange  # noqa: E402
from bench.large_case import build_large_case  # noqa: E402
from tests.room.pgserver import TempServer  # noqa: E402


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if len(values) >= 20 else values[-1]
    return f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cells", type=int, default=0, help="at most this many cells per seat (0: the whole sheet)")
    args = parser.parse_args()
    server = TempServer()
    url = server.start()
    try:
        run(url, args.cells)
    finally:
        server.stop()


def run(url: str, limit: int) -> None:
    doc = build_large_case()
    doc["project"]["number"] = f"BENCH-{uuid.uuid4().hex[:8]}"
    theirs = [s for s in doc["scores"] if s.get("member") is not None]
    doc["scores"] = [s for s in doc["scores"] if s.get("member") is None]
    folder = Path(tempfile.mkdtemp(prefix="biddesk-bench-room-"))
    (folder / "large.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    import_exchange(folder / "large.json", folder / "large.bidesk")
    started = time.perf_counter()
    published = publish(folder / "large.bidesk", url)
    print(f"room publish (50 bidders × 9 members × 60 factors): {time.perf_counter() - started:.2f} s")
    from app.packages.identity import blind_codes

    codes = blind_codes(folder / "large.bidesk")
    blind = {f["id"] for f in doc["factors"] if f.get("blind")}
    seats = [s for s in published.seats if s.member is not None]
    cells = {s.member: [(codes[c["bidder"]] if c["factor"] in blind else c["bidder"], c["factor"], c["value"])
                        for c in theirs if c["member"] == s.member] for s in seats}
    if limit:
        cells = {k: v[:limit] for k, v in cells.items()}
    commits: dict[str, list[float]] = {s.member or "": [] for s in seats}
    heard: dict[str, list[float]] = {s.member or "": [] for s in seats}
    agent_seat = published.seats[0]
    agent_address = RoomAddress.parse(published.address(agent_seat, with_password=True))

    def on_note(note: Note) -> None:
        if note.table == "score" and note.member in heard:
            heard[note.member].append(time.perf_counter())

    online = threading.Event()
    listener = Listener(agent_address, published.schema, on_note, lambda s: online.set() if s == "online" else None)
    listener.start()
    online.wait(10)
    per_score: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(seats))

    def score(member: str, address: str) -> None:
        seat = Seat.open(RoomAddress.parse(address))
        seat.view()
        barrier.wait()
        times = []
        for key, factor, value in cells[member]:
            t0 = time.perf_counter()
            seat.record(key, factor, value)
            t1 = time.perf_counter()
            times.append(t1 - t0)
            commits[member].append(t1)
        seat.close()
        with lock:
            per_score.extend(times)

    threads = [threading.Thread(target=score, args=(s.member, published.address(s, with_password=True)))
               for s in seats]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    time.sleep(1.0)
    listener.stop()
    total = sum(len(v) for v in cells.values())
    print(f"nine seats, {total} scores in {wall:.1f} s ({total / wall:.0f} scores/s on this machine)")
    print(f"time per score seen by a seat: {_ms(per_score)}")
    lags = [h - c for m in commits for c, h in zip(commits[m], heard[m], strict=False)]
    if lags:
        print(f"commit → the agent hears of it (NOTIFY): {_ms(lags)}")
    store = RoomStore.open_room(agent_address)
    size = agent.sheet_size(store)
    reads, seats_read = [], []
    for _ in range(5):
        t0 = time.perf_counter()
        agent.progress(store, size)
        reads.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    agent.sheet_size(store)
    whole = time.perf_counter() - t0
    seat = Seat.open(RoomAddress.parse(published.address(seats[0], with_password=True)))
    for _ in range(3):
        t0 = time.perf_counter()
        seat.view()
        seats_read.append(time.perf_counter() - t0)
    seat.close()
    store.close()
    print(f"the agent's progress view reads again after a score: {_ms(reads)} "
          f"(after a change of bids or verdicts, with the sheets' size: +{whole * 1000:.0f} ms)")
    print(f"a seat reads its whole sheet (on connecting, after a reconnect): {_ms(seats_read)}")


if __name__ == "__main__":
    main()
