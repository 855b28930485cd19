"""``pantau export``, ``pantau stats`` and ``pantau browse``: the collection as files,
figures and a browsable database."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import webbrowser
from pathlib import Path
from typing import Any

import click
import pycountry
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

import storage
from crawler.cli import browse as datasette
from crawler.cli import exports as exporting
from crawler.cli import output
from crawler.cli.options import EPILOG_COMMON, App, common_options, filter_options


@click.command(epilog=EPILOG_COMMON)
@common_options
@filter_options
@click.option("--format", "fmt", type=click.Choice(exporting.FORMATS), default="csv",
              show_default=True, help="csv, jsonl (one JSON object a line) or xlsx (needs -o).")
@click.option("-o", "--output", "path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE, replaced only when the export is complete (default: stdout).")
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
def export(app: App, filters: storage.Filters, fmt: str, path: Path | None, quiet: bool) -> None:
    """Export every stored article that matches, newest first, with the fields of
    search's JSON output; the filters are search's.

    Articles are read and written a chunk at a time, so memory stays flat however
    large the collection. In csv and xlsx, lists are joined with ';' and partners
    written Shanghai/CN.

    \b
    Examples:
      pantau export > articles.csv
      pantau export --format xlsx -o kerja-sama.xlsx --since 2025-01-01
      pantau export "kota kembar" --country KR --format jsonl -o korea.jsonl
    """
    if fmt in exporting.BINARY and path is None:
        raise click.ClickException(f"--format {fmt} writes a file: give it with -o FILE")
    if path is not None and not path.parent.is_dir():
        raise click.ClickException(f"{path}: folder {path.parent} does not exist")
    db = app.stored
    console = Console(stderr=True)
    show = path is not None and not quiet and console.is_terminal
    progress = Progress(TextColumn("exporting"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=True, disable=not show)
    total = storage.count_articles(db, filters) if show else None
    task = progress.add_task("export", total=min(total, filters.limit or total) if total else None)
    tz = app.tz

    def records() -> Any:
        for article in storage.stream_articles(db, filters):
            yield storage.as_record(article, tz)
            progress.advance(task)

    try:
        with progress:
            written = exporting.export(records(), fmt, path, sys.stdout)
    except BrokenPipeError:  # pantau export | head
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise click.exceptions.Exit(1) from None
    except OSError as exc:
        raise click.ClickException(f"{path}: {exc.strerror}") from None
    if path is not None or not written:
        click.echo(f"{written} article{'s' if written != 1 else ''} exported"
                   + (f" to {path}" if path else "") + ".", err=True)


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else "-"


def stats_record(stats: storage.Stats) -> dict[str, Any]:
    return {
        "total": stats.total,
        "months": [{"month": m, "articles": n} for m, n in stats.months],
        "countries": [{"country": c, "name": _country_name(c), "articles": n}
                      for c, n in stats.countries],
        "sources": [{"source": s, "articles": n} for s, n in stats.sources],
    }


_STATS_COLUMNS: dict[str, list[output.Column]] = {
    "months": [("month", "month", lambda r: r["month"]),
               ("articles", "articles", lambda r: r["articles"])],
    "countries": [("country", "country", lambda r: r["country"]),
                  ("name", "name", lambda r: r["name"]),
                  ("articles", "articles", lambda r: r["articles"])],
    "sources": [("source", "source", lambda r: r["source"]),
                ("articles", "articles", lambda r: r["articles"])],
}
_STATS_TITLES = {"months": "Articles per month", "countries": "Articles per partner country",
                 "sources": "Articles per source"}


@click.command(epilog=EPILOG_COMMON)
@common_options
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table for people, json for programs.")
def stats(app: App, filters: storage.Filters, fmt: str) -> None:
    """Count the stored articles that match: per month of publication, per partner
    country and per source (the filters are search's).

    Months are in the display time zone ([display] timezone); an article with
    partners in two countries counts once in each.

    \b
    Examples:
      pantau stats
      pantau stats --since 2025-01-01 --format json
      pantau stats --stage mou
    """
    record = stats_record(storage.article_stats(app.stored, app.tz, filters))
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    for key, columns in _STATS_COLUMNS.items():
        output.table(record[key], columns, title=_STATS_TITLES[key])
    click.echo(f"{record['total']} article{'s' if record['total'] != 1 else ''}.")


@click.command(epilog=EPILOG_COMMON)
@common_options
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; anyone who reaches it "
                   "can read the database).")
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True,
              help="Port to listen on.")
@click.option("--no-open", is_flag=True, help="Do not open a web browser.")
def browse(app: App, host: str, port: int, no_open: bool) -> None:
    """Open the database in Datasette: the articles with full-text search and facets
    on partner country, partner, agreement stage, source and year.

    Datasette is an optional extra: pip install -e ".[browse]". It runs until
    stopped with Ctrl-C; a crawl can write meanwhile.

    \b
    Examples:
      pantau browse
      pantau browse --db /srv/pantau/pantau.db --host 0.0.0.0 --port 8080 --no-open
    """
    db_file = storage.sqlite_path(app.db_url)
    if db_file is None:
        raise click.ClickException(f"{app.db_url}: Datasette needs an SQLite file")
    app.stored  # noqa: B018 (never made here; opening brings its schema and views up to date)
    if not datasette.installed():
        raise click.ClickException(datasette.INSTALL_HINT)
    url = f"http://{host}:{port}/{db_file.stem}/{storage.BROWSE}"
    with tempfile.TemporaryDirectory(prefix="pantau-browse-") as folder:
        metadata_file = Path(folder) / "metadata.json"
        metadata_file.write_text(json.dumps(datasette.metadata(db_file.stem)), encoding="utf-8")
        click.echo(f"Articles on {url} (Ctrl-C stops Datasette)", err=True)
        if not no_open:
            webbrowser.open(url)
        datasette.serve(db_file, metadata_file, host, port)


COMMANDS = [export, stats, browse]
