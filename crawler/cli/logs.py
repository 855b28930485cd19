"""Logging for the command line and the daemon: stderr, one event per line.

Below DEBUG, an exception attached to a log record (Scrapy logs a whole
traceback when, say, robots.txt cannot be fetched offline) is shortened to its
type and message on the same line; the crawl summary says what failed.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler

import storage

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class OneLine(logging.Formatter):
    def __init__(self, tracebacks: bool) -> None:
        super().__init__(FORMAT)
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info and not self.tracebacks:
            error = record.exc_info[1]
            record = logging.makeLogRecord(record.__dict__)
            # a database failure a person can act on in its words, not its SQL
            said = storage.explain(error) if error is not None else None
            record.msg = f"{record.getMessage()} ({said or f'{type(error).__name__}: {error}'})"
            record.args = None
            record.exc_info = record.exc_text = None
        return super().format(record).replace("\n", " | ")


def _robots_echo(record: logging.LogRecord) -> bool:
    """Drop Scrapy's ERROR for a robots.txt it could not fetch (one per unreachable
    host): the spider reports the same failure once, as the source's problem. A
    filter on the handler, since Scrapy resets its loggers' levels when it starts."""
    return record.name != "scrapy.downloadermiddlewares.robotstxt"


LOG_FILE_BYTES = 10 * 1024 * 1024  # a log file is rotated at this size ...
LOG_FILE_BACKUPS = 5  # ... and this many old ones are kept (pantau.log.1 ... .5)


def setup_logging(level: str, log_file: str | None = None) -> None:
    """Send log records at ``level`` and above to stderr, one line each, and to
    ``log_file`` too (rotated by size) when given."""
    level = level.upper()
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file:
        handlers.append(RotatingFileHandler(
            log_file, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8"))
    for handler in handlers:
        handler.setLevel(level)
        handler.setFormatter(OneLine(tracebacks=level == "DEBUG"))
        if level != "DEBUG":
            handler.addFilter(_robots_echo)
    root = logging.getLogger()
    for old in root.handlers:
        if old not in handlers:
            old.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    # routine chatter of libraries: each migration step, each job execution
    for name in ("alembic", "apscheduler.executors", "apscheduler.scheduler"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))

