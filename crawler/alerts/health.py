"""Source health: when a source is reported as failing, and when as working again.

A source is *down* when it failed ``[alerts] failures_before_alert`` runs in a row,
or had no successful fetch, or yielded no URL never seen before (on topic or not),
for ``quiet_intervals`` times its current interval: its schedule's (its own
``schedule``, else ``[schedule] cron``; the longest gap between its next eight fire
times, so a weekday schedule counts its weekend), stretched by adaptive polling
when ``[schedule] adaptive`` is on, as the daemon stretches it. A source that
never succeeded, or never yielded a new URL, counts from its first run. The alert
is raised once and kept in the database (``source_alerts``); the first run that
finds the source up again clears it and sends a recovery notice.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any

import storage
from crawler.config.schedule import Pace, cron_trigger, interval, zone
from crawler.config.settings import AlertsConfig, Config
from crawler.config.sources import Source


def _stretched(base: timedelta, empty_runs: int, config: Config) -> timedelta:
    """The source's current interval under adaptive polling, as the daemon stretches it."""
    maximum = timedelta(seconds=config.schedule.max_interval)
    return Pace(base=base, empty_runs=empty_runs, last_started=None).interval(maximum)


def problem(health: storage.SourceHealth, activity: storage.Activity, every: timedelta,
            alerts: AlertsConfig, now: datetime, tz: tzinfo | None = None) -> str | None:
    """Why the source is down, in one line; None when it is fine."""
    limit = alerts.failures_before_alert
    if limit and health.consecutive_failures >= limit:
        why = f"failed {health.consecutive_failures} runs in a row"
        return f"{why}: {health.last_error}" if health.last_error else why
    if not alerts.quiet_intervals or every <= timedelta(0) or activity.first_run is None:
        return None
    quiet = every * alerts.quiet_intervals
    success = health.last_success or activity.first_run
    if now - success >= quiet:
        return f"no successful fetch since {_when(health.last_success, tz)}"
    fresh = activity.last_new_url or activity.first_run
    if now - fresh >= quiet:
        return f"no new URL since {_when(activity.last_new_url, tz)}"
    return None


def _when(moment: datetime | None, tz: tzinfo | None) -> str:
    return moment.astimezone(tz).isoformat(timespec="minutes") if moment else "its first run"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def assess(engine: Any, config: Config, names: list[str], sources: dict[str, Source],
           channels: tuple[str, ...], *, now: datetime, run_id: int | None = None,
           tz: tzinfo | None = None) -> list[int]:
    """Raise or clear the health alert of each source in ``names``; the new
    announcements' ids."""
    raised = storage.raised_alerts(engine)
    activity = storage.source_activity(engine, names)
    intervals: dict[str, timedelta] = {}
    polling = storage.polling_state(engine, names) if config.schedule.adaptive else {}
    new = []
    for health in storage.source_health(engine, names):
        source = sources.get(health.source)
        schedule = (source.schedule if source else None) or config.schedule.cron
        if schedule not in intervals:
            trigger = cron_trigger(schedule, zone(config.schedule.timezone))
            intervals[schedule] = interval(trigger, now)
        every = intervals[schedule]
        if config.schedule.adaptive:  # a quiet source is polled less often: wait longer
            every = _stretched(every, polling.get(health.source, (0, None))[0], config)
        reason = problem(health, activity[health.source], every, config.alerts, now, tz)
        payload = {
            "source": health.source, "reason": reason, "consecutive_failures":
            health.consecutive_failures, "last_error": health.last_error,
            "last_success": _iso(health.last_success),
            "last_new_url": _iso(activity[health.source].last_new_url),
        }
        if reason is not None and health.source not in raised:
            notice = storage.raise_alert(engine, health.source, reason=reason, payload=payload,
                                         channels=channels, when=now, run_id=run_id)
        elif reason is None and health.source in raised:
            since, was = raised[health.source]
            payload |= {"reason": f"works again (down since {_when(since, tz)}: {was})",
                        "down_since": _iso(since)}
            notice = storage.clear_alert(engine, health.source, payload=payload,
                                         channels=channels, when=now, run_id=run_id)
        else:
            continue
        if notice is not None:
            new.append(notice)
    return new
