"""Logging for the command line and the daemon: stderr, one event per line.

Below DEBUG, an exception attached to a log record (Scrapy logs a whole
traceback when, say, robots.txt cannot be fetched offline) is shortened to its
type and message on the same line; the crawl summary says what failed.
"""

from __future__ import annotations

import logging
import sys

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class OneLine(logging.Formatter):
    def __init__(self, tracebacks: bool) -> None:
        super().__init__(FORMAT)
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and not self.tracebacks:
            error = record.exc_info[1]
            record = logging.makeLogRecord(record.__dict__)
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = None
            record.exc_info = record.exc_text = None
        return super().format(record).replace("\n", " | ")


def setup_logging(level: str) -> None:
    """Send log records at ``level`` and above to stderr, one line each."""
    level = level.upper()
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(OneLine(tracebacks=level == "DEBUG"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # routine chatter of libraries: each migration step, each job execution
    for name in ("alembic", "apscheduler.executors", "apscheduler.scheduler"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
