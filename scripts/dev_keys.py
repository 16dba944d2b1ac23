"""Create development secrets in var/dev.env if that file does not exist yet.

Never overwrites an existing file. Prints one line when it creates the file,
nothing otherwise. Values use only shell-safe characters, so the file can be
sourced by a shell (`set -a; . var/dev.env; set +a`) as well as read by Django.
"""

from __future__ import annotations

import os
import secrets
import string
import sys
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parent.parent
ENV_FILE = ROOT / "var" / "dev.env"
SECRET_CHARS = string.ascii_letters + string.digits + "-_"


def make_env() -> str:
    secret_key = "".join(secrets.choice(SECRET_CHARS) for _ in range(50))
    lines = [
        f"ACOGE_SECRET_KEY={secret_key}",
        f"ACOGE_FIELD_KEYS={Fernet.generate_key().decode('ascii')}",
        f"ACOGE_BLIND_INDEX_KEY={secrets.token_hex(32)}",
        f"ACOGE_AUDIT_IP_KEY={secrets.token_hex(32)}",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    if ENV_FILE.exists():
        return 0
    ENV_FILE.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never clobber a file created meanwhile; 0600: these are secrets.
    try:
        fd = os.open(ENV_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return 0
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(make_env())
    print(f"Created development keys in {ENV_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
