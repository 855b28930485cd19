"""What the extraction workers run, and all they import.

A worker is a spawned interpreter that imports only what unpickling its task needs:
this module and ``crawler.extract`` (trafilatura, lxml), about 50 MB. Nothing here
may pull in Scrapy, the database, the classifier's place index or datasketch: the
crawl process holds those, once (``tests/test_workers.py`` checks what a worker has
loaded).
"""

from __future__ import annotations

from crawler.extract.article import Extracted, extract


def extract_page(html: bytes, url: str, encoding: str | None,
                 site_names: tuple[str, ...] = ()) -> Extracted | None:
    """Runs in a worker (positional arguments cross the pool)."""
    return extract(html, url, encoding=encoding, site_names=site_names)
