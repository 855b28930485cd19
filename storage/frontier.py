"""The frontier: what a crawl decided to fetch and has not dealt with yet.

The spider adds an article URL before it requests it and a listing page before it
follows it there; recording an article's outcome (``storage.urls``) deletes its
row in the same transaction, and the spider deletes a listing page's once the page
was read. A crawl killed, interrupted or cut short by its budget thus leaves the
rest here, and the next crawl of the source asks for it first. A row asked for in
``give_up_after`` runs without an outcome (a page that keeps timing out) is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.dialects.sqlite import insert

from storage.engine import reading, writing
from storage.models import FrontierUrl

KINDS = ("article", "listing")


@dataclass(frozen=True)
class FrontierEntry:
    """An article URL, or a listing page with its template and number."""

    url: str
    kind: str
    template: str | None = None
    page: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown frontier kind {self.kind!r}")


def add_to_frontier(engine: Engine, source: str, pending: Iterable[FrontierEntry], *,
                    when: datetime) -> None:
    """Add ``pending`` to the source's frontier (a URL already there is kept as it is)."""
    rows = [dict(url=p.url, source=source, kind=p.kind, template=p.template, page=p.page,
                 attempts=0, added_at=when) for p in pending]
    if not rows:
        return
    with writing(engine) as session:
        session.execute(insert(FrontierUrl).values(rows).on_conflict_do_nothing())


def take_up_frontier(engine: Engine, source: str, *, give_up_after: int) -> list[FrontierEntry]:
    """The source's frontier, for a new run to ask for first: each row's attempts
    counted up, and rows asked for ``give_up_after`` times already dropped."""
    with writing(engine) as session:
        session.execute(delete(FrontierUrl).where(
            FrontierUrl.source == source, FrontierUrl.attempts >= give_up_after))
        session.execute(update(FrontierUrl).where(FrontierUrl.source == source)
                        .values(attempts=FrontierUrl.attempts + 1))
        return [FrontierEntry(r.url, r.kind, r.template, r.page) for r in session.scalars(
            select(FrontierUrl).where(FrontierUrl.source == source)
            .order_by(FrontierUrl.added_at, FrontierUrl.url))]


def drop_from_frontier(engine: Engine, urls: Iterable[str]) -> None:
    """Drop ``urls`` from the frontier: they were dealt with."""
    urls = list(dict.fromkeys(urls))
    if urls:
        with writing(engine) as session:
            session.execute(delete(FrontierUrl).where(FrontierUrl.url.in_(urls)))


def frontier_size(engine: Engine, source: str | None = None) -> int:
    """Rows in the frontier (of one source)."""
    with reading(engine) as session:
        statement = select(func.count()).select_from(FrontierUrl)
        if source is not None:
            statement = statement.where(FrontierUrl.source == source)
        return int(session.scalar(statement) or 0)
