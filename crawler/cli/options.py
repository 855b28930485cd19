"""What every command shares: the ``App`` (database, sources, config, loaded on first
use), the --db/--sources/--config options, --format, and the article filters of
``pantau search`` as options any reading command can take.

Commands import this module, never the click group (``crawler.cli.main``).
"""

from __future__ import annotations

import functools
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import click

import storage
from crawler.cli import output
from crawler.cli.checks import Loaded, check
from crawler.config.settings import Config
from crawler.config.sources import Source
from crawler.relevance.lexicon import STAGES


class Interrupted(BaseException):
    """SIGINT or SIGTERM before a crawl's own handlers took over (a BaseException, so
    that no ``except Exception`` on the way swallows it); ``main`` exits 128 + signum."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def stop_on_signals() -> None:
    """Turn SIGINT and SIGTERM into ``Interrupted`` until Scrapy installs its own
    handlers (which stop a crawl gracefully): a crawl stopped while it starts exits
    with the signal's status too, and prints no traceback."""
    def interrupt(signum: int, _frame: Any) -> None:
        raise Interrupted(signum)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, interrupt)


# A count or limit: at least 1, and no larger than SQLite's integers.
COUNT = click.IntRange(min=1, max=storage.MAX_INTEGER)

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
    def loaded(self) -> Loaded:
        """Config, sources and lexicon, checked (``crawler.cli.checks``); every command
        asks for it before it starts."""
        return check(self.config_file, self.sources_file)

    @property
    def config(self) -> Config:
        return self.loaded.config

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.loaded.sources

    @functools.cached_property
    def db(self) -> Any:
        """The database, created (and migrated) when it does not exist yet."""
        return storage.open_database(self.db_url)

    @functools.cached_property
    def writable(self) -> Any:
        """The database of a command that writes all along (crawl, daemon): created
        when missing, and refused at once when it cannot be written."""
        storage.check_writable(self.db)
        return self.db

    @functools.cached_property
    def stored(self) -> Any:
        """The database for a command that only reads it: never created (a mistyped
        --db must not answer "nothing found"); an existing older one is migrated."""
        path = storage.sqlite_path(self.db_url)
        if path is not None and not path.exists():
            raise click.ClickException(
                f"no database at {path} (run pantau crawl first, or pass --db)")
        return self.db

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.config.display.timezone)


def common_options(command: Callable[..., Any] | None = None, *,
                   checked: bool = True) -> Any:
    """--db, --sources and --config on a command, turned into an ``App`` argument.

    The config, sources and lexicon are checked before the command runs (one line
    and exit 1 on the first problem); ``checked=False`` leaves that to the command
    (``pantau check``). ``@common_options`` or ``@common_options(checked=False)``.
    """
    if command is None:
        return functools.partial(common_options, checked=checked)

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
        app = App(db_option, sources_file, config_file)
        if checked:
            app.loaded  # noqa: B018 - the same check before every command
        return command(app, **kwargs)

    return wrapper


def format_option(default: str = "table") -> Callable[..., Any]:
    return click.option(
        "--format", "fmt", type=click.Choice(output.FORMATS), default=default, show_default=True,
        help="table for people; json, jsonl or csv for programs.",
    )


def parse_moment(text: str, tz: tzinfo, *, end: bool) -> datetime:
    """A date (its whole day, inclusive) or an ISO datetime; no offset means ``tz``."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        start = datetime.combine(day, time(), tz)
        return start + timedelta(days=1, microseconds=-1) if end else start
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not a date (2025-05-27) or ISO datetime (2025-05-27T19:21)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def country_code(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) != 2 or not value.isascii() or not value.isalpha():
        raise click.BadParameter(f"{value!r} is not a two-letter country code (CN, KR, JP ...)")
    return value.upper()


def filter_options(
    command: Callable[..., Any] | None = None, *,
    limit_help: str = "At most N articles (default: all).",
) -> Any:
    """QUERY, --since, --until, --source, --partner, --country, --stage and --limit,
    passed to the command as one ``storage.Filters`` argument, ``filters``.

    Goes below ``@common_options``: dates without an offset are in the ``App``'s
    display time zone. ``@filter_options`` or ``@filter_options(limit_help=...)``.
    """
    if command is None:
        return functools.partial(filter_options, limit_help=limit_help)

    @click.argument("query", required=False)
    @click.option("--since", metavar="DATE", help="Published on or after (date or ISO datetime).")
    @click.option("--until", metavar="DATE", help="Published on or before (inclusive).")
    @click.option("--source", "sources", multiple=True, metavar="NAME", help="Only this source.")
    @click.option("--partner", metavar="TEXT", help="Partner place name (part) or country code.")
    @click.option("--country", metavar="CC", callback=lambda _c, _p, v: country_code(v),
                  help="Partner country, ISO 3166-1 alpha-2 (CN, KR, JP ...).")
    @click.option("--stage", type=click.Choice(STAGES), help="Agreement stage the article reports.")
    @click.option("--limit", type=COUNT, help=limit_help)
    @functools.wraps(command)
    def wrapper(app: App, *, query: str | None, since: str | None, until: str | None,
                sources: tuple[str, ...], partner: str | None, country: str | None,
                stage: str | None, limit: int | None, **kwargs: Any) -> Any:
        filters = storage.Filters(
            query=query,
            since=parse_moment(since, app.tz, end=False) if since else None,
            until=parse_moment(until, app.tz, end=True) if until else None,
            sources=sources, partner=partner, country=country, stage=stage, limit=limit,
        )
        return command(app, filters=filters, **kwargs)

    return wrapper
