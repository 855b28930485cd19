"""Alerts: after each crawl run, announce what is new and what broke.

``after_run`` is the one entry point (called by ``spiders.run.run_crawl``, so
manual and scheduled crawls both announce). It queues, in the database, one
announcement per new story and per source-health change, with an outbox message
per configured channel (``storage.outbox``); then it delivers everything pending,
from this run and from earlier ones whose receiver was down (``webhook``,
``digest``), and rewrites the Atom feed (``feed``). Delivery is at least once: a
message is marked sent only after its receiver took it. Nothing here makes a
crawl fail: problems are logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import storage
from crawler.alerts import digest, feed, health, webhook
from crawler.config.settings import Config
from crawler.config.sources import Source

log = logging.getLogger("pantau.alerts")


def channels(config: Config) -> tuple[str, ...]:
    """The outbox channels the user configured (the feed needs no outbox)."""
    alerts = config.alerts
    return tuple(name for name, on in ((webhook.CHANNEL, alerts.webhook_url),
                                       (digest.CHANNEL, alerts.smtp_host)) if on)


def queue(engine: Any, config: Config, run_id: int, counts: Iterable[storage.SourceCounts],
             sources: Iterable[Source], *, now: datetime) -> list[int]:
    """Queue this run's new stories and health changes; the new announcements' ids."""
    tz = ZoneInfo(config.display.timezone)
    on = channels(config)
    new = storage.enqueue_stories(engine, run_id, channels=on, when=now, tz=tz)
    names = [c.source for c in counts if c.status not in ("skipped", "interrupted")]
    by_name = {s.name: s for s in sources}
    new += health.assess(engine, config, names, by_name, on, now=now, run_id=run_id, tz=tz)
    return new


def deliver(engine: Any, config: Config, *, now: datetime,
            sleep: Callable[[float], None] = time.sleep) -> None:
    """Send what is pending on every configured channel, and rewrite the feed file."""
    steps: list[tuple[str, Callable[[], object]]] = []
    if config.alerts.webhook_url:
        steps.append(("webhook", lambda: webhook.deliver(engine, config, now=now, sleep=sleep)))
    if config.alerts.smtp_host:
        steps.append(("email", lambda: digest.deliver(engine, config, now=now)))
    if config.alerts.feed_file:
        steps.append(("feed", lambda: feed.write(engine, config)))
    for name, step in steps:
        try:
            step()
        except Exception:  # one channel's bug must not stop the others, nor the crawl
            log.exception("alerts: the %s channel failed", name)


def after_run(engine: Any, config: Config, result: Any, sources: Iterable[Source],
              *, now: datetime | None = None) -> None:
    """Announce run ``result`` (a ``CrawlResult``) and deliver; never raises."""
    now = now or datetime.now(UTC)
    try:
        queue(engine, config, result.run_id, result.sources, sources, now=now)
    except Exception:
        log.exception("alerts: could not queue the announcements of run %s", result.run_id)
    deliver(engine, config, now=now)
