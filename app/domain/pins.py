"""Who is at the keyboard on the single desk: a member's PIN, set by the agent when forming the committee.

Stored only as a salted PBKDF2-SHA256 hash (under the project's ``x``, ``biddesk.pins``: member id →
``pbkdf2-sha256$ITERATIONS$SALT$HASH``), never in an export's clear text, never in a package. A PIN is 4 to
12 digits: it keeps the committee's members apart at one keyboard, it is not a password against an attacker
who holds the file (the audit chain is what makes a change to the file evident).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any

from app.domain.problems import Problem

PINS = "biddesk.pins"
ITERATIONS = 120_000


def pin_problem(pin: str, path: str = "--pin") -> Problem | None:
    """Why a PIN is not acceptable, at ``path`` (None: it is)."""
    if not pin.isascii() or not pin.isdigit() or not 4 <= len(pin) <= 12:
        return Problem.of(path, "pins.four_to_twelve_digits", "a PIN is 4 to 12 digits")
    return None


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The stored form of a PIN."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"pbkdf2-sha256${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the PIN whose stored form is ``stored`` (constant-time)."""
    try:
        kind, iterations, salt, digest = stored.split("$")
        if kind != "pbkdf2-sha256" or not pin.isascii():
            return False
        again = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(again.hex(), digest)


def pins(extensions: dict[str, Any]) -> dict[str, str]:
    """The stored PINs by member id (empty when none is set)."""
    found = extensions.get(PINS)
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}
