"""Rows of the wrong type in a well-formed SQLite file: found on open, named by table, row and column.

SQLite stores any value in any column, so a file edited by hand can hold ``'x'`` for a number of
decimals, ``'abc'`` for a price, bytes for a name or no ``rules`` row at all, and still pass SQLite's own
checks. Every open looks at every row of the project's tables against the models' column types (no
conversion, just the values as stored); the first wrong one refuses the file as damaged at every door,
with its place (docs/security.md).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from sqlalchemy import Boolean, Column, Connection, Integer, Table

from app.persistence.base import Base, DecimalText
from app.persistence.packages import PROJECT_TABLES

#: Tables that must hold exactly one row.
SINGLE = ("project", "rules")
#: Columns that hold JSON text.
JSON_COLUMNS = frozenset({("factor", "rule"), ("project", "x"), ("rules", "tie_break"), ("score", "value")})


def _wrong(value: object, column_type: object, nullable: bool) -> str | None:
    if value is None:
        return None if nullable else "is empty"
    if isinstance(column_type, DecimalText):
        if not isinstance(value, str):
            return f"is {value!r}, not a number written as text"
        try:
            Decimal(value)
        except InvalidOperation:
            return f"is {value[:40]!r}, not a number"
        return None
    if isinstance(column_type, Boolean):
        return None if value in (0, 1) else f"is {value!r}, not true or false"
    if isinstance(column_type, Integer):
        return None if isinstance(value, int) else f"is {str(value)[:40]!r}, not a whole number"
    if not isinstance(value, str):
        return f"holds {type(value).__name__}, not text"
    return None


def _condition(col: Column[object], name: str) -> str:
    """SQL true for a stored value of the wrong kind (SQLite does the scan; Python words the first hit)."""
    nullable = bool(col.nullable) and not col.primary_key
    allowed = "'null', " if nullable else ""
    q = f'"{col.name}"'
    if isinstance(col.type, DecimalText):
        return (f"(typeof({q}) NOT IN ({allowed}'text') OR ({q} IS NOT NULL AND ({q} = '' OR {q} GLOB "
                f"'*[^0-9.eE+-]*' OR {q} GLOB '*.*.*' OR {q} GLOB '?*-*')))")
    if isinstance(col.type, Boolean):
        return f"(typeof({q}) NOT IN ({allowed}'integer') OR {q} NOT IN (0, 1))"
    if isinstance(col.type, Integer):
        return f"typeof({q}) NOT IN ({allowed}'integer')"
    wrong = f"typeof({q}) NOT IN ({allowed}'text')"
    if (name, col.name) in JSON_COLUMNS:
        wrong = f"({wrong} OR ({q} IS NOT NULL AND NOT json_valid({q})))"
    return wrong


def _table_problem(conn: Connection, table: Table) -> str | None:
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table.name,))
    if found.first() is None:
        return f"table {table.name} is missing" if table in Base.metadata.sorted_tables else None
    if table.name in SINGLE:
        count = conn.exec_driver_sql(f'SELECT count(*) FROM "{table.name}"').scalar()
        if count != 1:
            return f"table {table.name} has {count} rows, not one"
    cols = list(table.columns)
    names = ", ".join(f'"{c.name}"' for c in cols)
    where = " OR ".join(_condition(c, table.name) for c in cols)
    keys = [c for c in cols if c.primary_key]
    for row in conn.exec_driver_sql(f'SELECT {names} FROM "{table.name}" WHERE {where} LIMIT 20'):
        for col, value in zip(cols, row, strict=True):
            why = _wrong(value, col.type, bool(col.nullable) and not col.primary_key)
            if why is None and isinstance(value, str) and (table.name, col.name) in JSON_COLUMNS:
                try:
                    json.loads(value)
                except ValueError:
                    why = f"is {value[:40]!r}, not readable (JSON)"
            if why is not None:
                ident = "/".join(str(row[cols.index(k)]) for k in keys) or "?"
                return f"{table.name} {ident}: {col.name} {why}"
    return None


def row_problem(conn: Connection) -> str | None:
    """The first row of the wrong type in the file (its place and what is wrong), or None."""
    for table in (*Base.metadata.sorted_tables, *PROJECT_TABLES):
        problem = _table_problem(conn, table)
        if problem is not None:
            return problem
    return None
