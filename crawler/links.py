"""Small composable tests on URLs: which links on a listing page are articles.

A source's ``article_pattern`` is the precise test; without one, ``looks_like_article``
recognises the shapes news URLs share (dated paths, numeric ids, long slugs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

UrlTest = Callable[[str], bool]

_DATED = re.compile(r"/(19|20)\d{2}/(0?[1-9]|1[0-2])(/|$)|/(19|20)\d{2}-\d{2}-\d{2}")
_NUMERIC_ID = re.compile(r"/\d{4,}(/|-|\.html?$|$)|[-_/]\d{5,}(\.html?)?$")
_SLUG = re.compile(r"/[^/]*[a-z0-9]+(-[a-z0-9]+){3,}[^/]*/?$", re.IGNORECASE)
# Paths that list or navigate rather than hold one article: a navigation word
# followed by at most one segment (/tag/x, /category/berita/page/2).
_NOT_ARTICLE = re.compile(
    r"/(tag|tags|category|kategori|topik|topic|author|penulis|page|halaman|search|cari|"
    r"login|register|wp-admin|wp-login|feed|rss|index)(/[^/]*)?/?$|\?(s|q|page)=",
    re.IGNORECASE,
)
_FILES = re.compile(r"\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|mp[34]|css|js)$", re.I)


def has_article_shape(url: str) -> bool:
    path = urlsplit(url).path
    return bool(_DATED.search(path) or _NUMERIC_ID.search(path) or _SLUG.search(path))


def not_navigation(url: str) -> bool:
    parts = urlsplit(url)
    listing = _NOT_ARTICLE.search(parts.path + ("?" + parts.query if parts.query else ""))
    return not listing and not _FILES.search(parts.path)


def matches(pattern: re.Pattern[str]) -> UrlTest:
    return lambda url: bool(pattern.search(url))


def all_of(*tests: UrlTest) -> UrlTest:
    return lambda url: all(test(url) for test in tests)


def article_test(pattern: re.Pattern[str] | None) -> UrlTest:
    """The test for one source: its pattern if it has one, else the generic shapes."""
    if pattern is not None:
        return all_of(matches(pattern), lambda url: not _FILES.search(urlsplit(url).path))
    return all_of(has_article_shape, not_navigation)


looks_like_article = article_test(None)
