"""Author, editor and publication date from byline texts.

The texts come from ``meta.PageMeta`` (near the headline, elements named like a
byline) and from the lines ``boilerplate.clean_lines`` removed as bylines; the date
falls back on htmldate as a last resort.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from lxml.html import HtmlElement

from crawler.extract.dates import ZONES, Moment, read_text_date
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


def published(meta: PageMeta, bylines: list[str], tree: HtmlElement) -> Moment | None:
    """Machine-readable date, else a byline date (one with a clock time first), else htmldate.

    A machine value without a time ("2025-05-27", or a bare midnight some CMSs write
    for one) gives way to a byline that prints a time on the same day: the page says
    when, the metadata only which day.
    """
    texts = [*meta.near_headline, *bylines, *meta.byline_texts]
    declared = meta.published_at
    if declared and declared.precision == "time" and not _midnight(declared.when):
        return _in_local_time(declared, texts)
    for text in [t for t in texts if _CLOCK.search(t)] + texts:
        found = read_text_date(text)
        if found is None:
            continue
        if declared is None:
            return found
        if found.precision == "time" and found.calendar_day == declared.when.date():
            return found
        break
    return declared or _htmldate(tree)


# the zones a page's printed time may be in when its metadata gives the instant in UTC
_LOCAL = tuple(timezone(timedelta(hours=h)) for h in sorted({ZONES[z] for z in ("wib", "wita",
                                                                            "wit")}))


def _in_local_time(declared: Moment, texts: list[str]) -> Moment:
    """The declared instant at the page's own offset, when the metadata gives it in UTC
    ("2025-07-26T05:02:00.000Z", as Ghost, Medium and most JavaScript sites write it) and
    the page prints it as local time ("26 Juli 2025 12:02 WIB", or "12:02" with no zone):
    the printed wall time says which zone. A page printing the day alone keeps UTC, unless
    the UTC date is not the printed one, which an Indonesian offset then gives."""
    if declared.when.utcoffset() != timedelta(0):
        return declared
    day_only: Moment | None = None
    for text in texts:
        found = read_text_date(text)
        if found is None:
            continue
        if found.precision == "date":
            day_only = day_only or found
            continue
        printed = found.when.replace(tzinfo=None, second=0, microsecond=0)
        for zone in (found.when.tzinfo, *_LOCAL):
            local = declared.when.astimezone(zone)
            if local.replace(tzinfo=None, second=0, microsecond=0) == printed:
                return Moment(local, "time")
    if day_only and declared.when.date() != day_only.calendar_day:
        for zone in _LOCAL:
            local = declared.when.astimezone(zone)
            if local.date() == day_only.calendar_day:
                return Moment(local, "time")
    return declared


def _midnight(when: datetime) -> bool:
    return (when.hour, when.minute, when.second) == (0, 0, 0)


def _htmldate(tree: HtmlElement) -> Moment | None:
    from htmldate import find_date  # last resort: slow

    try:
        found = find_date(tree, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is defensive but not on every broken page
        return None
    if not found:
        return None
    try:
        return Moment.day(datetime.strptime(found, "%Y-%m-%d").date())
    except ValueError:
        return None
