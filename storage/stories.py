"""Stories: the same article on many outlets, found by MinHash LSH in SQL.

Each signed article has a ``story_signatures`` row (its signature, scheme and
story) and one ``story_bands`` row per LSH band hash. A new article's candidates
are the articles of the same scheme that share a band hash with it, one indexed
lookup; it joins the story of the candidate that resembles it most, if any
reaches ``join_at``, else starts a story under its own id. This runs inside the
transaction that stores the article (``BEGIN IMMEDIATE``), so two processes
storing copies of one story at once still put them in one story, and a crash
leaves neither an article without its story nor a story row without its article.

Reading stories at scale (``bench/search.py``, 200,000 articles): a story's articles
are found through ``ix_story_signatures_story_id`` (``_in_stories``); a page of
stories for no filter or a common term alone, among the newest articles
(``_newest_stories``); the number of all stories, from counts of the signatures; the
number of stories of a common term, from the articles in shared stories alone
(``_stories_merged``, ``ix_story_signatures_joined``).
"""

from __future__ import annotations

import dataclasses
import struct
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    delete,
    distinct,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, aliased

from storage import fts
from storage.engine import reading, writing
from storage.filtering import (
    NEWEST_FIRST,
    count_matching,
    filtered,
    indexed,
    long_query,
    matching_ids,
    tried,
    unfiltered,
    walkable,
    wide,
)
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
    with reading(engine) as session:
        lists = wide(session, filters)
        ids = _newest_stories(session, filters, lists)
        if ids is None:  # every match is grouped: read from its lists, never ``wide``
            matching = filtered(dataclasses.replace(filters, limit=None))
            ids = list(session.scalars(_ranked(matching, filters.limit)))
        members = _members(session, ids)
    return [Story(i, tuple(members.get(i, ()))) for i in ids]


def _ranked(matching: Any, limit: int | None) -> Any:
    """The stories of the ``matching`` articles, newest first: by the newest
    ``published_at`` of their matching articles (undated last), then by the latest
    ``fetched_at`` of those, then by story id."""
    story = _story().label("story")
    ranked = (
        _with_story(matching).with_only_columns(story).group_by(story)
        .order_by(func.max(Article.published_at).desc().nulls_last(),
                  func.max(Article.fetched_at).desc(), story.desc())
    )
    return ranked if limit is None else ranked.limit(limit)


def _newest_stories(session: Session, filters: Filters, lists: frozenset[str]) -> list[int] | None:
    """A page of stories found among the newest articles, when ``walkable``: grouping
    every match (every article, for ``--group`` alone) takes seconds at 200,000
    articles. The newest ``TRIED_PER_ROW * limit`` articles name the stories that
    can be on the page (``_candidates``); those are ranked on all their matching
    articles, found through their stories' index. None when the newest do not tell."""
    if not walkable(filters, lists):
        return None
    window = session.execute(
        _with_story(select(_story(), Article.published_at, indexed(filters)))
        .where(Article.id.in_(tried(filters))).order_by(*NEWEST_FIRST)
    ).all()
    candidates = _candidates(window, filters.limit or 0)
    if candidates is None:
        return None
    among = select(Article).where(_in_stories(candidates), indexed(filters))
    return list(session.scalars(_ranked(among, filters.limit)))


def _candidates(window: Sequence[Any], limit: int) -> list[int] | None:
    """The stories that can be on a page of ``limit``, from the (story, published_at,
    matches) of the newest articles, newest first: every story with a matching
    article published no earlier than the one that brought the page's last story.
    Any other story's matches are all older, so it ranks below all of these. None
    when the window ends before an article published earlier than that (ties may
    go on past it), or when that article is undated (undated stories tie)."""
    found: dict[int, None] = {}
    edge: datetime | None = None
    for story, published, matches in window:
        if edge is not None and (published is None or published < edge):
            return list(found)
        if matches and story not in found:
            found[story] = None
            if len(found) == limit:
                if published is None:
                    return None
                edge = published
    return None


def count_stories(engine: Engine, filters: Filters) -> int:
    """The number of stories with an article matching ``filters``."""
    with reading(engine) as session:
        if unfiltered(filters):
            return _every_story(session)
        ids = matching_ids(filters)
        if ids is not None:
            if long_query(wide(session, filters)):
                return _stories_merged(session, filters)
            return _stories_of(session, ids)
        matching = filtered(dataclasses.replace(filters, limit=None))
        inner = _with_story(matching).with_only_columns(_story().label("story")).distinct()
        return int(session.scalar(select(func.count()).select_from(inner.subquery())) or 0)


def _stories_of(session: Session, ids: Any) -> int:
    """The number of stories of the articles ``ids`` lists (from the full-text index:
    the articles' own rows, long texts and all, are never read)."""
    found = ids.subquery()
    story = func.coalesce(StorySignature.story_id, found.c.id)
    return int(session.scalar(
        select(func.count(distinct(story))).select_from(
            found.outerjoin(StorySignature, StorySignature.article_id == found.c.id))
    ) or 0)


# The articles matching a full-text query (``:match``) that share their story with
# another article: those that joined an earlier article's story, and the articles
# that such stories are named after, merged in id order with the full-text list
# (SQLite merges the parts of a compound in order); with each one's story.
_SHARED_MATCHES = text("""
    SELECT count(*), count(DISTINCT coalesce(joined.story_id, shared.id)) FROM (
        SELECT article_id AS id FROM story_signatures INDEXED BY ix_story_signatures_joined
            WHERE story_id != article_id
        UNION
        SELECT story_id FROM story_signatures INDEXED BY ix_story_signatures_joined
            WHERE story_id != article_id
        INTERSECT
        SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match
        ORDER BY 1 LIMIT -1
    ) AS shared
    LEFT JOIN story_signatures AS joined INDEXED BY ix_story_signatures_joined
        ON joined.article_id = shared.id AND joined.story_id != joined.article_id""")


def _stories_merged(session: Session, filters: Filters) -> int:
    """The number of stories of the articles matching ``filters``, a full-text query
    alone that is ``wide``, without reading a signature for each of them: they are
    all counted (in the index), less those in a story shared with another article,
    plus the stories of those. An article outside such a story is a story of its own
    (its id, which no other article's story names): only the shared ones, a few
    thousand at 200,000 articles (``ix_story_signatures_joined``), are looked at."""
    match = fts.match_query(filters.query or "")
    every = count_matching(session, filters) or 0
    shared, stories = session.execute(_SHARED_MATCHES, {"match": match}).one()
    return int(every - shared + stories)


def _every_story(session: Session) -> int:
    """The number of stories, from counts that indexes answer: every signature's
    article exists (a foreign key, deleted with it), so the stories are the distinct
    story ids of the signatures and the unsigned articles none of them names (an
    unsigned article named by a signature: the first of a story, signed no more)."""
    named = session.scalar(select(func.count(distinct(StorySignature.story_id)))) or 0
    unsigned = (session.scalar(select(func.count()).select_from(Article)) or 0) - (
        session.scalar(select(func.count()).select_from(StorySignature)) or 0)
    if unsigned:
        unsigned -= session.scalar(select(func.count()).select_from(Article).where(
            Article.id.in_(select(StorySignature.story_id)
                           .where(StorySignature.story_id != StorySignature.article_id)),
            ~exists().where(StorySignature.article_id == Article.id),
        )) or 0
    return int(named + unsigned)


def _in_stories(story_ids: list[int]) -> Any:
    """Whether an article is in one of these stories: signed into one of them
    (``ix_story_signatures_story_id``), or unsigned and naming one (the primary key).
    ``coalesce(story_id, id) IN (...)`` is the same set, but no index serves it: it
    read every article. (Of a table of its own, so that a query joining the
    signatures keeps its join.)"""
    signed = aliased(StorySignature)
    return or_(
        Article.id.in_(select(signed.article_id).where(signed.story_id.in_(story_ids))),
        and_(Article.id.in_(story_ids),
             ~select(signed.article_id).where(signed.article_id == Article.id).exists()),
    )


def _members(session: Session, story_ids: list[int]) -> dict[int, list[Article]]:
    found: dict[int, list[Article]] = {}
    for start in range(0, len(story_ids), 500):
        articles = session.scalars(
            select(Article).where(_in_stories(story_ids[start : start + 500]))
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

