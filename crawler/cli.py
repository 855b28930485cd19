"""The ``pantau`` command: a thin face that parses, calls and prints.

Expected failures (a bad config, an unknown source, an unreadable database)
end with one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import click

import storage
from crawler import output
from crawler.config import Config, ConfigError, load_config
from crawler.sources import Source, load_sources

EPILOG_COMMON = "The options --db, --sources and --config are accepted by every command."


@dataclass
class App:
    """What every command needs, loaded on first use."""

    db_option: str
    sources_file: str | None
    config_file: str | None

    @property
    def db_url(self) -> str:
        return self.db_option if "://" in self.db_option else f"sqlite:///{self.db_option}"

    @functools.cached_property
    def config(self) -> Config:
        return load_config(self.config_file)

    @functools.cached_property
    def sources(self) -> tuple[Source, ...]:
        return load_sources(self.sources_file)

    @functools.cached_property
    def db(self) -> Any:
        return storage.open_database(self.db_url)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.config.display.timezone)


def common_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --sources and --config on a command, turned into an ``App`` argument."""

    @click.option(
        "--db", "db_option", envvar="PANTAU_DB", default=storage.DEFAULT_URL, show_default=True,
        metavar="URL", help="SQLAlchemy database URL, or a path to an SQLite file [env PANTAU_DB].",
    )
    @click.option(
        "--sources", "sources_file", envvar="PANTAU_SOURCES", metavar="FILE",
        type=click.Path(dir_okay=False),
        help="Sources TOML file (default: the built-in catalog) [env PANTAU_SOURCES].",
    )
    @click.option(
        "--config", "config_file", envvar="PANTAU_CONFIG", metavar="FILE",
        type=click.Path(dir_okay=False),
        help="Config TOML file (default: ./pantau.toml when present) [env PANTAU_CONFIG].",
    )
    @functools.wraps(command)
    def wrapper(db_option: str, sources_file: str | None, config_file: str | None,
                **kwargs: Any) -> Any:
        return command(App(db_option, sources_file, config_file), **kwargs)

    return wrapper


def format_option(default: str = "table") -> Callable[..., Any]:
    return click.option(
        "--format", "fmt", type=click.Choice(output.FORMATS), default=default, show_default=True,
        help="table for people; json, jsonl or csv for programs.",
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="pantau")
def cli() -> None:
    """Pantau watches Indonesian regional-government news for sister-city and
    international-cooperation articles, and keeps them in a database.

    \b
    Examples:
      pantau crawl                      crawl every source into ./pantau.db
      pantau search shanghai --since 2025-01-01
      pantau show 12
      pantau mark 12 --irrelevant       a person's judgement overrides the classifier
      pantau sources
      pantau sources discover https://kotaku.go.id/
      pantau export --format xlsx -o articles.xlsx
      pantau stats
      pantau browse                     open the collection in Datasette
      pantau daemon                     crawl on the [schedule] until stopped
      pantau status
    """


def main() -> None:
    """Entry point: exit 1 with one line for expected errors, usage errors included."""
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = 1
    except click.Abort:
        click.echo("Aborted.", err=True)
        code = 1
    except (ConfigError, storage.DatabaseError) as exc:
        click.echo(f"Error: {exc}", err=True)
        code = 1
    sys.exit(code or 0)


def _register() -> None:
    from crawler.commands import crawl, daemon, feed, query, reading, review, sources, stories

    for module in (crawl, daemon, feed, query, reading, review, sources, stories):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
