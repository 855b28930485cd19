"""URL canonicalisation, so that the same article reached by two links is one URL."""

from __future__ import annotations

import re
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


def same_site(url: str, host: str) -> bool:
    """Whether ``url`` is on ``host`` (a leading ``www.`` on either side is ignored)."""
    other = (urlsplit(url).hostname or "").removeprefix("www.")
    return bool(other) and other == host.removeprefix("www.")
