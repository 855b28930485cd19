"""Sources are data: ``[[source]]`` tables in a TOML file, loaded into frozen values.

Each entry validates itself when built; a bad entry fails at load with one line
naming the file, the source and the key. A source names its region by Kemendagri
code (``region_code``, from the one region table of ``crawler.config.regions``);
``kind`` marks a region's government's own site, one per region, and ``[[missing]]``
tables name the regions a file has no site for, with the reason. This module imports
no other part of Pantau but the config and ``crawler.urls``.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from crawler.config import regions
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
    region: str | None = None  # a label; the region is ``region_code``
    region_code: str | None = None  # Kemendagri code (crawler.config.regions)
    kind: str | None = None  # province | regency | city: the region's government's own site
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
        self._link_region()

    def _link_region(self) -> None:
        """Fill in the code from a region's name ("DKI Jakarta": "31") or the name from
        its code; check that ``kind`` is the kind of the coded region."""
        if self.region_code is None and self.region is not None:
            found = regions.find(self.region)
            object.__setattr__(self, "region_code", found.code if found else None)
        region = None if self.region_code is None else regions.regions().get(self.region_code)
        if self.region_code is not None and region is None:
            raise ValueError(f"region_code: {self.region_code!r} is not a Kemendagri code "
                             "of the region table")
        if region is not None and self.region is None:
            object.__setattr__(self, "region", region.name)
        if self.kind is None:
            return
        if self.kind not in regions.KINDS:
            raise ValueError(f"kind: expected one of {', '.join(regions.KINDS)}")
        if region is None:
            raise ValueError("kind: needs the region_code of the region it governs")
        if region.kind != self.kind:
            raise ValueError(f"kind: {region.code} ({region.name}) is a {region.kind}, "
                             f"not a {self.kind}")

    @property
    def portal_of(self) -> str | None:
        """The code of the region whose government's own site this is (``kind`` set)."""
        return self.region_code if self.kind is not None else None

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
    for key in ("name", "article_pattern", "region", "region_code", "kind", "language",
                "schedule"):
        if key in values and not isinstance(values[key], str):
            raise ValueError(f"{key}: expected a string")
    return Source(**values)


@dataclass(frozen=True)
class Missing:
    """A region whose government's site the catalog does not know, and why: a gap in
    the coverage that ``pantau sources --missing`` lists."""

    region_code: str
    reason: str

    def __post_init__(self) -> None:
        if not isinstance(self.region_code, str) or self.region_code not in regions.regions():
            raise ValueError(f"region_code: {self.region_code!r} is not a Kemendagri code "
                             "of the region table")
        if not isinstance(self.reason, str) or not self.reason.strip():
            raise ValueError("reason: say why the region has no source")

    @property
    def region(self) -> regions.Region:
        return regions.regions()[self.region_code]


@dataclass(frozen=True)
class Catalog:
    """The sources of a file, and the regions it lists as missing (with the reason)."""

    sources: tuple[Source, ...]
    missing: tuple[Missing, ...] = ()

    def gaps(self, origin: str = BUILTIN) -> tuple[Missing, ...]:
        """Every region whose government's own site is not among the sources, in the
        region table's order: with its listed reason, or "not in <origin>"."""
        covered = {s.portal_of for s in self.sources}
        listed = {m.region_code: m for m in self.missing}
        return tuple(
            listed.get(code) or Missing(code, f"not in {origin}")
            for code in regions.regions() if code not in covered
        )


def _build_missing(entry: dict[str, Any]) -> Missing:
    unknown = set(entry) - {"region_code", "reason"}
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r}")
    for key in ("region_code", "reason"):
        if key not in entry:
            raise ValueError(f"missing key {key!r}")
    return Missing(entry["region_code"], entry["reason"])


def _tables(data: dict[str, Any], key: str, origin: str, problems: list[str]) -> list[Any]:
    entries = data.get(key, [])
    if isinstance(entries, list):
        return entries
    problems.append(f"{origin}: {key!r} must be [[{key}]] tables, got {entries!r}")
    return []


def parse_catalog(data: dict[str, Any], origin: str) -> Catalog:
    """Sources and missing regions from parsed TOML. Names are unique, and so is each
    region's government site: a region is a source's ``kind``, or ``[[missing]]``, once.
    A ConfigError lists every bad entry, one line each."""
    extra = set(data) - {"source", "missing"}
    problems = [f"{origin}: unknown table {name!r}; use [[source]] or [[missing]]"
                for name in sorted(extra)]
    sources: list[Source] = []
    portals: dict[str, str] = {}  # region code -> the source that is its government's site
    for index, entry in enumerate(_tables(data, "source", origin, problems), start=1):
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
        code = source.portal_of
        if code is not None and code in portals:
            problems.append(f"{origin}: source {label!r}: kind: {code} already has its "
                            f"government's site, source {portals[code]!r}")
            continue
        if code is not None:
            portals[code] = source.name
        sources.append(source)
    missing: dict[str, Missing] = {}
    for index, entry in enumerate(_tables(data, "missing", origin, problems), start=1):
        code = entry.get("region_code") if isinstance(entry, dict) else None
        label = f"missing {code!r}" if isinstance(code, str) else f"missing #{index}"
        try:
            if not isinstance(entry, dict):
                raise ValueError(f"expected a [[missing]] table, got {entry!r}")
            gap = _build_missing(entry)
        except (TypeError, ValueError) as exc:
            problems.append(f"{origin}: {label}: {exc}")
            continue
        if gap.region_code in missing:
            problems.append(f"{origin}: {label}: listed twice")
        elif gap.region_code in portals:
            problems.append(f"{origin}: {label}: it has a source, "
                            f"{portals[gap.region_code]!r}")
        else:
            missing[gap.region_code] = gap
    if not sources and not problems:
        problems.append(f"{origin}: no [[source]] entries")
    if problems:
        raise ConfigError(*problems, partial=tuple(sources))
    return Catalog(tuple(sources), tuple(missing.values()))


def parse_sources(data: dict[str, Any], origin: str) -> tuple[Source, ...]:
    """Sources from parsed TOML (see ``parse_catalog``)."""
    return parse_catalog(data, origin).sources


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Load a sources file with its missing regions; ``None`` means the built-in catalog."""
    if path is None:
        return _builtin()
    return parse_catalog(read_toml(path, "sources"), str(path))


@cache
def _builtin() -> Catalog:
    text = resources.files("crawler.config").joinpath("data", "sources.toml").read_text("utf-8")
    return parse_catalog(tomllib.loads(text), BUILTIN)


def load_sources(path: str | os.PathLike[str] | None = None) -> tuple[Source, ...]:
    """Load a sources file; ``None`` means the built-in catalog."""
    return load_catalog(path).sources


def select(sources: tuple[Source, ...], names: tuple[str, ...] = ()) -> tuple[Source, ...]:
    """The named sources (all enabled ones when no name is given)."""
    if not names:
        return tuple(s for s in sources if s.enabled)
    by_name = {s.name: s for s in sources}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        close = difflib.get_close_matches(unknown[0], by_name, n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "see: pantau sources"
        raise ConfigError(f"unknown source {unknown[0]!r} ({hint})")
    return tuple(by_name[n] for n in dict.fromkeys(names))
