"""The ledger of article URLs already dealt with, so no crawl fetches one twice."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Engine, delete, or_, select
from sqlalchemy.dialects.sqlite import insert

from storage.engine import reading, writing
from storage.models import FrontierUrl, SeenUrl

FINAL_STATES = ("stored", "off_topic", "no_article")
_CHUNK = 500


def known_urls(engine: Engine, urls: Iterable[str], *, give_up_after: int) -> set[str]:
    """Those of ``urls`` that need no fetching: classified, or failed ``give_up_after``
    times (``[crawl] give_up_after``)."""
    pending = list(dict.fromkeys(urls))
    known: set[str] = set()
    with reading(engine) as session:
        for start in range(0, len(pending), _CHUNK):
            chunk = pending[start : start + _CHUNK]
            known.update(
                session.scalars(
                    select(SeenUrl.url).where(
                        SeenUrl.url.in_(chunk),
                        or_(
                            SeenUrl.state.in_(FINAL_STATES),
                            SeenUrl.failures >= give_up_after,
                        ),
                    )
                )
            )
    return known


def record_seen(
    engine: Engine,
    url: str,
    *,
    source: str,
    state: str,
    when: datetime,
    http_status: int | None = None,
    title: str | None = None,
    relevance: float | None = None,
    run_id: int | None = None,
) -> None:
    """Remember a URL's outcome. ``state="failed"`` adds one to its failure count;
    any other state is final (a URL already stored stays stored)."""
    with writing(engine) as session:
        _upsert(session, url, source, state, when, http_status, title, relevance, run_id)


def _upsert(session, url, source, state, when, http_status, title, relevance, run_id) -> None:  # type: ignore[no-untyped-def]
    values = dict(
        url=url, source=source, state=state, http_status=http_status, title=title,
        relevance=relevance, first_seen=when, last_seen=when, run_id=run_id,
        failures=1 if state == "failed" else 0,
    )
    statement = insert(SeenUrl).values(**values)
    excluded = statement.excluded
    if state == "failed":
        update = {
            "failures": SeenUrl.failures + 1,
            "http_status": excluded.http_status,
            "last_seen": excluded.last_seen,
        }
    else:
        update = {
            key: excluded[key]
            for key in ("state", "http_status", "title", "relevance", "last_seen", "run_id")
        }
    statement = statement.on_conflict_do_update(
        index_elements=[SeenUrl.url],
        set_=update,
        where=SeenUrl.state != "stored",
    )
    session.execute(statement)
    # its outcome is recorded: the URL leaves the frontier in the same transaction
    session.execute(delete(FrontierUrl).where(FrontierUrl.url == url))
