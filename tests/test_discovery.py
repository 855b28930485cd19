"""Discovery from a home page, conditional requests, incremental pagination and backfill.

Unit tests on the pure functions of ``spiders.discovery``, then the real ``pantau``
command against the local test sites given only their home pages.
"""

from __future__ import annotations

import json
import tomllib

import pytest

from spiders import discovery
from tests.sites import serve_sites
from tests.test_crawl_e2e import Workspace, pantau

HOME = "https://kota.go.id/"


def test_feeds_announced_in_the_head_are_found_and_comment_feeds_skipped():
    html = ('<head><link rel="alternate" type="application/rss+xml" href="/feed/">'
            '<link rel="alternate" type="application/rss+xml" href="/comments/feed/">'
            '<link rel="alternate" type="application/atom+xml" href="https://kota.go.id/atom">'
            '<link rel="alternate" hreflang="en" href="/en/"></head>')
    assert discovery.feed_links(html, HOME) == ["https://kota.go.id/feed/",
                                                "https://kota.go.id/atom"]


def test_robots_sitemap_lines_are_read():
    robots = ("User-agent: *\nDisallow: /admin\nSitemap: https://kota.go.id/sitemap.xml\n"
              "sitemap: /news-sitemap.xml # news\nSitemap:\n")
    assert discovery.robots_sitemaps(robots, HOME) == [
        "https://kota.go.id/sitemap.xml", "https://kota.go.id/news-sitemap.xml"]


def test_news_sections_are_found_by_path_or_link_text_on_the_same_site():
    html = ('<a href="/profil">Profil</a><a href="/berita?page=1">Berita</a>'
            '<a href="/id/kabar/">Kabar</a><a href="/p/semua">Indeks Berita</a>'
            '<a href="https://other.com/berita">Berita</a><a href="/cari?q=berita">Cari</a>')
    assert discovery.section_links(html, HOME) == [
        "https://kota.go.id/berita", "https://kota.go.id/id/kabar/", "https://kota.go.id/p/semua"]


@pytest.mark.parametrize(("href", "page_url", "template"), [
    ("/berita?page=2", "https://kota.go.id/berita", "https://kota.go.id/berita?page={page}"),
    ("?kategori=5&hal=2", "https://kota.go.id/berita",
     "https://kota.go.id/berita?kategori=5&hal={page}"),
    ("/category/berita/page/2/", "https://kota.go.id/category/berita/",
     "https://kota.go.id/category/berita/page/{page}/"),
    ("/page/2/", "https://kota.go.id/", "https://kota.go.id/page/{page}/"),
])
def test_the_pagination_scheme_becomes_a_page_template(href, page_url, template):
    html = f'<a href="/berita/read/1/x">x</a><a href="{href}">2</a><a href="#">»</a>'
    assert discovery.pagination_template(html, page_url) == template


def test_links_to_another_listing_or_site_are_no_pagination():
    html = ('<a href="/pengumuman?page=2">2</a><a href="https://other.com/berita?page=2">2</a>'
            '<a href="/berita?page=9">9</a>')
    assert discovery.pagination_template(html, "https://kota.go.id/berita") is None


@pytest.fixture(scope="module")
def sites():
    with serve_sites() as served:
        yield served


def home_only(sites) -> str:
    return "".join(f'[[source]]\nname = "{s.name}"\nurl = "{s.base_url}/"\n\n' for s in sites)


def test_sources_given_only_a_home_page_are_discovered_and_remembered(sites, tmp_path):
    space = Workspace(tmp_path, home_only(sites))
    code, summary = space.crawl()
    assert code == 0, summary
    expected = {s.base_url + a.path for s in sites for a in s.articles if a.on_topic}
    assert {a["url"] for a in space.articles()} == expected

    for site in sites:
        site.clear_requests()
    code, summary = space.crawl()
    assert code == 0
    assert sum(r["stored"] for r in summary) == 0
    # The remembered routes are used: no guessing of common paths again.
    probes = {"/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/sitemap.xml", "/wp-sitemap.xml"}
    for site in sites:
        assert not probes & set(site.requests), (site.name, site.requests)
    assert "/feed/" in sites.wp.requests
    assert "/sitemap-news.xml" in sites.portal.requests
    assert "/berita?page=1" in sites.gov.requests


def test_a_second_crawl_gets_304s_and_pages_no_further(sites, tmp_path):
    space = Workspace(tmp_path, sites.sources_toml())
    space.crawl()
    for site in sites:
        site.clear_requests()
    code, _ = space.crawl()
    assert code == 0
    for site in sites:
        answered = dict(site.statuses)
        routes = [p for p in answered if p != "/robots.txt"]
        assert routes, site.name
        assert all(answered[p] == 304 for p in routes), (site.name, site.statuses)
    assert "/berita?page=2" not in sites.gov.requests


def test_a_new_article_pages_the_listing_only_as_far_as_it_is_new(tmp_path):
    from tests.sites import Article

    with serve_sites() as fresh:
        space = Workspace(tmp_path, fresh.sources_toml())
        space.crawl()
        fresh.gov.clear_requests()
        template = fresh.gov.articles[0]
        fresh.gov.add_article(Article(
            slug="pemkot-surabaya-gelar-pelatihan-pengelolaan-arsip-digital",
            title="Pemkot Surabaya Gelar Pelatihan Pengelolaan Arsip Digital",
            paragraphs=("SURABAYA – Pemerintah Kota Surabaya menggelar pelatihan pengelolaan "
                        "arsip digital bagi pegawai kelurahan.",
                        "Pelatihan diikuti 150 pegawai dari seluruh kecamatan."),
            published=template.published.replace(day=20), author="Rudi", on_topic=False))
        space.crawl("--source", "gov")
        listing = [p for p in fresh.gov.requests if p.startswith("/berita?")]
        # page 1 shows the new article; page 2 shows only known ones, so paging stops there
        assert listing == ["/berita?page=1", "/berita?page=2"]


def test_since_backfills_further_than_an_incremental_crawl(tmp_path):
    with serve_sites() as fresh:
        space = Workspace(tmp_path, fresh.gov.source_toml())
        config = tmp_path / "pantau.toml"
        config.write_text("[crawl]\nmax_listing_pages = 1\n", encoding="utf-8")
        space.crawl("--config", str(config))
        titles = {a["title"] for a in space.articles()}
        guangzhou = "Delegasi Guangzhou Kunjungi Surabaya, Rayakan 25 Tahun Kota Kembar"
        assert guangzhou not in titles  # on page 2, beyond the page limit
        fresh.gov.clear_requests()
        code, _ = space.crawl("--config", str(config), "--since", "2025-05-09")
        assert code == 0
        assert guangzhou in {a["title"] for a in space.articles()}
        # page 2's newest date (7 May) is before 9 May: page 3 is not requested
        assert "/berita?page=2" in fresh.gov.requests
        assert "/berita?page=3" not in fresh.gov.requests


def test_sources_discover_prints_a_ready_to_paste_entry(sites):
    result = pantau("sources", "discover", f"{sites.wp.base_url}/", "--delay", "0")
    assert result.returncode == 0, result.stderr
    entry = tomllib.loads(result.stdout)["source"][0]
    assert entry["url"] == f"{sites.wp.base_url}/"
    assert entry["feeds"] == [f"{sites.wp.base_url}/feed/"]
    assert entry["sitemaps"] == [f"{sites.wp.base_url}/sitemap_index.xml"]
    gov = pantau("sources", "discover", f"{sites.gov.base_url}/", "--format", "json",
                 "--delay", "0", "--region", "35.78")
    assert gov.returncode == 0, gov.stderr
    found = json.loads(gov.stdout)
    assert found["listings"] == [f"{sites.gov.base_url}/berita?page={{page}}"]
    # a region's government site, to fill in a gap of `pantau sources --missing`
    assert (found["region_code"], found["region"], found["kind"]) == (
        "35.78", "Kota Surabaya", "city")
