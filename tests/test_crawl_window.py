"""``[crawl] sources_at_once``: a crawl keeps at most that many sources' crawlers alive,
starting the next source as one finishes (``spiders.run._Window``), and a shutdown
signal leaves the sources not started yet unstarted, reported as not crawled.

End to end, a real ``pantau crawl`` of four local test sites; when each source ran is
read from the summary (each source's ``started_at``: its crawler's start, and
``finished_at``: its spider's close, as ``source_runs`` holds them).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import datetime
from types import SimpleNamespace

import pytest

from crawler.config.settings import ConfigError, load_config
from spiders import run
from tests.sites import make_site, serve, serve_sites
from tests.sites.content import government_articles
from tests.sites.themes import GovernmentPortal
from tests.test_crash import on_topic, run_status, sqlite_file, stored_urls
from tests.test_crawl_e2e import ROOT, Workspace


class Four:
    """The three test sites and a fourth, a city portal on 127.0.0.5."""

    def __init__(self, three, deep) -> None:
        self.sites = (*three, deep)
        self.toml = three.sources_toml() + "\n" + deep.source_toml()

    def __iter__(self):
        return iter(self.sites)

    def clear_requests(self) -> None:
        for site in self.sites:
            site.clear_requests()


@pytest.fixture(scope="module")
def sites():
    deep = make_site("deep", GovernmentPortal(per_page=2, draft_link=False), "127.0.0.5",
                     government_articles())
    with serve_sites() as three, serve(deep):
        yield Four(three, deep)


def _config(tmp_path, at_once: int) -> str:
    path = tmp_path / "pantau.toml"
    path.write_text(f"[crawl]\nsources_at_once = {at_once}\n", encoding="utf-8")
    return str(path)


def most_at_once(summary: list[dict]) -> int:
    """The most sources whose [started_at, finished_at] spans overlap at one moment."""
    events = []
    for row in summary:
        events.append((datetime.fromisoformat(row["started_at"]), 1))
        events.append((datetime.fromisoformat(row["finished_at"]), -1))
    alive = most = 0
    for _, step in sorted(events):  # at one instant an end (-1) sorts before a start
        alive += step
        most = max(most, alive)
    return most


@pytest.mark.parametrize("at_once", [1, 2])
def test_at_most_sources_at_once_crawl_together_and_every_source_is_crawled(
        sites, tmp_path, at_once):
    space = Workspace(tmp_path, sites.toml)
    sites.clear_requests()
    code, summary = space.crawl("--config", _config(tmp_path, at_once))
    assert code == 0, summary
    assert [row["source"] for row in summary] == ["wp", "gov", "portal", "deep"]
    assert [row["status"] for row in summary] == ["ok"] * 4
    assert all(row["pages"] > 0 for row in summary)
    assert all(site.requests for site in sites)
    assert sorted(stored_urls(space)) == sorted(on_topic(sites))
    # never more than at_once; and the window is used (the first ones start together)
    assert most_at_once(summary) == at_once
    if at_once == 1:  # one after the other, in the sources file's order
        spans = sorted((row["started_at"], row["finished_at"], row["source"])
                       for row in summary)
        assert [s for *_, s in spans] == ["wp", "gov", "portal", "deep"]
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


def _recorded(space: Workspace) -> int:
    with closing(sqlite3.connect(sqlite_file(space), timeout=30)) as db:
        try:
            return db.execute("SELECT count(*) FROM source_runs").fetchone()[0]
        except sqlite3.OperationalError:  # the database is not made yet
            return 0


def test_a_stop_leaves_the_sources_not_started_unstarted_and_reported(sites, tmp_path):
    """One source at once, a request every 0.3 s to a site: SIGTERM as soon as the
    first source is recorded (the second has just started). The last two never start:
    their sites get no request, and the summary reports them as not crawled."""
    space = Workspace(tmp_path, sites.toml)
    config = _config(tmp_path, 1)
    sites.clear_requests()
    command = [sys.executable, "-m", "crawler", "crawl", "--sources", str(space.sources),
               "--db", space.db, "--config", config, "--delay", "0.3", "--format", "json"]
    log = tmp_path / "crawl.log"
    with log.open("w") as err:
        process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=err)
        try:
            deadline = time.monotonic() + 120
            while _recorded(space) == 0:
                assert process.poll() is None, log.read_text()[-2000:]
                assert time.monotonic() < deadline, "the first source did not finish"
                time.sleep(0.02)
            process.send_signal(signal.SIGTERM)
            out, _ = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
    err = log.read_text()
    assert process.returncode == 128 + signal.SIGTERM, err[-2000:]
    assert "Traceback" not in err, err[-3000:]
    rows = {row["source"]: row for row in json.loads(out)}
    assert list(rows) == ["wp", "gov", "portal", "deep"]
    assert rows["wp"]["status"] == "ok"
    assert rows["gov"]["status"] in ("interrupted", "ok")  # it was crawling at the stop
    for name in ("portal", "deep"):
        assert rows[name]["status"] == "interrupted"
        assert rows[name]["error"].startswith("not crawled: the crawl was stopped before"), \
            rows[name]
        assert rows[name]["pages"] == 0
    wp, _gov, portal, deep = sites  # gov: stopped while opening, or mid-crawl
    assert wp.requests
    assert portal.requests == []
    assert deep.requests == []
    assert run_status(space)[-1] == "interrupted"

    # the next crawl takes them up: everything is stored as by one clean crawl
    code, summary = space.crawl("--config", config)
    assert code == 0, summary
    assert [row["status"] for row in summary] == ["ok"] * 4
    assert sorted(stored_urls(space)) == sorted(on_topic(sites))


def test_sources_at_once_is_at_least_one(tmp_path):
    path = tmp_path / "pantau.toml"
    path.write_text("[crawl]\nsources_at_once = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources_at_once: must be at least 1"):
        load_config(path)
    path.write_text("[crawl]\nsources_at_once = 3\n", encoding="utf-8")
    assert load_config(path).crawl.sources_at_once == 3


# -- the window itself, on a fake Scrapy process ----------------------------------


class FakeCrawler:
    def __init__(self) -> None:
        self.signals = SimpleNamespace(connect=lambda *a, **k: None)
        self._stats = None  # set when its "task" takes its first step


class FakeProcess:
    def __init__(self) -> None:
        self.started: list[str] = []
        self.futures: dict[str, asyncio.Future] = {}

    def create_crawler(self, spidercls):
        return FakeCrawler()

    def crawl(self, crawler, source):
        self.started.append(source.name)
        crawler._stats = SimpleNamespace(get_stats=lambda: {"pages": 1, "of": source.name})
        future = asyncio.get_running_loop().create_future()
        self.futures[source.name] = future
        return future


def _window(size: int, names: str, keep_stats: bool = True) -> tuple[run._Window, FakeProcess]:
    process = FakeProcess()
    sources = tuple(SimpleNamespace(name=n) for n in names)
    return run._Window(process, sources, size, process.crawl, keep_stats=keep_stats), process


async def _turns(n: int = 3) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


def test_the_window_starts_the_next_source_as_one_finishes_and_drops_the_finished():
    async def main() -> None:
        window, process = _window(2, "abcde")
        window.fill()
        assert process.started == ["a", "b"]
        assert list(window.live) == ["a", "b"]
        process.futures["b"].set_result(None)
        await _turns()
        assert process.started == ["a", "b", "c"]
        assert list(window.live) == ["a", "c"]
        assert window.finished == [("b", {"pages": 1, "of": "b"})]
        for name in "acde":
            process.futures[name].set_result(None)
            await _turns()
            assert len(window.live) <= 2
        assert process.started == list("abcde")
        assert not window.live
        assert not window.waiting

    asyncio.run(main())


def test_after_a_stop_signal_no_waiting_source_starts(monkeypatch):
    async def main() -> None:
        window, process = _window(2, "abcd")
        window.fill()
        monkeypatch.setattr(run._Stop, "signum", signal.SIGTERM)
        process.futures["a"].set_result(None)
        process.futures["b"].set_result(None)
        await _turns()
        assert process.started == ["a", "b"]
        assert not window.live
        assert [s.name for s in window.waiting] == ["c", "d"]

    asyncio.run(main())


def test_progress_reports_each_finished_source_once_and_the_live_ones(monkeypatch):
    monkeypatch.setattr(run, "_POLL_SECONDS", 0.01)
    calls: list[tuple[str, dict]] = []

    async def main() -> None:
        window, process = _window(1, "ab")
        window.fill()
        window.live["a"]._stats = None  # not started yet: no stats, and no crash
        reporting = asyncio.ensure_future(run._report(window, lambda n, s: calls.append((n, s))))
        await asyncio.sleep(0.03)
        window.live["a"]._stats = SimpleNamespace(get_stats=lambda: {"finish_reason": "x"})
        process.futures["a"].set_result(None)
        await asyncio.sleep(0.03)
        process.futures["b"].set_result(None)
        await asyncio.wait_for(reporting, 1)

    asyncio.run(main())
    assert ("a", {}) in calls
    # its final stats once from the finished list; a poll between its spider's close and
    # its task's end may have shown them once before; nothing for it after that
    of_a = [stats for name, stats in calls if name == "a"]
    assert of_a[-1] == {"finish_reason": "x"}
    assert 1 <= of_a.count({"finish_reason": "x"}) <= 2
    assert calls[-1] == ("b", {"pages": 1, "of": "b"})
    assert all(name in "ab" for name, _ in calls)
