"""What the spider hands to the item pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class ArticlePage:
    """A fetched candidate article page; pipelines fill ``extracted``, ``verdict`` and
    ``signature``."""

    source: str
    url: str  # canonical form of the URL that was requested
    response_url: str
    html: bytes = field(repr=False)
    encoding: str | None  # the HTTP header's charset
    status: int
    fetched_at: datetime
    extracted: Any = None  # crawler.extract.article.Extracted, or None for "no article"
    verdict: Any = None  # crawler.relevance.classifier.Verdict
    signature: Any = None  # storage.Signature of an on-topic body (crawler.stories)
    region_code: str | None = None  # the source's region (Kemendagri code), stored with it
    place: Any = field(default=None, repr=False)  # spiders.inflight: a place until extracted


@dataclass(frozen=True)
class SeenPage:
    """An article URL whose outcome needs no extraction: not an HTML page
    (``no_article``) or a client error (``failed``). ``StorePipeline`` records it."""

    source: str
    url: str  # canonical
    state: str
    status: int | None
    fetched_at: datetime
