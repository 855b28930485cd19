"""Local test sites on loopback (127.0.0.2-4) for spider and end-to-end tests.

    with serve_sites() as sites:
        Path("sources.toml").write_text(sites.sources_toml())
        ...                       # run `pantau crawl` against them
        sites.portal.add_article(Article(...))   # publish something new
        sites.gov.requests        # every path the crawler asked for

Each site is a real HTTP server in a thread; it records the path of every request
and renders its pages from ``content`` (what it publishes) with a layout from
``themes``. ``sites.closed_port_url``, ``reset_url`` and ``unknown_host_url`` are
addresses that fail the way an unreachable site does, without leaving loopback
(the unknown host is in the reserved ``.invalid`` domain).
"""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.sites.content import (
    Article,
    government_articles,
    outlet_articles,
    portal_articles,
)
from tests.sites.themes import GovernmentPortal, InfoPortal, Theme, WordPress

__all__ = ["Article", "Site", "Sites", "serve", "serve_sites"]


@dataclass
class Site:
    name: str
    theme: Theme
    host: str
    articles: list[Article] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    statuses: list[tuple[str, int]] = field(default_factory=list)  # (path, status) answered
    bytes_sent: int = 0  # response bodies, in bytes
    etags: bool = True  # send ETags and answer If-None-Match with 304, as most servers do
    down: bool = False  # answer everything with 503, as a site that is down does
    robots_extra: str = ""  # lines added to robots.txt, e.g. "Crawl-delay: 1"
    times: list[float] = field(default_factory=list)  # time.monotonic() of each request
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def add_article(self, article: Article) -> Article:
        """Publish an article (it appears in the site's feed, sitemap and listing)."""
        with self._lock:
            placed = replace(article, path=self.theme.path_for(article, len(self.articles) + 1))
            self.articles.append(placed)
        return placed

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()
            self.times.clear()
            self.statuses.clear()
            self.bytes_sent = 0

    def source_toml(self) -> str:
        return self.theme.source_entry(self.name, self.base_url)

    def respond(self, path: str, etag: str | None = None) -> tuple[int, str, bytes, str | None]:
        """Status, content type, body and ETag of ``path``; 304 when ``etag`` still holds."""
        with self._lock:
            self.requests.append(path)
            self.times.append(time.monotonic())
            articles = list(self.articles)
        if self.down:
            self.statuses.append((path, 503))
            return 503, "text/html; charset=utf-8", b"<h1>503 Service Unavailable</h1>", None
        page = self.theme.render(path, self.base_url, articles)
        if page is None:
            self.statuses.append((path, 404))
            return 404, "text/html; charset=utf-8", b"<html><body><h1>404</h1></body></html>", None
        status, kind, body = page
        if path == "/robots.txt" and self.robots_extra:
            body += f"\n{self.robots_extra}\n".encode()
        tag = f'"{hashlib.sha1(body).hexdigest()[:16]}"'
        with self._lock:
            if self.etags and etag == tag:
                self.statuses.append((path, 304))
                return 304, kind, b"", tag
            self.statuses.append((path, status))
            self.bytes_sent += len(body)
        return status, kind, body, tag if self.etags else None


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:
        status, kind, body, etag = self.site.respond(self.path, self.headers.get("If-None-Match"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output quiet


@dataclass
class Sites:
    wp: Site
    gov: Site
    portal: Site
    closed_port_url: str
    reset_url: str
    unknown_host_url: str = "http://pantau-test-site.invalid/"

    def __iter__(self) -> Iterator[Site]:
        return iter((self.wp, self.gov, self.portal))

    def sources_toml(self) -> str:
        return "\n".join(site.source_toml() for site in self)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _resetting_server() -> Iterator[str]:
    """A server that accepts each connection and resets it at once."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    finally:
        stop.set()
        thread.join()
        server.close()


@contextmanager
def http_server(host: str, handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    """Run ``handler`` on ``host`` and a free port (yielded) until the block ends."""
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """Serve one site on its host, on a free port, until the block ends."""
    handler = type(f"Handler_{site.name}", (_Handler,), {"site": site})
    with http_server(site.host, handler) as site.port:
        yield site


def make_site(name: str, theme: Theme, host: str, articles: list[Article]) -> Site:
    site = Site(name=name, theme=theme, host=host)
    for article in articles:
        site.add_article(article)
    return site


@contextmanager
def serve_sites() -> Iterator[Sites]:
    """Serve the three test sites, each on its own loopback address."""
    wp = make_site("wp", WordPress(), "127.0.0.2", outlet_articles())
    gov = make_site("gov", GovernmentPortal(), "127.0.0.3", government_articles())
    portal = make_site("portal", InfoPortal(), "127.0.0.4", portal_articles())
    with serve(wp), serve(gov), serve(portal), _resetting_server() as reset_url:
        yield Sites(wp=wp, gov=gov, portal=portal,
                    closed_port_url=f"http://127.0.0.1:{_closed_port()}/", reset_url=reset_url)
