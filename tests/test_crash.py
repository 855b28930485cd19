"""Crash safety: the real ``pantau crawl``, killed with SIGKILL at a named point
(``PANTAU_FAULT``, ``spiders.faults``), then restarted; and crawls that write at
the same time as another process.

A kill must leave an intact database that still holds every article committed
before it, no duplicate and no lock that stops the restart; the restart stores
what the killed crawl had not, and the run after that stores nothing.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, suppress
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured

import storage
from spiders.faults import ENV, Fault, FaultInjector
from storage.locks import source_lock, try_acquire
from tests.sites import serve_sites
from tests.test_crawl_e2e import ROOT, Workspace, pantau

# fetch: article responses arrive before any is stored; extract: a page is
# extracted, not yet classified or stored; commit:15 falls among the articles'
# write transactions, commit:27 among the spiders' closing writes (of about 31: each
# spider saves its validators in one transaction).
KILL_POINTS = ["fetch:3", "extract:10", "commit:15", "commit:27"]


def test_a_fault_names_a_known_point_and_an_occurrence():
    assert Fault.parse("commit:3") == Fault("commit", 3)
    assert Fault.parse("fetch") == Fault("fetch", 1)
    assert Fault.parse("raise@classify:2") == Fault("classify", 2, "raise")
    assert Fault.parse("full@commit:3") == Fault("commit", 3, "full")
    for bad, message in (("store:1", "unknown point"), ("commit:x", "POINT:N"),
                         ("extract:0", "1 or more"), ("melt@commit:1", "unknown action"),
                         ("full@fetch:1", "at commit, not at fetch")):
        with pytest.raises(ValueError, match=message):
            Fault.parse(bad)


def test_the_fault_hook_is_off_without_the_variable(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    with pytest.raises(NotConfigured):
        FaultInjector(crawler=None)


@pytest.fixture(scope="module")
def sites():
    with serve_sites() as served:
        yield served


def on_topic(sites) -> set[str]:
    return {site.base_url + a.path for site in sites for a in site.articles if a.on_topic}


def article_paths(sites) -> set[str]:
    return {a.path for site in sites for a in site.articles}


def requests(sites) -> int:
    return sum(len(site.requests) for site in sites)


def clear_requests(sites) -> None:
    for site in sites:
        site.clear_requests()


def sqlite_file(space: Workspace) -> Path:
    path = storage.sqlite_path(space.db)
    assert path is not None
    return path


def stored_urls(space: Workspace) -> list[str]:
    """Every stored article's URL, after checking the database is whole and
    holds no duplicate or half-written row."""
    with closing(sqlite3.connect(sqlite_file(space), timeout=30)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # raises "database disk image is malformed" when the index misses a row
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        total, distinct = db.execute(
            "SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone()
        assert total == distinct
        # an article and its seen-URL entry are one transaction
        assert db.execute(
            "SELECT count(*) FROM articles a LEFT JOIN seen_urls s"
            " ON s.url = a.canonical_url AND s.state = 'stored' WHERE s.url IS NULL"
        ).fetchone() == (0,)
        return [url for (url,) in db.execute("SELECT url FROM articles")]


def run_status(space: Workspace) -> list[str]:
    with closing(sqlite3.connect(sqlite_file(space), timeout=30)) as db:
        return [s for (s,) in db.execute("SELECT status FROM crawl_runs ORDER BY id")]


def killed_crawl(space: Workspace, fault: str, log: Path) -> int:
    """Run ``pantau crawl`` with ``PANTAU_FAULT=fault``; its return code.

    The crawl runs in a session of its own and writes to a file, not a pipe: its
    spawned extraction workers outlive a SIGKILL (see the module's note) and are
    killed here, with their group, once the locks have been checked.
    """
    command = [sys.executable, "-m", "crawler", "crawl", "--sources", str(space.sources),
               "--db", space.db, "--delay", "0", "--format", "json"]
    with log.open("w") as err:
        process = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, ENV: fault}, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
        )
        try:
            code = process.wait(timeout=240)
            locks_free(space)  # while the orphaned workers still live
        finally:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return code


def locks_free(space: Workspace) -> None:
    for name in ("wp", "gov", "portal"):
        lock = source_lock(space.db, name)
        assert try_acquire(lock), f"{name}: lock left behind by the killed crawl"
        lock.release()


@pytest.mark.parametrize("fault", KILL_POINTS)
def test_a_crawl_killed_at_a_fault_point_loses_and_repeats_nothing(sites, tmp_path, fault):
    space = Workspace(tmp_path, sites.sources_toml())
    log = tmp_path / "killed.log"
    clear_requests(sites)
    assert killed_crawl(space, fault, log) == -signal.SIGKILL
    point, _, at = fault.partition(":")
    assert f"fault: SIGKILL at {point} #{at}" in log.read_text(), log.read_text()
    killed_requests = requests(sites)
    before = stored_urls(space)

    clear_requests(sites)
    code, summary = space.crawl()  # the restart
    restart_requests = requests(sites)
    assert code == 0
    assert [row["status"] for row in summary] == ["ok", "ok", "ok"]  # no lock in the way
    after = stored_urls(space)
    assert set(before) <= set(after)  # no committed article lost
    assert sorted(after) == sorted(on_topic(sites))  # each stored exactly once
    assert sum(row["stored"] for row in summary) == len(after) - len(before)
    assert run_status(space)[0] == "interrupted"  # the killed run, closed by the restart

    clear_requests(sites)
    code, summary = space.crawl()
    assert code == 0
    assert sum(row["stored"] for row in summary) == 0
    assert stored_urls(space) == after
    assert not article_paths(sites) & {p for site in sites for p in site.requests}
    print(f"\n{fault}: rows before restart {len(before)}, after {len(after)}; requests: "
          f"killed run {killed_requests}, restart {restart_requests}, "
          f"next run {requests(sites)}")


def test_two_crawls_and_another_writer_at_once_neither_lock_nor_duplicate(sites, tmp_path):
    """A manual crawl while the daemon's crawl writes, and a third process takes the
    write lock again and again (200 ms each) until both have finished."""
    space = Workspace(tmp_path, sites.sources_toml())
    storage.open_database(space.db)  # the schema, so the writer has a database to lock
    storage.forget_engines()
    done = threading.Event()
    holds = 0

    def writer() -> None:
        nonlocal holds
        with closing(sqlite3.connect(sqlite_file(space), timeout=30,
                                     isolation_level=None)) as db:
            while not done.is_set():
                db.execute("BEGIN IMMEDIATE")
                done.wait(0.2)
                db.execute("COMMIT")
                holds += 1
                done.wait(0.05)

    def crawl(*names: str) -> subprocess.CompletedProcess[str]:
        return pantau("crawl", "--sources", str(space.sources), "--db", space.db,
                      "--delay", "0", "--format", "json", *(f"--source={n}" for n in names))

    clear_requests(sites)
    holder = threading.Thread(target=writer)
    holder.start()
    try:
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(lambda names: crawl(*names), [("wp", "gov"), ("portal",)]))
    finally:
        done.set()
        holder.join()
    for result in results:
        assert result.returncode == 0, result.stderr[-2000:]
        assert "locked" not in result.stderr, result.stderr[-2000:]
        assert "Traceback" not in result.stderr, result.stderr[-2000:]
        assert {row["status"] for row in json.loads(result.stdout)} == {"ok"}
    assert holds > 0
    assert sorted(stored_urls(space)) == sorted(on_topic(sites))
    print(f"\nconcurrent: {holds} write-lock holds by the third process, "
          f"{len(stored_urls(space))} rows, {requests(sites)} requests")
