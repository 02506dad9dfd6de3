"""The room's ``SECURITY DEFINER`` functions: every write a member makes, and the agent's guarded ones.

Each checks who calls it (``session_user`` against ``room_seat``), that the sheet is theirs and open
and the evaluation not final, refuses a stale write (the cell's ``version`` is not the one the seat
read), and writes its audit row in the same transaction. A refusal is an exception with SQLSTATE
``BR001`` and a code as its message (``stale``, ``sheet_submitted`` …, see :mod:`app.room.errors`).

What only the engine can judge (a value against the factor's rule, a sheet's completeness) the
seat's own engine checks before calling; a modified client that skips it gains nothing: it can
only write its own open sheet, and the agent's finalisation re-runs every check on the whole
evaluation inside its lock.
"""

from __future__ import annotations

from app.room.names import RoomNames, quoted
from app.room.security import ART64_SQL, fn, raise_

_ME = "me text := room_me();"
_NEED_MEMBER = f"IF me IS NULL THEN {raise_('not_member')} END IF;"
_NEED_AGENT = f"IF NOT room_is_agent() THEN {raise_('not_agent')} END IF;"
_NOT_FINAL = f"IF room_final() THEN {raise_('final')} END IF;"


def _open_sheet(who: str) -> str:
    return (f"IF (SELECT submitted_at FROM member WHERE id = {who}) IS NOT NULL THEN "
            f"{raise_('sheet_submitted', who)} END IF;")


def _upsert_score(who: str, reason: str, art64: str) -> str:
    """The body shared by a member's score and the agent's correction: version check, write, audit."""
    return f"""
  SELECT * INTO r FROM score WHERE member_id = {who} AND bidder_id = b AND factor_id = p_factor FOR UPDATE;
  IF FOUND THEN
    IF r.version <> p_version THEN {raise_('stale', 'r.version::text')} END IF;
    IF r.value = p_value THEN RETURN r.version; END IF;
    UPDATE score SET value = p_value, version = r.version + 1 WHERE id = r.id;
    INSERT INTO audit_event (at, by, action, entity, key, old, new, reason, art64)
      VALUES (room_now(), by_, 'change', 'score', room_key({who}, b, p_factor), r.value, p_value, {reason}, {art64});
    RETURN r.version + 1;
  END IF;
  IF p_version <> 0 THEN {raise_('stale', "'0'")} END IF;
  INSERT INTO score (member_id, bidder_id, factor_id, value, version) VALUES ({who}, b, p_factor, p_value, 1);
  INSERT INTO audit_event (at, by, action, entity, key, old, new, reason, art64)
    VALUES (room_now(), by_, 'create', 'score', room_key({who}, b, p_factor), NULL, p_value, {reason}, {art64});
  RETURN 1;"""


_CHECK_VALUE = f"""
  SELECT max::numeric, rule::jsonb ->> 'type' INTO fmax, ftype FROM factor WHERE id = p_factor;
  IF NOT FOUND THEN {raise_('unknown_cell', 'p_factor')} END IF;
  v := p_value::jsonb;
  -- points (a range or a grade) lie within 0 … the factor's maximum; a count or hours only not below 0
  IF jsonb_typeof(v) IN ('number', 'string') AND (v #>> '{{}}') ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$' THEN
    n := btrim(v #>> '{{}}')::numeric;
    IF n < 0 OR (ftype IN ('range', 'grades') AND n > fmax) THEN
      {raise_('out_of_range', 'p_value')}
    END IF;
  END IF;"""


def write_functions() -> list[str]:
    """The members' functions: score a cell, give a verdict, submit; read their own cells by code."""
    score_args = "p_key text, p_factor text, p_value text, p_version integer"
    return [
        fn("room_score", score_args, "integer", f"""DECLARE {_ME} by_ text := me; b text; r record;
  fmax numeric; ftype text; v jsonb; n numeric;
BEGIN
  {_NEED_MEMBER}
  {_NOT_FINAL}
  {_open_sheet('me')}
  IF room_blind(p_factor) THEN
    SELECT bidder_id INTO b FROM blind_code WHERE code = p_key;
  ELSE
    SELECT id INTO b FROM bidder WHERE id = p_key;
  END IF;
  IF b IS NULL THEN {raise_('unknown_cell', 'p_key')} END IF;
  {_CHECK_VALUE}
  IF room_objective(p_factor) AND EXISTS (SELECT 1 FROM score WHERE member_id IS NULL AND bidder_id = b
                                          AND factor_id = p_factor) THEN
    {raise_('joint_stands', 'p_factor')}
  END IF;
  {_upsert_score('me', 'NULL', 'NULL')}
END"""),
        fn("room_check", "p_stage text, p_bidder text, p_item text, p_passed boolean, p_note text, "
           "p_version integer", "integer", f"""DECLARE {_ME} r record; new_ text;
BEGIN
  {_NEED_MEMBER}
  {_NOT_FINAL}
  {_open_sheet('me')}
  IF NOT EXISTS (SELECT 1 FROM checklist_item WHERE stage = p_stage AND id = p_item)
     OR NOT EXISTS (SELECT 1 FROM bidder WHERE id = p_bidder) THEN
    {raise_('unknown_cell', 'p_item')}
  END IF;
  new_ := json_build_object('pass', p_passed, 'note', p_note)::text;
  SELECT * INTO r FROM review_check WHERE stage = p_stage AND bidder_id = p_bidder AND item_id = p_item
    AND member_id = me FOR UPDATE;
  IF FOUND THEN
    IF r.version <> p_version THEN {raise_('stale', 'r.version::text')} END IF;
    IF r.passed = p_passed AND r.note = p_note THEN RETURN r.version; END IF;
    UPDATE review_check SET passed = p_passed, note = p_note, version = r.version + 1 WHERE id = r.id;
    INSERT INTO audit_event (at, by, action, entity, key, old, new) VALUES (room_now(), me, 'change', 'check',
      room_key(p_stage, me, p_bidder, p_item), json_build_object('pass', r.passed, 'note', r.note)::text, new_);
    RETURN r.version + 1;
  END IF;
  IF p_version <> 0 THEN {raise_('stale', "'0'")} END IF;
  INSERT INTO review_check (stage, bidder_id, item_id, member_id, passed, note, version)
    VALUES (p_stage, p_bidder, p_item, me, p_passed, p_note, 1);
  INSERT INTO audit_event (at, by, action, entity, key, old, new) VALUES (room_now(), me, 'create', 'check',
    room_key(p_stage, me, p_bidder, p_item), NULL, new_);
  RETURN 1;
END"""),
        fn("room_submit", "", "text", f"""DECLARE {_ME} at_ text := room_now();
BEGIN
  {_NEED_MEMBER}
  {_NOT_FINAL}
  {_open_sheet('me')}
  UPDATE member SET submitted_at = at_, submitted_by = me WHERE id = me;
  INSERT INTO audit_event (at, by, action, entity, key, old, new) VALUES (at_, me, 'submit', 'member',
    room_key(me), '{{"state":"open"}}', json_build_object('state', 'submitted', 'at', at_)::text);
  RETURN at_;
END"""),
        fn("room_my_cells", "", "TABLE(cell text, factor text, value text, version integer)", """
  SELECT CASE WHEN f.blind THEN c.code ELSE s.bidder_id END, s.factor_id, s.value, s.version
  FROM score s JOIN factor f ON f.id = s.factor_id LEFT JOIN blind_code c ON c.bidder_id = s.bidder_id
  WHERE s.member_id = room_me() ORDER BY s.id""", lang="sql", stable=True),
        fn("room_my_checks", "", "TABLE(stage text, bidder text, item text, version integer)", """
  SELECT stage, bidder_id, item_id, version FROM review_check WHERE member_id = room_me() ORDER BY id""",
           lang="sql", stable=True),
        fn("room_codes", "", "SETOF text", "SELECT code FROM blind_code WHERE on_sheet ORDER BY code", lang="sql",
           stable=True),
        fn("room_progress", "", "TABLE(member_id text, name text, filled bigint, verdicts bigint, "
           "submitted_at text)", """
  SELECT m.id, m.name, (SELECT count(*) FROM score s WHERE s.member_id = m.id),
         (SELECT count(*) FROM review_check c WHERE c.member_id = m.id), m.submitted_at
  FROM member m ORDER BY m.position""", lang="sql", stable=True),
        fn("room_last_change", "", "bigint", "SELECT COALESCE(max(seq), 0) FROM room_change", lang="sql",
           stable=True),
    ]


def agent_functions() -> list[str]:
    """The agent's guarded writes: lock, finalise, reopen, correct a submitted sheet."""
    correct_args = ("p_member text, p_bidder text, p_factor text, p_value text, p_version integer, p_reason text, "
                    "p_art64 text")
    same_rest = "(p_x::jsonb - '{final}') IS DISTINCT FROM (x_::jsonb - '{final}')"
    return [
        fn("room_lock", "", "void", f"""BEGIN
  {_NEED_AGENT}
  PERFORM 1 FROM project WHERE id = 1 FOR UPDATE;
END"""),
        fn("room_finalise", "p_x text, p_record text", "void", f"""DECLARE x_ text;
BEGIN
  {_NEED_AGENT}
  SELECT x INTO x_ FROM project WHERE id = 1 FOR UPDATE;
  {_NOT_FINAL}
  IF NOT room_all_submitted() THEN {raise_('sheets_open')} END IF;
  IF {same_rest.format(final='biddesk.final')} OR (p_x::jsonb -> 'biddesk.final') <> p_record::jsonb THEN
    {raise_('bad_record')}
  END IF;
  UPDATE project SET x = p_x WHERE id = 1;
  INSERT INTO audit_event (at, by, action, entity, key, old, new)
    VALUES (room_now(), 'agent', 'finalise', 'final', '[]', NULL, p_record);
END"""),
        fn("room_reopen", "p_x text, p_reason text, p_art64 text", "void", f"""DECLARE x_ text; old_ jsonb;
BEGIN
  {_NEED_AGENT}
  SELECT x INTO x_ FROM project WHERE id = 1 FOR UPDATE;
  IF NOT room_final() THEN {raise_('not_final')} END IF;
  IF btrim(COALESCE(p_reason, '')) = '' OR p_art64 IS NULL OR p_art64 NOT IN ({ART64_SQL}) THEN
    {raise_('reason_needed')}
  END IF;
  old_ := x_::jsonb -> 'biddesk.final';
  IF (p_x::jsonb) ? 'biddesk.final' AND jsonb_typeof(p_x::jsonb -> 'biddesk.final') = 'object' THEN
    {raise_('bad_record')}
  END IF;
  UPDATE project SET x = p_x WHERE id = 1;
  INSERT INTO audit_event (at, by, action, entity, key, old, new, reason, art64)
    VALUES (room_now(), 'agent', 'reopen', 'final', '[]', old_::text, NULL, btrim(p_reason), p_art64);
END"""),
        fn("room_correct", correct_args, "integer", f"""DECLARE by_ text := 'agent'; b text := p_bidder; r record;
  fmax numeric; ftype text; v jsonb; n numeric;
BEGIN
  {_NEED_AGENT}
  {_NOT_FINAL}
  IF (SELECT submitted_at FROM member WHERE id = p_member) IS NULL THEN {raise_('sheet_open', 'p_member')} END IF;
  IF btrim(COALESCE(p_reason, '')) = '' OR p_art64 IS NULL OR p_art64 NOT IN ({ART64_SQL}) THEN
    {raise_('reason_needed')}
  END IF;
  IF NOT EXISTS (SELECT 1 FROM bidder WHERE id = b) THEN {raise_('unknown_cell', 'p_bidder')} END IF;
  {_CHECK_VALUE}
  {_upsert_score('p_member', 'btrim(p_reason)', 'p_art64')}
END"""),
    ]


def grants(names: RoomNames) -> list[str]:
    """Who may call which function."""
    seats, agent = quoted(names.seats), quoted(names.agent)
    both = f"{seats}, {agent}"
    return [
        f"GRANT EXECUTE ON FUNCTION room_me(), room_is_agent(), room_all_submitted(), room_blind(text), "
        f"room_objective(text), room_final(), room_progress(), room_last_change() TO {both}",
        f"GRANT EXECUTE ON FUNCTION room_score(text, text, text, integer), room_check(text, text, text, boolean, "
        f"text, integer), room_submit(), room_my_cells(), room_my_checks(), room_codes() TO {seats}",
        f"GRANT EXECUTE ON FUNCTION room_lock(), room_finalise(text, text), room_reopen(text, text, text), "
        f"room_correct(text, text, text, text, integer, text, text) TO {agent}",
    ]
