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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_CONFIG_FILE = "pantau.toml"


class ConfigError(ValueError):
    """Config or sources that cannot be used: every problem found, one line each, each
    naming the file and key. ``str()`` is one line: the first problem, and how many
    more there are (``pantau check`` lists them all)."""

    def __init__(self, *problems: str, partial: Any = None) -> None:
        if not problems:
            raise TypeError("ConfigError needs at least one problem")
        self.problems: tuple[str, ...] = problems
        self.partial = partial  # what could be built from the parts without problems
        more = len(problems) - 1
        super().__init__(problems[0] + (
            f" (and {more} more problem{'s' if more > 1 else ''}: pantau check lists them)"
            if more else ""))


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


def _within(obj: Any, name: str, low: float, high: float) -> None:
    value = getattr(obj, name)
    if not low <= value <= high:
        raise ValueError(f"{name}: must be between {low:g} and {high:g}, got {value!r}")


def _at_least(obj: Any, name: str, low: float) -> None:
    value = getattr(obj, name)
    if value < low:
        raise ValueError(f"{name}: must be at least {low:g}, got {value!r}")


def _time_zone(obj: Any, name: str) -> None:
    value = getattr(obj, name)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name}: unknown time zone {value!r} (an IANA name such as "
                         "'Asia/Jakarta', 'Asia/Makassar' or 'UTC')") from None


@dataclass(frozen=True)
class CrawlConfig:
    delay: float = _setting(1.0, "Seconds between requests to one domain (politeness).")
    concurrency_per_domain: int = _setting(2, "Parallel requests to one domain.")
    concurrency: int = _setting(
        16, "Parallel requests per source (each source has a Scrapy crawler of its own; "
        "pages_in_flight bounds article pages over all of them)."
    )
    autothrottle: bool = _setting(True, "Adapt the delay to each server's response times.")
    timeout: float = _setting(20.0, "Seconds before a download is given up (Scrapy's is 180).")
    dns_timeout: float = _setting(10.0, "Seconds before a DNS lookup is given up.")
    retries: int = _setting(1, "Retries of a timed-out or 5xx request within one run.")
    max_listing_pages: int = _setting(
        5, "Listing pages followed per listing route and run; pagination also stops at "
        "the first page that shows no unknown article.")
    max_requests: int = _setting(
        2000, "Requests per source and run, of every kind: bounds calendar and filter traps.")
    max_crawl_delay: float = _setting(
        30.0, "Longest robots.txt Crawl-delay obeyed, in seconds (a longer one is capped).")
    max_retry_after: float = _setting(
        120.0, "Longest Retry-After (429/503) obeyed, in seconds: the host is slowed to it.")
    max_backfill_pages: int = _setting(
        100, "Listing pages (and child sitemaps) followed per route by `pantau crawl --since`.")
    rediscover_days: float = _setting(
        7.0, "Days after which the routes found for a home-page-only source are looked for anew.")
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
    pages_in_flight: int = _setting(
        48, "Article pages downloading or waiting for extraction at once, over all the "
        "sources of a crawl (each holds its page, 100-300 KB, in memory)."
    )
    extract_timeout: float = _setting(
        30.0, "Seconds one page may take to extract before its worker is stopped and the page "
        "is given up for this run (not enforced with extract_workers = 0)."
    )
    sources_at_once: int = _setting(
        64, "Sources a crawl process crawls at once, each with a Scrapy crawler of its own; "
        "as one finishes the next starts. Each costs about 0.3 MB; fewer make a round slower."
    )

    def __post_init__(self) -> None:
        for name in ("concurrency_per_domain", "concurrency", "max_requests", "max_articles",
                     "max_page_bytes", "give_up_after", "pages_in_flight", "sources_at_once"):
            _at_least(self, name, 1)
        for name in ("timeout", "dns_timeout", "extract_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name}: must be more than 0, got {getattr(self, name)!r}")


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

    def __post_init__(self) -> None:
        _within(self, "threshold", 0, 1)


@dataclass(frozen=True)
class StoriesConfig:
    join_at: float = _setting(
        0.75, "Resemblance in [0, 1] from which a new article joins the story of an earlier "
        "one: the estimated share of the shorter body's 5-word shingles found in the other."
    )

    def __post_init__(self) -> None:
        _within(self, "join_at", 0, 1)


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
    jitter: float = _setting(
        120.0, "Up to this many seconds of random delay on each scheduled crawl, so that "
        "schedules do not all fire in the same second (0: none)."
    )
    adaptive: bool = _setting(
        True, "Visit a source less often while it shows nothing new: each empty crawl doubles "
        "its interval, up to max_interval; anything new restores its schedule."
    )
    max_interval: float = _setting(
        86400.0, "Longest interval, in seconds, that adaptive polling stretches a source to."
    )

    def __post_init__(self) -> None:
        _time_zone(self, "timezone")
        _at_least(self, "max_concurrent_crawls", 1)
        if self.crawl_timeout <= 0:
            raise ValueError(f"crawl_timeout: must be more than 0, got {self.crawl_timeout!r}")


@dataclass(frozen=True)
class DisplayConfig:
    timezone: str = _setting(
        "Asia/Jakarta", "Time zone for dates shown and for --since/--until without an offset."
    )

    def __post_init__(self) -> None:
        _time_zone(self, "timezone")


@dataclass(frozen=True)
class AlertsConfig:
    webhook_url: str = _setting(
        "", "URL that gets a JSON POST per run with the new articles, and one per "
        "source-health notice (empty: no webhook)."
    )
    webhook_timeout: float = _setting(5.0, "Seconds before a webhook request is given up.")
    webhook_retries: int = _setting(
        3, "Retries of a failed webhook POST, 1, 2, 4 ... s apart; what still fails waits "
        "in the outbox for the next run."
    )
    smtp_host: str = _setting("", "SMTP server for the email digest (empty: no email).")
    smtp_port: int = _setting(587, "SMTP server port.")
    smtp_user: str = _setting("", "SMTP login (empty: no login).")
    smtp_password: str = _setting("", "SMTP password; better kept out of the file with "
                                  "`smtp_password_env`.")
    smtp_password_env: str = _setting(
        "", "Name of an environment variable that holds the SMTP password."
    )
    smtp_starttls: bool = _setting(True, "Switch the SMTP connection to TLS with STARTTLS.")
    smtp_timeout: float = _setting(10.0, "Seconds before an SMTP connection is given up.")
    email_from: str = _setting("", "Sender address of the digest (needed with `smtp_host`).")
    email_to: tuple[str, ...] = _setting(
        (), "Recipient addresses of the digest, a list (needed with `smtp_host`)."
    )
    digest: str = _setting(
        "run", "`run`: one email per crawl run that found something; `day`: one a day with "
        "the previous day's articles (health notices are sent at once)."
    )
    feed_file: str = _setting(
        "", "Atom feed file rewritten after each run (empty: none); `pantau feed` prints "
        "the feed either way."
    )
    feed_entries: int = _setting(50, "Newest announcements the Atom feed holds.")
    failures_before_alert: int = _setting(
        3, "Failed runs in a row after which a source-health alert is raised (0: never)."
    )
    quiet_intervals: float = _setting(
        3.0, "A source with no successful fetch, or no new URL of any topic, for this many "
        "times its current interval raises a source-health alert (0: never)."
    )

    def __post_init__(self) -> None:
        _within(self, "smtp_port", 1, 65535)
        if self.digest not in ("run", "day"):
            raise ValueError(f"digest: expected 'run' or 'day', got {self.digest!r}")
        if self.smtp_host and not self.email_to:
            raise ValueError("email_to: needed when smtp_host is set")
        if self.smtp_host and not self.email_from:
            raise ValueError("email_from: needed when smtp_host is set")
        if self.webhook_url and not self.webhook_url.startswith(("http://", "https://")):
            raise ValueError(f"webhook_url: expected an http(s) URL, got {self.webhook_url!r}")


@dataclass(frozen=True)
class Config:
    crawl: CrawlConfig = field(default_factory=CrawlConfig)
    relevance: RelevanceConfig = field(default_factory=RelevanceConfig)
    stories: StoriesConfig = field(default_factory=StoriesConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)

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


def _coerce(value: Any, default: Any) -> Any:
    """``value`` as the type of ``default``; a ValueError says what was expected."""
    kind = type(default)
    if kind is tuple:  # a list of strings
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"expected a list of strings, got {value!r}")
        return tuple(value)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"expected {kind.__name__}, got {value!r}")
    if kind in (int, float) and value < 0:
        raise ValueError(f"must not be negative, got {value!r}")
    return value


def parse_config(data: dict[str, Any], origin: str = "config") -> Config:
    """Build a Config from parsed TOML, rejecting unknown tables and keys and values
    out of range; a ConfigError lists every problem found."""
    sections = _sections()
    problems: list[str] = []
    built = {}
    for table, values in data.items():
        if table not in sections:
            problems.append(f"{origin}: unknown table [{table}] (known: {', '.join(sections)})")
            continue
        if not isinstance(values, dict):
            problems.append(f"{origin}: [{table}] must be a table")
            continue
        cls = sections[table]
        defaults = {f.name: f.default for f in dataclasses.fields(cls)}
        good: dict[str, Any] = {}
        for key, value in values.items():
            if key not in defaults:
                problems.append(f"{origin}: [{table}] unknown key {key!r}")
                continue
            try:
                good[key] = _coerce(value, defaults[key])
            except ValueError as exc:
                problems.append(f"{origin}: [{table}] {key}: {exc}")
                continue
            try:
                cls(**{key: good[key]})  # its range, checked by the value object alone
            except ValueError as exc:
                if str(exc).startswith(f"{key}:"):  # not a rule between keys: below
                    del good[key]
                    problems.append(f"{origin}: [{table}] {exc}")
        try:
            built[table] = cls(**good)  # the good keys only, when a table has bad ones
        except ValueError as exc:  # keys that must agree (smtp_host needs email_to)
            if len(good) == len(values):
                problems.append(f"{origin}: [{table}] {exc}")
    if problems:
        raise ConfigError(*problems, partial=Config(**built))
    return Config(**built)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load a config file; ``None`` means ``./pantau.toml`` when present, else defaults."""
    if path is None:
        if not Path(DEFAULT_CONFIG_FILE).is_file():
            return Config()
        path = DEFAULT_CONFIG_FILE
    return parse_config(read_toml(path, "config"), origin=str(path))


def read_toml(path: str | os.PathLike[str], kind: str) -> dict[str, Any]:
    """A TOML file's tables; a ConfigError (one line) when it is missing, unreadable,
    not UTF-8 or not TOML. ``kind`` names the file in the message ("config")."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: {kind} file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, not a {kind} file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {kind} file ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.object[exc.start:exc.start + 1]!r}"
                          f" at offset {exc.start}); save the {kind} file as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
