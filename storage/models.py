"""Tables. The schema itself is built by the migrations in ``storage/migrations``;
these models describe it for queries (a test checks that the two agree)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as UTC text so they sort."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Pantau stores aware datetimes only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON
    }


class CrawlRun(Base):
    """One invocation of a crawl (manual or scheduled), over one or more sources."""

    __tablename__ = "crawl_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))  # running, ok, partial, failed
    trigger: Mapped[str] = mapped_column(String(16))  # manual, scheduled
    pid: Mapped[int | None]
    sources: Mapped[list[Any]] = mapped_column(JSON)
    source_runs: Mapped[list[SourceRun]] = relationship(back_populates="run")


class SourceRun(Base):
    """What one run did for one source: the figures of the summary table."""

    __tablename__ = "source_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))  # ok, failed, skipped
    pages: Mapped[int] = mapped_column(Integer, default=0)
    articles_seen: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    run: Mapped[CrawlRun] = relationship(back_populates="source_runs")


class Article(Base):
    """An on-topic article, stored with its clean body and why it was kept."""

    __tablename__ = "articles"
    # every article's date in id order: merged with a full-text list (migration 0011)
    __table_args__ = (Index("ix_articles_id_published_at", "id", "published_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    # the Kemendagri code of the source's region ("35.78"); None: no region, or older rows
    region_code: Mapped[str | None] = mapped_column(String(8), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    # "time", "date" (a day alone, held as midnight UTC of it), None (unknown: older rows)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(8))
    image: Mapped[str | None] = mapped_column(Text)
    sitename: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str | None] = mapped_column(String(32))
    fetched_at: Mapped[datetime]
    relevance: Mapped[float] = mapped_column(Float)
    matched: Mapped[list[Any]] = mapped_column(JSON)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    stage: Mapped[str | None] = mapped_column(String(16), index=True)
    indonesian_party: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    partners: Mapped[list[ArticlePartner]] = relationship(
        back_populates="article", order_by="ArticlePartner.position", lazy="selectin"
    )
    label: Mapped[Label | None] = relationship(
        primaryjoin="Article.url == foreign(Label.url)", viewonly=True, lazy="selectin"
    )

    story: Mapped[StorySignature | None] = relationship(viewonly=True, lazy="selectin")

    @property
    def story_id(self) -> int:
        """The story this article belongs to: the id of the story's first article
        (its own id when it has no signature, or no earlier copy)."""
        return self.story.story_id if self.story is not None else self.id


class ArticlePartner(Base):
    """A foreign place an article names as partner (one row each, for filters and facets)."""

    __tablename__ = "article_partners"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    article: Mapped[Article] = relationship(back_populates="partners")


class StorySignature(Base):
    """The MinHash signature of a stored article's body, with its scheme, and the
    story the article joined when it was stored (``story_id``: the id of the story's
    first article). Signatures of different schemes are never compared."""

    __tablename__ = "story_signatures"
    # the articles that joined an earlier article's story, in id order (migration 0011)
    __table_args__ = (Index("ix_story_signatures_joined", "article_id", "story_id",
                            sqlite_where=sql_text("story_id != article_id")),)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[int] = mapped_column(Integer, index=True)
    scheme: Mapped[str] = mapped_column(Text)
    shingles: Mapped[int] = mapped_column(Integer)
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # unsigned 64-bit little-endian


class StoryBand(Base):
    """One LSH band hash of a signature: articles sharing one are candidates."""

    __tablename__ = "story_bands"
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_with_rowid": False}
    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SeenUrl(Base):
    """Every article URL Pantau has dealt with, so a later crawl does not fetch it again.

    state: stored (kept as an Article), off_topic, no_article (not an article page),
    failed (client errors so far; known once ``failures`` reaches the limit).
    """

    __tablename__ = "seen_urls"
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    state: Mapped[str] = mapped_column(String(16))
    http_status: Mapped[int | None]
    failures: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str | None] = mapped_column(Text)
    relevance: Mapped[float | None] = mapped_column(Float)
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class OffTopicArticle(Base):
    """An article judged off topic, kept whole for ``[relevance] keep_off_topic_days``
    so that ``pantau reclassify`` or ``pantau mark`` can still promote it; then purged,
    and only its ``seen_urls`` row (url, title, score, dates) remains."""

    __tablename__ = "off_topic_articles"
    url: Mapped[str] = mapped_column(Text, primary_key=True)  # as seen_urls.url
    canonical_url: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(100))
    region_code: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None]
    published_precision: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str | None] = mapped_column(String(8))
    image: Mapped[str | None] = mapped_column(Text)
    sitename: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str | None] = mapped_column(String(32))
    fetched_at: Mapped[datetime]
    relevance: Mapped[float] = mapped_column(Float)
    judged_at: Mapped[datetime] = mapped_column(index=True)  # the retention clock starts here
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


class Label(Base):
    """A person's judgement of one article (``pantau mark``): it overrides the classifier
    for that article, and stays as a labelled case when the body itself is purged."""

    __tablename__ = "labels"
    url: Mapped[str] = mapped_column(Text, primary_key=True)  # the article's url
    relevant: Mapped[bool] = mapped_column(Boolean)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    relevance: Mapped[float | None] = mapped_column(Float)  # the classifier's score then
    labelled_at: Mapped[datetime]


class Announcement(Base):
    """Something to tell the user: a new story (``kind="story"``, its first new article's
    record and the story's other new articles in ``payload``), or a source-health
    notice (``source_down``, ``source_up``). The Atom feed lists the newest."""

    __tablename__ = "announcements"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # story, source_down, source_up
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    source: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class AnnouncedArticle(Base):
    """An article an announcement covers, so that it is announced once."""

    __tablename__ = "announced_articles"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    announcement_id: Mapped[int | None] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE")
    )


class OutboxMessage(Base):
    """One announcement still to deliver (or delivered) on one channel (webhook, email).

    Pending while ``sent_at`` and ``failed_at`` are empty; a delivery step claims it
    until ``claimed_until`` so that two crawl processes do not both send it."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    failed_at: Mapped[datetime | None]  # given up: the receiver refused it for good
    last_error: Mapped[str | None] = mapped_column(Text)


class SourceAlert(Base):
    """A source-health alert that is raised and not yet cleared (one row per source)."""

    __tablename__ = "source_alerts"
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    raised_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)

class Route(Base):
    """A way into a source's articles: a feed, a sitemap or a listing template,
    found by discovery (``kind="discovered"`` marks when discovery last ran)."""

    __tablename__ = "routes"
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # feed, sitemap, listing, discovered
    found_at: Mapped[datetime]


class HttpValidator(Base):
    """The ETag and Last-Modified of a feed, sitemap or listing page, for the
    conditional request of the next crawl (a 304 costs nothing)."""

    __tablename__ = "http_validators"
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime]


class FrontierUrl(Base):
    """A URL a crawl decided to fetch and has not dealt with yet: an article page
    (``kind="article"``) or the next page of a listing (``kind="listing"``, with its
    template and number). Written before the request is made and deleted when its
    outcome is recorded, so a crawl cut short at any moment leaves what it did not
    reach to the next one; ``attempts`` counts the runs that asked for it since."""

    __tablename__ = "frontier"
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    template: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime]
