"""Turning ``Filters`` into a query over articles (shared by search and stories)."""

from __future__ import annotations

from sqlalchemy import Select, exists, func, or_, select, text

from storage import fts
from storage.models import Article, ArticlePartner
from storage.records import Filters


def filtered(filters: Filters) -> Select[tuple[Article]]:
    statement = select(Article)
    if filters.query:
        match = fts.match_query(filters.query)
        if match:
            statement = statement.where(
                Article.id.in_(
                    select(text("rowid")).select_from(text("articles_fts"))
                    .where(text("articles_fts MATCH :match"))
                )
            ).params(match=match)
    if filters.since:
        statement = statement.where(Article.published_at >= filters.since)
    if filters.until:
        statement = statement.where(Article.published_at <= filters.until)
    if filters.sources:
        statement = statement.where(Article.source.in_(filters.sources))
    if filters.partner:
        pattern = f"%{filters.partner.lower()}%"
        statement = statement.where(
            exists().where(
                ArticlePartner.article_id == Article.id,
                or_(
                    func.lower(ArticlePartner.name).like(pattern),
                    func.lower(ArticlePartner.country) == filters.partner.lower(),
                ),
            )
        )
    if filters.country:
        statement = statement.where(exists().where(
            ArticlePartner.article_id == Article.id,
            ArticlePartner.country == filters.country.upper(),
        ))
    if filters.stage:
        statement = statement.where(Article.stage == filters.stage)
    return statement
