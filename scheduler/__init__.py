"""The daemon: cron turns (``crawler.config.schedule``) dispatched as crawl child processes.

``daemon`` runs APScheduler and the loop; ``dispatch`` batches due sources without
stacking; ``launcher`` starts and stops one ``pantau crawl`` child; ``status`` tells
when each source crawls next. Imports no spider: a crawl is a child process.
"""
