"""Opening a database: the engine, SQLite's pragmas, write transactions, migrations.

SQLite runs in WAL mode with a busy timeout so that the daemon writes while
people query. Writers open ``BEGIN IMMEDIATE`` transactions (see ``writing``): a
deferred transaction that later wants to write can fail at once with
"database is locked" instead of waiting its turn.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session

DEFAULT_URL = "sqlite:///pantau.db"
BUSY_TIMEOUT_MS = 30_000
MAX_INTEGER = 2**63 - 1  # SQLite's largest integer: ids, counts and LIMITs
_WRITE = "pantau_write"
_engines: dict[str, Engine] = {}
_lock = threading.Lock()


class DatabaseError(RuntimeError):
    """A database that cannot be opened or used; the message says why."""


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL (``None`` for other backends or in-memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_events(engine: Engine, busy_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_database(url: str = DEFAULT_URL, *, migrate: bool = True) -> Engine:
    """An engine for ``url`` (one per URL and process), its schema brought up to date.

    Everything that stops a database from being opened is a DatabaseError with one
    line saying why: a bad URL, a driver that is not installed, a folder, a file
    that is not SQLite, a database from a newer Pantau, a read-only file or folder.
    """
    with _lock:
        if url in _engines:
            return _engines[url]
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise DatabaseError(f"not a database URL: {url!r}") from None
        if parsed.get_backend_name() != "sqlite":
            raise DatabaseError(f"{url}: only SQLite databases are supported for now")
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise DatabaseError(f"{url}: folder {path.parent} does not exist")
        if path is not None and path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file (pass --db "
                                f"{path / 'pantau.db'} for a database in it)")
        try:
            engine = create_engine(url, connect_args={"timeout": _busy_seconds(parsed)})
        except (ImportError, NoSuchModuleError) as exc:
            raise DatabaseError(f"{url}: no driver for {parsed.drivername} is installed "
                                f"({exc})") from None
        _sqlite_events(engine, int(_busy_seconds(parsed) * 1000))
        if migrate:
            try:
                upgrade(engine)
            except DBAPIError as exc:
                engine.dispose()
                raise DatabaseError(explain(exc, url) or f"{url}: {exc.orig}") from None
        _engines[url] = engine
        return engine


def _busy_seconds(parsed: Any) -> float:
    """How long a writer waits for the write lock: ``?timeout=SECONDS`` in the URL,
    else ``BUSY_TIMEOUT_MS``; the URL's query is SQLite's own (pysqlite reads it)."""
    value = parsed.query.get("timeout")
    try:
        return float(value) if value is not None else BUSY_TIMEOUT_MS / 1000
    except ValueError:
        raise DatabaseError(f"timeout={value!r} in the database URL is not a number of "
                            "seconds") from None


# SQLite's primary result codes (https://sqlite.org/rescode.html) and what each means
# for a person who ran a command.
_BUSY, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 8, 10, 11, 13, 14, 26


def explain(exc: BaseException, url: str | None = None) -> str | None:
    """One line for an SQLite failure a person can act on (locked past the busy
    timeout, read-only, disk full, not a database, damaged, cannot open), naming the
    database; None for anything else (a bug, which keeps its traceback)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlite3.Error) or code is None:
        return None
    if url is None and len(_engines) == 1:
        url = next(iter(_engines))
    path = sqlite_path(url) if url else None
    name = str(path) if path is not None else (url or "the database")
    primary = code & 0xFF
    if primary == _BUSY:
        return (f"{name} is locked: another process (a crawl, the daemon) held its write "
                "lock longer than the busy timeout; try again, or raise it with "
                "--db 'sqlite:///FILE?timeout=SECONDS'")
    if primary == _READONLY:
        return (f"cannot write to {name}: the file or its folder is read-only (SQLite also "
                f"writes {path.name if path else 'its'}-wal and -shm files beside it)")
    if primary == _FULL:
        return f"the disk is full: cannot write to {name} (free some space and run again)"
    if primary == _NOTADB:
        return f"{name} is not an SQLite database (pass --db a Pantau database)"
    if primary == _CORRUPT:
        return f"{name} is damaged ({orig}); restore it from a backup"
    if primary == _CANTOPEN:
        folder = path.parent if path is not None else None
        if folder is not None and not os.access(folder, os.W_OK):
            return (f"cannot open {name}: its folder {folder} is not writable (SQLite "
                    "writes -wal and -shm files beside the database)")
        return f"cannot open {name} ({orig})"
    if primary == _IOERR:
        return f"I/O error on {name} ({orig})"
    return None


def check_writable(engine: Engine) -> None:
    """Take the write lock once and let go (``BEGIN IMMEDIATE``; ``COMMIT``): a command
    that will write learns now, in one line, that it cannot (a read-only file, a lock
    held past the busy timeout, a full disk) instead of failing half way."""
    try:
        with engine.execution_options(**{_WRITE: True}).begin():
            pass
    except DBAPIError as exc:
        raise DatabaseError(explain(exc, str(engine.url)) or f"{engine.url}: {exc.orig}") \
            from None


def forget_engines() -> None:
    """Dispose of cached engines (tests; a child process after fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A session in a ``BEGIN IMMEDIATE`` transaction, committed on success."""
    with Session(engine.execution_options(**{_WRITE: True})) as session, session.begin():
        yield session


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only session."""
    with Session(engine) as session:
        yield session


def alembic_config(engine: Engine | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("storage").joinpath("migrations"))
    )
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(False))
    return config


# The newest migration's revision. A database already at it is opened without loading
# alembic (11 MB and a fifth of a second in every process, the crawl's included);
# tests/test_storage.py checks it against the migration scripts.
HEAD = "0011"


def _at_head(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
            conn.rollback()
    except DBAPIError:  # no such table: a new database
        return False
    return [tuple(row) for row in rows] == [(HEAD,)]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one write transaction.

    A database already at ``revision`` is only read (a reading command works on a
    database it may not write, and does not wait for a crawl's write lock). Two
    processes opening a new database at once queue on the write lock; the second
    finds the schema current and does nothing. A database whose revision this
    Pantau does not know was written by a newer one: DatabaseError.
    """
    if revision == "head" and _at_head(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
        conn.rollback()
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = [rev for rev in current if rev not in known]
    if unknown:
        raise DatabaseError(
            f"{sqlite_path(str(engine.url)) or engine.url} was written by a newer Pantau "
            f"(database revision {unknown[0]}; this one knows up to {script.get_current_head()}"
            "): upgrade Pantau, or pass another --db")
    if revision == "head" and set(current) == set(script.get_heads()):
        return
    with engine.execution_options(**{_WRITE: True}).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
