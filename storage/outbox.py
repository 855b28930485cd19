"""Announcements and the outbox that delivers them at least once.

After a crawl run, each new story (its new articles grouped) and each source-health
notice becomes one ``announcements`` row, and one ``outbox`` row per configured
channel, in one transaction: what is queued survives a crash or a receiver that is
down, and stays pending until a delivery step marks it sent. ``announced_articles``
records which articles an announcement covered, so none is announced twice;
``source_alerts`` holds the health alerts that are raised and not yet cleared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.orm import Session

from storage.articles import as_record
from storage.engine import reading, writing
from storage.models import (
    AnnouncedArticle,
    Announcement,
    Article,
    CrawlRun,
    OutboxMessage,
    SeenUrl,
    SourceAlert,
    SourceRun,
    StorySignature,
)

STORY = "story"
SOURCE_DOWN = "source_down"
SOURCE_UP = "source_up"


@dataclass(frozen=True)
class Notice:
    """An announcement as read back: ``payload`` is what the channels show."""

    id: int
    kind: str  # story, source_down, source_up
    run_id: int | None
    source: str | None
    created_at: datetime
    payload: dict[str, Any]


@dataclass(frozen=True)
class Pending:
    """One outbox message claimed for delivery."""

    id: int
    channel: str
    attempts: int
    notice: Notice


@dataclass(frozen=True)
class Activity:
    """When a source first ran, and when it last yielded a URL never seen before."""

    first_run: datetime | None
    last_new_url: datetime | None


def _notice(row: Announcement) -> Notice:
    return Notice(row.id, row.kind, row.run_id, row.source, row.created_at, dict(row.payload))


def _queue(session: Session, kind: str, payload: dict[str, Any], channels: Iterable[str],
           when: datetime, **columns: Any) -> int:
    announcement = Announcement(kind=kind, created_at=when, payload=payload, **columns)
    session.add(announcement)
    session.flush()
    session.add_all(
        OutboxMessage(announcement_id=announcement.id, channel=channel, created_at=when,
                      attempts=0)
        for channel in channels
    )
    return announcement.id


def _announced_stories(session: Session, story_ids: set[int]) -> dict[int, int | None]:
    """The stories among ``story_ids`` that have an announced article, with the
    announcement that covered it (None for articles stored before alerts existed)."""
    signed = session.execute(
        select(StorySignature.story_id, AnnouncedArticle.announcement_id)
        .join(AnnouncedArticle, AnnouncedArticle.article_id == StorySignature.article_id)
        .where(StorySignature.story_id.in_(story_ids))
    )
    heads = session.execute(
        select(AnnouncedArticle.article_id, AnnouncedArticle.announcement_id)
        .where(AnnouncedArticle.article_id.in_(story_ids))
    )
    return dict([*signed, *heads])


def enqueue_stories(engine: Engine, run_id: int, *, channels: Iterable[str], when: datetime,
                    tz: tzinfo | None = None) -> list[int]:
    """Announce the articles run ``run_id`` stored, and those of interrupted runs not
    announced yet: one announcement per story not announced before, queued on
    ``channels``. Returns the new announcements' ids, oldest story first."""
    channels = tuple(channels)
    with writing(engine) as session:
        articles = session.scalars(
            select(Article)
            .join(CrawlRun, CrawlRun.id == Article.run_id)
            .where(
                or_(Article.run_id == run_id, CrawlRun.status == "interrupted"),
                Article.id.not_in(select(AnnouncedArticle.article_id)),
            )
            .order_by(Article.id)
        ).all()
        stories: dict[int, list[Article]] = {}
        for article in articles:
            stories.setdefault(article.story_id, []).append(article)
        earlier = _announced_stories(session, set(stories))
        new = []
        for story_id, group in stories.items():
            if story_id in earlier:
                covered = earlier[story_id]
            else:
                payload = as_record(group[0], tz) | {"story_articles": [
                    {"id": a.id, "url": a.url, "source": a.source, "title": a.title}
                    for a in group
                ]}
                covered = _queue(session, STORY, payload, channels, when, run_id=run_id,
                                 story_id=story_id, source=group[0].source)
                new.append(covered)
            session.add_all(
                AnnouncedArticle(article_id=a.id, announcement_id=covered) for a in group
            )
        return new


def raised_alerts(engine: Engine) -> dict[str, tuple[datetime, str]]:
    """The raised source-health alerts: source -> (raised at, reason)."""
    with reading(engine) as session:
        return {
            row.source: (row.raised_at, row.reason)
            for row in session.scalars(select(SourceAlert))
        }


def raise_alert(engine: Engine, source: str, *, reason: str, payload: dict[str, Any],
                channels: Iterable[str], when: datetime, run_id: int | None = None
                ) -> int | None:
    """Raise ``source``'s health alert and queue its notice; None if already raised."""
    with writing(engine) as session:
        if session.get(SourceAlert, source) is not None:
            return None
        session.add(SourceAlert(source=source, raised_at=when, reason=reason))
        return _queue(session, SOURCE_DOWN, payload, channels, when, run_id=run_id,
                      source=source)


def clear_alert(engine: Engine, source: str, *, payload: dict[str, Any],
                channels: Iterable[str], when: datetime, run_id: int | None = None
                ) -> int | None:
    """Clear ``source``'s health alert and queue the recovery notice; None if none raised."""
    with writing(engine) as session:
        alert = session.get(SourceAlert, source)
        if alert is None:
            return None
        session.delete(alert)
        return _queue(session, SOURCE_UP, payload, channels, when, run_id=run_id,
                      source=source)


def source_activity(engine: Engine, names: Iterable[str]) -> dict[str, Activity]:
    """Per source: its first (not skipped) run, and the first sighting of its newest URL."""
    names = list(names)
    with reading(engine) as session:
        first = dict(session.execute(
            select(SourceRun.source, func.min(SourceRun.started_at))
            .where(SourceRun.source.in_(names), SourceRun.status != "skipped")
            .group_by(SourceRun.source)
        ).all())
        newest = dict(session.execute(
            select(SeenUrl.source, func.max(SeenUrl.first_seen))
            .where(SeenUrl.source.in_(names))
            .group_by(SeenUrl.source)
        ).all())
    return {name: Activity(first.get(name), newest.get(name)) for name in names}


def claim(engine: Engine, channel: str, *, now: datetime,
          lease: timedelta = timedelta(minutes=10)) -> list[Pending]:
    """Every pending message of ``channel``, oldest first, claimed until ``now + lease``
    so that a crawl process delivering at the same time leaves them alone."""
    with writing(engine) as session:
        rows = session.execute(
            select(OutboxMessage, Announcement)
            .join(Announcement, Announcement.id == OutboxMessage.announcement_id)
            .where(
                OutboxMessage.channel == channel,
                OutboxMessage.sent_at.is_(None),
                OutboxMessage.failed_at.is_(None),
                or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
            )
            .order_by(OutboxMessage.id)
        ).all()
        if rows:
            session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_([m.id for m, _ in rows]))
                .values(claimed_until=now + lease)
            )
        return [Pending(m.id, m.channel, m.attempts, _notice(a)) for m, a in rows]


def delivered(engine: Engine, ids: Iterable[int], *, when: datetime) -> None:
    with writing(engine) as session:
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(list(ids)))
            .values(sent_at=when, claimed_until=None, attempts=OutboxMessage.attempts + 1)
        )


def failed(engine: Engine, ids: Iterable[int], *, when: datetime, error: str,
           give_up: bool = False) -> None:
    """A delivery attempt failed: pending again (for the next run), or given up."""
    with writing(engine) as session:
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(list(ids)))
            .values(claimed_until=None, attempts=OutboxMessage.attempts + 1,
                    last_error=error[:2000], failed_at=when if give_up else None)
        )


def release(engine: Engine, ids: Iterable[int]) -> None:
    """Unclaim messages left for later (not attempted)."""
    with writing(engine) as session:
        session.execute(
            update(OutboxMessage).where(OutboxMessage.id.in_(list(ids)))
            .values(claimed_until=None)
        )


def pending_count(engine: Engine, channel: str | None = None) -> int:
    """Messages not yet delivered (nor given up), on one channel or all."""
    statement = select(func.count(OutboxMessage.id)).where(
        OutboxMessage.sent_at.is_(None), OutboxMessage.failed_at.is_(None)
    )
    if channel is not None:
        statement = statement.where(OutboxMessage.channel == channel)
    with reading(engine) as session:
        return int(session.scalar(statement) or 0)


def announcements(engine: Engine, limit: int = 50) -> list[Notice]:
    """The newest announcements, newest first (the Atom feed's entries)."""
    with reading(engine) as session:
        rows = session.scalars(
            select(Announcement).order_by(Announcement.id.desc()).limit(limit)
        ).all()
        return [_notice(row) for row in rows]
