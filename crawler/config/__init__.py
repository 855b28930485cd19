"""Configuration as frozen values: settings (``pantau.toml``), sources (the catalog)
and schedules (cron, time zone, intervals, adaptive pacing). Imports no other part
of Pantau but ``crawler.urls``."""
