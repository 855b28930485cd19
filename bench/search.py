"""Queries at scale (issue 13): ``pantau search``, ``stats`` and ``export`` over 200,000 articles.

Builds a database of N stored articles from the IndoSum development set
(../shared/benchmarks/indosum-dev, real 2017-2018 Indonesian news): every body a
distinct recombination of its real paragraphs, spread over ~600 sources (the
catalog's and one outlet for each region it lacks), ~550 region codes and five years
of dates (a few undated). About 1% carry what the classifier finds in on-topic
news: partners with their countries, a stage, the Indonesian party, evidence; their
title and lead paragraph come from the labelled on-topic cases of tests/relevance.
The schema is the real one (``storage.open_database``: migrations, the FTS5 table and
its triggers); rows go in through SQLAlchemy core executemany, 10,000 a transaction.

Then prints, beside issue 13's goals (p50 <= 50 ms, p95 <= 200 ms):
- in this process, what ``pantau search`` does for its table (``storage.search`` with
  its default limit of 20, ``as_record`` for each row, and ``count_articles`` when
  the page is full) for full-text queries, filters and both; one warm-up, then 7
  timed runs: p50 and p95 per query and over all runs;
- the same for ``pantau search --group`` (``search_stories``, ``count_stories``);
- the wall time of ``python -m crawler search`` for a few of them (median of 3);
- the wall time and peak RSS (VmHWM, sampled from /proc) of ``pantau stats`` and
  ``pantau export`` to /dev/null, which stream: their peak must not grow with N
  (``--compare``).

    python bench/search.py                           # 200,000 articles, built in a temp folder
    python bench/search.py --articles 20000          # a quick run
    python bench/search.py --db /tmp/s.db --keep     # keep the database; a later run reuses it
    python bench/search.py --compare 20000           # stats and export at 20,000 too
    python bench/search.py --articles 20000 --plans  # EXPLAIN QUERY PLAN of each query
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy
from sqlalchemy import Engine, event, func, insert, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawl import INDOSUM, indosum  # noqa: E402 (bench/crawl.py: the same real texts)

import storage  # noqa: E402 (after the path is set, to run from a checkout)
from crawler.cli.commands.query import TABLE_ROWS  # noqa: E402
from crawler.cli.options import parse_moment  # noqa: E402
from storage.models import (  # noqa: E402
    Article,
    ArticlePartner,
    CrawlRun,
    Label,
    SeenUrl,
    StorySignature,
)

SHARED = ROOT.parent / "shared"
RELATIONS = SHARED / "data" / "sister_relations.csv"
CASES = sorted((ROOT / "tests" / "relevance").glob("*.jsonl"))
CATALOG = ROOT / "crawler" / "config" / "data" / "sources.toml"
REGIONS = ROOT / "crawler" / "config" / "data" / "indonesia_regions.csv"
TZ = ZoneInfo("Asia/Jakarta")
GOAL_P50, GOAL_P95 = 50.0, 200.0  # ms, issue 13
CHUNK = 10_000
ON_TOPIC_SHARE = 0.01
FIRST_DAY = datetime(2021, 1, 1, tzinfo=UTC)
YEARS = 5


# -- the corpus ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Corpus:
    titles: list[str]  # one per IndoSum article, from its id (a headline slug)
    leads: list[int]  # index in paragraphs of each article's first paragraph
    paragraphs: list[str]
    cases: list[dict[str, Any]]  # labelled on-topic cases: title, text, partner, stage
    relations: list[tuple[str, str]]  # (partner city, country) of real sister relations


def load_corpus() -> Corpus:
    titles, leads, paragraphs = [], [], []
    for title, texts in indosum():
        titles.append(title)
        leads.append(len(paragraphs))
        paragraphs += texts
    if not paragraphs:
        raise SystemExit(f"no IndoSum files in {INDOSUM}")
    cases = [case for path in CASES for line in path.read_text("utf-8").splitlines()
             if (case := json.loads(line)).get("relevant") and case.get("partner")]
    with RELATIONS.open(encoding="utf-8") as fh:
        relations = [(r["partner"], r["partner_country_iso2"]) for r in csv.DictReader(fh)]
    return Corpus(titles, leads, paragraphs, cases, relations)


def load_sources() -> list[tuple[str, str, str | None]]:
    """(name, host, region code): the catalog's, then one outlet per region it lacks."""
    catalog = tomllib.loads(CATALOG.read_text("utf-8"))["source"]
    sources = [(s["name"], s["url"].split("/")[2], s.get("region_code")) for s in catalog]
    covered = {code for _, _, code in sources}
    rows = [r for r in REGIONS.read_text("utf-8").splitlines() if not r.startswith("#")]
    for region in csv.DictReader(rows):
        if region["code"] not in covered:
            slug = "".join(c for c in region["name"].lower() if c.isalnum())
            sources.append((f"warta-{slug}", f"warta.{slug}.go.id", region["code"]))
    return sources


def region_names() -> dict[str, str]:
    rows = [r for r in REGIONS.read_text("utf-8").splitlines() if not r.startswith("#")]
    return {r["code"]: r["name"] for r in csv.DictReader(rows)}


# -- building the database -----------------------------------------------------------------

class Generator:
    """Article rows, reproducibly from ``seed``: distinct bodies, skewed source sizes
    (the national outlets first), more articles in later years, 3% undated."""

    def __init__(self, corpus: Corpus, seed: int = 13) -> None:
        self.corpus = corpus
        self.rng = random.Random(seed)
        self.sources = load_sources()
        self.weights = [1 / (rank + 8) for rank in range(len(self.sources))]
        self.regions = region_names()
        self.bodies: set[int] = set()

    def body(self, lead: str | None = None) -> tuple[str, int]:
        """A new body (and the IndoSum article whose paragraph leads it)."""
        corpus, rng = self.corpus, self.rng
        while True:
            article = rng.randrange(len(corpus.titles))
            picks = [corpus.leads[article]] + [rng.randrange(len(corpus.paragraphs))
                                               for _ in range(rng.randint(5, 12))]
            key = hash(tuple(picks))
            if key not in self.bodies:
                self.bodies.add(key)
                paragraphs = [corpus.paragraphs[i] for i in picks]
                return "\n\n".join(([lead] if lead else []) + paragraphs), article

    def published(self) -> tuple[datetime | None, str | None]:
        rng = self.rng
        if rng.random() < 0.03:
            return None, None
        # density rising linearly over the years: the sqrt of a uniform draw
        moment = FIRST_DAY + timedelta(days=365 * YEARS * rng.random() ** 0.5)
        if rng.random() < 0.12:  # a page that printed a day alone: midnight UTC of it
            return moment.replace(hour=0, minute=0, second=0, microsecond=0), "date"
        return moment.replace(microsecond=0), "time"

    def article(self, n: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One ``articles`` row (id ``n``) and its partner rows."""
        rng = self.rng
        name, host, region = rng.choices(self.sources, self.weights)[0]
        published, precision = self.published()
        fetched = (published or FIRST_DAY + timedelta(days=rng.randrange(365 * YEARS))) \
            + timedelta(minutes=rng.randrange(5, 2880))
        on_topic = rng.random() < ON_TOPIC_SHARE
        case = rng.choice(self.corpus.cases) if on_topic else None
        text, origin = self.body(case["text"] if case else None)
        title = case["title"] if case else self.corpus.titles[origin]
        slug = "-".join(title.lower().split()[:8])
        row = dict(
            id=n, url=f"https://{host}/berita/{n}/{slug}", source=name, region_code=region,
            title=title, text=text, description=text[:160], author="Redaksi", editor=None,
            published_at=published, published_precision=precision, language="id",
            image=None, sitename=name, extractor="trafilatura", fetched_at=fetched,
            run_id=1 + (fetched - FIRST_DAY).days,
        )
        row["canonical_url"] = row["url"]
        partners: list[dict[str, Any]] = []
        if case:
            found = [(case["partner"]["name"], case["partner"]["country"])]
            if rng.random() < 0.3:
                found.append(rng.choice(self.corpus.relations))
            partners = [dict(article_id=n, position=i, name=p, country=c, kind="city")
                        for i, (p, c) in enumerate(found)]
            terms = [("kerja sama", "title", 0.35), ("sister city", "body", 0.3),
                     ("[foreign local government]", "body", 0.2)]
            row.update(relevance=round(rng.uniform(0.62, 0.97), 4), stage=case.get("stage"),
                       matched=[t for t, _, _ in terms],
                       evidence=[{"term": t, "where": w, "weight": x} for t, w, x in terms],
                       indonesian_party={"name": self.regions.get(region, "Indonesia"),
                                         "code": region} if region else None)
        else:
            row.update(relevance=round(rng.uniform(0.5, 0.6), 4), stage=None,
                       matched=["kerja sama"], indonesian_party=None,
                       evidence=[{"term": "kerja sama", "where": "body", "weight": 0.5}])
        return row, partners


def build(url: str, count: int, corpus: Corpus) -> float:
    """Fill a new database with ``count`` articles; the seconds it took."""
    started = time.perf_counter()
    engine = storage.open_database(url)  # the real schema: migrations, FTS5, triggers
    gen = Generator(corpus)
    with engine.begin() as conn:
        conn.execute(insert(CrawlRun), [
            dict(id=1 + d, started_at=FIRST_DAY + timedelta(days=d), status="ok",
                 finished_at=FIRST_DAY + timedelta(days=d, minutes=30), trigger="scheduled",
                 pid=None, sources=[]) for d in range(365 * YEARS + 3)])
    for start in range(1, count + 1, CHUNK):
        articles, partners = [], []
        for n in range(start, min(start + CHUNK, count + 1)):
            row, found = gen.article(n)
            articles.append(row)
            partners += found
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MiB while building
            conn.execute(insert(Article), articles)
            if partners:
                conn.execute(insert(ArticlePartner), partners)
            conn.execute(insert(SeenUrl), [seen_row(a) for a in articles])
            conn.execute(insert(StorySignature), [story_row(a, gen.rng) for a in articles])
            labelled = [a for a in articles if a["stage"] and gen.rng.random() < 0.1]
            if labelled:
                conn.execute(insert(Label), [
                    dict(url=a["url"], relevant=True, title=a["title"], text=None,
                         relevance=a["relevance"], labelled_at=a["fetched_at"])
                    for a in labelled])
        print(f"#   {min(start + CHUNK - 1, count):>7} articles, "
              f"{time.perf_counter() - started:5.0f} s", file=sys.stderr)
    storage.forget_engines()
    return time.perf_counter() - started


def seen_row(article: dict[str, Any]) -> dict[str, Any]:
    return dict(url=article["url"], source=article["source"], state="stored", http_status=200,
                failures=0, title=article["title"], relevance=article["relevance"],
                first_seen=article["fetched_at"], last_seen=article["fetched_at"],
                run_id=article["run_id"])


def story_row(article: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A signature the size of a real one (128 values); one in twenty articles joined
    an earlier one's story, as copies on another outlet do."""
    n = article["id"]
    story = rng.randrange(1, n) if n > 1 and rng.random() < 0.05 else n
    return dict(article_id=n, story_id=story, scheme="bench", shingles=400,
                signature=rng.randbytes(128 * 8))


def stored_count(path: Path) -> int | None:
    """How many articles the database at ``path`` holds (None: no Pantau database)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return None


def prepare(path: Path, count: int, corpus: Corpus) -> bool:
    """Reuse the database at ``path`` if it holds ``count`` articles, else build it;
    True when it was built now."""
    if path.exists():
        held = stored_count(path)
        if held == count:
            print(f"# reusing {path} ({held} articles, {path.stat().st_size / 2**20:.0f} MiB)")
            return False
        raise SystemExit(f"{path} exists with {held} articles, not {count}: remove it, or "
                         "pass another --db or --articles")
    seconds = build(f"sqlite:///{path}", count, corpus)
    print(f"# built {count} articles in {seconds:.1f} s "
          f"({path.stat().st_size / 2**20:.0f} MiB, {count / seconds:.0f} articles/s)")
    return True


# -- the queries ---------------------------------------------------------------------------

def day(text: str, end: bool = False) -> datetime:
    return parse_moment(text, TZ, end=end)  # as the CLI reads --since and --until


def queries(big: str, small: str) -> list[tuple[str, storage.Filters, list[str]]]:
    """(label, the filters ``pantau search`` builds, its command-line arguments)."""
    F = storage.Filters
    return [
        ("text: rare 'bitcoin'", F(query="bitcoin"), ["bitcoin"]),
        ("text: mid 'gempa'", F(query="gempa"), ["gempa"]),
        ("text: common 'jakarta'", F(query="jakarta"), ["jakarta"]),
        ("text: two words 'gubernur jakarta'", F(query="gubernur jakarta"),
         ["gubernur jakarta"]),
        ("text: phrase '\"kerja sama\"'", F(query='"kerja sama"'), ['"kerja sama"']),
        ("text: '\"kota kembar\"'", F(query='"kota kembar"'), ['"kota kembar"']),
        ("text: '\"sister city\"'", F(query='"sister city"'), ['"sister city"']),
        ("text: no match 'zzyzx'", F(query="zzyzx"), ["zzyzx"]),
        ("no filter (newest 20)", F(), []),
        (f"--source {big}", F(sources=(big,)), ["--source", big]),
        (f"--source {small}", F(sources=(small,)), ["--source", small]),
        ("--since 2025-06-01 --until 2025-06-30",
         F(since=day("2025-06-01"), until=day("2025-06-30", end=True)),
         ["--since", "2025-06-01", "--until", "2025-06-30"]),
        ("--until 2021-03-31 (oldest)", F(until=day("2021-03-31", end=True)),
         ["--until", "2021-03-31"]),
        ("--stage mou", F(stage="mou"), ["--stage", "mou"]),
        ("--stage renewal", F(stage="renewal"), ["--stage", "renewal"]),
        ("--country KR", F(country="KR"), ["--country", "KR"]),
        ("--partner Brisbane", F(partner="Brisbane"), ["--partner", "Brisbane"]),
        ("--country CN --stage mou", F(country="CN", stage="mou"),
         ["--country", "CN", "--stage", "mou"]),
        ("'jakarta' --since 2025-01-01", F(query="jakarta", since=day("2025-01-01")),
         ["jakarta", "--since", "2025-01-01"]),
        ("'\"kerja sama\"' --country JP", F(query='"kerja sama"', country="JP"),
         ['"kerja sama"', "--country", "JP"]),
        ("'\"sister city\"' --stage mou", F(query='"sister city"', stage="mou"),
         ['"sister city"', "--stage", "mou"]),
        (f"'gempa' --source {big}", F(query="gempa", sources=(big,)),
         ["gempa", "--source", big]),
        (f"'jakarta' --source {small} --since 2024-01-01",
         F(query="jakarta", sources=(small,), since=day("2024-01-01")),
         ["jakarta", "--source", small, "--since", "2024-01-01"]),
        ("'\"kota kembar\"' --since 2024-01-01 --country CN",
         F(query='"kota kembar"', since=day("2024-01-01"), country="CN"),
         ['"kota kembar"', "--since", "2024-01-01", "--country", "CN"]),
    ]


def table_page(engine: Engine, filters: storage.Filters) -> tuple[float, float, int]:
    """What ``pantau search`` does for its table: (ms of search and records, ms of
    the count, rows)."""
    filters = dataclasses.replace(filters, limit=filters.limit or TABLE_ROWS)
    started = time.perf_counter()
    records = [storage.as_record(a, TZ) for a in storage.search(engine, filters)]
    listed = time.perf_counter()
    if len(records) == filters.limit:
        storage.count_articles(engine, filters)
    return (listed - started) * 1000, (time.perf_counter() - listed) * 1000, len(records)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    at = share * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def goal(p50: float, p95: float) -> str:
    misses = [name for name, value, limit in (("p50", p50, GOAL_P50), ("p95", p95, GOAL_P95))
              if value > limit]
    return "MISS " + ",".join(misses) if misses else "ok"


def measure_queries(engine: Engine, runs: int, big: str, small: str) -> None:
    print(f"\nIn-process: storage.search (limit {TABLE_ROWS}) + as_record + count_articles "
          f"when the page is full; 1 warm-up, {runs} runs; ms")
    print(f"{'query':<52} {'matches':>7} {'first':>7} {'p50':>7} {'p95':>7} "
          f"{'count50':>7}  goal")
    every: list[float] = []
    for label, filters, _ in queries(big, small):
        matches = storage.count_articles(engine, filters)
        first = sum(table_page(engine, filters)[:2])
        times, counts = [], []
        for _ in range(runs):
            listing, counting, _rows = table_page(engine, filters)
            times.append(listing + counting)
            counts.append(counting)
        every += times
        p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
        print(f"{label:<52} {matches:>7} {first:>7.1f} {p50:>7.1f} {p95:>7.1f} "
              f"{statistics.median(counts):>7.1f}  {goal(p50, p95)}")
    p50, p95 = percentile(every, 0.5), percentile(every, 0.95)
    print(f"{'all ' + str(len(every)) + ' runs':<52} {'':>7} {'':>7} {p50:>7.1f} {p95:>7.1f} "
          f"{'':>7}  {goal(p50, p95)}   (goal: p50 <= {GOAL_P50:.0f}, p95 <= {GOAL_P95:.0f})")


GROUPED = [("--group (newest 20 stories)", storage.Filters()),
           ("'\"kota kembar\"' --group", storage.Filters(query='"kota kembar"')),
           ("'jakarta' --group", storage.Filters(query="jakarta"))]


def measure_groups(engine: Engine, runs: int) -> None:
    """``pantau search --group``: ``search_stories`` and, when the page is full,
    ``count_stories``, as the command calls them."""
    print(f"\nIn-process, --group: search_stories + count_stories; {runs} runs; ms")
    for label, filters in GROUPED:
        filters = dataclasses.replace(filters, limit=TABLE_ROWS)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            if len(storage.search_stories(engine, filters)) == TABLE_ROWS:
                storage.count_stories(engine, filters)
            times.append((time.perf_counter() - started) * 1000)
        p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
        print(f"{label:<52} {'':>7} {'':>7} {p50:>7.1f} {p95:>7.1f} {'':>7}  {goal(p50, p95)}")


@contextmanager
def captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (and parameters) ``engine`` runs inside the block."""
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def print_plans(engine: Engine, big: str, small: str) -> None:
    """EXPLAIN QUERY PLAN of the first two statements a table page runs (the search
    and the count; the others load partners, labels and stories by id)."""
    for label, filters, _ in queries(big, small):
        with captured(engine) as statements:
            table_page(engine, filters)
        print(f"\n## {label}")
        for sql, params in statements[:1] + [s for s in statements if "count(" in s[0]]:
            print("   " + " ".join(sql.split())[:200])
            with engine.connect() as conn:
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params):
                    print(f"     {row[1]:>3} {row[3]}")


# -- the command line, in child processes --------------------------------------------------

def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS in MiB of ``pantau ARGS``, its output thrown away.

    The peak is the child's VmHWM, read from /proc every 20 ms until it exits:
    ``ru_maxrss`` would report this (large) process's, which a child forked from it
    starts with on Linux."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "crawler", *args], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while child.poll() is None:
        peak = max(peak, high_water_kib(child.pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    errors = child.stderr.read().decode() if child.stderr else ""
    if child.returncode:
        raise SystemExit(f"pantau {' '.join(args)} failed: {errors[-2000:]}")
    return seconds, peak / 1024  # KiB


def high_water_kib(pid: int) -> int:
    """VmHWM of process ``pid`` (0 once it is exiting and has no memory left)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("VmHWM:")), 0)


def measure_cli(engine: Engine, db: Path, big: str, small: str) -> None:
    picked = {"text: rare 'bitcoin'", "text: common 'jakarta'", "text: '\"kota kembar\"'",
              "no filter (newest 20)", "--country KR", "'jakarta' --since 2025-01-01"}
    print("\nCommand line: python -m crawler search ARGS --db sqlite:///DB, median of 3 runs")
    print(f"{'query':<52} {'wall ms':>8} {'in-proc':>8}")
    floor = statistics.median(run(["search", "--help"])[0] for _ in range(3))
    print(f"{'(search --help: interpreter and imports)':<52} {floor * 1000:>8.0f}")
    for label, filters, args in queries(big, small):
        if label not in picked:
            continue
        wall = statistics.median(run(["search", *args, "--db", f"sqlite:///{db}"])[0]
                                 for _ in range(3))
        inproc = statistics.median(sum(table_page(engine, filters)[:2]) for _ in range(3))
        print(f"{label:<52} {wall * 1000:>8.0f} {inproc:>8.1f}")


STREAMING = [("stats", ["stats"]), ("export csv", ["export"]),
             ("export jsonl", ["export", "--format", "jsonl"])]


def measure_streaming(databases: list[tuple[int, Path]]) -> None:
    print("\nStreaming: wall time and peak RSS of the command (stdout to /dev/null)")
    print(f"{'articles':>8}  {'command':<14} {'seconds':>8} {'peak RSS MiB':>12}")
    for count, db in databases:
        floor = run(["export", "--limit", "1", "--db", f"sqlite:///{db}"])
        print(f"{count:>8}  {'export -l 1':<14} {floor[0]:>8.1f} {floor[1]:>12.1f}")
        for name, args in STREAMING:
            seconds, rss = run([*args, "--db", f"sqlite:///{db}"])
            print(f"{count:>8}  {name:<14} {seconds:>8.1f} {rss:>12.1f}")


# -- the run -------------------------------------------------------------------------------

def header(count: int) -> None:
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "?")
    print(f"# bench/search.py, {count} articles, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"# {os.cpu_count()} cores ({model}), {platform.system()} {platform.release()}, "
          f"load average {load} (the machine is shared)")
    print(f"# Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"SQLAlchemy {sqlalchemy.__version__}")


def sources_by_size(engine: Engine) -> tuple[str, str]:
    """The largest source and one of median size."""
    with engine.connect() as conn:
        rows = conn.execute(select(Article.source, func.count()).group_by(Article.source)
                            .order_by(func.count().desc())).all()
    return rows[0][0], rows[len(rows) // 2][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--db", type=Path, help="Build here, or reuse the database there.")
    parser.add_argument("--keep", action="store_true", help="Keep the databases built.")
    parser.add_argument("--runs", type=int, default=7, help="Timed runs per query.")
    parser.add_argument("--compare", type=int, metavar="N",
                        help="Also run stats and export over N articles.")
    parser.add_argument("--plans", action="store_true", help="Print EXPLAIN QUERY PLAN.")
    parser.add_argument("--skip-cli", action="store_true", help="No command-line runs.")
    options = parser.parse_args()
    header(options.articles)
    folder = Path(tempfile.mkdtemp(prefix="pantau-bench-search-"))
    db = (options.db or folder / "search.db").resolve()
    corpus = load_corpus()
    built = [db] if prepare(db, options.articles, corpus) else []
    try:
        engine = storage.open_database(f"sqlite:///{db}")
        big, small = sources_by_size(engine)
        if options.plans:
            print_plans(engine, big, small)
        measure_queries(engine, options.runs, big, small)
        measure_groups(engine, min(options.runs, 3))
        if not options.skip_cli:
            measure_cli(engine, db, big, small)
            databases = [(options.articles, db)]
            if options.compare:
                other = db.with_name(f"{db.stem}-{options.compare}{db.suffix}")
                built += [other] if prepare(other, options.compare, corpus) else []
                databases.insert(0, (options.compare, other))
            measure_streaming(databases)
    finally:
        storage.forget_engines()
        cleanup(built, folder, options.keep)


def cleanup(built: list[Path], folder: Path, keep: bool) -> None:
    if keep:
        for path in built:
            print(f"# kept {path}")
    else:
        for path in built:
            for part in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
                part.unlink(missing_ok=True)
    if not any(folder.iterdir()):
        folder.rmdir()


if __name__ == "__main__":
    main()
