"""The database comes from DATABASE_URL, and a malformed one fails with a plain message."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.base import database_from_env


def test_postgres_url_gives_postgres_with_health_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://acoge@127.0.0.1:15432/acoge")
    config = database_from_env()
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("127.0.0.1", 15432, "acoge")
    assert config["CONN_HEALTH_CHECKS"] is True


def test_no_url_gives_the_sqlite_file_in_immediate_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_from_env()
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_a_stray_line_before_the_url_is_refused_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    # What a script that printed a note on stdout before the URL once handed to CI.
    monkeypatch.setenv("DATABASE_URL", "Removed stale pid file.\npostgres://acoge@127.0.0.1/acoge")
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL must be one URL"):
        database_from_env()
