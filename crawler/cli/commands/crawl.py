"""``pantau crawl``: crawl sources now, with live progress and a summary table."""

from __future__ import annotations

import dataclasses
from typing import Any

import click
from rich.console import Console

from crawler.cli import output
from crawler.cli.logs import setup_logging
from crawler.cli.options import (
    EPILOG_COMMON,
    App,
    common_options,
    format_option,
    parse_moment,
    stop_on_signals,
)
from crawler.cli.progress import CrawlProgress
from crawler.config.sources import select

_COLUMNS: list[output.Column] = [
    ("source", "source", lambda r: r["source"]),
    ("status", "status", lambda r: r["status"]),
    ("pages", "pages", lambda r: r["pages"]),
    ("articles", "articles seen", lambda r: r["articles_seen"]),
    ("stored", "new stored", lambda r: r["stored"]),
    ("errors", "errors", lambda r: r["errors"]),
    ("error", "problems", lambda r: r["error"]),
]


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--source", "names", multiple=True, metavar="NAME",
              help="Crawl only this source (repeatable). Default: every enabled source.")
@click.option("--delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Seconds between requests to one domain (overrides [crawl] delay).")
@click.option("--since", metavar="DATE",
              help="Backfill: page back through listings and sitemaps to articles published "
                   "on or after DATE (a date or ISO datetime, Asia/Jakarta time).")
@format_option()
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
@click.option("--trigger", type=click.Choice(["manual", "scheduled"]), default="manual",
              hidden=True, help="Who started the crawl (the daemon passes 'scheduled').")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
              help="Log messages from this level on go to stderr.")
def crawl(app: App, names: tuple[str, ...], delay: float | None, since: str | None, fmt: str,
          quiet: bool, trigger: str, log_level: str) -> int:
    """Crawl the configured sources now and store new on-topic articles.

    Exit status: 0 when every source was crawled, 2 when some failed or were
    cut short (the summary says why), 1 when all failed or on a usage error,
    130 after Ctrl-C (SIGINT) and 143 after SIGTERM; an interrupted crawl leaves
    what it did not reach to the next one.

    \b
    Examples:
      pantau crawl
      pantau crawl --source infopublik --source beritajakarta
      pantau crawl --sources my-sources.toml --db sqlite:///my.db --delay 0
      pantau crawl --format json > summary.json
      pantau crawl --source infopublik --since 2025-01-01   # backfill
    """
    stop_on_signals()
    from spiders.run import run_crawl

    config = app.config
    if delay is not None:
        config = config.replace("crawl", delay=delay)
    start = parse_moment(since, app.tz, end=False) if since else None
    chosen = select(app.sources, names)
    if not chosen:
        raise click.ClickException("no enabled source to crawl")
    setup_logging(log_level)
    app.writable  # noqa: B018 - open, migrate and try the write lock: errors come early
    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    progress = CrawlProgress([s.name for s in chosen], console) if show else None
    if progress:
        with progress:
            result = run_crawl(chosen, config, app.db_url, sources_file=app.sources_file,
                               trigger=trigger, on_progress=progress.update, log_level=log_level,
                               since=start)
    else:
        result = run_crawl(chosen, config, app.db_url, sources_file=app.sources_file,
                           trigger=trigger, log_level=log_level, since=start)
    _summary(result, fmt, app)
    return result.exit_code


_NAMED = 10  # sources named in the closing line; the table above lists every one


def _names(sources: list[str], total: int) -> str:
    """"a, b, c" or, for many, the first few and how many in all ("... and 381 more,
    391 of 391 sources")."""
    if len(sources) <= _NAMED:
        return ", ".join(sources)
    return (f"{', '.join(sources[:_NAMED])} and {len(sources) - _NAMED} more "
            f"({len(sources)} of {total} sources; the table lists each)")


def _summary(result: Any, fmt: str, app: App) -> None:
    records = [
        {k: v for k, v in dataclasses.asdict(c).items() if k != "stats"}
        | {"run_id": result.run_id, "started_at": c.started_at.isoformat(),
           "finished_at": c.finished_at.isoformat()}
        for c in result.sources
    ]
    if fmt != "table":
        output.write(records, fmt, _COLUMNS)
        return
    stored = sum(c.stored for c in result.sources)
    output.table(records, _COLUMNS, title=f"Crawl run {result.run_id}: {result.status}")
    failed = [c.source for c in result.sources if c.status == "failed"]
    note = f"{stored} new on-topic article(s) stored in {app.db_url}."
    if failed:
        note += f" Failed: {_names(failed, len(result.sources))}."
    cut = [c.source for c in result.sources if c.status == "interrupted"]
    if cut:
        note += (f" Interrupted: {_names(cut, len(result.sources))}; the next crawl takes up "
                 "what they did not reach.")
    click.echo(note)


COMMANDS = [crawl]
