"""Reading every matching article in chunks, for exports of any size.

``search`` returns a list; ``stream_articles`` yields articles a chunk at a time
from one query (SQLAlchemy ``yield_per``: the rows are fetched, and partners and
labels loaded, ``chunk`` at a time), so memory stays flat however many match.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from storage.engine import DatabaseError, reading
from storage.filtering import NEWEST_FIRST, filtered, wide
from storage.models import Article
from storage.records import Filters

CHUNK = 500


def stream_articles(engine: Engine, filters: Filters, *, chunk: int = CHUNK
                    ) -> Iterator[Article]:
    """Articles matching ``filters`` in ``search``'s order, ``chunk`` rows at a time.

    Each article is usable until the next chunk is read; the read transaction
    stays open until the iterator is exhausted or closed.
    """
    with reading(engine) as session:
        try:
            statement = filtered(filters, wide=wide(session, filters)).order_by(*NEWEST_FIRST)
            if filters.limit is not None:
                statement = statement.limit(filters.limit)
            # the session's identity map holds its objects weakly: a chunk that
            # has been written is garbage once the caller lets go of it
            yield from session.scalars(statement.execution_options(yield_per=chunk))
        except OperationalError as exc:
            raise DatabaseError(f"export failed: {exc.orig}") from None
