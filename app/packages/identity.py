"""The project's side of packages: its unique id, the agency key pair and the bidders' blind codes.

All three are made on first need and never change afterwards:

* ``meta.project_uid``: a random UUID (hex) naming this project file; a return names it.
* ``meta.agency_private_key`` / ``meta.agency_public_key``: the agency's Ed25519 key pair (hex); it
  signs every package's manifest. The private key never leaves the project file.
* table ``blind_code``: each bidder's random code (five characters of ``ABCDEFGHJKLMNPQRSTUVWXYZ23456789``)
  under which blind (暗标) factors show it. The code-to-bidder key exists only in the project file.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange import jsontext
from app.packages.keys import KeyPair, fingerprint
from app.persistence.bids import BidderRow
from app.persistence.packages import PROJECT_TABLES, BlindCodeRow, ensure_tables, has_table
from app.persistence.schema import now_utc
from app.persistence.tender import MetaRow
from app.services.common import ProjectRef, add_event, entity_key, opened

UID_KEY = "project_uid"
AGENCY_PRIVATE_KEY = "agency_private_key"
AGENCY_PUBLIC_KEY = "agency_public_key"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 5


@dataclass(frozen=True)
class ProjectIdentity:
    """The project's uid and the agency key pair."""

    uid: str
    agency: KeyPair


def _meta(session: Session) -> dict[str, str]:
    return {k: v for k, v in session.execute(select(MetaRow.key, MetaRow.value))}


def read_identity(session: Session) -> ProjectIdentity | None:
    """The project's identity, or None when no package was ever exported (nothing is written)."""
    meta = _meta(session)
    uid, private = meta.get(UID_KEY), meta.get(AGENCY_PRIVATE_KEY)
    if uid is None or private is None:
        return None
    return ProjectIdentity(uid, KeyPair.from_private_hex(private))


def ensure_identity(session: Session, *, by: str) -> ProjectIdentity:
    """The project's identity, made (and audited) in the caller's write unit when the file has none yet."""
    found = read_identity(session)
    if found is not None:
        return found
    meta = _meta(session)
    uid = meta.get(UID_KEY) or uuid.uuid4().hex
    keys = KeyPair.generate()
    for key, value in ((UID_KEY, uid), (AGENCY_PRIVATE_KEY, keys.private_hex), (AGENCY_PUBLIC_KEY, keys.public_hex)):
        row = session.get(MetaRow, key)
        if row is None:
            session.add(MetaRow(key=key, value=value))
        else:
            row.value = value
    add_event(session, by=by, action="create", entity="package_keys", key=entity_key(), old=None,
              new=jsontext.dumps({"project_uid": uid, "agency_key": fingerprint(keys.public_hex)}))
    return ProjectIdentity(uid, keys)


def read_codes(session: Session) -> dict[str, str]:
    """The blind codes made so far, by bidder id (empty when none; nothing is written)."""
    if not has_table(session.connection(), BlindCodeRow.__tablename__):
        return {}
    return {b: c for b, c in session.execute(select(BlindCodeRow.bidder_id, BlindCodeRow.code))}


def _new_code(taken: set[str]) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def ensure_codes(session: Session, *, by: str) -> dict[str, str]:
    """Every bidder's blind code, making (and auditing, without the key) those missing; caller's write unit."""
    ensure_tables(session.connection(), PROJECT_TABLES)
    codes = read_codes(session)
    bidders = list(session.scalars(select(BidderRow.id).order_by(BidderRow.position)))
    missing = [b for b in bidders if b not in codes]
    if not missing:
        return codes
    taken = set(codes.values()) | set(bidders)
    made_at = now_utc()
    for bidder in missing:
        code = _new_code(taken)
        taken.add(code)
        codes[bidder] = code
        session.add(BlindCodeRow(bidder_id=bidder, code=code, made_at=made_at))
    session.flush()
    add_event(session, by=by, action="create", entity="blind_codes", key=entity_key(), old=None,
              new=jsontext.dumps({"bidders": len(missing)}))
    return codes


def blind_codes(project: ProjectRef, *, by: str = "biddesk") -> dict[str, str]:
    """Every bidder's code for blind (暗标) factors: random, unique, stable once made.

    Codes are made for bidders that have none yet (one audit event says how many, never which);
    a bidder's code never changes afterwards.

    Args:
        project: the project file or an open store.
        by: who is recorded in the audit log if codes are made.

    Returns:
        ``{bidder_id: code}`` for every bidder.
    """
    with opened(project) as store:
        with store.read() as session:
            codes = read_codes(session)
            bidders = set(session.scalars(select(BidderRow.id)))
        if bidders <= set(codes):
            return {b: c for b, c in codes.items() if b in bidders}
        with store.write() as session:
            return ensure_codes(session, by=by)


def project_uid(project: ProjectRef, *, by: str = "biddesk") -> str:
    """The project's unique id (made, with the agency key pair, on first need; never changed afterwards)."""
    with opened(project) as store:
        with store.read() as session:
            found = read_identity(session)
        if found is not None:
            return found.uid
        with store.write() as session:
            return ensure_identity(session, by=by).uid
