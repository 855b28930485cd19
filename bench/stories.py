"""One story, many outlets: cost and quality of story grouping (crawler/stories.py,
storage/stories.py).

Prints
- the cost per document of a signature (shingling + 128-value MinHash + 32 band
  hashes) and of storing an article with and without its story lookup, over the
  IndoSum haystack (../shared/benchmarks/indosum-dev, 3,463 real news articles);
- how often edited copies join the story of their original, per edit (dateline,
  "Baca juga" line, footer, cuts to 70% and 50%, all at once), and the lowest
  resemblance each edit reached; every IndoSum article of 100 words or more is an
  original;
- how many IndoSum articles end up in a story with another one (real near-copies
  in the haystack, or false joins: the pairs are listed with their resemblance so
  a person can judge), and the highest resemblance between two different
  on-topic articles of the saved-page corpus (tests/pages: same topic, different
  stories).

    python bench/stories.py            # everything
    python bench/stories.py --limit 500  # fewer haystack articles
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import storage
from crawler import stories
from crawler.config.settings import Config

ROOT = Path(__file__).resolve().parents[1]
HAYSTACK = ROOT.parent / "shared" / "benchmarks" / "indosum-dev"
PAGES = ROOT / "tests" / "pages"
T = datetime(2025, 1, 1, tzinfo=UTC)


def haystack(limit: int | None) -> list[tuple[str, str]]:
    """Unique IndoSum articles as (id, text)."""
    found: dict[str, str] = {}
    for path in sorted(HAYSTACK.glob("dev.*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                paragraphs = [" ".join(" ".join(s) for s in p) for p in doc["paragraphs"]]
                found.setdefault(doc["id"], "\n\n".join(paragraphs))
    return list(found.items())[:limit]


def on_topic_pages() -> list[tuple[str, str]]:
    cases = []
    for path in sorted(PAGES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if case.get("article", True) and case.get("paragraphs") and path.stem != "offtopic-flood":
            cases.append((path.stem, "\n\n".join(case["paragraphs"])))
    return cases


def _cut(text: str, share: float) -> str:
    return text[: int(len(text) * share)].rsplit(" ", 1)[0]


def _baca_juga(text: str) -> str:
    paragraphs = text.split("\n\n")
    middle = max(1, len(paragraphs) // 2)
    line = "Baca juga: Pemkot dan DPRD sepakati rancangan anggaran perubahan tahun ini"
    return "\n\n".join([*paragraphs[:middle], line, *paragraphs[middle:]])


EDITS: dict[str, Callable[[str], str]] = {
    "dateline": lambda t: "JAKARTA, KOMPAS.com - " + t,
    "baca juga": _baca_juga,
    "footer": lambda t: t + "\n\nIkuti berita terkini kami di Google News dan kanal WhatsApp."
    " Editor: Redaksi. Copyright 2025, hak cipta dilindungi undang-undang.",
    "cut 70%": lambda t: _cut(t, 0.7),
    "cut 50%": lambda t: _cut(t, 0.5),
    "all + cut 70%": lambda t: "MEDAN (ANTARA) - " + _cut(_baca_juga(t), 0.7)
    + "\n\n(Redaksi) Sebarkan artikel ini.",
}


def _ms(seconds: list[float]) -> str:
    return (f"median {statistics.median(seconds) * 1000:.2f} ms, "
            f"mean {statistics.fmean(seconds) * 1000:.2f} ms, "
            f"p95 {sorted(seconds)[int(len(seconds) * 0.95)] * 1000:.2f} ms")


def signing_cost(docs: list[tuple[str, str]]) -> None:
    stories.signature(docs[0][1])  # warm up
    times = []
    for _id, text in docs:
        start = time.perf_counter()
        stories.signature(text)
        times.append(time.perf_counter() - start)
    words = statistics.median(len(stories.words(t)) for _i, t in docs)
    print(f"signature, {len(docs)} docs (median {words:.0f} words): {_ms(times)}")


def _article(n: int, text: str, signature: storage.Signature | None) -> storage.NewArticle:
    return storage.NewArticle(
        url=f"https://bench.example/{n}", canonical_url=f"https://bench.example/{n}",
        source="bench", title=None, text=text, fetched_at=T, relevance=0.9,
        signature=signature,
    )


def storing(docs: list[tuple[str, str]], join_at: float) -> list[storage.Story]:
    """Store every doc twice over (plain, then signed) and time both; the stories."""
    signatures = [stories.signature(t) for _i, t in docs]
    with tempfile.TemporaryDirectory() as folder:
        for signed in (False, True):
            engine = storage.open_database(f"sqlite:///{folder}/{signed}.db")
            times = []
            for n, ((_id, text), sig) in enumerate(zip(docs, signatures, strict=True)):
                start = time.perf_counter()
                storage.add_article(engine, _article(n, text, sig if signed else None),
                                    join_at=join_at)
                times.append(time.perf_counter() - start)
            what = "with signature and story lookup" if signed else "without signature"
            print(f"add_article {what}: {_ms(times)}")
        found = storage.search_stories(engine, storage.Filters())
        storage.forget_engines()
    return found


def edits(docs: list[tuple[str, str]], join_at: float) -> None:
    originals = [(i, t) for i, t in docs if len(stories.words(t)) >= 100]
    print(f"\nedited copies of {len(originals)} originals of 100+ words (join_at {join_at}):")
    for name, edit in EDITS.items():
        joined, scores = 0, []
        for _id, text in originals:
            a, b = stories.signature(text), stories.signature(edit(text))
            assert a is not None
            assert b is not None
            score = a.resemblance(b)
            candidate = bool(set(a.bands) & set(b.bands))
            scores.append(score)
            joined += candidate and score >= join_at
        print(f"  {name:14} joins {joined}/{len(originals)} "
              f"({joined / len(originals):.1%}), resemblance min {min(scores):.2f} "
              f"median {statistics.median(scores):.2f}")


def same_topic(join_at: float) -> None:
    pages = on_topic_pages()
    pairs = []
    for (name_a, a), (name_b, b) in itertools.combinations(pages, 2):
        sa, sb = stories.signature(a), stories.signature(b)
        if sa and sb:
            pairs.append((sa.resemblance(sb), bool(set(sa.bands) & set(sb.bands)),
                          name_a, name_b))
    pairs.sort(reverse=True)
    print(f"\nsame topic, different stories: {len(pairs)} pairs of {len(pages)} on-topic pages")
    for score, candidate, a, b in pairs[:3]:
        print(f"  {score:.2f} {'LSH candidate' if candidate else 'not a candidate'}: {a} / {b}")
    wrong = [p for p in pairs if p[1] and p[0] >= join_at]
    print(f"  joined: {len(wrong)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="haystack articles to use (default: all)")
    parser.add_argument("--join-at", type=float, default=Config().stories.join_at)
    args = parser.parse_args(argv)
    print(f"scheme: {stories.SCHEME}")
    docs = haystack(args.limit)
    if not docs:
        print(f"no haystack at {HAYSTACK}: only the saved-page figures", file=sys.stderr)
        docs = on_topic_pages()
    signing_cost(docs)
    found = storing(docs, args.join_at)
    shared = [s for s in found if len(s.articles) > 1]
    members = sum(len(s.articles) for s in shared)
    print(f"\nhaystack: {len(docs)} articles in {len(found)} stories; {len(shared)} stories "
          f"of 2+ articles ({members} articles)")
    texts = dict(enumerate(t for _i, t in docs))
    ids = dict(enumerate(i for i, _t in docs))
    for story in shared[:15]:
        first, *others = story.articles
        sig = stories.signature(texts[first.id - 1])
        for other in others:
            score = sig.resemblance(stories.signature(texts[other.id - 1]))  # type: ignore[union-attr]
            print(f"  {score:.2f}  {ids[first.id - 1]}  ~  {ids[other.id - 1]}")
    edits(docs, args.join_at)
    same_topic(args.join_at)
    return 0


if __name__ == "__main__":
    sys.exit(main())
