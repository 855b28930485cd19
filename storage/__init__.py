"""Pantau's storage: tables, migrations and every query. Imports nothing of
``crawler``, ``spiders`` or ``scheduler``: it knows tables, not crawling."""

from storage.articles import add_article, as_record, count_articles, get_article, search
from storage.engine import DEFAULT_URL, DatabaseError, forget_engines, open_database, sqlite_path
from storage.records import Filters, NewArticle, PartnerRecord, SourceCounts, SourceHealth
from storage.runs import (
    close_dead_runs,
    finish_run,
    last_runs,
    record_source_run,
    source_health,
    source_runs,
    start_run,
)
from storage.urls import known_urls, record_seen

__all__ = [
    "DEFAULT_URL",
    "DatabaseError",
    "Filters",
    "NewArticle",
    "PartnerRecord",
    "SourceCounts",
    "SourceHealth",
    "add_article",
    "as_record",
    "close_dead_runs",
    "count_articles",
    "finish_run",
    "forget_engines",
    "get_article",
    "known_urls",
    "last_runs",
    "open_database",
    "record_seen",
    "record_source_run",
    "search",
    "source_health",
    "source_runs",
    "sqlite_path",
    "start_run",
]
