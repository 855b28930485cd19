"""Markup repairs before trafilatura reads a page.

Many Indonesian portals write the first paragraphs of an article as loose text
with ``<br><br>`` between them and the rest as ``<p>`` (Kompas' ``div-read``,
CMSs whose editor pastes the lead in): trafilatura then drops the loose text,
usually the dateline and the lead. ``wrap_loose_text`` puts each run of loose
text (and the inline elements inside it) of such a mixed container into a
``<p>`` of its own, so that every paragraph is one element.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

INLINE = {"a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
          "strong", "sub", "sup", "time", "u"}
_MIXED = etree.XPath("//body//*[self::div or self::section or self::article or self::td][p]")
_LOOSE_MIN = 80  # characters of loose text before a container is repaired


def _loose_length(el: HtmlElement) -> int:
    pieces = [el.text or ""] + [child.tail or "" for child in el]
    pieces += [child.text_content() for child in el if child.tag in INLINE]
    return len("".join(pieces).strip())


def _paragraph(nodes: list[str | HtmlElement]) -> HtmlElement | None:
    """A <p> holding ``nodes`` (strings and inline elements), or None when they hold no text."""
    if not "".join(n if isinstance(n, str) else n.text_content() for n in nodes).strip():
        return None
    p = etree.Element("p")
    last: HtmlElement | None = None
    for node in nodes:
        if isinstance(node, str):
            if last is None:
                p.text = (p.text or "") + node
            else:
                last.tail = (last.tail or "") + node
        else:
            p.append(node)
            last = node
    return p


def _wrap(el: HtmlElement) -> None:
    children, tails = list(el), [child.tail for child in el]
    layout: list[HtmlElement] = []
    pending: list[str | HtmlElement] = [el.text or ""]

    def flush() -> None:
        p = _paragraph(pending)
        if p is not None:
            layout.append(p)
        pending.clear()

    for child, tail in zip(children, tails, strict=True):
        child.tail = None
        el.remove(child)
        if isinstance(child.tag, str) and child.tag in INLINE:
            pending.append(child)
        else:  # <br>, a block, a comment: a paragraph ends here
            flush()
            if child.tag != "br":
                layout.append(child)
        pending.append(tail or "")
    flush()
    el.text = None
    el.extend(layout)


def wrap_loose_text(tree: HtmlElement) -> None:
    """Give loose text runs in containers that also hold <p> paragraphs their own <p>."""
    for el in _MIXED(tree):
        if _loose_length(el) >= _LOOSE_MIN:
            _wrap(el)
