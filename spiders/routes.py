"""Discovering a home-page-only source's routes, as the news spider's requests and
callbacks (mixed into ``NewsSpider``; the rules themselves are ``spiders.discovery``).

robots.txt and the home page come first, then the feeds, sitemaps and news sections
they reveal (or the usual addresses), each crawled as soon as it is found and
recorded in ``self._found`` for the spider to remember when it closes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.urls import same_site
from spiders.discovery import (
    MAX_SECTIONS,
    feed_links,
    home_listing,
    looks_like_feed,
    pagination_template,
    probes,
    robots_sitemaps,
    robots_url,
    section_links,
    sitemap_body,
)


class RouteDiscovery:
    """The discovery half of ``NewsSpider``."""

    # provided by NewsSpider
    source: Any
    crawler: Any
    logger: Any
    max_bytes: int
    _found: dict[str, list[str]] | None
    _route: Callable[..., Any]
    _requests: Callable[..., AsyncIterator[Any]]
    _problem: Callable[[str], None]
    parse_feed: Callable[[Response], AsyncIterator[Any]]
    parse_sitemap: Callable[..., AsyncIterator[Any]]
    parse_listing: Callable[[Response], AsyncIterator[Any]]

    def _discover(self) -> list[Any]:
        """The first routes of a discovery: robots.txt and the home page."""
        self._found = {"feed": [], "sitemap": [], "listing": []}
        self.crawler.stats.inc_value("pantau/discoveries")
        home = home_listing(self.source.url)
        return [self._route(robots_url(home), self.discover_robots, conditional=False,
                            errback=self.probe_failed),
                self._route(home, self.discover_home, conditional=False)]

    def _probe(self, url: str, callback: Callable[..., Any]) -> Any:
        return self._route(url, callback, conditional=False, errback=self.probe_failed)

    async def discover_robots(self, response: Response) -> AsyncIterator[Any]:
        text = response.text if isinstance(response, TextResponse) else ""
        sitemaps = [u for u in robots_sitemaps(text, response.url)
                    if same_site(u, self.source.host)]
        found = sitemaps or probes(response.url)[1]
        async for request in self._requests(self._probe(u, self.discover_sitemap)
                                            for u in found):
            yield request

    async def discover_home(self, response: Response) -> AsyncIterator[Any]:
        if not isinstance(response, TextResponse):
            self._problem(f"home page {response.url}: not an HTML page")
            return
        async for output in self.parse_listing(response):  # it lists the newest articles
            yield output
        feeds = [u for u in feed_links(response.text, response.url)
                 if same_site(u, self.source.host)]
        routes = [self._probe(u, self.discover_feed) for u in feeds or probes(response.url)[0]]
        routes += [self._probe(u, self.discover_section)
                   for u in section_links(response.text, response.url)[:MAX_SECTIONS]]
        async for request in self._requests(routes):
            yield request

    async def discover_feed(self, response: Response) -> AsyncIterator[Any]:
        if response.status == 200 and looks_like_feed(response.body):
            self._learn("feed", response.request.url)
            async for output in self.parse_feed(response):
                yield output

    async def discover_sitemap(self, response: Response) -> AsyncIterator[Any]:
        body = sitemap_body(response.body, self.max_bytes) if response.status == 200 else None
        if body is not None:
            self._learn("sitemap", response.request.url)
            async for output in self.parse_sitemap(response, body):
                yield output

    async def discover_section(self, response: Response) -> AsyncIterator[Any]:
        if not isinstance(response, TextResponse):
            return
        template = pagination_template(response.text, response.url)
        self._learn("listing", template or response.request.url)
        response.meta["template"], response.meta["page"] = template, 1
        async for output in self.parse_listing(response):
            yield output

    def _learn(self, kind: str, url: str) -> None:
        if self._found is not None and url not in self._found[kind]:
            self._found[kind].append(url)
            self.logger.info("%s: found %s %s", self.source.name, kind, url)

    def probe_failed(self, failure: Any) -> None:
        """A guessed address that does not exist is no error."""
        self.crawler.stats.inc_value("pantau/probes_missed")
