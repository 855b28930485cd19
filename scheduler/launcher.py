"""Running one crawl as a child process with a hard time limit.

The child is ``python -m crawler crawl --source ...`` in a new session (its own
process group), so a hung site or a leak cannot take the daemon down and
Twisted's reactor is never restarted. On timeout or shutdown the child is asked
to stop (SIGTERM: Scrapy finishes cleanly), then its whole group is killed.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("pantau.scheduler")


@dataclass(frozen=True)
class CrawlCommand:
    """What every child crawl is told: the files and database the daemon uses."""

    db_url: str
    sources_file: str | None = None
    config_file: str | None = None
    log_level: str = "WARNING"

    def argv(self, sources: tuple[str, ...]) -> list[str]:
        argv = [sys.executable, "-m", "crawler", "crawl", "--db", self.db_url,
                "--format", "json", "--quiet", "--trigger", "scheduled",
                "--log-level", self.log_level]
        if self.sources_file:
            argv += ["--sources", self.sources_file]
        if self.config_file:
            argv += ["--config", self.config_file]
        for name in sources:
            argv += ["--source", name]
        return argv


@dataclass(eq=False)
class Child:
    """One running crawl process."""

    sources: tuple[str, ...]
    process: subprocess.Popen[str]
    stopping: threading.Event = field(default_factory=threading.Event)

    def stop(self, grace: float) -> None:
        """SIGTERM the crawl, then kill its whole process group after ``grace`` seconds."""
        self.stopping.set()
        _signal_group(self.process, signal.SIGTERM, leader_only=True)
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            log.warning("crawl of %s did not stop in %.0f s; killing it", self._names, grace)
        _signal_group(self.process, signal.SIGKILL)

    @property
    def _names(self) -> str:
        return ", ".join(self.sources)


def _signal_group(process: subprocess.Popen[str], sig: int, leader_only: bool = False) -> None:
    try:
        if leader_only:
            os.kill(process.pid, sig)
        else:
            os.killpg(process.pid, sig)
    except ProcessLookupError:
        pass


def start(command: CrawlCommand, sources: tuple[str, ...]) -> Child:
    process = subprocess.Popen(
        command.argv(sources), stdout=subprocess.PIPE, stderr=None, text=True,
        start_new_session=True,
    )
    log.info("crawl of %s started (pid %d)", ", ".join(sources), process.pid)
    return Child(sources, process)


def finish(child: Child, timeout: float, grace: float) -> list[dict[str, Any]]:
    """Wait for the crawl (stopping it after ``timeout`` s); returns its per-source summary."""
    try:
        out, _ = child.process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        log.error("crawl of %s exceeded %.0f s; stopping it", ", ".join(child.sources), timeout)
        child.stop(grace)
        out, _ = child.process.communicate()
    _signal_group(child.process, signal.SIGKILL)  # no worker outlives its crawl
    return _summary(child, out)


def _summary(child: Child, out: str) -> list[dict[str, Any]]:
    code = child.process.returncode
    try:
        rows = json.loads(out) if out.strip() else []
    except json.JSONDecodeError:
        rows = []
    for row in rows:
        log.log(
            logging.WARNING if row.get("status") == "failed" else logging.INFO,
            "run %s source %s: %s, %d pages, %d articles seen, %d stored, %d errors%s",
            row.get("run_id"), row.get("source"), row.get("status"), row.get("pages", 0),
            row.get("articles_seen", 0), row.get("stored", 0), row.get("errors", 0),
            f" ({row['error']})" if row.get("error") else "",
        )
    if not rows:
        how = "was stopped" if child.stopping.is_set() else f"exited with status {code}"
        log.error("crawl of %s %s without a summary", ", ".join(child.sources), how)
    return rows
