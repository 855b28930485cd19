"""``pantau check``: the check every command makes, alone, and what it loaded."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import click

import storage
from crawler.cli.checks import Loaded, check
from crawler.cli.options import EPILOG_COMMON, App, common_options
from crawler.config.schedule import next_runs, plan, zone
from crawler.config.settings import ConfigError


def _summary(loaded: Loaded, db_url: str) -> dict[str, Any]:
    config = loaded.config
    schedule, alerts = config.schedule, config.alerts
    enabled = [s for s in loaded.sources if s.enabled]
    jobs = plan(loaded.sources, schedule.cron, zone(schedule.timezone))
    upcoming = [when for when in next_runs(jobs, datetime.now(UTC)).values() if when]
    path = storage.sqlite_path(db_url)
    return {
        "config": loaded.config_file,
        "sources": {
            "file": loaded.sources_origin, "count": len(loaded.sources),
            "enabled": len(enabled),
            "own_schedule": sum(1 for s in enabled if s.schedule),
        },
        "schedule": {
            "cron": schedule.cron, "timezone": schedule.timezone, "jobs": len(jobs),
            "next_run": min(upcoming).isoformat() if upcoming else None,
        },
        "alerts": {
            "webhook": bool(alerts.webhook_url),
            "email": ", ".join(alerts.email_to) if alerts.smtp_host else None,
            "feed_file": alerts.feed_file or None,
        },
        "lexicon": {
            "terms": len(loaded.lexicon.terms), "extra": config.relevance.lexicon or None,
            "threshold": config.relevance.threshold,
        },
        "database": {
            "url": db_url,
            "exists": None if path is None else path.is_file(),
        },
    }


def _lines(summary: dict[str, Any]) -> list[tuple[str, str]]:
    sources, schedule = summary["sources"], summary["schedule"]
    alerts, lexicon, db = summary["alerts"], summary["lexicon"], summary["database"]
    off = "off"
    return [
        ("config", summary["config"] or "none (the defaults; no ./pantau.toml here)"),
        ("sources", f"{sources['count']} in {sources['file']}: {sources['enabled']} enabled, "
                    f"{sources['own_schedule']} with a schedule of their own"),
        ("schedule", f"{schedule['cron']} ({schedule['timezone']}), {schedule['jobs']} "
                     f"job(s), next at {schedule['next_run'] or 'never'}"),
        ("alerts", f"webhook {'on' if alerts['webhook'] else off}; "
                   f"email {('to ' + alerts['email']) if alerts['email'] else off}; "
                   f"feed file {alerts['feed_file'] or off}"),
        ("lexicon", f"{lexicon['terms']} terms"
                    + (f" (with {lexicon['extra']})" if lexicon["extra"] else " (built-in)")
                    + f", threshold {lexicon['threshold']:g}"),
        ("database", db["url"] + ("" if db["exists"] is None else " (exists)" if db["exists"]
                                  else " (not created yet: pantau crawl creates it)")),
    ]


@click.command("check", epilog=EPILOG_COMMON)
@common_options(checked=False)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Lines for people, or JSON for scripts.")
def check_command(app: App, fmt: str) -> None:
    """Check the config, the sources and the lexicon, and say what was loaded.

    The same check runs before every command; this one prints every problem, one
    line each (exit 1), or what a crawl would run with (exit 0). It opens no
    database and fetches nothing.

    \b
    Examples:
      pantau check
      pantau check --config /etc/pantau/pantau.toml --sources my-sources.toml
      pantau check --format json
    """
    try:
        loaded = check(app.config_file, app.sources_file)
    except ConfigError as exc:
        for problem in exc.problems:
            click.echo(f"Error: {problem}", err=True)
        raise click.exceptions.Exit(1) from None
    summary = _summary(loaded, app.db_url)
    if fmt == "json":
        click.echo(json.dumps(summary, indent=2))
        return
    width = max(len(key) for key, _ in _lines(summary))
    for key, text in _lines(summary):
        click.echo(f"{key.ljust(width)}  {text}")


COMMANDS = [check_command]
