"""Keeping the frontier (``storage.frontier``), as the news spider's steps (mixed into
``NewsSpider``): what an earlier run decided to fetch and did not reach is asked for
first; every unknown article URL is remembered before it is requested, and every
next listing page before it is followed; a listing page leaves once it was read
(an article leaves when storage records its outcome). So whatever stops a crawl,
SIGKILL included, the next one takes up the rest."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import storage


class FrontierKeeping:
    """The frontier half of ``NewsSpider``."""

    # provided by NewsSpider
    source: Any
    crawler: Any
    db: Any
    limits: Any
    discover_only: bool
    _frontier_pages: set[str]
    _route: Callable[..., Any]
    _requests: Callable[..., AsyncIterator[Any]]
    _articles: Callable[[Iterable[str]], AsyncIterator[Any]]
    parse_listing: Callable[..., AsyncIterator[Any]]

    async def _take_up_frontier(self) -> AsyncIterator[Any]:
        if self.discover_only:
            return
        pending = await asyncio.to_thread(
            storage.take_up_frontier, self.db, self.source.name,
            give_up_after=self.limits.give_up_after)
        if not pending:
            return
        self.crawler.stats.set_value("pantau/frontier_taken_up", len(pending))
        async for request in self._articles(p.url for p in pending if p.kind == "article"):
            yield request
        pages = [p for p in pending if p.kind == "listing" and p.template and p.page]
        self._frontier_pages.update(p.url for p in pages)
        async for request in self._requests(
                self._route(p.url, self.parse_listing, {"template": p.template, "page": p.page},
                            conditional=False) for p in pages):
            yield request

    async def _remember_articles(self, urls: list[str]) -> None:
        if urls:
            await asyncio.to_thread(
                storage.add_to_frontier, self.db, self.source.name,
                [storage.FrontierEntry(url, "article") for url in urls], when=datetime.now(UTC))

    async def _remember_page(self, template: str, page: int) -> None:
        url = template.replace("{page}", str(page))
        if url in self._frontier_pages or self.discover_only:
            return
        self._frontier_pages.add(url)
        await asyncio.to_thread(
            storage.add_to_frontier, self.db, self.source.name,
            [storage.FrontierEntry(url, "listing", template, page)], when=datetime.now(UTC))

    async def _reached(self, url: str) -> None:
        """A listing page of the frontier was read: it leaves the frontier."""
        if url in self._frontier_pages:
            self._frontier_pages.discard(url)
            await asyncio.to_thread(storage.drop_from_frontier, self.db, [url])
