"""The news spider's rules, one callback at a time, on Scrapy response objects built
here and a temporary database: no server, no reactor, no crawl."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse, XmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

import storage
from crawler.config.settings import Config
from crawler.config.sources import Source
from spiders.items import ArticlePage, SeenPage
from spiders.news import NewsSpider
from spiders.settings import scrapy_settings

SITE = "https://kota.go.id"
T0 = datetime(2025, 5, 27, 12, tzinfo=UTC)


def spider_for(db_url: str, config: Config | None = None, since: datetime | None = None,
               **source: object) -> NewsSpider:
    entry = {"listings": (f"{SITE}/berita?page={{page}}",), **source}
    crawler = get_crawler(NewsSpider, scrapy_settings(config or Config(), db_url=db_url))
    return NewsSpider.from_crawler(crawler, source=Source("kota", f"{SITE}/", **entry),
                                   since=since)


def collect(outputs) -> list:
    async def gather() -> list:
        return [output async for output in outputs]

    return asyncio.run(gather())


def listing(page: int, slugs: list[str], meta: dict | None = None) -> HtmlResponse:
    links = "".join(f'<h3><a href="/berita/2025/05/{s}">{s}</a></h3>' for s in slugs)
    links += '<a href="/tag/kerja-sama">tag</a><a href="/berita?page=2">2</a>'
    url = f"{SITE}/berita?page={page}"
    return HtmlResponse(url, body=f"<html><body>{links}</body></html>".encode(),
                        encoding="utf-8", request=Request(url, meta=meta or {
                            "template": f"{SITE}/berita?page={{page}}", "page": page}))


def urls_of(outputs: list) -> list[str]:
    return [o.url for o in outputs if isinstance(o, Request)]


SLUGS = [f"pemkot-jalin-kerja-sama-kota-kembar-nomor-{n}" for n in range(5)]


def test_a_listing_page_requests_its_unknown_articles_and_the_next_page(db_url, db):
    spider = spider_for(db_url)
    storage.record_seen(db, f"{SITE}/berita/2025/05/{SLUGS[0]}", source="kota",
                        state="off_topic", when=T0)
    outputs = collect(spider.parse_listing(listing(1, SLUGS)))
    assert urls_of(outputs) == [f"{SITE}/berita/2025/05/{s}" for s in SLUGS[1:]] + [
        f"{SITE}/berita?page=2"]
    assert spider.crawler.stats.get_value("pantau/articles_known") == 1


def test_paging_stops_at_a_page_that_shows_nothing_unknown(db_url, db):
    spider = spider_for(db_url)
    for slug in SLUGS:
        storage.record_seen(db, f"{SITE}/berita/2025/05/{slug}", source="kota",
                            state="stored", when=T0)
    assert urls_of(collect(spider.parse_listing(listing(1, SLUGS)))) == []


def test_paging_stops_at_max_listing_pages(db_url):
    spider = spider_for(db_url, Config().replace("crawl", max_listing_pages=2))
    first = urls_of(collect(spider.parse_listing(listing(1, SLUGS[:2]))))
    second = urls_of(collect(spider.parse_listing(listing(2, SLUGS[2:4]))))
    assert first[-1] == f"{SITE}/berita?page=2"
    assert f"{SITE}/berita?page=3" not in second


def test_a_page_repeating_the_last_one_is_no_reason_to_page_on(db_url):
    spider = spider_for(db_url)
    collect(spider.parse_listing(listing(1, SLUGS[:3])))
    again = urls_of(collect(spider.parse_listing(listing(2, SLUGS[:3]))))
    assert again == []  # the CMS shows page 2 as page 1: nothing new, no page 3


def test_a_304_ends_the_route_and_a_200_keeps_its_validators(db_url):
    spider = spider_for(db_url)
    wrapped = spider._fresh(spider.parse_listing)
    url = f"{SITE}/berita?page=1"
    not_modified = Response(url, status=304, request=Request(url))
    assert collect(wrapped(not_modified)) == []
    assert spider.crawler.stats.get_value("pantau/not_modified") == 1
    page = listing(1, SLUGS[:1])
    page = page.replace(headers={"ETag": '"v1"', "Last-Modified": "Tue, 27 May 2025 10:00:00 GMT"})
    assert urls_of(collect(wrapped(page)))
    assert spider._validators[url] == ('"v1"', "Tue, 27 May 2025 10:00:00 GMT")


def test_a_route_is_requested_with_the_validators_saved_last_time(db_url, db):
    storage.save_validators(db, {f"{SITE}/berita?page=1": ('"v1"', None)}, when=T0)
    spider = spider_for(db_url)
    (request,) = collect(spider._requests([spider._listing_page(f"{SITE}/berita?page={{page}}",
                                                                1)]))
    assert request.headers[b"If-None-Match"] == b'"v1"'
    backfill = spider_for(db_url, since=T0)  # a backfill asks for everything anew
    (request,) = collect(backfill._requests([backfill._listing_page(
        f"{SITE}/berita?page={{page}}", 1)]))
    assert b"If-None-Match" not in request.headers


FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title>
<item><title>A</title><link>https://kota.go.id/berita/2025/05/kerja-sama-kota-kembar-a</link></item>
<item><title>B</title><link>https://lain.go.id/berita/2025/05/kerja-sama-kota-kembar-b</link></item>
</channel></rss>"""


def test_a_feed_gives_its_entries_on_this_site(db_url):
    spider = spider_for(db_url)
    response = XmlResponse(f"{SITE}/feed/", body=FEED)
    assert urls_of(collect(spider.parse_feed(response))) == [
        f"{SITE}/berita/2025/05/kerja-sama-kota-kembar-a"]


def test_a_feed_with_no_entries_is_a_problem_not_a_crash(db_url):
    spider = spider_for(db_url)
    response = XmlResponse(f"{SITE}/feed/", body=b"<rss><channel><title>x</title></channel>")
    assert collect(spider.parse_feed(response)) == []
    assert spider.problems[0].startswith(f"feed {SITE}/feed/: no entries (")  # and why


def sitemap_index(count: int) -> bytes:
    entries = "".join(f"<sitemap><loc>{SITE}/sitemap-{n}.xml</loc>"
                      f"<lastmod>2025-05-{n + 1:02d}</lastmod></sitemap>" for n in range(count))
    return (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
            f'sitemap/0.9">{entries}</sitemapindex>').encode()


def test_a_sitemap_index_leads_to_its_newest_children_within_the_limit(db_url):
    spider = spider_for(db_url, Config().replace("crawl", max_sitemaps=3))
    response = XmlResponse(f"{SITE}/sitemap.xml", body=sitemap_index(10))
    assert urls_of(collect(spider.parse_sitemap(response))) == [
        f"{SITE}/sitemap-9.xml", f"{SITE}/sitemap-8.xml", f"{SITE}/sitemap-7.xml"]


def test_a_backfill_skips_sitemaps_last_changed_before_since(db_url):
    spider = spider_for(db_url, since=datetime(2025, 5, 6, tzinfo=UTC))
    response = XmlResponse(f"{SITE}/sitemap.xml", body=sitemap_index(10))
    assert urls_of(collect(spider.parse_sitemap(response))) == [
        f"{SITE}/sitemap-{n}.xml" for n in (9, 8, 7, 6, 5)]


def test_a_sitemap_declaring_entities_is_read_but_counted(db_url):
    spider = spider_for(db_url)
    body = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><urlset xmlns="http://www.'
            b'sitemaps.org/schemas/sitemap/0.9"><url><loc>https://kota.go.id/berita/2025/05/'
            b'kerja-sama-kota-kembar-c</loc></url></urlset>')
    response = XmlResponse(f"{SITE}/sitemap.xml", body=body)
    assert urls_of(collect(spider.parse_sitemap(response))) == [
        f"{SITE}/berita/2025/05/kerja-sama-kota-kembar-c"]
    assert spider.crawler.stats.get_value("pantau/xml_entities_refused") == 1


def test_the_article_budget_stops_requests_and_is_remembered(db_url):
    spider = spider_for(db_url, Config().replace("crawl", max_articles=2))
    outputs = urls_of(collect(spider.parse_listing(listing(1, SLUGS))))
    assert len([u for u in outputs if "/berita/2025/" in u]) == 2
    assert spider.crawler.stats.get_value("pantau/budget_reached") is True


def test_the_request_budget_counts_every_request(db_url):
    spider = spider_for(db_url, Config().replace("crawl", max_requests=3))
    outputs = urls_of(collect(spider.parse_listing(listing(1, SLUGS))))
    assert len(outputs) == 3
    assert any("request budget of 3 spent" in p for p in spider.problems)


def test_an_article_page_becomes_an_item_and_a_pdf_a_seen_url(db_url):
    spider = spider_for(db_url)
    url = f"{SITE}/berita/2025/05/{SLUGS[0]}"
    page = TextResponse(url, body=b"<html><p>teks</p></html>", request=Request(url),
                        headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    (item,) = spider.parse_article(page)
    assert isinstance(item, ArticlePage)
    assert (item.url, item.encoding) == (url, "cp1252")
    pdf = Response(url, body=b"%PDF-1.7", request=Request(url),
                   headers={"Content-Type": "application/pdf"})
    (seen,) = spider.parse_article(pdf)
    assert isinstance(seen, SeenPage)
    assert (seen.state, seen.status) == ("no_article", 200)


def test_a_client_error_is_remembered_and_a_server_error_is_not(db_url):
    spider = spider_for(db_url)
    url = f"{SITE}/berita/2025/05/{SLUGS[1]}"

    def failure(status: int) -> Failure:
        request = Request(url)
        failed = Failure(HttpError(Response(url, status=status, request=request), "non-200"))
        failed.request = request  # as Scrapy hands it to an errback
        return failed

    (seen,) = spider.article_failed(failure(404))
    assert (seen.state, seen.status) == ("failed", 404)
    assert spider.article_failed(failure(503)) == []
    assert spider.crawler.stats.get_value("pantau/article_errors/HTTP 503") == 1


@pytest.mark.parametrize("reason", ["finished", "shutdown"])
def test_what_was_learnt_is_saved_only_by_a_run_that_finished(db_url, db, reason):
    spider = spider_for(db_url)
    spider._validators[f"{SITE}/berita?page=1"] = ('"v2"', None)
    spider.lock.acquire()
    asyncio.run(spider.closed(reason))
    saved = storage.validators(db, [f"{SITE}/berita?page=1"])
    assert saved == ({f"{SITE}/berita?page=1": ('"v2"', None)} if reason == "finished" else {})
    assert not spider.lock.is_locked


def test_unknown_articles_and_the_next_page_are_remembered_before_they_are_asked_for(
        db_url, db):
    spider = spider_for(db_url)
    requested = urls_of(collect(spider.parse_listing(listing(1, SLUGS[:3]))))
    pending = storage.take_up_frontier(db, "kota", give_up_after=3)
    assert sorted(p.url for p in pending) == sorted(requested)
    assert [(p.kind, p.template, p.page) for p in pending if p.kind == "listing"] == [
        ("listing", f"{SITE}/berita?page={{page}}", 2)]
    # an outcome recorded takes the article out, in the same transaction
    storage.record_seen(db, requested[0], source="kota", state="off_topic", when=T0)
    assert storage.frontier_size(db, "kota") == len(requested) - 1


def test_a_new_run_asks_first_for_what_the_last_one_did_not_reach(db_url, db):
    storage.add_to_frontier(db, "kota", [
        storage.FrontierEntry(f"{SITE}/berita/2025/05/{SLUGS[0]}", "article"),
        storage.FrontierEntry(f"{SITE}/berita?page=3", "listing", f"{SITE}/berita?page={{page}}",
                              3)], when=T0)
    spider = spider_for(db_url)
    first = collect(spider._take_up_frontier())
    assert [r.url for r in first] == [f"{SITE}/berita/2025/05/{SLUGS[0]}",
                                      f"{SITE}/berita?page=3"]
    assert first[1].meta["page"] == 3
    # asked for in give_up_after runs without an outcome (a page that keeps timing out)
    for _ in range(3):
        storage.take_up_frontier(db, "kota", give_up_after=3)
    assert storage.frontier_size(db, "kota") == 0
