import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_public_pages_send_a_strict_csp_and_the_other_security_headers(client):
    response = client.get("/es/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "camera=()" in response.headers["Permissions-Policy"]


def production_env(**extra) -> dict:
    test_only = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("ACOGE_") and k not in test_only}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ACOGE_SECRET_KEY="p" * 20 + "Q7#x" * 10,
        ACOGE_FIELD_KEYS=Fernet.generate_key().decode(),
        ACOGE_BLIND_INDEX_KEY="c" * 64,
        ACOGE_AUDIT_IP_KEY="d" * 64,
        ACOGE_ALLOWED_HOSTS="acoge.example.gob.cl",
        ACOGE_SQLITE_PATH="/tmp/acoge-deploy-check.sqlite3",
    )
    env.update(extra)
    return env


def manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_field_keys():
    env = production_env()
    del env["ACOGE_FIELD_KEYS"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "ACOGE_FIELD_KEYS" in result.stderr
