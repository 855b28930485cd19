"""URL canonicalisation and the article-link tests."""

from __future__ import annotations

import re

import pytest

from crawler.urls import article_test, canonical, looks_like_article, same_site


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.go.id/berita/1?utm_source=fb&utm_medium=social", "https://x.go.id/berita/1"),
        ("https://x.go.id/berita/1?fbclid=abc#komentar", "https://x.go.id/berita/1"),
        ("https://X.GO.ID/berita/1?id=5&gclid=1&a=2", "https://x.go.id/berita/1?a=2&id=5"),
        ("https://x.go.id/read/12/kota-kembar", "https://x.go.id/read/12/kota-kembar"),
    ],
)
def test_tracking_parameters_and_fragments_are_dropped(url, expected):
    assert canonical(url) == expected


def test_same_site_ignores_www_but_not_other_hosts():
    assert same_site("https://www.beritajakarta.id/read/1", "beritajakarta.id")
    assert same_site("https://beritajakarta.id/read/1", "www.beritajakarta.id")
    assert not same_site("https://ads.example.com/read/1", "beritajakarta.id")
    assert not same_site("https://beritajakarta.id.evil.com/x", "beritajakarta.id")


@pytest.mark.parametrize(
    "url",
    [
        "https://teropongnews.com/2023/04/28/pj-gubernur-dki-terima-kunjungan/",
        "https://www.beritajakarta.id/read/123456/kota-kembar",
        "https://infopublik.id/kategori/nusantara/912345/pemprov-dki-jalin-kerja-sama",
        "https://kab.go.id/berita/bupati-terima-delegasi-kota-kembar-dari-jepang",
    ],
)
def test_article_shaped_links(url):
    assert looks_like_article(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.go.id/", "https://x.go.id/profil", "https://x.go.id/kategori/nusantara",
        "https://x.go.id/tag/sister-city-jepang-korea", "https://x.go.id/berita?page=2",
        "https://x.go.id/category/berita/page/2", "https://x.go.id/uploads/2023/04/foto-1.jpg",
        "https://x.go.id/author/redaksi-berita-daerah",
    ],
)
def test_navigation_and_files_are_not_articles(url):
    assert not looks_like_article(url)


def test_a_source_pattern_decides_alone():
    test = article_test(re.compile(r"/read/\d+/"))
    assert test("https://x.go.id/read/12/a")
    assert not test("https://x.go.id/2023/04/28/dated-but-not-matching-the-pattern/")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.go.id/berita/1?PHPSESSID=9f8e7d&id=5", "https://x.go.id/berita/1?id=5"),
    ("https://x.go.id/berita/1;jsessionid=A1B2C3?id=5", "https://x.go.id/berita/1?id=5"),
    ("https://x.go.id/read.asp?id=5&sid=77&cftoken=1", "https://x.go.id/read.asp?id=5"),
])
def test_session_ids_are_dropped(url, expected):
    assert canonical(url) == expected
