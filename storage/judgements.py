"""Judging again: off-topic articles kept for a while, people's labels, promotion and
demotion between ``articles`` and ``off_topic_articles``.

An off-topic article keeps its body in ``off_topic_articles`` until it is purged
(``purge_off_topic``); its ``seen_urls`` row, with url, title, score and dates, stays
for good. Each move between the two tables is one transaction, with the article's
``seen_urls`` rows and, when a person made the call, its label.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from storage.engine import reading, writing
from storage.models import Article, ArticlePartner, Label, OffTopicArticle, SeenUrl
from storage.records import (
    Candidate,
    Judgement,
    LabelRecord,
    NewArticle,
    PartnerRecord,
    SeenRecord,
)
from storage.urls import _upsert

_BATCH = 200
# the article columns an off-topic article keeps (the judgement is only its score)
_KEPT = tuple(c.name for c in OffTopicArticle.__table__.columns
              if c.name not in ("relevance", "judged_at"))


def add_off_topic(engine: Engine, new: NewArticle, *, judged_at: datetime) -> None:
    """Remember an off-topic article: its seen URL, and its body until it is purged."""
    with writing(engine) as session:
        _upsert(session, new.url, new.source, "off_topic", new.fetched_at, 200, new.title,
                new.relevance, new.run_id)
        kept = {name: getattr(new, name) for name in _KEPT}
        session.merge(OffTopicArticle(**kept, relevance=new.relevance, judged_at=judged_at))


def purge_off_topic(engine: Engine, *, before: datetime) -> int:
    """Drop the bodies of off-topic articles judged before ``before``; the count dropped."""
    with writing(engine) as session:
        result = session.execute(delete(OffTopicArticle).where(OffTopicArticle.judged_at < before))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def off_topic_count(engine: Engine) -> int:
    """How many off-topic articles still have their body."""
    with reading(engine) as session:
        return int(session.scalar(select(func.count()).select_from(OffTopicArticle)) or 0)


def get_off_topic(engine: Engine, urls: tuple[str, ...]) -> OffTopicArticle | None:
    """The kept off-topic article at one of ``urls`` (its URL or canonical URL)."""
    with reading(engine) as session:
        return session.scalars(select(OffTopicArticle).where(
            OffTopicArticle.url.in_(urls) | OffTopicArticle.canonical_url.in_(urls))).first()


def get_seen(engine: Engine, urls: tuple[str, ...]) -> SeenRecord | None:
    with reading(engine) as session:
        row = session.scalars(select(SeenUrl).where(SeenUrl.url.in_(urls))).first()
        if row is None:
            return None
        return SeenRecord(row.url, row.source, row.state, row.title, row.relevance,
                          row.first_seen, row.last_seen)


def put_label(engine: Engine, label: LabelRecord) -> None:
    with writing(engine) as session:
        _put_label(session, label)


def labels(engine: Engine) -> dict[str, bool]:
    """Every label: article url -> relevant."""
    with reading(engine) as session:
        return dict(session.execute(select(Label.url, Label.relevant)).all())


def _put_label(session: Session, label: LabelRecord | None) -> None:
    if label is not None:
        session.merge(Label(**dataclasses.asdict(label)))


def demote(engine: Engine, article_id: int, *, relevance: float, when: datetime,
           label: LabelRecord | None = None) -> None:
    """Move a stored article to the off-topic ones (its body kept from ``when`` on)."""
    with writing(engine) as session:
        article = session.get(Article, article_id)
        if article is None:
            return
        kept = {name: getattr(article, name) for name in _KEPT}
        session.merge(OffTopicArticle(**kept, relevance=relevance, judged_at=when))
        session.execute(delete(ArticlePartner).where(ArticlePartner.article_id == article_id))
        session.execute(delete(Article).where(Article.id == article_id))
        session.execute(update(SeenUrl).where(
            SeenUrl.url.in_({article.url, article.canonical_url})
        ).values(state="off_topic", relevance=relevance))
        _put_label(session, label)


def promote(engine: Engine, url: str, judgement: Judgement,
            label: LabelRecord | None = None) -> int | None:
    """Store a kept off-topic article as an on-topic one; its new id (or the id of the
    article already stored under its canonical URL). ``None`` if it is not kept."""
    with writing(engine) as session:
        kept = session.get(OffTopicArticle, url)
        if kept is None:
            return None
        session.delete(kept)
        _put_label(session, label)
        session.execute(update(SeenUrl).where(
            SeenUrl.url.in_({kept.url, kept.canonical_url})
        ).values(state="stored", relevance=judgement.relevance))
        existing = session.scalars(
            select(Article.id).where(Article.canonical_url == kept.canonical_url)).first()
        if existing is not None:
            return existing
        article = Article(**{name: getattr(kept, name) for name in _KEPT})
        _judge(article, judgement)
        session.add(article)
        session.flush()
        return article.id


def rejudge(engine: Engine, article_id: int, judgement: Judgement) -> None:
    """Replace a stored article's score, evidence, partners, stage and party."""
    with writing(engine) as session:
        article = session.get(Article, article_id)
        if article is not None:
            session.execute(delete(ArticlePartner).where(ArticlePartner.article_id == article_id))
            session.expire(article, ["partners"])
            _judge(article, judgement)


def rescore_off_topic(engine: Engine, url: str, relevance: float) -> None:
    with writing(engine) as session:
        session.execute(update(OffTopicArticle).where(OffTopicArticle.url == url)
                        .values(relevance=relevance))
        session.execute(update(SeenUrl).where(SeenUrl.url == url).values(relevance=relevance))


def _judge(article: Article, judgement: Judgement) -> None:
    article.relevance = judgement.relevance
    article.matched = list(judgement.matched)
    article.evidence = list(judgement.evidence)
    article.stage = judgement.stage
    article.indonesian_party = judgement.indonesian_party
    article.partners = [
        ArticlePartner(position=i, name=p.name, country=p.country, kind=p.kind)
        for i, p in enumerate(judgement.partners)
    ]


def judgement_of(article: Article) -> Judgement:
    return Judgement(
        relevance=article.relevance, matched=tuple(article.matched),
        evidence=tuple(article.evidence), stage=article.stage,
        indonesian_party=article.indonesian_party,
        partners=tuple(PartnerRecord(p.name, p.country, p.kind) for p in article.partners),
    )


def candidates(engine: Engine) -> tuple[int, int, Iterator[Candidate]]:
    """How many stored and kept off-topic articles there are, and all of them to judge
    again (stored first). The keys are read up front, so moves made while iterating
    neither repeat nor skip an article."""
    with reading(engine) as session:
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
        urls = list(session.scalars(select(OffTopicArticle.url).order_by(OffTopicArticle.url)))
    return len(ids), len(urls), _candidates(engine, ids, urls)


def _candidates(engine: Engine, ids: list[int], urls: list[str]) -> Iterator[Candidate]:
    marks = labels(engine)
    for start in range(0, len(ids), _BATCH):
        with reading(engine) as session:
            batch = session.scalars(select(Article).where(Article.id.in_(ids[start:start + _BATCH]))
                                    .order_by(Article.id)).all()
            found = [Candidate(a.url, a.title, a.text, judgement_of(a), marks.get(a.url), a.id)
                     for a in batch]
        yield from found
    for start in range(0, len(urls), _BATCH):
        with reading(engine) as session:
            kept = session.scalars(select(OffTopicArticle).where(
                OffTopicArticle.url.in_(urls[start:start + _BATCH])).order_by(OffTopicArticle.url)
            ).all()
            found = [Candidate(k.url, k.title, k.text, Judgement(k.relevance), marks.get(k.url))
                     for k in kept]
        yield from found
