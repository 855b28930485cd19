"""Finding a site's routes, and reading what they return: pure functions over fetched text.

``spiders.routes`` holds the spider's requests and callbacks that use them (for a
source given only ``url``, and for ``pantau sources discover``). What counts as a route:

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

import io
import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
from lxml import etree
from parsel import Selector
from protego import Protego
from scrapy.utils.gz import gunzip
from w3lib.encoding import html_to_unicode
from w3lib.url import safe_url_string

from crawler.urls import canonical, host, same_site

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


def followable(href: str, join: Callable[[str], str]) -> str | None:
    """``href`` made absolute by ``join`` (``response.urljoin``, or ``urljoin`` on a base);
    None when no crawl can follow it: not http(s), or an address that ``urlsplit``,
    ``canonical`` or a ``scrapy.Request`` refuse with a ValueError (an unclosed IPv6
    bracket, a port past 65535 or not a number, a host that NFKC normalization changes),
    which would end the callback that read it, and lose the rest of the page.

    >>> followable("/berita/1", partial(urljoin, "https://x.go.id/"))
    'https://x.go.id/berita/1'
    >>> [followable(h, partial(urljoin, "https://x.go.id/"))
    ...  for h in ("http://[", "mailto:humas@x.go.id", "http://x.go.id:99999/")]
    [None, None, None]
    """
    try:
        url = join(href)
        parts = urlsplit(url)
        url.encode("utf-8")  # no lone surrogate
    except ValueError:  # UnicodeError too
        return None
    return url if parts.scheme in ("http", "https") and _sound(parts.scheme, parts.netloc) else None


@lru_cache(maxsize=4096)
def _sound(scheme: str, netloc: str) -> bool:
    """Whether an address on ``netloc`` survives ``canonical`` and ``scrapy.Request``: what
    they refuse is all in the host and port part (tried once per host: a listing holds
    hundreds of links to one)."""
    root = f"{scheme}://{netloc}/"
    try:
        canonical(root), safe_url_string(root)
    except ValueError:
        return False
    return True


def resolved(hrefs: Iterable[str], join: Callable[[str], str]) -> list[str]:
    """The ``followable`` links of ``hrefs``, absolute, in order."""
    return [url for href in hrefs if (url := followable(href, join)) is not None]


def feed_links(html: str, base: str) -> list[str]:
    """Feeds the page announces in its head, in page order."""
    page = Selector(text=html)
    found = []
    for link in page.css("link[rel~=alternate]"):
        # the element's own get(): parsel's .attrib copies every attribute, and lxml refuses
        # to read one whose name holds a control character (ValueError)
        kind = (link.root.get("type") or "").lower().split(";")[0].strip()
        href = link.root.get("href")
        if href and kind in FEED_TYPES and "comments" not in href.lower():
            found.append(href)
    return list(dict.fromkeys(resolved(found, partial(urljoin, base))))


def page_links(page: Selector, url: str) -> list[str]:
    """The links of a page, made absolute against its ``<base href>`` (as a browser does)
    or, when it declares none or one no URL parser accepts ("//["), its own ``url``.
    Scrapy's ``response.css`` would raise on such a base and end the callback."""
    base = url
    declared = page.css("base::attr(href)").get()
    if declared and declared.strip():
        try:
            joined = urljoin(url, declared.strip())
            if urlsplit(joined).scheme in ("http", "https"):
                base = joined
        except ValueError:
            pass
    return resolved(page.css("a::attr(href)").getall(), partial(urljoin, base))


def robots_sitemaps(robots_txt: str, base: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt file (read by Protego, as Scrapy reads it)."""
    sitemaps = Protego.parse(robots_txt).sitemaps
    return list(dict.fromkeys(resolved(sitemaps, partial(urljoin, base))))


_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_AS_UTF8 = {"content-type": "application/xml; charset=utf-8"}


def _no_character(match: re.Match[str]) -> str:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    return "&#xFFFD;" if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF else match.group()


def _utf8_or_cp1252(body: bytes) -> str | None:
    for encoding in ("utf-8", "cp1252"):
        try:
            body.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def read_feed(body: bytes, content_type: str | None = None) -> Any:
    """feedparser's reading of a fetched feed, whose HTTP header said ``content_type``.

    The text is decoded first as Scrapy decodes a response (byte-order mark, HTTP charset,
    XML declaration, then UTF-8 or cp1252): left to itself, feedparser hands a body that
    does not decode as declared to chardet, whose pure-Python detection takes minutes on
    a few hundred kilobytes of long unaccented words. Numeric character references to no
    character (past U+10FFFF, or a surrogate) become U+FFFD, as HTML5 reads them:
    feedparser's loose parser calls ``chr()`` on them and raises. And feedparser gets a
    stream: given bytes, it tries them as a file name first, so a feed whose body is
    ``/dev/zero`` would be read from the local disk, without end.
    """
    _encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_utf8_or_cp1252)
    if "&#" in text:
        text = _CHARACTER_REFERENCE.sub(_no_character, text)
    return feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=_AS_UTF8)


def section_links(html: str, base: str) -> list[str]:
    """Links on the page to a news section of the same site, best first."""
    site = host(base)
    page = Selector(text=html)
    by_path, by_text = [], []
    join = partial(urljoin, base)
    for anchor in page.css("a[href]"):
        url = followable(anchor.root.get("href"), join)  # not .attrib: see feed_links
        if url is None or not same_site(url, site):
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
    site = host(page_url)
    here = urlsplit(page_url)
    join = partial(urljoin, page_url)
    for href in Selector(text=html).css("a::attr(href)").getall():
        url = followable(href, join)
        if url is None or not same_site(url, site):
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


def sitemap_body(body: bytes, max_size: int) -> bytes | None:
    """A sitemap's XML, gunzipped (at most ``max_size`` bytes) when it came gzipped;
    None when it is not a sitemap."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=max_size)
        except Exception:  # a truncated or oversized gzip stream, in any of its forms
            return None
    return body if looks_like_sitemap(body) else None


def changed_since(lastmod: str | None, since: datetime | None) -> bool:
    """Whether a sitemap entry may hold articles from ``since`` on (a backfill skips the
    entries last changed before it; an entry without a readable date is kept)."""
    if since is None or not lastmod:
        return True
    try:
        when = datetime.fromisoformat(lastmod.strip())
    except ValueError:
        return True
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) >= since


def xml_damage(body: bytes, *, strict: bool = False) -> tuple[str, str] | None:
    """(stat, problem) for XML that declares entities (never expanded: billion laughs)
    or, with ``strict``, does not parse; None for sound XML.

    The parsers read on either way (feedparser loosely, lxml in recover mode without
    resolving entities); this only makes the damage visible.
    """
    if b"<!ENTITY" in body[:20000]:
        return "pantau/xml_entities_refused", "declares XML entities (not expanded)"
    if strict:
        try:
            etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            return "pantau/xml_malformed", f"malformed XML ({exc}); read what parses"
    return None
