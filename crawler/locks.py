"""Per-source locks held across processes: one crawl of a source at a time;
and whether a process that held one is still alive.

File locks (``filelock``) beside the database; the operating system releases
them when the holding process dies, so a killed crawl leaves no stale lock.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from filelock import FileLock, Timeout

import storage


def lock_dir(db_url: str) -> Path:
    """``pantau.db.locks/`` beside an SQLite file; a temp folder for other databases."""
    path = storage.sqlite_path(db_url)
    if path is not None:
        folder = path.with_name(path.name + ".locks")
    else:
        digest = hashlib.sha1(db_url.encode()).hexdigest()[:12]
        folder = Path(tempfile.gettempdir()) / f"pantau-locks-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def source_lock(db_url: str, source: str) -> FileLock:
    return FileLock(lock_dir(db_url) / f"{source}.lock", thread_local=False)


def try_acquire(lock: FileLock) -> bool:
    """Take the lock if free; ``False`` when another process holds it."""
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False
    return True


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (on this machine)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    return True
