"""Wild input is fuzzed, not hoped for: property tests (Hypothesis) on every parser of
fetched bodies.

Generated documents and mutations of real ones (``tests/documents.py``: truncated,
wrong charset, huge attributes, deep nesting, binary ...) go through each stage as the
crawl runs it: the spider's callbacks for feeds, sitemaps, robots.txt, home pages and
listing sections (on a real ``NewsSpider`` over a temporary database), and the extractor.
Properties: no exception escapes a stage, what comes out has the types the callers rely
on, and no document takes longer than ``BOUND`` seconds (generous: the machine is shared;
the bound a crawl enforces is ``[crawl] extract_timeout``, in the worker pool, tested in
tests/test_workers.py). The pure functions of ``spiders.discovery`` are fuzzed on their own
too, with Hypothesis' own text and bytes. Bugs the fuzzing found are pinned at the end as
plain regression tests. Memory per document is measured by bench/fuzz_documents.py.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from functools import partial
from urllib.parse import urljoin

import pytest
import scrapy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import storage
from crawler.extract.article import extract
from crawler.urls import canonical
from spiders import discovery
from tests.documents import (
    CHARSETS,
    DECLARED,
    GENERATORS,
    HOME_URL,
    MUTATIONS,
    SITE,
    STAGE_KINDS,
    URLS,
    Document,
    Stages,
    generate,
    mutate,
    seeds,
)

BOUND = 30.0  # seconds one document may take in one stage: the crawl's own extract_timeout


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# examples per stage: the extractor and the HTML callbacks cost most (~0.1-2 s a document)
EXAMPLES = {"feed": 200, "sitemap": 400, "robots": 400, "home": 200, "section": 250, "extract": 200}


@pytest.fixture(scope="module")
def stages(tmp_path_factory) -> Stages:
    stages = Stages(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'pantau.db'}")
    yield stages
    storage.forget_engines()


@pytest.fixture
def fresh_stages(tmp_path) -> Stages:
    """Stages whose spiders have requested nothing yet (a spider asks for a URL once)."""
    yield Stages(f"sqlite:///{tmp_path / 'pantau.db'}")
    storage.forget_engines()


def _encoded(kind: str, text: str, charset: str, declared: str | None) -> Document:
    return Document(kind, f"hypothesis text as {charset}", text.encode(charset, "replace"),
                    declared)


def documents(kind: str) -> st.SearchStrategy[Document]:
    """Generated documents, mutated seeds, and Hypothesis' own bytes and text."""
    pool = seeds(kind)
    seed = st.integers(0, 2**32 - 1)
    charset = st.none() | st.sampled_from(DECLARED)
    return st.one_of(
        st.builds(generate, st.just(kind), st.sampled_from(sorted(GENERATORS[kind])), seed),
        st.builds(mutate, st.sampled_from(pool),
                  st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3), seed,
                  st.sampled_from(pool)),
        st.builds(Document, st.just(kind), st.just("hypothesis bytes"), st.binary(max_size=3000),
                  charset),
        st.builds(_encoded, st.just(kind), st.text(max_size=3000), st.sampled_from(CHARSETS),
                  charset),
    )


def timed(run, doc: Document) -> object:
    start = time.perf_counter()
    result = run(doc)
    took = time.perf_counter() - start
    assert took < BOUND, f"{took:.1f} s (bound {BOUND} s) on {doc!r}"
    return result


@pytest.mark.parametrize("stage", list(EXAMPLES))
def test_no_document_escapes_its_stage_or_outlasts_the_bound(stages, stage):
    """The stage's own assertions check the types of what comes out (tests/documents.py)."""

    @fuzz(EXAMPLES[stage])
    @given(doc=documents(STAGE_KINDS[stage]))
    def check(doc: Document) -> None:
        timed(stages.run[stage], doc)

    check()


# --- the pure functions, on Hypothesis' own text ------------------------------------------

def _assert_followable(urls: list[str]) -> None:
    """What the spider will do with a found URL: canonical form, a Request."""
    assert isinstance(urls, list)
    for url in urls:
        assert isinstance(url, str)
        assert url.startswith(("http://", "https://")), url
        canonical(url)
        scrapy.Request(url)


hrefs = st.sampled_from(URLS) | st.text(max_size=40)
link_html = st.lists(
    st.tuples(st.sampled_from(("a", "link", "A", "area")), hrefs,
              st.sampled_from(("", "application/rss+xml", "application/atom+xml; x", "text/html")),
              st.sampled_from(("Berita", "Semua Berita", "2", "x", ""))),
    max_size=30,
).map(lambda links: "".join(
    f'<{tag} rel="alternate" type="{kind}" href="{href}">{text}</{tag}>'
    for tag, href, kind, text in links))


@fuzz(150)
@given(html=link_html | st.text(max_size=2000), base=st.sampled_from((HOME_URL, SITE + "/berita")))
def test_link_parsers_return_followable_urls(html, base):
    _assert_followable(discovery.feed_links(html, base))
    _assert_followable(discovery.section_links(html, base))
    template = discovery.pagination_template(html, base)
    assert template is None or "{page}" in template
    if template is not None:
        _assert_followable([template.replace("{page}", "2")])


@fuzz(150)
@given(href=hrefs, base=st.sampled_from((HOME_URL, "https://kota.go.id/berita/1?x=1#y")))
def test_a_followable_link_can_be_canonicalised_and_requested(href, base):
    url = discovery.followable(href, partial(urljoin, base))
    _assert_followable([] if url is None else [url])


robots_text = st.lists(
    st.tuples(st.sampled_from(("Sitemap", "sitemap", "User-agent", "Disallow", "Crawl-delay", "")),
              st.sampled_from((":", ": ", "")), hrefs),
    max_size=20,
).map(lambda lines: "\n".join(f"{k}{sep}{v}" for k, sep, v in lines))


@fuzz(150)
@given(text=robots_text | st.text(max_size=2000))
def test_robots_sitemaps_are_followable(text):
    _assert_followable(discovery.robots_sitemaps(text, HOME_URL))


@fuzz(150)
@given(body=st.binary(max_size=3000), strict=st.booleans())
def test_sitemap_and_xml_checks_never_raise(body, strict):
    found = discovery.sitemap_body(body, 10_000_000)
    assert found is None or isinstance(found, bytes)
    damage = discovery.xml_damage(body, strict=strict)
    assert damage is None or (len(damage) == 2 and all(isinstance(x, str) for x in damage))
    assert isinstance(discovery.looks_like_feed(body), bool)


@fuzz(150)
@given(lastmod=st.none() | st.text(max_size=40) | st.datetimes().map(datetime.isoformat),
       since=st.none() | st.datetimes(timezones=st.just(UTC)))
def test_changed_since_reads_any_lastmod(lastmod, since):
    assert isinstance(discovery.changed_since(lastmod, since), bool)


@fuzz(100)
@given(body=st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode),
       content_type=st.none() | st.sampled_from(DECLARED).map(lambda c: f"text/xml; charset={c}"))
def test_read_feed_gives_string_links(body, content_type):
    parsed = discovery.read_feed(body, content_type)
    assert all(isinstance(e.get("link", ""), str) for e in parsed.entries)


@fuzz(100)
@given(body=st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode),
       encoding=st.none() | st.sampled_from(DECLARED))
def test_extract_never_raises_on_bytes(body, encoding):
    found = extract(body, "https://kota.go.id/berita/2025/05/kabar", encoding=encoding)
    assert found is None or isinstance(found.text, str)


# --- what the fuzzing found -------------------------------------------------------------------


def test_a_feed_whose_body_is_a_file_name_is_not_read_from_disk(tmp_path):
    """feedparser.parse(bytes) tries the bytes as a file name first: a feed whose body
    was ``/dev/zero`` read without end, ``/dev/stdin`` waited forever."""
    local = tmp_path / "feed.xml"
    local.write_bytes(b"<rss><channel><item><link>https://kota.go.id/rahasia</link></item>"
                      b"</channel></rss>")
    assert discovery.read_feed(str(local).encode()).entries == []


def test_character_references_to_no_character_do_not_end_a_feed():
    """feedparser's loose parser called chr() on &#x110000; (ValueError) or &#xD800;."""
    for encoding in ("utf-8", "utf-16"):
        body = ("<rss><channel><item><title>&#x110000; &#55296; &#99999999999999999999;</title>"
                "<link>https://kota.go.id/berita/1</link></item><item></channel>").encode(encoding)
        entries = discovery.read_feed(body).entries
        assert [e.get("link") for e in entries if e.get("link")] == ["https://kota.go.id/berita/1"]


def test_an_undeclared_feed_is_not_left_to_chardet(monkeypatch):
    """chardet, which feedparser called on a feed that did not decode as declared, took
    20 s on 160 kB of long unaccented words (a random feed of the fuzz test)."""
    import chardet

    def refuse(*args, **kwargs):
        raise AssertionError("chardet called")

    monkeypatch.setattr(chardet, "detect", refuse)
    body = b"<rss><channel><item><title>" + b"a" * 5000 + b"\xff\xfe</title><link>" \
           b"https://kota.go.id/berita/1</link></item></channel></rss>"
    assert [e.link for e in discovery.read_feed(body).entries] == ["https://kota.go.id/berita/1"]


BROKEN = ('<a href="http://[">x</a><a href="http://kota.go.id:99999/berita">Berita</a>'
          '<a href="http://\u2100/berita">Berita</a><a href="http://[::1];jsessionid=x/">y</a>'
          '<a h\x01ref="1" href="/berita">Berita</a>'
          '<link rel="alternate" type="application/rss+xml" href="http://[">'
          '<link rel="alternate" type="application/rss+xml" h\x01ref="1" href="/feed/">'
          '<a href="/berita?page=2">2</a>')


def test_links_that_are_no_urls_are_skipped_and_the_rest_still_read():
    """urljoin raised ValueError on "http://[" and on a host NFKC changes, canonical on a
    port past 65535, lxml on an attribute name with a control character: each ended
    the discovery of the whole page."""
    assert discovery.section_links(BROKEN, HOME_URL) == [f"{SITE}/berita"]
    assert discovery.feed_links(BROKEN, HOME_URL) == [f"{SITE}/feed/"]
    assert discovery.pagination_template(BROKEN, f"{SITE}/berita") == f"{SITE}/berita?page={{page}}"
    assert discovery.robots_sitemaps("Sitemap: http://[\nSitemap: /sitemap.xml\n", HOME_URL) == [
        f"{SITE}/sitemap.xml"]


def test_a_listing_or_sitemap_with_broken_links_still_gives_the_sound_ones(fresh_stages):
    stages = fresh_stages
    article = f"{SITE}/berita/2025/05/27/kerja-sama-kota-kembar-dengan-busan"
    listing = Document("html", "listing with broken links",
                       (BROKEN + f'<a href="{article}">kabar</a>').encode())
    urls = [r.url for r in stages.run["home"](listing) if isinstance(r, scrapy.Request)]
    assert article in urls
    index = Document("sitemap", "index with broken locations", (
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<sitemap><loc>{loc}</loc><lastmod>2025-05-27</lastmod></sitemap>"
                  for loc in ("http://[", "mailto:x@kota.go.id", "sitemap-2.xml",
                              "http://[::1];jsessionid=x/", f"{SITE}/sitemap-3.xml"))
        + "</sitemapindex>").encode())
    urls = [r.url for r in stages.run["sitemap"](index)]
    assert urls == [f"{SITE}/sitemap-2.xml", f"{SITE}/sitemap-3.xml"]


@pytest.mark.parametrize("base", ["//[", "http://[::1", "javascript:void(0)"])
def test_a_listing_whose_base_no_parser_accepts_still_gives_its_links(fresh_stages, base):
    # Scrapy's response.css and response.urljoin raise on such a <base href>: the
    # listing's links are read against the page's own address instead
    article = f"{SITE}/berita/2025/05/27/kerja-sama-kota-kembar-dengan-busan"
    listing = Document("html", "listing with a broken base", (
        f'<html><head><base href="{base}"></head><body>'
        '<a href="/berita/2025/05/27/kerja-sama-kota-kembar-dengan-busan">kabar</a>'
        "</body></html>").encode())
    for stage in ("home", "section"):
        urls = [r.url for r in fresh_stages.run[stage](listing) if isinstance(r, scrapy.Request)]
        assert article in urls, stage


def test_a_logo_linking_to_no_address_is_no_site_name():
    # the site's name is read from logos linking home; a broken link is none (it raised)
    from crawler.extract.article import extract

    body = "Pemerintah desa memperbaiki jalan sebelum musim hujan, dengan dana desa. " * 3
    page = (f'<html><head><title>Jalan Desa Diperbaiki - Kabar</title></head><body>'
            f'<a href="http://["><img src="/l.png" alt="Kabar"></a><article>'
            f"<h1>Jalan Desa Diperbaiki</h1><p>{body}</p></article></body></html>")
    found = extract(page.encode(), f"{SITE}/berita/jalan-desa")
    assert found is not None
    assert found.title == "Jalan Desa Diperbaiki"


def test_a_listings_sound_base_is_followed():
    from parsel import Selector

    page = Selector(text='<base href="https://cdn.kota.go.id/news/"><a href="a/1">x</a>')
    assert discovery.page_links(page, f"{SITE}/berita/") == ["https://cdn.kota.go.id/news/a/1"]
