"""Every room code reaches a person in words, in Chinese and in English; the SQL raises only known codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.room import functions, security
from app.room.errors import CODES
from app.room.names import RoomNames
from widgets.room_texts import room_words

ROOT = Path(__file__).resolve().parents[2]


def test_every_code_has_words_in_both_languages() -> None:
    words = room_words()
    assert set(CODES) <= set(words), set(CODES) - set(words)
    english = json.loads((ROOT / "resources" / "translations" / "en.json").read_text(encoding="utf-8"))
    assert [w for w in words.values() if w not in english] == []


def test_the_database_raises_only_codes_the_window_knows() -> None:
    names = RoomNames.of("X")
    sql = "\n".join(security.helper_functions() + security.policies(names) + security.guards(names)
                    + functions.write_functions() + functions.agent_functions())
    raised = set(re.findall(r"MESSAGE = '([a-z_]+)'", sql))
    assert raised and raised <= set(CODES), raised - set(CODES)
