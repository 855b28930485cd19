"""``<meta http-equiv="refresh">`` is still followed, without every page being decoded
to look for it (``spiders.refresh``, issue 13)."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from spiders.refresh import MetaRefresh, may_refresh

ARTICLE = ("<html><head><title>Kerja sama</title></head><body>"
           + "<p>Pemerintah Kota Bandung menerima kunjungan delegasi.</p>" * 3000
           + "</body></html>")


@pytest.fixture
def middleware():
    return MetaRefresh.from_crawler(get_crawler())


def _response(body: str, encoding: str = "utf-8") -> HtmlResponse:
    url = "https://bandung.go.id/berita/1"
    return HtmlResponse(url, body=body.encode(encoding), encoding=encoding,
                        request=Request(url))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "cp1252"])
def test_a_refresh_is_followed_in_any_encoding(middleware, encoding):
    page = ('<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL=/berita/baru">'
            "</head><body>Dialihkan</body></html>")
    response = _response(page, encoding)
    assert may_refresh(response.body)
    redirected = middleware.process_response(response.request, response)
    assert isinstance(redirected, Request)
    assert redirected.url == "https://bandung.go.id/berita/baru"


def test_a_page_without_one_passes_undecoded(middleware):
    response = _response(ARTICLE)
    assert len(response.body) > 100_000
    assert middleware.process_response(response.request, response) is response
    assert response._cached_ubody is None  # Scrapy's own middleware decodes all 160 KB


def test_the_word_later_in_the_page_is_not_looked_for():
    """Scrapy reads only the first 4,096 characters for the tag; so does the test."""
    assert not may_refresh(ARTICLE.encode() + b'<meta http-equiv="refresh" content="0">')
    assert may_refresh(b"<html><head><meta http-equiv='refresh' content='5'>")
