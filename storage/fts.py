"""The full-text index over articles (SQLite FTS5), and turning user input into its queries.

The index is an external-content FTS5 table kept in sync by triggers. Alembic's
SQLite batch mode copies tables and silently drops triggers: a migration that
alters ``articles`` must call ``create`` and ``rebuild`` again.
"""

from __future__ import annotations

import re
from typing import Any

_CREATE = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
)
_DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TABLE IF EXISTS articles_fts",
)
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def create(execute: Any) -> None:
    """Create the index and its triggers; ``execute`` runs one SQL string."""
    for statement in _CREATE:
        execute(statement)


def drop(execute: Any) -> None:
    for statement in _DROP:
        execute(statement)


def rebuild(execute: Any) -> None:
    """Re-read every article into the index."""
    execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def match_query(text: str) -> str | None:
    """A safe FTS5 query from what a person typed: every term must occur.

    Each word becomes a quoted string and a "quoted phrase" stays a phrase, so
    FTS5 operators and stray punctuation (``pra-kerja``, an unbalanced quote,
    ``AND``) are searched as text instead of failing as syntax errors.
    """
    terms = []
    for phrase, word in _TERM.findall(_CONTROL.sub(" ", text)):
        term = (phrase or word).replace('"', " ").strip()
        if term:
            terms.append('"' + term + '"')
    return " ".join(terms) or None


def include_name(name: str | None, type_: str, _parents: Any = None) -> bool:
    """Alembic autogenerate filter: the FTS shadow tables are not models."""
    return not (type_ == "table" and name is not None and name.startswith("articles_fts"))
