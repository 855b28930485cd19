"""Where each source stands in the daemon's schedule: its pace (interval, empty crawls
in a row, last crawl) and when it crawls next, as the daemon itself decides it.

``paces`` is what the daemon reads at every cron turn; ``upcoming`` is what
``pantau status`` shows. Both read the schedule maths of ``crawler.config.schedule``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine

import storage
from crawler.config.schedule import Job, Pace, cron_trigger, interval, next_runs, zone
from crawler.config.settings import Config


def paces(jobs: list[Job], config: Config, engine: Engine, now: datetime) -> dict[str, Pace]:
    """Each scheduled source's base interval, empty crawls in a row and last crawl."""
    tz = zone(config.schedule.timezone)
    state = storage.polling_state(engine, [name for job in jobs for name in job.sources])
    result = {}
    for job in jobs:
        base = interval(cron_trigger(job.schedule, tz), now)
        for name in job.sources:
            empty, last = state.get(name, (0, None))
            result[name] = Pace(base=base, empty_runs=empty, last_started=last)
    return result


@dataclass(frozen=True)
class Upcoming:
    """One source's next crawl as the daemon will take it."""

    source: str
    next_run: datetime | None
    interval: timedelta
    empty_crawls: int


def upcoming(jobs: list[Job], config: Config, engine: Engine, now: datetime) -> list[Upcoming]:
    """Each scheduled source's next crawl after ``now``: its next cron turn, or with
    adaptive polling the first turn after its stretched interval has passed."""
    schedule = config.schedule
    maximum = timedelta(seconds=schedule.max_interval)
    pace = paces(jobs, config, engine, now)
    result = []
    for name, when in next_runs(jobs, now).items():
        current = pace[name]
        earliest = current.earliest(maximum) if schedule.adaptive else None
        if when is not None and earliest is not None and when < earliest:
            job = next(j for j in jobs if name in j.sources)
            when = job.trigger.get_next_fire_time(None, earliest.astimezone(when.tzinfo))
        every = current.interval(maximum) if schedule.adaptive else current.base
        result.append(Upcoming(name, when, every, current.empty_runs))
    return result
