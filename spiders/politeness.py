"""Politeness Scrapy leaves to us: robots.txt ``Crawl-delay`` and ``Retry-After``.

Scrapy's robots.txt middleware obeys Allow/Disallow but not Crawl-delay, and its
retry middleware retries a 429/503 without waiting for the Retry-After the server
asked for. This downloader middleware sets the host's download-slot delay to at
least the site's Crawl-delay (capped by ``[crawl] max_crawl_delay``), and on a 429
or 503 with Retry-After slows the host down to that many seconds (capped by
``[crawl] max_retry_after``) for the rest of the run. AutoThrottle may lower a
slot's delay after each response; the floor is put back after it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from protego import Protego
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response


class PolitenessMiddleware:
    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.user_agent = settings.get("USER_AGENT", "")
        crawl = settings["PANTAU"].crawl
        self.max_crawl_delay = crawl.max_crawl_delay
        self.max_retry_after = crawl.max_retry_after
        self.floors: dict[str, float] = {}  # download slot -> least delay

    @classmethod
    def from_crawler(cls, crawler: Any) -> PolitenessMiddleware:
        if not crawler.settings.getbool("ROBOTSTXT_OBEY") and not crawler.settings[
            "PANTAU"
        ].crawl.max_retry_after:
            raise NotConfigured("neither robots.txt nor Retry-After is obeyed")
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        slot = request.meta.get("download_slot")
        if slot is None:
            return response
        stats = self.crawler.stats
        if request.url.endswith("/robots.txt") and response.status == 200:
            text = response.text if hasattr(response, "text") else ""
            delay = Protego.parse(text).crawl_delay(self.user_agent)
            if delay:
                floor = min(float(delay), self.max_crawl_delay)
                self.floors[slot] = max(self.floors.get(slot, 0.0), floor)
                stats.set_value("pantau/crawl_delay", floor)
        elif response.status in (429, 503) and response.headers.get(b"Retry-After"):
            wait = retry_after(response.headers[b"Retry-After"].decode("latin-1"))
            if wait is not None:
                floor = min(wait, self.max_retry_after)
                self.floors[slot] = max(self.floors.get(slot, 0.0), floor)
                stats.inc_value("pantau/retry_after")
                stats.max_value("pantau/retry_after_seconds", floor)
        self._apply(slot)
        return response

    def _apply(self, slot: str) -> None:
        floor = self.floors.get(slot)
        if floor is None:
            return
        downloader = self.crawler.engine.downloader
        if slot in downloader.slots and downloader.slots[slot].delay < floor:
            downloader.slots[slot].delay = floor


def retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date).

    >>> retry_after("120")
    120.0
    """
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
