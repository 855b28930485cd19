"""Plain values that cross into and out of storage (no SQLAlchemy in them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class PartnerRecord:
    name: str
    country: str
    kind: str = "city"


@dataclass(frozen=True)
class NewArticle:
    """An on-topic article ready to store."""

    url: str
    canonical_url: str
    source: str
    title: str | None
    text: str
    fetched_at: datetime
    relevance: float
    matched: tuple[str, ...] = ()
    partners: tuple[PartnerRecord, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()
    stage: str | None = None
    indonesian_party: dict[str, Any] | None = None
    description: str | None = None
    author: str | None = None
    editor: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    image: str | None = None
    sitename: str | None = None
    extractor: str | None = None
    run_id: int | None = None


@dataclass(frozen=True)
class Filters:
    """What ``search`` selects; every field is optional."""

    query: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    sources: tuple[str, ...] = ()
    partner: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class SourceCounts:
    """What one run did for one source."""

    source: str
    status: str  # ok, failed, skipped
    started_at: datetime
    finished_at: datetime
    pages: int = 0
    articles_seen: int = 0
    stored: int = 0
    errors: int = 0
    error: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceHealth:
    source: str
    last_run: datetime | None = None
    last_status: str | None = None
    last_success: datetime | None = None
    last_new_article: datetime | None = None
    consecutive_failures: int = 0
    articles: int = 0
    last_error: str | None = None
