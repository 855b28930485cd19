"""Sister-city relevance: does an article report cooperation between an Indonesian
regional government and a foreign city, province or state?

The decision is explainable: a weighted lexicon (``data/lexicon.toml``) gives the
evidence, title terms weighing more than terms deep in the body; place recognition
(``crawler.relevance.places``) gives the foreign partners and the Indonesian party; gates
multiply the score down when a side is missing (no foreign place, only a foreign
country, no Indonesian regional government) or the page is a list of headlines.

    classifier = Classifier.from_config()
    verdict = classifier.classify(title, text)
    verdict.relevant, verdict.score, verdict.partners[0], verdict.stage
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from crawler.prose import looks_like_listing
from crawler.relevance.gazetteer import Gazetteer
from crawler.relevance.lexicon import STAGES, Lexicon, Term, normal_term
from crawler.relevance.places import IndonesianParty, Partner, PlaceReport

__all__ = ["STAGES", "Classifier", "Evidence", "IndonesianParty", "Lexicon", "Partner", "Verdict"]

# When one passage reports several stages, the most advanced/specific one names it.
_STAGE_PRIORITY = ("renewal", "loi", "mou", "exploration", "programme", "visit")


@dataclass(frozen=True)
class Evidence:
    term: str  # the lexicon term matched, e.g. "kota bersahabat"
    where: str  # "title" | "body"
    weight: float  # its contribution (negative for off-topic terms)

    def __post_init__(self) -> None:
        if self.where not in ("title", "body"):
            raise ValueError(f"evidence must be in 'title' or 'body', not {self.where!r}")


@dataclass(frozen=True)
class Verdict:
    relevant: bool
    score: float  # in [0, 1]
    matched: tuple[str, ...]  # distinct terms that count for it, strongest first
    # (terms that count against, such as "perusahaan", are in ``evidence`` only)
    evidence: tuple[Evidence, ...]
    partners: tuple[Partner, ...]  # foreign places, most salient first
    stage: str | None  # one of STAGES
    indonesian_party: IndonesianParty | None

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must be in [0, 1], got {self.score}")
        if self.stage is not None and self.stage not in STAGES:
            raise ValueError(f"unknown stage {self.stage!r}")


@dataclass(frozen=True)
class _Hit:
    term: Term
    where: str
    start: int
    weight: float
    sentence: int  # index of the sentence (in its field) the term is in
    scope: bool = False  # after "guna", "meliputi", "di bidang" ...: what is agreed on


# Words that introduce what a cooperation covers: a programme term after one in its
# sentence ("menjalin kerja sama guna mendorong ... pertukaran budaya", "mencakup
# pertukaran pelajar") names the scope of an agreement, not a programme under way.
_SCOPE = re.compile(r"\b(?:guna|meliputi|mencakup|mencakupi|di\s+bidang|bidang|antara\s+lain"
                    r"|termasuk|mulai\s+dari|seperti|berupa|covering|including|such\s+as"
                    r"|in\s+the\s+fields?\s+of)\b", re.I)


# A headline term this strong is the sister-relation frame itself ("sister city", "kota
# kembar"): such a headline says who the parties are, whoever else the text names.
_FRAME_WEIGHT = 1.2

_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")


class Classifier:
    """Scores articles; build once per process with ``from_config``."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, threshold: float) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1], got {threshold}")
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.threshold = threshold

    @classmethod
    def from_config(cls, threshold: float | None = None,
                    extra_lexicon: str | None = None) -> Classifier:
        """Load lexicon and place indexes; ``threshold`` overrides the lexicon's (0.5)."""
        lexicon = Lexicon.load(extra_lexicon)
        return cls(lexicon, Gazetteer.load(), lexicon.threshold if threshold is None
                   else threshold)

    def classify(self, title: str, text: str) -> Verdict:
        hits = self._hits(title, "title") + self._hits(text, "body")
        best = _strongest(hits)
        anchors = tuple(h.start for h in hits if h.where == "body" and h.weight > 0)
        places = self.gazetteer.find(title, text, anchors)
        evidence = [Evidence(h.term.text, h.where, round(h.weight, 3)) for h in best]
        evidence += self._place_evidence(places)
        evidence.sort(key=lambda e: -e.weight)
        raw = sum(e.weight for e in evidence)
        title_terms = any(h.where == "title" and h.weight > 0 for h in hits)
        # the sister-relation frame in the headline, or in the body's lead with a foreign
        # city or region named: the text says who the parties are, whoever else it names
        # (a consul who comes to discuss Manado's sister city with Davao)
        lead = self.lexicon.scoring["body_full_weight_share"] * len(text)
        framed = any(h.term.weight >= _FRAME_WEIGHT and (
            h.where == "title" or (h.start <= lead and any(
                p.kind != "country" for p in places.partners))) for h in hits)
        gates = self._gates(places, title, text, title_terms, framed)
        if not any(h.weight > 0 and h.term.stage != "visit" for h in hits):
            gates *= self.lexicon.scoring["visit_only"]
        score = round((1.0 - math.exp(-max(raw, 0.0))) * gates, 3)
        return Verdict(
            relevant=score >= self.threshold, score=score,
            matched=tuple(dict.fromkeys(e.term for e in evidence
                                        if e.weight > 0 and not e.term.startswith("["))),
            evidence=tuple(evidence), partners=places.partners[:5],
            stage=_stage(hits), indonesian_party=places.party)

    def _hits(self, text: str, where: str) -> list[_Hit]:
        hits = []
        breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
        for m in self.lexicon.pattern.finditer(text):
            term = self.lexicon.terms[normal_term(m.group())]
            factor = self._position_factor(where, m.start(), len(text))
            sentence = bisect.bisect(breaks, m.start())
            opening = breaks[sentence - 1] if sentence else 0
            scope = term.stage == "programme" and bool(_SCOPE.search(text, opening, m.start()))
            hits.append(_Hit(term, where, m.start(), term.weight * factor, sentence, scope))
        return hits

    def _position_factor(self, where: str, start: int, length: int) -> float:
        s = self.lexicon.scoring
        if where == "title":
            return s["title_factor"]
        position = start / max(length, 1)
        full, tail = s["body_full_weight_share"], s["body_tail_factor"]
        if position <= full:
            return 1.0
        return 1.0 - (1.0 - tail) * (position - full) / (1.0 - full)

    def _place_evidence(self, places: PlaceReport) -> list[Evidence]:
        s = self.lexicon.scoring
        evidence = []
        if places.foreign_local_government:
            evidence.append(Evidence("[foreign local government]", "body",
                                     s["foreign_local_government"]))
        if places.party_governed:
            evidence.append(Evidence("[regional government]", "body", s["regional_government"]))
        return evidence

    def _gates(self, places: PlaceReport, title: str, text: str, title_terms: bool,
               framed: bool) -> float:
        s = self.lexicon.scoring
        factor = 1.0
        if not places.partners:
            factor *= s["no_foreign_place"]
        elif all(p.kind == "country" for p in places.partners):
            factor *= s["country_only"]
        if not places.party_governed:
            factor *= s["no_regional_government"]
        if looks_like_listing(text.splitlines()):
            factor *= s["listing_page"]
        if not places.foreign_local_government and not framed:  # who is the foreign side?
            for kind, gate in (("company", "company_counterpart"),
                               ("mission", "diplomatic_mission")):
                cue = self.lexicon.cues.get(kind)
                if cue is not None and (cue.search(title) or cue.search(text)):
                    factor *= s[gate]
        if title.strip() and not places.partner_in_title and not title_terms:
            factor *= s["nothing_in_title"]
        return factor


def _strongest(hits: list[_Hit]) -> list[_Hit]:
    """Each term once, where it counts most (most negative for off-topic terms)."""
    best: dict[str, _Hit] = {}
    for hit in hits:
        kept = best.get(hit.term.text)
        if kept is None or abs(hit.weight) > abs(kept.weight):
            best[hit.term.text] = hit
    return list(best.values())


def _stage(hits: list[_Hit]) -> str | None:
    """The stage the lead reports: the title's stage terms, else those of the first
    body sentence that has any; several in one place are settled by _STAGE_PRIORITY.
    Programme terms naming an agreement's scope do not count."""
    staged = [h for h in hits if h.term.stage and h.weight > 0 and not h.scope]
    if not staged:
        return None
    where = "title" if any(h.where == "title" for h in staged) else "body"
    lead = [h for h in staged if h.where == where]
    first = min(lead, key=lambda h: h.start)
    stages = {h.term.stage for h in lead if where == "title" or h.sentence == first.sentence}
    return next(s for s in _STAGE_PRIORITY if s in stages)
