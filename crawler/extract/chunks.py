"""Articles split into sibling chunks: find the chunks trafilatura left out.

Some layouts cut the body into several containers of the same class with ads
or embeds between them (Wired's ``body__container``, outlets that break the
text around an in-article ad). trafilatura keeps the first container and drops
the rest. ``sibling_chunks`` finds, from the paragraphs trafilatura did keep,
the other containers of the same tag and class close by (sharing an ancestor
at most ``_LEVELS`` up) that hold long paragraphs it did not keep; the caller
extracts them together.
"""

from __future__ import annotations

import copy

from lxml import html as lxml_html
from lxml.html import HtmlElement

_LONG = 150  # characters: a paragraph this long is article text, not a label
_PROBE = 50  # characters of a paragraph looked up in the extracted text
_LEVELS = 2  # the chunks share an ancestor at most this many levels above a kept chunk
_MISSING = 300  # characters of long paragraphs left out before the chunks are merged


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _long_paragraphs(el: HtmlElement) -> list[str]:
    return [t for t in (_text(p) for p in el.iter("p")) if len(t) >= _LONG]


def sibling_chunks(tree: HtmlElement, extracted: str) -> list[HtmlElement]:
    """Containers of one split body, in document order; [] when nothing was left out."""
    kept: list[HtmlElement] = []
    for p in tree.iter("p"):
        parent = p.getparent()
        text = _text(p)
        if (parent is not None and parent.get("class") and len(text) >= _LONG
                and text[:_PROBE] in extracted and parent not in kept):
            kept.append(parent)
    for container in kept:
        near = {container, *list(container.iterancestors())[:_LEVELS]}
        same = [el for el in tree.iter(container.tag)
                if el.get("class") == container.get("class") and _long_paragraphs(el)
                and (el is container or any(a in near for a in el.iterancestors()))]
        same = [el for el in same if not any(a in same for a in el.iterancestors())]
        missing = sum(len(t) for el in same for t in _long_paragraphs(el)
                      if t[:_PROBE] not in extracted)
        if len(same) > 1 and missing >= _MISSING:
            return same
    return []


def as_document(chunks: list[HtmlElement]) -> HtmlElement:
    """A page holding only copies of ``chunks`` in one <article> (class names dropped)."""
    article = lxml_html.Element("article")
    for chunk in chunks:
        piece = copy.deepcopy(chunk)
        piece.attrib.clear()
        piece.tail = None
        article.append(piece)
    body = lxml_html.Element("body")
    body.append(article)
    page = lxml_html.Element("html")
    page.append(body)
    return page
