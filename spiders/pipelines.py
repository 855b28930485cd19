"""Item pipeline: extract → classify → sign → store. One pipeline, one job.

Extraction, the CPU work (tens of milliseconds a page), runs in the process pool of
``spiders.workers`` (``spiders.tasks``: workers load trafilatura and nothing else).
Classification (a millisecond or two) and signing (about a millisecond, on-topic
articles only, in plain Python: ``crawler.minhash``) run here in the crawl process, so
the place index is loaded once, not in every worker; the store runs its database work in a thread.
``SeenPage`` items (no article to extract) pass the first three untouched and are
recorded by the store.
"""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache
from typing import Any

from scrapy.exceptions import DropItem, NotConfigured

import storage
from crawler import stories
from crawler.config.settings import Config
from crawler.extract.record import Extracted
from crawler.relevance.classifier import Classifier
from crawler.relevance.records import judgement_fields
from crawler.urls import canonical, host, same_site
from spiders import faults, inflight
from spiders.items import ArticlePage, SeenPage
from spiders.workers import DocumentTimeout, Task, WorkerPool

logger = logging.getLogger(__name__)


def stage_failed(crawler: Any, stage: str, item: ArticlePage | SeenPage,
                 exc: Exception) -> DropItem:
    """Count a stage that failed on an article; the first reason is kept for the
    source's summary (``spiders.extensions``), said once however many articles fail.
    The article is left unrecorded: it stays in the frontier for the next run."""
    stats = crawler.stats
    stats.inc_value("pantau/stage_failures")
    reason = storage.explain(exc) or f"{type(exc).__name__}: {exc}"  # disk full ...
    if not stats.get_value("pantau/stage_failure"):
        stats.set_value("pantau/stage_failure", f"{stage} failed: {reason}")
    return DropItem(f"{stage} failed on {item.url}: {reason}")


class _Stage:
    """A pipeline stage: its crawler and the crawl's config."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.config: Config = crawler.settings["PANTAU"]

    @classmethod
    def from_crawler(cls, crawler: Any) -> Any:
        return cls(crawler)


EXTRACT = Task("spiders.tasks", "extract_page")  # named: trafilatura stays in the workers


def join_workers(config: Config) -> None:
    """Start the extraction workers (or join them): ``WorkerPool.release`` leaves them."""
    crawl = config.crawl
    WorkerPool.acquire(crawl.extract_workers, crawl.extract_timeout, preload=(EXTRACT.module,))


class ExtractPipeline(_Stage):
    """Clean article text and metadata from the page (crawler.extract), in a worker."""

    def open_spider(self) -> None:
        join_workers(self.config)

    def timed_out(self, stage: str, item: ArticlePage, exc: DocumentTimeout) -> DropItem:
        """One page past ``[crawl] extract_timeout``: given up for this run (it stays in
        the frontier), counted, said once; the source is not failed for it."""
        self.crawler.stats.inc_value(f"pantau/{stage}_timeouts")
        logger.warning("%s gave up on %s after %g s (extract_timeout)", stage, item.url,
                       exc.seconds)
        return DropItem(f"{stage} timed out on {item.url} after {exc.seconds:g} s")

    def close_spider(self) -> None:
        WorkerPool.release()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        try:
            item.extracted = await WorkerPool.run(
                EXTRACT, item.html, item.response_url, item.encoding,
                _site_names(self.crawler.spider),
            )
        except DocumentTimeout as exc:
            self.crawler.stats.inc_value("pantau/extract_errors")
            raise self.timed_out("extract", item, exc) from None
        except Exception as exc:  # a crash on one hostile page must not stop the crawl
            self.crawler.stats.inc_value("pantau/extract_errors")
            raise DropItem(f"extraction failed on {item.url}: {exc!r}") from None
        finally:  # extracted or given up: the next page may come (spiders.inflight)
            inflight.release(item)
        faults.reached("extract")  # test-only: PANTAU_FAULT=extract:N (spiders.faults)
        item.html = b""  # not needed any more; keeps memory flat
        return item


def _site_names(spider: Any) -> tuple[str, ...]:
    """What a source's site is called besides its own name for itself: the source's
    name and region ("jatengprov", "Jawa Tengah"), for cutting them from titles."""
    source = getattr(spider, "source", None)
    return tuple(n for n in (getattr(source, "name", None), getattr(source, "region", None))
                 if n)


@lru_cache(maxsize=4)
def _classifier(threshold: float, lexicon: str) -> Classifier:
    return Classifier.from_config(threshold=threshold, extra_lexicon=lexicon or None)


class ClassifyPipeline(_Stage):
    """Decide whether the article is on topic, and record why (crawler.relevance).

    In the crawl process: the classifier (its place index about 30 MB) is built once
    per process, on the first article, and shared by every source's pipeline."""

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage) or item.extracted is None:
            return item
        relevance = self.config.relevance
        try:
            faults.reached("classify")  # test-only: PANTAU_FAULT=raise@classify:N
            classifier = _classifier(relevance.threshold, relevance.lexicon)
            item.verdict = classifier.classify(item.extracted.title or "", item.extracted.text)
        except Exception as exc:  # a broken lexicon, a bug: the article stays unjudged
            raise stage_failed(self.crawler, "classify", item, exc) from None
        return item


class StoryPipeline(_Stage):
    """Sign the body of an on-topic article, so that storing it puts it in the story
    of its copies on other outlets (crawler.stories, storage.stories). In the crawl
    process (``crawler.minhash``: no numpy)."""

    def process_item(self, item: Any) -> Any:
        if (not isinstance(item, ArticlePage) or item.extracted is None
                or item.verdict is None or not item.verdict.relevant):
            return item
        try:
            item.signature = stories.signature(item.extracted.text)
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
        config: Config = crawler.settings["PANTAU"]
        self.keep_off_topic = config.relevance.keep_off_topic_days > 0
        self.join_at = config.stories.join_at

    @property
    def run_id(self) -> int | None:
        return self.crawler.stats.get_value("pantau/run_id")

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        try:
            return await self._store(item)
        except DropItem:
            raise
        except Exception as exc:  # a full disk, a locked database: not stored, not known
            raise stage_failed(self.crawler, "store", item, exc) from None

    async def _store(self, item: ArticlePage | SeenPage) -> Any:
        if isinstance(item, SeenPage):
            await self._seen(item, item.state)
            raise DropItem(f"{item.url}: {item.state} (HTTP {item.status})")
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
            storage.add_article, self.db, self._record(item), join_at=self.join_at)
        stats.inc_value("pantau/stored" if new_id else "pantau/already_stored")
        return item

    async def _seen(self, item: ArticlePage | SeenPage, state: str, title: str | None = None,
                    score: float | None = None) -> None:
        await asyncio.to_thread(
            storage.record_seen, self.db, item.url, source=item.source, state=state,
            when=item.fetched_at, http_status=item.status, title=title, relevance=score,
            run_id=self.run_id,
        )

    def _record(self, item: ArticlePage) -> storage.NewArticle:
        x: Extracted = item.extracted
        declared = x.canonical_url
        return storage.NewArticle(
            url=item.url,
            # the page's own rel=canonical, when it stays on the site, unites AMP,
            # mobile and tracking variants of one article
            canonical_url=(
                canonical(declared) if declared and same_site(declared, host(item.url))
                else item.url
            ),
            source=item.source,
            region_code=item.region_code,
            title=x.title,
            text=x.text,
            description=x.description,
            author=x.author,
            editor=x.editor,
            published_at=x.published_at,
            published_precision=x.published_precision,
            language=x.language,
            image=x.image,
            sitename=x.sitename,
            extractor=x.extractor,
            fetched_at=item.fetched_at,
            run_id=self.run_id,
            signature=item.signature,
            **judgement_fields(item.verdict),
        )
