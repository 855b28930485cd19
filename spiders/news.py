"""The generic news spider: one source per run, driven by its ``sources.toml`` entry.

Routes: RSS/Atom feeds, sitemaps (an index leads to child sitemaps; Google News
sitemaps too) and listing pages with ``{page}`` pagination; a source with none
is read from its home page. Article links are canonicalised, kept on the
source's host, and checked against the database so that no known article is
downloaded again; everything else (robots.txt, politeness, retries) is Scrapy's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser
import scrapy
from scrapy.http import Response, TextResponse
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

import storage
from crawler import links
from crawler.config import ConfigError
from crawler.errors import describe, http_status
from crawler.items import ArticlePage
from crawler.locks import source_lock, try_acquire
from crawler.sources import Source, load_sources, select
from crawler.urls import canonical, same_site

_HTML_TYPES = (b"text/html", b"application/xhtml")
_MAX_PROBLEMS = 5


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, source: Source | str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if source is None:
            raise ConfigError("which source? use: scrapy crawl news -a source=NAME")
        self.source_arg = source
        self.problems: list[str] = []
        self.skipped: str | None = None
        self._scheduled: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if isinstance(spider.source_arg, Source):
            spider.source = spider.source_arg
        else:
            catalog = load_sources(settings.get("PANTAU_SOURCES") or None)
            spider.source = select(catalog, (spider.source_arg,))[0]
        source = spider.source
        spider.allowed_domains = sorted(
            {source.host, source.host.removeprefix("www.")}
            | {_host(u) for u in (*source.feeds, *source.sitemaps, *source.listings)}
        )
        spider.is_article = links.article_test(source.article_regex)
        spider.max_pages = settings.getint("PANTAU_MAX_LISTING_PAGES")
        spider.max_sitemaps = settings.getint("PANTAU_MAX_SITEMAPS")
        spider.max_articles = settings.getint("PANTAU_MAX_ARTICLES")
        spider.give_up_after = settings.getint("PANTAU_GIVE_UP_AFTER")
        spider.max_bytes = settings.getint("DOWNLOAD_MAXSIZE")
        spider.db = storage.open_database(settings["PANTAU_DB"])
        spider.lock = source_lock(settings["PANTAU_DB"], source.name)
        return spider

    def closed(self, reason: str) -> None:
        if self.lock.is_locked:
            self.lock.release()

    # -- routes ---------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if not try_acquire(self.lock):
            self.skipped = "another process is crawling this source"
            self.logger.warning("%s: %s; skipped", self.source.name, self.skipped)
            return
        source = self.source
        for url in source.feeds:
            yield self._route(url, self.parse_feed)
        for url in source.sitemaps:
            yield self._route(url, self.parse_sitemap)
        for template in source.listings:
            yield self._route(
                template.format(page=1), self.parse_listing,
                meta={"template": template, "page": 1},
            )
        if not (source.feeds or source.sitemaps or source.listings):
            yield self._route(source.url, self.parse_listing, meta={"page": 1})

    def _route(self, url: str, callback: Any, meta: dict[str, Any] | None = None) -> Any:
        return scrapy.Request(
            url, callback=callback, errback=self.route_failed, meta=meta or {},
            priority=10, dont_filter=True,
        )

    def parse_feed(self, response: Response) -> Iterator[Any]:
        self._route_ok()
        parsed = feedparser.parse(response.body)
        urls = [e.get("link") for e in parsed.entries if e.get("link")]
        if not urls:
            self._problem(f"feed {response.url}: no entries"
                          + (f" ({parsed.bozo_exception})" if parsed.bozo else ""))
            return
        yield from self._articles(response.urljoin(u) for u in urls)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        body = self._sitemap_body(response)
        if body is None:
            self._problem(f"sitemap {response.url}: not a sitemap")
            return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several kinds on broken XML
            self._problem(f"sitemap {response.url}: unreadable ({exc})")
            return
        self._route_ok()
        entries = list(sitemap)
        locs = [e["loc"] for e in entries if e.get("loc")]
        if sitemap.type == "sitemapindex":
            newest_first = sorted(entries, key=lambda e: e.get("lastmod", ""), reverse=True)
            for entry in newest_first[: self.max_sitemaps]:
                yield self._route(entry["loc"], self.parse_sitemap)
        else:
            yield from self._articles(locs)

    def _sitemap_body(self, response: Response) -> bytes | None:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.max_bytes)
            except Exception:
                return None
        return body if b"<urlset" in body[:2000] or b"<sitemapindex" in body[:2000] else None

    def parse_listing(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            self._problem(f"listing {response.url}: not an HTML page")
            return
        self._route_ok()
        found = [response.urljoin(href) for href in response.css("a::attr(href)").getall()]
        articles = [u for u in found if self.is_article(u)]
        yield from self._articles(articles)
        template, page = response.meta.get("template"), response.meta.get("page", 1)
        if template and articles and page < self.max_pages:
            yield self._route(
                template.format(page=page + 1), self.parse_listing,
                meta={"template": template, "page": page + 1},
            )

    def route_failed(self, failure: Any) -> None:
        self.crawler.stats.inc_value("pantau/routes_failed")
        self._problem(f"{failure.request.url}: {describe(failure)}")

    # -- articles -------------------------------------------------------------

    def _articles(self, urls: Iterable[str]) -> Iterator[scrapy.Request]:
        stats = self.crawler.stats
        fresh = []
        for url in urls:
            url = canonical(url)
            if same_site(url, self.source.host) and url not in self._scheduled:
                self._scheduled.add(url)
                fresh.append(url)
        stats.inc_value("pantau/article_links", len(fresh))
        known = storage.known_urls(self.db, fresh, self.give_up_after)
        stats.inc_value("pantau/articles_known", len(known))
        for url in fresh:
            if url in known:
                continue
            if stats.get_value("pantau/articles_requested", 0) >= self.max_articles:
                stats.set_value("pantau/budget_reached", True)
                return
            stats.inc_value("pantau/articles_requested")
            yield scrapy.Request(url, callback=self.parse_article, errback=self.article_failed)

    def parse_article(self, response: Response) -> Iterator[ArticlePage]:
        kind = response.headers.get(b"Content-Type", b"").lower()
        if not isinstance(response, TextResponse) or not kind.startswith(_HTML_TYPES):
            self.crawler.stats.inc_value("pantau/not_html")
            self._remember(response.request.url, "no_article", response.status)
            return
        yield ArticlePage(
            source=self.source.name,
            url=canonical(response.request.url),
            response_url=response.url,
            html=response.body,
            encoding=_declared_charset(kind),
            status=response.status,
            fetched_at=datetime.now(UTC),
        )

    def article_failed(self, failure: Any) -> None:
        stats = self.crawler.stats
        status = http_status(failure)
        reason = describe(failure)
        if reason == "forbidden by robots.txt":  # the site's wish, not a failure
            stats.inc_value("pantau/robots_forbidden")
            return
        stats.inc_value("pantau/article_errors")
        stats.inc_value(f"pantau/article_errors/{reason.split(' (')[0]}")
        # A client error (except 429) is the page's answer; after a few it is final.
        # Timeouts and 5xx say nothing about the page and are retried next run.
        if status is not None and 400 <= status < 500 and status != 429:
            self._remember(failure.request.url, "failed", status)

    def _remember(self, url: str, state: str, status: int | None) -> None:
        storage.record_seen(
            self.db, canonical(url), source=self.source.name, state=state,
            when=datetime.now(UTC), http_status=status,
            run_id=self.crawler.stats.get_value("pantau/run_id"),
        )

    # -- bookkeeping ----------------------------------------------------------

    def _route_ok(self) -> None:
        self.crawler.stats.inc_value("pantau/routes_ok")

    def _problem(self, text: str) -> None:
        self.crawler.stats.inc_value("pantau/problems")
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(text)
        self.logger.warning(text)


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url.replace("{page}", "1")).hostname or ""


def _declared_charset(content_type: bytes) -> str | None:
    for part in content_type.decode("latin-1").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
