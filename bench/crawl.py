"""Crawl throughput and incremental cost on a local mirror of real Indonesian news.

Serves N articles of the IndoSum development set (../shared/benchmarks/indosum-dev,
real 2017-2018 Indonesian news; synthetic text when it is absent) as a news site
on 127.0.0.5 with a sitemap index, then runs ``pantau crawl`` twice into a fresh
database, with extraction in worker processes and inline. Prints, per run:
seconds, article pages per second, requests and bytes served, and the peak memory of
the crawl's whole process tree (summed PSS, sampled every 0.5 s from /proc; issue 13's
measure) with the number of processes at that peak. Before the crawls it times the
extraction-only bound on the same pages and cores: plain trafilatura in as many
processes as the crawl has workers (and Pantau's own extractor, which does more), and
prints each crawl's rate as a share of it.

    python bench/crawl.py            # 1000 articles of 140 KB
    python bench/crawl.py --articles 3000 --workers 2
    python bench/crawl.py --page-kb 4  # the article alone, as before issue 13
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INDOSUM = ROOT.parent / "shared" / "benchmarks" / "indosum-dev"
HOST = "127.0.0.5"
PER_SITEMAP = 500


def indosum() -> Iterator[tuple[str, list[str]]]:
    """Each IndoSum development article once: (a title from its id's headline slug,
    its paragraphs as text)."""
    seen = set()
    for path in sorted(INDOSUM.glob("dev.*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                if item["id"] in seen:
                    continue
                seen.add(item["id"])
                yield (item["id"].split("-", 1)[-1].replace("-", " ").capitalize(),
                       [" ".join(" ".join(s) for s in p) for p in item["paragraphs"]])


def load_articles(count: int) -> list[tuple[str, list[str]]]:
    articles = list(indosum())
    if not articles:  # no ../shared: synthetic but article-shaped text
        words = ["pemerintah", "kota", "menggelar", "rapat", "koordinasi", "pembangunan",
                 "daerah", "bersama", "warga"]
        articles = [(f"Berita nomor {n}", [" ".join(words * 6)] * 6) for n in range(200)]
    return [articles[n % len(articles)] for n in range(count)]


_SECTIONS = ("berita", "daerah", "pemerintahan", "ekonomi", "pendidikan", "kesehatan",
             "pariwisata", "olahraga", "opini", "galeri", "video", "pengumuman")


def _chrome(kb: int) -> tuple[str, str, str]:
    """What a real portal's article page carries besides the article, about ``kb`` KB
    in all: styles and scripts in the head (most of a page's bytes), a mega-menu, and a
    footer of links. The same on every page of the site, as a theme's is."""
    menu = "".join(
        f'<li><a href="/kategori/{s}">{s.title()}</a><ul>'
        + "".join(f'<li><a href="/kategori/{s}/{k}">{s.title()} {k}</a></li>' for k in range(12))
        + "</ul></li>" for s in _SECTIONS)
    footer = "".join(f'<a href="/halaman/{k}">Tautan {k}</a> ' for k in range(60))
    rule = ".widget-{k} .item a:hover{{color:#1a4d8f;border-bottom:1px solid #e2e2e2;}}\n"
    code = ("window.dataLayer=window.dataLayer||[];function gtag_{k}(){{dataLayer.push("
            "{{event:'view_{k}',section:'berita',value:{k}}});}}\n")
    head, k = [], 0
    budget = kb * 1024 - len(menu) - len(footer) - 6000
    while sum(map(len, head)) < budget:
        head.append(rule.format(k=k) if k % 3 else code.format(k=k))
        k += 1
    styles = "".join(x for x in head if x.startswith("."))
    scripts = "".join(x for x in head if not x.startswith("."))
    return (f"<style>{styles}</style><script>{scripts}</script>", f"<ul class='menu'>{menu}</ul>",
            f"<div class='links'>{footer}</div>")


def page(n: int, title: str, paragraphs: list[str], chrome: tuple[str, str, str],
         titles: list[str]) -> bytes:
    head, menu, footer = chrome
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    popular = "".join(f"<li><a href='/berita/{m}/artikel-{m}'>{html.escape(titles[m])}</a></li>"
                      for m in ((n + 7 * j + 1) % len(titles) for j in range(10)))
    return (
        f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{html.escape(title)}"
        f" - Warta Bench</title><meta property='article:published_time' "
        f"content='2018-01-{1 + n % 28:02d}T08:00:00+07:00'>{head}</head><body><nav>{menu}</nav>"
        f"<div class='iklan'>Example 728x250</div><article><h1>{html.escape(title)}</h1>"
        f"<div class='byline'>Oleh Redaksi, Senin, 1 Januari 2018 | 08:00 WIB</div>{body}"
        f"</article><aside><h3>Berita Terpopuler</h3><ul>{popular}</ul></aside>"
        f"<footer>{footer}© 2018 Warta Bench</footer></body></html>"
    ).encode()


class Site:
    def __init__(self, count: int, page_kb: int = 140) -> None:
        articles = load_articles(count)
        self.pages = {f"/berita/{n}/artikel-{n}": (t, p) for n, (t, p) in enumerate(articles)}
        self.titles = [t for t, _ in articles]
        self.chrome = _chrome(page_kb)
        self.requests = 0
        self.bytes = 0
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer((HOST, 0), self._handler())
        self.url = f"http://{HOST}:{self.server.server_port}"

    def body(self, path: str) -> tuple[bytes, str] | None:
        urls = sorted(self.pages, key=lambda p: int(p.split("/")[2]))
        if path == "/robots.txt":
            return b"User-agent: *\nAllow: /\n", "text/plain"
        if path == "/sitemap_index.xml":
            parts = range(0, len(urls), PER_SITEMAP)
            items = "".join(f"<sitemap><loc>{self.url}/sitemap-{i}.xml</loc></sitemap>"
                            for i in range(len(parts)))
            return (f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/"
                    f"sitemap/0.9'>{items}</sitemapindex>").encode(), "application/xml"
        if path.startswith("/sitemap-"):
            start = int(path.split("-")[1].split(".")[0]) * PER_SITEMAP
            items = "".join(f"<url><loc>{self.url}{u}</loc></url>"
                            for u in urls[start:start + PER_SITEMAP])
            return (f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/"
                    f"sitemap/0.9'>{items}</urlset>").encode(), "application/xml"
        if path in self.pages:
            n = int(path.split("/")[2])
            return (page(n, *self.pages[path], self.chrome, self.titles),
                    "text/html; charset=utf-8")
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                found = site.body(self.path)
                body, kind = found or (b"not found", "text/plain")
                self.send_response(200 if found else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                with site.lock:
                    site.requests += 1
                    site.bytes += len(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def measure(self, argv: list[str]) -> tuple[float, int, int, float | None, int]:
        """(seconds, requests, bytes, peak PSS of the crawl's process tree in MB, the
        number of processes at that peak)."""
        self.requests = self.bytes = 0
        started = time.perf_counter()
        process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)
        sampler = TreeMemory(process.pid)
        sampler.start()
        _, errors = process.communicate()
        sampler.stop()
        if process.returncode:
            raise SystemExit(f"crawl failed ({process.returncode}): {errors.decode()[-2000:]}")
        self.peak_each = sampler.peak_each
        return (time.perf_counter() - started, self.requests, self.bytes, sampler.peak_mb,
                sampler.peak_processes)


class TreeMemory(threading.Thread):
    """Samples the summed proportional set size (PSS: shared pages divided among the
    processes sharing them) of a process and all its descendants every half second,
    from /proc (Linux); ``peak_mb`` is None where /proc has no smaps_rollup."""

    INTERVAL = 0.5

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_mb: float | None = None
        self.peak_processes = 0
        self.peak_each: list[int] = []
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(self.INTERVAL)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def sample(self) -> None:
        tree = _descendants(self.pid)
        sizes = [kb for kb in map(_pss_kb, tree) if kb is not None]
        if sizes and (self.peak_mb is None or sum(sizes) / 1024 > self.peak_mb):
            self.peak_mb, self.peak_processes = sum(sizes) / 1024, len(sizes)
            self.peak_each = [round(kb / 1024) for kb in sizes]  # the crawl process first


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc/*/stat's parent ids."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(children.get(current, ()))
    return found


def _pss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _plain(page: bytes) -> int:
    import trafilatura

    return len(trafilatura.extract(page) or "")


def _pantau(page: bytes) -> int:
    from spiders.tasks import extract_page

    found = extract_page(page, "http://127.0.0.5/berita/1/artikel-1", "utf-8")
    return len(found.text) if found else 0


def extraction_bound(site: Site, workers: int, count: int) -> dict[str, float]:
    """Pages per second of extraction alone over ``count`` of the site's pages, in
    ``workers`` processes (each started and warmed before the clock starts): plain
    trafilatura (``trafilatura.extract``, the issue's bound) and Pantau's extractor."""
    import multiprocessing

    pages = [site.body(path)[0] for path in list(site.pages)[:count]]
    rates = {}
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        for name, fn in (("trafilatura", _plain), ("pantau extract", _pantau)):
            pool.map(fn, pages[:workers * 4], chunksize=1)  # imports, first pages
            started = time.perf_counter()
            pool.map(fn, pages, chunksize=4)
            rates[name] = len(pages) / (time.perf_counter() - started)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--page-kb", type=int, default=140,
                        help="size of an article page, its theme's styles, scripts and menus"
                             " included (real portals: 100-300 KB)")
    parser.add_argument("--workers", type=int, nargs="*", default=[2, 0],
                        help="extract_workers values to compare (0 = inline)")
    parser.add_argument("--bound-pages", type=int, default=1000,
                        help="pages timed for the extraction-only bound (0: skip it)")
    args = parser.parse_args()
    site = Site(args.articles, args.page_kb)
    threading.Thread(target=site.server.serve_forever, daemon=True).start()
    size = len(site.body("/berita/0/artikel-0")[0]) / 1024
    print(f"{args.articles} articles of {size:.0f} KB at {site.url} "
          f"({'IndoSum' if INDOSUM.exists() else 'synthetic'} text)")
    bound = {}
    if args.bound_pages:
        processes = max([w for w in args.workers if w > 0] or [1])
        bound = extraction_bound(site, processes, min(args.bound_pages, args.articles))
        print("extraction alone, " + ", ".join(f"{name}: {rate:.1f} pages/s"
                                               for name, rate in bound.items())
              + f" ({processes} processes)")
    print(f"{'workers':>7} {'run':>4} {'seconds':>8} {'pages/s':>8} {'requests':>9} {'bytes':>11}"
          f" {'peak MB':>8} {'procs':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(f'[[source]]\nname = "bench"\nurl = "{site.url}/"\n'
                           f'sitemaps = ["{site.url}/sitemap_index.xml"]\n', encoding="utf-8")
        for workers in args.workers:
            config = Path(tmp) / f"pantau-{workers}.toml"
            config.write_text(f"[crawl]\ndelay = 0\nconcurrency_per_domain = 16\n"
                              f"max_articles = {args.articles}\nmax_sitemaps = 1000\n"
                              f"max_requests = {args.articles + 100}\n"  # one source, all of it
                              f"extract_workers = {workers}\n", encoding="utf-8")
            db = f"sqlite:///{tmp}/bench-{workers}.db"
            argv = [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources),
                    "--config", str(config), "--db", db, "--quiet", "--format", "json"]
            for run in (1, 2):
                seconds, requests, size, peak, processes = site.measure(argv)
                rate = args.articles / seconds if run == 1 else 0.0
                memory = f"{peak:>8.0f}" if peak is not None else f"{'n/a':>8}"
                each = "+".join(map(str, site.peak_each))
                share = (f"  {rate / bound['trafilatura']:.2f} of the bound"
                         if rate and bound else "")
                print(f"{workers:>7} {run:>4} {seconds:>8.1f} {rate:>8.1f} {requests:>9} "
                      f"{size:>11,} {memory} {processes:>5}  ({each} MB){share}")
    site.server.shutdown()
    site.server.server_close()


if __name__ == "__main__":
    main()
