"""Scrapy's ``<meta http-equiv="refresh">`` redirects, without decoding every page.

Scrapy's ``MetaRefreshMiddleware`` reads ``response.text`` to look for the tag in
its first 4,096 characters: the whole body is decoded, and the text stays cached on
the response while the page waits for extraction (a 140 KB page, 140-560 KB of
text, for each of the tens of responses in flight). Here the raw bytes are looked at
first: a page whose head has no ``refresh`` at all, in an ASCII-compatible encoding
or in UTF-16 (either byte order), cannot hold the tag, and passes as it came. Pages
that may are left to Scrapy's own middleware.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import Request, Response

# 4,096 characters are at most 16 KB of bytes in any encoding Scrapy decodes
_HEAD_BYTES = 16 * 1024
_MARKS = (b"refresh", "refresh".encode("utf-16-le"))


def may_refresh(body: bytes) -> bool:
    """Whether the first 4,096 characters of ``body`` may hold the word "refresh"."""
    head = body[:_HEAD_BYTES].lower()
    return any(mark in head for mark in _MARKS)


class MetaRefresh(MetaRefreshMiddleware):
    def process_response(self, request: Request, response: Response) -> Request | Response:
        if not may_refresh(response.body):
            return response
        return super().process_response(request, response)
