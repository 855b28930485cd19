"""``pantau daemon`` and ``pantau status``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import click

import storage
from crawler.cli import output
from crawler.cli.checks import check, config_path
from crawler.cli.logs import setup_logging
from crawler.cli.options import COUNT, EPILOG_COMMON, App, common_options, format_option
from crawler.config.schedule import plan, zone
from storage.locks import running_daemon

_LEVELS = click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False)


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--log-level", default="INFO", show_default=True, type=_LEVELS,
              help="Log messages from this level on go to stderr, one per line.")
@click.option("--log-file", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Also log to FILE, rotated at 10 MB with 5 old files kept.")
def daemon(app: App, log_level: str, log_file: str | None) -> int:
    """Crawl every source on its schedule until stopped (SIGTERM or Ctrl-C).

    The schedule is [schedule] cron in the config (default hourly, Asia/Jakarta
    time); a source's own `schedule` overrides it. Each crawl runs in a child
    process with a time limit. One daemon per database: a second one exits 1.
    SIGHUP reloads the config and sources files (a broken one is refused).

    \b
    Examples:
      pantau daemon
      pantau daemon --config /etc/pantau/pantau.toml --db sqlite:////var/lib/pantau/pantau.db
      pantau daemon --log-file /var/log/pantau/pantau.log
      kill -HUP "$(pantau status --format json | jq .[0].daemon.pid)"   # reload
    """
    from scheduler.daemon import Daemon, DaemonRunning
    from scheduler.launcher import CrawlCommand

    setup_logging(log_level, log_file)
    app.writable  # noqa: B018 - create, migrate and try it before the first crawl
    config_file = config_path(app.config_file)
    command = CrawlCommand(
        db_url=app.db_url, sources_file=app.sources_file, config_file=config_file,
        log_level="WARNING" if log_level.upper() in ("INFO", "WARNING") else log_level.upper(),
    )

    def reload() -> tuple[Any, Any]:
        loaded = check(config_file, app.sources_file)  # the check every command makes
        return loaded.sources, loaded.config

    try:
        return Daemon(app.sources, app.config, command, reload=reload).run()
    except DaemonRunning as exc:
        raise click.ClickException(str(exc)) from None


def _status(app: App, runs: int) -> dict[str, Any]:
    from scheduler.status import upcoming

    db = app.stored  # before anything beside it is made: a missing database is an error
    tz = app.tz
    schedule = app.config.schedule
    info = running_daemon(app.db_url)
    jobs = plan(app.sources, schedule.cron, zone(schedule.timezone))
    coming = upcoming(jobs, app.config, db, datetime.now(UTC))
    health = {h.source: h for h in storage.source_health(db, [u.source for u in coming])}
    return {
        "daemon": None if info is None else {
            "pid": info.pid, "started_at": info.started_at, "host": info.host},
        "next_runs": [
            {"source": u.source,
             "next_run": u.next_run.astimezone(tz).isoformat() if u.next_run else None,
             "interval_seconds": u.interval.total_seconds(), "empty_crawls": u.empty_crawls,
             "health": _health(health[u.source])}
            for u in coming
        ],
        "last_runs": [_run_record(run, tz) for run in storage.last_runs(db, runs)],
    }


def _health(health: storage.SourceHealth) -> str:
    """ok, failing (N in a row), or new (never crawled)."""
    if health.last_status is None:
        return "new"
    if health.consecutive_failures:
        return f"failing ({health.consecutive_failures} in a row)"
    return "ok"


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
@click.option("--runs", type=COUNT, default=10, show_default=True,
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
        ("interval", "interval", lambda r: str(timedelta(seconds=int(r["interval_seconds"])))),
        ("health", "health", lambda r: r["health"]),
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
