"""Reference codes people read aloud, and private-link tokens stored only as hashes."""

import hashlib
import secrets

# Reference codes avoid characters people confuse (0/O, 1/I/L, 5/S, 2/Z, 8/B).
REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
REFERENCE_LENGTH = 6


def new_reference(length: int = REFERENCE_LENGTH) -> str:
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))


def clean_reference(value: str) -> str:
    """A reference as typed ("k7p-4qx ") in the stored form ("K7P4QX")."""
    return "".join(ch for ch in value if ch.isalnum()).upper()


def new_token() -> str:
    """A private-link token: shown once, stored only as `hash_token(token)`."""
    return secrets.token_urlsafe(24)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
