"""Quality and speed of article extraction: plain trafilatura vs Pantau's extract().

Scores both, in one run, on
- ../shared/benchmarks/article-extraction-benchmark (181 pages, the
  scrapinghub metric: 4-token shingle multisets, per-page TP/FP/FN normalised,
  mean precision and recall, F1 from the means), and
- ../shared/benchmarks/indonesian-news-pages (15 Indonesian pages: the same
  body metric, exact titles, publication dates within a minute),
printing F1, precision, recall and mean milliseconds per page.

    python bench/extraction.py                  # both sets, both extractors
    python bench/extraction.py --indonesian     # the 15 Indonesian pages only
    python bench/extraction.py --worst 10       # also list Pantau's 10 worst pages
    python bench/extraction.py --write-baseline # pin Pantau's figures in bench/baseline.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import trafilatura

from crawler.extract.article import extract

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
AEB = BENCHMARKS / "article-extraction-benchmark"
INDONESIAN = BENCHMARKS / "indonesian-news-pages"
BASELINE = ROOT / "bench" / "baseline.json"

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles of ``text`` (tokens are ``\\w+`` runs)."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(predicted: str, truth: str) -> tuple[float, float, float]:
    """(TP, FP, FN) of one page, normalised so that they sum to 1."""
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def score(pages: Iterable[tuple[float, float, float]]) -> Score:
    """Mean precision and recall over pages, F1 from the two means."""
    precisions, recalls = [], []
    for tp, fp, fn in pages:
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def body_f1(predicted: str, truth: str) -> float:
    """F1 of one page's body (used by the tests' floors)."""
    return score([page_counts(predicted, truth)]).f1


# --- the two extractors, same input (str) --------------------------------------


@dataclass(frozen=True)
class Output:
    text: str
    title: str | None = None
    published_at: datetime | None = None


def plain_trafilatura(html: str, url: str) -> Output:
    return Output(trafilatura.extract(html, include_comments=False) or "")


def pantau(html: str, url: str) -> Output:
    result = extract(html, url)
    if result is None:
        return Output("")
    return Output(result.text, result.title, result.published_at)


EXTRACTORS: dict[str, Callable[[str, str], Output]] = {
    "trafilatura": plain_trafilatura,
    "pantau": pantau,
}


# --- data sets ----------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    html: str
    text: str
    title: str | None = None
    published_at: datetime | None = None


def aeb_pages() -> list[Page]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, item in sorted(truth.items()):
        with gzip.open(AEB / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as f:
            pages.append(Page(page_id, item.get("url") or "", f.read(), item["articleBody"]))
    return pages


def indonesian_pages() -> list[Page]:
    expected = json.loads((INDONESIAN / "expected.json").read_text(encoding="utf-8"))
    return [
        Page(
            item["file"],
            item["url"],
            (INDONESIAN / item["file"]).read_text(encoding="utf-8", errors="replace"),
            item["text"],
            item.get("title"),
            datetime.fromisoformat(item["published_at_utc"]),
        )
        for item in expected
    ]


# --- running --------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    score: Score
    ms_per_page: float
    titles: int
    dates: int
    per_page: list[tuple[str, float]]


def run(pages: list[Page], extractors: dict[str, Callable[[str, str], Output]]
        ) -> dict[str, Result]:
    """Every extractor on every page, interleaved page by page, so that a load spike on a
    shared machine slows all of them alike."""
    outputs: dict[str, list[Output]] = {label: [] for label in extractors}
    elapsed = dict.fromkeys(extractors, 0.0)
    for page in pages:
        for label, fn in extractors.items():
            start = time.perf_counter()
            outputs[label].append(fn(page.html, page.url))
            elapsed[label] += time.perf_counter() - start
    return {label: _result(pages, outputs[label], elapsed[label]) for label in extractors}


def _result(pages: list[Page], outputs: list[Output], elapsed: float) -> Result:
    counts = [page_counts(out.text, page.text) for out, page in zip(outputs, pages, strict=True)]
    per_page = [(p.name, score([c]).f1) for p, c in zip(pages, counts, strict=True)]
    titles = sum(1 for o, p in zip(outputs, pages, strict=True) if p.title and o.title == p.title)
    dates = sum(
        1
        for o, p in zip(outputs, pages, strict=True)
        if p.published_at and o.published_at
        and abs((o.published_at - p.published_at).total_seconds()) <= 60
    )
    return Result(score(counts), 1000 * elapsed / len(pages), titles, dates, per_page)


def report(name: str, pages: list[Page], worst: int) -> dict[str, dict[str, float]]:
    print(f"\n{name}: {len(pages)} pages")
    print(f"  {'extractor':<12} {'F1':>6} {'P':>6} {'R':>6} {'ms/page':>8}  titles  dates")
    figures = {}
    for fn in EXTRACTORS.values():
        fn(pages[0].html, pages[0].url)  # warm-up: imports, caches
    results = run(pages, EXTRACTORS)
    for label, res in results.items():
        s = res.score
        extra = f"  {res.titles:>6}  {res.dates:>5}" if label == "pantau" else ""
        print(f"  {label:<12} {s.f1:6.3f} {s.precision:6.3f} {s.recall:6.3f} "
              f"{res.ms_per_page:8.1f}{extra}")
        figures[label] = {"f1": round(s.f1, 4), "precision": round(s.precision, 4),
                          "recall": round(s.recall, 4), "ms": round(res.ms_per_page, 1)}
    ratio = results["pantau"].ms_per_page / results["trafilatura"].ms_per_page
    print(f"  time ratio pantau/trafilatura: {ratio:.2f}x")
    for page_name, f1 in sorted(results["pantau"].per_page, key=lambda x: x[1])[:worst]:
        print(f"    {f1:.3f}  {page_name}")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--indonesian", action="store_true", help="the 15 Indonesian pages only")
    parser.add_argument("--worst", type=int, default=0, help="list Pantau's N worst pages")
    parser.add_argument("--write-baseline", action="store_true", help=f"write {BASELINE.name}")
    args = parser.parse_args(argv)
    if not BENCHMARKS.is_dir():
        print(f"benchmarks not found: {BENCHMARKS}", file=sys.stderr)
        return 1
    figures = {}
    if not args.indonesian:
        figures["article-extraction-benchmark"] = report(
            "article-extraction-benchmark", aeb_pages(), args.worst)
    figures["indonesian-news-pages"] = report(
        "indonesian-news-pages", indonesian_pages(), args.worst)
    if args.write_baseline:
        pinned = {name: fig["pantau"] for name, fig in figures.items()}
        BASELINE.write_text(json.dumps(pinned, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
