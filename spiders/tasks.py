"""What the extraction workers run, and all they import.

A worker is forked from a fork server that has imported this module and
``crawler.extract`` (trafilatura, lxml, NumPy: about 45 MB, shared by the workers).
Nothing here may pull in Scrapy, the database, the classifier's place index or
datasketch: the crawl process holds those, once (``tests/test_workers.py`` checks
what a worker has loaded).

Importing it readies the language model (``crawler.extract.language``): the fork
server that imports it for the workers maps the model once, and builds its cache files
on a machine's first crawl, instead of each worker building them at once.
"""

from __future__ import annotations

from crawler.extract import language
from crawler.extract.article import Extracted, extract

language.prepare()


def extract_page(html: bytes, url: str, encoding: str | None,
                 site_names: tuple[str, ...] = ()) -> Extracted | None:
    """Runs in a worker (positional arguments cross the pool)."""
    return extract(html, url, encoding=encoding, site_names=site_names)
