"""Settings that are not about one source, loaded from a TOML file.

Each concern is one frozen dataclass (one TOML table); each field carries its
default and help text in its metadata, so the list of settings, the README and
the validation all come from one place (see ``SETTINGS``). A user's file
overrides only the keys it sets. This module imports no other part of Pantau.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG_FILE = "pantau.toml"


class ConfigError(ValueError):
    """A config or sources file that cannot be used; the message names the file and key."""


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class CrawlConfig:
    delay: float = _setting(1.0, "Seconds between requests to one domain (politeness).")
    concurrency_per_domain: int = _setting(2, "Parallel requests to one domain.")
    concurrency: int = _setting(16, "Parallel requests in total, over all sources.")
    autothrottle: bool = _setting(True, "Adapt the delay to each server's response times.")
    timeout: float = _setting(20.0, "Seconds before a download is given up (Scrapy's is 180).")
    dns_timeout: float = _setting(10.0, "Seconds before a DNS lookup is given up.")
    retries: int = _setting(1, "Retries of a timed-out or 5xx request within one run.")
    max_listing_pages: int = _setting(5, "Listing pages followed per listing route and run.")
    max_sitemaps: int = _setting(20, "Child sitemaps followed from one sitemap index.")
    max_articles: int = _setting(300, "Article pages fetched per source and run.")
    max_page_bytes: int = _setting(10_000_000, "Largest response body downloaded, in bytes.")
    give_up_after: int = _setting(
        3, "Client errors (4xx) on one URL before it is no longer requested."
    )
    obey_robots: bool = _setting(True, "Obey robots.txt.")
    user_agent: str = _setting(
        "Pantau/0.1 (+https://github.com/pantau-id/pantau; sister-city news monitor)",
        "User-Agent header; name yourself and a contact URL.",
    )
    extract_workers: int = _setting(
        2, "Processes that extract article text (0: in a thread of the crawl process)."
    )


@dataclass(frozen=True)
class RelevanceConfig:
    threshold: float = _setting(0.5, "Score in [0, 1] from which an article is kept.")
    lexicon: str = _setting(
        "", "Extra lexicon TOML file whose entries are added to the built-in lexicon."
    )
    keep_off_topic_days: int = _setting(
        30, "Days an off-topic article's body is kept, so `pantau reclassify` or `pantau mark` "
        "can still promote it; then only url, title, score and date remain (0: not kept)."
    )


@dataclass(frozen=True)
class StoriesConfig:
    join_at: float = _setting(
        0.75, "Resemblance in [0, 1] from which a new article joins the story of an earlier "
        "one: the estimated share of the shorter body's 5-word shingles found in the other."
    )


@dataclass(frozen=True)
class ScheduleConfig:
    cron: str = _setting(
        "0 * * * *", "When the daemon crawls: 5-field cron, or 6 with a leading seconds field."
    )
    timezone: str = _setting("Asia/Jakarta", "Time zone of the cron expressions.")
    misfire_grace: float = _setting(
        600.0, "Seconds a run missed (daemon busy or down) may still start late; missed "
        "runs are coalesced into one."
    )
    max_concurrent_crawls: int = _setting(2, "Crawl processes the daemon runs at once.")
    crawl_timeout: float = _setting(
        3000.0, "Seconds before a crawl process is stopped (its whole process group)."
    )
    stop_grace: float = _setting(
        30.0, "Seconds a crawl may take to finish cleanly when the daemon is told to stop."
    )


@dataclass(frozen=True)
class DisplayConfig:
    timezone: str = _setting(
        "Asia/Jakarta", "Time zone for dates shown and for --since/--until without an offset."
    )


@dataclass(frozen=True)
class Config:
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    relevance: RelevanceConfig = field(default_factory=RelevanceConfig)
    stories: StoriesConfig = field(default_factory=StoriesConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)

    def replace(self, section: str, **changes: Any) -> Config:
        """A copy with some keys of one section changed (e.g. ``--delay`` on the CLI)."""
        return dataclasses.replace(
            self, **{section: dataclasses.replace(getattr(self, section), **changes)}
        )


@dataclass(frozen=True)
class Setting:
    section: str
    name: str
    default: Any
    help: str


def _sections() -> dict[str, type]:
    return {f.name: f.default_factory for f in dataclasses.fields(Config)}  # type: ignore[misc]


SETTINGS: tuple[Setting, ...] = tuple(
    Setting(section, f.name, f.default, f.metadata["help"])
    for section, cls in _sections().items()
    for f in dataclasses.fields(cls)
)


def _coerce(where: str, value: Any, default: Any) -> Any:
    kind = type(default)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: expected {kind.__name__}, got {value!r}")
    if kind in (int, float) and value < 0:
        raise ConfigError(f"{where}: must not be negative, got {value!r}")
    return value


def parse_config(data: dict[str, Any], origin: str = "config") -> Config:
    """Build a Config from parsed TOML, rejecting unknown tables and keys."""
    sections = _sections()
    built = {}
    for table, values in data.items():
        if table not in sections:
            raise ConfigError(f"{origin}: unknown table [{table}] (known: {', '.join(sections)})")
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{table}] must be a table")
        defaults = {f.name: f.default for f in dataclasses.fields(sections[table])}
        for key, value in values.items():
            if key not in defaults:
                raise ConfigError(f"{origin}: [{table}] unknown key {key!r}")
            values[key] = _coerce(f"{origin}: [{table}] {key}", value, defaults[key])
        built[table] = sections[table](**values)
    return Config(**built)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load a config file; ``None`` means ``./pantau.toml`` when present, else defaults."""
    if path is None:
        if not Path(DEFAULT_CONFIG_FILE).is_file():
            return Config()
        path = DEFAULT_CONFIG_FILE
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, origin=str(path))
