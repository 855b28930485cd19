"""Test-only fault hook: at a named point, kill the crawl process, make the stage
fail, or fill the disk.

``PANTAU_FAULT=commit:3`` kills the process with SIGKILL the 3rd time it reaches
the point ``commit``, so a crash test is reproducible instead of timing-dependent
(``tests/test_crash.py``). ``ACTION@POINT:N`` names another action:

- ``kill`` (the default): SIGKILL, the N-th time;
- ``raise``: a RuntimeError from the N-th time on, for the stage at that point to
  handle (``raise@classify:1``: every classification fails);
- ``full`` (``commit`` only): from the N-th commit on the database may not grow
  (SQLite's ``max_page_count`` set to its size in every transaction), so the next
  write that needs a page fails as on a full disk, with SQLite's own SQLITE_FULL.

Unset, the extension switches itself off and ``reached()`` does nothing. The points:

- ``fetch``: a response for an article page has been received (Scrapy's
  ``response_received`` signal), before the spider turns it into an item;
- ``extract``: the extraction pipeline is about to hand a page to a worker;
- ``classify``: the classification pipeline is about to hand a page to a worker;
- ``commit``: a write transaction is about to COMMIT (a SQLAlchemy ``commit``
  event on the crawl's engine, attached from here: ``storage/`` knows nothing
  of the crawler).
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from sqlalchemy import Engine, event

import storage

ENV = "PANTAU_FAULT"
POINTS = ("fetch", "extract", "classify", "commit")
ACTIONS = ("kill", "raise", "full")
logger = logging.getLogger(__name__)


class InjectedFault(RuntimeError):
    """What ``raise@POINT`` raises."""


@dataclass(frozen=True)
class Fault:
    """What to do (``action``) the ``at``-th time the process reaches ``point``."""

    point: str
    at: int
    action: str = "kill"

    def __post_init__(self) -> None:
        if self.point not in POINTS:
            raise ValueError(f"{ENV}: unknown point {self.point!r} (one of {', '.join(POINTS)})")
        if self.action not in ACTIONS:
            raise ValueError(f"{ENV}: unknown action {self.action!r} "
                             f"(one of {', '.join(ACTIONS)})")
        if self.action == "full" and self.point != "commit":
            raise ValueError(f"{ENV}: the disk fills at commit, not at {self.point}")
        if self.at < 1:
            raise ValueError(f"{ENV}: the occurrence must be 1 or more, not {self.at}")

    @classmethod
    def parse(cls, spec: str) -> Fault:
        """``"commit:3"``, ``"raise@classify:1"``; a bare point means its first
        occurrence, no action means ``kill``."""
        action, _, rest = spec.strip().rpartition("@")
        point, _, at = rest.partition(":")
        if at and not at.isdigit():
            raise ValueError(f"{ENV}: expected [ACTION@]POINT:N, got {spec!r}")
        return cls(point, int(at or 1), action or "kill")


class _Countdown:
    """The armed fault and how often its point was reached, shared by every crawler
    of the process (the pipelines run in the reactor, commits in threads)."""

    def __init__(self) -> None:
        self.fault: Fault | None = None
        self.count = 0
        self.full = False  # disk-full: the database may not grow any more
        self.lock = threading.Lock()

    def arm(self, fault: Fault) -> bool:
        """``True`` the first time; every crawler of the process arms the same fault."""
        with self.lock:
            if self.fault == fault:
                return False
            self.fault, self.count = fault, 0
            return True

    def reached(self, point: str) -> None:
        fault = self.fault
        if fault is None or point != fault.point:
            return
        with self.lock:
            self.count += 1
            due = self.count >= fault.at
        if not due:
            return
        if fault.action == "full":
            if not self.full:
                logger.warning("fault: the disk is full from commit #%d on", fault.at)
            self.full = True
        elif fault.action == "raise":
            raise InjectedFault(f"{ENV}: injected failure at {point} #{self.count}")
        else:
            logger.warning("fault: SIGKILL at %s #%d", point, fault.at)
            os.kill(os.getpid(), signal.SIGKILL)


_countdown = _Countdown()


def reached(point: str) -> None:
    """The hook: die here if ``PANTAU_FAULT`` names this point and its count is up."""
    _countdown.reached(point)


def _on_commit(_conn: Any) -> None:
    reached("commit")


def _on_begin(conn: Any) -> None:
    """Once the disk is "full", a transaction may not make the database larger."""
    if _countdown.full:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {int(pages)}")


class FaultInjector:
    """The Scrapy extension that arms ``PANTAU_FAULT`` for one crawl process."""

    def __init__(self, crawler: Any) -> None:
        spec = os.environ.get(ENV)
        if not spec:
            raise NotConfigured  # no message: Scrapy would log it as a warning on every crawl
        fault = Fault.parse(spec)
        if _countdown.arm(fault):
            logger.warning("fault armed: %s at %s #%d", fault.action, fault.point, fault.at)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        url = crawler.settings.get("PANTAU_DB")
        if url:
            _watch_commits(storage.open_database(url))

    @classmethod
    def from_crawler(cls, crawler: Any) -> FaultInjector:
        return cls(crawler)

    def response_received(self, response: Any, request: Any, spider: Any) -> None:
        if getattr(request.callback, "__name__", None) == "parse_article":
            reached("fetch")


def _watch_commits(engine: Engine) -> None:
    if not event.contains(engine, "commit", _on_commit):
        event.listen(engine, "commit", _on_commit)
        event.listen(engine, "begin", _on_begin)
