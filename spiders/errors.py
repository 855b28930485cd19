"""Turning download failures into one short line a person understands."""

from __future__ import annotations

import os
from typing import Any

from scrapy import exceptions as scrapyerror
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as neterror
from twisted.web.client import ResponseFailed, ResponseNeverReceived

# Scrapy 2.13+ wraps Twisted's errors in its own; both kinds are listed.
_NETWORK = (
    ((scrapyerror.CannotResolveHostError, neterror.DNSLookupError),
     "DNS lookup failed (no network, or unknown host)"),
    ((scrapyerror.DownloadConnectionRefusedError, neterror.ConnectionRefusedError),
     "connection refused"),
    ((scrapyerror.DownloadTimeoutError, neterror.TimeoutError, neterror.TCPTimedOutError),
     "timed out"),
    ((scrapyerror.ResponseDataLossError, neterror.ConnectionLost, neterror.ConnectionDone),
     "connection lost mid-response"),
    ((scrapyerror.DownloadFailedError, ResponseFailed, ResponseNeverReceived),
     "connection failed (reset or closed by the server)"),
    (neterror.NoRouteError, "no route to host"),
    (neterror.ConnectError, "could not connect"),
)


def _os_reason(error: int | str) -> str:
    """'connection reset by peer' for errno 104 (Twisted gives a number or a text)."""
    return (os.strerror(error) if isinstance(error, int) else str(error)).lower()


def http_status(failure: Any) -> int | None:
    """The HTTP status behind a failure, when it was an HTTP error response."""
    if failure.check(HttpError):
        return int(failure.value.response.status)
    return None


def describe(failure: Any) -> str:
    """'HTTP 503', 'DNS lookup failed ...', 'timed out', ... for a Twisted failure."""
    status = http_status(failure)
    if status is not None:
        return f"HTTP {status}"
    if failure.check(IgnoreRequest):
        message = str(failure.value)
        if "robots" in message:
            return "forbidden by robots.txt"
        return "redirect loop (too many redirects)" if "redirect" in message else "ignored"
    if failure.check(scrapyerror.DownloadCancelledError):
        return "too large (over max_page_bytes) or cancelled"
    for kinds, text in _NETWORK:
        if failure.check(*kinds if isinstance(kinds, tuple) else (kinds,)):
            if text == "could not connect" and failure.value.osError:
                return f"{text} ({_os_reason(failure.value.osError)})"
            return text
    name = type(failure.value).__name__
    return f"{name}: {failure.value}"[:200]
