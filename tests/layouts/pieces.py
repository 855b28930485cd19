"""Pieces the generated-page families share: furniture bookkeeping, attribute escaping,
other texts for teasers and listings, moments in a zone, ids and counts.

The held-out families were written blind, each by its own session; the identical
helpers they wrote (or copied from the set before) live here once. A family's own
name lists, regions and layouts stay in its module.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from tests.layouts import ZONES, Text, escape, moment, texts

DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des")
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


class Junk:
    """The furniture lines put inside an article container: ``j(line)`` records the line
    and returns it escaped for the page; ``j.also(line)`` records a line the page
    renders from several elements (a label and its links)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> str:
        self.lines.append(line)
        return escape(line)

    def also(self, line: str) -> None:
        self.lines.append(line)


def attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def token(rng: random.Random, n: int) -> str:
    """``n`` random lower-case letters and digits (hashed class names, file names)."""
    return "".join(rng.choice(ALNUM) for _ in range(n))


def other_texts(rng: random.Random, text: Text, n: int) -> list[Text]:
    """``n`` other real texts, for related lists and teasers."""
    pool = texts()
    found: list[Text] = []
    for _ in range(50 * n):
        other = pool[rng.randrange(len(pool))]
        if other.headline != text.headline and other not in found:
            found.append(other)
            if len(found) == n:
                break
    return found


def when_in(rng: random.Random, zone: str, *, seconds: bool = False,
            office_hours: bool = False) -> datetime:
    """A moment (the package's ``moment``) in ``zone``; with seconds when the page
    prints them; in office hours, its UTC date is its local date."""
    when, _zone = moment(rng)
    when = when.replace(tzinfo=ZONES[zone])
    if office_hours:
        when = when.replace(hour=rng.randrange(8, 16) if zone == "WIB" else rng.randrange(9, 16))
    if seconds:
        when = when.replace(second=rng.randrange(60))
    return when


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def listing_items(rng: random.Random, text: Text, day: date, n: int) -> list[tuple[Text, date]]:
    """The texts a section's index shows, newest first, with the days they were posted."""
    shown = [text, *other_texts(rng, text, n - 1)]
    rng.shuffle(shown)
    days = sorted((day - timedelta(days=rng.randrange(0, 40)) for _ in shown), reverse=True)
    return list(zip(shown, days, strict=True))
