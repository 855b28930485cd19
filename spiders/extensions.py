"""Scrapy extension that records each source's run in the database."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from sqlalchemy.exc import DBAPIError

import storage

logger = logging.getLogger(__name__)

_ERROR_STATS = ("pantau/problems", "pantau/article_errors", "pantau/extract_errors",
                "pantau/stage_failures")


class RunRecorder:
    """Opens a crawl run when none was given (``scrapy crawl``), and on close writes
    what the run did for this source: pages, articles seen, stored, errors."""

    def __init__(self, crawler: Any) -> None:
        url = crawler.settings.get("PANTAU_DB")
        if not url:
            raise NotConfigured("PANTAU_DB is not set")
        self.crawler = crawler
        self.db = storage.open_database(url)
        self.run_id: int | None = crawler.settings.getint("PANTAU_RUN_ID") or None
        self.own_run = self.run_id is None
        self.started = datetime.now(UTC)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecorder:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        if self.run_id is None:
            self.run_id = storage.start_run(
                self.db, [spider.source.name], when=self.started, trigger="scrapy"
            )
        self.crawler.stats.set_value("pantau/run_id", self.run_id)

    async def spider_closed(self, spider: Any, reason: str) -> None:
        counts = source_counts(spider, self.crawler.stats.get_stats(), reason, self.started)
        try:
            await asyncio.to_thread(self._record, counts)
        except DBAPIError as exc:  # a full disk: the summary still tells, from the stats
            logger.error("source %s: its run could not be recorded: %s", counts.source,
                         storage.explain(exc) or exc.orig)

    def _record(self, counts: storage.SourceCounts) -> None:
        storage.record_source_run(self.db, self.run_id, counts)
        if self.own_run:
            storage.finish_run(
                self.db, self.run_id, when=counts.finished_at,
                status="failed" if counts.status == "failed" else "ok",
            )


def source_counts(
    spider: Any, stats: dict[str, Any], reason: str, started: datetime
) -> storage.SourceCounts:
    """The summary figures of one source's crawl, from the crawler's stats."""
    problems = list(getattr(spider, "problems", []))
    if spider.skipped:
        status, error = "skipped", spider.skipped
    elif stats.get("pantau/stage_failures"):
        failed = int(stats["pantau/stage_failures"])
        status = "failed"
        error = (f"{stats.get('pantau/stage_failure')} ({failed} article(s) left for the "
                 "next run)")
    elif reason == "shutdown":  # Ctrl-C, SIGTERM, the daemon's time limit
        status = "interrupted"
        error = "; ".join(["interrupted before it finished; the next crawl takes up the rest",
                           *problems])
    elif reason != "finished":
        status, error = "failed", f"crawl ended early: {reason}"
    elif stats.get("pantau/routes_ok", 0) == 0:
        status, error = "failed", "; ".join(problems) or "no page could be fetched"
    else:
        status, error = "ok", "; ".join(problems) or None
    keep = {k: v for k, v in stats.items() if isinstance(v, int | float | str | bool)}
    return storage.SourceCounts(
        source=spider.source.name,
        status=status,
        started_at=started,
        finished_at=datetime.now(UTC),
        pages=int(stats.get("downloader/response_count", 0)),
        articles_seen=int(stats.get("pantau/articles_seen", 0)),
        stored=int(stats.get("pantau/stored", 0)),
        errors=sum(int(stats.get(key, 0)) for key in _ERROR_STATS),
        error=error,
        stats=keep,
    )
