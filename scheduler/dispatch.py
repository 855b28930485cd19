"""From "these sources are due" to crawl processes, without stacking or overlap.

Scheduler jobs only *request* sources. The dispatcher merges what is requested
into batches (sources due at the same moment share one process), drops a
request for a source already pending or running (a run still going when its
next one is due is not stacked), and lets at most ``max_running`` batches run
at once. It holds no clock and starts no process itself, so its logic is
tested by calling it directly; the daemon's loop drives it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

log = logging.getLogger("pantau.scheduler")


class Dispatcher:
    def __init__(self, max_running: int) -> None:
        if max_running < 1:
            raise ValueError("max_concurrent_crawls must be at least 1")
        self.max_running = max_running
        self.pending: list[str] = []
        self.running: list[tuple[str, ...]] = []
        self.changed = threading.Condition()

    def request(self, sources: Iterable[str]) -> list[str]:
        """Ask for ``sources`` to be crawled; returns those accepted."""
        with self.changed:
            busy = set(self.pending).union(*self.running)
            accepted = [s for s in sources if s not in busy]
            skipped = [s for s in sources if s in busy]
            if skipped:
                log.info("not stacking runs of %s: still pending or running", ", ".join(skipped))
            self.pending.extend(accepted)
            self.changed.notify_all()
            return accepted

    def take(self) -> tuple[str, ...] | None:
        """The next batch to start (everything pending), or None if none may start now."""
        with self.changed:
            if not self.pending or len(self.running) >= self.max_running:
                return None
            batch = tuple(self.pending)
            self.pending.clear()
            self.running.append(batch)
            return batch

    def done(self, batch: tuple[str, ...]) -> None:
        with self.changed:
            self.running.remove(batch)
            self.changed.notify_all()

    def wait(self, timeout: float) -> None:
        """Block until something changes or ``timeout`` passes."""
        with self.changed:
            self.changed.wait(timeout)

    @property
    def idle(self) -> bool:
        with self.changed:
            return not self.running
