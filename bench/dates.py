"""Byline dates: Pantau's month table (crawler/extract/dates.py) against dateparser.

Issue 10 asked whether dateparser, then declared but never imported, beats the
hand-written parser. It reads the byline cases of tests/test_dates.py (held as
expected values there) and a few texts that hold no date, with each parser, and
prints how many each gets right and the median time per text. The cases are the
ones dates.py was written against, so they favour it: read the figures as "what
switching would lose", not as a held-out score.

    python bench/dates.py
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.extract.dates import WIB, parse_indonesian_datetime
from tests.test_dates import test_byline_dates, test_no_date


def _cases(test) -> list:
    return next(mark.args[1] for mark in test.pytestmark if mark.name == "parametrize")


def _dateparser(text: str | None):
    from dateparser.search import search_dates  # installed with htmldate, not by Pantau

    if not text:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(
            text, languages=["id", "en"],
            settings={"TIMEZONE": "Asia/Jakarta", "RETURN_AS_TIMEZONE_AWARE": True,
                      "PREFER_DATES_FROM": "past"})
    if not found:
        return None
    return found[0][1]


def score(parse, dated, undated) -> tuple[int, int, float]:
    right = sum(parse(text) == expected for text, expected in dated)
    silent = sum(parse(text) is None for text in undated)
    times = []
    for text, _ in dated:
        start = time.perf_counter()
        parse(text)
        times.append(time.perf_counter() - start)
    return right, silent, statistics.median(times) * 1000


def main() -> None:
    dated = _cases(test_byline_dates)
    undated = _cases(test_no_date)
    _dateparser("27 Mei 2025")  # load its language data before timing
    print(f"{len(dated)} byline texts with a date, {len(undated)} without (WIB = {WIB})")
    print(f"{'parser':<12} {'right':>6} {'no date':>8} {'ms/text':>8}")
    for name, parse in (("pantau", parse_indonesian_datetime), ("dateparser", _dateparser)):
        right, silent, ms = score(parse, dated, undated)
        print(f"{name:<12} {right:>3}/{len(dated):<2} {silent:>5}/{len(undated):<2} {ms:>8.3f}")


if __name__ == "__main__":
    main()
