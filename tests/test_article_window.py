"""A source's crawl hands Scrapy its article requests a window at a time
(``NewsSpider._window``: four per parallel request): a sitemap of 20,000 articles is
20,000 URLs waiting in the spider, not 20,000 requests in Scrapy's queue, and each
answer lets the next one go. Every waiting URL is in the frontier before it waits."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

import storage
from crawler.config.settings import Config
from spiders.items import ArticlePage
from tests.sites import serve_sites
from tests.test_crash import on_topic, stored_urls
from tests.test_crawl_e2e import Workspace
from tests.test_spider import SITE, collect, listing, spider_for, urls_of

ONE_AT_A_TIME = Config().replace("crawl", concurrency=1)  # a window of 4
SLUGS = [f"bupati-terima-delegasi-kota-kembar-{n}" for n in range(10)]
ARTICLES = [f"{SITE}/berita/2025/05/{s}" for s in SLUGS]


def articles_in(outputs: list) -> list[str]:
    return [u for u in urls_of(outputs) if "/berita/2025/" in u]


def page_of(url: str) -> HtmlResponse:
    return HtmlResponse(url, body=b"<html><p>teks</p></html>", encoding="utf-8",
                        request=Request(url), headers={"Content-Type": "text/html"})


def failure_of(url: str, status: int) -> Failure:
    request = Request(url)
    failed = Failure(HttpError(Response(url, status=status, request=request), "non-200"))
    failed.request = request
    return failed


def test_a_listing_of_ten_hands_over_four_and_remembers_all_ten(db_url, db):
    spider = spider_for(db_url, ONE_AT_A_TIME)
    outputs = collect(spider.parse_listing(listing(1, SLUGS)))
    assert articles_in(outputs) == ARTICLES[:4]
    assert f"{SITE}/berita?page=2" in urls_of(outputs)  # routes are not held back
    pending = {p.url for p in storage.take_up_frontier(db, "kota", give_up_after=3)}
    assert set(ARTICLES) <= pending


def test_each_answer_page_or_failure_lets_the_next_one_go_in_order(db_url):
    spider = spider_for(db_url, ONE_AT_A_TIME)
    collect(spider.parse_listing(listing(1, SLUGS)))
    item, following = spider.parse_article(page_of(ARTICLES[0]))
    assert isinstance(item, ArticlePage)
    assert following.url == ARTICLES[4]
    assert urls_of(spider.article_failed(failure_of(ARTICLES[1], 503))) == [ARTICLES[5]]
    seen, following = spider.article_failed(failure_of(ARTICLES[2], 404))
    assert seen.state == "failed"
    assert following.url == ARTICLES[6]
    assert spider.crawler.stats.get_value("pantau/articles_requested") == 7


def test_the_article_budget_holds_for_waiting_urls_too(db_url):
    spider = spider_for(db_url, ONE_AT_A_TIME.replace("crawl", max_articles=5))
    assert len(articles_in(collect(spider.parse_listing(listing(1, SLUGS))))) == 4
    assert urls_of(spider.parse_article(page_of(ARTICLES[0]))) == [ARTICLES[4]]
    assert urls_of(spider.parse_article(page_of(ARTICLES[1]))) == []
    assert spider.crawler.stats.get_value("pantau/budget_reached") is True


def test_an_idle_engine_with_urls_waiting_gets_a_window_and_keeps_the_spider_open(db_url):
    """Requests dropped on a path that reaches neither callback nor errback would
    leave the window full forever: when Scrapy has nothing left to do, the count is
    known to be zero."""
    spider = spider_for(db_url, ONE_AT_A_TIME)
    collect(spider.parse_listing(listing(1, SLUGS)))  # four handed over, never answered
    crawled: list[Request] = []
    spider.crawler.engine = SimpleNamespace(crawl=crawled.append)
    with pytest.raises(DontCloseSpider):
        spider._idle()
    assert [r.url for r in crawled] == ARTICLES[4:8]
    with pytest.raises(DontCloseSpider):
        spider._idle()
    assert [r.url for r in crawled[4:]] == ARTICLES[8:]
    spider._idle()  # nothing waits: the spider may close


@pytest.fixture(scope="module")
def sites():
    with serve_sites() as served:
        yield served


def test_a_crawl_with_a_window_of_four_fetches_every_article_once(sites, tmp_path):
    config = tmp_path / "pantau.toml"
    config.write_text("[crawl]\nconcurrency = 1\n", encoding="utf-8")
    space = Workspace(tmp_path, sites.sources_toml())
    for site in sites:
        site.clear_requests()
    code, summary = space.crawl("--config", str(config))
    assert code == 0, summary
    assert sorted(stored_urls(space)) == sorted(on_topic(sites))
    for site in sites:
        paths = {a.path for a in site.articles}
        fetched = [p for p in site.requests if p in paths]
        assert len(paths) > 4, site.name  # more than one window's worth
        assert sorted(fetched) == sorted(set(fetched)), site.name  # none twice
    # nothing is left waiting but what robots.txt forbids (never asked for)
    left = {p.url for source in ("wp", "gov", "portal") for p in storage.take_up_frontier(
        storage.open_database(space.db), source, give_up_after=9)}
    assert left
    assert all("/wp-admin/" in u or "/privat/" in u for u in left), left
