"""Quality and speed of the relevance step (crawler/relevance/classifier.py).

Prints, for the real texts of tests/relevance/realworld (dev, dev2, dev3, dev4, dev5 and
blind2, read since issue 12's fifth stop, for tuning; held-out, blind, blind3, blind4 measured
only: real pages' words, split before the classifier ran on them), precision,
recall, partner and stage accuracy and the near misses
accepted; the false positives per 4,000 ordinary articles (IndoSum with the held-out
and blind near misses mixed in at 4 per 100); and
for the labelled development set (tests/relevance/dev.jsonl, the part used
for tuning), the held-out part (tests/relevance/heldout.jsonl) and the blind set
(tests/relevance/blind.jsonl, written and committed before the classifier was ever
run on it):
precision, recall, F1, partner accuracy and stage accuracy; the rejection rate of
the written hard negatives (tests/relevance/hard_negatives.jsonl); the false-positive
rate on the IndoSum haystack (../shared/benchmarks/indosum-dev, 3,463 real news
articles, minus the few labelled on topic in tests/relevance/haystack_labels.csv;
IndoSum has no headlines, so the title is rebuilt from the URL slug in the id);
the time to build the classifier and the median classify() time per article.

    python bench/relevance.py            # everything
    python bench/relevance.py --errors   # also list every wrong decision
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from crawler.relevance.classifier import Classifier, Verdict
from crawler.relevance.gazetteer import Gazetteer
from crawler.relevance.places import fold

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "relevance"
HAYSTACK = ROOT.parent / "shared" / "benchmarks" / "indosum-dev"


def load_cases(name: str) -> list[dict]:
    with open(CASES / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


REAL = "realworld"  # tests/relevance/realworld: real pages' texts, split dev/held-out/blind
MIX = 0.04  # near misses among ordinary news, about what keyword-matching real news gives
PER = 4000


def per_4000(haystack_rate: float, near_miss_rate: float) -> float:
    """False positives among 4,000 ordinary articles: IndoSum with near misses mixed in."""
    return PER * ((1 - MIX) * haystack_rate + MIX * near_miss_rate)


def partner_matches(verdict: Verdict, expected: dict, gazetteer: Gazetteer) -> bool:
    """The first partner is the expected place (same name, or a name of the same place)."""
    if not verdict.partners:
        return False
    first = verdict.partners[0]
    if first.country != expected["country"]:
        return False
    if fold(first.name) == fold(expected["name"]):
        return True
    return any(fold(p.name) == fold(first.name) and p.country == first.country
               for p in gazetteer.lookup(expected["name"]))


def evaluate(classifier: Classifier, cases: list[dict]) -> dict:
    tp = fp = fn = partner_ok = stage_ok = 0
    errors = []
    for case in cases:
        verdict = classifier.classify(case["title"], case["text"])
        if verdict.relevant and case["relevant"]:
            tp += 1
        elif verdict.relevant:
            fp += 1
            errors.append((case["id"], "false positive", verdict))
        elif case["relevant"]:
            fn += 1
            errors.append((case["id"], "false negative", verdict))
        if case["relevant"]:
            if partner_matches(verdict, case["partner"], classifier.gazetteer):
                partner_ok += 1
            else:
                errors.append((case["id"], f"partner, expected {case['partner']}", verdict))
            if verdict.stage == case["stage"]:
                stage_ok += 1
            else:
                errors.append((case["id"], f"stage, expected {case['stage']}", verdict))
    positives = sum(c["relevant"] for c in cases)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"cases": len(cases), "on_topic": positives, "tp": tp, "fp": fp, "fn": fn,
            "precision": precision, "recall": recall, "f1": f1,
            "partner_accuracy": partner_ok / positives if positives else 1.0,
            "stage_accuracy": stage_ok / positives if positives else 1.0, "errors": errors}


def rejection(classifier: Classifier, cases: list[dict]) -> tuple[int, list]:
    accepted = [(c["id"], classifier.classify(c["title"], c["text"])) for c in cases]
    wrong = [(cid, v) for cid, v in accepted if v.relevant]
    return len(cases) - len(wrong), wrong


def haystack_labels() -> dict[str, str]:
    """Haystack ids labelled on topic by hand, with the reason."""
    rows = (r for r in (CASES / "haystack_labels.csv").read_text("utf-8").splitlines()
            if r and not r.startswith("#"))
    return {row["id"]: row["reason"] for row in csv.DictReader(rows)}


def haystack_articles(root: Path = HAYSTACK) -> Iterator[dict]:
    """Unique IndoSum articles as {"id", "title", "text"}; title = first sentence."""
    seen = set()
    for path in sorted(root.glob("dev.*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if doc["id"] in seen:
                    continue
                seen.add(doc["id"])
                paragraphs = [" ".join(" ".join(s) for s in p) for p in doc["paragraphs"]]
                yield {"id": doc["id"], "title": _slug_title(doc["id"]),
                       "text": "\n\n".join(paragraphs)}


def _slug_title(doc_id: str) -> str:
    """IndoSum keeps no headline; its ids end with the URL slug of one, cut at ~50
    characters: "1494026100-kang-emil-ingin-undang" -> "Kang Emil Ingin Undang"."""
    words = doc_id.split("-")[1:]
    return " ".join(w[:1].upper() + w[1:] for w in words)


def haystack(classifier: Classifier) -> dict:
    labels = haystack_labels()
    fps, times, n = [], [], 0
    for doc in haystack_articles():
        start = time.perf_counter()
        verdict = classifier.classify(doc["title"], doc["text"])
        times.append(time.perf_counter() - start)
        if doc["id"] in labels:
            continue
        n += 1
        if verdict.relevant:
            fps.append((doc["id"], verdict))
    return {"articles": n, "labelled_on_topic": len(labels), "false_positives": fps,
            "median_ms": statistics.median(times) * 1000}


def build_seconds() -> float:
    Gazetteer.load.cache_clear()
    start = time.perf_counter()
    Classifier.from_config()
    return time.perf_counter() - start


TUNED = ("dev", "dev2", "dev3", "dev4", "dev5", "blind2")  # read, and rules written from them
UNSEEN = ("heldout", "blind", "blind3", "blind4")  # measured only


def _print_errors(errors: list) -> None:
    for case_id, what, v in errors:
        print(f"    {case_id}: {what}: score={v.score} partners={v.partners[:2]} "
              f"stage={v.stage} party={v.indonesian_party} matched={v.matched[:5]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong decision")
    args = parser.parse_args(argv)
    print(f"build Classifier.from_config(): {build_seconds():.2f} s")
    classifier = Classifier.from_config()
    for name in ("dev.jsonl", "heldout.jsonl", "blind.jsonl"):
        r = evaluate(classifier, load_cases(name))
        print(f"{name:14} cases={r['cases']} on_topic={r['on_topic']} tp={r['tp']} "
              f"fp={r['fp']} fn={r['fn']} precision={r['precision']:.3f} "
              f"recall={r['recall']:.3f} f1={r['f1']:.3f} "
              f"partner={r['partner_accuracy']:.3f} stage={r['stage_accuracy']:.3f}")
        if args.errors:
            _print_errors(r["errors"])
    real: dict[str, dict] = {}
    for name in (*TUNED, *UNSEEN):
        cases = load_cases(f"{REAL}/{name}.jsonl")
        r = real[name] = evaluate(classifier, cases)
        near = [c for c in cases if not c["relevant"]]
        r["near_misses"], r["near_fp"] = len(near), r["fp"]
        print(f"real {name:9} cases={r['cases']} on_topic={r['on_topic']} tp={r['tp']} "
              f"fp={r['fp']}/{len(near)} fn={r['fn']} precision={r['precision']:.3f} "
              f"recall={r['recall']:.3f} partner={r['partner_accuracy']:.3f} "
              f"stage={r['stage_accuracy']:.3f}")
        if args.errors and name in TUNED:  # the others are measured, never read
            _print_errors(r["errors"])
    hard = load_cases("hard_negatives.jsonl")
    rejected, wrong = rejection(classifier, hard)
    print(f"hard negatives: {rejected}/{len(hard)} rejected")
    for case_id, v in wrong:
        print(f"    accepted {case_id}: score={v.score} matched={v.matched[:5]}")
    if not HAYSTACK.is_dir():
        print(f"haystack: skipped, {HAYSTACK} not found")
        return 0
    h = haystack(classifier)
    rate = len(h["false_positives"]) / h["articles"]
    print(f"haystack: {len(h['false_positives'])}/{h['articles']} false positives "
          f"(rate {rate:.4f}); {h['labelled_on_topic']} labelled on topic excluded")
    print(f"classify() median time per article: {h['median_ms']:.2f} ms")
    unseen = sum(real[name]["near_fp"] for name in UNSEEN)
    near_total = sum(real[name]["near_misses"] for name in UNSEEN)
    print(f"false positives per {PER:,} ordinary articles ({1 - MIX:.0%} IndoSum, {MIX:.0%} near "
          f"misses of the held-out and blind parts, {unseen}/{near_total} accepted): "
          f"{per_4000(rate, unseen / near_total):.2f}")
    for doc_id, v in h["false_positives"]:
        print(f"    false positive {doc_id}: score={v.score} matched={v.matched[:5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
