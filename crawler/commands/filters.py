"""The article filters of ``pantau search``, as options any reading command can take."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

import storage
from crawler.cli import App
from crawler.commands.query import _country, parse_moment
from crawler.relevance import STAGES


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """QUERY, --since, --until, --source, --partner, --country, --stage and --limit,
    passed to the command as one ``storage.Filters`` argument, ``filters``.

    Goes below ``@common_options``: dates without an offset are in the ``App``'s
    display time zone.
    """

    @click.argument("query", required=False)
    @click.option("--since", metavar="DATE", help="Published on or after (date or ISO datetime).")
    @click.option("--until", metavar="DATE", help="Published on or before (inclusive).")
    @click.option("--source", "sources", multiple=True, metavar="NAME", help="Only this source.")
    @click.option("--partner", metavar="TEXT", help="Partner place name (part) or country code.")
    @click.option("--country", metavar="CC", callback=lambda _c, _p, v: _country(v),
                  help="Partner country, ISO 3166-1 alpha-2 (CN, KR, JP ...).")
    @click.option("--stage", type=click.Choice(STAGES), help="Agreement stage the article reports.")
    @click.option("--limit", type=click.IntRange(min=1), help="At most N articles (default: all).")
    @functools.wraps(command)
    def wrapper(app: App, *, query: str | None, since: str | None, until: str | None,
                sources: tuple[str, ...], partner: str | None, country: str | None,
                stage: str | None, limit: int | None, **kwargs: Any) -> Any:
        filters = storage.Filters(
            query=query,
            since=parse_moment(since, app.tz, end=False) if since else None,
            until=parse_moment(until, app.tz, end=True) if until else None,
            sources=sources, partner=partner, country=country, stage=stage, limit=limit,
        )
        return command(app, filters=filters, **kwargs)

    return wrapper
