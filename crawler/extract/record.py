"""What extraction returns: the record of one article page.

Its own module, apart from ``article`` (trafilatura, lxml, the language model): the
crawl process receives these from its extraction workers and must not load what made
them to read them (an unpickled object imports its class's module).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Extracted:
    """What Pantau keeps of an article page (picklable: it crosses a process pool)."""

    title: str | None
    text: str
    author: str | None
    editor: str | None
    published_at: datetime | None  # a day alone ("date" precision) is midnight UTC of it
    language: str | None
    image: str | None
    sitename: str | None
    description: str | None
    canonical_url: str | None
    extractor: str
    published_precision: str | None = None  # "time", "date" (no time printed), None
