"""Sources are data: ``[[source]]`` tables in a TOML file, loaded into frozen values.

Each entry validates itself when built; a bad entry fails at load with one line
naming the file, the source and the key. This module imports no other part of
Pantau but the config errors and ``crawler.urls``.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from crawler.config.settings import ConfigError, read_toml
from crawler.urls import host

BUILTIN = "built-in catalog"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Source:
    """One site to watch, and the routes by which its articles are discovered."""

    name: str
    url: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    article_pattern: str | None = None
    region: str | None = None
    language: str | None = None
    schedule: str | None = None
    enabled: bool = True

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ValueError("name: use lowercase letters, digits, '.', '_' or '-'")
        for key in ("url", "feeds", "sitemaps", "listings"):
            value = getattr(self, key)
            for url in (value,) if isinstance(value, str) else value:
                _check_url(key, url)
        for template in self.listings:
            if "{page}" not in template:
                raise ValueError(f"listings: {template!r} has no {{page}} placeholder")
        if self.article_pattern is not None:
            try:
                re.compile(self.article_pattern)
            except re.error as exc:
                raise ValueError(f"article_pattern: not a valid regex ({exc})") from None
        if self.schedule is not None and len(self.schedule.split()) not in (5, 6):
            raise ValueError("schedule: expected a cron expression of 5 (or 6) fields")

    @property
    def host(self) -> str:
        return host(self.url)

    @property
    def article_regex(self) -> re.Pattern[str] | None:
        return re.compile(self.article_pattern) if self.article_pattern else None


def _check_url(key: str, url: Any) -> None:
    if not isinstance(url, str):
        raise ValueError(f"{key}: expected a URL string, got {url!r}")
    parts = urlsplit(url.replace("{page}", "1"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{key}: not an http(s) URL: {url!r}")


_TYPES = {f.name: f.type for f in fields(Source)}
_LISTS = {"feeds", "sitemaps", "listings"}


def _build(entry: dict[str, Any]) -> Source:
    unknown = set(entry) - set(_TYPES)
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r}")
    for key in ("name", "url"):
        if key not in entry:
            raise ValueError(f"missing key {key!r}")
    values = dict(entry)
    for key in _LISTS & set(values):
        if isinstance(values[key], str):
            values[key] = [values[key]]
        if not isinstance(values[key], list):
            raise ValueError(f"{key}: expected a list of URLs")
        values[key] = tuple(values[key])
    if not isinstance(values.get("enabled", True), bool):
        raise ValueError("enabled: expected true or false")
    for key in ("name", "article_pattern", "region", "language", "schedule"):
        if key in values and not isinstance(values[key], str):
            raise ValueError(f"{key}: expected a string")
    return Source(**values)


def parse_sources(data: dict[str, Any], origin: str) -> tuple[Source, ...]:
    """Sources from parsed TOML; names must be unique. A ConfigError lists every
    bad entry, one line each."""
    extra = set(data) - {"source"}
    problems = [f"{origin}: unknown table {name!r}; use [[source]]" for name in sorted(extra)]
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise ConfigError(*problems, f"{origin}: 'source' must be [[source]] tables, "
                          f"got {entries!r}", partial=())
    sources: list[Source] = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            problems.append(f"{origin}: source #{index}: expected a [[source]] table, "
                            f"got {entry!r}")
            continue
        name = entry.get("name")
        label = name if isinstance(name, str) and name else f"#{index}"
        try:
            source = _build(entry)
        except (TypeError, ValueError) as exc:
            problems.append(f"{origin}: source {label!r}: {exc}")
            continue
        if any(s.name == source.name for s in sources):
            problems.append(f"{origin}: source {label!r}: name: used twice")
            continue
        sources.append(source)
    if not sources and not problems:
        problems.append(f"{origin}: no [[source]] entries")
    if problems:
        raise ConfigError(*problems, partial=tuple(sources))
    return tuple(sources)


def load_sources(path: str | os.PathLike[str] | None = None) -> tuple[Source, ...]:
    """Load a sources file; ``None`` means the built-in catalog."""
    if path is None:
        text = resources.files("crawler.config").joinpath("data", "sources.toml").read_text(
            "utf-8")
        return parse_sources(tomllib.loads(text), BUILTIN)
    return parse_sources(read_toml(path, "sources"), str(path))


def select(sources: tuple[Source, ...], names: tuple[str, ...] = ()) -> tuple[Source, ...]:
    """The named sources (all enabled ones when no name is given)."""
    if not names:
        return tuple(s for s in sources if s.enabled)
    by_name = {s.name: s for s in sources}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ConfigError(
            f"unknown source {missing[0]!r} (known: {', '.join(sorted(by_name))})"
        )
    return tuple(by_name[n] for n in dict.fromkeys(names))
