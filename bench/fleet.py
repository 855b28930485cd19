"""One machine, every source, every hour: the daemon's hourly round over a fleet of sites.

Serves N local sites on loopback (``bench/sites_fleet.py``: a host each on
127.1.x.y, five CMS layouts, about 2,000 archived articles each with real IndoSum text
in pages of about 140 KB; a share of them slow, flaky or down), then:

1. backfills a few of them (the healthy ones first in the fleet's order) with
   ``pantau crawl`` into a fresh database, every article, and seeds the other sites'
   archives into ``seen_urls`` as already seen, so they cost no fetch and no hours;
2. starts the real ``pantau daemon`` on that database and drives its hourly rounds on
   a shortened clock: before each round every site publishes its new articles for the
   hour, then the config's ``[schedule] cron`` is set to fire once, three seconds on,
   and the daemon is sent SIGHUP (its reload); the round ends when the crawl child
   exits.

Prints, per round: wall time from the cron's fire time to the child's exit, requests
per source (median and max; routes: robots.txt, feeds, sitemaps, listings, home; and
article pages), article pages fetched again although already seen, new articles
published and picked up (among sites that are up), failures by kind, and the peak of
the summed PSS of the daemon's whole process tree (daemon, crawl child, extraction
workers; sampled every 0.5 s, ``bench/crawl.py``'s TreeMemory). Figures only: nothing
is asserted. The daemon runs with ``[crawl]`` at its defaults (politeness included;
``--crawl KEY=VALUE`` sets one), ``jitter = 0`` and, unless ``--adaptive``,
adaptive polling off.

    python bench/fleet.py                                   # 600 sites, 3 rounds
    python bench/fleet.py --sites 30 --archive 100 --backfill 5 --rounds 2   # quick
    python bench/fleet.py --adaptive --rounds 4             # quiet sources skipped
    python bench/fleet.py --crawl sources_at_once=16        # a narrower window
    python bench/fleet.py --keep /tmp/fleet                 # keep db, configs, daemon log
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import sites_fleet  # noqa: E402
from crawl import TreeMemory, _descendants  # noqa: E402
from sites_fleet import FleetServer, FleetSite  # noqa: E402
from sqlalchemy.dialects.sqlite import insert  # noqa: E402

import storage  # noqa: E402
from crawler.urls import canonical  # noqa: E402
from storage.engine import writing  # noqa: E402
from storage.models import SeenUrl  # noqa: E402

ROUTE_KINDS = ("robots", "feed", "sitemap", "listing", "other")
ARTICLE_KINDS = ("article/new", "article/older", "article/again", "article/refetch")
_REASONS = re.compile(r"HTTP \d{3}|timed out|connection refused|connection lost mid-response|"
                      r"connection failed \(reset or closed by the server\)|no page could be "
                      r"fetched|DNS lookup failed|not a sitemap|no entries|request budget")


class TreeUsage(TreeMemory):
    """``bench/crawl.py``'s TreeMemory, which also keeps the CPU seconds (user + system)
    each process of the tree had used when last sampled."""

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid: int) -> None:
        super().__init__(pid)
        self.cpu: dict[int, tuple[str, float]] = {}

    def sample(self) -> None:
        super().sample()
        for pid in _descendants(self.pid):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            except (OSError, IndexError):
                continue
            # a zombie has no command line any more: keep the role it was seen with
            role = _role(command) if command else self.cpu.get(pid, ("other", 0.0))[0]
            self.cpu[pid] = (role, (int(fields[11]) + int(fields[12])) / self.TICK)

    def cpu_line(self, wall: float) -> str:
        by_role: Counter[str] = Counter()
        for role, seconds in self.cpu.values():
            by_role[role] += seconds
        return (f"CPU seconds in {wall:.0f} s: " + ", ".join(
            f"{role} {seconds:.1f}" for role, seconds in by_role.most_common()))


def _role(command: bytes) -> str:
    if b"resource_tracker" in command:
        return "tracker"
    if b"spawn_main" in command or b"forkserver" in command:  # the pool's processes
        return "workers"
    return next((r for r in ("daemon", "crawl") if f" {r} ".encode() in command), "other")


def machine() -> str:
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), "0")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"machine: {os.cpu_count()} cores, {int(memory) / 1024 ** 2:.1f} GiB, "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()};"
            f" load average {load} at start")


def crawl_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler", *args]


# -- the backfill and the seeding ------------------------------------------------


def backfill(sites: list[FleetSite], work: Path, db: str, archive: int) -> None:
    config = work / "backfill.toml"
    config.write_text(f"[crawl]\ndelay = 0\nconcurrency_per_domain = 4\n"
                      f"max_articles = {archive + 100}\nmax_requests = {2 * archive + 500}\n"
                      f"max_listing_pages = {archive // 10 + 10}\nmax_sitemaps = 1000\n",
                      encoding="utf-8")
    argv = crawl_argv("crawl", "--sources", str(work / "sources.toml"), "--config", str(config),
                      "--db", db, "--quiet", "--format", "json")
    for site in sites:
        argv += ["--source", site.name]
    started = time.perf_counter()
    with open(work / "backfill.log", "wb") as err:
        process = subprocess.Popen(argv, cwd=work, stdout=subprocess.PIPE, stderr=err)
        memory = TreeUsage(process.pid)
        memory.start()
        out, _ = process.communicate()
        memory.stop()
    seconds = time.perf_counter() - started
    rows = json.loads(out or b"[]")
    pages = sum(s.counts["article/new"] + s.counts["article/older"] for s in sites)
    requests = sum(sum(v for k, v in s.counts.items() if k.startswith("req/")) for s in sites)
    complete = sum(len(s.served) == archive for s in sites)
    statuses = Counter(r["status"] for r in rows)
    by_shape = Counter(s.shape for s in sites)
    print(f"backfill: {len(sites)} sites ({', '.join(f'{n} {k}' for k, n in by_shape.items())})"
          f" x {archive} articles, pantau crawl exit {process.returncode}, sources "
          f"{dict(statuses)}")
    print(f"  {seconds:.1f} s, {pages} article pages ({pages / seconds:.1f}/s), {requests} "
          f"requests, {sum(s.counts['bytes'] for s in sites) / 1e6:,.0f} MB served, "
          f"{complete}/{len(sites)} sites complete, {sum(r['stored'] for r in rows)} on topic "
          f"stored")
    print(f"  peak memory {_memory(memory)}; {memory.cpu_line(seconds)}")


def seed(sites: list[FleetSite], db: str) -> None:
    """The sites' archives into ``seen_urls`` as off-topic pages already judged: the rows
    ``storage.record_seen`` writes, in bulk (a transaction per 20,000 rows, not per URL)."""
    engine = storage.open_database(db)
    started = time.perf_counter()
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        with writing(engine) as session:
            session.execute(insert(SeenUrl).on_conflict_do_nothing(), rows)
        rows.clear()

    for site in sites:
        for n in range(site.archive):
            rows.append(dict(url=canonical(site.url(n)), source=site.name, state="off_topic",
                             http_status=200, failures=0, title=None, relevance=0.0,
                             first_seen=now, last_seen=now, run_id=None))
            if len(rows) >= 20_000:
                flush()
        site.seeded = site.archive
    if rows:
        flush()
    sample = [canonical(s.url(n)) for s in sites[:50] for n in (0, s.archive - 1)]
    known = storage.known_urls(engine, sample, give_up_after=3)
    print(f"seeded: {len(sites)} sites x {sites[0].archive if sites else 0} articles into "
          f"seen_urls in {time.perf_counter() - started:.1f} s ({len(known)}/{len(sample)} of "
          f"a sample known to storage.known_urls)")


# -- the daemon's rounds ----------------------------------------------------------------


def write_daemon_config(path: Path, cron: str, adaptive: bool,
                        crawl_settings: tuple[str, ...] = ()) -> None:
    crawl = "".join(f"{line}\n" for line in ("[crawl]", *crawl_settings)) if crawl_settings else ""
    path.write_text(f'{crawl}[schedule]\ncron = "{cron}"\ntimezone = "UTC"\njitter = 0\n'
                    f"adaptive = {'true' if adaptive else 'false'}\n", encoding="utf-8")


def wait_for(log: Path, text: str, since: int, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if text in log.read_text(encoding="utf-8", errors="replace")[since:]:
            return True
        time.sleep(0.2)
    return False


def one_round(number: int, sites: list[FleetSite], daemon: subprocess.Popen[bytes],
              config: Path, log: Path, adaptive: bool, server: FleetServer,
              engine: Any, limit: float, crawl_settings: tuple[str, ...] = ()
              ) -> dict[str, Any]:
    for site in sites:
        site.hour += 1
        site.counts.clear()
        site.refetched.clear()
    server.http.first = server.http.last = None
    previous = max((r.id for r in storage.last_runs(engine, 1)), default=0)
    now = datetime.now(UTC)
    fire = (now + timedelta(seconds=4)).replace(microsecond=0)
    fire_mono = time.monotonic() + (fire - now).total_seconds()
    write_daemon_config(config, f"{fire:%S %M %H %d %m} *", adaptive, crawl_settings)
    mark = len(log.read_text(encoding="utf-8", errors="replace"))
    memory = TreeUsage(daemon.pid)
    memory.start()
    daemon.send_signal(signal.SIGHUP)
    if not wait_for(log, "reloaded:", mark, 30):
        raise SystemExit(f"round {number}: the daemon did not reload (see {log})")
    child_seen, deadline = False, time.monotonic() + limit
    while time.monotonic() < deadline:
        tree = len(_descendants(daemon.pid))
        if tree > 1:
            child_seen = True
        elif child_seen or (adaptive and datetime.now(UTC) > fire + timedelta(seconds=15)):
            break
        time.sleep(0.2)
    ended = datetime.now(UTC)
    memory.stop()
    runs = [r for r in storage.last_runs(engine, 5) if r.id > previous]
    run = runs[-1] if runs else None
    return {"number": number, "wall": (ended - fire).total_seconds(), "run": run,
            "memory": memory, "first": server.http.first, "fire_mono": fire_mono, "fire": fire,
            "counts": storage.source_runs(engine, run.id) if run else []}


def report_round(result: dict[str, Any], sites: list[FleetSite],
                 engine: Any) -> tuple[list[str], tuple[float, int, int, int]]:
    """The round's lines, and (wall seconds, article pages fetched again, new articles
    of sites that are up picked up, published)."""
    run, counts = result["run"], result["counts"]
    up = [s for s in sites if s.up]
    routes = [sum(s.counts[f"req/{k}"] for k in ROUTE_KINDS) for s in up]
    articles = [s.counts["req/article"] for s in up]
    requests = [r + a for r, a in zip(routes, articles, strict=True)]
    asked_again = [(s, path, hour) for s in sites for path, hour in s.refetched]
    recorded = []  # re-fetches of pages the database had recorded before the round
    for site, path, hour in asked_again:
        seen = storage.get_seen(engine, (canonical(site.base + path),))
        if hour < 0 or (seen is not None and seen.first_seen < result["fire"]):
            recorded.append(f"{site.name}{path} (served in hour {hour})")
    refetched = len(recorded)
    new = {s.name: [canonical(s.url(n)) for n in s.newest()] for s in sites}
    known = storage.known_urls(engine, [u for urls in new.values() for u in urls],
                               give_up_after=3)
    picked = Counter()
    published = Counter()
    for site in sites:
        published[site.profile] += len(new[site.name])
        picked[site.profile] += sum(u in known for u in new[site.name])
    status = Counter(c.status for c in counts)
    crawl_s = ((run.finished_at - run.started_at).total_seconds()
               if run and run.finished_at else float("nan"))
    first = (f"{result['first'] - result['fire_mono']:.1f}" if result["first"] else "-")
    begun = (f"{(run.started_at - result['fire']).total_seconds():.1f}" if run else "-")
    up_published = sum(published[p] for p in ("ok", "slow", "flaky"))
    up_picked = sum(picked[p] for p in ("ok", "slow", "flaky"))
    line = (f"{result['number']:>5} {result['wall']:>7.1f} {begun:>6} {crawl_s:>7.1f} {first:>6} "
            f"{status.get('ok', 0):>4}/{status.get('failed', 0):<4}"
            f"{_stat(requests):>10} {_stat(routes):>9} {_stat(articles):>9} {refetched:>8} "
            f"{up_picked:>5}/{up_published:<6} {_memory(result['memory'])}")
    lines = [line]
    by_kind = Counter()
    for site in up:
        by_kind.update({k: v for k, v in site.counts.items() if k.startswith("req/")})
    lines.append("      requests by kind: " + ", ".join(
        f"{k} {by_kind[f'req/{k}']}" for k in (*ROUTE_KINDS, "article"))
        + f"; 304s {sum(s.counts['304'] for s in sites)}; article pages: "
        + ", ".join(f"{k[8:]} {sum(s.counts[k] for s in sites)}" for k in ARTICLE_KINDS)
        + f"; {sum(s.counts['bytes'] for s in sites) / 1e6:,.1f} MB served")
    shapes = []
    for shape in sites_fleet.SHAPES:
        group = [s for s in up if s.shape == shape]
        if group:
            r = [sum(s.counts[f"req/{k}"] for k in ROUTE_KINDS) for s in group]
            shapes.append(f"{shape} {statistics.median(r):g}")
    lines.append("      median route requests by layout: " + ", ".join(shapes))
    if asked_again:
        lines.append(f"      article pages served in an earlier round and asked for again: "
                     f"{len(asked_again)}, of which the database had recorded "
                     f"{len(recorded)} before this round (the others were left in the "
                     "frontier: the crawler never got them)")
    if recorded:
        lines.append(f"      fetched again although recorded: {', '.join(recorded[:5])}"
                     + (f" and {len(recorded) - 5} more" if len(recorded) > 5 else ""))
    lines.append("      " + result["memory"].cpu_line(result["wall"]))
    lines.append("      new articles picked up by profile: " + ", ".join(
        f"{p} {picked[p]}/{published[p]}" for p in sites_fleet.PROFILES if published[p]))
    failures = Counter()
    for c in counts:
        if c.status == "failed":
            profile = next(s.profile for s in sites if s.name == c.source)
            failures[(_reason(c.error), profile)] += 1
    lines.append("      sources failed by first reason (site profile): " + (", ".join(
        f"{reason} ({profile}) {n}" for (reason, profile), n in failures.most_common())
        or "none"))
    errors = Counter()
    for c in counts:
        for key, value in c.stats.items():
            if key.startswith("pantau/article_errors/"):
                errors[key.rsplit("/", 1)[1]] += int(value)
        errors["retries"] += int(c.stats.get("retry/count", 0))
        errors["routes failed"] += int(c.stats.get("pantau/routes_failed", 0))
        errors["extract timeouts"] += int(c.stats.get("pantau/extract_timeouts", 0))
    lines.append("      errors in all sources: " + (", ".join(
        f"{k} {v}" for k, v in errors.most_common() if v) or "none"))
    if run is None:
        lines.append("      no crawl run was recorded for this round")
    return lines, (result["wall"], refetched, up_picked, up_published)


def _reason(error: str | None) -> str:
    match = _REASONS.search(error or "")
    return match.group() if match else (error or "?")[:60]


def _stat(values: list[int]) -> str:
    return f"{statistics.median(values):g}/{max(values)}" if values else "-"


def _memory(sampler: TreeMemory) -> str:
    if sampler.peak_mb is None:
        return "n/a"
    each = "+".join(map(str, sampler.peak_each))
    return f"{sampler.peak_mb:.0f} MB in {sampler.peak_processes} processes ({each})"


def rounds(sites: list[FleetSite], work: Path, db: str, server: FleetServer,
           args: argparse.Namespace) -> None:
    config = work / "pantau.toml"
    crawl_settings = tuple(f"{key.strip()} = {value.strip()}"
                           for key, value in (s.split("=", 1) for s in args.crawl))
    write_daemon_config(config, "0 0 1 1 *", args.adaptive, crawl_settings)
    log = work / "daemon.log"
    argv = crawl_argv("daemon", "--sources", str(work / "sources.toml"), "--config",
                      str(config), "--db", db, "--log-level", "INFO")
    engine = storage.open_database(db)
    figures: list[tuple[float, int, int, int]] = []
    with open(log, "wb") as err:
        daemon = subprocess.Popen(argv, cwd=work, stdout=subprocess.DEVNULL, stderr=err)
    try:
        if not wait_for(log, "daemon started", 0, 120):
            raise SystemExit(f"the daemon did not start (see {log})")
        crawl = (f"{', '.join(crawl_settings)}, the rest at their defaults"
                 if crawl_settings else "defaults")
        print(f"rounds: pantau daemon (pid {daemon.pid}), {len(sites)} sources, [crawl] "
              f"{crawl}, jitter 0, adaptive {'on' if args.adaptive else 'off'}; "
              f"{args.new_per_hour} new article(s) per site and hour")
        print(f"{'round':>5} {'wall s':>7} {'run at':>6} {'crawl s':>7} {'1st rq':>6} "
              f"{'ok/failed':<9}"
              f"{'req/src':>10} {'routes':>9} {'articles':>9} {'refetch':>8} "
              f"{'picked/new':<12} peak memory (daemon+crawl+workers...)")
        for number in range(1, args.rounds + 1):
            result = one_round(number, sites, daemon, config, log, args.adaptive, server,
                               engine, args.round_limit, crawl_settings)
            lines, row = report_round(result, sites, engine)
            figures.append(row)
            for line in lines:
                print(line, flush=True)
    finally:
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(90)
        except subprocess.TimeoutExpired:
            daemon.kill()
    print("  wall s: cron fire time to the crawl child's exit; run at: seconds from the fire "
          "time to the run's start (crawl_runs); crawl s: the run's own start to finish; "
          "1st rq: seconds from the fire time to the first request any site got; req/src, "
          "routes, articles: median/max per source that is up (server side, retries "
          "included); refetch: article pages asked for again that the database had recorded "
          "before the round (again: served in full earlier in the same round); picked/new: new "
          "articles of sites that are up that the database knows after the round")
    if figures:
        print(f"goals: round wall time <= 600 s: {', '.join(f'{w:.0f}' for w, *_ in figures)}"
              f" s; article pages fetched again: {sum(f[1] for f in figures)}; new articles "
              f"of sites that are up picked up: {sum(f[2] for f in figures)} of "
              f"{sum(f[3] for f in figures)}; load average at the end "
              + " ".join(f"{x:.2f}" for x in os.getloadavg()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=600)
    parser.add_argument("--backfill", type=int, default=60,
                        help="sites crawled in full first; the others are seeded as seen")
    parser.add_argument("--archive", type=int, default=2000, help="articles per site")
    parser.add_argument("--new-per-hour", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--page-kb", type=int, default=140)
    parser.add_argument("--adaptive", action="store_true",
                        help="leave the daemon's adaptive polling on (skips quiet sources)")
    parser.add_argument("--crawl", action="append", default=[], metavar="KEY=VALUE",
                        help="a [crawl] setting of the daemon's config, as TOML "
                             "(repeatable; e.g. sources_at_once=16)")
    parser.add_argument("--round-limit", type=float, default=3600,
                        help="seconds after which a round is no longer waited for")
    parser.add_argument("--keep", metavar="DIR",
                        help="work in DIR and keep it (database, configs, logs)")
    args = parser.parse_args()
    print(machine())
    origin = sites_fleet.load_texts(min(args.archive, 2000), args.page_kb)
    # the fleet's clock: the new articles of the rounds' hours are all in the past
    start = (datetime.now(UTC) - timedelta(hours=args.rounds + 2)).replace(
        minute=0, second=0, microsecond=0)
    sites = sites_fleet.make_fleet(args.sites, args.archive, args.new_per_hour, start)
    shapes = Counter(s.shape for s in sites)
    profiles = Counter(s.profile for s in sites)
    healthy = [s for s in sites if s.profile == "ok"]
    chosen = healthy[:args.backfill]
    page = len(sites_fleet.crawl.page(0, sites_fleet.TEXTS.titles[0],
                                      sites_fleet.TEXTS.paragraphs[0], sites_fleet.TEXTS.chrome,
                                      sites_fleet.TEXTS.titles)) / 1024
    print(f"fleet: {args.sites} sites x {args.archive} articles of {page:.0f} KB ({origin} "
          f"text, {len(sites_fleet.TEXTS.titles)} distinct); layouts "
          + ", ".join(f"{k} {v}" for k, v in shapes.items()) + "; profiles "
          + ", ".join(f"{k} {v}" for k, v in profiles.items()))
    with FleetServer(sites) as server, tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db_file = work / "fleet.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        db = f"sqlite:///{db_file}"
        (work / "sources.toml").write_text("\n".join(s.source_toml() for s in sites),
                                           encoding="utf-8")
        print(f"served on port {server.http.server_port} of 127.1.0.1-127.1."
              f"{(args.sites - 1) // 250}.{1 + (args.sites - 1) % 250}; work in {work}")
        if chosen:
            backfill(chosen, work, db, args.archive)
        for site in chosen:
            site.seeded = 0  # what was served is counted by ``served``
        seed([s for s in sites if s not in chosen], db)
        print(f"database: {db_file.stat().st_size / 1e6:,.0f} MB")
        rounds(sites, work, db, server, args)


if __name__ == "__main__":
    main()
