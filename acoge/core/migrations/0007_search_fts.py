"""SQLite: the FTS5 table the site search matches (acoge/core/search.py), kept in step with
core_searchentry by triggers. PostgreSQL needs nothing: it searches the same columns."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE core_searchentry_fts USING fts5("
    "title_terms, body_terms, content='core_searchentry', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER core_searchentry_ai AFTER INSERT ON core_searchentry BEGIN"
    " INSERT INTO core_searchentry_fts(rowid, title_terms, body_terms)"
    " VALUES (new.id, new.title_terms, new.body_terms); END",
    "CREATE TRIGGER core_searchentry_ad AFTER DELETE ON core_searchentry BEGIN"
    " INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, title_terms, body_terms)"
    " VALUES ('delete', old.id, old.title_terms, old.body_terms); END",
    "CREATE TRIGGER core_searchentry_au AFTER UPDATE ON core_searchentry BEGIN"
    " INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, title_terms, body_terms)"
    " VALUES ('delete', old.id, old.title_terms, old.body_terms);"
    " INSERT INTO core_searchentry_fts(rowid, title_terms, body_terms)"
    " VALUES (new.id, new.title_terms, new.body_terms); END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS core_searchentry_au",
    "DROP TRIGGER IF EXISTS core_searchentry_ad",
    "DROP TRIGGER IF EXISTS core_searchentry_ai",
    "DROP TABLE IF EXISTS core_searchentry_fts",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0006_search_entry")]

    operations = [migrations.RunPython(_run(SQLITE), _run(SQLITE_REVERSE))]
