"""Which sources crawl when, and how often: the one place where schedules are understood.

Cron expressions become APScheduler 3 triggers; sources with the same effective
schedule form one job, so sources due at the same moment share one crawl process.
Standard 5-field cron is accepted, and a 6-field form whose first field is seconds.

A schedule's *interval* (``interval``) is the longest gap between its next eight
fire times, so a weekday schedule counts its weekend; the daemon's adaptive polling,
``pantau status`` and the source-health alerts all use it.

Adaptive polling (``Pace``; Media Cloud's feed poller does the same): every crawl
of a source that found no new article URL doubles its interval, from the interval
of its schedule up to ``[schedule] max_interval``; the first crawl that finds
something new brings it straight back. A failed crawl does not count as empty:
failing sources are a health matter, and backing off would hide them. The daemon
still fires on the cron schedule; a turn that comes before the source's current
interval has passed since its last crawl is skipped. So a source polled hourly
that found nothing three times in a row is next crawled 8 hours after its last
crawl, at the first cron time from then on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

from crawler.config.settings import ConfigError
from crawler.config.sources import Source

# cron counts weekdays from Sunday = 0 (7 is Sunday too); APScheduler 3 counts
# from Monday = 0, so numeric weekdays are rewritten as names.
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_DAY_PART = re.compile(r"^(\*|\w+)(?:-(\w+))?(?:/(\d+))?$")


def _day_number(token: str) -> int:
    token = token.lower()
    if token.isdigit() and int(token) <= 7:
        return int(token) % 7
    if token[:3] in _DAYS:
        return _DAYS.index(token[:3])
    raise ValueError(f"day of week {token!r}")


def _weekdays(field: str) -> str:
    """A cron day-of-week field as APScheduler weekday names ('1-5' -> 'mon,...,fri')."""
    if field in ("*", "?"):
        return "*"
    days: list[int] = []
    for part in field.split(","):
        match = _DAY_PART.match(part)
        if not match:
            raise ValueError(f"day of week {part!r}")
        first, last, step = match.groups()
        start = 0 if first == "*" else _day_number(first)
        end = 6 if first == "*" else _day_number(last) if last else start
        if last and end < start:  # 5-0 (Friday to Sunday); 7 is Sunday too
            end += 7
        span = range(start, end + 1, int(step or 1)) if (last or first == "*" or step) else [start]
        days.extend(d % 7 for d in span)
    return ",".join(_DAYS[d] for d in sorted(set(days)))


def cron_trigger(expression: str, timezone: tzinfo, jitter: float = 0) -> CronTrigger:
    """A trigger from a 5-field cron expression, or 6 fields with leading seconds;
    ``jitter`` delays each fire time by up to that many random seconds."""
    fields = expression.split()
    if len(fields) == 5:
        fields = ["0", *fields]
    if len(fields) != 6:
        raise ValueError(f"cron expression {expression!r}: expected 5 or 6 fields")
    second, minute, hour, day, month, day_of_week = fields
    try:
        return CronTrigger(
            second=second, minute=minute, hour=hour, day=day, month=month,
            day_of_week=_weekdays(day_of_week), timezone=timezone,
            jitter=int(jitter) if jitter > 0 else None,
        )
    except ValueError as exc:
        raise ValueError(f"cron expression {expression!r}: {exc}") from None


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[schedule] timezone: unknown time zone {name!r}") from None


@dataclass(frozen=True)
class Job:
    """Sources that share one schedule, and so one crawl process."""

    schedule: str
    sources: tuple[str, ...]
    trigger: CronTrigger

    @property
    def id(self) -> str:
        return "crawl:" + ",".join(self.sources)


def plan(
    sources: tuple[Source, ...], default: str, timezone: tzinfo, jitter: float = 0
) -> list[Job]:
    """One job per distinct schedule over the enabled sources, in catalog order."""
    groups: dict[str, list[str]] = {}
    for source in sources:
        if source.enabled:
            groups.setdefault(source.schedule or default, []).append(source.name)
    jobs = []
    for expression, names in groups.items():
        try:
            trigger = cron_trigger(expression, timezone, jitter)
        except ValueError as exc:
            where = "[schedule] cron" if expression == default else f"source {names[0]!r}"
            raise ConfigError(f"{where}: {exc}") from None
        jobs.append(Job(expression, tuple(names), trigger))
    return jobs


def schedule_problems(sources: tuple[Source, ...], default: str, timezone: tzinfo, *,
                      origin: str, sources_origin: str) -> list[str]:
    """Every cron expression that does not parse: ``[schedule] cron`` (in the config
    file ``origin``) and each source's own ``schedule`` (in ``sources_origin``),
    enabled or not."""
    problems = []
    try:
        cron_trigger(default, timezone)
    except ValueError as exc:
        problems.append(f"{origin}: [schedule] cron: {exc}")
    for source in sources:
        if source.schedule is not None:
            try:
                cron_trigger(source.schedule, timezone)
            except ValueError as exc:
                problems.append(f"{sources_origin}: source {source.name!r}: schedule: {exc}")
    return problems


def next_runs(jobs: list[Job], now: datetime) -> dict[str, datetime | None]:
    """The next time each source is due after ``now``."""
    return {
        name: job.trigger.get_next_fire_time(None, now)
        for job in jobs
        for name in job.sources
    }


def fire_times(job: Job, start: datetime, end: datetime) -> list[datetime]:
    """Every time ``job`` is due in (start, end] (what a daemon down meanwhile missed)."""
    times: list[datetime] = []
    previous = None
    moment = job.trigger.get_next_fire_time(None, start)
    while moment is not None and moment <= end:
        if moment > start:
            times.append(moment)
        previous = moment
        moment = job.trigger.get_next_fire_time(previous, moment)
        if moment == previous:  # APScheduler returns the same time when now == fire time
            moment = job.trigger.get_next_fire_time(previous, moment.replace(microsecond=1))
    return times


_FIRES = 8  # fire times looked at for a schedule's interval


def interval(trigger: CronTrigger, now: datetime) -> timedelta:
    """The longest time between two of the next ``_FIRES`` fire times after ``now``."""
    moment = trigger.get_next_fire_time(None, now)
    longest = timedelta(0)
    for _ in range(_FIRES):
        if moment is None:
            break
        following = trigger.get_next_fire_time(moment, moment + timedelta(microseconds=1))
        if following is None:
            break
        longest = max(longest, following - moment)
        moment = following
    return longest


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
