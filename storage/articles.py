"""Storing on-topic articles and finding them again."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError

from storage import stories
from storage.engine import MAX_INTEGER, DatabaseError, reading, writing
from storage.filtering import NEWEST_FIRST, count_matching, count_merged, newest, wide
from storage.filtering import filtered as _filtered
from storage.models import Article, ArticlePartner
from storage.records import Filters, NewArticle
from storage.urls import _upsert

_ID = re.compile(r"[0-9]+")  # ASCII digits (str.isdigit also takes '²')

_ARTICLE_FIELDS = {f.name for f in dataclasses.fields(NewArticle)} - {"partners", "signature"}


def add_article(engine: Engine, new: NewArticle, *, join_at: float) -> int | None:
    """Store an article with its partners and its story, and mark its URLs seen, in
    one transaction.

    Returns the new id, or ``None`` when the canonical URL is already stored
    (a crash between fetching and storing, or two crawls racing, cannot make a
    duplicate row). With a signature, the article joins the story of the stored
    article that resembles it most, if one reaches ``join_at`` (the config's
    ``[stories] join_at``; see ``storage.stories``).
    """
    values = {name: getattr(new, name) for name in _ARTICLE_FIELDS}
    values["matched"] = list(new.matched)
    values["evidence"] = list(new.evidence)
    article = Article(**values)
    article.partners = [
        ArticlePartner(position=i, name=p.name, country=p.country, kind=p.kind)
        for i, p in enumerate(new.partners)
    ]
    try:
        with writing(engine) as session:
            session.add(article)
            for url in dict.fromkeys((new.canonical_url, new.url)):
                _upsert(
                    session, url, new.source, "stored", new.fetched_at, 200,
                    new.title, new.relevance, new.run_id,
                )
            session.flush()
            stories.assign(session, article.id, new.signature, join_at)
            return article.id
    except IntegrityError:  # stored already, under its canonical URL: this URL is known too
        with writing(engine) as session:
            _upsert(session, new.url, new.source, "stored", new.fetched_at, 200, new.title,
                    new.relevance, new.run_id)
        return None


def get_article(engine: Engine, id_or_url: str) -> Article | None:
    """One article by id, URL or canonical URL."""
    with reading(engine) as session:
        if _ID.fullmatch(id_or_url):
            number = int(id_or_url)  # an id past SQLite's integers cannot be stored
            return session.get(Article, number) if number <= MAX_INTEGER else None
        return session.scalars(
            select(Article).where(
                or_(Article.canonical_url == id_or_url, Article.url == id_or_url)
            )
        ).first()


def search(engine: Engine, filters: Filters) -> list[Article]:
    """Articles matching ``filters``, newest first (undated last, then by fetch time)."""
    with reading(engine) as session:
        try:
            lists = wide(session, filters)
            first = newest(filters, lists)
            if first is not None:
                page = list(session.scalars(first.order_by(*NEWEST_FIRST).limit(filters.limit)))
                if len(page) == filters.limit:
                    return page
            statement = _filtered(filters, wide=lists).order_by(*NEWEST_FIRST)
            if filters.limit is not None:
                statement = statement.limit(filters.limit)
            return list(session.scalars(statement))
        except OperationalError as exc:
            raise DatabaseError(f"search failed: {exc.orig}") from None


def count_articles(engine: Engine, filters: Filters | None = None) -> int:
    filters = filters or Filters()
    with reading(engine) as session:
        counted = count_matching(session, filters)
        if counted is not None:
            return counted
        lists = wide(session, filters)
        counted = count_merged(session, filters, lists)
        if counted is not None:
            return counted
        statement = _filtered(filters, wide=lists).with_only_columns(func.count(Article.id))
        return int(session.scalar(statement) or 0)


def _against(evidence: list[Any]) -> set[str]:
    return {e["term"] for e in evidence if isinstance(e, dict) and e.get("weight", 0) < 0}


def published_iso(article: Any, tz: tzinfo | None = None) -> str | None:
    """``published_at`` for output: a day alone as "2025-05-27" (no zone can move it),
    an instant as ISO 8601 in ``tz``."""
    value = article.published_at
    if value is None:
        return None
    if article.published_precision == "date":
        return value.date().isoformat()
    return value.astimezone(tz).isoformat()


def as_record(article: Article, tz: tzinfo | None = None) -> dict[str, Any]:
    """The output contract: the fields scripts rely on, JSON-ready; times in ``tz``."""

    def iso(value: datetime | None) -> str | None:
        return value.astimezone(tz).isoformat() if value else None

    return {
        "id": article.id,
        "story_id": article.story_id,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "source": article.source,
        "region_code": article.region_code,
        "title": article.title,
        "text": article.text,
        "description": article.description,
        "author": article.author,
        "editor": article.editor,
        "published_at": published_iso(article, tz),
        "published_precision": article.published_precision,
        "language": article.language,
        "fetched_at": iso(article.fetched_at),
        "relevance": article.relevance,
        # terms that count for the article; rows stored before issue 12 also listed the
        # terms counting against it here (they are in ``evidence``, with negative weights)
        "matched": [t for t in article.matched if t not in _against(article.evidence)],
        "evidence": list(article.evidence),
        "stage": article.stage,
        "partners": [
            {"name": p.name, "country": p.country, "kind": p.kind} for p in article.partners
        ],
        "indonesian_party": article.indonesian_party,
        "label": None if article.label is None else (
            "relevant" if article.label.relevant else "irrelevant"),
        "run_id": article.run_id,
        "extractor": article.extractor,
    }
