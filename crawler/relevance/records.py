"""A verdict as storage keeps it: the one mapping from ``classifier.Verdict`` to the
``storage.Judgement`` that the crawl stores with an article and that ``labels`` writes
when articles are judged again."""

from __future__ import annotations

import dataclasses
from typing import Any

import storage
from crawler.relevance.classifier import Verdict


def judgement(verdict: Verdict) -> storage.Judgement:
    party = verdict.indonesian_party
    return storage.Judgement(
        relevance=round(verdict.score, 4),
        matched=tuple(verdict.matched),
        evidence=tuple({"term": e.term, "where": e.where, "weight": e.weight}
                       for e in verdict.evidence),
        partners=tuple(storage.PartnerRecord(p.name, p.country, p.kind) for p in verdict.partners),
        stage=verdict.stage,
        indonesian_party={"name": party.name, "code": party.code} if party else None,
    )


def judgement_fields(verdict: Verdict) -> dict[str, Any]:
    """The judgement as keyword arguments (of ``storage.NewArticle``, for instance)."""
    judged = judgement(verdict)
    return {f.name: getattr(judged, f.name) for f in dataclasses.fields(judged)}
