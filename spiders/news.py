"""The generic news spider: one source per run, driven by its ``sources.toml`` entry.

Routes: RSS/Atom feeds, sitemaps (an index leads to child sitemaps; Google News
sitemaps too) and listing pages with ``{page}`` pagination. A source given only
its home page is discovered (``spiders.routes``): feeds, sitemaps and news
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

The callbacks are async generators: every database read (validators, known URLs,
remembered routes) and write (validators, what was learnt) runs in a thread, so the
reactor keeps fetching; URLs whose outcome needs no extraction (not HTML, a client
error) go to the item pipeline as ``SeenPage`` items, which ``StorePipeline`` records.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import scrapy
from filelock import FileLock
from parsel import Selector
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap
from sqlalchemy import Engine
from w3lib.encoding import http_content_type_encoding

import storage
from crawler import urls
from crawler.config.settings import Config, ConfigError, CrawlConfig
from crawler.config.sources import Source, load_sources, select
from crawler.extract.dates import parse_indonesian_datetime
from crawler.urls import canonical, host, same_site
from spiders import discovery, inflight
from spiders.errors import describe, http_status
from spiders.frontier import FrontierKeeping
from spiders.items import ArticlePage, SeenPage
from spiders.routes import RouteDiscovery
from storage.locks import source_lock, try_acquire

_HTML_TYPES = (b"text/html", b"application/xhtml")
_MAX_PROBLEMS = 5
# article requests a source's crawl hands to Scrapy at once, per parallel request it
# makes: enough to keep its downloads busy, few enough that a sitemap of 20,000
# articles does not sit in Scrapy's queue as 20,000 requests
_WINDOW_PER_REQUEST = 4


@dataclass(frozen=True)
class Route:
    """A feed, sitemap or listing page to request (its validators are looked up in a
    batch before the request is made)."""

    url: str
    callback: Callable[..., Any]
    meta: dict[str, Any] = field(default_factory=dict)
    conditional: bool = True
    errback: Callable[..., Any] | None = None


class NewsSpider(RouteDiscovery, FrontierKeeping, scrapy.Spider):
    name = "news"
    # set by from_crawler, from the source and the crawl's settings
    source: Source
    allowed_domains: list[str]
    is_article: Callable[[str], bool]
    limits: CrawlConfig
    max_bytes: int
    db: Engine
    lock: FileLock

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
        self._frontier_pages: set[str] = set()  # listing pages in the frontier
        self._waiting: deque[str] = deque()  # unknown article URLs not handed to Scrapy yet
        self._outstanding = 0  # article requests handed to Scrapy and not answered yet
        self._window = 64

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
            | {host(u) for u in (*source.feeds, *source.sitemaps, *source.listings)}
        )
        spider.is_article = urls.article_test(source.article_regex)
        config: Config = settings["PANTAU"]
        spider.limits = config.crawl
        spider.max_bytes = settings.getint("DOWNLOAD_MAXSIZE")
        # the crawl opened (and migrated) this database before the reactor started:
        # this returns its cached engine
        spider.db = storage.open_database(settings["PANTAU_DB"])
        spider.lock = source_lock(settings["PANTAU_DB"], source.name)
        spider._window = _WINDOW_PER_REQUEST * config.crawl.concurrency
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        if spider.since is not None and spider.since.tzinfo is None:
            spider.since = spider.since.replace(tzinfo=UTC)
        return spider

    async def closed(self, reason: str) -> None:
        try:
            if reason == "finished" and not self.skipped:
                await asyncio.to_thread(self._save_what_was_learnt)
        finally:
            if self.lock.is_locked:
                self.lock.release()

    def _save_what_was_learnt(self) -> None:
        now = datetime.now(UTC)
        if self._found is not None:
            storage.replace_routes(self.db, self.source.name, self._found, when=now)
        # A validator hides a page's links from the next run (304): only a run that
        # requested every unknown article it found may save them, and only one in which
        # no stage failed (the pages it did not judge must be seen again).
        stats = self.crawler.stats
        if not (stats.get_value("pantau/budget_reached")
                or stats.get_value("pantau/stage_failures")):
            storage.save_validators(self.db, self._validators, when=now)

    # -- routes ---------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if not try_acquire(self.lock):
            self.skipped = "another process is crawling this source"
            self.logger.warning("%s: %s; skipped", self.source.name, self.skipped)
            return
        source = self.source
        remembered = None
        if not (source.feeds or source.sitemaps or source.listings) or self.discover_only:
            remembered = await asyncio.to_thread(self._remembered)
        async for request in self._take_up_frontier():
            yield request
        async for request in self._requests(self._first_routes(remembered)):
            yield request

    def _remembered(self) -> dict[str, list[str]] | None:
        """The routes discovery found for a home-page-only source, or None when they are
        to be found (anew) in this run. Reads the database: runs in a thread."""
        last = storage.discovered_at(self.db, self.source.name)
        stale = timedelta(days=self.limits.rediscover_days)
        if self.discover_only or last is None or datetime.now(UTC) - last > stale:
            return None
        return storage.routes_of(self.db, self.source.name)

    def _first_routes(self, remembered: dict[str, list[str]] | None) -> list[Route | None]:
        source = self.source
        feeds, sitemaps, listings = source.feeds, source.sitemaps, source.listings
        routes: list[Route | None] = []
        if self.discover_only or not (feeds or sitemaps or listings):
            if remembered is None:
                return self._discover()
            feeds, sitemaps = tuple(remembered["feed"]), tuple(remembered["sitemap"])
            listings = tuple(remembered["listing"])
            routes.append(self._route(discovery.home_listing(source.url), self.parse_listing))
        routes += [self._route(url, self.parse_feed) for url in feeds]
        routes += [self._route(url, self.parse_sitemap) for url in sitemaps]
        routes += [self._listing_page(template, 1) for template in listings]
        return routes

    def _route(self, url: str, callback: Callable[..., Any],
               meta: dict[str, Any] | None = None, *, conditional: bool = True,
               errback: Callable[..., Any] | None = None) -> Route | None:
        """A route to request, counted against the budget; None if already requested."""
        if url in self._routes_requested or not self._within_budget():
            return None
        self._routes_requested.add(url)
        return Route(url, callback, meta or {}, conditional, errback)

    async def _requests(self, routes: Iterable[Route | None]) -> AsyncIterator[scrapy.Request]:
        """Requests for ``routes``, conditional ones with the validators last saved
        (one database read, in a thread, for all of them)."""
        planned = [r for r in routes if r is not None]
        asked = [r.url for r in planned if r.conditional and self.since is None]
        saved = await asyncio.to_thread(storage.validators, self.db, asked) if asked else {}
        for route in planned:
            etag, modified = saved.get(route.url, (None, None))
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
            yield scrapy.Request(
                route.url, callback=self._fresh(route.callback),
                errback=route.errback or self.route_failed,
                meta={**route.meta, "handle_httpstatus_list": [304]}, headers=headers,
                priority=10, dont_filter=True,
            )

    def _fresh(self, callback: Callable[..., Any]) -> Callable[[Response], AsyncIterator[Any]]:
        """Wrap a route callback: a 304 ends there; a 200 has its validators kept."""
        async def wrapped(response: Response) -> AsyncIterator[Any]:
            if response.status == 304:
                self.crawler.stats.inc_value("pantau/not_modified")
                self._route_ok()
                await self._reached(response.request.url)
                return
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self._validators[response.request.url] = (
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
            async for output in callback(response):
                yield output
            await self._reached(response.request.url)
        return wrapped

    def _listing_page(self, template: str, page: int) -> Route | None:
        return self._route(template.replace("{page}", str(page)), self.parse_listing,
                           meta={"template": template, "page": page})

    async def parse_feed(self, response: Response) -> AsyncIterator[Any]:
        self._route_ok()
        self._check_xml("feed", response.url, response.body)
        kind = response.headers.get(b"Content-Type")
        parsed = discovery.read_feed(response.body, kind.decode("latin-1") if kind else None)
        found = [e.get("link") for e in parsed.entries if e.get("link")]
        if not found:
            self._problem(f"feed {response.url}: no entries"
                          + (f" ({parsed.bozo_exception})" if parsed.bozo else ""))
            return
        if parsed.bozo:
            self._problem(f"feed {response.url}: malformed ({parsed.bozo_exception}); "
                          f"{len(found)} entries read anyway")
        async for request in self._articles(discovery.resolved(found, response.urljoin)):
            yield request

    async def parse_sitemap(self, response: Response,
                            body: bytes | None = None) -> AsyncIterator[Any]:
        body = body or discovery.sitemap_body(response.body, self.max_bytes)
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
        entries = [e for e in sitemap
                   if e.get("loc") and discovery.changed_since(e.get("lastmod"), self.since)]
        if sitemap.type == "sitemapindex":
            newest_first = sorted(entries, key=lambda e: e.get("lastmod", ""), reverse=True)
            budget = self.limits.max_backfill_pages if self.since else self.limits.max_sitemaps
            locations = discovery.resolved((e["loc"] for e in newest_first), response.urljoin)
            children = [self._route(url, self.parse_sitemap) for url in locations[:budget]]
            async for request in self._requests(children):
                yield request
        else:
            locations = discovery.resolved((e["loc"] for e in entries), response.urljoin)
            async for request in self._articles(locations):
                yield request

    def _check_xml(self, kind: str, url: str, body: bytes, strict: bool = False) -> None:
        """Count XML that declares entities or is broken (``discovery.xml_damage``)."""
        damage = discovery.xml_damage(body, strict=strict)
        if damage is not None:
            stat, problem = damage
            self.crawler.stats.inc_value(stat)
            self._problem(f"{kind} {url}: {problem}")

    async def parse_listing(self, response: Response) -> AsyncIterator[Any]:
        if not isinstance(response, TextResponse):
            self._problem(f"listing {response.url}: not an HTML page")
            return
        self._route_ok()
        parsed = Selector(text=response.text)  # not response.css: see discovery.page_links
        found = discovery.page_links(parsed, response.url)
        articles = [canonical(u) for u in found if self.is_article(u)]
        async for request in self._articles(articles):
            yield request
        template, page = response.meta.get("template"), response.meta.get("page", 1)
        # New: unknown to the database and not shown by an earlier page of this listing
        # (a CMS that repeats its last page past the end shows nothing new).
        shown = self._shown.setdefault(template or response.url, set())
        unknown = any(url in self._unknown and url not in shown for url in articles)
        shown.update(articles)
        if template and "{page}" in template and self._page_on(parsed, page, unknown):
            await self._remember_page(template, page + 1)
            async for request in self._requests([self._listing_page(template, page + 1)]):
                yield request

    def _page_on(self, parsed: Selector, page: int, unknown_links: bool) -> bool:
        """Whether to follow a listing to its next page.

        Incremental: only while a page still shows unknown articles. Backfill: until
        the page's dates are all older than ``since``, within the backfill budget.
        """
        if self.since is None:
            return unknown_links and page < self.limits.max_listing_pages
        if page >= self.limits.max_backfill_pages:
            return False
        texts = parsed.css("body ::text").getall()
        dates = [d for d in map(parse_indonesian_datetime, texts) if d is not None]
        return not dates or max(dates) >= self.since

    def route_failed(self, failure: Any) -> None:
        self.crawler.stats.inc_value("pantau/routes_failed")
        self._problem(f"{failure.request.url}: {describe(failure)}")

    # -- articles -------------------------------------------------------------

    async def _articles(self, found: Iterable[str]) -> AsyncIterator[scrapy.Request]:
        """Requests for the article URLs of this site that the database does not know.

        Each unknown URL is put in the frontier first, then waits its turn: at most
        ``_window`` article requests are in Scrapy's hands at once, and each answer
        (``parse_article``, ``article_failed``) lets the next one go (``_released``).
        What waits is a URL, not a request; a crawl stopped with URLs still waiting
        leaves them in the frontier, where the next crawl takes them up."""
        if self.discover_only:
            return
        stats = self.crawler.stats
        fresh = []
        for url in map(canonical, found):
            if same_site(url, self.source.host) and url not in self._scheduled:
                self._scheduled.add(url)
                fresh.append(url)
        stats.inc_value("pantau/article_links", len(fresh))
        known = await asyncio.to_thread(
            storage.known_urls, self.db, fresh, give_up_after=self.limits.give_up_after)
        stats.inc_value("pantau/articles_known", len(known))
        unknown = [url for url in fresh if url not in known]
        self._unknown.update(unknown)
        await self._remember_articles(unknown)  # before they are asked for, budget-cut too
        self._waiting.extend(unknown)
        for request in self._released():
            yield request

    def _released(self) -> list[scrapy.Request]:
        """Requests for waiting article URLs, as many as the window has room for; none
        once the article or request budget is spent (the rest stays in the frontier)."""
        stats = self.crawler.stats
        requests = []
        while self._waiting and self._outstanding < self._window:
            if stats.get_value("pantau/articles_requested", 0) >= self.limits.max_articles \
                    or not self._within_budget():
                stats.set_value("pantau/budget_reached", True)
                self._waiting.clear()
                break
            url = self._waiting.popleft()
            stats.inc_value("pantau/articles_requested")
            self._outstanding += 1
            # dont_filter: URLs are deduplicated above; Scrapy's filter would silently
            # swallow the second hop of a redirect loop instead of letting it be counted
            requests.append(scrapy.Request(
                url, callback=self.parse_article, errback=self.article_failed,
                dont_filter=True, meta={inflight.ARTICLE: True}))
        return requests

    def _answered(self) -> list[scrapy.Request]:
        """An article request was answered (a page or a failure): the next may go."""
        self._outstanding = max(0, self._outstanding - 1)
        return self._released()

    def _idle(self) -> None:
        """Scrapy found nothing left to do: nothing is in flight, whatever was counted
        (a request dropped on a path that calls neither callback nor errback), so
        the waiting URLs get a full window and the spider stays open for them."""
        if not self._waiting:
            return
        self._outstanding = 0
        requests = self._released()
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def _within_budget(self) -> bool:
        """Counts one request against ``max_requests``; False once it is spent."""
        stats = self.crawler.stats
        budget = self.limits.max_requests
        if stats.get_value("pantau/requests_made", 0) >= budget:
            if not stats.get_value("pantau/budget_reached"):
                self._problem(f"request budget of {budget} spent; the rest waits for the "
                              "next run")
            stats.set_value("pantau/budget_reached", True)
            return False
        stats.inc_value("pantau/requests_made")
        return True

    def parse_article(self, response: Response) -> list[Any]:
        following = self._answered()
        kind = response.headers.get(b"Content-Type", b"").lower()
        if not isinstance(response, TextResponse) or not kind.startswith(_HTML_TYPES):
            self.crawler.stats.inc_value("pantau/not_html")
            inflight.give_back(response.meta)
            return [self._seen(response.request.url, "no_article", response.status),
                    *following]
        return [ArticlePage(
            source=self.source.name,
            region_code=self.source.region_code,
            url=canonical(response.request.url),
            response_url=response.url,
            html=response.body,
            encoding=http_content_type_encoding(kind.decode("latin-1")),
            status=response.status,
            fetched_at=datetime.now(UTC),
            place=response.meta.get(inflight.PLACE),
        ), *following]

    def article_failed(self, failure: Any) -> list[Any]:
        inflight.give_back(failure.request.meta)
        following = self._answered()
        stats = self.crawler.stats
        status = http_status(failure)
        reason = describe(failure)
        if reason == "forbidden by robots.txt":  # the site's wish, not a failure
            stats.inc_value("pantau/robots_forbidden")
            return following
        stats.inc_value("pantau/article_errors")
        stats.inc_value(f"pantau/article_errors/{reason.split(' (')[0]}")
        # A client error (except 429) is the page's answer; after a few it is final.
        # Timeouts and 5xx say nothing about the page and are retried next run.
        if status is not None and 400 <= status < 500 and status != 429:
            return [self._seen(failure.request.url, "failed", status), *following]
        return following

    def _seen(self, url: str, state: str, status: int | None) -> SeenPage:
        return SeenPage(source=self.source.name, url=canonical(url), state=state,
                        status=status, fetched_at=datetime.now(UTC))

    # -- bookkeeping ----------------------------------------------------------

    def _route_ok(self) -> None:
        self.crawler.stats.inc_value("pantau/routes_ok")

    def _problem(self, text: str) -> None:
        self.crawler.stats.inc_value("pantau/problems")
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(text)
        self.logger.warning(text)
