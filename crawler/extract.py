"""Article text and metadata from one fetched page.

``extract(html, url)`` parses the page once, reads metadata (JSON-LD, meta tags,
bylines) from the whole tree, prunes page junk (crawler.boilerplate), runs
trafilatura on the pruned tree, falls back to trafilatura's recall mode and
then readability-lxml when the body comes out too short, and cleans the text
line by line. A pure function: it runs in worker processes.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import py3langid
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from crawler import boilerplate
from crawler.dates import parse_indonesian_datetime, parse_machine_datetime

MIN_TEXT = 250  # characters: a body shorter than this is a teaser; try the fallbacks
MIN_ARTICLE = 120  # characters: below this after every fallback, the page holds no article


@dataclass(frozen=True)
class Extracted:
    """What Pantau keeps of an article page (picklable: it crosses a process pool)."""

    title: str | None
    text: str
    author: str | None
    editor: str | None
    published_at: datetime | None
    language: str | None
    image: str | None
    sitename: str | None
    description: str | None
    canonical_url: str | None
    extractor: str


def extract(html: str | bytes, url: str, *, encoding: str | None = None) -> Extracted | None:
    """The article of ``html`` fetched from ``url``, or None when the page holds none."""
    text = decode(html, encoding) if isinstance(html, bytes) else html
    if not text or "<" not in text:
        return None
    try:
        tree = load_html(text)
    except Exception:  # lxml raises several types on hostile input
        return None
    if tree is None or _is_front_page(url):
        return None
    meta = read_meta(tree, url)
    boilerplate.prune_tree(tree)
    lines, extractor = _body_lines(tree, url)
    lines, bylines, lead = _clean(lines, meta)
    body = "\n\n".join(lines)
    if not _is_prose(body) or (not meta.is_article and _looks_like_listing(tree, lines)):
        return None
    if lead and not meta.description:
        meta = replace(meta, description=lead)
    return _assemble(meta, bylines, body, extractor, tree)


# --- metadata of the page ------------------------------------------------------------


@dataclass(frozen=True)
class PageMeta:
    """What the page says about itself, read before any pruning."""

    title: str | None
    description: str | None
    sitename: str | None
    image: str | None
    canonical_url: str | None
    author: str | None
    published_at: datetime | None
    language: str | None
    is_article: bool
    near_headline: list[str]
    byline_texts: list[str]


_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle",
                  "report", "webpage-article"}
# meta keys (property, name or itemprop) that give the publication time, best first
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
              "dcterms.created", "sailthru.date", "parsely-pub-date", "content_publisheddate",
              "article.published", "datecreated")


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), " ".join(value.split()))
    return found


def _json_ld(tree: HtmlElement) -> dict[str, Any]:
    """The first Article-like JSON-LD object (or the first object at all)."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                objects.extend(g for g in item.get("@graph", [item]) if isinstance(g, dict))
    for obj in objects:
        kinds = obj.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(str(kind).lower() in _ARTICLE_TYPES for kind in kinds):
            return obj
    return {}


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("url")
    return " ".join(str(value).split()) or None if value else None


_TITLE_SPLIT = re.compile(r"\s+(?:[-|–—·»:]|::)\s+")


def _strip_site(title: str, site_words: set[str]) -> str:
    """Cut " - Site" / " | Section | Site" at the first separator followed by the site's name."""
    seps = list(_TITLE_SPLIT.finditer(title))
    for i, sep in enumerate(seps):
        end = seps[i + 1].start() if i + 1 < len(seps) else len(title)
        if sep.start() > 0 and any(word in _fold(title[sep.end():end]) for word in site_words):
            return title[: sep.start()].strip()
    return title


def _title(
    tree: HtmlElement, tags: dict[str, str], ld: dict[str, Any], site: set[str]
) -> str | None:
    candidates = [tags.get("og:title"), _name_of(ld.get("headline")), tags.get("twitter:title"),
                  " ".join((tree.findtext(".//title") or "").split())]
    candidates = [c for c in candidates if c]
    for h1 in tree.iter("h1"):
        heading = " ".join(h1.text_content().split())
        if len(heading) >= 15 and any(_fold(c).startswith(_fold(heading)) for c in candidates):
            return heading
    return _strip_site(candidates[0], site) if candidates else None


_HEADINGS = ("h1", "h2", "h3", "h4")
_BYLINE_WINDOW = 40  # text nodes after the headline searched for a byline
_BEFORE_HEADLINE = 4  # and text nodes just before it (some sites put the date above)
_PARAGRAPH = 200  # characters: the first text this long after the headline is the body


def _spaced_text(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())


_TITLE_CLASS = re.compile(r"title|judul|headline", re.I)


def _headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The element showing the article's title: an <h1>, a "title" class, another heading."""
    folded, found = _fold(title), {}
    for el in tree.iter("h1", "h2", "h3", "h4", "div", "span", "p"):
        rank = 0 if el.tag == "h1" else 1 if _TITLE_CLASS.search(el.get("class", "")) else 2
        if (rank < 2 or el.tag in _HEADINGS) and rank not in found:
            linked = el.find(".//a") is not None or next(el.iterancestors("a"), None) is not None
            if folded and not linked and _fold(el.text_content()) == folded:
                found[rank] = el
    if found:
        return found[min(found)]
    return tree.find(".//h1")


def _text_events(tree: HtmlElement) -> Iterator[tuple[str, HtmlElement, str]]:
    """(event, element, text) in document order: "start"/"end" of elements, "text" pieces."""
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        yield event, el, ""
        if event == "start":
            if isinstance(el.tag, str) and el.tag not in ("script", "style") and el.text:
                yield "text", el, el.text
        elif el.tail and el.getparent() is not None:
            yield "text", el.getparent(), el.tail


def _node_text(parent: HtmlElement, text: str) -> str:
    whole = _spaced_text(parent)
    return whole if len(whole) < 250 else " ".join(text.split())


def _near_headline(tree: HtmlElement, headline: HtmlElement | None) -> list[str]:
    """Short texts right after (then just before) the headline: where bylines and dates sit."""
    if headline is None:
        return []
    before: deque[tuple[HtmlElement, str]] = deque(maxlen=_BEFORE_HEADLINE)
    after: list[str] = []
    state = "before"
    for event, el, text in _text_events(tree):
        if el is headline and event != "text":
            state = "inside" if event == "start" else "after"
        if event != "text" or not text.strip() or state == "inside":
            continue
        if state == "before":
            before.append((el, text))
            continue
        if len(text.strip()) >= _PARAGRAPH or len(after) >= _BYLINE_WINDOW:
            break
        line = _node_text(el, text)
        if not after or after[-1] != line:
            after.append(line)
    return after + [_node_text(el, text) for el, text in reversed(before)]


_BYLINE_CLASS = re.compile(r"byline|author|penulis|reporter|editor|redaktur|date|time|tanggal|"
                           r"waktu|posted|publish|meta|info|credit")
_NAMED = etree.XPath("//body//*[@class or @id]")


_BYLINE_CHILDREN = 12  # a byline is a few spans and links; a wider element is a container


def _byline_texts(tree: HtmlElement) -> list[str]:
    """Short texts of elements named like a byline or a date."""
    texts: list[str] = []
    for el in _NAMED(tree):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if len(el) <= _BYLINE_CHILDREN and _BYLINE_CLASS.search(names) and (
                4 < len(el.text_content()) < 300):
            text = _spaced_text(el)
            if 4 < len(text) < 250:
                texts.append(text)
    return texts


def _published_meta(tree: HtmlElement, tags: dict[str, str], ld: dict[str, Any]) -> datetime | None:
    values = [_name_of(ld.get("datePublished")), *(tags.get(key) for key in _DATE_KEYS)]
    values += tree.xpath("//time/@datetime")[:1]
    for value in values:
        parsed = parse_machine_datetime(value)
        if parsed:
            return parsed
    return None


_DOMAIN_SUFFIXES = {"com", "co", "id", "go", "net", "org", "or", "ac", "web", "my", "sch", "info",
                    "biz", "news", "desa", "ponpes", "mil", "www"}


def _site_label(host: str) -> str:
    """The name part of a host: "kompas" for regional.kompas.com, "jakarta" for jakarta.go.id."""
    labels = [label for label in host.lower().split(".") if label]
    while len(labels) > 1 and (labels[-1] in _DOMAIN_SUFFIXES or len(labels[-1]) == 2):
        labels.pop()
    return _fold(labels[-1]) if labels else ""


def read_meta(tree: HtmlElement, url: str) -> PageMeta:
    """Title, description, dates and names the page declares (meta tags, JSON-LD, bylines)."""
    tags, ld = _meta_tags(tree), _json_ld(tree)
    sitename = tags.get("og:site_name") or _name_of(ld.get("publisher")) or tags.get(
        "application-name")
    host = urlsplit(url).hostname or ""
    site = {_fold(sitename), _site_label(host)} - {""}
    canonical = tree.xpath('//link[@rel="canonical"]/@href')[:1] or [tags.get("og:url")]
    image = tags.get("og:image") or tags.get("twitter:image") or _name_of(ld.get("image"))
    author = _name_of(ld.get("author")) or tags.get("author") or tags.get("article:author")
    if author and ("/" in author or _fold(author) in site or any(w in _fold(author) for w in site)):
        author = None
    kinds = {str(ld.get("@type", "")).lower(), tags.get("og:type", "").lower()}
    description = tags.get("description") or tags.get("og:description") or _name_of(
        ld.get("description"))
    title = _title(tree, tags, ld, site)
    return PageMeta(
        title=title,
        description=description.lstrip(": ").strip() or None if description else None,
        sitename=sitename or host or None,
        image=urljoin(url, image) if image else None,
        canonical_url=urljoin(url, canonical[0].strip()) if canonical[0] else None,
        author=author,
        published_at=_published_meta(tree, tags, ld),
        language=(tree.get("lang") or tags.get("og:locale") or "")[:2].lower() or None,
        is_article=bool(kinds & _ARTICLE_TYPES) or "article:published_time" in tags,
        near_headline=_near_headline(tree, _headline(tree, title)),
        byline_texts=_byline_texts(tree),
    )


# --- decoding ---------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def decode(raw: bytes, encoding: str | None) -> str | None:
    """Bytes to text: UTF-8 if valid, else the HTTP charset, the meta charset, then detection."""
    if raw[:5] == b"%PDF-" or raw.count(b"\x00") > len(raw) // 100:
        return None  # binary body
    head = _META_CHARSET.search(raw[:4096])
    for candidate in ("utf-8", encoding, head.group(1).decode("ascii") if head else None):
        if candidate:
            try:
                text = raw.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
            if "<" in text[:2048]:  # a wrong charset such as utf-16 decodes to no markup
                return text
    from charset_normalizer import from_bytes  # slow: only for pages that need it

    best = from_bytes(raw[:65536]).best()
    return raw.decode(best.encoding if best else "utf-8", errors="replace")


# --- body -------------------------------------------------------------------------


def _trafilatura_lines(tree: HtmlElement, url: str, recall: bool) -> list[str]:
    document = bare_extraction(
        tree, url=url, include_comments=False, favor_recall=recall, with_metadata=False
    )
    text = getattr(document, "text", None) or ""
    return [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]


_READABLE = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")


def _readability_lines(tree: HtmlElement) -> list[str]:
    from readability import Document  # only for the rare page that needs it

    try:
        summary = Document(lxml_html.tostring(tree, encoding="unicode")).summary(html_partial=True)
        fragment = lxml_html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability gives up on some pages with assorted errors
        return []
    blocks = fragment.iter(*_READABLE)
    return [line for line in (" ".join(b.text_content().split()) for b in blocks) if line]


def _body_lines(tree: HtmlElement, url: str) -> tuple[list[str], str]:
    """Lines of the body and the path that produced them (trafilatura, then the fallbacks)."""
    lines = _trafilatura_lines(tree, url, recall=False)
    if _length(lines) >= MIN_TEXT:
        return lines, "trafilatura"
    best = (lines, "trafilatura")
    recall = _trafilatura_lines(tree, url, recall=True)
    if _length(recall) > _length(best[0]):
        best = (recall, "trafilatura-recall")
    if _length(best[0]) < MIN_TEXT:
        readable = _readability_lines(tree)
        if _length(readable) > 1.5 * _length(best[0]):
            best = (readable, "readability")
    return best


def _length(lines: list[str]) -> int:
    return sum(len(line) for line in lines)


_NOT_ALNUM = re.compile(r"[\W_]+")


def _fold(text: str | None) -> str:
    """Lower-case letters and digits only: for comparing titles and site names."""
    return _NOT_ALNUM.sub("", (text or "").lower())


_KICKER_LINES = 3  # at most this many short lines above the headline are dropped


def _clean(lines: list[str], meta: PageMeta) -> tuple[list[str], list[str], str | None]:
    """(article lines, byline lines, lead): repeated title and lead dropped, then junk lines."""
    title = _fold(meta.title)
    at_title = [i for i, line in enumerate(lines[:_KICKER_LINES + 1])
                if title and len(line) <= 2 * len(title) and _fold(line) == title]
    if at_title:  # lines above the headline are a kicker, a breadcrumb or a date
        lines = lines[at_title[0]:]
    kept = [line for line in lines
            if not title or len(line) > 2 * len(title) or _fold(line) != title]
    lead = None
    if kept and kept[0].startswith(":"):  # InfoPublik's lead line, ": Kerja sama ditandai ..."
        lead, kept = kept[0].lstrip(": ").strip(), kept[1:]
    body, bylines = boilerplate.clean_lines(kept)
    return body, bylines, lead


# --- listing pages ------------------------------------------------------------------


_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s|$)|[。！？]")


def _is_prose(body: str) -> bool:
    """Long enough, and with at least one sentence end: not a strip of labels and links."""
    return len(body) >= MIN_ARTICLE and _SENTENCE_END.search(body) is not None


def _is_front_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _looks_like_listing(tree: HtmlElement, lines: list[str]) -> bool:
    """Many headline links and no paragraph long enough to be an article's."""
    headlines = tree.xpath("count(//*[self::h2 or self::h3 or self::h4][.//a])")
    long_paragraphs = sum(1 for line in lines if len(line) >= 250 and not line.endswith("…"))
    return headlines >= 6 and long_paragraphs == 0


# --- metadata from bylines -------------------------------------------------------------

# words that end a name in a byline ("Aditya Maulana Editor : ...")
_ROLE = (r"(?:Editor|Redaktur|Penulis|Pewarta|Reporter|Foto|Fotografer|Photographer|Credits?"
         r"|Sumber|WIB|WITA|WIT)\b")
_NAME = (r"((?!" + _ROLE + r")[A-Z][\w.'’-]*"
         r"(?:\s+(?!" + _ROLE + r")(?:[A-Z][\w.'’-]*|dan|bin|binti|van|de|al)){0,4})")
_AUTHOR = re.compile(r"(?:\b(?:Oleh|OLEH|By|BY)\s*:?\s+|\b(?:Penulis|Pewarta|Reporter|Wartawan"
                     r"|Author|Writer)\s*:\s*)" + _NAME)
_EDITOR = re.compile(r"\b(?:Editor|Redaktur|Penyunting|Editing|Edited by)\s*:?\s*" + _NAME)
_DAY_NAMES = re.compile(r"\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b.*$")


def _person(pattern: re.Pattern[str], texts: list[str]) -> str | None:
    for text in texts:
        match = pattern.search(text)
        if match:
            name = _DAY_NAMES.sub("", match.group(1)).strip(" .,-")
            if name and not any(ch.isdigit() for ch in name):
                return name
    return None


_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")


def _published(meta: PageMeta, bylines: list[str], tree: HtmlElement) -> datetime | None:
    """Machine-readable date, else a byline date (one with a clock time first), else htmldate."""
    if meta.published_at:
        return meta.published_at
    texts = [*meta.near_headline, *bylines, *meta.byline_texts]
    for text in [t for t in texts if _CLOCK.search(t)] + texts:
        found = parse_indonesian_datetime(text)
        if found:
            return found
    return _htmldate(tree)


def _htmldate(tree: HtmlElement) -> datetime | None:
    from htmldate import find_date  # last resort: slow

    try:
        found = find_date(tree, extensive_search=False, outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception:  # htmldate is defensive but not on every broken page
        return None
    return parse_indonesian_datetime(found.replace("T", " ")) if found else None


_LANGUAGE_SAMPLE = 1500  # characters: plenty for a confident guess, and classify() is linear


def _language(text: str, declared: str | None) -> str | None:
    if len(text) < 40:
        return declared
    language = py3langid.classify(text[:_LANGUAGE_SAMPLE])[0]
    return "id" if language == "ms" and declared in (None, "id") else language


def _assemble(meta: PageMeta, bylines: list[str], body: str, extractor: str,
              tree: HtmlElement) -> Extracted:
    people = [*meta.near_headline, *bylines, *meta.byline_texts]
    author = _person(_AUTHOR, people) or meta.author
    return Extracted(
        title=meta.title,
        text=body,
        author=author,
        editor=_person(_EDITOR, people),
        published_at=_published(meta, bylines, tree),
        language=_language(body, meta.language),
        image=meta.image,
        sitename=meta.sitename,
        description=meta.description,
        canonical_url=meta.canonical_url,
        extractor=extractor,
    )
