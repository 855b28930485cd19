"""Scrapy: the news spider, route discovery, and all the glue that runs it.

``news`` is the spider; ``discovery`` (pure functions) and ``routes`` find a site's
feeds, sitemaps and listings; ``settings`` turns Pantau's config into Scrapy's;
``pipelines`` (with ``workers``) extract, classify, sign and store; ``extensions``
record each source's run; ``politeness``, ``errors``, ``faults`` and ``items`` as
named; ``run`` is the crawl entry point, one Scrapy process per crawl.
"""
