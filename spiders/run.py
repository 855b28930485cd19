"""One crawl: every given source in one Scrapy process, one crawler per source.

At most ``[crawl] sources_at_once`` crawlers are alive at once (``_Window``): the
first ones start with the event loop and each one that finishes starts the next
source, so a round of 600 sources holds a few dozen crawlers, not 600.

The run is recorded before the reactor starts; each source's figures are written
by ``spiders.extensions.RunRecorder`` when its spider closes, so a crash loses
at most the summary of the sources still running. The result is read back from
the database, which is the single record of what happened.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import os
import signal
from collections import deque
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
_M_ARENA_MAX = -8  # glibc's mallopt parameter
_ARENAS = 2


def limit_malloc_arenas(arenas: int = _ARENAS) -> bool:
    """Have glibc's malloc keep at most ``arenas`` heaps (default: 8 per core).

    The crawl process's threads (the database's, Twisted's resolver's, the pool's
    queue feeders) each get a heap of their own, and memory freed in one is not
    given back while any block in it lives: 20-25 MB more at the peak of a crawl,
    for no speed (the threads mostly wait). As ``MALLOC_ARENA_MAX=2``, set before
    the first thread starts. False where the C library is not glibc.
    """
    try:
        return bool(ctypes.CDLL(None).mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # musl, macOS: no mallopt
        return False


@dataclass(frozen=True)
class CrawlResult:
    run_id: int
    status: str  # ok, partial, interrupted, failed
    sources: tuple[storage.SourceCounts, ...]
    signal: int | None = None  # SIGINT or SIGTERM, when one stopped the crawl

    @property
    def exit_code(self) -> int:
        """128 + the signal that stopped the crawl (130 SIGINT, 143 SIGTERM); else 0:
        every source crawled; 2: some failed or were cut short; 1: all failed."""
        if self.signal is not None:
            return 128 + self.signal
        return {"ok": 0, "partial": 2, "interrupted": 2}.get(self.status, 1)


def run_status(counts: tuple[storage.SourceCounts, ...]) -> str:
    failed = sum(c.status == "failed" for c in counts)
    if counts and failed == len(counts):
        return "failed"
    if any(c.status == "interrupted" for c in counts):
        return "interrupted"
    return "partial" if failed else "ok"


class _Stop:
    """The first shutdown signal the crawl process got, recorded on its way to Scrapy's
    own handler (which stops the crawl gracefully)."""

    signum: int | None = None

    @classmethod
    async def watch(cls) -> None:
        # runs on the event loop's first turn, after Scrapy installed its handlers
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(sig)
            if callable(previous):
                signal.signal(sig, functools.partial(cls._record, previous))

    @classmethod
    def _record(cls, previous: Callable[..., Any], signum: int, frame: Any) -> None:
        cls.signum = cls.signum or signum
        previous(signum, frame)


async def _stop_if_late(sender: Any) -> None:
    """A crawler's ``engine_started``: a shutdown signal that came while it was still
    opening its spider found no running engine to stop (Scrapy's stop then does
    nothing), so it is stopped here, before its first request."""
    if _Stop.signum is not None:
        await sender.engine.stop_async()


class _Window:
    """The sources of a crawl, at most ``size`` of them crawling at once.

    ``fill`` starts sources until ``size`` are alive; when a crawler's task is done it
    is dropped and the next waiting source starts, within the same turn of the loop
    (so Scrapy's ``join``, which the end of the crawl waits for, never sees an empty
    set while a source waits). After a shutdown signal no waiting source starts: they
    are left to ``_result``, which reports them as not started.
    """

    def __init__(self, process: Any, sources: tuple[Source, ...], size: int,
                 start: Callable[[Any, Source], Any], keep_stats: bool) -> None:
        self.process = process
        self.size = max(1, size)
        self.start = start  # (crawler, source) -> the task of process.crawl
        self.waiting: deque[Source] = deque(sources)
        self.live: dict[str, Any] = {}  # source name -> its crawler
        # finished sources' last stats, until the progress display took them
        self.finished: list[tuple[str, dict[str, Any]]] = []
        self.keep_stats = keep_stats

    def fill(self) -> None:
        from scrapy import signals

        from spiders.news import NewsSpider

        while self.waiting and len(self.live) < self.size and _Stop.signum is None:
            source = self.waiting.popleft()
            crawler = self.process.create_crawler(NewsSpider)
            crawler.signals.connect(_stop_if_late, signal=signals.engine_started)
            self.live[source.name] = crawler
            task = self.start(crawler, source)
            task.add_done_callback(functools.partial(self._done, source.name))

    def _done(self, name: str, task: Any) -> None:
        crawler = self.live.pop(name)
        if self.keep_stats:
            self.finished.append((name, _stats(crawler)))
        self.fill()


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

    from spiders.pipelines import join_workers
    from spiders.workers import WorkerPool

    limit_malloc_arenas()
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
    loop = asyncio.get_event_loop()
    # before the crawls' own tasks, so it runs as soon as Scrapy's handlers are in place;
    # held, since the loop keeps only weak references to tasks
    tasks = [loop.create_task(_Stop.watch())]
    window = _Window(process, sources, config.crawl.sources_at_once,
                     lambda crawler, source: process.crawl(crawler, source=source, since=since),
                     keep_stats=on_progress is not None)
    # the workers stay for the whole run: with a few sources at once, the last one's
    # close could otherwise stop them just before the next one starts them again
    join_workers(config)
    try:
        window.fill()  # before process.start(), whose join() ends the loop once none is left
        if on_progress is not None:
            tasks.append(loop.create_task(_report(window, on_progress)))
        process.start()
    finally:
        WorkerPool.release()
    del tasks
    result = _result(engine, run_id, sources, started, stopped_by=_Stop.signum)
    keep = timedelta(days=config.relevance.keep_off_topic_days)
    storage.purge_off_topic(engine, before=datetime.now(UTC) - keep)
    announce.after_run(engine, config, result, sources)
    return result


def _stats(crawler: Any) -> dict[str, Any]:
    # _stats: crawler.stats raises until the crawler's task has taken its first step
    return crawler._stats.get_stats() if crawler._stats is not None else {}


async def _report(window: _Window, callback: ProgressCallback) -> None:
    """Every source's figures, every ``_POLL_SECONDS``: each finished one once (its
    final stats), each live one each time; a source not started yet is not called."""
    while True:
        finished, window.finished = window.finished, []
        for name, stats in finished:
            callback(name, stats)
        for name, crawler in list(window.live.items()):
            callback(name, _stats(crawler))
        if not window.live:
            return
        await asyncio.sleep(_POLL_SECONDS)


def _result(engine: Any, run_id: int, sources: tuple[Source, ...], started: datetime,
            stopped_by: int | None) -> CrawlResult:
    recorded = {c.source: c for c in storage.source_runs(engine, run_id)}
    now = datetime.now(UTC)
    # a source with no record: never started (a stop came before its turn in the
    # window, or while it opened) or cut off by a crash of the crawl process
    missing = (("interrupted", "not crawled: the crawl was stopped before this source "
                "started; the next crawl takes it up")
               if stopped_by is not None
               else ("failed", "the crawl stopped before this source finished"))
    counts = tuple(
        recorded.get(s.name)
        or storage.SourceCounts(source=s.name, status=missing[0], started_at=started,
                                finished_at=now, error=missing[1])
        for s in sources
    )
    status = run_status(counts)
    storage.finish_run(engine, run_id, when=now, status=status)
    return CrawlResult(run_id=run_id, status=status, sources=counts, signal=stopped_by)


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
