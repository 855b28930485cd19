"""One crawl: every given source in one Scrapy process, one crawler per source.

The run is recorded before the reactor starts; each source's figures are written
by ``spiders.extensions.RunRecorder`` when its spider closes, so a crash loses
at most the summary of the sources still running. The result is read back from
the database, which is the single record of what happened.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import storage
from crawler.alerts import announce
from crawler.config.settings import Config
from crawler.config.sources import Source
from spiders.settings import scrapy_settings
from storage.locks import process_alive

ProgressCallback = Callable[[str, dict[str, Any]], None]
_POLL_SECONDS = 0.25


@dataclass(frozen=True)
class CrawlResult:
    run_id: int
    status: str  # ok, partial, failed
    sources: tuple[storage.SourceCounts, ...]

    @property
    def exit_code(self) -> int:
        """0: every source crawled; 2: some failed; 1: all failed."""
        return {"ok": 0, "partial": 2}.get(self.status, 1)


def run_status(counts: tuple[storage.SourceCounts, ...]) -> str:
    failed = sum(c.status == "failed" for c in counts)
    if failed == 0:
        return "ok"
    return "failed" if failed == len(counts) else "partial"


def run_crawl(
    sources: tuple[Source, ...],
    config: Config,
    db_url: str,
    *,
    sources_file: str | None = None,
    trigger: str = "manual",
    on_progress: ProgressCallback | None = None,
    log_level: str = "WARNING",
    since: datetime | None = None,
) -> CrawlResult:
    """Crawl ``sources`` into the database at ``db_url``; blocks until done.

    ``since`` backfills: listings are paged back to articles older than it.
    Must run at most once per process: Twisted's reactor cannot be restarted.
    """
    from scrapy.crawler import AsyncCrawlerProcess

    from spiders.news import NewsSpider

    engine = storage.open_database(db_url)
    started = datetime.now(UTC)
    storage.close_dead_runs(engine, process_alive, when=started)
    run_id = storage.start_run(
        engine, [s.name for s in sources], when=started, trigger=trigger, pid=os.getpid()
    )
    settings = scrapy_settings(
        config, db_url=db_url, sources_file=sources_file, run_id=run_id, log_level=log_level
    )
    process = AsyncCrawlerProcess(settings)
    crawlers = {}
    for source in sources:
        crawler = process.create_crawler(NewsSpider)
        crawlers[source.name] = crawler
        process.crawl(crawler, source=source, since=since)
    if on_progress is not None:
        asyncio.get_event_loop().create_task(_report(crawlers, process, on_progress))
    process.start()
    result = _result(engine, run_id, sources, started)
    keep = timedelta(days=config.relevance.keep_off_topic_days)
    storage.purge_off_topic(engine, before=datetime.now(UTC) - keep)
    announce.after_run(engine, config, result, sources)
    return result


async def _report(crawlers: dict[str, Any], process: Any, callback: ProgressCallback) -> None:
    while True:
        for name, crawler in crawlers.items():
            callback(name, crawler.stats.get_stats() if crawler.stats else {})
        if not process.crawlers:
            return
        await asyncio.sleep(_POLL_SECONDS)


def _result(
    engine: Any, run_id: int, sources: tuple[Source, ...], started: datetime
) -> CrawlResult:
    recorded = {c.source: c for c in storage.source_runs(engine, run_id)}
    now = datetime.now(UTC)
    counts = tuple(
        recorded.get(s.name)
        or storage.SourceCounts(
            source=s.name, status="failed", started_at=started, finished_at=now,
            error="the crawl stopped before this source finished",
        )
        for s in sources
    )
    status = run_status(counts)
    storage.finish_run(engine, run_id, when=now, status=status)
    return CrawlResult(run_id=run_id, status=status, sources=counts)


def discover_routes(source: Source, config: Config) -> dict[str, list[str]]:
    """Find the feeds, sitemaps and listing templates of ``source``'s home page,
    fetching no article (``pantau sources discover``). Once per process, like a crawl."""
    import tempfile

    from scrapy.crawler import AsyncCrawlerProcess

    from spiders.news import NewsSpider

    with tempfile.TemporaryDirectory(prefix="pantau-discover-") as folder:
        db_url = f"sqlite:///{folder}/discover.db"
        engine = storage.open_database(db_url)
        process = AsyncCrawlerProcess(scrapy_settings(config, db_url=db_url))
        process.crawl(process.create_crawler(NewsSpider), source=source, discover_only=True)
        process.start()
        routes = storage.routes_of(engine, source.name)
        problems = [c.error for c in storage.source_runs(engine, 1) if c.error]
        storage.forget_engines()
    if problems and not any(routes.values()):
        raise RuntimeError(problems[0])
    return routes
