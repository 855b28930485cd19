"""Locks held across processes, keyed by the database: one crawl of a source at a
time, one daemon per database; and whether a process that held one is still alive.

File locks (``filelock``) in ``pantau.db.locks/`` beside an SQLite file; the
operating system releases them when the holding process dies, so a killed crawl
or daemon leaves no stale lock. The daemon also writes who it is
(``daemon.json``) beside its lock, for ``pantau status``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from storage.engine import sqlite_path


def lock_dir(db_url: str) -> Path:
    """``pantau.db.locks/`` beside an SQLite file; a temp folder for other databases."""
    path = sqlite_path(db_url)
    if path is not None:
        folder = path.with_name(path.name + ".locks")
    else:
        digest = hashlib.sha1(db_url.encode()).hexdigest()[:12]
        folder = Path(tempfile.gettempdir()) / f"pantau-locks-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def source_lock(db_url: str, source: str) -> FileLock:
    return FileLock(lock_dir(db_url) / f"{source}.lock", thread_local=False)


def daemon_lock(db_url: str) -> FileLock:
    return FileLock(lock_dir(db_url) / "daemon.lock", thread_local=False)


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


@dataclass(frozen=True)
class DaemonInfo:
    pid: int
    started_at: str
    host: str


def _info_path(db_url: str) -> Path:
    return lock_dir(db_url) / "daemon.json"


def announce_daemon(db_url: str, info: DaemonInfo) -> None:
    """Say who holds the daemon lock (call with the lock held)."""
    _info_path(db_url).write_text(json.dumps(info.__dict__), encoding="utf-8")


def withdraw_daemon(db_url: str) -> None:
    _info_path(db_url).unlink(missing_ok=True)


def running_daemon(db_url: str) -> DaemonInfo | None:
    """The daemon running on this database, if any (the lock says; the file tells who)."""
    probe = daemon_lock(db_url)
    if try_acquire(probe):
        probe.release()
        return None
    try:
        return DaemonInfo(**json.loads(_info_path(db_url).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return DaemonInfo(pid=0, started_at="unknown", host="unknown")
