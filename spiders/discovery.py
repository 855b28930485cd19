"""Finding a site's routes from its home page: feeds, sitemaps and listing pages.

Pure functions over fetched text, and ``DiscoveryCallbacks``, the news spider's
requests and callbacks that use them (for a source given only ``url``, and for
``pantau sources discover``). What counts as a route:

- feeds: ``<link rel="alternate" type="application/rss+xml|atom+xml">`` in the page
  head, and the usual paths (/feed/, /rss, /rss.xml, /feed.xml, /atom.xml);
- sitemaps: ``Sitemap:`` lines of robots.txt, and the usual paths (/sitemap.xml,
  /sitemap_index.xml, /wp-sitemap.xml, /sitemap-news.xml, /news-sitemap.xml);
- listing pages: links to a news section (/berita, /news, /kabar, /warta, a
  category named Berita ...) whose page links reveal the pagination scheme
  (``?page=2``, ``/page/2/``, ``?hal=2``, ``?per_page=10`` ...), turned into a
  ``{page}`` template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from scrapy.http import Request, Response, TextResponse

from crawler.urls import same_site

MAX_SECTIONS = 3  # news sections followed from a home page
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
FEED_PATHS = ("/feed/", "/rss", "/rss.xml", "/feed.xml", "/atom.xml")
SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml", "/sitemap-news.xml",
                 "/news-sitemap.xml")

# A news section: the last path segment names news in Indonesian or English.
_SECTION = re.compile(
    r"^/(?:[\w-]+/)?(berita|news|kabar|warta|artikel|informasi|siaran-pers|press-release|"
    r"berita-daerah|berita-terkini|berita-terbaru|category/berita|kategori/berita)/?$",
    re.IGNORECASE,
)
_SECTION_TEXT = re.compile(r"^\s*(berita|news|kabar|warta|berita terkini|berita daerah|"
                           r"siaran pers|artikel|semua berita|indeks berita)\s*$", re.IGNORECASE)
# Query parameters and path segments that number listing pages.
_PAGE_PARAMS = ("page", "halaman", "hal", "p", "paged", "pg")
_PAGE_PATH = re.compile(r"/(page|halaman|hal)/(\d+)/?$", re.IGNORECASE)


def _same_host(url: str, host: str) -> bool:
    other = (urlsplit(url).hostname or "").removeprefix("www.")
    return bool(other) and other == host.removeprefix("www.")


def feed_links(html: str, base: str) -> list[str]:
    """Feeds the page announces in its head, in page order."""
    page = Selector(text=html)
    found = []
    for link in page.css("link[rel~=alternate]"):
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        href = link.attrib.get("href")
        if href and kind in FEED_TYPES and "comments" not in href.lower():
            found.append(urljoin(base, href))
    return list(dict.fromkeys(found))


def robots_sitemaps(robots_txt: str, base: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt file."""
    lines = (line.split("#", 1)[0].strip() for line in robots_txt.splitlines())
    return list(dict.fromkeys(
        urljoin(base, line.split(":", 1)[1].strip())
        for line in lines if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ))


def section_links(html: str, base: str) -> list[str]:
    """Links on the page to a news section of the same site, best first."""
    host = urlsplit(base).hostname or ""
    page = Selector(text=html)
    by_path, by_text = [], []
    for anchor in page.css("a[href]"):
        url = urljoin(base, anchor.attrib["href"])
        if not _same_host(url, host):
            continue
        parts = urlsplit(url)
        if parts.query and not any(k in _PAGE_PARAMS for k, _ in parse_qsl(parts.query)):
            continue
        clean = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        if _SECTION.match(parts.path):
            by_path.append(clean)
        elif _SECTION_TEXT.match(" ".join(anchor.css("::text").getall())):
            by_text.append(clean)
    return list(dict.fromkeys(by_path + by_text))


def pagination_template(html: str, page_url: str) -> str | None:
    """The ``{page}`` template of a listing page, from its links to page 2 (or 3).

    >>> pagination_template('<a href="/berita?page=2">2</a>', "https://x.go.id/berita")
    'https://x.go.id/berita?page={page}'
    """
    host = urlsplit(page_url).hostname or ""
    here = urlsplit(page_url)
    for href in Selector(text=html).css("a::attr(href)").getall():
        url = urljoin(page_url, href)
        if not _same_host(url, host):
            continue
        template = _template_of(url, here.path)
        if template:
            return template
    return None


def _template_of(url: str, listing_path: str) -> str | None:
    parts = urlsplit(url)
    for i, (key, value) in enumerate(query := parse_qsl(parts.query)):
        if key.lower() in _PAGE_PARAMS and value in ("2", "3") and _near(parts.path, listing_path):
            rest = urlencode([*query[:i], (key, "PAGE"), *query[i + 1:]])
            return urlunsplit(parts._replace(query=rest.replace("PAGE", "{page}"), fragment=""))
    match = _PAGE_PATH.search(parts.path)
    if match and match.group(2) in ("2", "3") and _near(parts.path[: match.start()], listing_path):
        path = parts.path[: match.start(2)] + "{page}" + parts.path[match.end(2):]
        return urlunsplit(parts._replace(path=path, query="", fragment=""))
    return None


def _near(path: str, listing_path: str) -> bool:
    """Whether a page link belongs to this listing (same path, or the site root's)."""
    a, b = path.rstrip("/"), listing_path.rstrip("/")
    return a == b or not b


def home_listing(base: str) -> str:
    """The home page itself, read as a listing when nothing better is found."""
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))


def _root(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def robots_url(base: str) -> str:
    return urljoin(_root(base), "/robots.txt")


def probes(base: str) -> tuple[list[str], list[str]]:
    """Common feed and sitemap addresses to try on a site."""
    root = _root(base)
    return ([urljoin(root, p) for p in FEED_PATHS], [urljoin(root, p) for p in SITEMAP_PATHS])


def looks_like_feed(body: bytes) -> bool:
    head = body[:1000].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_sitemap(body: bytes) -> bool:
    head = body[:2000]
    return b"<urlset" in head or b"<sitemapindex" in head


class DiscoveryCallbacks:
    """The news spider's discovery requests and callbacks (mixed into ``NewsSpider``):
    robots.txt and the home page first, then the feeds, sitemaps and news sections
    they reveal (or the usual addresses), each crawled as soon as it is found and
    recorded in ``self._found`` for the spider to remember when it closes."""

    # provided by NewsSpider
    source: Any
    crawler: Any
    logger: Any
    _found: dict[str, list[str]] | None
    _route: Callable[..., Any]
    _problem: Callable[[str], None]
    _sitemap_body: Callable[[Response], bytes | None]
    parse_feed: Callable[[Response], Iterator[Any]]
    parse_sitemap: Callable[..., Iterator[Any]]
    parse_listing: Callable[[Response], Iterator[Any]]

    def _discover(self) -> Iterator[Request | None]:
        """Find a home-page-only source's routes; they are crawled as they are found."""
        self._found = {"feed": [], "sitemap": [], "listing": []}
        self.crawler.stats.inc_value("pantau/discoveries")
        home = home_listing(self.source.url)
        yield self._route(robots_url(home), self.discover_robots, conditional=False,
                          errback=self.probe_failed)
        yield self._route(home, self.discover_home, conditional=False)

    def discover_robots(self, response: Response) -> Iterator[Any]:
        text = response.text if isinstance(response, TextResponse) else ""
        sitemaps = [u for u in robots_sitemaps(text, response.url)
                    if same_site(u, self.source.host)]
        urls = sitemaps or probes(response.url)[1]
        for url in urls:
            yield self._route(url, self.discover_sitemap, conditional=False,
                              errback=self.probe_failed)

    def discover_home(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            self._problem(f"home page {response.url}: not an HTML page")
            return
        yield from self.parse_listing(response)  # the home page lists the newest articles
        feeds = [u for u in feed_links(response.text, response.url)
                 if same_site(u, self.source.host)]
        for url in feeds or probes(response.url)[0]:
            yield self._route(url, self.discover_feed, conditional=False,
                              errback=self.probe_failed)
        for url in section_links(response.text, response.url)[:MAX_SECTIONS]:
            yield self._route(url, self.discover_section, conditional=False,
                              errback=self.probe_failed)

    def discover_feed(self, response: Response) -> Iterator[Any]:
        if response.status == 200 and looks_like_feed(response.body):
            self._learn("feed", response.request.url)
            yield from self.parse_feed(response)

    def discover_sitemap(self, response: Response) -> Iterator[Any]:
        body = self._sitemap_body(response) if response.status == 200 else None
        if body is not None:
            self._learn("sitemap", response.request.url)
            yield from self.parse_sitemap(response, body)

    def discover_section(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            return
        template = pagination_template(response.text, response.url)
        self._learn("listing", template or response.request.url)
        response.meta["template"], response.meta["page"] = template, 1
        yield from self.parse_listing(response)

    def _learn(self, kind: str, url: str) -> None:
        if self._found is not None and url not in self._found[kind]:
            self._found[kind].append(url)
            self.logger.info("%s: found %s %s", self.source.name, kind, url)

    def probe_failed(self, failure: Any) -> None:
        """A guessed address that does not exist is no error."""
        self.crawler.stats.inc_value("pantau/probes_missed")
