"""Opening a database: the engine, SQLite's pragmas, write transactions, migrations.

SQLite runs in WAL mode with a busy timeout so that the daemon writes while
people query. Writers open ``BEGIN IMMEDIATE`` transactions (see ``writing``): a
deferred transaction that later wants to write can fail at once with
"database is locked" instead of waiting its turn.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

DEFAULT_URL = "sqlite:///pantau.db"
BUSY_TIMEOUT_MS = 30_000
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


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_database(url: str = DEFAULT_URL, *, migrate: bool = True) -> Engine:
    """An engine for ``url`` (one per URL and process), its schema brought up to date."""
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
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_events(engine)
        if migrate:
            upgrade(engine)
        _engines[url] = engine
        return engine


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


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one write transaction.

    Two processes opening a new database at once queue on the write lock; the
    second finds the schema current and does nothing.
    """
    from alembic import command

    config = alembic_config(engine)
    with engine.execution_options(**{_WRITE: True}).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
