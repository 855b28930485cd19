"""Logging: one line per event, to stderr and an optional rotated file."""

from __future__ import annotations

import logging

from crawler.cli.logs import setup_logging


def test_events_go_to_the_log_file_one_line_each_without_scrapys_robots_echo(tmp_path):
    log_file = tmp_path / "pantau.log"
    setup_logging("WARNING", str(log_file))
    try:
        logging.getLogger("news").warning("wp: feed broken\nsecond line")
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").error("Error downloading")
        logging.getLogger("pantau.scheduler").info("below the level")
        for handler in logging.getLogger().handlers:
            handler.flush()
        lines = log_file.read_text(encoding="utf-8").splitlines()
    finally:
        setup_logging("WARNING")
    assert len(lines) == 1
    assert lines[0].endswith("WARNING news: wp: feed broken | second line")
