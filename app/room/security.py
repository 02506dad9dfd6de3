"""What the room database enforces itself (spec/room.md): grants, row-level security, guarded functions.

Run once, by the owner role, after the project's tables were created and filled at ``room publish``.

* Every table that holds a score, a verdict or a record has ``FORCE ROW LEVEL SECURITY``. A member
  (the ``_seats`` group) reads joint entries and their own, never another member's scores or verdicts
  before every member has submitted; their own scores on a blind factor are not readable as rows at
  all (a row names the bid): they read them by code through :func:`room_my_cells`. The agent reads
  everything but the members' scores on subjective factors (and those scores' audit rows) until all
  have submitted, and writes joint entries only.
* Members have no write grant on any table: they score, give verdicts and submit only through
  ``SECURITY DEFINER`` functions that check the sheet is theirs and open, refuse a stale write (a
  per-cell version) and write the audit row in the same transaction. Finalising, reopening and
  correcting a submitted sheet are such functions too, for the agent; a trigger keeps the agent from
  writing the finalisation or a submission any other way.
* The audit log is insert-only for everyone but its owner (no UPDATE or DELETE grant).
* Every change adds a row to ``room_change`` (a sequence number, the table, the member's id) and a
  NOTIFY on the project's channel with those ids only, never a value.
"""

from __future__ import annotations

from app.domain.art64 import ART64
from app.domain.session_records import FINAL
from app.room.names import AGENT_BY, RoomNames, quoted

#: The tables under row-level security (scores, verdicts, records) and the rest.
GUARDED = ("score", "review_check", "audit_event", "decision", "project", "member", "blind_code", "meta")
PLAIN = ("rules", "checklist_item", "factor", "bidder", "package_issue", "package_merge",
         "room_seat", "room_change")
#: Tables whose changes are announced (NOTIFY) and counted in ``room_change``.
WATCHED = ("score", "review_check", "member", "decision", "bidder", "factor", "project", "checklist_item")

#: The Art.64 categories as an SQL list.
ART64_SQL = ", ".join(f"'{a}'" for a in ART64)


def fn(name: str, args: str, returns: str, body: str, *, lang: str = "plpgsql", stable: bool = False) -> str:
    volatility = " STABLE" if stable else ""
    return (f"CREATE FUNCTION {name}({args}) RETURNS {returns} LANGUAGE {lang}{volatility} SECURITY DEFINER "
            f"SET search_path FROM CURRENT AS $body$\n{body}\n$body$")


def raise_(code: str, detail: str = "''") -> str:
    return f"RAISE EXCEPTION USING ERRCODE = 'BR001', MESSAGE = '{code}', DETAIL = {detail};"


def helper_functions() -> list[str]:
    """Small lookups the policies and functions share (they read past row-level security)."""
    return [
        "CREATE TABLE room_seat (login text PRIMARY KEY, member_id text REFERENCES member(id), "
        "kind text NOT NULL CHECK (kind IN ('agent', 'member')))",
        "CREATE TABLE room_change (seq bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), "
        "tbl text NOT NULL, member_id text)",
        "ALTER TABLE score ADD COLUMN version integer NOT NULL DEFAULT 1",
        "ALTER TABLE review_check ADD COLUMN version integer NOT NULL DEFAULT 1",
        # whether a code is on the members' sheets (its bid is not invalid): kept by the agent
        "ALTER TABLE blind_code ADD COLUMN on_sheet boolean NOT NULL DEFAULT true",
        fn("room_me", "", "text", "SELECT member_id FROM room_seat WHERE login = session_user AND kind = 'member'",
            lang="sql", stable=True),
        fn("room_is_agent", "", "boolean",
            "SELECT EXISTS (SELECT 1 FROM room_seat WHERE login = session_user AND kind = 'agent')",
            lang="sql", stable=True),
        fn("room_all_submitted", "", "boolean",
            "SELECT EXISTS (SELECT 1 FROM member) AND NOT EXISTS (SELECT 1 FROM member WHERE submitted_at IS NULL)",
            lang="sql", stable=True),
        fn("room_blind", "f text", "boolean", "SELECT COALESCE((SELECT blind FROM factor WHERE id = f), false)",
            lang="sql", stable=True),
        fn("room_objective", "f text", "boolean",
            "SELECT COALESCE((SELECT objective FROM factor WHERE id = f), false)", lang="sql", stable=True),
        fn("room_final", "", "boolean",
            f"SELECT COALESCE((SELECT jsonb_typeof(x::jsonb -> '{FINAL}') = 'object' FROM project WHERE id = 1), "
            "false)", lang="sql", stable=True),
        fn("room_now", "", "text",
            "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"+00:00\"')",
            lang="sql"),
        fn("room_key", "VARIADIC parts text[]", "text",
            "SELECT '[' || string_agg(COALESCE(to_json(p)::text, 'null'), ',' ORDER BY n) || ']' "
            "FROM unnest(parts) WITH ORDINALITY AS t(p, n)", lang="sql", stable=True),
    ]


def policies(names: RoomNames) -> list[str]:
    """Row-level security on every guarded table, and the grants."""
    seats, agent, owner = quoted(names.seats), quoted(names.agent), quoted(names.owner)
    out: list[str] = []
    for table in GUARDED:
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY", f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
                f"CREATE POLICY owner_all ON {table} TO {owner} USING (true) WITH CHECK (true)"]
    hidden_score = "(member_id IS NULL OR room_all_submitted() OR room_objective(factor_id))"
    out += [
        # scores: a member sees joint scores and their own (not blind ones: a row names the bid)
        f"CREATE POLICY seat_read ON score FOR SELECT TO {seats} USING (member_id IS NULL OR room_all_submitted() "
        "OR (member_id = room_me() AND NOT room_blind(factor_id)))",
        f"CREATE POLICY agent_read ON score FOR SELECT TO {agent} USING {hidden_score}",
        f"CREATE POLICY agent_insert ON score FOR INSERT TO {agent} WITH CHECK (member_id IS NULL)",
        f"CREATE POLICY agent_update ON score FOR UPDATE TO {agent} USING (member_id IS NULL) "
        "WITH CHECK (member_id IS NULL)",
        f"CREATE POLICY agent_delete ON score FOR DELETE TO {agent} USING (member_id IS NULL)",
        # verdicts: a member sees joint ones and their own; the agent all of them, writes joint ones
        f"CREATE POLICY seat_read ON review_check FOR SELECT TO {seats} USING (member_id IS NULL "
        "OR member_id = room_me() OR room_all_submitted())",
        f"CREATE POLICY agent_all ON review_check TO {agent} USING (true) WITH CHECK (member_id IS NULL)",
        # the audit log: members read none of it; the agent all but the members' score entries until all submitted
        f"CREATE POLICY agent_read ON audit_event FOR SELECT TO {agent} USING (room_all_submitted() "
        "OR entity <> 'score' OR (key::jsonb ->> 0) IS NULL)",
        f"CREATE POLICY agent_insert ON audit_event FOR INSERT TO {agent} WITH CHECK (by = '{AGENT_BY}')",
        # blind codes: the agent's; the members' once every sheet is in
        f"CREATE POLICY seat_read ON blind_code FOR SELECT TO {seats} USING (room_all_submitted())",
        f"CREATE POLICY agent_all ON blind_code TO {agent} USING (true) WITH CHECK (true)",
    ]
    # the project file's secrets stay the agent's: the agency's private key never reaches a seat
    out += [f"CREATE POLICY seat_read ON meta FOR SELECT TO {seats} USING (strpos(key, 'private') = 0)",
            f"CREATE POLICY agent_all ON meta TO {agent} USING (true) WITH CHECK (true)"]
    for table in ("decision", "project", "member"):
        out += [f"CREATE POLICY seat_read ON {table} FOR SELECT TO {seats} USING (true)",
                f"CREATE POLICY agent_all ON {table} TO {agent} USING (true) WITH CHECK (true)"]
    schema = quoted(names.schema)
    out += [
        f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {seats}, {agent}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {schema} FROM PUBLIC",
    ]
    for table in GUARDED + PLAIN:
        if table == "audit_event":  # insert-only: no UPDATE or DELETE for anyone but the owner
            out.append(f"GRANT SELECT, INSERT ON audit_event TO {agent}")
            continue
        out.append(f"GRANT SELECT ON {table} TO {seats}")
        if table not in ("room_seat", "room_change"):
            out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {agent}")
        else:
            out.append(f"GRANT SELECT ON {table} TO {agent}")
    out.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {agent}")
    return out


def guards(names: RoomNames) -> list[str]:
    """Triggers: submissions and the finalisation change only through the functions; changes are announced."""
    owner = names.owner.replace("'", "''")
    channel = names.channel.replace("'", "''")
    return [
        "CREATE FUNCTION room_guard_member() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n"
        f"  IF current_user = '{owner}' THEN RETURN COALESCE(NEW, OLD); END IF;\n"
        "  IF TG_OP <> 'INSERT' THEN\n"
        "    IF OLD.submitted_at IS NOT NULL AND (TG_OP = 'DELETE' OR NEW.submitted_at IS DISTINCT FROM "
        "OLD.submitted_at) THEN\n"
        f"      {raise_('sheet_submitted', 'OLD.id')}\n"
        "    END IF;\n"
        "  END IF;\n"
        "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
        "  IF NEW.submitted_at IS NOT NULL THEN\n"
        "    IF TG_OP = 'INSERT' THEN\n"
        f"      {raise_('submit_by_member', 'NEW.id')}\n"
        "    ELSIF OLD.submitted_at IS NULL THEN\n"
        f"      {raise_('submit_by_member', 'NEW.id')}\n"
        "    END IF;\n"
        "  END IF;\n"
        "  RETURN NEW;\nEND\n$body$",
        "CREATE FUNCTION room_guard_project() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n"
        f"  IF current_user <> '{owner}' AND (OLD.x::jsonb -> '{FINAL}') IS DISTINCT FROM "
        f"(NEW.x::jsonb -> '{FINAL}') THEN\n"
        f"    {raise_('finalise_by_function')}\n"
        "  END IF;\n"
        "  RETURN NEW;\nEND\n$body$",
        "CREATE TRIGGER room_guard BEFORE INSERT OR UPDATE OR DELETE ON member FOR EACH ROW EXECUTE FUNCTION "
        "room_guard_member()",
        "CREATE TRIGGER room_guard BEFORE UPDATE ON project FOR EACH ROW EXECUTE FUNCTION room_guard_project()",
        fn("room_changed", "", "trigger",
            "DECLARE s bigint; who text;\nBEGIN\n"
            "  IF TG_TABLE_NAME IN ('score', 'review_check') THEN\n"
            "    who := CASE WHEN TG_OP = 'DELETE' THEN OLD.member_id ELSE NEW.member_id END;\n"
            "  ELSIF TG_TABLE_NAME = 'member' THEN\n"
            "    who := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;\n"
            "  END IF;\n"
            "  INSERT INTO room_change (tbl, member_id) VALUES (TG_TABLE_NAME, who) RETURNING seq INTO s;\n"
            f"  PERFORM pg_notify('{channel}', json_build_object('seq', s, 'table', TG_TABLE_NAME, "
            "'member', who)::text);\n"
            "  RETURN NULL;\nEND"),
        *(f"CREATE TRIGGER room_changed AFTER INSERT OR UPDATE OR DELETE ON {t} FOR EACH ROW EXECUTE FUNCTION "
          "room_changed()" for t in WATCHED),
    ]

