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
    region_code: str | None = None  # Kemendagri code of the source's region
    matched: tuple[str, ...] = ()
    partners: tuple[PartnerRecord, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()
    stage: str | None = None
    indonesian_party: dict[str, Any] | None = None
    description: str | None = None
    author: str | None = None
    editor: str | None = None
    published_at: datetime | None = None
    published_precision: str | None = None  # "time" or "date" (a day: midnight UTC)
    language: str | None = None
    image: str | None = None
    sitename: str | None = None
    extractor: str | None = None
    run_id: int | None = None
    signature: Signature | None = None  # None: the article is a story of its own


@dataclass(frozen=True)
class Signature:
    """The MinHash signature of an article body, with the scheme that made it.

    ``scheme`` names everything two signatures must share to be compared (library
    permutation scheme, number of values, seed, hash function, shingling, LSH
    banding); ``shingles`` is the size of the shingle set; ``bands`` are the LSH
    band hashes (signed 64-bit) that find candidates in SQL.
    """

    scheme: str
    values: tuple[int, ...]
    shingles: int
    bands: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.scheme:
            raise ValueError("a signature needs the name of its scheme")
        if not self.values or any(not 0 <= v < 1 << 64 for v in self.values):
            raise ValueError("signature values must be unsigned 64-bit integers")
        if self.shingles < 1:
            raise ValueError(f"a signature of {self.shingles} shingles")
        if any(not -(1 << 63) <= b < 1 << 63 for b in self.bands):
            raise ValueError("band hashes must be signed 64-bit integers")

    def resemblance(self, other: Signature) -> float:
        """How much of the smaller shingle set the other holds, estimated: MinHash
        gives the Jaccard similarity J, the set sizes turn it into the shared part
        |A∩B| = J(|A|+|B|)/(1+J), divided by the smaller set. A copy cut short, or
        one with a dateline or footer added, scores near 1; an unrelated article
        near 0."""
        if other.scheme != self.scheme or len(other.values) != len(self.values):
            raise ValueError(f"signatures of different schemes: {self.scheme} / {other.scheme}")
        jaccard = sum(a == b for a, b in zip(self.values, other.values, strict=True)) / len(
            self.values
        )
        shared = jaccard * (self.shingles + other.shingles) / (1 + jaccard)
        return min(1.0, shared / min(self.shingles, other.shingles))


@dataclass(frozen=True)
class Filters:
    """What ``search`` selects; every field is optional."""

    query: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    sources: tuple[str, ...] = ()
    partner: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 of a partner
    stage: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Judgement:
    """The classifier's verdict on an article, as stored with it."""

    relevance: float
    matched: tuple[str, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()
    partners: tuple[PartnerRecord, ...] = ()
    stage: str | None = None
    indonesian_party: dict[str, Any] | None = None


@dataclass(frozen=True)
class LabelRecord:
    """A person's judgement of the article at ``url`` (an article's ``url`` field)."""

    url: str
    relevant: bool
    labelled_at: datetime
    title: str | None = None
    text: str | None = None
    relevance: float | None = None


@dataclass(frozen=True)
class Candidate:
    """An article to judge again: a stored one (``article_id`` set) or an off-topic one
    whose body is still kept (``article_id`` None)."""

    url: str
    title: str | None
    text: str
    judgement: Judgement
    label: bool | None = None  # a person's judgement, when there is one
    article_id: int | None = None


@dataclass(frozen=True)
class SeenRecord:
    """What is left of a URL once its body is gone: url, title, score, dates."""

    url: str
    source: str
    state: str
    title: str | None
    relevance: float | None
    first_seen: datetime
    last_seen: datetime


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
