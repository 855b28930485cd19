"""The generic news spider: one source per run, driven by its ``sources.toml`` entry.

Routes: RSS/Atom feeds, sitemaps (an index leads to child sitemaps; Google News
sitemaps too) and listing pages with ``{page}`` pagination. A source given only
its home page is discovered (``spiders.discovery``): feeds, sitemaps and news
sections with their pagination are found, remembered in the database, and
re-discovered every ``rediscover_days``.

Incremental by default: feeds, sitemaps and listing pages are fetched with
conditional requests (a 304 costs nothing), pagination stops at the first
listing page with no unknown article link, and no article the database knows is
requested. ``since`` (``pantau crawl --since``) backfills instead: listings are
paged back until their dates are older than it, within ``max_backfill_pages``.
Validators are saved only when a run ends normally within its article budget,
so a crash or a cut-short run never hides an unfetched article behind a 304.
Everything else (robots.txt, politeness, retries) is Scrapy's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
import scrapy
from lxml import etree
from scrapy.http import Response, TextResponse
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

import storage
from crawler import links
from crawler.config import ConfigError
from crawler.dates import parse_indonesian_datetime
from crawler.errors import describe, http_status
from crawler.items import ArticlePage
from crawler.locks import source_lock, try_acquire
from crawler.sources import Source, load_sources, select
from crawler.urls import canonical, same_site
from spiders import discovery
from spiders.discovery import DiscoveryCallbacks

_HTML_TYPES = (b"text/html", b"application/xhtml")
_MAX_PROBLEMS = 5


class NewsSpider(DiscoveryCallbacks, scrapy.Spider):
    name = "news"

    def __init__(
        self, source: Source | str | None = None, since: datetime | str | None = None,
        discover_only: bool = False, **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if source is None:
            raise ConfigError("which source? use: scrapy crawl news -a source=NAME")
        self.source_arg = source
        self.since = datetime.fromisoformat(since) if isinstance(since, str) else since
        self.discover_only = discover_only  # find routes, fetch no article
        self.problems: list[str] = []
        self.skipped: str | None = None
        self._scheduled: set[str] = set()
        self._unknown: set[str] = set()  # article URLs of this run the database did not know
        self._shown: dict[str, set[str]] = {}  # listing template -> article URLs its pages showed
        self._routes_requested: set[str] = set()
        self._validators: dict[str, tuple[str | None, str | None]] = {}
        self._found: dict[str, list[str]] | None = None  # routes found by discovery

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
        spider.max_backfill_pages = settings.getint("PANTAU_MAX_BACKFILL_PAGES", 100)
        spider.max_sitemaps = settings.getint("PANTAU_MAX_SITEMAPS")
        spider.max_articles = settings.getint("PANTAU_MAX_ARTICLES")
        spider.max_requests = settings.getint("PANTAU_MAX_REQUESTS", 2000)
        spider.give_up_after = settings.getint("PANTAU_GIVE_UP_AFTER")
        spider.rediscover = timedelta(days=settings.getfloat("PANTAU_REDISCOVER_DAYS", 7))
        spider.max_bytes = settings.getint("DOWNLOAD_MAXSIZE")
        spider.db = storage.open_database(settings["PANTAU_DB"])
        spider.lock = source_lock(settings["PANTAU_DB"], source.name)
        if spider.since is not None and spider.since.tzinfo is None:
            spider.since = spider.since.replace(tzinfo=UTC)
        return spider

    def closed(self, reason: str) -> None:
        try:
            if reason == "finished" and not self.skipped:
                self._save_what_was_learnt()
        finally:
            if self.lock.is_locked:
                self.lock.release()

    def _save_what_was_learnt(self) -> None:
        now = datetime.now(UTC)
        if self._found is not None:
            storage.replace_routes(self.db, self.source.name, self._found, when=now)
        # A validator hides a page's links from the next run (304): only a run that
        # requested every unknown article it found may save them.
        if self.crawler.stats.get_value("pantau/budget_reached"):
            return
        for url, (etag, modified) in self._validators.items():
            storage.save_validator(self.db, url, etag=etag, last_modified=modified, when=now)

    # -- routes ---------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if not try_acquire(self.lock):
            self.skipped = "another process is crawling this source"
            self.logger.warning("%s: %s; skipped", self.source.name, self.skipped)
            return
        for request in self._first_requests():
            if request is not None:
                yield request

    def _first_requests(self) -> Iterator[scrapy.Request | None]:
        source = self.source
        feeds, sitemaps, listings = source.feeds, source.sitemaps, source.listings
        if self.discover_only or not (feeds or sitemaps or listings):
            last = storage.discovered_at(self.db, source.name)
            if self.discover_only or last is None or datetime.now(UTC) - last > self.rediscover:
                yield from self._discover()
                return
            remembered = storage.routes_of(self.db, source.name)
            feeds, sitemaps = tuple(remembered["feed"]), tuple(remembered["sitemap"])
            listings = tuple(remembered["listing"])
            yield self._route(discovery.home_listing(source.url), self.parse_listing)
        for url in feeds:
            yield self._route(url, self.parse_feed)
        for url in sitemaps:
            yield self._route(url, self.parse_sitemap)
        for template in listings:
            yield self._listing_page(template, 1)

    def _route(self, url: str, callback: Callable[..., Any],
               meta: dict[str, Any] | None = None, *, conditional: bool = True,
               errback: Callable[..., Any] | None = None) -> scrapy.Request | None:
        if url in self._routes_requested or not self._within_budget():
            return None
        self._routes_requested.add(url)
        headers = {}
        if conditional and self.since is None:
            etag, modified = storage.validators(self.db, [url]).get(url, (None, None))
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        return scrapy.Request(
            url, callback=self._fresh(callback), errback=errback or self.route_failed,
            meta={**(meta or {}), "handle_httpstatus_list": [304]}, headers=headers,
            priority=10, dont_filter=True,
        )

    def _fresh(self, callback: Callable[..., Any]) -> Callable[[Response], Iterator[Any]]:
        """Wrap a route callback: a 304 ends there; a 200 has its validators kept."""
        def wrapped(response: Response) -> Iterator[Any]:
            if response.status == 304:
                self.crawler.stats.inc_value("pantau/not_modified")
                self._route_ok()
                return iter(())
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self._validators[response.request.url] = (
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
            return callback(response) or iter(())
        return wrapped

    def _listing_page(self, template: str, page: int) -> scrapy.Request | None:
        return self._route(template.replace("{page}", str(page)), self.parse_listing,
                           meta={"template": template, "page": page})

    def parse_feed(self, response: Response) -> Iterator[Any]:
        self._route_ok()
        self._check_xml("feed", response.url, response.body)
        parsed = feedparser.parse(response.body)
        urls = [e.get("link") for e in parsed.entries if e.get("link")]
        if not urls:
            self._problem(f"feed {response.url}: no entries"
                          + (f" ({parsed.bozo_exception})" if parsed.bozo else ""))
            return
        if parsed.bozo:
            self._problem(f"feed {response.url}: malformed ({parsed.bozo_exception}); "
                          f"{len(urls)} entries read anyway")
        yield from self._articles(response.urljoin(u) for u in urls)

    def parse_sitemap(self, response: Response, body: bytes | None = None) -> Iterator[Any]:
        body = body or self._sitemap_body(response)
        if body is None:
            self._problem(f"sitemap {response.url}: not a sitemap")
            return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several kinds on broken XML
            self._problem(f"sitemap {response.url}: unreadable ({exc})")
            return
        self._route_ok()
        self._check_xml("sitemap", response.url, body, strict=True)
        entries = [e for e in sitemap if e.get("loc") and self._recent_enough(e.get("lastmod"))]
        if sitemap.type == "sitemapindex":
            newest_first = sorted(entries, key=lambda e: e.get("lastmod", ""), reverse=True)
            budget = self.max_backfill_pages if self.since else self.max_sitemaps
            for entry in newest_first[:budget]:
                yield self._route(entry["loc"], self.parse_sitemap)
        else:
            yield from self._articles(e["loc"] for e in entries)

    def _check_xml(self, kind: str, url: str, body: bytes, strict: bool = False) -> None:
        """Count XML that declares entities (never expanded: billion laughs) or is broken.

        Both parsers read on (feedparser loosely, lxml in recover mode without
        resolving entities); this only makes the damage visible.
        """
        if b"<!ENTITY" in body[:20000]:
            self.crawler.stats.inc_value("pantau/xml_entities_refused")
            self._problem(f"{kind} {url}: declares XML entities (not expanded)")
        elif strict:
            try:
                etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError as exc:
                self.crawler.stats.inc_value("pantau/xml_malformed")
                self._problem(f"{kind} {url}: malformed XML ({exc}); read what parses")

    def _recent_enough(self, lastmod: str | None) -> bool:
        """In a backfill, sitemap entries last changed before ``since`` are skipped."""
        if self.since is None or not lastmod:
            return True
        try:
            when = datetime.fromisoformat(lastmod.strip())
        except ValueError:
            return True
        return (when if when.tzinfo else when.replace(tzinfo=UTC)) >= self.since

    def _sitemap_body(self, response: Response) -> bytes | None:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.max_bytes)
            except Exception:
                return None
        return body if discovery.looks_like_sitemap(body) else None

    def parse_listing(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            self._problem(f"listing {response.url}: not an HTML page")
            return
        self._route_ok()
        found = [response.urljoin(href) for href in response.css("a::attr(href)").getall()]
        articles = [canonical(u) for u in found if self.is_article(u)]
        yield from self._articles(articles)
        template, page = response.meta.get("template"), response.meta.get("page", 1)
        # New: unknown to the database and not shown by an earlier page of this listing
        # (a CMS that repeats its last page past the end shows nothing new).
        shown = self._shown.setdefault(template or response.url, set())
        unknown = any(url in self._unknown and url not in shown for url in articles)
        shown.update(articles)
        if template and "{page}" in template and self._page_on(response, page, unknown):
            yield self._listing_page(template, page + 1)

    def _page_on(self, response: TextResponse, page: int, unknown_links: bool) -> bool:
        """Whether to follow a listing to its next page.

        Incremental: only while a page still shows unknown articles. Backfill: until
        the page's dates are all older than ``since``, within the backfill budget.
        """
        if self.since is None:
            return unknown_links and page < self.max_pages
        if page >= self.max_backfill_pages:
            return False
        dates = [d for d in map(parse_indonesian_datetime, response.css("body ::text").getall())
                 if d is not None]
        return not dates or max(dates) >= self.since

    def route_failed(self, failure: Any) -> None:
        self.crawler.stats.inc_value("pantau/routes_failed")
        self._problem(f"{failure.request.url}: {describe(failure)}")

    # -- articles -------------------------------------------------------------

    def _articles(self, urls: Iterable[str]) -> Iterator[scrapy.Request]:
        if self.discover_only:
            return
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
        self._unknown.update(url for url in fresh if url not in known)
        for url in fresh:
            if url in known:
                continue
            if stats.get_value("pantau/articles_requested", 0) >= self.max_articles \
                    or not self._within_budget():
                stats.set_value("pantau/budget_reached", True)
                return
            stats.inc_value("pantau/articles_requested")
            # dont_filter: URLs are deduplicated above; Scrapy's filter would silently
            # swallow the second hop of a redirect loop instead of letting it be counted
            yield scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                                 dont_filter=True)

    def _within_budget(self) -> bool:
        """Counts one request against ``max_requests``; False once it is spent."""
        stats = self.crawler.stats
        if stats.get_value("pantau/requests_made", 0) >= self.max_requests:
            if not stats.get_value("pantau/budget_reached"):
                self._problem(f"request budget of {self.max_requests} spent; the rest waits "
                              "for the next run")
            stats.set_value("pantau/budget_reached", True)
            return False
        stats.inc_value("pantau/requests_made")
        return True

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
