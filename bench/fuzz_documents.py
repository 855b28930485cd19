"""Wild documents through every stage: exceptions escaping, time and memory per document.

Makes N documents per stage (default 2,000), half generated, half mutated real ones,
with the generators of tests/documents.py (the fuzz tests' own: one place for both),
and runs each through its stage as the crawl does: the spider's callbacks for feeds,
sitemaps, robots.txt, home pages and listing sections, and the extractor (in this
process: the worker pool's time limit is not what is measured). The HTML seeds are the
test fixtures plus, when present, the 196 real pages of ../shared/benchmarks.

Prints, per stage: documents tried, exceptions escaping (count, first types), median,
p99 and max seconds per document (the slowest named), and memory per document:
- tracemalloc: the peak of Python's own allocations during the call (objects, strings,
  lists; not what C libraries such as libxml2 allocate with malloc), measured in a
  second pass over every document, since tracing slows Python code and its bookkeeping
  takes memory of its own;
- max RSS (resource.getrusage, during the first, untraced pass): the process's peak
  resident memory before the first document and after the last, and the largest step
  one document gave it. A high-water mark: a document shows growth only when it takes
  the process above every earlier peak.
Memory is reported, not asserted (the fuzz tests bound only errors and time).

    python bench/fuzz_documents.py
    python bench/fuzz_documents.py --documents 300 --stages extract,feed --seed 7
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import logging
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import storage  # noqa: E402
from tests.documents import STAGE_KINDS, Document, Stages, random_document, seeds  # noqa: E402

SHARED = ROOT.parent / "shared" / "benchmarks"
MIB = 1024 * 1024


def shared_pages() -> tuple[Document, ...]:
    """The real pages of ../shared/benchmarks, as seeds (none when it is absent)."""
    pages = []
    for path in sorted((SHARED / "indonesian-news-pages" / "html").glob("*.html")):
        pages.append(Document("html", f"seed shared/{path.name}", path.read_bytes()))
    for path in sorted((SHARED / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        pages.append(Document("html", f"seed shared/{path.name[:12]}", gzip.decompress(
            path.read_bytes())))
    return tuple(pages)


@dataclass
class Figures:
    stage: str
    seconds: list[tuple[float, str]] = field(default_factory=list)
    escaped: Counter[str] = field(default_factory=Counter)
    first_escape: dict[str, str] = field(default_factory=dict)
    traced: list[int] = field(default_factory=list)  # bytes, tracemalloc peak per call
    rss_steps: list[tuple[int, str]] = field(default_factory=list)  # KiB, per document


def _maxrss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def documents(stage: str, count: int, seed: int, html: tuple[Document, ...]) -> Iterator[Document]:
    """The stage's documents, made one at a time (the same ones on every call): kept in a
    list, 12,000 of them would be most of the memory measured."""
    rng = random.Random(f"{seed}:{stage}")
    kind = STAGE_KINDS[stage]
    for _ in range(count):
        yield random_document(rng, kind, html if kind == "html" else None)


def run_stage(stages: Stages, stage: str, docs: Iterable[Document]) -> Figures:
    """Each document once: its time, what escaped, its step of the process's max RSS."""
    run = stages.run[stage]
    figures = Figures(stage)
    for doc in docs:
        before = _maxrss()
        start = time.perf_counter()
        try:
            run(doc)
        except Exception as exc:  # what escapes the stage: counted, not fatal here
            kind = type(exc).__name__
            figures.escaped[kind] += 1
            figures.first_escape.setdefault(kind, f"{exc!s:.120} <- {doc.recipe}")
        figures.seconds.append((time.perf_counter() - start, doc.recipe))
        figures.rss_steps.append((_maxrss() - before, doc.recipe))
    return figures


def trace_stage(stages: Stages, figures: Figures, docs: Iterable[Document]) -> None:
    """Each document again, traced: the peak of Python's allocations during the call."""
    run = stages.run[figures.stage]
    for doc in docs:
        tracemalloc.start()
        with contextlib.suppress(Exception):  # counted in run_stage
            run(doc)
        figures.traced.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98] if len(values) > 1 \
        else values[0]


def report(figures: Figures) -> None:
    times = [s for s, _ in figures.seconds]
    slowest, recipe = max(figures.seconds)
    escaped = sum(figures.escaped.values())
    print(f"\n{figures.stage}: {len(times)} documents, {escaped} exceptions escaping")
    for kind, count in figures.escaped.most_common(5):
        print(f"  {count} x {kind}: {figures.first_escape[kind]}")
    print(f"  seconds per document: median {statistics.median(times):.4f}, "
          f"p99 {_p99(times):.3f}, max {slowest:.3f} ({recipe})")
    if figures.traced:
        traced = [b / MIB for b in figures.traced]
        print(f"  tracemalloc peak per document, MiB: median {statistics.median(traced):.2f}, "
              f"p99 {_p99(traced):.1f}, max {max(traced):.1f}")
    step, step_recipe = max(figures.rss_steps)
    print(f"  largest max-RSS step of one document: {step / 1024:.1f} MiB ({step_recipe})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000, help="documents per stage")
    parser.add_argument("--stages", default=",".join(STAGE_KINDS),
                        help=f"comma-separated, of: {', '.join(STAGE_KINDS)}")
    parser.add_argument("--seed", type=int, default=1, help="of the documents' generator")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the traced second run of each document (half the time)")
    parser.add_argument("--no-shared", action="store_true",
                        help="seed HTML from tests/ only, not ../shared/benchmarks")
    args = parser.parse_args(argv)
    chosen = args.stages.split(",")
    if unknown := set(chosen) - set(STAGE_KINDS):
        parser.error(f"unknown stages: {', '.join(sorted(unknown))}")
    logging.disable(logging.WARNING)  # the spider's problems, one per broken document
    warnings.simplefilter("ignore")
    html = seeds("html") + (() if args.no_shared else shared_pages())
    print(f"seeds: {len(html)} HTML pages, "
          + ", ".join(f"{len(seeds(k))} {k}" for k in ("feed", "sitemap", "robots"))
          + f"; {args.documents} documents per stage, generator seed {args.seed}")
    rss_start = _maxrss()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        stages = Stages(f"sqlite:///{tmp}/pantau.db")
        runs = []
        for stage in chosen:  # untraced first: times and max RSS are not tracemalloc's
            docs = documents(stage, args.documents, args.seed, html)
            runs.append(run_stage(stages, stage, docs))
        rss_end = _maxrss()
        if not args.no_memory:
            for figures in runs:
                docs = documents(figures.stage, args.documents, args.seed, html)
                trace_stage(stages, figures, docs)
        storage.forget_engines()
    for figures in runs:
        report(figures)
    tried = sum(len(f.seconds) for f in runs)
    escaped = sum(sum(f.escaped.values()) for f in runs)
    longest, recipe = max(max(f.seconds) for f in runs)
    print(f"\nall stages: {tried} documents, {escaped} exceptions escaping; longest "
          f"{longest:.3f} s for one document ({recipe}); {time.perf_counter() - started:.0f} s "
          "in all")
    print(f"max RSS of the process: {rss_start / 1024:.0f} MiB before the first document, "
          f"{rss_end / 1024:.0f} MiB after the last (untraced run)")
    return 1 if escaped else 0


if __name__ == "__main__":
    sys.exit(main())
