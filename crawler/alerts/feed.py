"""The Atom feed of the newest announcements (feedgen), written after each run.

Entries are stories (their first new article: title, link, summary, partners as
categories) and source-health notices. The feed is rebuilt from the database
every time, so a run that could not write the file loses nothing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import storage
from crawler.alerts import messages
from crawler.config.settings import Config

FEED_ID = "urn:pantau:announcements"
_SUMMARY_CHARS = 400


def _summary(payload: dict[str, Any]) -> str:
    text = payload.get("description") or payload.get("text") or ""
    return text if len(text) <= _SUMMARY_CHARS else text[:_SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"


def render(notices: Sequence[storage.Notice], *, now: datetime | None = None) -> bytes:
    """The Atom document of ``notices`` (newest first)."""
    from feedgen.feed import FeedGenerator  # loaded only when a feed is made

    feed = FeedGenerator()
    feed.id(FEED_ID)
    feed.title("Pantau: sister-city and international-cooperation news")
    feed.subtitle("New stories found by Pantau, and the health of its sources")
    feed.updated(notices[0].created_at if notices else (now or datetime.now(UTC)))
    for notice in notices:
        entry = feed.add_entry(order="append")
        entry.title(messages.headline(notice))
        entry.updated(notice.created_at)
        payload = notice.payload
        if notice.kind == "story":
            entry.id(f"urn:pantau:story:{payload['url']}")
            entry.link(href=payload["url"])
            entry.author(name=payload["source"])
            if payload.get("published_at"):  # a day alone: Atom wants an instant
                published = payload["published_at"]
                entry.published(f"{published}T00:00:00+00:00" if len(published) == 10
                                else published)
            entry.summary(_summary(payload))
            for partner in payload.get("partners", []):
                entry.category(term=partner["country"],
                               label=f"{partner['name']}/{partner['country']}")
        else:
            entry.id(f"urn:pantau:notice:{notice.id}:{notice.created_at.isoformat()}")
            entry.author(name="pantau")
            entry.content(" — ".join(messages.details(notice)), type="text")
            entry.category(term=notice.kind)
    return bytes(feed.atom_str(pretty=True))


def build(engine: Any, config: Config) -> bytes:
    return render(storage.announcements(engine, config.alerts.feed_entries))


def write(engine: Any, config: Config) -> Path:
    """Rewrite ``[alerts] feed_file`` atomically (readers never see half a feed)."""
    path = Path(config.alerts.feed_file)
    document = build(engine, config)
    handle, temporary = tempfile.mkstemp(prefix=".pantau-feed-", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(document)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
