"""URLs: one canonical form per article, the host they are on, and which links are articles.

``canonical`` makes the same article reached by two links one URL (w3lib, plus
tracking and session parameters dropped). ``host`` and ``same_site`` are the one
host test every part uses. The article tests are small composable functions: a
source's ``article_pattern`` is the precise test; without one, ``looks_like_article``
recognises the shapes news URLs share (dated paths, numeric ids, long slugs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url, url_query_cleaner

# Query parameters that only track the reader: dropped before URLs are compared.
TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|"
    r"ref_src|ref_url|amp_js_v|usqp|__twitter_impression|wt_\w+|s_cid|ocid|"
    # session ids: one article would otherwise be a new URL on every visit
    r"phpsessid|jsessionid|sessionid|session_id|sid|cfid|cftoken|aspsessionid\w*)$",
    re.IGNORECASE,
)
# Java and old ASP servers put the session in the path: /berita/1;jsessionid=ABC
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sessionid)=[^/?#]*", re.IGNORECASE)


def canonical(url: str) -> str:
    """``url`` without fragment and tracking parameters, its query sorted.

    >>> canonical("https://Example.go.id/berita/1?utm_source=fb&b=2&a=1#top")
    'https://example.go.id/berita/1?a=1&b=2'
    """
    url = _PATH_SESSION.sub("", url)
    parts = urlsplit(url)
    names = [pair.split("=", 1)[0] for pair in parts.query.split("&") if pair]
    tracking = [name for name in names if TRACKING.match(name)]
    if tracking:
        url = url_query_cleaner(url, tracking, remove=True, keep_fragments=True)
    return canonicalize_url(url, keep_fragments=False)


def host(url: str) -> str:
    """The host name of ``url`` (a ``{page}`` template is read as page 1); "" if none."""
    return urlsplit(url.replace("{page}", "1")).hostname or ""


def same_site(url: str, site: str) -> bool:
    """Whether ``url`` is on host ``site`` (a leading ``www.`` on either side is ignored)."""
    other = host(url).removeprefix("www.")
    return bool(other) and other == site.removeprefix("www.")


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
