"""Article text and metadata from one fetched page.

``extract(html, url)`` parses the page once, reads metadata (JSON-LD, meta tags,
bylines) from the whole tree, prunes page junk (crawler.extract.boilerplate), gives
loose text its own paragraphs (crawler.extract.markup), runs trafilatura on the pruned
tree, re-extracts a body split into same-class chunks when trafilatura kept
only the first (crawler.extract.chunks), falls back to trafilatura's recall mode and
then readability-lxml when the body comes out too short, and cleans the text
line by line. A pure function: it runs in worker processes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from crawler.extract import boilerplate, chunks, furniture, markup
from crawler.extract.bylines import AUTHOR, EDITOR, person, published
from crawler.extract.charset import decode
from crawler.extract.language import classify as language_of
from crawler.extract.language import looks_indonesian
from crawler.extract.meta import PageMeta, read_meta, squash
from crawler.extract.record import Extracted
from crawler.prose import SENTENCE_END, looks_like_listing, text_length

# lengths are prose.text_length: characters, a Han/kana/Hangul one counting three
MIN_TEXT = 250  # characters: a body shorter than this is a teaser; try the fallbacks
MIN_ARTICLE = 120  # characters: below this after every fallback, the page holds no article
MIN_CAPTIONS = 80  # characters: a photo page's captions shorter than this are no article


def extract(html: str | bytes, url: str, *, encoding: str | None = None,
            site_names: tuple[str, ...] = ()) -> Extracted | None:
    """The article of ``html`` fetched from ``url``, or None when the page holds none;
    ``site_names``: what else the site is called (its source's name and region), cut
    from titles like the name the page gives itself."""
    text = decode(html, encoding) if isinstance(html, bytes) else html
    if not text or "<" not in text:
        return None
    try:
        tree = load_html(text)
    except Exception:  # lxml raises several types on hostile input
        return None
    if tree is None or _is_front_page(url):
        return None
    meta = read_meta(tree, url, site_names)
    headline = meta.headline
    captions = _caption_elements(headline)
    boilerplate.prune_tree(tree, keep=headline, url=url)
    linked_headings = _linked_headings(tree)  # those left: lists of teasers are gone
    markup.unwrap_layout_tables(tree)
    markup.table_captions(tree)
    markup.block_center(tree)
    markup.separate_label_spans(tree)
    markup.wrap_loose_text(tree)
    markup.unfold(tree)
    lines, extractor = _body_lines(tree, url)
    lines, bylines, lead = _clean(lines, meta)
    if captions and not _is_prose("\n\n".join(lines)):  # a photo page: its captions are its text
        shown, more, _ = _clean(_caption_lines(tree, captions), meta)
        if _length(shown) > _length(lines):
            lines, bylines, extractor = shown, bylines + more, "captions"
            linked_headings = 0  # the captions are the headline's block, not a list's
    body = "\n\n".join(lines)
    listing = not meta.is_article and looks_like_listing(lines, linked_headings)
    # captions are phrases more often than sentences: their length alone makes them text
    captioned = extractor == "captions" and text_length(body) >= MIN_CAPTIONS
    if listing or not (captioned or _is_prose(body)):
        return None
    if lead and not meta.description:
        meta = replace(meta, description=lead)
    return _assemble(meta, bylines, body, extractor, tree)


# --- metadata of the page ------------------------------------------------------------


# --- body -------------------------------------------------------------------------


def _trafilatura_lines(tree: HtmlElement, url: str, recall: bool) -> list[str]:
    document = bare_extraction(
        tree, url=url, include_comments=False, favor_recall=recall, with_metadata=False
    )
    text = getattr(document, "text", None) or ""
    lines = [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]
    if len(lines) == 1:  # trafilatura's fallback for a short text: an <article>'s text in one
        bare = "".join(lines[0].split())  # line, headline, byline and links run together
        for block in tree.iter("article"):
            if "".join(block.text_content().split()) == bare:
                return _block_lines(block)
    return lines


_LINE_BREAKS = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
                          "dt", "dd", "blockquote", "pre", "figure", "figcaption", "section",
                          "header", "footer", "table", "tr", "td", "th", "br", "article"))


def _block_lines(element: HtmlElement) -> list[str]:
    """``element``'s text, a line for each block it is laid out in."""
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    skipped = 0  # inside a script or a style
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None
        if event == "start":
            if tag in ("script", "style"):
                skipped += 1
            elif tag in _LINE_BREAKS:
                end_line()
            if tag and not skipped and node.text:
                current.append(node.text)
            continue
        if tag in ("script", "style"):
            skipped -= 1
        elif tag in _LINE_BREAKS:
            end_line()
        if node is not element and not skipped and node.tail:
            current.append(node.tail)
    end_line()
    return lines


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
    split = chunks.sibling_chunks(tree, " ".join(lines))
    if split:  # a body cut into same-class containers: trafilatura kept only the first
        merged = _trafilatura_lines(chunks.as_document(split), url, recall=False)
        if _length(merged) > _length(lines):
            return merged, "trafilatura-chunks"
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
    return sum(text_length(line) for line in lines)


_KICKER_LINES = 3  # at most this many short lines above the headline are dropped


def _clean(lines: list[str], meta: PageMeta) -> tuple[list[str], list[str], str | None]:
    """(article lines, byline lines, lead): repeated title and lead dropped, then junk lines."""
    title = squash(meta.title)
    at_title = [i for i, line in enumerate(lines[:_KICKER_LINES + 1])
                if title and len(line) <= 2 * len(title) and squash(line) == title]
    if at_title:  # lines above the headline are a kicker, a breadcrumb or a date
        lines = lines[at_title[0]:]
    kept = [line for line in lines
            if not title or len(line) > 2 * len(title) or squash(line) != title]
    lead = None
    if kept and kept[0].startswith(":"):  # InfoPublik's lead line, ": Kerja sama ditandai ..."
        lead, kept = kept[0].lstrip(": ").strip(), kept[1:]
    body, bylines = boilerplate.clean_lines(kept)
    body = [_without_caption(line, bylines) for line in body]
    body, deck = _without_deck(body)
    lead = lead or deck
    names = {squash(n) for n in (meta.author, person(AUTHOR, meta.near_headline)) if n}
    bylines += [line for line in body if squash(line) in names]  # an author box's name
    body = [line for line in body if squash(line) not in names]
    body = _without_repeats(body)  # first: a summary's items may stand above the dateline
    # "Jakarta (ANTARA) - Gubernur ...": the outlet's dateline is not the article's; it
    # opens the first paragraph, or the second when a summary stands above it
    for n in range(min(2, len(body))):
        dateline, body[n] = furniture.split_dateline(body[n])
        if dateline:
            bylines.append(dateline)
            break
    # a source credit glued to the last paragraph by inline markup: "... Thailand.
    # (vws)Sumber: Bagian Protokol dan Komunikasi Pimpinan"
    credited = _GLUED_CREDIT.fullmatch(body[-1]) if body else None
    if credited:
        body[-1] = credited["text"]
        bylines.append(credited["credit"])
    return body, bylines, lead


_REPEAT_MIN = 60  # characters of a sentence: a shorter line may recur by chance
_REPEAT_LISTED = 25  # ... of a list's item
_REPEAT_TRIM = " -–•*\"'“”‘’…"
_REPEAT_MORE = 40  # characters more in the paragraph that holds it
_QUOTES = "\"“”«»„"
_BOX_HEADING = re.compile(r"[^.!?]{2,40}")  # a short line without a sentence's end


def _without_repeats(body: list[str]) -> list[str]:
    """``body`` without the sentences that repeat one of its paragraphs: a summary's
    items ("Poin Penting", "Key Takeaways") and a pull quote, each one sentence of a
    longer paragraph. A line printed twice whole (a question asked again, a recipe's
    ingredient) stays."""
    if len(body) < 2:
        return body
    whole = "\n".join(body)
    dropped: set[int] = set()
    items: set[int] = set()  # the dropped lines that are a list's items
    for i, line in enumerate(body):
        if whole.count(line.strip(_REPEAT_TRIM)[:_REPEAT_LISTED]) < 2:  # cheap: no repeat
            continue
        core = " ".join(line.split()).strip(_REPEAT_TRIM)
        listed = line.lstrip()[:2] in ("- ", "• ")  # a summary's item: shorter ones too
        # a pull quote: a sentence of the text put in quotation marks, even a whole
        # paragraph's ("“Dari Ankara, ...”" beside "Dari Ankara, ...")
        quoted = line.lstrip()[:1] in _QUOTES and line.rstrip()[-1:] in _QUOTES
        # an item may be a paragraph's opening cut short, a full stop put after it
        stem = core[:-1] if listed else core
        more = 0 if quoted else 2 if listed else _REPEAT_MORE
        if len(core) >= (_REPEAT_LISTED if listed or quoted else _REPEAT_MIN) and (
                core[-1:] in ".!?") and any(
                stem in other and len(other) >= len(stem) + more and other.strip() != line.strip()
                for j, other in enumerate(body) if j != i):
            dropped.add(i)
            if listed:
                items.add(i)
    # a summary box's heading goes with its items ("Poin Penting", "Ringkasan AI", "Key
    # Takeaways" above the repeated items); a heading above text of its own stays
    headings = {i - 1 for i in items if i - 1 not in dropped and i >= 1
                and _BOX_HEADING.fullmatch(body[i - 1].strip())}
    return [line for i, line in enumerate(body) if i not in dropped and i not in headings]


_GLUED_CREDIT = re.compile(r"(?P<text>.{40,}?[.!?)\"”])\s*(?P<credit>(?:Sumber|Source)\s*:\s*"
                           r"[^.!?:]{3,100})", re.S)


# a photo's caption glued to the paragraph after it (an inline caption element):
# "Bupati meninjau lokasi pembangunan. (Foto: DPUPR) Real Madrid akhirnya ..."
_GLUED_CAPTION = re.compile(r"(?P<caption>.{20,300}?\((?:foto|photo|dok|dokumentasi|ist|"
                            r"istimewa)\b[^()]{0,60}\))\s+(?P<rest>[A-Z\"“‘'].{80,})",
                            re.I | re.S)


def _without_caption(line: str, bylines: list[str]) -> str:
    match = _GLUED_CAPTION.fullmatch(line)
    if not match or (not match["rest"][:1].isupper() and match["rest"][:1] not in "\"“‘'"):
        return line
    bylines.append(match["caption"])
    return match["rest"]


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")


def _without_deck(lines: list[str]) -> tuple[list[str], str | None]:
    """(lines, deck): a standfirst cut short ("Drake lagi-lagi memberi kejutan ... dikenal…")
    that a later line begins with is the first paragraph's teaser, not text of its own."""
    for i, line in enumerate(lines[:3]):
        stem = _ELLIPSIS.split(line)[0] if _ELLIPSIS.search(line) else None
        key = squash(stem)
        if key and len(key) >= 40 and any(squash(later).startswith(key)
                                          for later in lines[i + 1:]):
            return lines[:i] + lines[i + 1:], stem
    return lines, None


# --- photo pages --------------------------------------------------------------------


_CAPTION = etree.XPath(".//figcaption | .//*[contains(@class, 'caption') or "
                       "contains(@class, 'keterangan')]")
_CAPTION_CLIMB = 4  # levels above the headline searched for the block holding the photos


def _caption_elements(headline: HtmlElement | None) -> list[HtmlElement]:
    """The caption elements of the block that holds the headline: found before the
    pruning, which removes captions (a photo page's article is its captions)."""
    if headline is None:
        return []
    blocks = list(itertools.islice(headline.iterancestors(), _CAPTION_CLIMB))
    if not blocks:
        return []
    level = {block: n for n, block in enumerate(blocks)}
    # one search in the widest block; each caption belongs to the narrowest block holding it
    found = []
    for el in _CAPTION(blocks[-1]):
        found.append((next(level[a] for a in el.iterancestors() if a in level), el))
    if not found:
        return []
    nearest = min(n for n, _ in found)
    chosen = [el for n, el in found if n <= nearest]
    inner = set(chosen)
    return [el for el in chosen if not any(a in inner for a in el.iterancestors())]


def _caption_lines(tree: HtmlElement, captions: list[HtmlElement]) -> list[str]:
    """The distinct lines of the captions, but for those inside a list of teasers or
    another junk block the pruning removed (a caption pruned alone still counts)."""
    root = tree.getroottree().getroot()
    lines: list[str] = []
    for el in captions:
        top = next(iter(reversed(list(el.iterancestors()))), None)
        if top is not None and top is not root:
            continue  # it went with a teaser or a related block
        for part in el.findall(".//p") or [el]:
            line = " ".join(part.text_content().split())
            if line and line not in lines:
                lines.append(line)
    return lines


# --- listing pages ------------------------------------------------------------------


def _is_prose(body: str) -> bool:
    """Long enough, and with at least one sentence end: not a strip of labels and links."""
    return text_length(body) >= MIN_ARTICLE and SENTENCE_END.search(body) is not None


def _is_front_page(url: str) -> bool:
    """The site's root, and not an app's route in the fragment ("/#/berita/921",
    "/#!/news/12": a hash-routed single-page app's article)."""
    parts = urlsplit(url)
    route = parts.fragment.startswith(("/", "!/")) and len(parts.fragment) > 2
    return parts.path in ("", "/") and not parts.query and not route


def _linked_headings(tree: HtmlElement) -> int:
    return int(tree.xpath("count(//*[self::h2 or self::h3 or self::h4][.//a])"))


_LANGUAGE_SAMPLE = 1500  # characters: plenty for a confident guess, and classify() is linear


def _language(text: str, declared: str | None) -> str | None:
    if len(text) < 40:
        return declared
    if declared in (None, "id") and looks_indonesian(text[:_LANGUAGE_SAMPLE]):
        return "id"
    language = language_of(text[:_LANGUAGE_SAMPLE])
    return "id" if language == "ms" and declared in (None, "id") else language


def _assemble(meta: PageMeta, bylines: list[str], body: str, extractor: str,
              tree: HtmlElement) -> Extracted:
    people = [*meta.near_headline, *bylines, *meta.byline_texts]
    author = person(AUTHOR, people) or meta.author
    moment = published(meta, bylines, tree)
    return Extracted(
        title=meta.title,
        text=body,
        author=author,
        editor=person(EDITOR, people),
        published_at=moment.when if moment else None,
        published_precision=moment.precision if moment else None,
        language=_language(body, meta.language),
        image=meta.image,
        sitename=meta.sitename,
        description=meta.description,
        canonical_url=meta.canonical_url,
        extractor=extractor,
    )
