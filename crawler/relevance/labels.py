"""Human in the loop: a person's mark on one article, and judging everything again.

``mark`` records a label that overrides the classifier for that article: marked
irrelevant, a stored article leaves the collection (its body is kept like any other
off-topic article's); marked relevant, an off-topic article whose body is still kept
is promoted. ``reclassify`` runs the classifier again over the stored articles and
the kept off-topic ones, after the lexicon or the threshold changed; labels win.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine

import storage
from crawler.relevance.classifier import Classifier
from crawler.relevance.records import judgement
from crawler.urls import canonical


class NotFound(LookupError):
    """Neither a stored article nor a URL Pantau has seen."""


def _urls(id_or_url: str) -> tuple[str, ...]:
    try:
        return tuple(dict.fromkeys((id_or_url, canonical(id_or_url))))
    except ValueError:  # not a URL w3lib can read: look it up as typed
        return (id_or_url,)


def mark(engine: Engine, id_or_url: str, relevant: bool, *, when: datetime,
         classifier: Callable[[], Classifier]) -> str:
    """Record a person's judgement and apply it; a sentence saying what happened.

    ``classifier`` builds the classifier, needed only to promote an article (for its
    evidence, partners and stage).
    """
    verb = "relevant" if relevant else "irrelevant"
    article = storage.get_article(engine, id_or_url)
    if article is not None:
        label = storage.LabelRecord(article.url, relevant, when, article.title, article.text,
                                    article.relevance)
        if relevant:
            storage.put_label(engine, label)
            return f"article {article.id} marked relevant; it stays in the collection"
        storage.demote(engine, article.id, relevance=article.relevance, when=when, label=label)
        return (f"article {article.id} marked irrelevant and removed from the collection "
                f"(pantau reclassify leaves it out from now on)")
    urls = _urls(id_or_url)
    kept = storage.get_off_topic(engine, urls)
    if kept is not None:
        label = storage.LabelRecord(kept.url, relevant, when, kept.title, kept.text,
                                    kept.relevance)
        if not relevant:
            storage.put_label(engine, label)
            return f"{kept.url} marked irrelevant; it was off topic already"
        verdict = classifier().classify(kept.title or "", kept.text)
        new_id = storage.promote(engine, kept.url, judgement(verdict), label)
        return f"{kept.url} marked relevant and stored as article {new_id}"
    seen = storage.get_seen(engine, urls)
    if seen is None:
        raise NotFound(f"no stored article and no seen URL {id_or_url!r} (see: pantau search)")
    storage.put_label(engine, storage.LabelRecord(seen.url, relevant, when, seen.title, None,
                                                  seen.relevance))
    if relevant:
        return (f"{seen.url} marked relevant, but its body is no longer kept "
                f"(state {seen.state}), so it cannot be stored; the label is recorded")
    return f"{seen.url} marked {verb}"


@dataclass(frozen=True)
class Change:
    action: str  # promoted | demoted | rejudged
    url: str
    title: str | None
    before: float
    after: float
    article_id: int | None = None  # after the change, when it is stored


@dataclass
class Reclassified:
    stored: int = 0  # stored articles judged again
    kept: int = 0  # kept off-topic articles judged again
    purged: int = 0  # off-topic bodies dropped as older than the retention
    changes: list[Change] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(c.action == action for c in self.changes)

    def sentence(self, dry_run: bool = False) -> str:
        would = "would be " if dry_run else ""
        return (f"Judged {self.stored} stored and {self.kept} kept off-topic article(s) again: "
                f"{self.count('promoted')} {would}promoted, {self.count('demoted')} {would}"
                f"demoted, {self.count('rejudged')} stored article(s) {would}re-scored; "
                f"{self.purged} off-topic bod{'y' if self.purged == 1 else 'ies'} purged.")


def reclassify(engine: Engine, classifier: Classifier, *, when: datetime, keep_days: int,
               dry_run: bool = False,
               on_start: Callable[[int], None] | None = None,
               on_step: Callable[[], None] | None = None) -> Reclassified:
    """Judge every stored and kept off-topic article again; labels win over the verdict.

    Bodies older than ``keep_days`` are purged first; a demoted article's body is kept
    from ``when`` on. With ``dry_run`` nothing is written.
    """
    result = Reclassified()
    if not dry_run:
        result.purged = storage.purge_off_topic(engine, before=when - timedelta(days=keep_days))
    result.stored, result.kept, pending = storage.candidates(engine)
    if on_start:
        on_start(result.stored + result.kept)
    for candidate in pending:
        change = _judge_again(engine, classifier, candidate, when, dry_run)
        if change is not None:
            result.changes.append(change)
        if on_step:
            on_step()
    return result


def _judge_again(engine: Engine, classifier: Classifier, c: storage.Candidate, when: datetime,
                 dry_run: bool) -> Change | None:
    verdict = classifier.classify(c.title or "", c.text)
    new = judgement(verdict)
    relevant = verdict.relevant if c.label is None else c.label
    before = c.judgement.relevance

    def change(action: str, article_id: int | None = None) -> Change:
        return Change(action, c.url, c.title, before, new.relevance, article_id)

    if c.article_id is not None and not relevant:
        if not dry_run:
            storage.demote(engine, c.article_id, relevance=new.relevance, when=when)
        return change("demoted")
    if c.article_id is not None:
        if new == c.judgement:
            return None
        if not dry_run:
            storage.rejudge(engine, c.article_id, new)
        return change("rejudged", c.article_id)
    if relevant:
        new_id = None if dry_run else storage.promote(engine, c.url, new)
        return change("promoted", new_id)
    if new.relevance != before and not dry_run:
        storage.rescore_off_topic(engine, c.url, new.relevance)
    return None
