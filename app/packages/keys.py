"""Ed25519 keys and signatures (``cryptography``), canonical JSON and SHA-256: nothing hand-written.

Keys are kept as the hex text of their raw 32 bytes; signatures are 64 raw bytes. Canonical JSON
is ``json.dumps`` with sorted keys, no spaces and UTF-8 text: the same document always gives the
same bytes, so what is signed can be rebuilt and compared.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from app.domain.problems import Refused

SIGNATURE_BYTES = 64
KEY_HEX_CHARS = 64


@dataclass(frozen=True)
class KeyPair:
    """An Ed25519 key pair as hex text (raw 32-byte encodings)."""

    private_hex: str
    public_hex: str

    @classmethod
    def generate(cls) -> KeyPair:
        """A new random key pair (the operating system's random source, through OpenSSL)."""
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return cls(raw.hex(), key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex())

    @classmethod
    def from_private_hex(cls, private_hex: str) -> KeyPair:
        """The key pair of a stored private key.

        Raises:
            ValueError: not the hex text of a 32-byte Ed25519 private key.
        """
        key = _private(private_hex)
        return cls(private_hex, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex())

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``data``."""
        return _private(self.private_hex).sign(data)


def _private(private_hex: str) -> Ed25519PrivateKey:
    if len(private_hex) != KEY_HEX_CHARS:
        raise Refused("keys.ed_private_key_bytes", "an Ed25519 private key is 32 bytes")
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))


def verify(public_hex: str, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is the signature of ``data`` by the private key of ``public_hex``.

    Never raises: a malformed key or signature is simply not a valid signature.
    """
    try:
        if len(public_hex) != KEY_HEX_CHARS or len(signature) != SIGNATURE_BYTES:
            return False
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def canonical(doc: object) -> bytes:
    """The canonical UTF-8 JSON bytes of a document of str, int, bool, None, lists and dicts (no floats)."""
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of some bytes, as hex."""
    return hashlib.sha256(data).hexdigest()


def fingerprint(public_hex: str) -> str:
    """A short fingerprint of a public key to read aloud (the first 16 hex digits of its SHA-256, grouped)."""
    digest = sha256_hex(bytes.fromhex(public_hex))[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))
