"""Site search over the public pages every app registers, in Spanish, English and Haitian
Creole, on SQLite (FTS5) and PostgreSQL (full-text search) with the same results.

Each app registers a `SearchSource` whose `documents()` yields what it publishes, read in the
current language; `reindex()` stores one `SearchEntry` per page and language. Words are folded
(case and accents: "migración" and "migracion" are one word) and then stemmed with the Snowball
stemmer of the language (the algorithm PostgreSQL's own `spanish` configuration uses), so
"migrantes" finds "migrante" on both databases. On SQLite an FTS5 table over the entries
(migration 0006) ranks with bm25; on PostgreSQL `to_tsvector('simple', …)` over the same
stemmed words ranks with `ts_rank`. Titles weigh more than bodies. Each query word also
matches as a prefix ("emb" finds "embarazo") once it has three letters.

Staff changes call `source_changed(key)`: the source is rebuilt when the change commits; every
source is rebuilt each night (`core.search_reindex`) and by `manage.py reindex_search`.
"""

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import snowballstemmer
from django.conf import settings
from django.db import connection, transaction
from django.utils import translation
from django.utils.functional import Promise

from .models import SearchEntry

logger = logging.getLogger("acoge.search")

STEMMERS = {"es": "spanish", "en": "english"}  # Haitian Creole: folded, not stemmed
MAX_TERMS = 8
MIN_PREFIX = 3
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Document:
    key: str
    title: str
    text: str
    url: str
    summary: str = ""


@dataclass(frozen=True)
class SearchSource:
    key: str
    label: Promise | str
    documents: Callable[[], Iterable[Document]]  # read in the active language


_SOURCES: dict[str, SearchSource] = {}


def register(source: SearchSource) -> None:
    _SOURCES[source.key] = source


def sources() -> list[SearchSource]:
    return list(_SOURCES.values())


def source_label(key: str) -> Promise | str:
    return _SOURCES[key].label if key in _SOURCES else key


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _stemmer(language: str) -> Any:
    name = STEMMERS.get(language)
    return snowballstemmer.stemmer(name) if name else None


def terms(text: str, language: str) -> list[str]:
    """The searchable words of a text: folded, then stemmed in its language."""
    words = _WORD.findall(fold(text))
    stemmer = _stemmer(language)
    return stemmer.stemWords(words) if stemmer else words


def reindex(key: str | None = None) -> int:
    """Rebuild one source's entries (every source's without a key); returns how many."""
    chosen = [_SOURCES[key]] if key else sources()
    written = 0
    with transaction.atomic():
        for source in chosen:
            _lock(source.key)
            SearchEntry.objects.filter(source=source.key).delete()
            entries = []
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    for document in source.documents():
                        entries.append(
                            SearchEntry(
                                source=source.key,
                                key=document.key,
                                language=language,
                                title=document.title[:300],
                                summary=document.summary,
                                url=document.url,
                                title_terms=" ".join(terms(document.title, language)),
                                body_terms=" ".join(terms(document.text, language)),
                            )
                        )
            SearchEntry.objects.bulk_create(entries)
            written += len(entries)
    return written


def _lock(key: str) -> None:
    """One rebuild of a source at a time. SQLite's IMMEDIATE transactions already run one at a
    time; PostgreSQL takes a lock on the source's name until the transaction ends."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"search:{key}"])


def source_changed(key: str) -> None:
    """Staff changed what a source publishes: rebuild it once the change is committed. A
    rebuild that fails is logged; the nightly rebuild (core.search) repairs it."""
    transaction.on_commit(lambda: reindex(key), robust=True)


def reindex_all() -> int:
    """Every source (the nightly task, and `manage.py reindex_search`)."""
    count = reindex()
    logger.info("search: %s entries indexed", count)
    return count


def _query_terms(text: str, language: str) -> list[str]:
    """Her words, each once, at most MAX_TERMS (the form allows 100 characters)."""
    return list(dict.fromkeys(term for term in terms(text, language) if term))[:MAX_TERMS]


def search(text: str, *, language: str, limit: int = 50) -> list[SearchEntry]:
    """The entries of `language` holding every word of `text`, best first."""
    words = _query_terms(text, language)
    if not words:
        return []
    if connection.vendor == "postgresql":
        ids = _postgresql(words, language, limit)
    else:
        ids = _sqlite(words, language, limit)
    found = SearchEntry.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def _prefixed(word: str, star: str) -> str:
    return f"{word}{star}" if len(word) >= MIN_PREFIX else word


def _sqlite(words: list[str], language: str, limit: int) -> list[int]:
    # Each word quoted (FTS5 syntax never comes from her), all required.
    match = " AND ".join(_prefixed(f'"{word}"', "*") for word in words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id FROM core_searchentry_fts f JOIN core_searchentry e ON e.id = f.rowid"
            " WHERE core_searchentry_fts MATCH %s AND e.language = %s"
            " ORDER BY bm25(core_searchentry_fts, 10.0, 1.0) LIMIT %s",
            [match, language, limit],
        )
        return [row[0] for row in cursor.fetchall()]


def _postgresql(words: list[str], language: str, limit: int) -> list[int]:
    # Words are \w+ runs already; to_tsquery gets them joined by & with a prefix mark.
    query = " & ".join(_prefixed(word, ":*") for word in words)
    vector = (
        "setweight(to_tsvector('simple', e.title_terms), 'A')"
        " || setweight(to_tsvector('simple', e.body_terms), 'B')"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT e.id FROM core_searchentry e, to_tsquery('simple', %s) q"  # noqa: S608
            f" WHERE e.language = %s AND {vector} @@ q"
            f" ORDER BY ts_rank({vector}, q) DESC, e.id LIMIT %s",
            [query, language, limit],
        )
        return [row[0] for row in cursor.fetchall()]
