"""Scrapy's settings module (named in ``scrapy.cfg``), so that ``scrapy list`` and
``scrapy crawl news -a source=NAME`` work from the repo root. It reads
``PANTAU_CONFIG``, ``PANTAU_DB`` and ``PANTAU_SOURCES`` from the environment;
``pantau crawl`` builds its settings with ``crawler.scrapyconf`` directly."""

import os

from crawler.config import load_config
from crawler.scrapyconf import DEFAULT_DB, scrapy_settings

globals().update(
    scrapy_settings(
        load_config(os.environ.get("PANTAU_CONFIG")),
        db_url=os.environ.get("PANTAU_DB", DEFAULT_DB),
        sources_file=os.environ.get("PANTAU_SOURCES"),
        log_level="INFO",
        install_log_handler=True,
    )
)
