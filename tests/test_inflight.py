"""Article pages held at once over every source of a crawl (``spiders.inflight``,
``[crawl] pages_in_flight``): a request waits for a place, and a place comes back
whenever its token is dropped, on any path and from any thread."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from spiders import inflight
from spiders.inflight import PLACE, take_place
from tests.sites import serve_sites
from tests.test_crawl_e2e import Workspace, on_topic


async def _settle() -> None:
    for _ in range(3):  # a finalizer's release is handed to the loop
        await asyncio.sleep(0)


def test_a_request_waits_until_a_place_is_given_back():
    async def scenario() -> list[str]:
        order = []
        first, second, third = {}, {}, {}
        await take_place(first, 2)
        await take_place(second, 2)
        assert inflight.in_use() == 2

        async def waiting() -> None:
            await take_place(third, 2)
            order.append("third got a place")

        task = asyncio.create_task(waiting())
        await _settle()
        order.append("still waiting" if not task.done() else "did not wait")
        del first[PLACE]  # the page was extracted: its token dropped
        await _settle()
        await task
        assert inflight.in_use() == 2
        return order

    assert asyncio.run(scenario()) == ["still waiting", "third got a place"]


def test_a_place_dropped_in_another_thread_or_by_the_collector_comes_back():
    async def scenario() -> int:
        held = [{}, {}]
        for meta in held:
            await take_place(meta, 2)
        del meta
        cycle = held.pop()
        cycle["self"] = cycle  # as a failed request caught in a traceback's cycle
        del cycle
        thread = threading.Thread(target=lambda: (held.clear(), gc.collect()))
        thread.start()
        thread.join()
        await _settle()
        return inflight.in_use()

    assert asyncio.run(scenario()) == 0


def test_a_request_cancelled_while_waiting_takes_no_place_away():
    """A spider closed mid-crawl cancels its requests waiting for a place: none of
    them may keep one."""

    async def scenario() -> tuple[int, int]:
        held, cancelled, later = {}, {}, {}
        await take_place(held, 1)
        waiting = asyncio.create_task(take_place(cancelled, 1))
        await _settle()
        waiting.cancel()
        await _settle()
        del held[PLACE]
        await _settle()
        await asyncio.wait_for(take_place(later, 1), 1.0)  # the one place is free again
        return inflight.in_use(), len(cancelled)

    assert asyncio.run(scenario()) == (1, 0)


def test_a_redirected_or_retried_request_keeps_its_one_place():
    async def scenario() -> int:
        meta = {}
        await take_place(meta, 1)
        copy = dict(meta)  # Request.replace copies the meta: the token goes along
        await asyncio.wait_for(take_place(copy, 1), 1.0)  # would wait forever otherwise
        return inflight.in_use()

    assert asyncio.run(scenario()) == 1


class _Slow(ThreadingHTTPServer):
    """A news site whose article pages take 0.3 s each; counts how many are being
    answered at once."""

    ARTICLES = 12

    def __init__(self) -> None:
        super().__init__(("127.0.0.9", 0), self._handler())
        self.lock = threading.Lock()
        self.now = self.most = self.served = 0
        self.url = f"http://127.0.0.9:{self.server_port}"

    def article(self) -> None:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.3)
        with self.lock:
            self.now -= 1
            self.served += 1

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/sitemap.xml":
                    urls = "".join(f"<url><loc>{site.url}/berita/2025/05/{n:02d}/kunjungan-"
                                   f"delegasi-{n}</loc></url>" for n in range(1, site.ARTICLES + 1))
                    body = (f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/"
                            f"schemas/sitemap/0.9'>{urls}</urlset>").encode()
                    kind = "application/xml"
                elif self.path.startswith("/berita/"):
                    site.article()
                    body = (f"<html><head><title>Kunjungan {self.path}</title></head><body>"
                            f"<article><h1>Kunjungan delegasi</h1>{PARAGRAPH * 5}</article>"
                            f"</body></html>").encode()
                    kind = "text/html; charset=utf-8"
                else:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


PARAGRAPH = ("<p>Pemerintah kabupaten menerima kunjungan delegasi untuk membahas pembangunan "
             "jalan, sekolah dan pasar di tiga kecamatan pada tahun depan.</p>")


@pytest.mark.parametrize("places", [1, 4])
def test_no_more_article_pages_are_downloaded_at_once_than_there_are_places(tmp_path, places):
    """Eight downloads at once are allowed to the site; the places are what hold them
    to one, or to four."""
    site = _Slow()
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        space = Workspace(tmp_path, f'[[source]]\nname = "lambat"\nurl = "{site.url}/"\n'
                                    f'sitemaps = ["{site.url}/sitemap.xml"]\n')
        config = tmp_path / "pantau.toml"
        config.write_text(f"[crawl]\npages_in_flight = {places}\nconcurrency_per_domain = 8\n"
                          "autothrottle = false\n", encoding="utf-8")
        code, _ = space.crawl("--config", str(config))
    finally:
        site.shutdown()
        site.server_close()
    assert code == 0
    assert site.served == site.ARTICLES
    assert site.most == places if places == 1 else 1 < site.most <= places


def test_a_crawl_with_one_place_stores_every_article(tmp_path):
    """One page at a time over three sources: every place comes back (a lost one would
    stall the crawl), and the crawl stores every on-topic article, as with 48 places."""
    with serve_sites() as sites:
        space = Workspace(tmp_path, sites.sources_toml())
        config = tmp_path / "pantau.toml"
        config.write_text("[crawl]\npages_in_flight = 1\n", encoding="utf-8")
        code, summary = space.crawl("--config", str(config))
        assert code == 0, summary
        assert {a["url"] for a in space.articles()} == set(on_topic(sites))
