"""Routes remembered per source, and the HTTP validators of the pages they fetch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from storage.engine import reading, writing
from storage.models import HttpValidator, Route

ROUTE_KINDS = ("feed", "sitemap", "listing")
_DISCOVERED = "discovered"  # the marker row: when discovery last ran for a source
_CHUNK = 500


def routes_of(engine: Engine, source: str) -> dict[str, list[str]]:
    """The routes discovery found for ``source``: ``{"feed": [...], "sitemap": ..., ...}``."""
    found: dict[str, list[str]] = {kind: [] for kind in ROUTE_KINDS}
    with reading(engine) as session:
        for route in session.scalars(
            select(Route).where(Route.source == source, Route.kind.in_(ROUTE_KINDS))
            .order_by(Route.found_at, Route.url)
        ):
            found[route.kind].append(route.url)
    return found


def discovered_at(engine: Engine, source: str) -> datetime | None:
    """When discovery last ran for ``source`` (None: never)."""
    with reading(engine) as session:
        return session.scalar(
            select(Route.found_at).where(Route.source == source, Route.kind == _DISCOVERED)
        )


def replace_routes(
    engine: Engine, source: str, routes: Mapping[str, Iterable[str]], *, when: datetime
) -> None:
    """Record what a discovery found for ``source``, replacing what it found before."""
    with writing(engine) as session:
        session.execute(delete(Route).where(Route.source == source))
        rows = [Route(source=source, url=source, kind=_DISCOVERED, found_at=when)]
        for kind, urls in routes.items():
            if kind not in ROUTE_KINDS:
                raise ValueError(f"unknown route kind {kind!r}")
            rows += [Route(source=source, url=url, kind=kind, found_at=when)
                     for url in dict.fromkeys(urls)]
        session.add_all(rows)


def validators(engine: Engine, urls: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """``{url: (etag, last_modified)}`` for those of ``urls`` fetched before."""
    pending = list(dict.fromkeys(urls))
    found: dict[str, tuple[str | None, str | None]] = {}
    with reading(engine) as session:
        for start in range(0, len(pending), _CHUNK):
            for row in session.scalars(
                select(HttpValidator).where(HttpValidator.url.in_(pending[start:start + _CHUNK]))
            ):
                found[row.url] = (row.etag, row.last_modified)
    return found


def save_validators(
    engine: Engine, pages: dict[str, tuple[str | None, str | None]], *, when: datetime
) -> None:
    """Remember each page's ``(etag, last_modified)``, in one transaction; a page that
    sent neither forgets its old ones."""
    if not pages:
        return
    with writing(engine) as session:
        for url, (etag, last_modified) in pages.items():
            if etag is None and last_modified is None:
                session.execute(delete(HttpValidator).where(HttpValidator.url == url))
                continue
            statement = insert(HttpValidator).values(
                url=url, etag=etag, last_modified=last_modified, updated_at=when)
            session.execute(statement.on_conflict_do_update(
                index_elements=[HttpValidator.url],
                set_={"etag": etag, "last_modified": last_modified, "updated_at": when},
            ))
