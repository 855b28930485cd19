"""Page metadata: title, description, site name, image, canonical URL, language, and
the texts where bylines and dates sit.

Read from the whole parsed page before any pruning: JSON-LD, meta tags and
``<time>`` first; the short texts near the headline and in elements named like a
byline are kept for ``crawler.extract.bylines``, which reads author, editor and
date from them.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.extract.dates import parse_machine_datetime

_NOT_ALNUM = re.compile(r"[\W_]+")


def squash(text: str | None) -> str:
    """Lower-case letters and digits only: for comparing titles and site names."""
    return _NOT_ALNUM.sub("", (text or "").lower())


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
        if sep.start() > 0 and any(word in squash(title[sep.end():end]) for word in site_words):
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
        if len(heading) >= 15 and any(squash(c).startswith(squash(heading)) for c in candidates):
            return heading
    title = _strip_site(candidates[0], site) if candidates else None
    if len(candidates) <= 1 and len((title or "").split()) < _TITLE_WORDS:
        return _headline_text(tree) or title  # <title> names only the site or section
    return title


_TITLE_WORDS = 3  # a <title> shorter than this after the site's name is a section label
_HEADLINE_XPATH = etree.XPath(
    "//body//*[self::h1 or self::h2 or contains(@class, 'title') or contains(@class, 'judul')"
    " or contains(@class, 'headline')][not(.//a) and not(ancestor::a)]")


def _headline_text(tree: HtmlElement) -> str | None:
    """The first unlinked heading, or element named like one, that reads like a headline."""
    for el in _HEADLINE_XPATH(tree):
        text = " ".join(el.text_content().split())
        if 15 <= len(text) <= 250 and len(text.split()) >= _TITLE_WORDS:
            return text
    return None


_HEADINGS = ("h1", "h2", "h3", "h4")
_BYLINE_WINDOW = 40  # text nodes after the headline searched for a byline
_BEFORE_HEADLINE = 4  # and text nodes just before it (some sites put the date above)
_PARAGRAPH = 200  # characters: the first text this long after the headline is the body


def _spaced_text(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())


_TITLE_CLASS = re.compile(r"title|judul|headline", re.I)  # also in _HEADLINE_XPATH


def _headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The element showing the article's title: an <h1>, a "title" class, another heading."""
    squashed, found = squash(title), {}
    for el in tree.iter("h1", "h2", "h3", "h4", "div", "span", "p"):
        rank = 0 if el.tag == "h1" else 1 if _TITLE_CLASS.search(el.get("class", "")) else 2
        if (rank < 2 or el.tag in _HEADINGS) and rank not in found:
            linked = el.find(".//a") is not None or next(el.iterancestors("a"), None) is not None
            if squashed and not linked and squash(el.text_content()) == squashed:
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
    return squash(labels[-1]) if labels else ""


def read_meta(tree: HtmlElement, url: str) -> PageMeta:
    """Title, description, dates and names the page declares (meta tags, JSON-LD, bylines)."""
    tags, ld = _meta_tags(tree), _json_ld(tree)
    sitename = tags.get("og:site_name") or _name_of(ld.get("publisher")) or tags.get(
        "application-name")
    host = urlsplit(url).hostname or ""
    site = {squash(sitename), _site_label(host)} - {""}
    canonical = tree.xpath('//link[@rel="canonical"]/@href')[:1] or [tags.get("og:url")]
    image = tags.get("og:image") or tags.get("twitter:image") or _name_of(ld.get("image"))
    author = (_name_of(ld.get("author")) or tags.get("author") or tags.get("article:author")
              or tags.get("content_author"))
    if author and ("/" in author or any(w in squash(author) for w in site)):
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
