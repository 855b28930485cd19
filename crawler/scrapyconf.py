"""Scrapy settings, derived from Pantau's config (see ``crawler.settings`` for the
module that ``scrapy.cfg`` names)."""

from __future__ import annotations

from typing import Any

from crawler.config import Config

DEFAULT_DB = "sqlite:///pantau.db"


def scrapy_settings(
    config: Config,
    *,
    db_url: str = DEFAULT_DB,
    sources_file: str | None = None,
    run_id: int | None = None,
    log_level: str = "WARNING",
    install_log_handler: bool = False,
) -> dict[str, Any]:
    crawl = config.crawl
    return {
        "BOT_NAME": "pantau",
        "SPIDER_MODULES": ["spiders"],
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
        "RETRY_TIMES": crawl.retries,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_GIVE_UP_LOG_LEVEL": "INFO",
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
            "crawler.pipelines.ExtractPipeline": 100,
            "crawler.pipelines.ClassifyPipeline": 200,
            "crawler.pipelines.StoryPipeline": 250,
            "crawler.pipelines.StorePipeline": 300,
        },
        "DOWNLOADER_MIDDLEWARES": {"crawler.politeness.PolitenessMiddleware": 950},
        "EXTENSIONS": {"crawler.extensions.RunRecorder": 500, "crawler.faults.FaultInjector": 900},
        # Pantau's own keys, read by the spider, pipelines and extension
        "PANTAU_DB": db_url,
        "PANTAU_SOURCES": sources_file,
        "PANTAU_RUN_ID": run_id,
        "PANTAU_MAX_LISTING_PAGES": crawl.max_listing_pages,
        "PANTAU_MAX_BACKFILL_PAGES": crawl.max_backfill_pages,
        "PANTAU_MAX_REQUESTS": crawl.max_requests,
        "PANTAU_MAX_CRAWL_DELAY": crawl.max_crawl_delay,
        "PANTAU_MAX_RETRY_AFTER": crawl.max_retry_after,
        "PANTAU_REDISCOVER_DAYS": crawl.rediscover_days,
        "PANTAU_MAX_SITEMAPS": crawl.max_sitemaps,
        "PANTAU_MAX_ARTICLES": crawl.max_articles,
        "PANTAU_GIVE_UP_AFTER": crawl.give_up_after,
        "PANTAU_EXTRACT_WORKERS": crawl.extract_workers,
        "PANTAU_RELEVANCE_THRESHOLD": config.relevance.threshold,
        "PANTAU_LEXICON": config.relevance.lexicon,
        "PANTAU_KEEP_OFF_TOPIC_DAYS": config.relevance.keep_off_topic_days,
        "PANTAU_STORY_JOIN_AT": config.stories.join_at,
    }
