"""Extraction: a fetched page to an article's clean body and metadata.

``article.extract`` is the entry point; ``charset`` decodes, ``meta`` and ``bylines``
read what the page says about itself, ``boilerplate``, ``markup`` and ``chunks``
prepare the tree for trafilatura and clean its text, ``dates`` reads Indonesian dates.
"""
