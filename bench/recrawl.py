"""Incremental crawling: what a second crawl of an unchanged mirror costs.

Serves a local mirror of N articles (default 2,100) as three sites built like the
test sites (tests/sites): a WordPress outlet with a feed and a sitemap index, a
city portal with a paginated listing (20 per page) and an InfoPublik-like portal
with a Google News sitemap, on 127.0.0.6-8, with ETags as most servers send them.
Article bodies are real Indonesian news from ../shared/benchmarks/indosum-dev
(synthetic text when it is absent). Runs ``pantau crawl`` twice into a fresh
database, then once more after publishing one article per site, and prints the
requests, article pages and bytes of each run. Goal: the second run downloads no
article and makes at most 2% of the first run's requests.

    python bench/recrawl.py
    python bench/recrawl.py --articles 3000
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.sites import Article, Site, make_site, serve  # noqa: E402
from tests.sites.content import WIB  # noqa: E402
from tests.sites.themes import GovernmentPortal, InfoPortal, WordPress  # noqa: E402

INDOSUM = ROOT.parent / "shared" / "benchmarks" / "indosum-dev"


def texts(count: int) -> list[tuple[str, tuple[str, ...]]]:
    found: list[tuple[str, tuple[str, ...]]] = []
    for path in sorted(INDOSUM.glob("dev.*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                item = json.loads(line)
                paragraphs = tuple(" ".join(" ".join(s) for s in p) for p in item["paragraphs"])
                title = item["id"].split("-", 1)[-1].replace("-", " ").capitalize()
                found.append((title, paragraphs))
                if len(found) >= count:
                    return found
    words = ["pemerintah", "kota", "menggelar", "rapat", "koordinasi", "pembangunan", "daerah",
             "bersama", "warga"]
    while len(found) < count:
        n = len(found)
        found.append((f"Berita nomor {n} tentang pembangunan daerah",
                      tuple(" ".join(words * 5) + f" ({n}/{i})." for i in range(5))))
    return found


def articles(bodies: list[tuple[str, tuple[str, ...]]], offset: int) -> list[Article]:
    """Articles numbered from ``offset``, an hour apart from 2018-01-01 on."""
    start = datetime(2018, 1, 1, 8, 0, tzinfo=WIB)
    return [
        Article(slug=f"{'-'.join(title.lower().split()[:6])}-{offset + n}", title=title,
                paragraphs=paragraphs, published=start + timedelta(hours=offset + n),
                author="Redaksi", on_topic=False)
        for n, (title, paragraphs) in enumerate(bodies)
    ]


def crawl(argv: list[str], sites: list[Site]) -> dict[str, float]:
    for site in sites:
        site.clear_requests()
    started = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    requests = sum(len(s.requests) for s in sites)
    pages = 0
    for site in sites:
        paths = {a.path for a in site.articles}
        pages += sum(1 for path, status in site.statuses if status == 200 and path in paths)
    not_modified = sum(1 for s in sites for _, status in s.statuses if status == 304)
    return {"seconds": seconds, "requests": requests, "article_pages": pages,
            "not_modified": not_modified, "bytes": sum(s.bytes_sent for s in sites)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2100)
    args = parser.parse_args()
    third = args.articles // 3
    bodies = texts(3 * third + 3)  # each site its own articles, and one new each later
    sites = [
        make_site("outlet", WordPress(), "127.0.0.6", articles(bodies[:third], 0)),
        make_site("city", GovernmentPortal(per_page=20), "127.0.0.7",
                  articles(bodies[third:2 * third], third)),
        make_site("portal", InfoPortal(), "127.0.0.8",
                  articles(bodies[2 * third:3 * third], 2 * third)),
    ]
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        for site in sites:
            stack.enter_context(serve(site))
        sources = Path(tmp) / "sources.toml"
        sources.write_text("\n".join(s.source_toml() for s in sites), encoding="utf-8")
        config = Path(tmp) / "pantau.toml"
        config.write_text(f"[crawl]\ndelay = 0\nconcurrency_per_domain = 8\n"
                          f"max_articles = {args.articles}\nmax_listing_pages = 1000\n",
                          encoding="utf-8")
        argv = [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources),
                "--config", str(config), "--db", f"sqlite:///{tmp}/bench.db", "--quiet",
                "--format", "json"]
        print(f"{3 * third} articles on 3 sites "
              f"({'IndoSum' if INDOSUM.exists() else 'synthetic'} text)")
        print(f"{'run':<22} {'seconds':>8} {'requests':>9} {'articles':>9} {'304s':>5} "
              f"{'bytes':>12}")
        runs = {}
        for label in ("1 first", "2 unchanged"):
            runs[label] = crawl(argv, sites)
        for n, site in enumerate(sites):
            (fresh,) = articles([bodies[3 * third + n]], 10_000 + n)
            site.add_article(replace(fresh, published=datetime(2019, 1, 1, tzinfo=WIB)))
        runs["3 one new per site"] = crawl(argv, sites)
        for label, run in runs.items():
            print(f"{label:<22} {run['seconds']:>8.1f} {run['requests']:>9} "
                  f"{run['article_pages']:>9} {run['not_modified']:>5} {run['bytes']:>12,.0f}")
        first, second = runs["1 first"], runs["2 unchanged"]
        print(f"second run: {second['article_pages']} article pages, "
              f"{second['requests'] / first['requests']:.2%} of the first run's requests, "
              f"{second['bytes'] / first['bytes']:.3%} of its bytes")


if __name__ == "__main__":
    main()
