"""A hostile test site on 127.0.0.9: every trap a crawler meets in the wild, at once.

- the home page links a calendar (a dated URL for every day: article-shaped) and
  filter combinations, session-id variants of one article, a link to another host;
- the listing ``/berita?page=N`` repeats its last page past the end;
- article pages that answer 404, 500, 503 with Retry-After, stall mid-body, are
  50 MB, are binary served as text/html, are cp1252 bytes labelled UTF-8, or
  redirect in a loop;
- a truncated feed, a truncated sitemap, and an XML entity-expansion bomb in a
  feed and in a sitemap;
- robots.txt disallows /privat/.
Every request is recorded; ``good`` is the one well-formed on-topic article.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

HOST = "127.0.0.9"
GOOD = "/berita/read/5001/surabaya-dan-busan-perpanjang-kerja-sama-kota-kembar"
GOOD_HTML = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Surabaya dan Busan Perpanjang Kerja Sama Kota Kembar | Pemkot</title></head><body>
<nav><a href="/">Beranda</a></nav><h1>Surabaya dan Busan Perpanjang Kerja Sama Kota Kembar</h1>
<div class="tanggal">Rabu, 4 Juni 2025 10:00 WIB</div><div class="isi">
<p>SURABAYA – Pemerintah Kota Surabaya dan Pemerintah Kota Metropolitan Busan, Korea Selatan,
memperpanjang kerja sama kota kembar (sister city) yang telah terjalin sejak 1994.</p>
<p>Wali Kota Surabaya menandatangani nota kesepahaman perpanjangan kerja sama itu bersama
Wali Kota Busan di Balai Kota Surabaya, Rabu (4/6/2025).</p>
<p>Kerja sama kedua kota mencakup pertukaran pelajar, pelatihan aparatur sipil negara, dan
promosi pariwisata.</p></div><footer>© 2025 Pemkot</footer></body></html>"""
CP1252 = ("<html><head><meta charset='utf-8'><title>Banjir di Kali Mas</title></head><body>"
          "<h1>Banjir di Kali Mas</h1><p>Warga di tepi Kali Mas \u2013 \u201cmengungsi\u201d "
          "karena banjir yang datang sejak pagi hari, kata petugas BPBD setempat.</p>"
          "<p>Petugas mendirikan dapur umum dan posko kesehatan bagi para pengungsi.</p>"
          "</body></html>").encode("cp1252")
BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                  for i in range(1, 10))
        + "]>\n")
TRAPS = {
    "404": "/berita/read/5002/halaman-yang-sudah-dihapus-dari-situs-ini",
    "500": "/berita/read/5003/galat-server-saat-membuka-berita-daerah",
    "503": "/berita/read/5004/server-sibuk-coba-lagi-nanti-ya-warga",
    "stall": "/berita/read/5005/server-berhenti-di-tengah-jalan-kirim",
    "huge": "/berita/read/5006/halaman-lima-puluh-megabita-besar-sekali",
    "binary": "/berita/read/5007/berkas-biner-yang-disajikan-sebagai-html",
    "cp1252": "/berita/read/5008/banjir-di-kali-mas-warga-mengungsi-pagi",
    "loop": "/berita/read/5009/pengalihan-tanpa-akhir-antara-dua-alamat",
}


@dataclass
class TrapSite:
    port: int = 0
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def source_toml(self, name: str = "traps") -> str:
        base = self.base_url
        return (f'[[source]]\nname = "{name}"\nurl = "{base}/"\n'
                f'feeds = ["{base}/feed/", "{base}/bomb-feed.xml"]\n'
                f'sitemaps = ["{base}/sitemap.xml", "{base}/bomb-sitemap.xml"]\n'
                f'listings = ["{base}/berita?page={{page}}"]\n')

    def home(self) -> str:
        calendar = "".join(f'<a href="/agenda/2025/05/{d:02d}/">{d}</a>' for d in range(1, 32))
        filters = "".join(f'<a href="/berita?kategori={k}&urut={u}">{k}</a>'
                          for k in ("kota", "desa", "umum") for u in ("baru", "lama"))
        sessions = (f'<a href="{GOOD}?PHPSESSID=a1b2c3">x</a><a href="{GOOD};jsessionid=Z9">y</a>'
                    f'<a href="{GOOD}?utm_source=wa#komentar">z</a>')
        traps = "".join(f'<a href="{path}">{name}</a>' for name, path in TRAPS.items())
        return (f"<html><body><h1>Portal</h1>{calendar}{filters}{sessions}{traps}"
                '<a href="http://other.invalid/2025/05/berita-di-situs-lain-sama-sekali">lain</a>'
                '<a href="/privat/berita/read/9/draf-rahasia-jangan-dibuka-dulu">draf</a>'
                f'<a href="/berita?page=2">2</a></body></html>')


def _xml(body: str) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "application/xml"}, body.encode()


def _page(site: TrapSite, path: str) -> tuple[int, dict[str, str], bytes] | None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    routes: dict[str, Any] = {
        "/robots.txt": (200, {"Content-Type": "text/plain"},
                        b"User-agent: *\nDisallow: /privat/\n"),
        "/": (200, html, site.home().encode()),
        "/feed/": _xml('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                       f"<item><title>a</title><link>{site.base_url}{GOOD}</link></item><item>"),
        "/sitemap.xml": _xml('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/'
                             f'schemas/sitemap/0.9"><url><loc>{site.base_url}{GOOD}</loc>'
                             "</url><url><loc>"),
        "/bomb-feed.xml": _xml(BOMB + '<rss version="2.0"><channel><title>&lol9;</title>'
                               "<item><title>&lol9;</title><link>/x</link></item></channel></rss>"),
        "/bomb-sitemap.xml": _xml(BOMB + '<urlset xmlns="http://www.sitemaps.org/schemas/'
                                  'sitemap/0.9"><url><loc>&lol9;</loc></url></urlset>'),
        GOOD: (200, html, GOOD_HTML.encode()),
        TRAPS["404"]: (404, html, b"<h1>404</h1>"),
        TRAPS["500"]: (500, html, b"<h1>500</h1>"),
        TRAPS["503"]: (503, {**html, "Retry-After": "1"}, b"<h1>503</h1>"),
        TRAPS["binary"]: (200, html, bytes(range(256)) * 64),
        TRAPS["cp1252"]: (200, html, CP1252),
    }
    if path in routes:
        return routes[path]
    if path.startswith("/berita?page="):
        # every page past the first repeats it, as many CMSs do past the last page
        return 200, html, site.home().encode()
    if path.startswith("/agenda/"):
        day = path.rstrip("/").rsplit("/", 1)[-1]
        links = "".join(f'<a href="/agenda/2025/06/{d:02d}/">{d}</a>' for d in range(1, 31))
        return 200, html, f"<html><body><h2>Agenda {day}</h2>{links}</body></html>".encode()
    return None


class _Handler(BaseHTTPRequestHandler):
    site: TrapSite

    def do_GET(self) -> None:  # the special answers need the raw socket
        with self.site.lock:
            self.site.requests.append(self.path)
        if self.path == TRAPS["stall"]:
            self._stall()
        elif self.path == TRAPS["huge"]:
            self._huge()
        elif self.path.startswith(TRAPS["loop"]):
            self.send_response(302)
            hop = "b" if self.path.endswith("a") else "a"
            self.send_header("Location", f"{TRAPS['loop']}?hop={hop}")
            self.end_headers()
        else:
            status, headers, body = _page(self.site, self.path) or (404, {}, b"not found")
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def _stall(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>Awal berita yang tidak pernah selesai")
        self.wfile.flush()
        time.sleep(8)

    def _huge(self) -> None:
        chunk = b"<p>" + b"isi berita yang sangat panjang " * 1000 + b"</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(50 * 1024 * 1024))
        self.end_headers()
        try:
            for _ in range(50 * 1024 * 1024 // len(chunk)):
                self.wfile.write(chunk)
        except OSError:  # the crawler hung up at its size limit
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_traps() -> Iterator[TrapSite]:
    from tests.sites import http_server

    site = TrapSite()
    handler = type("TrapHandler", (_Handler,), {"site": site})
    with http_server(HOST, handler) as site.port:
        yield site
