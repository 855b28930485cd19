"""Scrapy's settings, derived from Pantau's config: the one place where a setting of
``pantau.toml`` becomes a key that the spider, pipelines and middlewares read.

``pantau crawl`` calls ``scrapy_settings``. This module is also the settings module
that ``scrapy.cfg`` names, so ``scrapy list`` and ``scrapy crawl news -a source=NAME``
work from the repo root: Scrapy reads its upper-case names, which are computed on
first access (PEP 562) from ``PANTAU_CONFIG``, ``PANTAU_DB`` and ``PANTAU_SOURCES``
in the environment, so that importing the module for ``scrapy_settings`` reads no file.
"""

from __future__ import annotations

import functools
import os
from typing import Any

import storage
from crawler.config.settings import Config, load_config


def scrapy_settings(
    config: Config,
    *,
    db_url: str = storage.DEFAULT_URL,
    sources_file: str | None = None,
    run_id: int | None = None,
    log_level: str = "WARNING",
    install_log_handler: bool = False,
) -> dict[str, Any]:
    crawl = config.crawl
    return {
        "BOT_NAME": "pantau",
        "SPIDER_MODULES": ["spiders.news"],
        "NEWSPIDER_MODULE": "spiders",
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots,
        # Scrapy 2.19 opens a code-execution control port and a telnet console by
        # default: a crawler left running for months must not.
        "REMOTE_CONTROL_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        # politeness
        "DOWNLOAD_DELAY": crawl.delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if crawl.delay > 0 else 0.0,
        "CONCURRENT_REQUESTS": crawl.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrency_per_domain,
        "AUTOTHROTTLE_ENABLED": crawl.autothrottle and crawl.delay > 0,
        "AUTOTHROTTLE_START_DELAY": max(crawl.delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(crawl.concurrency_per_domain),
        # failing fast: Scrapy's defaults (180 s, 60 s DNS, 2 retries) make an
        # offline crawl of a few sources take many minutes
        "DOWNLOAD_TIMEOUT": crawl.timeout,
        "DNS_TIMEOUT": crawl.dns_timeout,
        # lookups on daemon threads: one Scrapy gave up on no longer holds the process
        # at exit (spiders/resolver.py)
        "DNS_RESOLVER": "spiders.resolver.DaemonThreadResolver",
        "RETRY_TIMES": crawl.retries,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_GIVE_UP_LOG_LEVEL": "INFO",
        # Scrapy starts this many tasks for every response's output, however little it
        # holds (an article page yields one item); its default of 100 made a thousand
        # small pages waiting for extraction hold 100,000 tasks, 50 MB (issue 13)
        "CONCURRENT_ITEMS": 8,
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 5,
        # incremental crawling is Pantau's own (the seen_urls table); no HTTP cache
        "HTTPCACHE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "LOG_LEVEL": log_level,
        "LOG_INSTALL_ROOT_HANDLER": install_log_handler,
        "DEFAULT_DROPITEM_LOG_LEVEL": "DEBUG",
        "LOGSTATS_INTERVAL": 0,
        "ITEM_PIPELINES": {
            "spiders.pipelines.ExtractPipeline": 100,
            "spiders.pipelines.ClassifyPipeline": 200,
            "spiders.pipelines.StoryPipeline": 250,
            "spiders.pipelines.StorePipeline": 300,
        },
        "DOWNLOADER_MIDDLEWARES": {
            "spiders.politeness.PolitenessMiddleware": 950,
            # Scrapy's, but without decoding every page to look for the tag
            "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
            "spiders.refresh.MetaRefresh": 580,
        },
        # Scrapy's HTTP handler, where article pages wait for a place (spiders.inflight)
        "DOWNLOAD_HANDLERS": {"http": "spiders.inflight.PlacedDownloads",
                              "https": "spiders.inflight.PlacedDownloads"},
        "EXTENSIONS": {
            "spiders.extensions.RunRecorder": 500, "spiders.faults.FaultInjector": 900,
            # Scrapy's log_count/* stats: each crawler puts a handler on the root logger,
            # so with 600 sources every log line went through 600 handlers, and each
            # source counted the whole process's lines. Pantau reads none of them.
            "scrapy.extensions.logcount.LogCount": None,
        },
        # Pantau's own keys: the whole config (the spider, pipelines and middlewares read
        # their settings from it, so no default is repeated outside the settings table),
        # the database, the sources file, and the run the crawl belongs to
        "PANTAU": config,
        "PANTAU_DB": db_url,
        "PANTAU_SOURCES": sources_file,
        "PANTAU_RUN_ID": run_id,
    }


@functools.cache
def _from_environment() -> dict[str, Any]:
    return scrapy_settings(
        load_config(os.environ.get("PANTAU_CONFIG")),
        db_url=os.environ.get("PANTAU_DB", storage.DEFAULT_URL),
        sources_file=os.environ.get("PANTAU_SOURCES"),
        log_level="INFO",
        install_log_handler=True,
    )


def __getattr__(name: str) -> Any:
    if name.isupper():
        try:
            return _from_environment()[name]
        except KeyError:
            pass
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_from_environment()})
