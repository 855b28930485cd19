"""Counting the collection: articles per month, per partner country, per source."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import Engine, distinct, func, select

from storage.engine import reading
from storage.filtering import filtered, wide
from storage.models import Article, ArticlePartner
from storage.records import Filters

UNDATED = "undated"


@dataclass(frozen=True)
class Stats:
    """Counts of articles, each list largest first except ``months`` (oldest first,
    ``UNDATED`` last). An article with partners in two countries counts in both."""

    total: int
    months: tuple[tuple[str, int], ...]
    countries: tuple[tuple[str, int], ...]
    sources: tuple[tuple[str, int], ...]


def article_stats(engine: Engine, tz: tzinfo, filters: Filters | None = None) -> Stats:
    """Counts of the articles matching ``filters``; months are calendar months in ``tz``."""
    filters = filters or Filters()
    # Grouped by UTC hour in SQL (at most 24 rows a day), then put into local
    # months here: SQLite knows no time zones, and an hour maps to one local month
    # in every zone with a whole-hour offset (all of Indonesia's).
    hour = func.substr(Article.published_at, 1, 13)
    with reading(engine) as session:
        ids = filtered(filters, wide=wide(session, filters)).with_only_columns(
            Article.id).scalar_subquery()
        hours = session.execute(
            select(hour, func.count()).where(Article.id.in_(ids)).group_by(hour)
        ).all()
        countries = session.execute(
            select(ArticlePartner.country, func.count(distinct(ArticlePartner.article_id)))
            .where(ArticlePartner.article_id.in_(ids)).group_by(ArticlePartner.country)
        ).all()
        sources = session.execute(
            select(Article.source, func.count()).where(Article.id.in_(ids))
            .group_by(Article.source)
        ).all()
    months: Counter[str] = Counter()
    for value, count in hours:
        months[_month(value, tz)] += count
    return Stats(
        total=sum(count for _, count in sources),
        months=tuple(sorted(months.items(), key=lambda m: (m[0] == UNDATED, m[0]))),
        countries=_largest_first(countries),
        sources=_largest_first(sources),
    )


def _month(utc_hour: str | None, tz: tzinfo) -> str:
    if utc_hour is None:
        return UNDATED
    moment = datetime.strptime(utc_hour, "%Y-%m-%d %H").replace(tzinfo=UTC)
    return moment.astimezone(tz).strftime("%Y-%m")


def _largest_first(rows: Iterable[Any]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(((str(k), int(n)) for k, n in rows), key=lambda r: (-r[1], r[0])))
