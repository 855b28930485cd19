"""Article pages held in memory at once, over every source of a crawl process.

Scrapy's limits hold per crawler, and a crawl runs one crawler per source: with 600
sources nothing bounded the pages that were downloaded and waiting for the two
extraction workers (in ``bench/fleet.py``'s hourly round, 1,700 pages of 140 KB
arrived in the first minute and the crawl process held 500-700 MB). This download
handler holds an article request back, before its download starts, while
``[crawl] pages_in_flight`` article pages are downloading or waiting for extraction;
feeds, sitemaps and listing pages pass at once, so every source's discovery goes on.

A page's place is a small token that its request and then its ``ArticlePage`` carry
(``PLACE`` in the request's meta, ``ArticlePage.place``). It is given back by the
extraction pipeline once the page is extracted, by the handler when a download fails
or answers with an error or a redirect, by the spider when a page is no article or
its request failed, and, on any
other path (a spider closed mid-flight, a dropped item), when the token is freed; a
token kept only by a reference cycle is freed by a garbage collection, which a
request waiting a few seconds for a place starts. So no lost place stalls the crawl.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
import weakref
from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

PLACE = "pantau_place"  # request.meta key: the request holds a place
ARTICLE = "pantau_article"  # request.meta key: an article page (the only kind held back)
_COLLECT_AFTER = 5.0  # seconds of waiting for a place before garbage is collected


class _Place:
    """A token: while it lives (or until ``give_back``), one page holds a place."""

    __slots__ = ("__weakref__", "_release")

    def __init__(self, loop: asyncio.AbstractEventLoop, semaphore: asyncio.Semaphore) -> None:
        self._release = weakref.finalize(self, _give_back, loop, semaphore)

    def give_back(self) -> None:
        """Free the place now (once: the token's end then frees nothing more)."""
        self._release()


class _Places:
    """The semaphore of the running event loop (one per crawl process; tests run
    several loops in one process)."""

    limit = 0
    held = 0
    collected = 0.0  # time.monotonic() of the last collection
    loop: asyncio.AbstractEventLoop | None = None
    semaphore: asyncio.Semaphore | None = None

    @classmethod
    def get(cls, limit: int) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if cls.semaphore is None or cls.loop is not loop or cls.limit != limit:
            cls.loop, cls.limit, cls.semaphore = loop, limit, asyncio.Semaphore(limit)
            cls.held = 0
        return cls.semaphore


def _give_back(loop: asyncio.AbstractEventLoop, semaphore: asyncio.Semaphore) -> None:
    """A token's finalizer. It may run in any thread (a garbage collection of a cycle
    that held a failed request starts wherever memory is allocated), and a semaphore
    belongs to its loop's thread: the release is handed to the loop."""

    def release() -> None:
        if semaphore is _Places.semaphore:
            _Places.held -= 1
        semaphore.release()

    with contextlib.suppress(RuntimeError):  # a closed loop: the crawl is over
        loop.call_soon_threadsafe(release)


async def take_place(meta: dict[str, Any], limit: int) -> None:
    """Wait for a free place and put its token in ``meta`` (nothing to do when the
    request already holds one: a redirect or a retry of a held request)."""
    if PLACE in meta:
        return
    semaphore = _Places.get(limit)
    # one acquisition, waited for in turns (never cancelled by a timeout: on Python 3.11
    # wait_for can cancel an acquire that has just succeeded, and the place is lost)
    acquiring = asyncio.ensure_future(semaphore.acquire())
    try:
        while not (await asyncio.wait({acquiring}, timeout=_COLLECT_AFTER))[0]:
            _collect()
    except BaseException:  # the request was cancelled (its spider closed) while waiting
        if acquiring.done() and not acquiring.cancelled():
            semaphore.release()
        else:
            acquiring.cancel()
        raise
    _Places.held += 1
    meta[PLACE] = _Place(asyncio.get_running_loop(), semaphore)


def give_back(meta: dict[str, Any]) -> None:
    """Free the place of a request that will not become a page to extract (its download
    failed, its page is no article): at once, not when the request is freed, which a
    failure's traceback can put off until a garbage collection."""
    token = meta.pop(PLACE, None)
    if token is not None:
        token.give_back()


def release(page: Any) -> None:
    """Free the place of a page (an ``ArticlePage``) that is extracted or given up: at
    once, though its response, which Scrapy keeps until the page is stored, still
    holds the token."""
    token, page.place = page.place, None
    if token is not None:
        token.give_back()


def _collect() -> None:
    """After a long wait for a place, collect garbage (at most every few seconds): a
    place whose only holder is a reference cycle (a failure's traceback that holds a
    request) comes back."""
    now = time.monotonic()
    if now - _Places.collected >= _COLLECT_AFTER:
        _Places.collected = now
        held = _Places.held
        gc.collect()
        logger.debug("waited %g s for a place: garbage collected, %d of %d places held",
                     _COLLECT_AFTER, _Places.held, held)


def in_use() -> int:
    """Places held now (for tests and figures)."""
    return _Places.held


class PlacedDownloads(HTTP11DownloadHandler):
    """Scrapy's HTTP download handler, where an article request first waits for a
    place: after its domain's politeness delay and concurrency have let it through
    (a place taken any earlier would sit idle in the domain's queue), and before its
    download and its download timeout start."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.limit: int = crawler.settings["PANTAU"].crawl.pages_in_flight

    async def download_request(self, request: Request) -> Response:
        if request.meta.get(ARTICLE):
            await take_place(request.meta, self.limit)
        try:
            response = await super().download_request(request)
        except BaseException:
            give_back(request.meta)  # a retry, if any, waits for a place of its own
            raise
        if not 200 <= response.status < 300:  # an error or a redirect: no page to extract
            give_back(request.meta)
        return response
