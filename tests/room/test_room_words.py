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


def test_every_file_and_storage_code_has_words_in_both_languages() -> None:
    from app.persistence.errors import FILE_CODES, STORAGE_CODES
    from widgets.storage_texts import storage_words

    words = storage_words()
    assert set(FILE_CODES) | set(STORAGE_CODES) <= set(words)
    english = json.loads((ROOT / "resources" / "translations" / "en.json").read_text(encoding="utf-8"))
    assert [w for w in words.values() if w not in english] == []
    found = set(re.findall(r'StorageError\(\s*"([a-z_]+)"', "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "app").rglob("*.py"))))
    assert found <= set(STORAGE_CODES), found - set(STORAGE_CODES)


def test_a_refusal_reaches_the_window_in_words_with_the_place() -> None:
    from app.persistence.errors import ProjectFileError, StorageError
    from app.room.errors import RoomError
    from widgets.storage_texts import storage_text

    assert storage_text(ProjectFileError("corrupt", "/tmp/p.bidesk", "the project file is damaged (x)")) == \
        "项目文件已损坏：/tmp/p.bidesk（x）"  # the place in the file, as the check named it
    assert storage_text(StorageError("locked", "p.bidesk: in use (database is locked)")) == \
        "项目文件正被另一个程序使用，请稍后再试"
    assert storage_text(RoomError("exists", "X: already")) == "评标室中已有这个项目，发布过的项目不会被覆盖"
