"""The SQLite dialect of project files: each statement compiled once per process, whichever file it runs on.

SQLAlchemy keeps a statement's compiled form in a cache keyed by the statement *and the dialect object*, and
each engine (one per open file) makes its own dialect and its own cache: every file opened compiled every
statement again (a third of the time of a test that opens its files hundreds of times, and of a window that
opens a second project). Every project file's engine is made alike (:func:`app.persistence.store.make_engine`:
the same driver, options and SQLite library), so their dialects compile alike: instances of
:class:`ProjectDialect` compare equal, and the engines share one cache (SQLAlchemy's documented
``compiled_cache`` execution option). Nothing else about an engine is shared: each has its own pool,
connections and events.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.util import LRUCache

#: The driver name of a project file's URL (``sqlite+biddesk``).
DRIVER = "biddesk"


class ProjectDialect(SQLiteDialect_pysqlite):
    """pysqlite as every project file's engine uses it; any two instances compile every statement alike."""

    supports_statement_cache = True

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


#: The compiled statements of every project file's engine (SQLAlchemy's default is 500 per engine).
COMPILED: LRUCache[Any, Any] = LRUCache(1500)

registry.register(f"sqlite.{DRIVER}", __name__, "ProjectDialect")
