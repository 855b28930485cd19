"""Traps and hostile input, against a hostile local site: each ends in a counted,
logged event, never a crash, a hang or a lost row."""

from __future__ import annotations

import itertools
import json
import sqlite3
import time

import pytest

from tests.sites.traps import GOOD, TRAPS, serve_traps
from tests.test_crawl_e2e import Workspace

MAX_REQUESTS = 70
CONFIG = f"""[crawl]
timeout = 3.0
retries = 1
max_page_bytes = 1000000
max_listing_pages = 4
max_requests = {MAX_REQUESTS}
max_retry_after = 0.3
"""
# (the 503 asks for Retry-After: 1; capped at 0.3 s, the host is slowed without
# slowing the test)


@pytest.fixture(scope="module")
def trapped(tmp_path_factory):
    folder = tmp_path_factory.mktemp("traps")
    with serve_traps() as site:
        space = Workspace(folder, site.source_toml())
        (folder / "pantau.toml").write_text(CONFIG, encoding="utf-8")
        started = time.monotonic()
        code, summary = space.crawl("--config", str(folder / "pantau.toml"))
        elapsed = time.monotonic() - started
        with sqlite3.connect(space.db.removeprefix("sqlite:///")) as conn:
            (stats,) = conn.execute("SELECT stats FROM source_runs").fetchone()
        yield space, site, code, summary[0], json.loads(stats), elapsed


def test_the_crawl_survives_every_trap_and_keeps_the_good_article(trapped):
    space, _, code, row, _, elapsed = trapped
    assert code == 0, row
    assert row["status"] == "ok"
    assert elapsed < 200  # bounded: nothing hangs (the stalled page times out)
    assert [a["url"] for a in space.articles()] == [space.articles()[0]["url"]]
    assert space.articles()[0]["url"].endswith(GOOD)


def test_session_and_tracking_variants_are_one_url(trapped):
    site = trapped[1]
    assert sum(p.startswith(GOOD) for p in site.requests) == 1


def test_every_bad_answer_is_counted(trapped):
    stats = trapped[4]
    errors = {k.removeprefix("pantau/article_errors/"): v for k, v in stats.items()
              if k.startswith("pantau/article_errors/")}
    assert errors.get("HTTP 404", 0) >= 1
    assert errors.get("HTTP 500") == 1
    assert errors.get("HTTP 503") == 1
    assert errors.get("timed out") == 1, errors
    assert errors.get("too large") == 1, errors
    assert errors.get("redirect loop") == 1, errors
    assert stats.get("pantau/retry_after", 0) >= 1  # the 503 and its retry
    # binary and mis-labelled pages are read, found to hold no article or judged off topic
    assert stats.get("pantau/articles_seen", 0) >= 3


def test_broken_and_malicious_feeds_and_sitemaps_are_problems_not_crashes(trapped):
    row, stats = trapped[3], trapped[4]
    assert stats.get("pantau/problems", 0) >= 3
    assert "feed" in (row["error"] or "") or "sitemap" in (row["error"] or "")


def test_traps_are_bounded_by_the_request_budget(trapped):
    site, stats = trapped[1], trapped[4]
    assert stats.get("pantau/requests_made", 0) <= MAX_REQUESTS
    assert len(site.requests) <= MAX_REQUESTS + 5  # + robots.txt, retries and redirects
    assert not [p for p in site.requests if p.startswith("/privat/")]
    pages = [p for p in site.requests if p.startswith("/berita?page=")]
    assert pages == ["/berita?page=1", "/berita?page=2"]  # page 2 repeats page 1: stop
    assert all(path in site.requests for path in TRAPS.values())


def test_robots_crawl_delay_spaces_the_requests(tmp_path):
    from tests.sites import serve_sites

    with serve_sites() as sites:
        sites.portal.robots_extra = "Crawl-delay: 0.4"
        space = Workspace(tmp_path, sites.portal.source_toml())
        code, _ = space.crawl()  # --delay 0: only the site's own Crawl-delay slows it
        assert code == 0
        with sqlite3.connect(space.db.removeprefix("sqlite:///")) as conn:
            (stats,) = conn.execute("SELECT stats FROM source_runs").fetchone()
        assert json.loads(stats)["pantau/crawl_delay"] == 0.4
        times = sites.portal.times[1:]  # after robots.txt is read
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert len(gaps) >= 5
        assert min(gaps) >= 0.35, gaps  # a lower bound: a slow machine only adds to it
