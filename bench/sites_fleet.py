"""A fleet of local news sites for ``bench/fleet.py``: many hosts on loopback, one server.

Every site has its own address on 127.0.0.0/8 (127.1.x.y) and one port that all share:
one ``ThreadingHTTPServer`` bound to 0.0.0.0 picks the site by the local address the
connection came in on. Sites come in five layouts, as Indonesian regional sites do:

- ``wordpress``: an RSS feed of the newest 10 and a Yoast-style sitemap index
  (1,000 posts a child), ETags;
- ``government``: a city portal with only a listing, ``/berita?page=N``, 10 a page,
  no validators (a PHP page built on every request);
- ``monthly``: a custom CMS with a sitemap index of monthly sitemaps, Last-Modified;
- ``infoportal``: a Google News sitemap of the newest 30 and an index listing
  ``/indeks?page=N``, 20 a page, ETags, an ``article_pattern``;
- ``discovered``: a WordPress site given to Pantau by its home page alone, whose
  robots.txt names the sitemap index and whose head links the feed.

Article pages are ``bench/crawl.py``'s (real IndoSum text in a theme of about 140 KB).
A site is ``ok``, ``slow`` (1.5-4 s a response), ``flaky`` (a fifth of the requests
answered 503 or 500, or reset), or down: ``refused`` (its URL's port has no listener)
or ``hung`` (a listener that accepts and never answers). Each site counts the requests
it got by kind, and the article pages asked for again: ``refetch`` when the page was
seeded or answered in full in an earlier hour (``bench/fleet.py`` asks the database
whether it had recorded it), ``again`` when it was answered in full earlier in the
same hour (a retry of a reply the crawler did not get in time).
"""

from __future__ import annotations

import hashlib
import html
import random
import re
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import crawl  # bench/crawl.py: the page generator and its theme

SHAPES = ("wordpress", "government", "monthly", "infoportal", "discovered")
SHAPE_SHARES = (0.35, 0.25, 0.15, 0.15, 0.10)
PROFILES = ("ok", "slow", "flaky", "refused", "hung")
PROFILE_SHARES = (0.85, 0.05, 0.05, 0.025, 0.025)
SPACING = timedelta(hours=3)  # between two archive articles of a site
_SLUG = re.compile(r"[^a-z0-9]+")

Reply = tuple[int, str, bytes, dict[str, str]] | None  # status, type, body, headers


@dataclass
class FleetSite:
    """One site: what it has published, how it behaves, what it was asked."""

    index: int
    shape: str
    profile: str
    archive: int
    new_per_hour: int
    start: datetime  # the first new article's hour; archive articles come before
    host: str = ""
    port: int = 0
    hour: int = 0  # hours advanced: ``new_per_hour`` articles published with each
    seeded: int = 0  # article numbers below this are in the database as seen
    served: dict[int, int] = field(default_factory=dict)  # article number: the hour it
    # was first answered 200 in full (0: the backfill)
    refetched: list[tuple[str, int]] = field(default_factory=list)  # (path, hour served)
    counts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    rng: random.Random = field(default_factory=random.Random, repr=False)

    @property
    def name(self) -> str:
        return f"site-{self.index:04d}"

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def total(self) -> int:
        return self.archive + self.hour * self.new_per_hour

    @property
    def up(self) -> bool:
        return self.profile not in ("refused", "hung")

    def newest(self) -> range:
        """The article numbers published with the last hour."""
        return range(self.total - self.new_per_hour if self.hour else self.total, self.total)

    def published(self, n: int) -> datetime:
        if n < self.archive:
            return self.start - (self.archive - n) * SPACING
        hour, k = divmod(n - self.archive, self.new_per_hour)
        return self.start + timedelta(hours=hour, minutes=5 * k)

    # -- paths ----------------------------------------------------------------

    def slug(self, n: int) -> str:
        title = TEXTS.titles[self._text(n)]
        return _SLUG.sub("-", title.lower())[:60].strip("-") or "berita"

    def _text(self, n: int) -> int:
        return (self.index * 7919 + n) % len(TEXTS.titles)

    def path(self, n: int) -> str:
        when = self.published(n)
        if self.shape == "wordpress":
            return f"/{when:%Y/%m}/{self.slug(n)}-{n}/"
        if self.shape == "government":
            return f"/berita/read/{10000 + n}/{self.slug(n)}"
        if self.shape == "monthly":
            return f"/artikel/{100000 + n}/{self.slug(n)}"
        if self.shape == "infoportal":
            return f"/kategori/nusantara/{900000 + n}/{self.slug(n)}"
        return f"/{when:%Y/%m/%d}/{self.slug(n)}-{n}/"

    def url(self, n: int) -> str:
        return self.base + self.path(n)

    def number(self, path: str) -> int | None:
        """The article number of ``path``, None if it is no article of this site."""
        match = _ARTICLE[self.shape].match(path)
        if not match:
            return None
        n = int(match.group(1)) - _OFFSET[self.shape]
        return n if 0 <= n < self.total and self.path(n) == path else None

    def source_toml(self) -> str:
        base, lines = self.base, [f'[[source]]\nname = "{self.name}"\nurl = "{self.base}/"']
        if self.shape == "wordpress":
            lines += [f'feeds = ["{base}/feed/"]', f'sitemaps = ["{base}/sitemap_index.xml"]']
        elif self.shape == "government":
            lines.append(f'listings = ["{base}/berita?page={{page}}"]')
        elif self.shape == "monthly":
            lines.append(f'sitemaps = ["{base}/sitemap.xml"]')
        elif self.shape == "infoportal":
            lines += [f'sitemaps = ["{base}/sitemap-news.xml"]',
                      f'listings = ["{base}/indeks?page={{page}}"]',
                      "article_pattern = '/kategori/[a-z0-9-]+/\\d+/'"]
        return "\n".join([*lines, 'language = "id"']) + "\n"

    # -- answering --------------------------------------------------------------

    def respond(self, path: str, headers: Any) -> Reply | str:
        """The reply to a GET of ``path``: a Reply (None: 404), or "reset"."""
        with self.lock:
            roll = self.rng.random()
            pause = self.rng.uniform(1.5, 4.0)
        kind = self.kind(path)
        self._count(f"req/{kind}")
        if self.profile == "slow":
            time.sleep(pause)
        if self.profile == "flaky" and roll < 0.20:
            if roll < 0.05:
                self._count("reset")
                return "reset"
            self._count("5xx")
            return (503 if roll < 0.15 else 500), "text/html", b"<h1>Service Unavailable</h1>", {}
        if kind == "article":
            return self._article(path)
        reply = self.render(path)
        if reply is None:
            self._count("404")
            return None
        _, ctype, body, extra = reply
        if self._not_modified(headers, body, extra):
            self._count("304")
            return 304, ctype, b"", extra
        return reply

    def _count(self, key: str, amount: int = 1) -> None:
        with self.lock:
            self.counts[key] += amount

    def kind(self, path: str) -> str:
        route, _, _ = path.partition("?")
        if route == "/robots.txt":
            return "robots"
        if route in ("/feed/",):
            return "feed"
        if "sitemap" in route:
            return "sitemap"
        if route in ("/berita", "/indeks") or route == "/":
            return "listing"
        return "article" if _ARTICLE[self.shape].match(route) else "other"

    def _article(self, path: str) -> Reply:
        n = self.number(path)
        if n is None:
            self._count("404")
            return None
        with self.lock:
            first = self.served.get(n)
            if n < self.seeded or (first is not None and first < self.hour):
                kind = "article/refetch"  # served before this round (or seeded)
                self.refetched.append((path, -1 if first is None else first))
            elif first is not None:
                kind = "article/again"  # answered in full earlier in this round
            else:
                kind = "article/new" if n in self.newest() else "article/older"
            self.counts[kind] += 1
        text = self._text(n)
        body = crawl.page(text, TEXTS.titles[text], TEXTS.paragraphs[text], TEXTS.chrome,
                          TEXTS.titles)
        return 200, "text/html; charset=utf-8", body, {_ARTICLE_NUMBER: str(n)}

    def sent(self, extra: dict[str, str]) -> None:
        """The reply was written in full: an article page counts as served."""
        if _ARTICLE_NUMBER in extra:
            with self.lock:
                self.served.setdefault(int(extra[_ARTICLE_NUMBER]), self.hour)

    def _not_modified(self, headers: Any, body: bytes, extra: dict[str, str]) -> bool:
        etag, modified = extra.get("ETag"), extra.get("Last-Modified")
        if etag and headers.get("If-None-Match") == etag:
            return True
        since = headers.get("If-Modified-Since")
        if modified and since:
            try:
                return parsedate_to_datetime(since) >= parsedate_to_datetime(modified)
            except (TypeError, ValueError):
                return False
        return False

    def render(self, path: str) -> Reply:
        route, _, query = path.partition("?")
        page = int(query[5:]) if query.startswith("page=") and query[5:].isdigit() else 1
        total = self.total
        if route == "/robots.txt":
            return 200, "text/plain", self._robots().encode(), {}
        if self.shape in ("wordpress", "discovered"):
            if route == "/feed/":
                return _tagged(_rss(self, range(total - 1, max(-1, total - 11), -1)),
                               "application/rss+xml")
            if route == "/":
                return _tagged(_home(self, range(total - 1, max(-1, total - 11), -1),
                                     feed=self.shape == "discovered"), "text/html")
            per, index, child = ((1000, "/sitemap_index.xml", "/post-sitemap{k}.xml")
                                 if self.shape == "wordpress" else
                                 (2000, "/wp-sitemap.xml", "/wp-sitemap-posts-post-{k}.xml"))
            chunks = [range(a, min(a + per, total)) for a in range(0, total, per)]
            names = [child.format(k="" if k == 0 and self.shape == "wordpress" else k + 1)
                     for k in range(len(chunks))]
            if route == index:
                return _tagged(_index(self, zip(names, chunks, strict=True)), "application/xml")
            if route in names:
                return _tagged(_urlset(self, chunks[names.index(route)]), "application/xml")
            return None
        if self.shape == "government":
            if route in ("/", "/berita"):
                return 200, "text/html; charset=utf-8", _listing(self, page, 10, "/berita"), {}
            return None
        if self.shape == "infoportal":
            if route == "/sitemap-news.xml":
                return _tagged(_news(self, range(total - 1, max(-1, total - 31), -1)),
                               "application/xml")
            if route in ("/", "/indeks"):
                return _tagged(_listing(self, page, 20, "/indeks").decode(), "text/html")
            return None
        months = self._months()
        if route == "/sitemap.xml":
            items = ((f"/sitemap-{m}.xml", r) for m, r in months.items())
            return self._dated(_index(self, items), range(total - 1, total))
        if route.startswith("/sitemap-") and route[9:-4] in months:
            chunk = months[route[9:-4]]
            return self._dated(_urlset(self, chunk), range(chunk[-1], chunk[-1] + 1))
        if route == "/":
            return 200, "text/html; charset=utf-8", _listing(self, 1, 10, "/"), {}
        return None

    def _robots(self) -> str:
        text = "User-agent: *\nDisallow: /privat/\n"
        if self.shape == "wordpress":
            return text + f"Sitemap: {self.base}/sitemap_index.xml\n"
        if self.shape == "discovered":
            return text + f"Sitemap: {self.base}/wp-sitemap.xml\n"
        if self.shape == "infoportal":
            return text + f"Sitemap: {self.base}/sitemap-news.xml\n"
        return text

    def _months(self) -> dict[str, range]:
        months: dict[str, list[int]] = {}
        for n in range(self.total):
            months.setdefault(f"{self.published(n):%Y-%m}", []).append(n)
        return {m: range(ns[0], ns[-1] + 1) for m, ns in months.items()}

    def _dated(self, text: str, newest: range) -> Reply:
        modified = format_datetime(self.published(newest[-1]).astimezone(UTC), usegmt=True)
        return (200, "application/xml; charset=utf-8", text.encode(),
                {"Last-Modified": modified})


def _tagged(text: str, ctype: str) -> Reply:
    body = text.encode()
    return (200, f"{ctype}; charset=utf-8", body,
            {"ETag": f'"{hashlib.sha1(body).hexdigest()[:16]}"'})


def _rss(site: FleetSite, numbers: range) -> str:
    items = "".join(
        f"<item><title>{html.escape(TEXTS.titles[site._text(n)])}</title>"
        f"<link>{site.url(n)}</link><pubDate>{format_datetime(site.published(n))}</pubDate>"
        "<description>Berita daerah</description></item>" for n in numbers)
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
            f"<title>{site.name}</title><link>{site.base}/</link>{items}</channel></rss>")


def _home(site: FleetSite, numbers: range, feed: bool) -> str:
    link = ("<link rel='alternate' type='application/rss+xml' title='Feed' href='/feed/'>"
            if feed else "")
    items = "".join(f"<li><a href='{site.path(n)}'>{html.escape(TEXTS.titles[site._text(n)])}"
                    "</a></li>" for n in numbers)
    return (f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{site.name}"
            f"</title>{link}</head><body><nav><a href='/'>Beranda</a> <a href='/profil/'>"
            f"Profil</a></nav><ul>{items}</ul></body></html>")


def _index(site: FleetSite, children: Any) -> str:
    items = "".join(f"<sitemap><loc>{site.base}{name}</loc><lastmod>"
                    f"{site.published(chunk[-1]).isoformat()}</lastmod></sitemap>"
                    for name, chunk in children)
    return ("<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps"
            f".org/schemas/sitemap/0.9'>{items}</sitemapindex>")


def _urlset(site: FleetSite, numbers: range) -> str:
    items = "".join(f"<url><loc>{site.url(n)}</loc><lastmod>{site.published(n).isoformat()}"
                    "</lastmod></url>" for n in numbers)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/"
            f"schemas/sitemap/0.9'>{items}</urlset>")


def _news(site: FleetSite, numbers: range) -> str:
    items = "".join(
        f"<url><loc>{site.url(n)}</loc><news:news><news:publication><news:name>{site.name}"
        "</news:name><news:language>id</news:language></news:publication>"
        f"<news:publication_date>{site.published(n).isoformat()}</news:publication_date>"
        f"<news:title>{html.escape(TEXTS.titles[site._text(n)])}</news:title></news:news></url>"
        for n in numbers)
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/"
            "schemas/sitemap/0.9' xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
            f"{items}</urlset>")


def _listing(site: FleetSite, page: int, per: int, route: str) -> bytes:
    newest = site.total - 1 - (page - 1) * per
    numbers = range(newest, max(-1, newest - per), -1)
    cards = "".join(
        f"<div class='card'><h3><a href='{site.path(n)}'>"
        f"{html.escape(TEXTS.titles[site._text(n)])}</a></h3>"
        f"<span class='tgl'>{site.published(n):%d-%m-%Y}</span></div>" for n in numbers
    ) or "<p class='kosong'>Tidak ada berita.</p>"
    pages = "".join(f"<a href='{route}?page={k}'>{k}</a> " for k in range(1, 6))
    return (f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>Berita - "
            f"{site.name}</title></head><body><nav><a href='/'>Beranda</a> <a href='/profil'>"
            f"Profil</a> <a href='/berita?page=1'>Berita</a></nav><h1>Berita</h1>{cards}"
            f"<div class='pagination'>{pages}<a href='{route}?page={page + 1}'>Selanjutnya</a>"
            "</div><footer>Dinas Komunikasi dan Informatika</footer></body></html>").encode()


_ARTICLE_NUMBER = "_article"  # in a reply's headers: not sent, marks an article page
_ARTICLE = {
    "wordpress": re.compile(r"^/\d{4}/\d{2}/[a-z0-9-]*?-(\d+)/$"),
    "government": re.compile(r"^/berita/read/(\d+)/[a-z0-9-]+$"),
    "monthly": re.compile(r"^/artikel/(\d+)/[a-z0-9-]+$"),
    "infoportal": re.compile(r"^/kategori/nusantara/(\d+)/[a-z0-9-]+$"),
    "discovered": re.compile(r"^/\d{4}/\d{2}/\d{2}/[a-z0-9-]*?-(\d+)/$"),
}
_OFFSET = {"wordpress": 0, "government": 10000, "monthly": 100000, "infoportal": 900000,
           "discovered": 0}


class _Texts:
    """The article texts and the theme every site shares (loaded by ``load_texts``)."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.paragraphs: list[list[str]] = []
        self.chrome: tuple[str, str, str] = ("", "", "")


TEXTS = _Texts()


def load_texts(count: int, page_kb: int) -> str:
    """Load ``count`` distinct article texts and the theme; returns where they came from."""
    articles = crawl.load_articles(count)
    unique = list(dict.fromkeys(t for t, _ in articles))
    by_title = dict(articles)
    TEXTS.titles = unique
    TEXTS.paragraphs = [by_title[t] for t in unique]
    TEXTS.chrome = crawl._chrome(page_kb)
    return "IndoSum" if crawl.INDOSUM.exists() else "synthetic"


def make_fleet(count: int, archive: int, new_per_hour: int, start: datetime,
               seed: int = 13) -> list[FleetSite]:
    """``count`` sites, shapes and profiles dealt in fixed shares, in a fixed shuffle."""
    rng = random.Random(seed)
    shapes = _deal(SHAPES, SHAPE_SHARES, count, rng)
    profiles = _deal(PROFILES, PROFILE_SHARES, count, rng)
    sites = []
    for i in range(count):
        site = FleetSite(i, shapes[i], profiles[i], archive, new_per_hour, start,
                         host=f"127.1.{i // 250}.{1 + i % 250}")
        site.rng.seed(seed * 100_003 + i)
        sites.append(site)
    return sites


def _deal(kinds: tuple[str, ...], shares: tuple[float, ...], count: int,
          rng: random.Random) -> list[str]:
    """Each kind but the first its share of ``count`` (at least one), the first the rest."""
    dealt = [k for k, share in zip(kinds[1:], shares[1:], strict=True)
             for _ in range(max(1, round(share * count)))][:count]
    dealt += [kinds[0]] * (count - len(dealt))
    rng.shuffle(dealt)
    return dealt


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 4096  # 600 sites' first requests arrive in the same second
    sites: dict[str, FleetSite]
    first: float | None = None  # time.monotonic() of the first and last request
    last: float | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a reset the handler made, a client that hung up: nothing to say


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers
    timeout = 30
    server: Any

    def do_GET(self) -> None:
        now = time.monotonic()
        self.server.first = self.server.first or now
        self.server.last = now
        site = self.server.sites.get(self.connection.getsockname()[0])
        reply = site.respond(self.path, self.headers) if site else None
        if reply == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        status, ctype, body, extra = reply or (404, "text/html", b"<h1>404</h1>", {})
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in extra.items():
            if key != _ARTICLE_NUMBER:
                self.send_header(key, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)
        if site is not None:
            site._count("bytes", len(body))
            site.sent(extra)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class FleetServer:
    """Serves the fleet: one HTTP server on 0.0.0.0 for every site that is up, a
    listener that never answers for the hung ones, and a closed port for the refused."""

    def __init__(self, sites: list[FleetSite]) -> None:
        self.http = _Server(("0.0.0.0", 0), _Handler)
        self.http.sites = {s.host: s for s in sites if s.up}
        self.hung = socket.socket()
        self.hung.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.hung.bind(("0.0.0.0", 0))
        self.hung.listen(4096)
        self.hung.settimeout(0.5)
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        with socket.socket() as probe:  # a port with no listener: connection refused
            probe.bind(("0.0.0.0", 0))
            closed = probe.getsockname()[1]
        ports = {"refused": closed, "hung": self.hung.getsockname()[1]}
        for site in sites:
            site.port = ports.get(site.profile, self.http.server_port)
        self.threads = [threading.Thread(target=self.http.serve_forever, daemon=True),
                        threading.Thread(target=self._hold, daemon=True)]

    def _hold(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.hung.accept()
            except OSError:
                continue
            self._held.append(conn)

    def __enter__(self) -> FleetServer:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.http.shutdown()
        self.http.server_close()
        for thread in self.threads:
            thread.join()
        for conn in self._held:
            conn.close()
        self.hung.close()
