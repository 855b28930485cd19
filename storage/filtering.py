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
``storage.stories``). The rows and their order are the same either way.
"""

from __future__ import annotations

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
_QUERY, _PARTNER, _COUNTRY = "query", "partner", "country"
# search's order: newest first (undated last, then by fetch time)
NEWEST_FIRST = (Article.published_at.desc().nulls_last(), Article.fetched_at.desc(),
                Article.id.desc())


def filtered(filters: Filters, *, wide: frozenset[str] = frozenset()) -> Select[tuple[Article]]:
    """The articles matching ``filters``; ``wide`` names the lists found long (``wide``)."""
    statement = select(Article)
    match = fts.match_query(filters.query) if filters.query else None
    if match:
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
    return statement


def wide(session: Session, filters: Filters) -> frozenset[str]:
    """Which of the full-text, partner and country lists of ``filters`` hold more than
    ``WIDE`` ids, each counted in its own index and no further."""
    lists: dict[str, tuple[Select[Any], dict[str, str]]] = {}
    match = fts.match_query(filters.query) if filters.query else None
    if match:
        lists[_QUERY] = (_matching(), {"match": match})
    if filters.partner:
        lists[_PARTNER] = (_partner(filters.partner), {})
    if filters.country:
        lists[_COUNTRY] = (_country(filters.country), {})
    return frozenset(name for name, (ids, params) in lists.items()
                     if _count(session, ids.limit(WIDE + 1), params) > WIDE)


def newest(filters: Filters, wide: frozenset[str]) -> Select[Any] | None:
    """For a page (``limit``) of a query that is the only filter and is ``wide``: the
    matches among the newest ``TRIED_PER_ROW * limit`` articles, each looked up in the
    index (a bounded cost). When they fill the page, they are the page: the articles
    before the page's last are all among those tried. None for other filters."""
    if not (walkable(filters, wide) and _match(filters)):
        return None
    return select(Article).where(Article.id.in_(tried(filters)), indexed(filters))


def walkable(filters: Filters, wide: frozenset[str]) -> bool:
    """Whether a page of ``filters`` is worth looking for among the newest articles
    first: a page of at most ``NEWEST_PAGE``, and no filter but a full-text query that
    matches many (``wide``), or none at all (a page of stories groups every article)."""
    if not (filters.limit and filters.limit <= NEWEST_PAGE and _query_alone(filters)):
        return False
    return _match(filters) is None or _QUERY in wide


def unfiltered(filters: Filters) -> bool:
    """Whether ``filters`` select every article (a limit aside)."""
    return _query_alone(filters) and _match(filters) is None


def tried(filters: Filters) -> Select[Any]:
    """The ids of the newest ``TRIED_PER_ROW * limit`` articles, newest first."""
    return select(Article.id).order_by(*NEWEST_FIRST).limit(TRIED_PER_ROW * (filters.limit or 0))


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


def _match(filters: Filters) -> str | None:
    return fts.match_query(filters.query) if filters.query else None


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
