"""Alembic environment: runs on the connection that ``storage.engine.upgrade`` passes in."""

from alembic import context
from sqlalchemy import create_engine

from storage import fts
from storage.models import Base

target_metadata = Base.metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # the `alembic` command line, with sqlalchemy.url set
        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.begin() as connection:
            _migrate(connection)
    else:
        _migrate(connection)


def _migrate(connection) -> None:
    # render_as_batch: SQLite alters tables by copying them; a batch migration
    # drops the FTS triggers, so such a migration must re-create them and rebuild
    # the index (see storage.fts.create and storage.fts.rebuild).
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True,
        include_name=fts.include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
