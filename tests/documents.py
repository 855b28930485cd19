"""Wild documents for the fuzz tests (tests/test_fuzz.py) and the fuzz benchmark
(bench/fuzz_documents.py): generated ones, and mutations of real seed documents.

Every document is made from a recipe and an integer seed by plain functions of a
``random.Random``, so that Hypothesis (which draws the recipe and the seed, and
shrinks them) and the benchmark (which draws them from its own ``Random``) make the
same documents, and a failing one is remade from its description alone.

Seeds, by kind, all from this folder (no ../shared needed):
- html: the saved pages of tests/pages/, and the pages the local test sites render
  (tests/sites: home pages, listings, articles, the trap site's cp1252 page);
- feed, sitemap, robots: what the test sites serve (RSS, a sitemap index, post and
  Google News sitemaps, robots.txt files), the trap site's truncated feed and sitemap
  and its entity bombs, and a few written here (Atom, RSS 1.0, a gzipped sitemap).

Generators: random bytes; random text in one of several encodings, with or without
a byte-order mark and a declared charset that may be wrong; HTML of random nested
tags with huge attributes and hostile links; deep nesting (thousands of levels);
one very long line; NUL bytes; random feeds, sitemaps and robots.txt files.
Mutations: truncate, flip, insert and delete bytes, re-encode while declaring
another charset, splice two documents, duplicate a tag many times, add a huge
attribute, nest the body deeply, add a wrong byte-order mark, sprinkle NULs, gzip.

``STAGES`` are what the spider does with a fetched body of each kind (the same calls,
catching what its callbacks catch): an exception out of one is one escaping its stage.
"""

from __future__ import annotations

import gzip
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KINDS = ("html", "feed", "sitemap", "robots")
SITE = "https://kota.go.id"


@dataclass(frozen=True)
class Document:
    kind: str
    recipe: str  # how it was made: enough to make it again
    body: bytes
    charset: str | None = None  # the charset its HTTP header declares, if any

    def __repr__(self) -> str:  # Hypothesis prints this for a failing example
        head = self.body[:80]
        return (f"Document({self.kind}, {len(self.body)} bytes, charset={self.charset!r}, "
                f"recipe={self.recipe!r}, starts={head!r})")

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis' printer lays a dataclass out field by field, a whole body of
        hundreds of kilobytes included; it takes this instead."""
        printer.text(repr(self))


# --- seeds ----------------------------------------------------------------------------

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Kota</title>
<link href="{SITE}/"/><updated>2025-05-27T10:00:00+07:00</updated>
<entry><title>Pemkot dan Kitakyushu perpanjang kerja sama</title>
<link href="{SITE}/berita/2025/05/pemkot-dan-kitakyushu-perpanjang-kerja-sama"/>
<id>tag:kota.go.id,2025:1</id><updated>2025-05-27T10:00:00+07:00</updated>
<summary type="html">&lt;p&gt;Kerja sama kota kembar&lt;/p&gt;</summary></entry>
<entry><title>Relative link</title><link rel="alternate" href="/berita/2025/05/relatif"/>
<id>tag:kota.go.id,2025:2</id></entry></feed>"""
RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="{SITE}/"><title>Warta</title><link>{SITE}/</link></channel>
<item rdf:about="{SITE}/warta/1234/kunjungan-delegasi-busan">
<title>Kunjungan delegasi Busan</title><link>{SITE}/warta/1234/kunjungan-delegasi-busan</link>
</item></rdf:RDF>"""
ROBOTS = f"""\ufeffUser-agent: *
Disallow: /admin/
Allow: /admin/ajax
Crawl-delay: 2.5
Disallow: /*?s=*$
Sitemap: {SITE}/sitemap.xml
sitemap: /news-sitemap.xml
User-agent: Pantau
Disallow:
Request-rate: 1/5
Host: kota.go.id
"""


@cache
def seeds(kind: str) -> tuple[Document, ...]:
    """The real documents of ``kind`` that mutations start from."""
    found: list[tuple[str, bytes]] = []
    if kind == "html":
        found += [(f"tests/pages/{p.name}", p.read_bytes())
                  for p in sorted((HERE / "pages").glob("*.html"))]
    for name, path, body in _site_pages():
        if _kind_of(path, body) == kind:
            found.append((f"{name} site {path}", body))
    if kind == "feed":
        found += [("atom", ATOM.encode()), ("rss 1.0", RDF.encode())]
    if kind == "sitemap":
        post = next(body for name, path, body in _site_pages() if path == "/post-sitemap.xml")
        found.append(("gzipped post sitemap", gzip.compress(post, mtime=0)))
    if kind == "robots":
        found.append(("robots with every directive", ROBOTS.encode()))
    return tuple(Document(kind, f"seed {name}", body) for name, body in found)


def _kind_of(path: str, body: bytes) -> str:
    if path.endswith("robots.txt"):
        return "robots"
    head = body[:2000]
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head:
        return "feed"
    return "html"


@cache
def _site_pages() -> tuple[tuple[str, str, bytes], ...]:
    """(site, path, body) of what the local test sites and the trap site serve."""
    from tests.sites import make_site
    from tests.sites.content import government_articles, outlet_articles, portal_articles
    from tests.sites.themes import GovernmentPortal, InfoPortal, WordPress
    from tests.sites.traps import CP1252, GOOD_HTML, TrapSite, _page

    pages = []
    sites = (("wp", WordPress(), outlet_articles()),
             ("gov", GovernmentPortal(), government_articles()),
             ("portal", InfoPortal(), portal_articles()))
    for name, theme, articles in sites:
        site = make_site(name, theme, "127.0.0.2", articles)
        paths = ["/robots.txt", "/", "/feed/", "/sitemap_index.xml", "/post-sitemap.xml",
                 "/page-sitemap.xml", "/sitemap-news.xml", "/berita?page=1",
                 site.articles[0].path, site.articles[-1].path]
        for path in paths:
            page = theme.render(path, SITE, site.articles)
            if page is not None:
                pages.append((name, path, page[2]))
    traps = TrapSite()
    for path in ("/robots.txt", "/", "/feed/", "/sitemap.xml", "/bomb-feed.xml",
                 "/bomb-sitemap.xml"):
        page = _page(traps, path)
        assert page is not None
        pages.append(("trap", path, page[2]))
    pages += [("trap", "/good", GOOD_HTML.encode()), ("trap", "/cp1252", CP1252)]
    return tuple(pages)


# --- pieces -----------------------------------------------------------------------------

# Links and locations a parser meets in the wild, the broken ones first.
URLS = (
    "http://[", "http://[::1", "http://[::1]:99999/", "http://[::1];jsessionid=x/", "//[",
    "http://kota.go.id:99999/berita/2025/05/kerja-sama-kota-kembar-baru", "http://kota.go.id:x/",
    "http://\u2100/berita/2025/05/a-b-c-d", "https://kota.go.id/berita/1;jsessionid=]",
    "javascript:alert(1)", "mailto:humas@kota.go.id", "data:text/html,<p>x</p>", "", " ", "#",
    "http://", "https://", "http:///berita", "\x00", "https://kota.go.id/\x00berita",
    "https://kota.go.id/berita/" + "a" * 5000, "https://xn--/", "https://kota.go.id/%zz/%",
    "https://KOTA.go.id/Berita/2025/05/kerja-sama-kota-kembar-x#komentar",
    "https://kota.go.id/berita?page=2", "/berita?page=2", "/berita/page/2/", "?hal=3",
    "/category/berita/page/3/", "https://kota.go.id/berita?page=2&page=3",
    "https://kota.go.id/berita?" + "a=1&" * 2000, "https://kota.go.id/berita/2025/05/" + "é" * 50,
    "https://例え.テスト/berita/2025/05/kabar", "http://a..b/", "http://" + "a" * 300 + ".id/",
    "https://kota.go.id/berita/{page}", "\ufeffhttps://kota.go.id/berita",
    "https://kota.go.id\\berita\\2025\\05\\kabar", "http://user:pass@kota.go.id/berita/123456",
    "/berita", "/news/", "https://lain.go.id/berita", "sitemap-2.xml", "ftp://kota.go.id/x.xml",
    "https://kota.go.id/berita/2025/05/kerja-sama?utm_source=x&PHPSESSID=1",
)
DATES = (
    "", "2025-05-27", "2025-05-27T10:00:00+07:00", "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-23:59", "2025-13-45", "now", "2025-05-27T10:00:00+99:00", "x" * 1000,
    "Tue, 27 May 2025 10:00:00 +0700", "\x00", "2025-05-27T25:61:61Z", "-2025-05-27",
    "Senin, 27 Mei 2025 10:00 WIB", "1e308", "2025-05-27T10:00:00.123456789+07:00",
)
TAGS = ("div", "p", "span", "a", "table", "tr", "td", "ul", "li", "h1", "h2", "h3", "script",
        "style", "title", "meta", "link", "base", "img", "br", "iframe", "noscript", "svg",
        "math", "template", "textarea", "form", "article", "section", "nav", "footer", "time",
        "select", "option", "frameset", "plaintext", "xmp", "x-widget", "html", "head", "body",
        "!--", "![CDATA[", "?php", "!DOCTYPE")
ATTRS = ("href", "src", "class", "id", "rel", "type", "content", "name", "property", "charset",
         "http-equiv", "itemprop", "datetime", "style", "onclick", "lang", "data-x", "srcset")
WORDS = ("Pemerintah", "Kota", "kerja", "sama", "kota kembar", "sister city", "Busan",
         "Kitakyushu", "Wali", "nota kesepahaman", "Senin, 27 Mei 2025", "WIB", "Berita",
         "Penulis:", "Editor:", "Baca juga", ".", "!", "?", "&amp;", "&#0;", "&#x110000;",
         "&nbsp", "&", "<", ">", "\x00", "\u200b", "\ufeff", "\ufffd", "\u202e", "日本語",
         "한국어", "🙂", "é", "Ä", "\r", "\n", "\t", "\x0b", "\x1f", "\x7f", "\x85", "\u2028")
CHARSETS = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1",
            "shift_jis", "gb18030", "koi8-r", "euc-kr", "iso-2022-jp", "utf-7", "ascii")
DECLARED = (*CHARSETS, "x-unknown", "", "utf8\x00", "cp65001", "ebcdic-cp-us", "unicode-1-1-utf-7",
            "windows-1252; q=0", "ISO-8859-1\"", "utf-8 utf-16", "b" * 300)
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff",
        b"\x2b\x2f\x76\x38")
SPECIAL = (b"\x00", b"<", b">", b"&", b'"', b"'", b"]]>", b"<!--", b"-->", b"<![CDATA[",
           b"<!ENTITY x 'y'>", b"&x;", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80",
           b"\r\n", b"</", b"<script>", b"</html>", b"<?xml version='1.0'?>", b"\x1f\x8b")
ENTITIES = ("&e3;", "&e9;", "&e11;", "&lol;", "&nbsp;", "&amp", "&#;", "&#x;")
HUGE = 1_000_000  # characters: the largest attribute, line or repetition made
TAG_FLOOD = 200_000  # characters of repeated tags at most (the extractor is linear in them)


def _size(rng: random.Random, most: int) -> int:
    """A size up to ``most``, small ones far likelier (log-uniform)."""
    return int(most ** rng.random())


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _text(rng: random.Random, n: int) -> str:
    """Random text: words, and random code points from every plane."""
    out = []
    for _ in range(n):
        pick = rng.random()
        if pick < 0.5:
            out.append(rng.choice(WORDS))
        elif pick < 0.8:
            out.append(chr(rng.randrange(0x20, 0x7F)))
        else:
            c = rng.randrange(0x110000)
            out.append(chr(c) if not 0xD800 <= c < 0xE000 else "\ufffd")
    return "".join(out)


def _url(rng: random.Random) -> str:
    return rng.choice(URLS) if rng.random() < 0.8 else _text(rng, _size(rng, 60))


def _attribute(rng: random.Random) -> str:
    name = rng.choice(ATTRS)
    if rng.random() < 0.1:
        value = rng.choice("ax\"'<&") * _size(rng, HUGE)
    elif name in ("href", "src"):
        value = _url(rng)
    else:
        value = _words(rng, _size(rng, 8))
    quote = rng.choice(('"', "'", ""))
    return f" {name}={quote}{value.replace(quote, '') if quote else value}{quote}"


def _encode(rng: random.Random, text: str) -> tuple[bytes, str]:
    charset = rng.choice(CHARSETS)
    return text.encode(charset, errors="replace"), charset


# --- generators ---------------------------------------------------------------------------


def random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(_size(rng, 65536))


def random_text(rng: random.Random) -> bytes:
    body, _ = _encode(rng, _text(rng, _size(rng, 5000)))
    return (rng.choice(BOMS) if rng.random() < 0.3 else b"") + body


def random_html(rng: random.Random) -> bytes:
    """Random tags, nested at random, with random attributes, text and links."""
    out, open_tags = [], []
    for _ in range(_size(rng, 600)):
        pick = rng.random()
        if pick < 0.45:
            tag = rng.choice(TAGS)
            attrs = "".join(_attribute(rng) for _ in range(_size(rng, 6)))
            out.append(f"<{tag}{attrs}{rng.choice(('>', '>', '/>', ''))}")
            open_tags.append(tag)
        elif pick < 0.65 and open_tags:
            out.append(f"</{open_tags.pop() if rng.random() < 0.8 else rng.choice(TAGS)}>")
        else:
            out.append(_text(rng, _size(rng, 40)))
    if rng.random() < 0.5:
        out += [f"</{tag}>" for tag in reversed(open_tags)]
    body, charset = _encode(rng, "".join(out)) if rng.random() < 0.3 else ("".join(out).encode(
        "utf-8", errors="replace"), "utf-8")
    return _declare(rng, body, charset)


def _declare(rng: random.Random, body: bytes, charset: str) -> bytes:
    """``body`` with a ``<meta charset>`` (right or wrong) in front, half the time."""
    if rng.random() < 0.5:
        return body
    declared = rng.choice(DECLARED) if rng.random() < 0.7 else charset
    head = f'<html><head><meta charset="{declared}">'.encode("ascii", errors="replace")
    if rng.random() < 0.3:
        head = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'.encode(
            "ascii", errors="replace")
    return head + body


def deep_nesting(rng: random.Random) -> bytes:
    """Thousands of nested elements, closed or not."""
    depth = rng.randrange(1000, 20001)
    tag = rng.choice(("div", "span", "p", "table", "a", "b", "li", "ul", "td", "font", "section"))
    inner = f"<p>{_words(rng, 60)}.</p>"
    close = f"</{tag}>" * depth if rng.random() < 0.5 else ""
    return f"<html><body>{f'<{tag}>' * depth}{inner}{close}</body></html>".encode()


def long_line(rng: random.Random) -> bytes:
    """One line of up to a million characters of text, or up to 200,000 of tag soup."""
    piece = rng.choice(("kata ", "a", "\u00e9", "&amp;", "<b>", "<a href=x>", "<",
                        "<p>kerja sama "))
    n = rng.randrange(100_000, HUGE if piece.isalpha() or piece == "kata " else TAG_FLOOD)
    line = (piece * (n // len(piece)))[:n]
    return f"<html><body><p>{_words(rng, 30)}.</p>{line}</body></html>".encode()


def nul_bytes(rng: random.Random) -> bytes:
    html = f"<html><head><title>{_words(rng, 5)}</title></head><body>" \
           f"<p>{_words(rng, 200)}.</p></body></html>".encode()
    every = rng.randrange(1, 200)
    return b"".join(html[i:i + every] + b"\x00" for i in range(0, len(html), every))


def wrong_charset(rng: random.Random) -> bytes:
    """An article's text in one encoding, declaring another (in the page, with a BOM, or both)."""
    text = (f"<html><head><title>{_words(rng, 6)}</title></head><body><h1>{_words(rng, 6)}"
            f"</h1><p>{_text(rng, 400)}.</p><p>{_words(rng, 80)}.</p></body></html>")
    body, charset = _encode(rng, text)
    body = _declare(rng, body, charset)
    return (rng.choice(BOMS) if rng.random() < 0.3 else b"") + body


def _xml_text(rng: random.Random, n: int) -> str:
    text = _text(rng, n)
    if rng.random() < 0.5:
        text = text.replace("&", "&amp;").replace("<", "&lt;")
    if rng.random() < 0.1:
        text += rng.choice(ENTITIES)
    return text if rng.random() < 0.8 else f"<![CDATA[{text}]]>"


def _prolog(rng: random.Random) -> str:
    prolog = ""
    if rng.random() < 0.7:
        prolog += f'<?xml version="{rng.choice(("1.0", "1.1", "2.0", ""))}" encoding="' \
                  f'{rng.choice(DECLARED)}"?>'
    if rng.random() < 0.2:  # an entity bomb: e9 is 10**9 "lol"s (ENTITIES use them)
        entities = "".join(f'<!ENTITY e{i} "{(f"&e{i - 1};" if i else "lol") * 10}">'
                           for i in range(rng.randrange(1, 12)))
        prolog += f"<!DOCTYPE x [{entities}]>"
    return prolog


def random_feed(rng: random.Random) -> bytes:
    flavour = rng.choice(("rss", "atom", "rdf"))
    items = []
    for _ in range(_size(rng, 300)):
        link, title, date = _url(rng), _xml_text(rng, _size(rng, 30)), rng.choice(DATES)
        if flavour == "atom":
            items.append(f'<entry><title>{title}</title><link href="{link}"/>'
                         f"<updated>{date}</updated><id>{_url(rng)}</id></entry>")
        else:
            items.append(f"<item><title>{title}</title><link>{link}</link>"
                         f"<pubDate>{date}</pubDate><description>{_xml_text(rng, 50)}"
                         "</description></item>")
    if rng.random() < 0.3:
        items.insert(rng.randrange(len(items) + 1), _text(rng, 30))
    body = "".join(items)
    if flavour == "atom":
        doc = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>{body}</feed>'
    elif flavour == "rdf":
        doc = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
               f'xmlns="http://purl.org/rss/1.0/">{body}</rdf:RDF>')
    else:
        doc = f'<rss version="{rng.choice(("2.0", "0.91", "x"))}"><channel>{body}</channel></rss>'
    encoded, _ = _encode(rng, _prolog(rng) + doc) if rng.random() < 0.3 else (
        (_prolog(rng) + doc).encode("utf-8", errors="replace"), "utf-8")
    return encoded


def random_sitemap(rng: random.Random) -> bytes:
    index = rng.random() < 0.4
    entry, root = ("sitemap", "sitemapindex") if index else ("url", "urlset")
    out = []
    for _ in range(_size(rng, 500)):
        parts = [f"<loc>{_xml_text(rng, 0) + _url(rng) if rng.random() < 0.9 else ''}</loc>"]
        if rng.random() < 0.7:
            parts.append(f"<lastmod>{rng.choice(DATES)}</lastmod>")
        if rng.random() < 0.1:
            parts.insert(rng.randrange(2), rng.choice(("<!-- c -->", "<?pi x?>", "<loc/>",
                                                       '<xhtml:link href="/en"/>', "<loc>")))
        if rng.random() < 0.1:
            parts.append("<news:news><news:title>" + _xml_text(rng, 20) + "</news:title>"
                         f"<news:publication_date>{rng.choice(DATES)}"
                         "</news:publication_date></news:news>")
        out.append(f"<{entry}>{''.join(parts)}</{entry}>")
    ns = rng.choice(('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"', "",
                     'xmlns="urn:x" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'))
    doc = f"{_prolog(rng)}<{root} {ns}>{''.join(out)}</{root}>"
    body = doc.encode("utf-8", errors="replace")
    pick = rng.random()
    if pick < 0.15:
        body = gzip.compress(body, mtime=0)
    elif pick < 0.2:
        body = gzip.compress(body, mtime=0)[: rng.randrange(1, 40)]
    elif pick < 0.23:  # a gzip bomb: 50 MB of nothing past a sitemap's first bytes
        body = gzip.compress(b"<urlset>" + b"\x00" * 50_000_000, compresslevel=1, mtime=0)
    return body


def random_robots(rng: random.Random) -> bytes:
    keys = ("User-agent", "Disallow", "Allow", "Sitemap", "Crawl-delay", "Request-rate", "Host",
            "Clean-param", "sitemap", "SITEMAP", " Sitemap ", "Sitemap:Sitemap", "#", "", "noindex")
    values = (*URLS, "*", "/", "/*?s=*$", "$", "1", "2.5", "-1", "nan", "inf", "1e400", "1/5",
              "0/0", "10/1h", "x/y", "Pantau", "*" * 10000, "/" + "*" * 500 + "a")
    lines = []
    for _ in range(_size(rng, 400)):
        key = rng.choice(keys)
        value = rng.choice(values) if rng.random() < 0.8 else _text(rng, _size(rng, 50))
        lines.append(f"{key}{rng.choice((':', ': ', '', '::', ' : '))}{value}")
    text = rng.choice(("\n", "\r\n", "\r", "\x00", "\u2028")).join(lines)
    body, _ = _encode(rng, text) if rng.random() < 0.3 else (text.encode("utf-8", "replace"), "")
    return (b"\xef\xbb\xbf" if rng.random() < 0.2 else b"") + body


def deep_xml(rng: random.Random) -> bytes:
    depth = rng.randrange(1000, 20001)
    root = rng.choice(("urlset", "sitemapindex", "rss", "feed", "channel", "item", "url"))
    tag = rng.choice(("url", "loc", "item", "x", "entry", "channel"))
    close = f"</{tag}>" * depth if rng.random() < 0.5 else ""
    return f"<{root}>{f'<{tag}>' * depth}{SITE}/berita/2025/05/kabar-baru{close}</{root}>".encode()


_COMMON: dict[str, Callable[[random.Random], bytes]] = {
    "random bytes": random_bytes, "random text": random_text,
}
GENERATORS: dict[str, dict[str, Callable[[random.Random], bytes]]] = {
    "html": {**_COMMON, "random html": random_html, "deep nesting": deep_nesting,
             "long line": long_line, "nul bytes": nul_bytes, "wrong charset": wrong_charset},
    "feed": {**_COMMON, "random feed": random_feed, "deep xml": deep_xml,
             "random html": random_html},
    "sitemap": {**_COMMON, "random sitemap": random_sitemap, "deep xml": deep_xml},
    "robots": {**_COMMON, "random robots": random_robots, "long line": long_line},
}


def generate(kind: str, name: str, seed: int) -> Document:
    rng = random.Random(seed)
    body = GENERATORS[kind][name](rng)
    charset = rng.choice(DECLARED) if rng.random() < 0.3 else None
    return Document(kind, f"{name} (seed {seed})", body, charset)


# --- mutations ------------------------------------------------------------------------------

_TAG = re.compile(rb"<[a-zA-Z][^<>]{0,200}>")
_CHARSET = re.compile(rb"""(charset=["']?|encoding=["'])([\w.:-]*)""", re.IGNORECASE)


def truncate(rng: random.Random, body: bytes, other: bytes) -> bytes:
    return body[: rng.randrange(len(body) + 1)]


def flip(rng: random.Random, body: bytes, other: bytes) -> bytes:
    if not body:
        return body
    out = bytearray(body)
    for _ in range(_size(rng, 200) + 1):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8) if rng.random() < 0.7 else rng.randrange(1, 256)
    return bytes(out)


def insert(rng: random.Random, body: bytes, other: bytes) -> bytes:
    out = body
    for _ in range(_size(rng, 50) + 1):
        i = rng.randrange(len(out) + 1)
        piece = rng.choice(SPECIAL) if rng.random() < 0.7 else rng.randbytes(_size(rng, 64))
        out = out[:i] + piece + out[i:]
    return out


def delete(rng: random.Random, body: bytes, other: bytes) -> bytes:
    out = body
    for _ in range(_size(rng, 20) + 1):
        if not out:
            break
        i = rng.randrange(len(out))
        out = out[:i] + out[i + _size(rng, 5000) + 1:]
    return out


def reencode(rng: random.Random, body: bytes, other: bytes) -> bytes:
    """The text re-encoded in another charset, still declaring the old one (or a third)."""
    text = body.decode("utf-8", errors="replace")
    out = text.encode(rng.choice(CHARSETS), errors="replace")
    declared = rng.choice(DECLARED).encode("ascii", errors="replace")
    if rng.random() < 0.5:
        out = _CHARSET.sub(lambda m: m.group(1) + declared, out)
    return out


def splice(rng: random.Random, body: bytes, other: bytes) -> bytes:
    return body[: rng.randrange(len(body) + 1)] + other[rng.randrange(len(other) + 1):]


def duplicate_tag(rng: random.Random, body: bytes, other: bytes) -> bytes:
    tags = list(_TAG.finditer(body[:200_000]))
    if not tags:
        return body
    tag = rng.choice(tags)
    times = rng.randrange(100, max(101, TAG_FLOOD // len(tag.group())))
    return body[: tag.end()] + tag.group() * times + body[tag.end():]


def huge_attribute(rng: random.Random, body: bytes, other: bytes) -> bytes:
    tags = list(_TAG.finditer(body[:200_000]))
    at = rng.choice(tags).start() + 2 if tags else 0
    value = rng.choice((b"a", b"x ", b"&amp;", b"\xc3\xa9", b"berita ")) * (_size(rng, HUGE) + 1)
    name = rng.choice(ATTRS).encode()
    return body[:at] + b" " + name + b'="' + value + b'" ' + body[at:]


def deepen(rng: random.Random, body: bytes, other: bytes) -> bytes:
    depth = rng.randrange(1000, 10001)
    tag = rng.choice((b"div", b"span", b"table", b"b", b"li", b"url", b"item"))
    at = rng.randrange(len(body) + 1)
    close = b"</" + tag + b">" * depth if rng.random() < 0.5 else b""
    return body[:at] + b"<" + tag + b">" * depth + body[at:] + close


def wrong_bom(rng: random.Random, body: bytes, other: bytes) -> bytes:
    return rng.choice(BOMS) + body


def sprinkle_nuls(rng: random.Random, body: bytes, other: bytes) -> bytes:
    every = rng.randrange(1, 500)
    return b"\x00".join(body[i:i + every] for i in range(0, len(body), every))


def gzipped(rng: random.Random, body: bytes, other: bytes) -> bytes:
    packed = gzip.compress(body, mtime=0)
    return packed if rng.random() < 0.6 else packed[: rng.randrange(len(packed) + 1)]


MUTATIONS: dict[str, Callable[[random.Random, bytes, bytes], bytes]] = {
    "truncate": truncate, "flip": flip, "insert": insert, "delete": delete,
    "reencode": reencode, "splice": splice, "duplicate tag": duplicate_tag,
    "huge attribute": huge_attribute, "deepen": deepen, "wrong bom": wrong_bom,
    "sprinkle nuls": sprinkle_nuls, "gzip": gzipped,
}
_LARGEST = 12_000_000  # bytes: past this a document is cut (10 MB is the download limit)


def mutate(seed_doc: Document, steps: list[str], seed: int, other: Document) -> Document:
    """``seed_doc`` put through ``steps`` (names of ``MUTATIONS``); ``splice`` uses ``other``."""
    rng = random.Random(seed)
    body = seed_doc.body
    for step in steps:
        body = MUTATIONS[step](rng, body, other.body)[:_LARGEST]
    charset = rng.choice(DECLARED) if rng.random() < 0.3 else None
    recipe = f"{seed_doc.recipe.removeprefix('seed ')} | {' | '.join(steps)} (seed {seed}"
    recipe += f", spliced with {other.recipe.removeprefix('seed ')})" if "splice" in steps else ")"
    return Document(seed_doc.kind, recipe, body, charset)


def random_document(rng: random.Random, kind: str,
                    pool: tuple[Document, ...] | None = None) -> Document:
    """One document for the benchmark: generated half the time, else a mutated seed (of
    ``pool``, by default ``seeds(kind)``)."""
    seed = rng.randrange(2**32)
    if rng.random() < 0.5:
        return generate(kind, rng.choice(sorted(GENERATORS[kind])), seed)
    pool = pool or seeds(kind)
    steps = [rng.choice(sorted(MUTATIONS)) for _ in range(rng.randrange(1, 4))]
    return mutate(rng.choice(pool), steps, seed, rng.choice(pool))



# --- stages -----------------------------------------------------------------------------------
# A stage is what the crawl does with one fetched body: the spider's own callback for its
# kind (spiders/news.py, spiders/routes.py) on a response built as Scrapy builds it, the
# Crawl-delay read of spiders/politeness.py, or the extractor. Whatever a stage raises is an
# exception escaping it (Scrapy would log the callback's error and lose the rest of the page).

HOME_URL, SECTION_URL = f"{SITE}/", f"{SITE}/berita"
URLS_OF = {"feed": f"{SITE}/feed/", "sitemap": f"{SITE}/sitemap.xml",
           "robots": f"{SITE}/robots.txt", "home": HOME_URL, "section": SECTION_URL,
           "extract": f"{SITE}/berita/2025/05/27/kerja-sama-kota-kembar"}
CONTENT_TYPES = {"html": "text/html", "feed": "application/rss+xml",
                 "sitemap": "application/xml", "robots": "text/plain"}
STAGE_KINDS = {"feed": "feed", "sitemap": "sitemap", "robots": "robots", "home": "html",
               "section": "html", "extract": "html"}


def response_for(doc: Document, url: str) -> Any:
    """The response Scrapy makes of ``doc`` fetched from ``url`` (its class chosen from the
    Content-Type header and the body, as Scrapy's downloader chooses it)."""
    from scrapy import Request
    from scrapy.http import Headers
    from scrapy.responsetypes import responsetypes

    kind = CONTENT_TYPES[doc.kind] + (f"; charset={doc.charset}" if doc.charset is not None else "")
    headers = Headers({"Content-Type": kind.encode("latin-1", errors="replace")})
    cls = responsetypes.from_args(headers=headers, url=url, body=doc.body)
    return cls(url=url, headers=headers, body=doc.body, status=200, request=Request(url))


class Stages:
    """Runs documents through the stages, on two spiders over the database ``db_url``: an
    incremental one, and a backfill (``since``) one for sitemaps and listing sections (it
    compares sitemap dates and reads listing dates)."""

    def __init__(self, db_url: str) -> None:
        from datetime import UTC, datetime

        from scrapy.utils.test import get_crawler

        import storage
        from crawler.config.settings import Config
        from crawler.config.sources import Source
        from spiders.news import NewsSpider
        from spiders.settings import scrapy_settings

        storage.open_database(db_url)  # created and migrated, as the crawl does first
        config = Config().replace("crawl", max_requests=10**9, max_articles=10**9)
        source = Source("kota", HOME_URL, listings=(f"{SECTION_URL}?page={{page}}",))

        def spider(since: datetime | None) -> Any:
            crawler = get_crawler(NewsSpider, scrapy_settings(config, db_url=db_url))
            return NewsSpider.from_crawler(crawler, source=source, since=since)

        self.spider, self.backfill = spider(None), spider(datetime(2025, 5, 1, tzinfo=UTC))
        self.user_agent = config.crawl.user_agent
        self.run: dict[str, Callable[[Document], object]] = {
            "feed": lambda doc: self._callback(self.spider.discover_feed, doc, "feed"),
            "sitemap": lambda doc: self._callback(self.backfill.discover_sitemap, doc, "sitemap"),
            "robots": self._robots,
            "home": lambda doc: self._callback(self.spider.discover_home, doc, "home"),
            "section": self._section,
            "extract": self._extract,
        }

    def _callback(self, callback: Callable[[Any], Any], doc: Document, stage: str,
                  meta: dict[str, Any] | None = None) -> list[Any]:
        import asyncio

        from scrapy import Request

        from spiders.items import ArticlePage, SeenPage

        response = response_for(doc, URLS_OF[stage])
        response.meta.update(meta or {})

        async def gather() -> list[Any]:
            return [output async for output in callback(response)]

        outputs = asyncio.run(gather())
        assert all(isinstance(o, Request | ArticlePage | SeenPage) for o in outputs), outputs
        return outputs

    def _robots(self, doc: Document) -> object:
        from protego import Protego
        from scrapy.robotstxt import ProtegoRobotParser

        outputs = self._callback(self.spider.discover_robots, doc, "robots")
        response = response_for(doc, URLS_OF["robots"])
        # Scrapy's robots.txt middleware, and the Crawl-delay of spiders/politeness.py
        allowed = ProtegoRobotParser(doc.body, self.spider).allowed(URLS_OF["extract"],
                                                                   self.user_agent)
        assert isinstance(allowed, bool)
        text = response.text if hasattr(response, "text") else ""
        delay = Protego.parse(text).crawl_delay(self.user_agent)
        if delay:
            float(delay)
        return outputs

    def _section(self, doc: Document) -> object:
        return self._callback(self.backfill.discover_section, doc, "section")

    def _extract(self, doc: Document) -> object:
        from crawler.extract.article import Extracted, extract

        found = extract(doc.body, URLS_OF["extract"], encoding=doc.charset)
        assert found is None or (isinstance(found, Extracted) and isinstance(found.text, str)
                                 and found.text), found
        return found
