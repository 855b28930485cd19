"""Stories: the same article on many outlets, found by MinHash LSH in SQL.

Each signed article has a ``story_signatures`` row (its signature, scheme and
story) and one ``story_bands`` row per LSH band hash. A new article's candidates
are the articles of the same scheme that share a band hash with it, one indexed
lookup; it joins the story of the candidate that resembles it most, if any
reaches ``join_at``, else starts a story under its own id. This runs inside the
transaction that stores the article (``BEGIN IMMEDIATE``), so two processes
storing copies of one story at once still put them in one story, and a crash
leaves neither an article without its story nor a story row without its article.
"""

from __future__ import annotations

import dataclasses
import struct
from typing import Any

from sqlalchemy import Engine, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from storage.engine import reading, writing
from storage.filtering import filtered
from storage.models import Article, StoryBand, StorySignature
from storage.records import Filters, Signature


def _pack(values: tuple[int, ...]) -> bytes:
    return struct.pack(f"<{len(values)}Q", *values)


def _unpack(blob: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{len(blob) // 8}Q", blob)


def nearest(session: Session, signature: Signature, join_at: float,
            exclude: int | None = None) -> tuple[int, float] | None:
    """The story (and resemblance) of the stored article most like ``signature``,
    among those sharing an LSH band with it; ``None`` if none reaches ``join_at``."""
    if not signature.bands:
        return None
    rows = session.execute(
        select(StorySignature.article_id, StorySignature.story_id, StorySignature.shingles,
               StorySignature.signature)
        .where(
            StorySignature.scheme == signature.scheme,
            StorySignature.article_id != (exclude if exclude is not None else -1),
            StorySignature.article_id.in_(
                select(StoryBand.article_id).where(StoryBand.hash.in_(set(signature.bands)))
            ),
        )
        .order_by(StorySignature.article_id)
    )
    best: tuple[int, float] | None = None
    for _article, story, shingles, blob in rows:
        other = Signature(signature.scheme, _unpack(blob), shingles)
        score = signature.resemblance(other)
        if score >= join_at and (best is None or score > best[1]):
            best = (story, score)
    return best


def assign(session: Session, article_id: int, signature: Signature | None,
           join_at: float) -> int:
    """Record the article's signature and put it in a story; the story id."""
    if signature is None:
        return article_id
    found = nearest(session, signature, join_at, exclude=article_id)
    story_id = article_id if found is None else min(found[0], article_id)
    if found is not None and found[0] > article_id:  # regrouping an older article:
        session.execute(  # the story it joins is now named after it
            update(StorySignature).where(StorySignature.story_id == found[0])
            .values(story_id=article_id)
        )
    _forget(session, article_id)
    session.execute(insert(StorySignature).values(
        article_id=article_id, story_id=story_id, scheme=signature.scheme,
        shingles=signature.shingles, signature=_pack(signature.values),
    ))
    if signature.bands:
        session.execute(insert(StoryBand), [
            {"hash": h, "article_id": article_id} for h in set(signature.bands)
        ])
    return story_id


def _forget(session: Session, article_id: int) -> None:
    session.execute(delete(StoryBand).where(StoryBand.article_id == article_id))
    session.execute(delete(StorySignature).where(StorySignature.article_id == article_id))


def _story() -> Any:
    return func.coalesce(StorySignature.story_id, Article.id)


def _with_story(statement: Any) -> Any:
    return statement.outerjoin(StorySignature, StorySignature.article_id == Article.id)


@dataclasses.dataclass(frozen=True)
class Story:
    """One story: its articles, first published first."""

    story_id: int
    articles: tuple[Article, ...]


def search_stories(engine: Engine, filters: Filters) -> list[Story]:
    """Stories with at least one article matching ``filters``, newest first (by their
    newest matching article); each with all its articles, matching or not."""
    story = _story().label("story")
    matched = (
        _with_story(filtered(dataclasses.replace(filters, limit=None)))
        .with_only_columns(story)
        .group_by(story)
        .order_by(
            func.max(Article.published_at).desc().nulls_last(),
            func.max(Article.fetched_at).desc(), story.desc(),
        )
    )
    if filters.limit is not None:
        matched = matched.limit(filters.limit)
    with reading(engine) as session:
        ids = list(session.scalars(matched))
        members = _members(session, ids)
    return [Story(i, tuple(members.get(i, ()))) for i in ids]


def count_stories(engine: Engine, filters: Filters) -> int:
    inner = _with_story(filtered(dataclasses.replace(filters, limit=None))).with_only_columns(
        _story().label("story")).distinct().subquery()
    with reading(engine) as session:
        return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def _members(session: Session, story_ids: list[int]) -> dict[int, list[Article]]:
    found: dict[int, list[Article]] = {}
    for start in range(0, len(story_ids), 500):
        chunk = story_ids[start : start + 500]
        articles = session.scalars(
            _with_story(select(Article)).where(_story().in_(chunk))
            .order_by(Article.published_at.asc().nulls_last(), Article.id)
        )
        for article in articles:
            found.setdefault(article.story_id, []).append(article)
    return found


def same_story(engine: Engine, article: Article) -> list[Article]:
    """The other articles of ``article``'s story, first published first."""
    with reading(engine) as session:
        members = _members(session, [article.story_id]).get(article.story_id, [])
    return [a for a in members if a.id != article.id]


def unsigned_articles(engine: Engine, scheme: str) -> list[int]:
    """Ids of stored articles with no signature of ``scheme`` (stored before stories
    existed, or signed under another scheme), oldest first."""
    with reading(engine) as session:
        return list(session.scalars(
            _with_story(select(Article.id))
            .where(~and_(StorySignature.article_id.is_not(None),
                         StorySignature.scheme == scheme))
            .order_by(Article.id)
        ))


def article_texts(engine: Engine, ids: list[int]) -> list[tuple[int, str]]:
    with reading(engine) as session:
        rows = session.execute(
            select(Article.id, Article.text).where(Article.id.in_(ids)).order_by(Article.id))
        return [(article_id, text) for article_id, text in rows]


def regroup(engine: Engine, article_id: int, signature: Signature | None,
            join_at: float) -> int:
    """Sign an already stored article and put it in a story (``pantau regroup``).

    Its candidates are all articles signed under the same scheme; when it joins the
    story of a younger article, that story is renamed after it, so a story stays
    named after its oldest article."""
    with writing(engine) as session:
        if session.get(Article, article_id) is None:
            return article_id
        if signature is None:
            _forget(session, article_id)
            return article_id
        return assign(session, article_id, signature, join_at)

