"""``pantau daemon``: crawl every source on its schedule until told to stop.

One daemon per database, guarded by a file lock held for the daemon's life (the
OS drops it if the daemon dies; crawl children are started with a fresh
interpreter, not forked, so none of them inherits it). APScheduler 3 fires the
cron jobs (with ``jitter``); adaptive polling (``crawler.config.schedule``) skips
the turns of a source that has shown nothing new for a while; the dispatcher
turns the rest into at most ``max_concurrent_crawls`` child processes. SIGHUP
reloads the config and sources files (a broken file is refused, logged, and the
old ones kept). SIGTERM or Ctrl-C: no new crawl starts, running crawls get
``stop_grace`` seconds to finish cleanly, and the daemon exits 0.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

import storage
from crawler.config.schedule import Job, next_runs, plan, zone
from crawler.config.settings import Config, ConfigError
from crawler.config.sources import Source
from scheduler import launcher
from scheduler.dispatch import Dispatcher
from scheduler.status import paces
from storage.locks import (
    DaemonInfo,
    announce_daemon,
    daemon_lock,
    lock_dir,
    process_alive,
    running_daemon,
    try_acquire,
    withdraw_daemon,
)

Loader = Callable[[], tuple[tuple[Source, ...], Config]]

log = logging.getLogger("pantau.scheduler")
_TICK = 1.0  # seconds between checks of the stop flag


class DaemonRunning(RuntimeError):
    """Another daemon holds this database."""


def build_scheduler(jobs: list[Job], config: Config, request: Any) -> BackgroundScheduler:
    """APScheduler with coalesced misfires (grace in minutes, not 1 s) and no stacking."""
    scheduler = BackgroundScheduler(
        timezone=zone(config.schedule.timezone),
        job_defaults={
            "coalesce": True,
            "misfire_grace_time": max(1, int(config.schedule.misfire_grace)),
            "max_instances": 1,
        },
    )
    for job in jobs:
        scheduler.add_job(request, job.trigger, args=[job.sources], id=job.id, name=job.schedule)
    return scheduler


class Daemon:
    def __init__(
        self, sources: tuple[Source, ...], config: Config, command: launcher.CrawlCommand,
        reload: Loader | None = None,
    ) -> None:
        self.command = command
        self.run_command = command  # what children are given: the files last accepted
        self.reload = reload
        self.dispatcher = Dispatcher(config.schedule.max_concurrent_crawls)
        self._configure(sources, config)
        self.stopping = threading.Event()
        self.reloading = threading.Event()
        self.children: set[launcher.Child] = set()
        self.threads: list[threading.Thread] = []
        self.scheduler: BackgroundScheduler | None = None

    def _configure(self, sources: tuple[Source, ...], config: Config) -> None:
        schedule = config.schedule
        self.config = config
        self.jobs = plan(sources, schedule.cron, zone(schedule.timezone), schedule.jitter)
        self.dispatcher.max_running = schedule.max_concurrent_crawls

    def _snapshot(self) -> launcher.CrawlCommand:
        """Copy the accepted files beside the daemon lock, and give children the copies:
        a file broken after a reload was refused must not reach the next crawl."""
        folder = lock_dir(self.command.db_url)
        folder.mkdir(parents=True, exist_ok=True)
        copies = {}
        for key in ("sources_file", "config_file"):
            original = getattr(self.command, key)
            if original:
                copy = folder / f"accepted-{key.removesuffix('_file')}.toml"
                copy.write_bytes(Path(original).read_bytes())
                copies[key] = str(copy)
        return dataclasses.replace(self.command, **copies)

    def request(self, sources: tuple[str, ...]) -> list[str]:
        """A cron turn: ask for the sources whose adaptive interval has passed."""
        schedule = self.config.schedule
        due = list(sources)
        if schedule.adaptive:
            now = datetime.now(UTC)
            try:
                engine = storage.open_database(self.command.db_url)
                pace = paces(self.jobs, self.config, engine, now)
            except Exception:  # a locked or unreadable database: crawl as scheduled
                log.exception("adaptive polling: could not read past runs")
                pace = {}
            maximum = timedelta(seconds=schedule.max_interval)
            due = [s for s in sources if s not in pace or pace[s].due(now, maximum)]
            for name in sorted(set(sources) - set(due)):
                log.info("source %s: nothing new in %d crawl(s), interval %s: turn skipped",
                         name, pace[name].empty_runs, pace[name].interval(maximum))
        return self.dispatcher.request(due) if due else []

    def run(self) -> int:
        db_url = self.command.db_url
        lock = daemon_lock(db_url)
        if not try_acquire(lock):
            other = running_daemon(db_url)
            raise DaemonRunning(
                f"a daemon is already running on {db_url}"
                + (f" (pid {other.pid} on {other.host}, since {other.started_at})" if other else "")
            )
        try:
            announce_daemon(db_url, DaemonInfo(os.getpid(), datetime.now(UTC).isoformat(),
                                               socket.gethostname()))
            self.run_command = self._snapshot()
            self._install_signals()
            self._loop()
        finally:
            withdraw_daemon(db_url)
            lock.release()
        log.info("daemon stopped")
        return 0

    def _install_signals(self) -> None:
        def stop(signum: int, _frame: Any) -> None:
            self.stopping.set()

        def reload(signum: int, _frame: Any) -> None:
            self.reloading.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, reload)

    def _schedule(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
        self.scheduler = build_scheduler(self.jobs, self.config, self.request)
        self.scheduler.start()
        now = datetime.now(zone(self.config.schedule.timezone))
        for name, when in next_runs(self.jobs, now).items():
            log.info("source %s: next crawl at %s", name, when.isoformat() if when else "never")

    def _reload(self) -> None:
        self.reloading.clear()
        if self.reload is None:
            log.warning("SIGHUP: nothing to reload from")
            return
        try:
            sources, config = self.reload()
            plan(sources, config.schedule.cron, zone(config.schedule.timezone))  # validate
        except (ConfigError, OSError, ValueError) as exc:
            log.error("reload refused, the running configuration is kept: %s", exc)
            return
        self._configure(sources, config)
        self.run_command = self._snapshot()
        self._schedule()
        log.info("reloaded: %d source(s) in %d schedule(s)",
                 sum(len(j.sources) for j in self.jobs), len(self.jobs))

    def _loop(self) -> None:
        self._schedule()
        log.info("daemon started (pid %d), %d schedule(s)", os.getpid(), len(self.jobs))
        while not self.stopping.is_set():
            if self.reloading.is_set():
                self._reload()
            batch = self.dispatcher.take()
            if batch:
                self._start(batch)
            else:
                self.stopping.wait(_TICK)
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
        self._stop_children()

    def _start(self, batch: tuple[str, ...]) -> None:
        thread = threading.Thread(target=self._crawl, args=(batch,), name="crawl", daemon=True)
        self.threads = [t for t in self.threads if t.is_alive()] + [thread]
        thread.start()

    def _crawl(self, batch: tuple[str, ...]) -> None:
        schedule = self.config.schedule
        try:
            child = launcher.start(self.run_command, batch)
            self.children.add(child)
            try:
                launcher.finish(child, schedule.crawl_timeout, schedule.stop_grace)
            finally:
                self.children.discard(child)
        except Exception:  # the daemon outlives any one crawl
            log.exception("crawl of %s failed to run", ", ".join(batch))
        finally:
            self.dispatcher.done(batch)

    def _stop_children(self) -> None:
        children = list(self.children)
        if children:
            log.info("stopping %d running crawl(s)", len(children))
        stoppers = [
            threading.Thread(target=c.stop, args=(self.config.schedule.stop_grace,))
            for c in children
        ]
        for thread in stoppers:
            thread.start()
        for thread in stoppers + self.threads:
            thread.join(self.config.schedule.stop_grace + 5)
        # a child stopped before Scrapy could record its end leaves a 'running' run
        engine = storage.open_database(self.command.db_url)
        storage.close_dead_runs(engine, process_alive, when=datetime.now(UTC))
