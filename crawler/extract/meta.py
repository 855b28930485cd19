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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.extract import titles
from crawler.extract.dates import UPDATED, Moment, read_machine_date
from crawler.extract.titles import squash
from crawler.prose import ends_sentence, text_length

__all__ = ["PageMeta", "read_meta", "squash"]

@dataclass(frozen=True)
class PageMeta:
    """What the page says about itself, read before any pruning."""

    title: str | None
    description: str | None
    sitename: str | None
    image: str | None
    canonical_url: str | None
    author: str | None
    published_at: Moment | None
    language: str | None
    is_article: bool
    near_headline: list[str]  # texts right after the headline, then those just before it
    byline_texts: list[str]
    headline: HtmlElement | None = None  # the element showing the title, if one does
    before_headline: int = 0  # how many of near_headline's texts stand before the headline
    # publication times in a server-rendered app's state script (Nuxt, Next, Angular),
    # read only when no metadata gives one: the article's first, then its neighbours'
    state_dates: tuple[Moment, ...] = ()
    # ... and the quoted instants of a state that names no field (Nuxt 3's __NUXT_DATA__
    # array), which count only on the day the page prints
    state_stamps: tuple[Moment, ...] = ()


# schema.org's Article and its kinds of news article
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle",
                  "report", "webpage-article", "opinionnewsarticle", "backgroundnewsarticle",
                  "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting"}
_VIDEO_TYPES = {"videoobject"}  # a video page's, when no article object is declared
_GALLERY_TYPES = {"imagegallery", "mediagallery", "photograph"}  # ... a photo story's, last
# meta keys (property, name or itemprop) that give the publication time, best first
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
              "dcterms.issued", "dcterms.date", "dc.date.created",
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
    """The first Article-like JSON-LD object, else a video's or a gallery's (or none)."""
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
    for wanted in (_ARTICLE_TYPES, _VIDEO_TYPES, _GALLERY_TYPES):  # an article's first
        for obj in objects:
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(str(kind).lower() in wanted for kind in kinds):
                return obj
    return {}


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("url")
    return " ".join(str(value).split()) or None if value else None


_HEADINGS = ("h1", "h2", "h3", "h4")
_BYLINE_WINDOW = 40  # text nodes after the headline searched for a byline
_BEFORE_HEADLINE = 4  # and text nodes just before it (some sites put the date above)
_PARAGRAPH = 200  # characters: the first text this long after the headline is the body
_SENTENCE = 80  # ... or the first this long that ends a sentence (a short first paragraph)


def _spaced_text(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())


_TITLE_CLASS = re.compile(r"title|judul|headline", re.I)  # as in crawler.extract.titles


def _headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The element showing the article's title: an <h1>, a "title" class, another heading,
    else the innermost other element showing it (a site builder's bold paragraph)."""
    squashed, found = squash(title), {}
    if not squashed:
        return None
    for el in tree.iter("h1", "h2", "h3", "h4", "div", "span", "p"):
        rank = 0 if el.tag == "h1" else 1 if _TITLE_CLASS.search(el.get("class", "")) else 2
        if (rank < 2 or el.tag in _HEADINGS) and rank not in found:
            linked = el.find(".//a") is not None or next(el.iterancestors("a"), None) is not None
            if not linked and squash(el.text_content()) == squashed:
                found[rank] = el
    if found:
        return found[min(found)]
    if tree.find(".//h1") is not None:
        return None  # a page with headings shows its headline in one, or nowhere
    longest = 2 * len(title or "") + 20  # characters of a text node that starts the title
    first = (title or "").split()[0]
    for node in _STARTING(tree, first=first):  # the element around the text starting the title
        if len(node) > longest:
            continue
        start = squash(node)
        if not start or not squashed.startswith(start[:len(squashed)]):
            continue
        el = node.getparent() if node.is_text else node.getparent().getparent()
        for _ in range(_CLIMB):
            if el is None or el.tag in ("body", "html"):
                break
            whole = squash(el.text_content())
            if len(whole) > len(squashed):
                break
            if whole == squashed and el.tag in _SHOWING:
                if el.find(".//a") is None and next(el.iterancestors("a"), None) is None:
                    return el
                break
            el = el.getparent()
    return None


_STARTING = etree.XPath("//body//text()[starts-with(normalize-space(.), $first)]")
_CLIMB = 4
_SHOWING = {"div", "span", "p", "strong", "b", "h5", "h6", "td", "font"}


def _node_text(parent: HtmlElement, text: str) -> str:
    whole = _spaced_text(parent)
    return whole if len(whole) < 250 else " ".join(text.split())


def _is_body(text: str) -> bool:
    length = text_length(text.strip())
    return length >= _PARAGRAPH or (length >= _SENTENCE and ends_sentence(text))


_QUOTED = etree.XPath("boolean(ancestor-or-self::blockquote)")


# the text nodes nearest the headline, before and after it (XPath's document order),
# filtered in Python (a predicate before the position makes libxml2 read them all)
_TEXTS_BEFORE = etree.XPath("preceding::text()[position() <= $n]")
_TEXTS_AFTER = etree.XPath("following::text()")
_BEFORE_READ = 200  # text nodes before the headline read at most (blank ones are skipped)
_BLANK = " \t\r\n\f\v\u00a0\u200b\u2060\ufeff"


def _shown(nodes: list[Any]) -> Iterator[tuple[HtmlElement, str]]:
    """(owner, text) of the text nodes a reader sees: not blank, not a script's or a
    style's own; the owner is the element the text belongs to (a tail's is its parent's)."""
    for node in nodes:
        text = str(node)
        if not text.strip(_BLANK):
            continue
        el = node.getparent()
        if node.is_tail:
            el = el.getparent() if el.getparent() is not None else el
        elif el.tag in ("script", "style") or not isinstance(el.tag, str):
            continue
        yield el, text


def _near_headline(headline: HtmlElement | None) -> tuple[list[str], int]:
    """Short texts right after (then just before) the headline: where bylines and dates
    sit; and how many of them stand before it."""
    if headline is None:
        return [], 0
    before = list(_shown(_TEXTS_BEFORE(headline, n=_BEFORE_READ)))[-_BEFORE_HEADLINE:]
    after: list[str] = []
    for el, text in _shown(_TEXTS_AFTER(headline)):
        if _is_body(text) or len(after) >= _BYLINE_WINDOW:
            break  # dates in the article's sentences are not its byline's
        if _QUOTED(el):
            continue  # an embedded post's caption and date are the post's
        line = _node_text(el, text)
        if not after or after[-1] != line:
            after.append(line)
    return after + [_node_text(el, text) for el, text in reversed(before)], len(before)


_BELOW_BODY = 60  # short texts after the article's first paragraph searched for a date


def texts_below_body(headline: HtmlElement | None) -> list[str]:
    """Short texts with a digit after the headline's first paragraph, in document order:
    where lite and mobile pages print the date ("Rabu, 30 Juli 2025, jam 12.26 WIB |
    3.128x"), below the text; read only when nothing nearer gives one."""
    if headline is None:
        return []
    texts: list[str] = []
    body = False
    for el, text in _shown(_TEXTS_AFTER(headline)):
        if _is_body(text):
            body = True
        elif body and any(ch.isdigit() for ch in text):
            texts.append(_node_text(el, text))
            if len(texts) >= _BELOW_BODY:
                break
    return texts


_BYLINE_CLASS = re.compile(r"byline|author|penulis|reporter|editor|redaktur|date|time|tanggal|tgl|"
                           r"waktu|posted|publish|meta|info|credit")
_NAMED = etree.XPath("//body//*[@class or @id]")


_BYLINE_CHILDREN = 12  # a byline is a few spans and links; a wider element is a container


def _byline_texts(tree: HtmlElement) -> list[str]:
    """Short texts of elements named like a byline or a date."""
    texts: list[str] = []
    for el in _NAMED(tree):
        if len(el) > _BYLINE_CHILDREN:
            continue  # cheap test first: a container
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if _BYLINE_CLASS.search(names) and 4 < len(el.text_content()) < 300:
            text = _spaced_text(el)
            if 4 < len(text) < 250:
                texts.append(text)
    return texts


_TIMES = etree.XPath("//time[@datetime][not(ancestor::blockquote)]")  # not a quoted post's
_HAS_TIME = etree.XPath("boolean(descendant-or-self::time[@datetime])")
_ITEM_TEXT = 1500  # longer than a comment, a live entry or a related item: a container
_ITEM_DEPTH = 10
_SERIES = 3  # items of one kind, each with a time: a series
_LABEL = 40  # characters of an update's label read around a <time>


def _kind(el: HtmlElement) -> tuple[Any, str]:
    """An element's tag and first class ("comment odd depth-1", "live-entry is-pinned")."""
    return el.tag, (el.get("class") or "").partition(" ")[0]


def _in_series(time: HtmlElement) -> bool:
    """Whether a ``<time>`` is one item's among several: it stands in a small element
    (a comment, a live report's entry, a related article's card, or one nested in
    such) with two or more siblings of the same tag and first class that carry a time
    too. The page's own date is printed once; a series of times is its comments',
    entries' or neighbours'."""
    el = time
    for _ in range(_ITEM_DEPTH):
        parent = el.getparent()
        if parent is None or len(el.text_content()) > _ITEM_TEXT:
            return False
        kind = _kind(el)
        if sum(1 for other in parent if _kind(other) == kind and _HAS_TIME(other)) >= _SERIES:
            return True
        el = parent
    return False


def _update_time(time: HtmlElement) -> bool:
    """Whether a ``<time>`` is labelled as the last update's: in its own text
    ("Diperbarui 21.56 WIT") or by the label right before it ("Last updated: <time>").
    Not by its class: hAtom themes mark the publication's ``<time>`` "updated" too."""
    previous = time.getprevious()
    label = (previous.tail if previous is not None else time.getparent().text) or ""
    if previous is not None and len(previous.text_content()) < _LABEL:
        label = previous.text_content() + label
    return bool(UPDATED.search(f"{label[-_LABEL:]} {time.text_content()[:_LABEL]}"))


def _page_time(tree: HtmlElement) -> list[str]:
    """The first ``<time datetime>`` that is neither one of a series (``_in_series``) nor
    an update's (``_update_time``) nor in a quotation (an embedded post's blockquote)."""
    times = _TIMES(tree)
    for time in times:
        if (len(times) < _SERIES or not _in_series(time)) and not _update_time(time):
            return [time.get("datetime")]
    return []


# a publication time marked up in the body: microdata on an element that is not a <meta>
# (<abbr itemprop="datePublished" title="2023-10-10T01:27:12Z">, <span itemprop=...
# content=...>) or the hAtom microformat's <abbr class="published" title=...> (Blogger's
# post footer, older WordPress themes)
_MARKED_TIME = etree.XPath("(//body//*[(@itemprop='datePublished' and not(self::meta)) or "
                           "(self::abbr and contains(concat(' ', @class, ' '), ' published '))]"
                           ")[1]")


def _marked_time(tree: HtmlElement) -> list[str]:
    return [next((v for v in (el.get("datetime"), el.get("content"), el.get("title")) if v), "")
            for el in _MARKED_TIME(tree)]


def _published_meta(tree: HtmlElement, tags: dict[str, str], ld: dict[str, Any]) -> Moment | None:
    # a VideoObject's (a video page's) publication is its uploadDate
    values = [_name_of(ld.get("datePublished")), *(tags.get(key) for key in _DATE_KEYS),
              _name_of(ld.get("uploadDate"))]
    values += _page_time(tree) + _marked_time(tree)
    parsed = [moment for moment in map(read_machine_date, values) if moment]
    if not parsed:
        return None
    first = parsed[0]
    if first.precision == "time" and first.when.utcoffset() == timedelta(0):
        # an SEO plugin writes UTC ("2024-08-23T09:26:39+00:00") where the theme's <time>
        # gives the same instant at the site's offset: keep the site's
        for other in parsed[1:]:
            if other.precision == "time" and other.when == first.when and (
                    other.when.utcoffset() != timedelta(0)):
                return other
    return first


_DOMAIN_SUFFIXES = {"com", "co", "id", "go", "net", "org", "or", "ac", "web", "my", "sch", "info",
                    "biz", "news", "desa", "ponpes", "mil", "www"}


# what government hosts add to a region's name: sumbabaratkab.go.id, jatengprov.go.id,
# pemkot-ternate.go.id, diskominfo.gorontaloprov.go.id
_HOST_AFFIXES = re.compile(r"^(?:pemkab|pemkot|pemprov|kab|kota|prov|portal|berita|web)|"
                           r"(?:kab|kota|prov|news|online)$")


_HOME_LOGOS = etree.XPath("(//body//a[img])[position() <= 3]")  # where a site's logo stands


def _logo_names(tree: HtmlElement, host: str) -> set[str]:
    """The site's name as its logo gives it: the ``alt`` of an image linking to the home
    page ("Lombok Post" on a paper's page of a group's e-paper host)."""
    names: set[str] = set()
    for link in _HOME_LOGOS(tree):
        try:
            target = urlsplit(link.get("href") or "")
            other = target.hostname or host
        except ValueError:  # "http://[": no address at all
            continue
        if target.path.strip("/") or target.query or (
                other != host and _registered(other) != _registered(host)):
            continue
        for img in link.iter("img"):
            alt = " ".join((img.get("alt") or "").split())
            if 3 <= len(alt) <= 60:
                names.add(squash(alt))
    return names


@cache
def _registered(host: str) -> str:
    """"jawapos.com" for lombokpost.jawapos.com, "bitungkota.go.id" for
    www.bitungkota.go.id: the domain a group's sites share (the public suffix list's
    copy shipped with tldextract; no network)."""
    return _domains()(host).top_domain_under_public_suffix


@cache
def _domains() -> Any:
    import tldextract  # only for a page whose logo links to another host

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# a host's first label that is no site's name: "www.", "m.", "regional." of a portal
_GENERIC_LABELS = {"www", "m", "mobile", "amp", "web", "portal", "berita", "news", "epaper",
                   "beta", "new", "old", "regional", "daerah", "id", "en"}


def _site_labels(host: str) -> set[str]:
    """The name parts of a host: "kompas" for regional.kompas.com, "sumbabarat" and
    "sumbabaratkab" for sumbabaratkab.go.id."""
    labels = [label for label in host.lower().split(".") if label]
    while len(labels) > 1 and (labels[-1] in _DOMAIN_SUFFIXES or len(labels[-1]) == 2):
        labels.pop()
    if not labels:
        return set()
    label = squash(labels[-1])
    core = _HOST_AFFIXES.sub("", label)
    # a group's site under its domain names itself: "cenderawasihpos" of
    # cenderawasihpos.jawapos.com
    sub = {squash(labels[-2])} if len(labels) > 1 and len(labels[-2]) >= 5 and (
        labels[-2] not in _GENERIC_LABELS) else set()
    return {label} | ({core} if len(core) >= 5 else set()) | sub


# "published_at":"2025-10-30T13:23:54+08:00" in a state script, quoted or not (Nuxt 2
# writes published_at:"..." in a function's body), with the usual names of the field
_STATE_IS = r"""["']?\s*[:=]\s*["']"""  # a field's name ends, its quoted value starts
_STATE_VALUE = (_STATE_IS + r"""(?P<value>\d{4}-\d\d-\d\d[T ]\d\d:\d\d"""
                r"""(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)["']""")
_STATE_KEYS = (r"""\b["']?(?:published_?at|publishedAt|datePublished|date_published|"""
               r"""publish_?date|publishDate|posted_?at|tanggal_?(?:publish|terbit)?|"""
               r"""tgl_?(?:publish|terbit))""")
_STATE_DATE = re.compile(_STATE_KEYS + _STATE_VALUE)
# the same field with a day alone: "tanggal": "2025-06-08"
_STATE_DAY = re.compile(_STATE_KEYS + _STATE_IS + r"""(?P<value>\d{4}-\d\d-\d\d)["']""")
# an entry's creation time (a headless CMS's sys.createdAt, written when an editor first
# saved the draft): the article's only when the state names no publication time
_STATE_CREATED = re.compile(r"""\b["']?(?:created_?at|createdAt)""" + _STATE_VALUE)
_STATE_HINTS = ("ublish", "reated", "osted", "anggal", "tgl_")  # cheap tests before the pattern
_STATE_NAME = re.compile(r"__(?:NUXT|NEXT_DATA|INITIAL|PRELOADED|APOLLO|STATE)", re.I)
_STATE_MAX = 2_000_000  # characters of script read
_STATE_DATES = 20


_STAMP = re.compile(r"""["'](?P<value>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?"""
                    r"""(?:Z|[+-]\d\d:?\d\d))["']""")


# an app's article headline in its state: "judul": "...", "title": "...", "headline": "..."
_STATE_TITLE = re.compile(r'"(?:judul|title|headline)"\s*:\s*"(?P<value>(?:[^"\\]|\\.){10,300})"')
_STATE_TITLES = 20  # candidates read
_SHOWN = (10, 300)  # characters of an element's own text that may be a headline


_DATA_PAGE = etree.XPath("//body//*[@data-page]/@data-page")


def _state_scripts(tree: HtmlElement) -> list[tuple[str, str]]:
    """(type, text) of the page's inline scripts but JSON-LD, and Inertia's state (a
    Laravel app's ``<div id="app" data-page="{...}">``) as a JSON one."""
    scripts = [(el.get("type") or "", (el.text or "")[:_STATE_MAX]) for el in tree.iter("script")
               if not el.get("src") and el.text and "ld+json" not in (el.get("type") or "")]
    return scripts + [("application/json", str(value)[:_STATE_MAX]) for value in _DATA_PAGE(tree)]


def _state_title(tree: HtmlElement, scripts: list[tuple[str, str]]) -> str | None:
    """The headline an app's state script gives (``{"article": {"judul": ...}}``) and the
    page shows as an element's whole text: a React or Vue portal's ``<title>`` names only
    the site, and its headline is a styled ``<p>``; the state's first such title that is
    shown is the article's (the others are its neighbours', shown as links too, later)."""
    states = [text for kind, text in scripts if "json" in kind or _STATE_NAME.search(text[:200])]
    found: list[str] = []
    for text in states:
        for match in _STATE_TITLE.finditer(text[:_STATE_MAX]):
            try:
                found.append(json.loads(f'"{match["value"]}"'))
            except ValueError:
                continue
            if len(found) >= _STATE_TITLES:
                break
    if not found:
        return None
    wanted = {squash(title) for title in found}
    shown = {squash(el.text) for el in tree.iter() if isinstance(el.tag, str)
             and el.tag not in ("script", "style", "title", "a") and el.text
             and _SHOWN[0] <= len(el.text.strip()) <= _SHOWN[1] and squash(el.text) in wanted
             and next(el.iterancestors("a"), None) is None}  # a link: a neighbour's title
    return next((title for title in found if squash(title) in shown), None)


def _state_dates(scripts: list[tuple[str, str]]) -> tuple[tuple[Moment, ...], tuple[Moment, ...]]:
    """(named, unnamed): the times a state script (``_state_scripts``) gives under a
    publication field's name, and, when none does, the instants a JSON state quotes
    (with their zone)."""
    hinted = [text for _, text in scripts if any(hint in text for hint in _STATE_HINTS)]
    named = _found(_STATE_DATE, hinted) or _found(_STATE_DAY, hinted, "date")
    if named:
        return named, ()
    created = _found(_STATE_CREATED, hinted)
    if created:  # as weak as an unnamed instant: it counts on the day the page prints
        return (), created
    states = [text for kind, text in scripts if "json" in kind or _STATE_NAME.search(text[:200])]
    return (), _found(_STAMP, states)


def _found(pattern: re.Pattern[str], texts: list[str],
           precision: str = "time") -> tuple[Moment, ...]:
    found: list[Moment] = []
    for text in texts:
        for match in pattern.finditer(text):
            moment = read_machine_date(match["value"])
            if moment is not None and moment.precision == precision:
                found.append(moment)
                if len(found) >= _STATE_DATES:
                    return tuple(found)
    return tuple(found)


def read_meta(tree: HtmlElement, url: str, site_names: tuple[str, ...] = ()) -> PageMeta:
    """Title, description, dates and names the page declares (meta tags, JSON-LD, bylines);
    ``site_names``: other names the site is known by (the source's name)."""
    tags, ld = _meta_tags(tree), _json_ld(tree)
    sitename = tags.get("og:site_name") or _name_of(ld.get("publisher")) or tags.get(
        "application-name")
    host = urlsplit(url).hostname or ""
    site = {squash(sitename), *_site_labels(host), *(squash(n) for n in site_names),
            *_logo_names(tree, host)} - {""}
    canonical = tree.xpath('//link[@rel="canonical"]/@href')[:1] or [tags.get("og:url")]
    image = tags.get("og:image") or tags.get("twitter:image") or _name_of(ld.get("image"))
    author = (_name_of(ld.get("author")) or tags.get("author") or tags.get("article:author")
              or tags.get("content_author"))
    if author and ("/" in author or any(w in squash(author) for w in site)):
        author = None
    kinds = {str(ld.get("@type", "")).lower(), tags.get("og:type", "").lower()}
    description = tags.get("description") or tags.get("og:description") or _name_of(
        ld.get("description"))
    declared = [tags.get("og:title"), _name_of(ld.get("headline")), tags.get("twitter:title")]
    published = _published_meta(tree, tags, ld)
    # an app's state, read once, when the page declares no title or no time
    scripts = _state_scripts(tree) if not any(declared) or published is None else []
    if not any(declared):
        declared.append(_state_title(tree, scripts))
    title = titles.headline(tree, [*declared, tree.findtext(".//title")], site, url)
    shown = _headline(tree, title)
    state = _state_dates(scripts) if published is None else ((), ())
    near, before = _near_headline(shown if shown is not None else tree.find(".//h1"))
    return PageMeta(
        title=title,
        description=description.lstrip(": ").strip() or None if description else None,
        sitename=sitename or host or None,
        image=urljoin(url, image) if image else None,
        canonical_url=urljoin(url, canonical[0].strip()) if canonical[0] else None,
        author=author,
        published_at=published,
        language=(tree.get("lang") or tags.get("og:locale") or "")[:2].lower() or None,
        is_article=bool(kinds & _ARTICLE_TYPES) or "article:published_time" in tags,
        near_headline=near,
        byline_texts=_byline_texts(tree),
        headline=shown,
        before_headline=before,
        state_dates=state[0],
        state_stamps=state[1],
    )
