"""The process pool where extraction, classification and signing run.

They are CPU work (tens of milliseconds a page for the first two, about a
millisecond for a MinHash signature): in a pool the reactor keeps fetching and
both cores work. The pool is started with ``spawn``: a forked worker would inherit
the parent's file locks and keep them after the parent dies.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any


def _follow_parent(parent: int, every: float = 1.0) -> None:
    """In a worker: leave Ctrl-C to the crawl process (a SIGINT to the terminal's
    process group reaches the workers too; the crawl stops them when it has finished
    the pages in flight), and exit when the crawl process is gone (a kill -9 never
    tells the pool, and a worker waiting on its queue would otherwise live on)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="pantau-follow-parent", daemon=True).start()


class WorkerPool:
    """One executor per crawl process, shared by the pipelines of every source.

    A worker that dies (out of memory, a crash in a C library on a hostile page)
    breaks a process pool for good; the pool is then rebuilt and the task tried
    once more, so one bad page cannot stop the rest of the crawl.
    """

    _executor: Executor | None = None
    _workers = 0
    _users = 0

    @classmethod
    def acquire(cls, workers: int) -> None:
        if cls._executor is None:
            cls._workers = workers
            cls._executor = cls._build(workers)
        cls._users += 1

    @staticmethod
    def _build(workers: int) -> Executor:
        if workers <= 0:
            return ThreadPoolExecutor(1, thread_name_prefix="pantau-extract")
        # No max_tasks_per_child: on Python 3.11 a retiring worker can deadlock
        # the pool. Workers live no longer than one crawl process, which the
        # daemon starts afresh for every run.
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_follow_parent, initargs=(os.getpid(),))

    @classmethod
    async def run(cls, fn: Any, *args: Any) -> Any:
        for attempt in (1, 2):
            assert cls._executor is not None, "WorkerPool.run before acquire"
            try:
                return await asyncio.wrap_future(cls._executor.submit(fn, *args))
            except BrokenProcessPool:
                if attempt == 2:
                    raise
                cls._executor.shutdown(wait=False, cancel_futures=True)
                cls._executor = cls._build(cls._workers)
        raise AssertionError("unreachable")

    @classmethod
    def release(cls) -> None:
        cls._users -= 1
        if cls._users == 0 and cls._executor is not None:
            cls._executor.shutdown(wait=True, cancel_futures=True)
            cls._executor = None
