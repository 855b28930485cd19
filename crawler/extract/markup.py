"""Markup repairs before trafilatura reads a page.

Many Indonesian portals write the first paragraphs of an article as loose text
with ``<br><br>`` between them and the rest as ``<p>`` (Kompas' ``div-read``,
CMSs whose editor pastes the lead in): trafilatura then drops the loose text,
usually the dateline and the lead. ``wrap_loose_text`` puts each run of loose
text (and the inline elements inside it) of such a mixed container into a
``<p>`` of its own, so that every paragraph is one element.

Older portals (custom PHP, early Joomla) lay the whole page out in ``<table>``s: the
article is a cell. trafilatura reads a table as data and writes its cells with ``|``
between them, so the article's first paragraph starts with "| ".
``unwrap_layout_tables`` turns tables used for layout (a cell holding paragraphs,
blocks or another table) into plain ``<div>``s; a data table (cells of words and
numbers) is left as it is.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

INLINE = {"a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
          "strong", "sub", "sup", "time", "u"}
_MIXED = etree.XPath(
    "//body//*[self::div or self::section or self::article or self::td][p or br or hr]")
_LOOSE_MIN = 80  # characters of loose text before a container is repaired
_LOOSE_TEXT = 200  # characters of a span holding the text in rows of spans (_spans_in_rows)
_TABLES = etree.XPath("//body//table")
# a cell holding one of these is page layout, not a datum ...
_LAYOUT_CHILD = etree.XPath("./tr/td[table or ul or ol or h1 or h2 or h3 or h4] | "
                            "./*/tr/td[table or ul or ol or h1 or h2 or h3 or h4]")
# ... and one holding a paragraph or a block of some length: an editor wraps a datum in
# a <p> of its own ("<td><p>237,85</p></td>")
_BLOCK_CELLS = etree.XPath("./tr/td[p or div] | ./*/tr/td[p or div]")
_BLOCK_CELL = 100  # characters
_LAYOUT_ATTRIBUTES = ("width", "align", "valign", "colspan", "rowspan", "bgcolor")


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


def _spans_in_rows(el: HtmlElement) -> bool:
    """Whether ``el`` (no <p> in it) lays out spans in rows cut by <br> or <hr>, one of
    them holding the text: a server-side page's headline, date, counter and body
    (ASP.NET's ``<span id="lblTitle">…</span><br><span id="lblDate">…</span><hr><span
    id="lblContent">…``), which read as one line would glue the four together."""
    rows, current, long_span = 0, False, False
    for child in el:
        if child.tag in ("br", "hr"):
            rows, current = rows + current, False
            continue
        if child.tag in INLINE and child.tag != "a":
            long_span = long_span or len(child.text_content()) >= _LOOSE_TEXT
        current = current or bool(child.text_content().strip() or (child.tail or "").strip())
    return long_span and rows + current >= 2


def block_center(tree: HtmlElement) -> None:
    """Read ``<center>`` as the block it is: old portals and mobile pages put an ad or a
    "Scroll ke bawah" note between two ``<br>``-separated paragraphs in one, and
    trafilatura, taking it for an inline element, glues its words to the paragraph
    before ("... disengaja.ADVERTISEMENT")."""
    for el in tree.iter("center"):
        el.tag = "div"


def _blocks_between_rows(el: HtmlElement) -> bool:
    """Whether ``el`` (no <p> in it) writes its paragraphs as loose text cut by ``<br>``
    with a block between two of them (an ad's ``<div>``): trafilatura glues the block's
    words to the text before it."""
    return (el.find("br") is not None and any(child.tag in _BLOCK_CHILDREN for child in el)
            and _loose_length(el) >= _LOOSE_MIN)


def wrap_loose_text(tree: HtmlElement) -> None:
    """Give loose text runs in containers that also hold <p> paragraphs their own <p>."""
    for el in _MIXED(tree):
        if el.find("p") is not None:
            if _loose_length(el) >= _LOOSE_MIN:
                _wrap(el)
        elif _spans_in_rows(el) or _blocks_between_rows(el):
            _wrap(el)


_LONG_CELL = 300  # characters: a cell this long holds an article's text, not a datum
_OWN_CELLS = etree.XPath("./tr/td | ./*/tr/td")


def _lays_out(table: HtmlElement) -> bool:
    return bool(_LAYOUT_CHILD(table)) or any(
        len(cell.text_content().strip()) >= _BLOCK_CELL for cell in _BLOCK_CELLS(table)) or any(
        len(cell.text_content()) >= _LONG_CELL for cell in _OWN_CELLS(table))


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Make tables that lay a page out (see the module docstring) plain ``<div>``s."""
    layout = [table for table in _TABLES(tree) if _lays_out(table)]
    for table in layout:
        # the table's own parts only: a data table inside a layout cell stays a table
        sections = [table, *(c for c in table if c.tag in ("tbody", "thead", "tfoot"))]
        rows = [row for section in sections for row in section if row.tag == "tr"]
        cells = [cell for row in rows for cell in row if cell.tag in ("td", "th")]
        for el in sections + rows + cells:
            el.tag = "div"
            for attribute in _LAYOUT_ATTRIBUTES:
                el.attrib.pop(attribute, None)


_LABEL_MAX = 150  # characters of a label span ("Foto: Humas Mataram") ...
_TEXT_MIN = 200  # ... standing right before a span or block with this much text
_IN_TEXT = {"p", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "em", "i", "q"}


_BLOCK_CHILDREN = {"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                   "blockquote"}


def separate_label_spans(tree: HtmlElement) -> None:
    """Make a ``<span>`` holding paragraphs a block, and give a short ``<span>`` its
    own line when a long text follows it with nothing
    between: server-side pages lay out their parts as spans the stylesheet shows as
    blocks (ASP.NET's ``<span class="ket">Foto: Humas Mataram</span><span
    class="isi">Perusahaan ...``), and read as one line the caption would start the
    article. A span inside a paragraph, a link or a heading is text and stays."""
    for span in list(tree.iter("span")):
        if any(child.tag in _BLOCK_CHILDREN for child in span):
            span.tag = "div"  # paragraphs in a span (a WYSIWYG editor's paste): a block
            continue
        parent = span.getparent()
        following = span.getnext()
        if (parent is None or parent.tag in _IN_TEXT or following is None
                or following.tag not in ("span", "div") or (span.tail or "").strip()
                or any(a.tag in _IN_TEXT for a in span.iterancestors())):
            continue
        if (len(span.text_content().strip()) <= _LABEL_MAX
                and len(following.text_content()) >= _TEXT_MIN):
            span.tag = "div"


_FOLDED_PARAGRAPHS = 2  # paragraphs of this many characters at least make a fold of text
_FOLDED_LENGTH = 80
_FOLDED = etree.XPath(
    f"//body//*[@aria-hidden='true'][count(.//p[string-length(normalize-space()) >= "
    f"{_FOLDED_LENGTH}]) >= {_FOLDED_PARAGRAPHS}]")


def unfold(tree: HtmlElement) -> None:
    """Show the text a page folds behind "Baca selengkapnya" / "Lanjutkan membaca": the
    rest of the article, in the page but marked ``aria-hidden`` until the reader opens it,
    which trafilatura drops as hidden. Only a block of whole paragraphs is unfolded, not an
    icon, a menu or a carousel of teasers."""
    for el in _FOLDED(tree):
        del el.attrib["aria-hidden"]


def table_captions(tree: HtmlElement) -> None:
    """A data table's title as a paragraph above or below it: trafilatura drops a
    ``<figcaption>`` and writes a ``<caption>`` as a row of its own ("| Tabel 1. ... |
    | |"). A photo's caption is left as it is (a figure with an image)."""
    for caption in list(tree.iter("caption")):
        table = caption.getparent()
        if table is not None and table.tag == "table" and table.getparent() is not None:
            table.remove(caption)
            caption.tag, caption.tail = "p", None
            table.addprevious(caption)
    for caption in list(tree.iter("figcaption")):
        if table_caption(caption):
            caption.tag = "p"


def table_caption(figcaption: HtmlElement) -> bool:
    """Whether a ``<figcaption>`` is a table's title ("Tabel 1. Realisasi APBD ..."), not a
    photo's caption: its figure holds a table and no image."""
    figure = figcaption.getparent()
    return (figure is not None and figure.find(".//table") is not None
            and figure.find(".//img") is None)

