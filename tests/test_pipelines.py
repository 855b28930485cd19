"""The worker pool that extraction and classification run in."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from spiders.pipelines import WorkerPool


def _die() -> None:
    os._exit(1)  # a worker killed mid-task (out of memory, a crash in C code)


@pytest.fixture
def pool():
    WorkerPool.acquire(1)
    yield WorkerPool
    WorkerPool.release()


def test_a_dead_worker_does_not_break_the_pool_for_later_pages(pool):
    async def scenario() -> int:
        with pytest.raises(BrokenProcessPool):  # the page that killed its worker fails alone
            await pool.run(_die)
        return await pool.run(abs, -5)

    assert asyncio.run(scenario()) == 5


def test_extraction_is_told_the_sources_name_and_region():
    from types import SimpleNamespace

    from crawler.config.sources import Source
    from spiders.pipelines import _site_names

    source = Source(name="jatengprov", url="https://jatengprov.go.id/", region="Jawa Tengah")
    assert _site_names(SimpleNamespace(source=source)) == ("jatengprov", "Jawa Tengah")
    assert _site_names(SimpleNamespace()) == ()
