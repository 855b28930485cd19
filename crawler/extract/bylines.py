"""Author, editor and publication date from byline texts.

The texts come from ``meta.PageMeta`` (near the headline, elements named like a
byline) and from the lines ``boilerplate.clean_lines`` removed as bylines; the date
falls back on htmldate as a last resort.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from lxml.html import HtmlElement

from crawler.extract import furniture
from crawler.extract.dates import UPDATED, WIB, ZONES, Moment, read_text_date
from crawler.extract.meta import PageMeta, texts_below_body

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
    """Machine-readable date (metadata, else an app's state script), else the date
    printed nearest the headline, else htmldate.

    The printed dates are looked for where bylines stand, nearest first (``_printed``).
    A day alone (printed, or a machine value without a time, or the bare midnight some
    CMSs write for one) gives way to a time printed on that same day: the page says
    when, the day only which day.
    """
    texts = [*meta.near_headline, *bylines, *meta.byline_texts]
    cut = len(meta.near_headline) - meta.before_headline
    after, before = meta.near_headline[:cut], meta.near_headline[cut:]
    declared = meta.published_at
    if declared is None and (meta.state_dates or meta.state_stamps):
        printed = _printed(after, bylines, meta.byline_texts, before, with_updates=False)
        # an unnamed or a creation instant counts on the day the page prints, and
        # not against a time it prints
        declared = _from_state(meta.state_dates, printed) or (
            _from_state(meta.state_stamps, printed)
            if printed and printed.precision == "date" else printed)
    shown = meta.headline if meta.headline is not None else tree.find(".//h1")
    if declared and declared.precision == "time" and not _midnight(declared.when):
        local = _in_local_time(declared, texts)
        if local is declared and declared.when.utcoffset() == timedelta(0):
            local = _in_local_time(declared, texts_below_body(shown))  # a UTC stamp
        return local
    day = declared or _printed(after, bylines, meta.byline_texts, before)
    if day is None:
        below = texts_below_body(shown)
        printed = next((m for m in map(read_text_date, below)
                        if m is not None and m.precision == "time"), None)
        return printed or _htmldate(tree) or next(filter(None, map(read_text_date, below)), None)
    if day.precision == "time" and not _midnight(day.when):
        return day
    for text in texts:
        if _CLOCK.search(text):
            found = read_text_date(text)
            if found and found.precision == "time" and found.calendar_day == day.calendar_day:
                return found
    # a time of day printed apart from the day: Blogger's date header above the post and
    # "Posted by Admin at 16:08 WITA" in its footer
    return _on_day(day, texts) or day


def _from_state(found: tuple[Moment, ...], printed: Moment | None) -> Moment | None:
    """The article's time from an app's state script: the first, unless the page prints
    a day, which must then be the state time's own day (the first on it: a related
    article's time may come before)."""
    if printed is None:
        return found[0] if found else None
    return next((m for m in found if m.when.date() == printed.calendar_day), None)




_ADJACENT = 3  # texts right above the headline: its meta line, not the site's header


def _printed(after: list[str], bylines: list[str], named: list[str],
             before: list[str], *, with_updates: bool = True) -> Moment | None:
    """The date printed where a byline stands, nearest first: right after the headline,
    then the lines the cleaning took out as bylines (a dated time first in each); then a
    dated time just above the headline (Tempo prints its byline there), then one in an
    element named like a date (a comment's or a sidebar item's, too); then a day alone in
    such an element, and last one above the headline, where a site's header may print
    today's date.
    """
    def first(texts: list[str], timed: bool, updates: bool) -> Moment | None:
        for text in texts:
            if not updates:
                text = UPDATED.sub("", text)
            if _CLOCK.search(text) or not timed:
                found = read_text_date(text)
                if found is not None and (found.precision == "time" or not timed):
                    return found
        return None

    def or_above(found: Moment | None, updates: bool) -> Moment | None:
        # a date farther from the headline (a line the cleaning took out, an element
        # named like a date) on a later day than the one printed right above the
        # headline, in the post's meta line (a line made of dates and names, not a
        # letter's number), is a comment's or an update's
        meta_line = [text for text in before[:_ADJACENT] if furniture.kind(text) == "byline"]
        above = first(meta_line, False, updates)
        if found and above and above.calendar_day < found.calendar_day:
            return first(meta_line, True, updates) or above
        return found

    for updates in (False, True) if with_updates else (False,):  # an update's date last
        found = first(after, True, updates) or first(after, False, updates)
        if found:
            return found
        found = or_above(first(bylines, True, updates) or first(bylines, False, updates),
                         updates)
        if found:
            return found
        found = (first(before, True, updates) or or_above(first(named, True, updates), updates)
                 or or_above(first(named, False, updates), updates)
                 or first(before, False, updates))
        if found:
            return found
    return None


# the zones a page's printed time may be in when its metadata gives the instant in UTC
_LOCAL = tuple(timezone(timedelta(hours=h)) for h in sorted({ZONES[z] for z in ("wib", "wita",
                                                                            "wit")}))


def _in_local_time(declared: Moment, texts: list[str]) -> Moment:
    """The declared instant at the page's own offset, when the metadata gives it at
    another ("2025-07-26T05:02:00.000Z", as Ghost, Medium and most JavaScript sites write
    it, or a WordPress clock left at +07:00 on a WITA site) and the page prints it as local
    time ("26 Juli 2025 12:02 WIB", or "12:02" with no zone): the printed wall time says
    which zone; a declared wall time without a zone is in the zone printed beside the
    same time. A page printing the day alone keeps UTC, unless the UTC date is not the
    printed one, which an Indonesian offset then gives."""
    utc = declared.when.utcoffset() == timedelta(0)
    day_only: Moment | None = None
    for text in texts:
        found = read_text_date(text)
        if found is None:
            continue
        if found.precision == "date":
            day_only = day_only or found
            continue
        printed = found.when.replace(tzinfo=None, second=0, microsecond=0)
        wall = declared.when.replace(tzinfo=None, second=0, microsecond=0)
        if not declared.zoned and wall == printed:  # a wall time: in the zone printed
            return Moment(declared.when.replace(tzinfo=found.when.tzinfo), "time")
        for zone in (found.when.tzinfo, declared.when.tzinfo, *_LOCAL):
            local = declared.when.astimezone(zone)
            if local.replace(tzinfo=None, second=0, microsecond=0) == printed:
                return Moment(local, "time")
    local = _at_clock(declared, texts)
    if local is not None:
        return local
    if utc and day_only and declared.when.date() != day_only.calendar_day:
        for zone in _LOCAL:
            local = declared.when.astimezone(zone)
            if local.date() == day_only.calendar_day:
                return Moment(local, "time")
    return declared


# a time of day printed alone, as a post's footer prints it ("Posted by Admin at 09.27
# WITA", "Diposting pukul 14:05"): it says which zone the instant is shown in
_PRINTED_CLOCK = re.compile(r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d.:])"
                            r"(?:\s*(?P<zone>WIB|WITA|WIT)\b)?")
_CLOCK_LINE = 80  # characters: a longer text is a sentence, whose times are its own
_CLOCK_CUE = re.compile(r"(?:\b(?:pukul|jam|at|di|pada|posted|diposting|diterbitkan)\b|[@|•,])\W*$",
                        re.I)


@dataclass(frozen=True)
class _Clock:
    hour: int
    minute: int
    zone: timezone | None  # the zone printed beside it
    cued: bool  # a zone or a word announces it: "pukul", "at", "di", "|"


def _lone_clock(texts: list[str]) -> _Clock | None:
    """The one time of day the page prints apart from any date: in short texts whose only
    number is that clock. Two different ones (a live report's entries, a prayer
    timetable, or one beside dates printed with other times) say nothing about the page."""
    found: _Clock | None = None
    others: set[tuple[int, int]] = set()  # times printed with a date: entries of a series
    for text in texts:
        match = _PRINTED_CLOCK.search(text) if len(text) <= _CLOCK_LINE else None
        if match is None:
            continue
        if any(ch.isdigit() for ch in text[:match.start()] + text[match.end():]):
            others.add((int(match["hour"]), int(match["minute"])))
            continue  # a date, a count or a second time beside it
        zone = timezone(timedelta(hours=ZONES[match["zone"].lower()])) if match["zone"] else None
        clock = _Clock(int(match["hour"]), int(match["minute"]), zone,
                       bool(match["zone"] or _CLOCK_CUE.search(text[:match.start()])))
        if found is None:
            found = clock
        elif (clock.hour, clock.minute) != (found.hour, found.minute):
            return None
        elif (not found.zone and clock.zone) or (not found.cued and clock.cued):
            found = _Clock(found.hour, found.minute, found.zone or clock.zone,
                           found.cued or clock.cued)
    if found and others - {(found.hour, found.minute)}:
        return None
    return found


def _at_clock(declared: Moment, texts: list[str]) -> Moment | None:
    """The declared instant in the zone where it reads as the page's lone clock; a clock
    without its zone only places an instant given in UTC."""
    clock = _lone_clock(texts)
    utc = declared.when.utcoffset() == timedelta(0)
    if clock is None or not (clock.zone or utc):
        return None
    for tz in (clock.zone,) if clock.zone else _LOCAL:
        local = declared.when.astimezone(tz)
        if (local.hour, local.minute) == (clock.hour, clock.minute):
            return Moment(local, "time")
    return None


def _on_day(day: Moment, texts: list[str]) -> Moment | None:
    """``day`` at the page's lone clock ("at 16:08 WITA", "pukul 14.05") when a zone or a
    word announces it; a zone-less clock is WIB's."""
    clock = _lone_clock(texts)
    if clock is None or not clock.cued:
        return None
    on = day.calendar_day
    return Moment(datetime(on.year, on.month, on.day, clock.hour, clock.minute,
                           tzinfo=clock.zone or WIB), "time")


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
