"""Adaptive polling: a source that keeps showing nothing new is visited less often.

The rule (Media Cloud's feed poller does the same): every crawl of a source that
found no new article URL doubles its interval, from the base interval of its cron
schedule up to ``[schedule] max_interval``; the first crawl that finds something
new brings it straight back to the base schedule. A failed crawl does not count
as empty: failing sources are a health matter, and backing off would hide them.

The daemon still fires on the cron schedule; when a source's turn comes before
its current interval has passed since its last crawl, that turn is skipped. So a
source polled hourly that found nothing three times in a row is next crawled 8
hours after its last crawl, at the first cron time from then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

# A turn this close to the interval's end is taken: cron times and crawl start
# times differ by the crawl's own start-up, jitter and queueing.
_SLACK = 0.1


@dataclass(frozen=True)
class Pace:
    """Where a source stands: its base interval and how many empty crawls in a row."""

    base: timedelta
    empty_runs: int
    last_started: datetime | None

    def interval(self, maximum: timedelta) -> timedelta:
        """The current interval: the base doubled per empty crawl, at most ``maximum``."""
        if self.empty_runs <= 0:
            return self.base
        factor = 2 ** min(self.empty_runs, 30)
        return max(self.base, min(self.base * factor, maximum))

    def earliest(self, maximum: timedelta) -> datetime | None:
        """From when a cron turn crawls the source again (None: at every turn)."""
        if self.last_started is None or self.empty_runs <= 0:
            return None
        return self.last_started + self.interval(maximum) - self.base * _SLACK

    def due(self, now: datetime, maximum: timedelta) -> bool:
        """Whether a cron turn at ``now`` should crawl the source."""
        earliest = self.earliest(maximum)
        return earliest is None or now >= earliest


def base_interval(trigger: CronTrigger, now: datetime) -> timedelta:
    """The time between two consecutive fire times of ``trigger`` after ``now``."""
    first = trigger.get_next_fire_time(None, now)
    if first is None:
        return timedelta(0)
    second = trigger.get_next_fire_time(first, first + timedelta(microseconds=1))
    return (second - first) if second is not None else timedelta(0)
