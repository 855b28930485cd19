"""Memory of ``pantau export`` as the collection grows: peak RSS for 1k and 20k articles.

Fills a fresh database per size through ``storage.add_article`` (synthetic
Indonesian-like bodies of about 4,000 characters, two partners each), then runs
``pantau export`` in a child process per format and reads that child's peak
resident set size (``os.wait4``). A streaming export keeps the peak of the large
collection close to that of the small one; a list-building one grows with it.
Also prints the peak of ``pantau export --limit 1`` (interpreter, libraries and
one article) as the floor.

    python bench/export.py                     # 1000 and 20000 articles, csv jsonl xlsx
    python bench/export.py --sizes 1000 5000 --formats csv
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import storage  # noqa: E402 (after the path is set, to run from a checkout)
from crawler.config.settings import Config  # noqa: E402

JOIN_AT = Config().stories.join_at

WORDS = [
    "pemerintah", "kota", "kerja", "sama", "sister", "city", "kunjungan", "delegasi", "wali",
    "gubernur", "provinsi", "pendidikan", "budaya", "investasi", "pariwisata", "perdagangan",
    "penandatanganan", "nota", "kesepahaman", "letter", "of", "intent", "pertukaran", "pelajar",
    "ekonomi", "teknologi",
]
PARTNERS = [("Shanghai", "CN", "city"), ("Busan", "KR", "city"), ("Hamamatsu", "JP", "city"),
            ("Victoria", "AU", "region"), ("Rotterdam", "NL", "city")]


def fill(url: str, count: int) -> float:
    engine = storage.open_database(url)
    rng = random.Random(count)
    start = time.perf_counter()
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(550))
        url = f"https://kota{n % 40}.go.id/berita/{n}"
        storage.add_article(engine, storage.NewArticle(
            url=url, canonical_url=url,
            source=f"kota{n % 40}", title=f"Kerja sama kota {n}", text=body,
            fetched_at=t0 + timedelta(hours=n), published_at=t0 + timedelta(hours=n),
            relevance=0.8, matched=("sister city", "kerja sama"),
            partners=tuple(storage.PartnerRecord(*p) for p in rng.sample(PARTNERS, 2)),
            stage=rng.choice(("loi", "mou", "visit", None)),
        ), join_at=JOIN_AT)
    storage.forget_engines()
    return time.perf_counter() - start


def peak(args: list[str]) -> tuple[float, float]:
    """Peak RSS in MiB and seconds of ``pantau ARGS`` in a child process."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "crawler", *args], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"pantau {' '.join(args)} failed: {child.stderr.read().decode()}")
    child.stderr.close()
    return usage.ru_maxrss / 1024, time.perf_counter() - start  # Linux: KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--formats", nargs="+", default=["csv", "jsonl", "xlsx"])
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pantau-bench-export-") as folder:
        print(f"{'articles':>8}  {'format':<6} {'peak RSS MiB':>12} {'seconds':>8} "
              f"{'output MB':>9}")
        for size in options.sizes:
            db = Path(folder) / f"{size}.db"
            filled = fill(f"sqlite:///{db}", size)
            print(f"# {size} articles stored in {filled:.0f} s", file=sys.stderr)
            floor, _ = peak(["export", "--db", str(db), "--limit", "1", "-o",
                             str(Path(folder) / "one.csv")])
            print(f"{size:>8}  {'floor':<6} {floor:>12.1f} {'':>8} {'':>9}")
            for fmt in options.formats:
                out = Path(folder) / f"out.{fmt}"
                rss, seconds = peak(["export", "--db", str(db), "--format", fmt, "-o", str(out)])
                print(f"{size:>8}  {fmt:<6} {rss:>12.1f} {seconds:>8.1f} "
                      f"{out.stat().st_size / 1e6:>9.1f}")


if __name__ == "__main__":
    main()
