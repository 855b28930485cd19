"""Relevance: is an article about a regional government's foreign cooperation?

``classifier`` scores it with the lexicon (``data/lexicon.toml``) and the places
``gazetteer`` finds (foreign partners, the Indonesian party); ``labels`` holds people's
judgements and judging again.
"""
