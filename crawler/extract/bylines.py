"""Author, editor and publication date from byline texts.

The texts come from ``meta.PageMeta`` (near the headline, elements named like a
byline) and from the lines ``boilerplate.clean_lines`` removed as bylines; the date
falls back on htmldate as a last resort.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from crawler.extract.dates import parse_indonesian_datetime
from crawler.extract.meta import PageMeta

# words that end a name in a byline ("Aditya Maulana Editor : ...")
_ROLE = (r"(?:Editor|Redaktur|Penulis|Pewarta|Reporter|Foto|Fotografer|Photographer|Credits?"
         r"|Sumber|WIB|WITA|WIT|Copyright|COPYRIGHT|Hak\s+Cipta|Dibaca|Dilihat|Diposting|Views)\b")
_NAME = (r"((?!" + _ROLE + r")[A-Z][\w.'’-]*"
         r"(?:\s+(?!" + _ROLE + r")(?:[A-Z][\w.'’-]*|dan|bin|binti|van|de|al)){0,4})")
AUTHOR = re.compile(r"(?:^(?i:by|oleh|penulis|pewarta|reporter|wartawan)\s*:?\s+"
                    r"|\b(?:Oleh|OLEH|By|BY|Written by|Posted by)\s*:?\s+"
                    r"|\b(?:Penulis|Pewarta|Reporter|Wartawan|Author|Writer)\s*:\s*)" + _NAME)
EDITOR = re.compile(r"\b(?:Editor|Redaktur|Penyunting|Editing|Edited by)\s*:?\s*" + _NAME)
_DAY_NAMES = re.compile(r"\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b.*$")


def person(pattern: re.Pattern[str], texts: list[str]) -> str | None:
    for text in texts:
        match = pattern.search(text)
        if match:
            name = _DAY_NAMES.sub("", match.group(1)).strip(" .,-")
            if name and not any(ch.isdigit() for ch in name):
                return name
    return None


_CLOCK = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")


def published(meta: PageMeta, bylines: list[str], tree: HtmlElement) -> datetime | None:
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
