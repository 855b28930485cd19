"""Turning ``Filters`` into a query over articles (shared by search and stories).

The full-text, partner and country filters are each a list of article ids
(``articles.id IN (SELECT ...)``). SQLite cannot tell how long such a list is, and
takes it to be short: it looks every listed article up and sorts them all. That is
right for a rare term and ruinous for a common one ("jakarta" in three articles of
four: 150,000 lookups and a sort for a page of 20). ``wide`` counts, in each list's
own index and never past ``WIDE``, which lists are long; ``filtered`` then writes
those as ``+articles.id IN (...)``, which SQLite only checks row by row on the
articles that its other indexes or the newest-first order walk, and stops at the
limit. For a page of a query that is the only filter and matches many, ``newest``
first tries the newest few articles alone, each looked up in the index (about 50 µs
an article): a common term fills its page there, without reading its whole list.
A page of stories does the same (``walkable``, ``tried``, ``indexed``; see
``storage.stories``). With other filters, a long full-text list is worse still when
those filters leave few articles (one source and a date range: a hundred articles
and 148,000 ids read and indexed to check them): ``wide`` then also counts those
(never past ``CHECKED``) and, when they are few, ``filtered`` checks the query on
each of them in the index (``indexed``) instead of reading its list; and a page
of a long list within dates is first looked for among the newest articles within
them (``newest``). The rows and their order are the same either way.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import Select, exists, func, literal_column, or_, select, text, true
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from storage import fts
from storage.models import Article, ArticlePartner
from storage.records import Filters

# Past this many matches a list of ids is walked by the other filters' indexes or the
# order, not looked up item by item (``bench/search.py``, 200,000 articles: the page
# of a term in 1,100 took 6 ms looked up, 2 ms walked; one in 148,000, 380 and 30 ms).
WIDE = 1_000
# ``newest`` tries this many articles for each one of the page, for pages up to
# ``NEWEST_PAGE`` rows (the table's 20 cost about 5 ms)
TRIED_PER_ROW = 5
NEWEST_PAGE = 100
# When the other filters leave at most this many articles, a long full-text list is
# checked on each of them in the index (about 35 µs an article) rather than read
# whole (about 25 ms for 148,000 ids, the filters' articles then checked against it)
CHECKED = 200
# Past this many dated articles, a wide full-text query's count merges the two lists
# of ids in id order (``count_merged``: 30-35 ms at 200,000 articles, whatever the
# dates); checking each dated article against the indexed list took about as long at
# 12,000 and 55-60 ms at 70,000 (for a term in 148,000)
MERGED = 10_000
# ``_CHECKED`` is not a list: it marks that the query is checked article by article
_QUERY, _PARTNER, _COUNTRY, _CHECKED = "query", "partner", "country", "checked"
# search's order: newest first (undated last, then by fetch time)
NEWEST_FIRST = (Article.published_at.desc().nulls_last(), Article.fetched_at.desc(),
                Article.id.desc())


def filtered(filters: Filters, *, wide: frozenset[str] = frozenset()) -> Select[tuple[Article]]:
    """The articles matching ``filters``; ``wide`` names the lists found long (``wide``)."""
    statement = select(Article)
    match = fts.match_query(filters.query) if filters.query else None
    if match and _CHECKED not in wide:
        statement = statement.where(_id(_QUERY in wide).in_(_matching())).params(match=match)
    if filters.since:
        statement = statement.where(Article.published_at >= filters.since)
    if filters.until:
        statement = statement.where(Article.published_at <= filters.until)
    if filters.sources:
        statement = statement.where(Article.source.in_(filters.sources))
    if filters.partner:
        statement = statement.where(_id(_PARTNER in wide).in_(_partner(filters.partner)))
    if filters.country:
        statement = statement.where(_id(_COUNTRY in wide).in_(_country(filters.country)))
    if filters.stage:
        statement = statement.where(Article.stage == filters.stage)
    if match and _CHECKED in wide:  # last: SQLite checks it after the other filters
        statement = statement.where(indexed(filters))
    return statement


def wide(session: Session, filters: Filters) -> frozenset[str]:
    """Which of the full-text, partner and country lists of ``filters`` hold more than
    ``WIDE`` ids, each counted in its own index and no further; and ``_CHECKED`` when
    the full-text list is long and the other filters leave at most ``CHECKED``
    articles (counted no further)."""
    lists: dict[str, tuple[Select[Any], dict[str, str]]] = {}
    match = fts.match_query(filters.query) if filters.query else None
    if match:
        lists[_QUERY] = (_matching(), {"match": match})
    if filters.partner:
        lists[_PARTNER] = (_partner(filters.partner), {})
    if filters.country:
        lists[_COUNTRY] = (_country(filters.country), {})
    found = frozenset(name for name, (ids, params) in lists.items()
                      if _count(session, ids.limit(WIDE + 1), params) > WIDE)
    if _QUERY in found and not _query_alone(filters):
        others = filtered(_without_query(filters), wide=found).with_only_columns(Article.id)
        if _count(session, others.limit(CHECKED + 1), {}) <= CHECKED:
            found |= {_CHECKED}
    return found


def newest(filters: Filters, wide: frozenset[str]) -> Select[Any] | None:
    """For a page (``limit``, at most ``NEWEST_PAGE``) of a full-text query that is
    ``wide`` and the only filter but dates: the matches among the newest
    ``TRIED_PER_ROW * limit`` articles within the dates, each looked up in the index
    (a bounded cost). When they fill the page, they are the page: the articles before
    the page's last are all among those tried. None for other filters (their newest
    are not found in order by an index: a source's were all read and sorted), or when
    the query is checked article by article anyway (``_CHECKED``)."""
    dates_alone = Filters(query=filters.query, since=filters.since, until=filters.until,
                          limit=filters.limit) == filters
    if not (dates_alone and filters.limit and filters.limit <= NEWEST_PAGE
            and _match(filters) and _QUERY in wide and _CHECKED not in wide):
        return None
    return select(Article).where(Article.id.in_(tried(filters, wide)), indexed(filters))


def walkable(filters: Filters, wide: frozenset[str]) -> bool:
    """Whether a page of ``filters`` is worth looking for among the newest articles
    first: a page of at most ``NEWEST_PAGE``, and no filter but a full-text query that
    matches many (``wide``), or none at all (a page of stories groups every article)."""
    if not (filters.limit and filters.limit <= NEWEST_PAGE and _query_alone(filters)):
        return False
    return _match(filters) is None or _QUERY in wide


def long_query(wide: frozenset[str]) -> bool:
    """Whether ``wide`` found the full-text list long."""
    return _QUERY in wide


def unfiltered(filters: Filters) -> bool:
    """Whether ``filters`` select every article (a limit aside)."""
    return _query_alone(filters) and _match(filters) is None


def tried(filters: Filters, wide: frozenset[str] = frozenset()) -> Select[Any]:
    """The ids of the newest ``TRIED_PER_ROW * limit`` articles that the filters other
    than the full-text query select (of all articles, for none)."""
    others = filtered(_without_query(filters), wide=wide).with_only_columns(Article.id)
    return others.order_by(*NEWEST_FIRST).limit(TRIED_PER_ROW * (filters.limit or 0))


def indexed(filters: Filters) -> Any:
    """Whether an article matches the full-text query of ``filters``, looked up in the
    index for that one article (about 50 µs): cheap for a few articles, where the
    list of every match would be read whole. True without a query."""
    match = _match(filters)
    if match is None:
        return true()
    return exists(_matching().where(text("articles_fts.rowid = articles.id"))
                  .params(match=match))


def matching_ids(filters: Filters) -> Select[Any] | None:
    """The ids of the articles matching ``filters`` read from the full-text index
    alone (a column ``id``; no article read), when its query is their only filter;
    else None."""
    match = _match(filters)
    if match is None or not _query_alone(filters):
        return None
    return (select(literal_column("rowid").label("id")).select_from(text("articles_fts"))
            .where(text("articles_fts MATCH :match")).params(match=match))


def count_matching(session: Session, filters: Filters) -> int | None:
    """The number of articles matching ``filters`` when the full-text query is their
    only filter, counted in the index alone (no article read); else None."""
    match = fts.match_query(filters.query) if filters.query else None
    if not match or not _query_alone(filters):
        return None
    return _count(session, _matching(), {"match": match})


def count_merged(session: Session, filters: Filters, wide: frozenset[str]) -> int | None:
    """The number of articles matching ``filters`` when they are a full-text query that
    is ``wide`` and dates that hold more than ``MERGED`` articles: the dated ids in id
    order (``ix_articles_id_published_at``) merged with the full-text list, which FTS5
    gives in id order (SQLite's merge of an ``INTERSECT`` whose parts are in order),
    each list read once and neither indexed. Else None (``filtered`` counts them)."""
    match = _match(filters)
    dates = _without_query(filters)
    if not (match and _QUERY in wide and _CHECKED not in wide and (dates.since or dates.until)
            and Filters(since=dates.since, until=dates.until) == dates):
        return None
    dated = filtered(dates).with_only_columns(Article.id)
    if _count(session, dated.limit(MERGED + 1), {}) <= MERGED:
        return None
    # the index named: SQLite would rather walk the table in id order, reading every row
    published = literal_column("published_at", Article.published_at.type)
    in_order = select(literal_column("id")).select_from(
        text("articles INDEXED BY ix_articles_id_published_at"))
    if dates.since:
        in_order = in_order.where(published >= dates.since)
    if dates.until:
        in_order = in_order.where(published <= dates.until)
    both = in_order.intersect(_matching())
    # in id order, and a LIMIT so that SQLite keeps the order and merges the parts
    merged = both.order_by(literal_column("1")).limit(-1)
    return _count(session, merged, {"match": match})


def _match(filters: Filters) -> str | None:
    return fts.match_query(filters.query) if filters.query else None


def _without_query(filters: Filters) -> Filters:
    return dataclasses.replace(filters, query=None, limit=None)


def _query_alone(filters: Filters) -> bool:
    return Filters(query=filters.query, limit=filters.limit) == filters


def _count(session: Session, ids: Select[Any], params: dict[str, str]) -> int:
    return int(session.scalar(select(func.count()).select_from(ids.subquery()), params) or 0)


def _id(wide: bool) -> Any:
    """``articles.id``, or ``+articles.id``: the same value, which SQLite cannot look up
    in an index, so it checks the list rather than walking it."""
    if not wide:
        return Article.id
    return UnaryExpression(Article.id.expression, operator=operators.custom_op("+"))


def _matching() -> Select[Any]:
    return (select(text("rowid")).select_from(text("articles_fts"))
            .where(text("articles_fts MATCH :match")))


def _partner(partner: str) -> Select[Any]:
    pattern = f"%{partner.lower()}%"
    return select(ArticlePartner.article_id).where(or_(
        func.lower(ArticlePartner.name).like(pattern),
        func.lower(ArticlePartner.country) == partner.lower(),
    ))


def _country(country: str) -> Select[Any]:
    return select(ArticlePartner.article_id).where(ArticlePartner.country == country.upper())
