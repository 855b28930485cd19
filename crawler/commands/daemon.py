"""``pantau daemon`` and ``pantau status``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

import storage
from crawler import output
from crawler.cli import EPILOG_COMMON, App, common_options, format_option
from crawler.logs import setup_logging

_LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--log-level", default="INFO", show_default=True, type=_LEVELS,
              help="Log messages from this level on go to stderr, one per line.")
def daemon(app: App, log_level: str) -> int:
    """Crawl every source on its schedule until stopped (SIGTERM or Ctrl-C).

    The schedule is [schedule] cron in the config (default hourly, Asia/Jakarta
    time); a source's own `schedule` overrides it. Each crawl runs in a child
    process with a time limit. One daemon per database: a second one exits 1.

    \b
    Examples:
      pantau daemon
      pantau daemon --config /etc/pantau/pantau.toml --db sqlite:////var/lib/pantau/pantau.db
      pantau daemon --log-level DEBUG 2>> pantau.log
    """
    from scheduler.daemon import Daemon, DaemonRunning
    from scheduler.launcher import CrawlCommand

    setup_logging(log_level)
    app.db  # noqa: B018 - create and migrate the database before the first crawl
    command = CrawlCommand(
        db_url=app.db_url, sources_file=app.sources_file, config_file=app.config_file,
        log_level="WARNING" if log_level.upper() in ("INFO", "WARNING") else log_level.upper(),
    )
    try:
        return Daemon(app.sources, app.config, command).run()
    except DaemonRunning as exc:
        raise click.ClickException(str(exc)) from None


def _status(app: App, runs: int) -> dict[str, Any]:
    from scheduler.daemon import running_daemon
    from scheduler.schedule import next_runs, plan, zone

    tz = app.tz
    info = running_daemon(app.db_url)
    jobs = plan(app.sources, app.config.schedule.cron, zone(app.config.schedule.timezone))
    upcoming = next_runs(jobs, datetime.now(zone(app.config.schedule.timezone)))
    return {
        "daemon": None if info is None else {
            "pid": info.pid, "started_at": info.started_at, "host": info.host},
        "next_runs": [
            {"source": name, "next_run": when.astimezone(tz).isoformat() if when else None}
            for name, when in upcoming.items()
        ],
        "last_runs": [_run_record(run, tz) for run in storage.last_runs(app.db, runs)],
    }


def _run_record(run: Any, tz: Any) -> dict[str, Any]:
    return {
        "id": run.id,
        "trigger": run.trigger,
        "status": run.status,
        "started_at": run.started_at.astimezone(tz).isoformat(),
        "finished_at": run.finished_at.astimezone(tz).isoformat() if run.finished_at else None,
        "sources": [
            {"source": s.source, "status": s.status, "pages": s.pages,
             "articles_seen": s.articles_seen, "stored": s.stored, "errors": s.errors,
             "error": s.error}
            for s in run.source_runs
        ],
    }


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--runs", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of the last runs to show.")
@format_option()
def status(app: App, runs: int, fmt: str) -> None:
    """Is a daemon running on this database? When does each source crawl next?
    What did the last runs do?

    \b
    Examples:
      pantau status
      pantau status --format json
    """
    state = _status(app, runs)
    if fmt != "table":
        output.write([state], fmt if fmt == "json" else "jsonl", [])
        return
    tz = app.tz
    daemon_info = state["daemon"]
    click.echo(
        f"Daemon: running, pid {daemon_info['pid']} on {daemon_info['host']}, since "
        f"{output.when(daemon_info['started_at'], tz)}" if daemon_info
        else "Daemon: not running on this database"
    )
    output.table(state["next_runs"], [
        ("source", "source", lambda r: r["source"]),
        ("next", "next run", lambda r: output.when(r["next_run"], tz, seconds=True)),
    ])
    rows = [dict(s, run=r["id"], trigger=r["trigger"], started_at=r["started_at"])
            for r in state["last_runs"] for s in r["sources"]]
    output.table(rows, [
        ("run", "run", lambda r: r["run"]),
        ("started", "started", lambda r: output.when(r["started_at"], tz)),
        ("trigger", "trigger", lambda r: r["trigger"]),
        ("source", "source", lambda r: r["source"]),
        ("status", "status", lambda r: r["status"]),
        ("stored", "stored", lambda r: r["stored"]),
        ("errors", "errors", lambda r: r["errors"]),
        ("error", "problems", lambda r: r["error"]),
    ], title="Last runs")


COMMANDS = [daemon, status]
