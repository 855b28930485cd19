"""The cache directory: derived data that Pantau builds once and every later process
reads, so that no process holds more than it uses (issue 13).

It holds the place index (``crawler.relevance.cache``) and the language model's
arrays (``crawler.extract.language``). Every file's name carries a fingerprint of
what it was made from, so a changed library or data file is a new name and a stale
file is never read; files are written atomically, so a process that reads one while
another writes it sees the whole file or none. The directory is
``PANTAU_CACHE_DIR`` if set, else the user's cache directory (platformdirs:
``~/.cache/pantau`` on Linux, ``$XDG_CACHE_HOME`` honoured). Deleting it is always
safe: its files are made again on first use.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

logger = logging.getLogger(__name__)


def directory() -> Path:
    named = os.environ.get("PANTAU_CACHE_DIR")
    if named:
        return Path(named)
    import platformdirs

    return Path(platformdirs.user_cache_dir("pantau", appauthor=False))


def fingerprint(libraries: Iterable[str], contents: Iterable[bytes]) -> str:
    """A hash of Python's version, the named libraries' versions and ``contents``."""
    digest = hashlib.blake2b(f"{sys.version_info[:2]}".encode(), digest_size=12)
    for name in libraries:
        try:
            digest.update(f";{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f";{name}=?".encode())
    for content in contents:
        digest.update(hashlib.blake2b(content, digest_size=16).digest())
    return digest.hexdigest()


def write(path: Path, content: bytes, *, replaces: str) -> bool:
    """Write ``path`` atomically, then remove the files ``replaces`` (a glob in the same
    directory: older fingerprints of the same data). False when the directory cannot
    be written (said at debug level: the data is in memory anyway)."""
    return create(path, lambda temporary: temporary.write_bytes(content), replaces=replaces)


def create(path: Path, make: Callable[[Path], object], *, replaces: str) -> bool:
    """As ``write``, for a file that ``make`` creates at the temporary path it is given
    (a database, say)."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as fh:
            temporary = Path(fh.name)
        make(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        logger.debug("not cached in %s: %s", path.parent, exc)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        return False
    for old in path.parent.glob(replaces):
        if old != path:
            old.unlink(missing_ok=True)
    return True
