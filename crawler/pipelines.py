"""Item pipeline: extract → classify → sign → store. One pipeline, one job.

Extraction, classification and signing are CPU work (tens of milliseconds a
page for the first two, about a millisecond for a MinHash signature): they run
in a process pool so the reactor keeps fetching and both cores work. The
pool is started with ``spawn``: a forked worker would inherit the parent's file
locks and keep them after the parent dies.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import DropItem, NotConfigured

import storage
from crawler import faults, stories
from crawler.extract import Extracted, extract
from crawler.items import ArticlePage
from crawler.relevance import Classifier, Verdict
from crawler.urls import canonical, same_site

logger = logging.getLogger(__name__)


def _follow_parent(parent: int, every: float = 1.0) -> None:
    """In a worker: exit when the crawl process is gone (a kill -9 never tells the
    pool, and a worker waiting on its queue would otherwise live on)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="pantau-follow-parent", daemon=True).start()


class WorkerPool:
    """One executor per crawl process, shared by the pipelines of every source.

    A worker that dies (out of memory, a crash in a C library on a hostile page)
    breaks a process pool for good; the pool is then rebuilt and the task tried
    once more, so one bad page cannot stop the rest of the crawl.
    """

    _executor: Executor | None = None
    _workers = 0
    _users = 0

    @classmethod
    def acquire(cls, workers: int) -> None:
        if cls._executor is None:
            cls._workers = workers
            cls._executor = cls._build(workers)
        cls._users += 1

    @staticmethod
    def _build(workers: int) -> Executor:
        if workers <= 0:
            return ThreadPoolExecutor(1, thread_name_prefix="pantau-extract")
        # No max_tasks_per_child: on Python 3.11 a retiring worker can deadlock
        # the pool. Workers live no longer than one crawl process, which the
        # daemon starts afresh for every run.
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_follow_parent, initargs=(os.getpid(),))

    @classmethod
    async def run(cls, fn: Any, *args: Any) -> Any:
        for attempt in (1, 2):
            assert cls._executor is not None, "WorkerPool.run before acquire"
            try:
                return await asyncio.wrap_future(cls._executor.submit(fn, *args))
            except BrokenProcessPool:
                if attempt == 2:
                    raise
                cls._executor.shutdown(wait=False, cancel_futures=True)
                cls._executor = cls._build(cls._workers)
        raise AssertionError("unreachable")

    @classmethod
    def release(cls) -> None:
        cls._users -= 1
        if cls._users == 0 and cls._executor is not None:
            cls._executor.shutdown(wait=True, cancel_futures=True)
            cls._executor = None


class _PooledPipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.workers = crawler.settings.getint("PANTAU_EXTRACT_WORKERS")

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        return cls(crawler)

    def open_spider(self) -> None:
        WorkerPool.acquire(self.workers)

    def close_spider(self) -> None:
        WorkerPool.release()


def _extract(html: bytes, url: str, encoding: str | None) -> Extracted | None:
    """Runs in a worker (positional arguments cross the pool)."""
    return extract(html, url, encoding=encoding)


class ExtractPipeline(_PooledPipeline):
    """Clean article text and metadata from the page (crawler.extract)."""

    async def process_item(self, item: ArticlePage) -> ArticlePage:
        try:
            item.extracted = await WorkerPool.run(
                _extract, item.html, item.response_url, item.encoding
            )
        except Exception as exc:  # a crash on one hostile page must not stop the crawl
            self.crawler.stats.inc_value("pantau/extract_errors")
            raise DropItem(f"extraction failed on {item.url}: {exc!r}") from None
        faults.reached("extract")  # test-only: PANTAU_FAULT=extract:N (crawler.faults)
        item.html = b""  # not needed any more; keeps memory flat
        return item


@lru_cache(maxsize=4)
def _classifier(threshold: float, lexicon: str) -> Classifier:
    return Classifier.from_config(threshold=threshold, extra_lexicon=lexicon or None)


def classify(threshold: float, lexicon: str, title: str, text: str) -> Verdict:
    """Runs in a worker; the classifier is built once per worker process."""
    return _classifier(threshold, lexicon).classify(title, text)


class ClassifyPipeline(_PooledPipeline):
    """Decide whether the article is on topic, and record why (crawler.relevance)."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.threshold = crawler.settings.getfloat("PANTAU_RELEVANCE_THRESHOLD")
        self.lexicon = crawler.settings.get("PANTAU_LEXICON") or ""

    async def process_item(self, item: ArticlePage) -> ArticlePage:
        extracted: Extracted | None = item.extracted
        if extracted is None:
            return item
        item.verdict = await WorkerPool.run(
            classify, self.threshold, self.lexicon, extracted.title or "", extracted.text
        )
        return item


class StoryPipeline(_PooledPipeline):
    """Sign the body of an on-topic article, so that storing it puts it in the story
    of its copies on other outlets (crawler.stories, storage.stories)."""

    async def process_item(self, item: ArticlePage) -> ArticlePage:
        if item.extracted is None or item.verdict is None or not item.verdict.relevant:
            return item
        try:
            item.signature = await WorkerPool.run(stories.signature, item.extracted.text)
        except Exception as exc:  # unsigned, the article is still stored: a story of its own
            self.crawler.stats.inc_value("pantau/signature_errors")
            logger.warning("no signature for %s: %r", item.url, exc)
        return item


class StorePipeline:
    """Store on-topic articles; remember every other page as seen (url, title, score),
    an off-topic article with its body for ``[relevance] keep_off_topic_days``."""

    def __init__(self, crawler: Any) -> None:
        url = crawler.settings.get("PANTAU_DB")
        if not url:
            raise NotConfigured("PANTAU_DB is not set")
        self.crawler = crawler
        self.db = storage.open_database(url)
        self.keep_off_topic = crawler.settings.getint("PANTAU_KEEP_OFF_TOPIC_DAYS", 30) > 0
        self.join_at = crawler.settings.getfloat("PANTAU_STORY_JOIN_AT", storage.JOIN_AT)

    @property
    def run_id(self) -> int | None:
        return self.crawler.stats.get_value("pantau/run_id")

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    async def process_item(self, item: ArticlePage) -> ArticlePage:
        extracted, verdict = item.extracted, item.verdict
        stats = self.crawler.stats
        stats.inc_value("pantau/articles_seen")
        if extracted is None:
            await self._seen(item, "no_article")
            raise DropItem(f"no article text on {item.url}")
        if verdict is None or not verdict.relevant:
            score = verdict.score if verdict else 0.0
            if verdict is not None and self.keep_off_topic:  # so reclassify can promote it
                await asyncio.to_thread(storage.add_off_topic, self.db, self._record(item),
                                        judged_at=item.fetched_at)
            else:
                await self._seen(item, "off_topic", extracted.title, score)
            stats.inc_value("pantau/off_topic")
            raise DropItem(f"off topic (score {score:.2f}): {item.url}")
        new_id = await asyncio.to_thread(
            functools.partial(storage.add_article, join_at=self.join_at), self.db,
            self._record(item),
        )
        stats.inc_value("pantau/stored" if new_id else "pantau/already_stored")
        return item

    async def _seen(
        self, item: ArticlePage, state: str, title: str | None = None, score: float | None = None
    ) -> None:
        await asyncio.to_thread(
            storage.record_seen, self.db, item.url, source=item.source, state=state,
            when=item.fetched_at, http_status=item.status, title=title, relevance=score,
            run_id=self.run_id,
        )

    def _record(self, item: ArticlePage) -> storage.NewArticle:
        x: Extracted = item.extracted
        v: Verdict = item.verdict
        party = v.indonesian_party
        declared = x.canonical_url
        return storage.NewArticle(
            url=item.url,
            # the page's own rel=canonical, when it stays on the site, unites AMP,
            # mobile and tracking variants of one article
            canonical_url=(
                canonical(declared) if declared and same_site(declared, _host(item.url))
                else item.url
            ),
            source=item.source,
            title=x.title,
            text=x.text,
            description=x.description,
            author=x.author,
            editor=x.editor,
            published_at=x.published_at,
            language=x.language,
            image=x.image,
            sitename=x.sitename,
            extractor=x.extractor,
            fetched_at=item.fetched_at,
            relevance=round(v.score, 4),
            matched=tuple(v.matched),
            evidence=tuple(
                {"term": e.term, "where": e.where, "weight": e.weight} for e in v.evidence
            ),
            partners=tuple(
                storage.PartnerRecord(p.name, p.country, p.kind) for p in v.partners
            ),
            stage=v.stage,
            indonesian_party={"name": party.name, "code": party.code} if party else None,
            run_id=self.run_id,
            signature=item.signature,
        )


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""
