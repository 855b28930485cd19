"""The lexicon: weighted terms, the scoring factors and the threshold of the
classifier (``data/lexicon.toml``, plus a user's extra file from ``[relevance] lexicon``).

Loading it is cheap (two TOML files and one regular expression) and checks every
entry, so ``pantau check`` and every command validate it without building the
classifier (whose place indexes take a second to load).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from crawler.config.settings import ConfigError, read_toml
from crawler.relevance.folding import fold

STAGES = ("exploration", "loi", "mou", "renewal", "programme", "visit")
# kinds of [cues]: who the foreign side is when it is no local government
CUE_KINDS = ("company", "mission")


@dataclass(frozen=True)
class Term:
    text: str
    weight: float
    stage: str | None = None


def normal_term(term: str) -> str:
    """Match key: folded, without spaces or hyphens ("Kerja-sama" -> "kerjasama")."""
    return re.sub(r"[\s\-]+", "", fold(term))


@dataclass(frozen=True)
class Lexicon:
    """Terms, weights, gate factors and threshold, loaded from TOML."""

    terms: dict[str, Term]  # by normal_term(text)
    scoring: dict[str, float]
    threshold: float
    pattern: re.Pattern[str]
    # who the foreign side is when it is not a local government ("company", "mission"):
    # one pattern per kind of cue
    cues: dict[str, re.Pattern[str]] = dataclasses.field(default_factory=dict)

    @classmethod
    def load(cls, extra: str | Path | None = None) -> Lexicon:
        """The built-in lexicon, and ``extra``'s entries added to it; a ConfigError
        lists every problem of the extra file (unknown keys, weights that are not
        numbers, unknown stages, a threshold outside [0, 1])."""
        text = resources.files("crawler.relevance").joinpath("data", "lexicon.toml").read_text(
            "utf-8")
        tables = [("lexicon.toml", tomllib.loads(text))]
        if extra is not None:
            tables.append((str(extra), read_toml(extra, "lexicon")))
        terms: dict[str, Term] = {}
        cues: dict[str, set[str]] = {}
        spellings: set[str] = set()
        scoring: dict[str, float] = {}
        threshold = 0.5
        problems: list[str] = []
        for source, table in tables:
            problems += _problems(table, source, known_scoring=scoring)
            if problems:
                continue
            terms.update(_terms(table.get("terms", {}), source))
            for kind, words in table.get("cues", {}).items():
                cues.setdefault(kind, set()).update(words)
            spellings |= set(table.get("terms", {}))
            scoring.update(table.get("scoring", {}))
            threshold = float(table.get("threshold", threshold))
        if problems:
            raise ConfigError(*problems)
        return cls(terms, scoring, threshold, _compile(spellings),
                   {kind: _compile_cues(words) for kind, words in cues.items()})


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _problems(table: dict[str, Any], source: str, known_scoring: dict[str, float]) -> list[str]:
    """What is wrong with one lexicon file's tables (``known_scoring``: the built-in
    factors, which an extra file may change but not add to; empty for the built-in)."""
    problems = [f"{source}: unknown key {key!r} (known: threshold, scoring, terms, cues)"
                for key in table if key not in ("threshold", "scoring", "terms", "cues")]
    cues = table.get("cues", {})
    if not isinstance(cues, dict):
        problems.append(f"{source}: [cues] must be a table")
    else:
        for kind, words in cues.items():
            if kind not in CUE_KINDS:
                problems.append(f"{source}: [cues] unknown kind {kind!r} (known: "
                                f"{', '.join(CUE_KINDS)})")
            elif not isinstance(words, list) or not all(
                    isinstance(w, str) and w.strip() for w in words):
                problems.append(f"{source}: [cues] {kind}: expected a list of words")
    threshold = table.get("threshold", 0.5)
    if not _number(threshold) or not 0 <= threshold <= 1:
        problems.append(f"{source}: threshold: expected a number in [0, 1], got {threshold!r}")
    scoring = table.get("scoring", {})
    if not isinstance(scoring, dict):
        problems.append(f"{source}: [scoring] must be a table")
        scoring = {}
    for key, value in scoring.items():
        if known_scoring and key not in known_scoring:
            problems.append(f"{source}: [scoring] unknown factor {key!r}")
        elif not _number(value):
            problems.append(f"{source}: [scoring] {key}: expected a number, got {value!r}")
    entries = table.get("terms", {})
    if not isinstance(entries, dict):
        return [*problems, f"{source}: [terms] must be a table"]
    for text, spec in entries.items():
        if not text.strip():
            problems.append(f"{source}: [terms] an empty term")
        elif not isinstance(spec, dict) or set(spec) - {"weight", "stage"} \
                or not _number(spec.get("weight")):
            problems.append(f"{source}: term {text!r} needs a numeric weight, no other keys "
                            "than weight and stage (e.g. { weight = 1.0, stage = \"mou\" })")
        elif spec.get("stage") not in (None, *STAGES):
            problems.append(f"{source}: term {text!r} has unknown stage {spec['stage']!r} "
                            f"(known: {', '.join(STAGES)})")
    return problems


def _terms(table: dict[str, Any], source: str) -> dict[str, Term]:
    terms: dict[str, Term] = {}
    for text, spec in table.items():
        # spellings that differ only in spaces share one entry, named by the first
        terms.setdefault(normal_term(text), Term(text, float(spec["weight"]), spec.get("stage")))
    return terms


def _compile_cues(words: set[str]) -> re.Pattern[str]:
    """Cue words: all-capital ones ("PT", "KBRI") match in capitals only."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        body = r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", word.strip()))
        parts.append(body if word.isupper() else f"(?i:{body})")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _compile(texts: Any) -> re.Pattern[str]:
    parts = [r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", t.strip()))
             for t in sorted(texts, key=len, reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
