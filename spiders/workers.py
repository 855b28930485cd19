"""The process pool where extraction runs.

Extraction is CPU work (tens of milliseconds a page): in a pool the reactor keeps
fetching and both cores work. The workers are forked from a fork server
(``forkserver``), a fresh interpreter that has imported the tasks' modules once
(``preload``): each worker starts in a few milliseconds and shares those modules'
pages with its siblings instead of importing its own copy. The server is started
like a spawned process, so no worker inherits the crawl process's file locks, as a
plain ``fork`` would make it. A task is named (``Task``), not imported, by the crawl
process: trafilatura and NumPy live in the workers only.

Each task has ``[crawl] extract_timeout`` seconds. In the worker, an alarm
(``SIGALRM``) raises ``DocumentTimeout`` in Python code that runs past them; in the
crawl process, a task still unanswered a second later (its worker stuck in C code: a
parser, a regular expression) has the pool's workers killed and the pool rebuilt,
and fails with ``DocumentTimeout``; the tasks killed alongside it are tried once more,
as after any crash of a worker. At most one task per worker is handed over at a time,
so the time counted is a task's own, not its wait in the queue. The workers start as
the work needs them: one task at a time at first, one more worker each time a task has
waited a second for one, up to ``[crawl] extract_workers``; an hourly round of many
small sites, which one worker keeps up with, never starts the second (about 45 MB).
With ``extract_workers = 0`` (a thread, for debugging) nothing is bounded.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any


@dataclasses.dataclass(frozen=True)
class Task:
    """A module's function, called by name: what crosses to a worker is the two names,
    so the crawl process never imports the module (``spiders.tasks`` pulls in
    trafilatura and NumPy)."""

    module: str
    function: str

    def __call__(self, *args: Any) -> Any:
        return getattr(importlib.import_module(self.module), self.function)(*args)


def _follow_parent(every: float = 1.0) -> None:
    """In a worker: leave Ctrl-C to the crawl process (a SIGINT to the terminal's
    process group reaches the workers too; the crawl stops them when it has finished
    the pages in flight), and exit when its parent is gone: the fork server, which
    exits with the crawl process (a kill -9 never tells the pool, and a worker waiting
    on its queue would otherwise live on)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="pantau-follow-parent", daemon=True).start()


@contextmanager
def _spawning() -> Iterator[None]:
    """What the fork server, and a worker, started while the block runs (``submit``
    starts the workers it needs, and the server with the first) starts with:

    - SIGINT held back. A new process keeps its parent's signal mask, so a Ctrl-C to
      the process group can no longer reach a worker that is still starting, before
      ``_follow_parent`` ignores it (a KeyboardInterrupt traceback). A SIGINT for the
      crawl itself is delivered as soon as the block ends.
    - No ``__main__`` to import. The fork server (as ``spawn`` does for each process)
      runs the parent's main script again (``pantau``'s script imports the whole
      command line, Scrapy and the database: 200 MB for nothing). A stand-in without
      a file or spec is main while it starts; its tasks are named anyway.
    """
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


class DocumentTimeout(TimeoutError):
    """A task that took longer than the pool's time limit (its worker was stopped)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)  # args: what crosses the pool when a worker raises it
        self.seconds = seconds

    def __str__(self) -> str:
        return f"gave up after {self.seconds:g} s (extract_timeout)"


_GRACE = 1.0  # seconds the crawl process waits past the limit for the worker's own alarm
_PATIENCE = 1.0  # seconds a task waits for a slot before it opens one more


def _bounded(seconds: float, fn: Any, *args: Any) -> Any:
    """In a worker: ``fn(*args)``, interrupted by an alarm after ``seconds`` (it fires
    only between Python bytecodes: code stuck in C is stopped by the crawl process)."""

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _limit(executor: Executor, processes: int, *, start: bool = False) -> None:
    """Let ``executor`` start no more than ``processes`` workers for now, and with
    ``start`` start them now. A process pool starts one for a task no idle worker takes,
    and a task handed over the moment the last one finishes can come before its worker
    is counted idle: the pool's own limit (``_max_workers``, read each time it would
    start one) is what keeps it to one. Its count of idle workers runs ahead of the
    truth, too, so a slot opened for a page stuck behind a slow one could find no
    worker started for it: the worker is started with the slot."""
    if not isinstance(executor, ProcessPoolExecutor) or not hasattr(executor, "_max_workers"):
        return
    executor._max_workers = max(processes, 1)
    running = getattr(executor, "_processes", None)
    if (start and running is not None and len(running) < executor._max_workers
            and hasattr(executor, "_spawn_process") and not getattr(executor, "_broken", False)
            and not getattr(executor, "_shutdown_thread", False)):
        with _spawning(), executor._shutdown_lock:
            executor._spawn_process()


class WorkerPool:
    """One executor per crawl process, shared by the pipelines of every source.

    A worker that dies (out of memory, a crash in a C library on a hostile page)
    breaks a process pool for good; the pool is then rebuilt and the task tried
    once more, so one bad page cannot stop the rest of the crawl. A task past the
    time limit (``acquire``'s ``timeout``) fails with ``DocumentTimeout``.
    """

    _executor: Executor | None = None
    _workers = 0
    _preload: tuple[str, ...] = ()
    _users = 0
    _timeout: float | None = None
    _slots: asyncio.Semaphore | None = None  # tasks in flight, for the running loop
    _slots_loop: asyncio.AbstractEventLoop | None = None
    _opened = 1  # slots opened so far: one, then up to a slot per worker

    @classmethod
    def acquire(cls, workers: int, timeout: float | None = None,
                preload: tuple[str, ...] = ()) -> None:
        """Start the pool (or join it); ``timeout``: seconds a task may take (process
        pools only, None or 0 for no limit); ``preload``: the modules the fork server
        imports for every worker (the first pool of a process sets them)."""
        if cls._executor is None:
            cls._workers = workers
            cls._preload = preload
            cls._opened = 1
            cls._executor = cls._build(workers)
        cls._timeout = timeout or None
        cls._users += 1

    @classmethod
    def _build(cls, workers: int) -> Executor:
        if workers <= 0:
            return ThreadPoolExecutor(1, thread_name_prefix="pantau-extract")
        if "forkserver" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(list(cls._preload))
        else:  # no fork server on this platform: each worker imports for itself
            context = multiprocessing.get_context("spawn")
        # No max_tasks_per_child: on Python 3.11 a retiring worker can deadlock
        # the pool. Workers live no longer than one crawl process, which the
        # daemon starts afresh for every run.
        executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_follow_parent)
        _limit(executor, cls._opened)
        return executor

    @classmethod
    async def run(cls, fn: Any, *args: Any) -> Any:
        assert cls._executor is not None, "WorkerPool.run before acquire"
        if not isinstance(cls._executor, ProcessPoolExecutor):
            return await cls._attempts(fn, args, None)
        slots = cls._slot()
        # one task at a time at first: another worker is started only when a task has
        # waited ``_PATIENCE`` for a slot (a steady queue, or a slow page in the way), so
        # a crawl one worker keeps up with (an hourly round of many small sites, whose
        # pages come in short bursts) holds one
        try:
            await asyncio.wait_for(slots.acquire(), _PATIENCE)
        except TimeoutError:
            cls._open_one()
            await slots.acquire()
        try:
            return await cls._attempts(fn, args, cls._timeout)
        finally:
            slots.release()

    @classmethod
    async def _attempts(cls, fn: Any, args: tuple[Any, ...], timeout: float | None) -> Any:
        for attempt in (1, 2):
            executor = cls._executor
            assert executor is not None, "WorkerPool.run after release"
            with _spawning():  # a worker spawned here: Ctrl-C blocked, no __main__
                if timeout is None:
                    future = executor.submit(fn, *args)
                else:
                    future = executor.submit(_bounded, timeout, fn, *args)
            waiting = asyncio.wrap_future(future)
            try:
                done, _ = await asyncio.wait({waiting}, timeout=timeout and timeout + _GRACE)
                if not done:  # its worker is stuck where the alarm cannot reach
                    cls._replace(executor, kill=True)
                    raise DocumentTimeout(timeout or 0.0)
                if waiting.cancelled():  # not yet handed to a worker when its pool was replaced
                    raise BrokenProcessPool("the pool was replaced before the task ran")
                return waiting.result()
            except BrokenProcessPool:
                cls._replace(executor)
                if attempt == 2:
                    raise
            finally:
                if not waiting.done():
                    waiting.cancel()
        raise AssertionError("unreachable")

    @classmethod
    def _open_one(cls) -> None:
        if cls._slots is not None and cls._opened < max(1, cls._workers):
            cls._opened += 1
            cls._slots.release()
            if cls._executor is not None:
                _limit(cls._executor, cls._opened, start=True)

    @classmethod
    def _slot(cls) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if cls._slots is None or cls._slots_loop is not loop:
            cls._slots, cls._slots_loop = asyncio.Semaphore(cls._opened), loop
        return cls._slots

    @classmethod
    def _replace(cls, broken: Executor, kill: bool = False) -> None:
        """Put a new pool in place of ``broken`` (unless a task that failed alongside did
        already), after killing its workers if asked: SIGKILL, not waited for."""
        if kill:
            # ProcessPoolExecutor keeps its processes in _processes (pid -> Process)
            for process in list((getattr(broken, "_processes", None) or {}).values()):
                process.kill()
        if cls._executor is broken:
            cls._executor = cls._build(cls._workers)
        broken.shutdown(wait=False, cancel_futures=True)

    @classmethod
    def release(cls) -> None:
        cls._users -= 1
        if cls._users == 0 and cls._executor is not None:
            cls._executor.shutdown(wait=True, cancel_futures=True)
            cls._executor = None
            cls._timeout = cls._slots = cls._slots_loop = None
