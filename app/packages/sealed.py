"""The sealed return file (``biddesk-return/1``): a member's scores, signed with their package's key.

The file is three lines of UTF-8 text, each ended by ``\\n``::

    biddesk-return/1 <package id: 32 hex digits>
    <payload: canonical JSON, one line>
    ed25519 <signature: 128 lowercase hex digits>

The signature is Ed25519 over the first two lines exactly as they stand (newlines included), made
with the member key of the package. Every byte of the file is thus either signed (lines 1–2) or
held to one exact form (line 3 and the three newlines): changing, adding or removing any byte makes
the file refused. The package id stands outside the payload so the importer can find the public key
to verify with before it reads anything else; it is signed too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from app.domain.art64 import ART64
from app.domain.problems import Problem
from app.packages import errors as pe
from app.packages.keys import KeyPair, canonical, verify

FORMAT = "biddesk-return/1"
#: A return file larger than this is refused unread (a real one is a few hundred bytes per score).
MAX_BYTES = 64 * 1024 * 1024
_HEAD = re.compile(rb"biddesk-return/1 ([0-9a-f]{32})")
_SEAL = re.compile(rb"ed25519 ([0-9a-f]{128})")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
MAX_SEQUENCE = 2**62


@dataclass(frozen=True)
class ReturnedScore:
    """One score of a return: the bidder (its id, or its code for a blind factor), the factor, the value.

    ``value`` is the JSON text of the value as the package stored it; ``reason``/``art64`` are those the
    member gave for the last change of the score in the package, if any.
    """

    bidder: str
    factor: str
    value: str
    reason: str | None = None
    art64: str | None = None


@dataclass(frozen=True)
class ReturnPayload:
    """What a return file says (its payload)."""

    package_id: str
    project_uid: str
    member: str
    manifest_sha256: str
    sequence: int
    created_at: str
    submitted: bool
    by: str
    scores: tuple[ReturnedScore, ...]

    def to_doc(self) -> dict[str, Any]:
        """The payload as a JSON document."""
        return {
            "format": FORMAT, "package_id": self.package_id, "project_uid": self.project_uid,
            "member": self.member, "manifest_sha256": self.manifest_sha256, "sequence": self.sequence,
            "created_at": self.created_at, "submitted": self.submitted, "by": self.by,
            "scores": [
                {"bidder": s.bidder, "factor": s.factor, "value": s.value, "reason": s.reason, "art64": s.art64}
                for s in self.scores
            ],
        }


@dataclass(frozen=True)
class SealedReturn:
    """A return file split into its parts (the seal not yet checked)."""

    package_id: str
    signed: bytes
    payload: bytes
    signature: bytes

    def verifies(self, public_hex: str) -> bool:
        """Whether the seal is the package member key's signature of the signed lines."""
        return verify(public_hex, self.signature, self.signed)


def seal(payload: ReturnPayload, key: KeyPair) -> bytes:
    """The bytes of the return file of a payload, signed with the package's member key."""
    return seal_bytes(payload.package_id, canonical(payload.to_doc()), key)


def seal_bytes(package_id: str, payload: bytes, key: KeyPair) -> bytes:
    """The return file of raw payload bytes (one line of JSON) for a package id."""
    signed = f"{FORMAT} {package_id}\n".encode() + payload + b"\n"
    return signed + b"ed25519 " + key.sign(signed).hex().encode() + b"\n"


def unseal(data: bytes, where: str) -> SealedReturn:
    """Split a return file into its parts, holding each to its one exact form.

    Raises:
        PackageError: not a return file (``not_a_return``) or damaged (``tampered``).
    """
    if len(data) > MAX_BYTES:
        raise pe.PackageError(pe.NOT_A_RETURN, where, f"too large for a return file ({len(data)} bytes)")
    if not data.startswith(FORMAT.encode()):
        raise pe.PackageError(pe.NOT_A_RETURN, where, f"not a return file (it does not begin with {FORMAT})")
    if b"\r" in data:
        lf = data.replace(b"\r\n", b"\n")
        changed = "line endings (CR LF instead of LF, as a mail program or a text editor writes them)" \
            if len(lf.split(b"\n")) == 4 and b"\r" not in lf else "line endings"
        raise pe.PackageError(pe.TAMPERED, where, f"the file was changed in transit: {changed}; ask the member for "
                                                  "the return file again, sent as an attachment, unopened")
    lines = data.split(b"\n")
    if len(lines) != 4 or lines[3] != b"":
        raise pe.PackageError(pe.TAMPERED, where, "the return file is damaged or was altered (it is not three "
                                                  "lines each ended by a newline)")
    head, payload, seal_line = lines[0], lines[1], lines[2]
    head_match = _HEAD.fullmatch(head)
    seal_match = _SEAL.fullmatch(seal_line)
    if head_match is None:
        raise pe.PackageError(pe.TAMPERED, where, "the return file is damaged or was altered (its first line "
                                                  "is not the format and a package id)")
    if seal_match is None or not payload:
        raise pe.PackageError(pe.TAMPERED, where, "the return file is damaged or was altered (its seal line "
                                                  "is not an Ed25519 signature)")
    return SealedReturn(head_match.group(1).decode(), head + b"\n" + payload + b"\n", payload,
                        bytes.fromhex(seal_match.group(1).decode()))


def _text(doc: dict[str, Any], key: str, problems: list[str], pattern: re.Pattern[str] | None = None) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value or (pattern is not None and not pattern.fullmatch(value)):
        problems.append(f"payload.{key}: missing or not a valid text")
        return ""
    return value


def _optional(doc: dict[str, Any], key: str, where: str, problems: list[str]) -> str | None:
    value = doc.get(key)
    if value is not None and not isinstance(value, str):
        problems.append(f"{where}.{key}: not a text")
        return None
    return value


def read_payload(payload: bytes, where: str) -> ReturnPayload:
    """The payload of a return whose seal verified, every field checked for its type.

    Raises:
        PackageError: ``bad_content``, every problem listed with its place in the payload.
    """
    try:
        doc = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise pe.PackageError(pe.BAD_CONTENT, where, f"the return's payload is not readable JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise pe.PackageError(pe.BAD_CONTENT, where, "the return's payload is not a JSON object")
    problems: list[str] = []
    if doc.get("format") != FORMAT:
        problems.append(f"payload.format: not {FORMAT}")
    package_id = _text(doc, "package_id", problems, _HEX32)
    project_uid = _text(doc, "project_uid", problems, _HEX32)
    member = _text(doc, "member", problems)
    manifest = _text(doc, "manifest_sha256", problems, _HEX64)
    created_at = _text(doc, "created_at", problems)
    by = _text(doc, "by", problems)
    sequence = doc.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 0 < sequence < MAX_SEQUENCE:
        problems.append("payload.sequence: not a positive whole number")
        sequence = 0
    submitted = doc.get("submitted")
    if not isinstance(submitted, bool):
        problems.append("payload.submitted: not true or false")
        submitted = False
    entries = doc.get("scores")
    scores: list[ReturnedScore] = []
    seen: set[tuple[str, str]] = set()
    if not isinstance(entries, list):
        problems.append("payload.scores: not a list")
        entries = []
    for i, entry in enumerate(entries):
        at = f"payload.scores[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{at}: not an object")
            continue
        bidder, factor, value = entry.get("bidder"), entry.get("factor"), entry.get("value")
        if not isinstance(bidder, str) or not isinstance(factor, str) or not isinstance(value, str):
            problems.append(f"{at}: bidder, factor and value must be texts")
            continue
        reason, art64 = _optional(entry, "reason", at, problems), _optional(entry, "art64", at, problems)
        if art64 is not None and art64 not in ART64:
            problems.append(f"{at}.art64: {art64} is not one of {', '.join(ART64)}")
        if (bidder, factor) in seen:
            problems.append(f"{at}: bidder {bidder} factor {factor} given twice")
        seen.add((bidder, factor))
        scores.append(ReturnedScore(bidder, factor, value, reason, art64))
    if problems:
        raise pe.PackageError(pe.BAD_CONTENT, where, "the return's content cannot be merged",
                              [Problem(where, p) for p in problems[:20]])
    return ReturnPayload(package_id, project_uid, member, manifest, sequence, created_at, submitted, by,
                         tuple(scores))
